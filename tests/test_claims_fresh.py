"""Numeric claims on invented sentences shaped like the errors of a second fresh set of real
news: number phrases, roles standing for an organisation, inner clauses, cues, asserters."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wiretrace.analyse.claims import _hedge, extract_claims
from wiretrace.analyse.numbers import find_numbers
from wiretrace.analyse.provenance import extract_sources
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.model import Article, Claim
from wiretrace.nlp import annotate


def claims_of(text: str) -> list[Claim]:
    article = Article(id="t", source="test", input_format="text", raw=text, text=text, text_hash="t", published=None)
    ann = annotate(article)
    sources = extract_sources(ann)
    return extract_claims(ann, extract_quotes(ann), sources)


def asserters(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.value, c.asserter_name) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "percent"),
    [
        ("it sheltered a quarter of a million migrants", 250_000, None, False),
        ("one third of a billion tonnes", 1e9 / 3, None, False),
        ("a cut of 4 percent to 5 percent of staff", 4, 5, True),
        ("between 2% and 3% of", 2, 3, True),
        ("records showed that12 boats sank", 12, None, False),
    ],
)
def test_number_phrases_read_as_one_figure(text, value, value_max, percent):
    (phrase,) = find_numbers(text)
    assert (phrase.value, phrase.value_max, phrase.percent) == (pytest.approx(value), value_max, percent)


@pytest.mark.parametrize(
    "text",
    [
        "prices rose from 2% to 4% in May", "up 3 percent to $5 billion", "a quarter of the vote and a million more",
        "sales climbed by $1.2 billion to $40.8 billion", "sales climbed $1.2 billion to $40.8 billion",
        "admissions went up from 140 to 215 patients",
    ],
)
def test_a_change_or_a_share_stays_two_figures(text):
    assert len(find_numbers(text)) == 2


@pytest.mark.parametrize("text", ["estimates ranging from 40 to 90 dead", "cables sold from 40 to 90 cents"])
def test_a_range_with_no_change_stays_one_figure(text):
    (phrase,) = find_numbers(text)
    assert (phrase.value, phrase.value_max) == (40, 90)


@pytest.mark.parametrize(
    "text",
    [
        "Officials recorded 312 new cases of measles last month.",
        "Officials recorded 210 flu hospitalizations last week.",
        "Officials said 40 militants and 12 insurgents were killed.",
        "About 9,000 American forces remain in the country, officials said.",
        "An airstrike hit a hospital on Tuesday, killing hundreds, the ministry said.",
        "Officials said 20,000 were displaced on Sunday.",
        "Officials said 3,100 out of 4,000 registered voters took part.",
        "The storm moved towards Miami, home to nearly 450,000.",
        "That brings the total number of patients treated to 1,245.",
    ],
)
def test_cases_hospitalizations_militants_and_forces_are_people(text):
    assert {c.unit_class for c in claims_of(text)} == {"people"}


def test_glued_digits_stay_out_of_names_and_codes():
    assert find_numbers("the mp3 player and the Su-34 and into12") == []


def test_a_definite_company_noun_stands_for_the_organisation_named_before():
    text = "Siemens posted weaker results on Tuesday. The company said it would cut about 3,000 jobs."
    assert asserters(text) == [(3000, "Siemens")]
    reported = "Layoffs rose in March, according to Goldman Sachs. They were up 12% from February, the investment bank's analysts said, and up 9% on the year, the firm reported."
    assert asserters(reported)[-1] == (9, "Goldman Sachs")


def test_a_company_noun_after_two_organisations_stays_a_phrase():
    text = "Microsoft sued Google in a federal court on Tuesday. The company said it had lost $40 million."
    assert asserters(text) == [(4e7, "company")]


def test_the_study_is_its_maker_named_before():
    text = "A study conducted by Stanford University tracked patients for ten years. The study found that 30% of them relapsed."
    assert asserters(text) == [(30, "Stanford University")]


def test_a_passive_subject_projects_nothing_its_agent_does():
    projected = "Flu cases are projected to rise by 20% next year, according to a study by Yale University."
    assert asserters(projected) == [(20, "Yale University")]
    forecast = "Exports fell short of the 3,000 cars that had been forecast by industry analysts."
    assert asserters(forecast) == [(3000, "industry analysts")]


def test_a_relative_who_stands_for_the_noun_it_hangs_on():
    text = "The drop surprised bank economists, who had expected the rate to reach 2.1 percent."
    assert asserters(text) == [(2.1, "bank economists")]


def test_unnamed_evidence_inside_a_quote_leaves_the_figure_to_the_speaker():
    text = '"Field checks indicate that the bank will close about 40 branches," said analyst Maria Lopez.'
    assert asserters(text) == [(40, "Maria Lopez")]


def test_poll_respondents_are_not_the_asserter():
    text = "According to the Gallup poll, 52% of adults say they trust the courts, and 41% say they do not."
    assert [who for _, who in asserters(text)] == ["Gallup", "Gallup"]


def test_according_to_counts_what_the_clause_subject_did():
    text = "Retailers announced nearly 20,000 store closures last year, according to Coresight Research."
    assert asserters(text) == [(20000, "Coresight Research")]
    said = "Nine people died, the mayor said, according to Reuters."
    assert asserters(said) == [(9, "mayor")]


def test_as_per_cites_like_according_to():
    text = "Boeing, an aircraft maker, cut output in May. Deliveries fell by 9%, as per the company's own statement."
    assert asserters(text) == [(9, "Boeing")]


def test_what_goes_on_or_an_index_in_brackets_is_no_speaker():
    text = "The Navy sent nearly 2,000 sailors to the Gulf as tensions continue over the strait."
    assert asserters(text) == [(2000, None)]
    ticker = "After reporting another loss Friday - this time losing $2 billion - Pfizer (PFE, Fortune 500) announced it would cut 3,000 jobs."
    assert "Fortune" not in {c.asserter_name for c in claims_of(ticker)}


def test_a_place_before_officials_is_no_asserter():
    assert asserters("US trade officials said that 120 ships were held.") == [(120, "US trade officials")]


def test_a_spokeswoman_of_an_agency_named_with_its_acronym_speaks_for_it():
    text = "About 40,000 people have fled the floods so far, including 9,000 children, a World Food Programme (WFP) spokeswoman said."
    assert {who for _, who in asserters(text)} == {"World Food Programme"}


def test_a_figure_describing_what_a_study_drew_on_is_no_finding_of_it():
    text = "The survey, which used records from the National Health Registry covering some 40,000 patients since 2001, showed that smoking is the main cause."
    assert asserters(text) == [(40000, None)]


def test_an_age_said_with_a_copula_is_no_figure():
    assert claims_of("The average age of the volunteers at the start of the trial was 61 and doctors checked them weekly.") == []


def test_one_counting_a_person_or_a_weapon_is_a_figure():
    assert [c.value for c in claims_of("The strike killed one person and wounded 13 more, the mayor said.")] == [1, 13]
    assert claims_of("One day later, one of the drones hit a school.") == []


def test_classifying_a_share_asserts_it():
    text = "The World Health Organization has classified about 15 percent of the cases as severe."
    assert asserters(text) == [(15, "World Health Organization")]


def test_a_percent_sign_after_a_list_goes_for_each_figure():
    assert [(p.value, p.percent) for p in find_numbers("lower risks (64 and 22 percent, respectively)")] == [(64, True), (22, True)]
    assert [p.percent for p in find_numbers("in 2021 and 5 percent")] == [False, True]
    claims = claims_of("Exercise cut the risks of stroke and cancer (64 and 22 percent, respectively).")
    assert [(c.value, c.unit_class) for c in claims] == [(64, "percent"), (22, "percent")]
    assert claims[0].counted is None


def test_others_and_crowds_count_people():
    others = claims_of("Nine people were killed and 12 others were injured.")
    assert [c.unit_class for c in others] == ["people", "people"]
    assert [c.unit_class for c in claims_of("The match drew a crowd of 48,210 on Sunday.")] == ["people"]


# Shaped like the errors of a third fresh set of real news.


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("profit of $1.2 billion, or 41 cents a share", 0.41, "USD"),
        ("costs rose to €2 billion, or 12 cents per litre", 0.12, "EUR"),
        ("seized heroin worth Rs 4.25 cr", 4.25e7, "INR"),
        ("a bonus of Rs 3 lakhs", 3e5, "INR"),
        ("a robbery involving RM250,000", 2.5e5, "MYR"),
        ("a fine of 5,000 ringgit", 5e3, "MYR"),
    ],
)
def test_cents_and_indian_scales_are_money(text, value, currency):
    phrase = find_numbers(text)[-1]
    assert (phrase.value, phrase.currency) == (pytest.approx(value), currency)


def test_cents_with_no_currency_before_are_a_count_of_cents():
    (phrase,) = find_numbers("they never paid us 10 cents")
    assert (phrase.text, phrase.currency) == ("10", None)


def test_cents_take_the_currency_written_next_in_their_sentence_when_none_before():
    phrase = find_numbers("US crude fell by 45 cents, or 0.6%, to $74.20 a barrel. Rates were €3 higher.")[0]
    assert (phrase.value, phrase.currency) == (pytest.approx(0.45), "USD")
    assert find_numbers("They paid 10 cents. Later it was $5.")[0].currency is None


@pytest.mark.parametrize(
    ("text", "found"),
    [("The blast came at 6:15pm near the border.", []), ("They won 3:1 at home.", []), ("a town about 25km north", [25.0])],
)
def test_clock_times_and_scores_are_no_figures_and_a_glued_unit_ends_one(text, found):
    assert [p.value for p in find_numbers(text)] == found


def test_cr_is_crore_only_after_rupees():
    assert find_numbers("she took 4 cr of courses") == []


def test_rm_is_ringgit_only_with_thousands_or_a_scale():
    assert find_numbers("the RM3 engine") == []


def test_two_falling_shares_are_two_figures():
    assert [p.value for p in find_numbers("Smith leads Jones 48% to 41% among voters")] == [48, 41]
    assert [p.value for p in find_numbers("the motion passed 61%-39%")] == [61, 39]
    assert [p.value_max for p in find_numbers("a rise of 4% to 6%")] == [6]


def test_a_share_before_a_period_word_is_no_duration():
    (claim,) = claims_of("The film's 38.5 percent second-weekend drop was steep.")
    assert claim.value == 38.5


def test_the_top_few_are_a_ranking():
    assert claims_of("Acme and Zenith make up the top five chip makers.") == []


def test_a_number_counts_a_noun_the_tagger_took_for_a_verb():
    (claim,) = [c for c in claims_of("Cases were reported from 12 countries across six WHO regions.") if c.value == 6]
    assert claim.counted is not None and claim.counted.endswith("regions")


def test_an_acronym_spelled_like_a_pronoun_names_its_organisation():
    assert asserters("In May, WHO said that 3,200 cases were reported in 2023.") == [(3200, "WHO")]
    tracked = asserters("Between March and June, the WHO tracked 21,300 cases and 412 deaths.")
    assert tracked == [(21300, "WHO"), (412, "WHO")]


def test_a_text_that_reads_asserts_its_quote():
    text = '"A total of 5,400 cases and 96 deaths were reported from 11 countries," the statement read.'
    assert [who for _, who in asserters(text)] == ["statement"] * 3


def test_adding_jobs_says_nothing():
    text = "The economy added 150,000 jobs in May, bringing the jobless rate to 4.1 percent."
    assert asserters(text) == [(150000, None), (4.1, None)]


def test_worth_over_is_a_hedge():
    assert [c.hedge for c in claims_of("Police seized drugs worth over Rs 2 crore on Friday.")] == ["over"]


def test_a_dateline_the_parser_made_a_subject_leaves_the_report_to_the_speaker():
    named = "Imphal: Two persons were arrested with drugs worth over Rs 6 crore in Manipur's Churachandpur district, Chief Minister Biren Singh said on Monday."
    assert [who for _, who in asserters(named)] == ["Biren Singh"] * 2
    unnamed = "Guwahati: Three persons were arrested with heroin worth over Rs 2 crore in Assam's Cachar district, police said on Sunday."
    assert [who for _, who in asserters(unnamed)] == ["police"] * 2


def test_a_cue_before_a_colon_attributes_the_clause_after_it():
    text = "The Red Cross warns of a deepening crisis: some 8 million people have fled their homes, and 40 camps were shelled last year."
    assert asserters(text) == [(8e6, "Red Cross"), (40, "Red Cross")]


def test_a_circumstance_run_into_the_subject_does_not_speak():
    assert asserters("Shortly before the KPMG announcement, Ernst & Young said it would cut 1,500 jobs.") == [(1500, "Ernst & Young")]


def test_an_exchange_and_ticker_in_brackets_is_no_second_organisation():
    text = "Hartwell Paper & Pulp Co.'s (NYSE:HPP) second-quarter profit fell 12 per cent on weak demand in Europe, the paper maker said Thursday."
    assert asserters(text) == [(12, "Hartwell Paper & Pulp Co.")]


def test_the_short_form_of_an_organisations_name_is_that_organisation():
    text = (
        "Kessler Tire & Rubber Co. and Dunlop Ltd. reported results on Monday. Excluding charges, Kessler earned 75 cents per share, "
        "beating the Wall Street estimate by 2 cents. Chairman and CEO Tom Reed said the company expects sales of more than $2 billion. "
        "It had predicted $1.8 billion."
    )
    assert asserters(text)[-1] == (1.8e9, "Kessler")


def test_a_clause_the_parser_could_not_relate_is_not_reported():
    text = "The United States and other rich donors, announcing sharp reductions in food aid, now put thousands of children in danger."
    assert asserters(text) == [(None, None)]


def test_who_made_remarks_asserts_their_that_clause():
    misparsed = "It follows remarks from Finance Minister Jane Doyle yesterday that the slump has left a $40 billion hole in the budget."
    assert asserters(misparsed) == [(4e10, "Jane Doyle")]
    assert asserters("Analysts doubted the statement by the ministry that 400 troops had died.") == [(400, "ministry")]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the floods rose to at least 312 on Monday.",
        "Officials said the number of deaths had risen to 58.",
        "The body count was expected to climb past 40.",
    ],
)
def test_a_number_a_toll_of_the_dead_reaches_counts_people(text):
    assert [c.unit_class for c in claims_of(text)] == ["people"]


def test_others_after_a_toll_in_the_sentence_before_are_people():
    claims = claims_of("The death toll rose to at least 120. Some 40 others were feared dead and more than 500 were hurt.")
    assert [c.unit_class for c in claims] == ["people"] * 3


def test_participants_and_lives_are_people():
    text = "The trial gave 2,400 participants a booster, and cuts put thousands of lives at risk."
    assert [c.unit_class for c in claims_of(text)] == ["people", "people"]


def test_a_quantity_rising_past_a_mark_is_hedged():
    assert [c.hedge for c in claims_of("The toll was expected to climb past 75 on Friday.")] == ["past"]
    assert [c.hedge for c in claims_of("Inflation rose above 4 per cent in May.")] == ["above"]
    assert [c.hedge for c in claims_of("She met the past 12 presidents and flew drones over 7 towns.")] == [None, None]


def test_a_number_put_at_a_figure_gives_what_it_counts():
    text = "For now the ministry is putting the number of foreign tourists killed in the blast at four. Local officials issued an update."
    (claim,) = claims_of(text)
    assert (claim.value, claim.counted, claim.unit_class, claim.asserter_name) == (4, "foreign tourists", "people", "ministry")


def test_a_figure_counts_no_noun_of_the_next_sentence():
    assert [c.counted for c in claims_of("The fee rose to 40. Officials said so.") if c.value == 40] in ([], [None])


def test_the_wire_of_a_dateline_and_a_body_reporting_something_else_assert_nothing():
    assert asserters("WICHITA, Kan. (AP) — About 40 wheat farmers gathered in a barn on Tuesday night for a meeting.") == [(40, None)]
    text = "The dispute deepened last week as the Pentagon's Office of the Inspector General released three critical reports."
    assert asserters(text) == [(3, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline the quote stage took for the speaker gives way to the cue's own subject
        ("PARIS, Oct 23 (Reuters) - The Bank of France on Thursday said it expected the French economy to have grown by 0.2 percent in the third quarter.",
         [(0.2, "Bank of France")]),
        # "whose" stands for the noun before it
        ("The number came from the International Rescue Committee whose earlier estimate was that 40,000 had fled.",
         [(40000, "International Rescue Committee")]),
        # the one told is no source of what the teller says
        ("Local resident Omar Haddad, who lives near the camp, told The Associated Press the shelling of the camp's clinic killed at least 14 people.",
         [(14, "Omar Haddad")]),
        # what a poll found speaks for the poll
        ("The findings of a Pew poll indicate that 38 percent of adults now work from home.", [(38, "Pew poll")]),
        # fearing a number projects it
        ("The World Bank fears up to 2 million people could lose their jobs.", [(2e6, "World Bank")]),
        # what a study analyzed is what it drew on, no finding of it
        ("The research, led by Harvard University, analyzed health records from over 4 million adults.", [(4e6, None)]),
        # "as announced by X" cites X
        ("About 120 firms are affected, as announced by the European Commission on Monday.", [(120, "European Commission")]),
        # recording or registering a count reports it; expecting a thing of a value projects it
        ("The UN also recorded about 40,000 internally displaced people.", [(40000, "UN")]),
        ("The World Health Organization registered 12,400 new cases on Monday.", [(12400, "World Health Organization")]),
        ("Acme expects savings of $40 million from the move.", [(40e6, "Acme")]),
        # ... unless a speaker above tells the expectation
        ("Jane Doe said Acme expects revenue of more than $2 billion.", [(2e9, "Jane Doe")]),
        # a semicolon after what a speaker said goes on with it
        ("Jan Kowalski, the district mayor, said the wounded included children; six were from the same village.", [(6, "Jan Kowalski")]),
        # a name in a relative clause is no second organisation for 'the company'
        ("Acme Foods, which makes Crunchy Bites and Nutty Bars, plans layoffs. The company expects savings of $40 million.", [(40e6, "Acme Foods")]),
    ],
)
def test_who_asserts_a_figure(text, expected):
    assert asserters(text) == expected


def test_a_preposition_whose_object_is_the_bare_figure_hedges_it():
    # the parse of "..., over 53 million out of 60 million voters voted", built by hand as the
    # parser does not give it for every such sentence
    words = ["Over", "53", "million", "voted", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 2, 0, 3, 3], deps=["prep", "compound", "pobj", "ROOT", "punct"],
              pos=["ADP", "NUM", "NUM", "VERB", "PUNCT"])
    (figure,) = find_numbers(doc.text)
    assert _hedge(doc, figure) == "over"


def test_one_past_a_nationality_and_a_dozen_as_a_subject_count():
    text = "Officials said one French service member was killed in the raid and a dozen were wounded."
    assert [c.value for c in claims_of(text)] == [1, 12]


def test_a_count_of_the_groups_that_speak_is_no_figure():
    text = "Three leading aid groups say they have documented 40 attacks on clinics this year."
    assert [c.value for c in claims_of(text)] == [40]


def test_trading_sessions_are_a_duration():
    assert [c.value for c in claims_of("Shares fell 4% after gains in the previous five sessions.")] == [4]


def test_a_rise_toward_a_mark_bounds_it():
    claims = claims_of("The number of injured rose toward 400 on Wednesday.")
    assert [(c.value, c.hedge) for c in claims] == [(400, "toward")]


def test_a_number_word_before_a_gerund_counts_its_doers():
    text = ("More than 4.1 million refugees have left Syria since the war, the United Nations said Tuesday, "
            "with more than two million crossing the Turkish border.")
    assert [c.value for c in claims_of(text)] == [4.1e6, 2e6]

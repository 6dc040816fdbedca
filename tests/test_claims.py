"""Numeric claims on hand-written sentences: values, hedges, counted phrases, unit classes,
asserters (hand-built quotes, sentence attributions, a credited source) and non-figures."""

from __future__ import annotations

import pytest

from wiretrace.analyse.claims import extract_claims
from wiretrace.analyse.provenance import extract_sources
from wiretrace.model import Article, Claim, Quote, Span
from wiretrace.nlp import annotate


def article(text: str, published: str | None = "2024-11-05") -> Article:
    return Article(id="t", source="test", input_format="text", raw=text, text=text, text_hash="t", published=published)


def claims_of(text: str, quotes: list[Quote] | None = None, published: str | None = "2024-11-05") -> list[Claim]:
    ann = annotate(article(text, published))
    return extract_claims(ann, quotes or [], extract_sources(ann))


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [c.value_text for c in claims]
    return claims[0]


def quote_over(text: str, content: str, speaker_id: str, speaker_name: str) -> Quote:
    start = text.index(content)
    return Quote(Span("t", start, start + len(content)), content, "indirect", speaker_id, speaker_name)


@pytest.mark.parametrize(
    ("text", "value", "value_max", "hedge"),
    [
        ("Officials said over 12,000 North Korean troops were in Russia.", 12000, None, "over"),
        ("Officials said 12 000 troops were in Russia.", 12000, None, None),
        ("Officials said 12k soldiers were in Russia.", 12000, None, None),
        ("Officials said 1.5 million people had fled.", 1.5e6, None, None),
        ("Officials said 10,000 to 12,000 soldiers were in Russia.", 10000, 12000, None),
        ("Officials said 10-12,000 soldiers were in Russia.", 10000, 12000, None),
        ("Officials said between 5 and 7 tanks were destroyed.", 5, 7, None),
        ("Officials said around 11,000 soldiers were training.", 11000, None, "around"),
        ("Officials said up to 20 missiles were fired.", 20, None, "up to"),
        ("Officials said at least 30 people were injured.", 30, None, "at least"),
        ("Officials said nearly 200 drones were launched.", 200, None, "nearly"),
        ("Officials said fewer than 50 residents remain.", 50, None, "fewer than"),
    ],
)
def test_values_ranges_and_hedges(text, value, value_max, hedge):
    claim = only(claims_of(text))
    assert (claim.value, claim.value_max, claim.hedge) == (value, value_max, hedge)
    assert claim.value_span is not None
    assert text[claim.value_span.start:claim.value_span.end] == claim.value_text


def test_vague_magnitudes_have_no_value():
    claim = only(claims_of("Thousands of North Korean troops are training in the east, officials said."))
    assert claim.value is None and claim.vague == "thousands"
    assert claim.counted == "North Korean troops" and claim.unit_class == "people"
    several = only(claims_of("Several hundred officers arrived in Kursk, officials said."))
    assert several.value is None and several.vague == "several hundred"


@pytest.mark.parametrize(
    ("text", "counted", "unit_class"),
    [
        ("Russia lost 47 artillery systems in one day, the army said.", "artillery systems", "equipment"),
        ("Russia fired 90 missiles overnight, the army said.", "missiles", "equipment"),
        ("The army said six officers were killed.", "officers", "people"),
        ("The strike destroyed about 40,000 tonnes of grain, the ministry said.", "tonnes of grain", "other"),
        ("Officials said 300 members of the special forces were trained.", "members of the special forces", "people"),
    ],
)
def test_counted_phrase_and_unit_class(text, counted, unit_class):
    claim = only(claims_of(text))
    assert (claim.counted, claim.unit_class) == (counted, unit_class)


def test_a_number_of_a_number_counts_what_the_second_counts():
    claims = claims_of("Energy and carbon, two of three requirements for life, are common, researchers said.")
    assert [(c.value, c.counted) for c in claims] == [(2, "requirements"), (3, "requirements")]


def test_a_number_repeated_in_brackets_is_one_figure():
    assert [c.value for c in claims_of("The box holds eartips with four (4) size options and a 12.1-inch screen.")] == [4, 12.1]


def test_money_and_percent():
    claims = claims_of("The EU approved €1.5 billion and Germany $3bn, while inflation rose to 9.5%, officials said.")
    assert [(c.value, c.unit_class, c.unit) for c in claims] == [
        (1.5e9, "money", "EUR"), (3e9, "money", "USD"), (9.5, "percent", "%"),
    ]
    hryvnias = only(claims_of("The government allocated UAH 2 billion to schools, the ministry said."))
    assert (hryvnias.value, hryvnias.unit) == (2e9, "UAH")


@pytest.mark.parametrize(
    "text",
    [
        "Their deployment is expected by 1 November, officials said.",
        "Putin visited Pyongyang on 18 June.",
        "The war has lasted since 2022 and may go on into 2025.",
        "The strike came at 18:15 local time.",
        "The suspect, aged 25, was detained. A 25-year-old man was also held.",
        "The S&P 500 index closed higher, and the G7 met.",
        "Ukraine received F-16 jets, while Russia lost an Su-34.",
        "For the first time in many decades, one of the allies moved.",
        "It was the 12th attack this year, the third in a week.",
        "The talks lasted three days.",
        "Going upstairs was a 30 min activity.",
        "Call +380 44 123 4567 for details.",
        "He played Red Dead Redemption 2 on a new console.",
        "Exports sank in the first half of 2019.",
        "The suit FHC/ABJ/03/095/2018 was filed on behalf of the lawmakers.",
        "The platform serves Fortune 100 brands.",
        "Two people briefed on the talks said the deal was close.",
        "The paper said so, citing two US officials.",
        "The console streams in 4K, as the 2B Mindset plan promised.",
        "Drivers can use Level 2 stations and the Phase 3 trials went on.",
        "Tariffs make the two sides poorer.",
        "Police said the suspect, 34, was arrested on Friday.",
        "The 12-inch MacBook and the 11-inch iPad Pro run iPadOS 13 over Wi-Fi 6 networks.",
        "It does 0-62 mph quickly and plays 5.1 surround sound.",
    ],
)
def test_non_figures_are_no_claims(text):
    assert claims_of(text) == []


def test_the_quote_holding_the_figure_gives_the_asserter():
    text = "Budanov said around 11,000 North Korean soldiers are training in Russia."
    quote = quote_over(text, "around 11,000 North Korean soldiers are training in Russia", "person:kyrylo-budanov", "Kyrylo Budanov")
    claim = only(claims_of(text, [quote]))
    assert (claim.asserter_id, claim.asserter_name) == ("person:kyrylo-budanov", "Kyrylo Budanov")
    assert claim.span.text_in(text) == text


def test_a_report_inside_a_report_names_its_own_asserter():
    text = "The Pentagon estimated that several hundred soldiers had been killed, a spokesman told reporters."
    quote = Quote(Span("t", 0, text.index(",")), text[:text.index(",")], "indirect", None, None, Span("t", 71, 80), "told")
    assert only(claims_of(text, [quote])).asserter_name == "Pentagon"


def test_a_quotation_of_several_sentences_is_attributed_where_it_closes():
    text = '"Energy is one of three requirements for life. But water is rare," study author Lucas Paganini said.'
    assert only(claims_of(text)).asserter_name == "Lucas Paganini"


def test_a_pronoun_speaker_stands_for_the_one_named_before():
    text = "Russia lost 1,200 soldiers in a day, Ukraine's General Staff said. It also reported 14 tanks destroyed."
    first, second = claims_of(text)
    assert first.asserter_id is not None and second.asserter_id == first.asserter_id
    person = "Mark Rutte spoke to reporters in Kyiv on Monday. He said 10,000 troops were already in Kursk."
    assert only(claims_of(person)).asserter_name == "Mark Rutte"


def test_toll_idioms_and_the_words_of_a_speaker_attribute():
    put = claims_of("More than 1,000 people attended the rally, police said. Organisers put the number at 5,000.")
    assert [c.asserter_name for c in put] == ["police", "Organisers"]
    words = only(claims_of("Things got bad, in the words of the patient: “I could manage two stairs at a time.”"))
    assert words.asserter_name == "patient"
    related = 'According to the man, the drug "worked." As he related, "my oxygen level is 97%."'
    assert only(claims_of(related)).asserter_name == "man"


def test_a_credit_line_below_an_excerpt_or_a_post_asserts_its_figures():
    text = (
        "Reviews\n\nThe service costs $129 for the first year.\n\n[ Wired ]\n\nIt offers 22 games.\n\n[ Inverse ]"
        "\n\nThe state spent $500,000 on it.\n\n— Jane Doe (@janedoe) November 18, 2019"
    )
    assert [c.asserter_name for c in claims_of(text)] == ["Wired", "Inverse", "Jane Doe"]
    lone = "The service costs $129 for the first year.\n\n[Advertisement]"
    assert only(claims_of(lone)).asserter_name is None


def test_a_number_word_standing_for_what_it_counts():
    text = "Dozens of soldiers were captured, but only two have been confirmed, officials said."
    assert [(c.vague, c.value, c.counted) for c in claims_of(text)] == [("dozens", None, "soldiers"), (None, 2, "soldiers")]
    assert claims_of("The two met in Kyiv.") == []
    bare = claims_of("Hundreds were evacuated and rescuers were seen in the hundreds, as we take in billions and billions of dollars.")
    assert [(c.vague, c.unit_class) for c in bare] == [("hundreds", "other"), ("billions", "money")]


def test_a_clause_joined_to_a_report_is_reported_only_with_a_subject_of_its_own():
    joined = claims_of("Officials said 300 people were killed, and 2,700 were wounded.")
    assert [c.asserter_name for c in joined] == ["Officials", "Officials"]
    deeds = claims_of("Kovalenko said little. She wrote hundreds of songs that summer and sent 12 of them to a lawyer.")
    assert [c.asserter_name for c in deeds] == [None, None]


def test_a_clause_on_what_happens_meanwhile_is_no_report():
    claim = only(claims_of("The report comes as lawmakers debate the agency's budget request for $22.6bn."))
    assert claim.asserter_name is None


def test_sentence_attribution_without_a_quote():
    according = only(claims_of("According to Ukrinform, 1,358 children have been returned."))
    assert according.asserter_id == "ukrinform"
    said = only(claims_of("Some 3,000 residents were evacuated, the regional administration said."))
    assert said.asserter_name == "regional administration" and said.hedge == "some"


def test_a_named_poll_asserts_its_figures():
    claim = only(claims_of("A new Reuters poll has lower numbers (44 percent of Americans want a trial)."))
    assert claim.asserter_id == "reuters" or claim.asserter_name == "Reuters"


def test_a_verb_whose_object_or_circumstance_holds_the_figure_asserts_nothing():
    claims = claims_of("The stock added more than 2% after the brand took a stake in a deal worth $600 million.")
    assert [(c.value, c.asserter_name) for c in claims] == [(2, None), (6e8, None)]


def test_projections_and_studies_have_asserters():
    projected = only(claims_of("The Congressional Budget Office projects that tariffs will cut output by 0.3 percent."))
    assert projected.asserter_name == "Congressional Budget Office"
    while_clause = claims_of("The Tax Foundation projected that tariffs would cut GDP, while lowering wages by 0.16 percent.")
    assert only(while_clause).asserter_name == "Tax Foundation"
    published = "The report, published by Amnesty International on Thursday, documents at least 120 cases of torture."
    assert only(claims_of(published)).asserter_name == "Amnesty International"
    assert only(claims_of("Data from Rosstat showed inflation at 8.5% in October.")).asserter_name == "Rosstat"


def test_a_poll_introduced_before_asserts_the_figures_after_it_in_its_paragraph():
    text = "A new ABC News poll shows majority support. Fifty-one percent say he should go. And 70 percent say it was wrong."
    assert [(c.value, c.asserter_name) for c in claims_of(text)] == [(51, "ABC News"), (70, "ABC News")]
    apart = "A new ABC News poll shows majority support.\n\nFifty-one percent say he should go."
    assert only(claims_of(apart)).asserter_name is None


def test_the_credited_source_asserts_what_nobody_else_does():
    text = "Source: Reuters\n\nThe loan of $50 billion was agreed on Friday."
    claim = only(claims_of(text))
    assert (claim.asserter_id, claim.asserter_name) == ("reuters", "Reuters")


def test_no_attribution_means_no_asserter():
    claim = only(claims_of("The loan of $50 billion was agreed on Friday."))
    assert claim.asserter_id is None and claim.asserter_name is None


def test_an_elliptic_figure_counts_what_the_one_before_it_counted():
    claims = claims_of("Around 300 North Korean soldiers had been killed and 2,700 wounded, officials said.")
    assert [(c.value, c.counted, c.unit_class) for c in claims] == [
        (300, "North Korean soldiers", "people"), (2700, "North Korean soldiers", "people"),
    ]


def test_claim_date_is_the_publication_date_or_a_date_the_line_opens_with():
    assert only(claims_of("Officials said 20 soldiers were killed.")).date == "2024-11-05"
    bullet = only(claims_of("3 October: Reports said over 20 soldiers were killed.", published="2024-10-20"))
    assert bullet.date == "2024-10-03"
    assert only(claims_of("Officials said 20 soldiers were killed.", published=None)).date is None


def test_up_to_after_a_verb_of_movement_is_the_goal_not_a_bound():
    assert only(claims_of("The jobless rate went up to 4.3 per cent in March.")).hedge is None
    assert only(claims_of("Rebels fired up to 30 rockets at the base.")).hedge == "up to"


def test_one_counts_when_hedged():
    assert [(c.value, c.hedge) for c in claims_of("At least one guard was hurt in the blast.")] == [(1, "at least")]
    assert claims_of("One guard said the gate was open.") == []


def test_according_to_what_someone_said_names_the_speaker():
    claim = only(claims_of("Some 40 houses burned down, according to what the fire chief told reporters."))
    assert claim.asserter_name == "fire chief"


def test_giving_a_toll_as_a_figure_reports_it():
    claim = only(claims_of("The agency gave the death toll as 14 on Tuesday."))
    assert (claim.value, claim.asserter_name) == (14, "agency")


def test_a_report_in_a_named_outlet_asserts_the_bare_figure_it_gives():
    later = claims_of("The ministry first spoke of 80 arrests, but a later report in The Guardian said 85.")[-1]
    assert (later.value, later.asserter_name) == (85, "Guardian")


def test_digits_opening_a_unit_name_are_no_figure():
    assert claims_of("Patrols of the 2-12 Infantry left the camp at dawn.") == []
    assert only(claims_of("The army sent the 40 Ukrainians home.")).value == 40


def test_putting_the_number_of_a_group_at_a_figure_reports_the_figure():
    claim = only(claims_of("For now the Red Cross is putting the number of volunteers hurt in the storm at 12."))
    assert (claim.value, claim.asserter_name) == (12, "Red Cross")


def test_data_nobody_is_named_behind_assert_nothing():
    assert only(claims_of("Unemployment fell to 5 per cent, official figures have shown.")).asserter_name is None
    assert only(claims_of("According to the latest information, 40 homes were flooded.")).asserter_name is None
    assert only(claims_of("Figures from Eurostat show 12 per cent of firms closed.")).asserter_name == "Eurostat"

"""Numeric claims on invented sentences shaped like the asserter errors of fresh sets 14 and
15 of real news: a company the tagger took for a person, a known name inside another body's
name, a speech noun owned by its speaker, a role named in the next paragraph."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_the_company_is_the_one_word_name_that_reported_its_profit():
    text = (
        "Posco on Monday reported its first-quarter net profit, up sharply from a year earlier.\n\n"
        "Operating profit was 1.55 trillion won, the company said in a regulatory filing."
    )
    assert asserters(text) == [(1.55e12, "Posco")]


def test_a_state_health_department_is_not_the_us_state_department():
    text = "The Oklahoma State Department of Health has reported two probable cases of measles."
    assert asserters(text) == [(2, "Oklahoma State Department of Health")]


def test_a_speech_noun_s_owner_asserts_its_clause():
    text = "Scudamore's revelation that the league would be paid over £1 billion a season was dramatic."
    assert asserters(text) == [(1e9, "Scudamore")]


def test_a_role_right_after_another_office_holder_is_the_holder_named_next():
    text = (
        "Spokesman Herve Verhoosel of the World Food Program told reporters in Geneva of the alarming news.\n\n"
        "Zimbabwe's defense minister said more than 120 bodies had been washed into Mozambique.\n\n"
        '"Most of the bodies were washed away," Defense Minister Oppah Muchinguri said.'
    )
    assert asserters(text) == [(120, "Oppah Muchinguri")]


def test_data_contained_in_a_document_belong_to_the_document_s_maker():
    text = "The data, contained in the Annual Review of Football Finance by Deloitte, shows United on top with £433m."
    assert asserters(text) == [(433e6, "Deloitte")]


def test_reports_on_an_outlet_are_the_outlet_s():
    text = "Reports on Iran's Press TV said at least 40 people had been killed, but no official figures were given."
    assert asserters(text) == [(40, "Press TV")]


def test_an_acronym_with_its_function_words_goes_by_the_name_the_article_spells_out():
    text = (
        "Nearly 400 dengue deaths have been reported, the Department of Health (DOH) said on Wednesday.\n\n"
        "This is lower than the 421 deaths logged last year, the DOH noted."
    )
    assert asserters(text) == [(400, "Department of Health"), (421, "Department of Health")]


def test_what_a_report_is_describes_it_and_asserts_nothing():
    assert asserters("March's report is also a big slowdown from the 313,000 jobs created in February.") == [(313000, None)]


def test_the_subject_after_a_dateline_with_a_date_and_an_agency_asserts():
    text = "Geneva, September 6 (RHC)-- The World Health Organization (WHO) says almost 2,100 people have died of Ebola."
    assert asserters(text) == [(2100, "WHO")]


def test_information_on_a_named_website_is_the_website_s():
    text = "The fire burned 1,000 acres in Butte County, according to information on the Cal Fire website."
    assert asserters(text) == [(1000, "Cal Fire website")]
    assert asserters("About 300 homes were lost, according to the latest information.") == [(300, None)]


def test_figures_from_the_agency_are_the_organisation_the_sentence_is_about():
    text = (
        "The California Department of Forestry and Fire Protection has responded to 4,587 fires this year, "
        "according to figures from the agency"
    )
    assert asserters(text) == [(4587, "California Department of Forestry and Fire Protection")]


def test_a_statement_of_a_body_and_a_that_clause_on_an_update_published_are_the_body_s():
    text = "A total of 120 dengue patients were hospitalised, according to the daily statement of the DGHS."
    assert asserters(text) == [(120, "DGHS")]
    text = "The U.N. said in an update published Monday night that 8 million people in 39 districts have been affected."
    assert asserters(text) == [(8e6, "U.N."), (39, "U.N.")]


def test_a_list_of_ages_holds_no_figures():
    text = "The six deaths, two men aged 97 and 60 and four women aged 94, 85, 82 and 62, raise the total to 1,341."
    assert [value for value, _ in asserters(text)] == [6, 2, 4, 1341]


def test_the_cartel_saying_is_the_organisation_its_sentence_is_about():
    text = (
        '"The good news might be offset by the rest of the world," analyst Kim Forrest added.\n\n'
        "OPEC reduced its estimate for 2015, with the cartel saying the effect of the 40 percent drop in prices is uncertain."
    )
    assert asserters(text)[-1] == (40, "OPEC")


def test_a_body_that_made_the_announcement_asserts_what_it_announced():
    text = "Putin had won the election by about 64 percent of the votes, the Russian Central Election Commission made the official announcement on Monday."
    assert asserters(text) == [(64, "Russian Central Election Commission")]
    assert asserters("The company made 40 cars a day.") == [(40, None)]


def test_a_main_verb_reports_the_clause_before_it_as_well_as_the_one_after():
    text = "With two deaths, the toll this year rose to three, the DGHS said, adding that the first death was reported in June."
    assert asserters(text) == [(2, "DGHS"), (3, "DGHS")]

"""Numeric claims on invented sentences shaped like the asserter errors of blind sets 38 and
39 of real news (drawn in session 8 as fix sets): places that record what was measured in
them, "according to" over a passive agent, the speaker who told an outlet, and a body's
name spelled out before its acronym."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_a_place_records_what_was_measured_in_it_and_asserts_nothing() -> None:
    text = (
        "The election commission said turnout was 62.2 per cent. "
        "West Bengal recorded the highest turnout at 78.45 per cent."
    )
    assert asserters(text) == [(62.2, "election commission"), (78.45, None)]


def test_according_to_x_beats_the_agent_of_a_passive_report() -> None:
    text = "According to Sekhukhune, 79.3% of crimes in the period were reported by the community."
    assert asserters(text) == [(79.3, "Sekhukhune")]


def test_whoever_told_an_outlet_asserts_not_the_outlet() -> None:
    text = (
        "Two days after the explosion, the death toll held at 135 people with 5,000 wounded, with losses "
        "estimated between $10 and $15 billion, Beirut Gov. Marwan Abboud told the Saudi-owned TV station Al-Hadath."
    )
    assert {name for _, name in asserters(text)} == {"Marwan Abboud"}


def test_a_name_spelled_out_before_its_acronym_is_one_body() -> None:
    text = (
        "Russia's offensive forced 2,698,300 people to leave the country, the Office of the United Nations "
        "High Commissioner for Refugees (UNHCR) reports."
    )
    assert asserters(text) == [(2698300, "United Nations High Commissioner for Refugees")]


def test_a_statement_never_brought_in_is_that_of_the_company_that_spoke() -> None:
    text = (
        "Hosiery firm Rupa and Company reported a 34 per cent rise in net profit, the company said.\n\n"
        "EBITDA margins during the quarter increased 26 per cent, the statement added."
    )
    assert asserters(text) == [(34, "Rupa and Company"), (26, "Rupa and Company")]


def test_a_per_set_off_by_a_comma_cites_its_source_and_a_place_issues_statements() -> None:
    text = "At least 115 people have died in the Lahaina fire, per a Maui County statement Tuesday."
    assert asserters(text) == [(115, "Maui County")]
    assert asserters("Petrol costs 5 dollars, per gallon.") == [(5, None)]


def test_a_subjectless_cue_after_a_titled_person_set_off_by_commas_is_his() -> None:
    text = (
        "FEMA has already deployed 380 specialists to the island, Keith Turi, FEMA deputy associate "
        "administrator for response and recovery, told reporters on Tuesday."
    )
    assert asserters(text) == [(380, "Keith Turi")]


def test_bullet_lines_after_a_lead_in_ending_in_a_colon_are_its_speaker_s() -> None:
    text = (
        "The Bureau of Transportation Statistics (BTS) published its quarterly report on Tuesday. "
        "BTS added the following statistics from the quarter:\n\n"
        "• Operating revenue: USD17.9 billion;\n\n"
        "• Fares: USD10.6 billion, 59.2% of the total;\n\n"
        "Airline shares rose 3% on the news."
    )
    named = {value: name for value, name in asserters(text)}
    assert named[17.9e9] == named[10.6e9] == named[59.2] == "Bureau of Transportation Statistics"
    assert named[3] is None


def test_information_from_a_body_is_that_body_s() -> None:
    text = "Initial information from the country's disaster mitigation agency showed that four people had died."
    assert asserters(text) == [(4, "country's disaster mitigation agency")]


def test_the_statement_is_that_of_the_body_whose_name_it_carried_before() -> None:
    text = (
        "The Palestinian Ministry of Health in Gaza revealed the new tolls on Wednesday.\n\n"
        "The health ministry statement said 27 massacres were committed in the past hours.\n\n"
        "The statement pointed out that the toll rose to 1098 families."
    )
    assert asserters(text) == [(27, "Palestinian Ministry of Health"), (1098, "Palestinian Ministry of Health")]


def test_a_noun_the_parser_joined_to_the_clause_before_is_the_subjectless_cue_s() -> None:
    text = "Heavy rainfall swelled waters past riverbanks and officials said the floodwaters swept away hundreds of homes."
    assert asserters(text) == [(None, "officials")]


def test_a_spokesperson_citing_a_toll_asserts_it() -> None:
    text = "Officials gave a range of tolls, while a Taliban spokesperson cited at least 13 civilians killed."
    assert asserters(text) == [(13, "Taliban")]

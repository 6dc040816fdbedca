"""Numeric claims on invented sentences shaped like asserter errors of real news claim sets
29-42 (session 9): an outlet's report that cites its source, a named speaker over the body
he speaks of, a description that goes by a name ("known as"), a body inside an organisation
("the UN's refugee agency"), an acronym of a national body spelled out without its country,
and the holder of a place's office."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_an_outlet_citing_a_source_relays_the_source() -> None:
    text = "The death toll has soared to 11,300, the Herald reports citing the Red Crescent."
    assert asserters(text) == [(11300, "Red Crescent")]


def test_an_inverted_report_citing_a_source_relays_the_source() -> None:
    text = "The death toll rose to 240, reported Associated Press, citing the Varnian Red Cross."
    assert asserters(text) == [(240, "Varnian Red Cross")]


def test_a_description_known_as_a_name_is_that_name() -> None:
    text = (
        "At least 1,280 people have died in the northwest, according to volunteer first responders "
        "known as the Blue Shields."
    )
    assert asserters(text) == [(1280, "Blue Shields")]


def test_a_body_of_an_organisation_is_not_the_organisation() -> None:
    text = "More than 40,000 people have fled, the Varnian Council's refugee agency said."
    assert asserters(text) == [(40000, "Varnian Council's refugee agency")]


def test_an_acronym_of_a_national_body_leaves_out_the_country() -> None:
    text = (
        "U.S. Customs and Harbor Protection officials said arrivals fell last month.\n\n"
        "Total CHP encounters reached 250,000 in March, the agency's website stated."
    )
    assert asserters(text) == [(250000, "U.S. Customs and Harbor Protection")]


def test_the_governor_of_a_place_is_the_speaker_named_next() -> None:
    text = (
        "A huge flood in Tarsk has left 30,000 people homeless and caused damage estimated to cost more than "
        "US$2 billion, its governor told AFP on Wednesday.\n\n"
        '"I think there are between 20,000 and 30,000 people who are now without homes," said Olek Varda, '
        "adding that repairs would take months."
    )
    assert dict(asserters(text))[2000000000] == "Olek Varda"


def test_a_named_speaker_closing_the_sentence_asserts_what_a_body_announced() -> None:
    text = "Airlines have announced refunds of $500 to the passengers, Olek Varda said."
    assert asserters(text) == [(500, "Olek Varda")]

"""Indirect quotes found with the wrong speaker (session 10, third pass): a dateline's
place or wire taken for who spoke, through a country's long name, a description of a body
or a "they" that looked back to it."""

from __future__ import annotations

from quote_helpers import indirects


def test_a_capital_in_the_dateline_does_not_rename_the_country_that_spoke() -> None:
    text = "ADDIS ABABA: Ethiopia said on Tuesday that there were fighters left in the north."
    assert [q.speaker_name for q in indirects(text)] == ["Ethiopia"]


def test_a_description_of_a_body_does_not_echo_the_dateline_place() -> None:
    text = "OSLO (dpa-AFX) - The UN agency for refugees says the deadly strike was carried out without warning."
    assert [q.speaker_name for q in indirects(text)] != ["OSLO"]


def test_they_does_not_look_back_to_the_dateline_place_or_wire() -> None:
    text = (
        "BERLIN (AP) — German prosecutors said a knife attack on Friday left one man dead in a park.\n\n"
        "In a statement Saturday, they said investigations revealed that the attacker had been radicalized."
    )
    speakers = [q.speaker_name for q in indirects(text)]
    assert len(speakers) == 2 and not {"BERLIN", "AP"} & set(speakers)

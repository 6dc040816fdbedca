"""Quote speakers on invented texts shaped like the cases session 10's review found its new
rules getting wrong: a body named as the next subject after "a spokesperson for X"; two
singers after a colon lead-in; a quote after a sentence that is itself a quote; a narrative lead-in before
a colon."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_body_named_after_a_spokesperson_for_a_company_is_not_that_spokesperson() -> None:
    text = (
        "A spokesperson for Norvale Shipping said the company would keep routing its tankers around the cape "
        "\u201cfor the foreseeable future\u201d. The Zarqis, who have attacked more than 40 ships since May, said in a "
        "statement that they would target any vessel bound for Port Amel."
    )
    assert [q.speaker_name for q in directs(text)] == ["Norvale Shipping"]


def test_two_singers_after_a_colon_lead_in_stay_unknown() -> None:
    text = (
        "She sings for everyone who ever learned the hard way: \u201cNo road leads home but this one,\u201d "
        "she and Moira sing together as the hall joins in."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_a_quote_after_a_sentence_that_is_a_quote_goes_on_with_its_speaker() -> None:
    text = (
        "\u201cEverything we wrote had to sound like the coast,\u201d Hallam said. \u201cSo I rang one of my oldest "
        "friends, a fisherman who ended up like a brother,\u201d a detail that fits the film well. \u201cSo I rang him "
        "again and said \u2018Tell me about the boats.\u2019 And that gave us the chorus.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Hallam", "Hallam", "Hallam"]


def test_a_narrative_lead_in_before_a_colon_is_no_report() -> None:
    text = (
        "By the time Orla learned who had written the song, she was only half-surprised: \u201cIt made sense, "
        "because it came from someone who understood the character,\u201d she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Orla"]
    assert indirects(text) == []

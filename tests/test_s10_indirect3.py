"""Indirect quotes on invented sentences shaped like misses of real news batches seen in
session 10: a speech verb whose object is declared to be something ("declared X the
winner") has a small clause without a verb right after it, which reports no utterance."""

from __future__ import annotations

from quote_helpers import indirects


def test_declaring_someone_the_winner_is_no_reported_speech() -> None:
    text = (
        "The electoral board declared Tomas Varga the winner of Sunday's vote.\n\n"
        "The court later declared the results void.\n\n"
        "On Monday the commission officially declared him the victor."
    )
    assert indirects(text) == []
    # a clause with a verb, even a copula, is still reported
    reported = "The electoral board declared that Tomas Varga was the winner of Sunday's vote."
    assert [q.text for q in indirects(reported)] == ["Tomas Varga was the winner of Sunday's vote"]
    # further from the verb, a verbless clause is one of a list whose verb is left out
    listed = "The Harris poll shows Labour on 41% (down 2% on last week), the Greens unchanged on 12% and the Liberals on 9%."
    assert [q.speaker_name for q in indirects(listed)] == ["Harris"]

"""Quotes on invented texts shaped like misses of real news batches seen in session 10: a
clause with quoted words inside and its cue after it, which reports the whole clause; a cue
the parser hung on the clause it closes; a conjunct that opens with "there"; and a quote
whose next paragraph closes it without reopening it; and "reminded X that ...", which
reports what follows."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_clause_with_quoted_words_before_its_cue_is_reported_as_well() -> None:
    text = "Cuts in pay or other options “are painful and will need to be shared by all of us,” Ana Ruiz said on Monday."
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [
        ("Cuts in pay or other options “are painful and will need to be shared by all of us,”", "Ana Ruiz")
    ]
    assert [q.speaker_name for q in directs(text)] == ["Ana Ruiz"]
    # words before the quote that are no part of its clause leave the quote alone
    alone = 'Asked about the plan on Monday, "we will go ahead with it as soon as we can," Ana Ruiz said.'
    assert indirects(alone) == []
    # nor does a clause pointing back at what was said before
    back = "Mira Sol made a statement on Friday. That is 'why we are not afraid of anything' she said."
    assert indirects(back) == []


def test_a_cue_hung_on_the_clause_it_closes_reports_only_what_comes_before() -> None:
    text = "The flood in Tarvo was as grim as the one in Mesk, Omar Bakri said, referring to the storm of 2019."
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [
        ("The flood in Tarvo was as grim as the one in Mesk", "Omar Bakri")
    ]
    quoted = "The flood in Tarvo was “as grim as the one in Mesk,” Omar Bakri said, referring to the storm of 2019."
    assert [q.text for q in indirects(quoted)] == ["The flood in Tarvo was “as grim as the one in Mesk,”"]


def test_a_conjunct_opening_with_there_is_reported_too() -> None:
    text = "There had been aftershocks but there was no risk of flooding, the Valdor weather agency said."
    assert [q.text for q in indirects(text)] == ["There had been aftershocks but there was no risk of flooding"]


def test_a_quote_left_open_runs_on_to_a_lone_closing_mark_before_the_cue() -> None:
    text = (
        "Minister Lena Holt and her guest met twice this week, the ministry said.\n\n"
        '"A long dinner was held yesterday evening, hosted by Minister Holt.\n\n'
        'They talked very openly. It was a very fruitful discussion," Piet Vos said at a briefing.'
    )
    assert [(q.text, q.speaker_name) for q in directs(text)] == [
        ("A long dinner was held yesterday evening, hosted by Minister Holt.", "Piet Vos"),
        ("They talked very openly. It was a very fruitful discussion,", "Piet Vos"),
    ]


def test_reminding_someone_that_reports_the_clause() -> None:
    text = "The minister, Ana Vidal, reminded the house that the index had fallen by 1,500 points a year before."
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [
        ("the index had fallen by 1,500 points a year before", "Ana Vidal")
    ]
    # the writer reminding the reader reports nothing
    assert indirects("Let us remind you that on May 2 an agreement was signed in Varna.") == []

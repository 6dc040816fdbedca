"""Quote speakers on invented texts shaped like misses of real news batches seen in
session 9: quotes with no cue in their sentence - a caption after the quote, a lead-in
that names the speaker beside a role, as "the minister" or under a "Comments from"
heading - and speech participles with no subject of their own ("before adding", a
"hailing" hung on a second reported clause)."""

from __future__ import annotations

from quote_helpers import directs


def test_a_present_tense_caption_after_a_quote_names_its_speaker() -> None:
    text = (
        "“I lost in the final, but the ratio of wins is still very good.” Tobias Lindqvist speaks frankly "
        "after his defeat to Marco Ferri.\n\n"
        "“I was told it was safe to eat, so I had no reaction. It was nice to repeat this tradition.” "
        "Ferri, who follows a strict diet, jokes about eating the grass after his win.\n\n"
        "“Get married, have kids, let's enjoy this. I suggest that to every player.” Three-time champion "
        "Marco Ferri offers his tips for a good work-life balance."
    )
    assert [q.speaker_name for q in directs(text)] == ["Tobias Lindqvist", "Marco Ferri", "Marco Ferri"]


def test_a_past_tense_sentence_after_a_quote_is_no_caption() -> None:
    text = (
        "Mayor Tom Reed said the bridge would reopen in May.\n\n"
        "“We have waited long enough for this bridge.” Anna Berg moved to the town in 2010."
    )
    # the quote goes on from the report before it, as without the sentence after it
    assert [q.speaker_name for q in directs(text)] == ["Tom Reed"]


def test_a_lead_in_naming_the_speaker_beside_a_role_introduces_the_quote_after_it() -> None:
    text = (
        "Nokia's senior vice president, Daniel Harper, explained the process behind the new design.\n\n"
        "“In other words, we've redesigned the phone from the inside out.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Daniel Harper"]


def test_a_comments_from_heading_introduces_the_quotes_under_it() -> None:
    text = (
        "POTSDAM - Comments from Anna KIPRONO after winning gold in the 5,000m on Wednesday.\n\n"
        "On her tactics for the race:\n\n"
        "“I am really happy. My plan was to win, nothing else. I made the move with two laps to go.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Anna KIPRONO"]


def test_a_participle_after_a_preposition_speaks_for_the_subject_before_the_earlier_quote() -> None:
    text = (
        'When Dale Ryder was asked about the decision he smiled and said "yeah" before adding '
        '"I will have to borrow money from Tom" as he turned to his captain.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Dale Ryder", "Dale Ryder"]


def test_a_role_that_puts_something_forward_introduces_the_quote_paragraph_after_it() -> None:
    text = (
        "Finance Minister Paulo Reis spoke at a bank's panel on Tuesday.\n\n"
        "The minister suggested actions such as reducing import tariffs.\n\n"
        "“We are going to reduce import tariffs, this is the right time to increase supply.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Paulo Reis"]
    # a role that only arrives somewhere introduces nobody's words
    arrived = text.replace("The minister suggested actions such as reducing import tariffs.", "The minister arrived late.")
    assert [q.speaker_name for q in directs(arrived)] == [None]


def test_a_participle_on_a_second_reported_clause_speaks_for_the_reporter() -> None:
    text = (
        'Meanwhile, Tomas Reid said the "region will see a major change" and that he and Lee had '
        '"decided to leave the past behind", hailing the talks as "historic".'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tomas Reid"] * 3

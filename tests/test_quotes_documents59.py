"""Quote speakers on invented sentences shaped like misses of real news batches seen in
session 9: a document speaks for its issuer, found where the text names it (the person
or body who made the statement earlier, by a verb that produces it, the agent of a passive
"was issued by", the owner of the channel it was posted on, the meeting whose communique it
is, the body whose briefing "per" cites)."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_the_statement_speaks_for_the_titled_person_who_made_it_earlier() -> None:
    text = (
        "In an e-mailed statement on Monday, the company's vice president, Karen Lind, commented, "
        '"We routinely review our business."\n\n'
        'The statement added that the cuts "are part of a continuous process of simplifying the company."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Karen Lind", "Karen Lind"]
    assert [q.speaker_name for q in indirects(text)] == ["Karen Lind"]


def test_a_message_posted_on_a_channel_speaks_for_the_channel_owner() -> None:
    text = (
        "A message posted on the Ostrava Union Telegram channel on Saturday said: "
        '"The mayor made the wrong choice. Soon we will have a new mayor."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Ostrava Union"]


def test_a_communique_of_a_meeting_speaks_for_the_meeting() -> None:
    text = (
        '"We discussed the tariff dispute at length during the talks," '
        "the Joint Communique of the 12th Nordic Trade Ministers' Meeting stated."
    )
    assert [q.speaker_name for q in directs(text)] == ["12th Nordic Trade Ministers' Meeting"]


def test_per_a_briefing_by_a_body_is_according_to_it() -> None:
    text = (
        "Per a briefing by Norland's Ministry of Transport this morning, the trains are still in their "
        "depots and \"have likely remained idle\"."
    )
    assert [q.speaker_name for q in directs(text)] == ["Ministry of Transport"]
    # "per cent" and "per day" cite nobody
    assert indirects("Fares rose 5 per cent in May, to 40 euros per day.") == []
    assert indirects("As per the agreement of May, the troops will withdraw by June.") == []


def test_a_statement_issued_by_a_body_in_the_passive_speaks_for_it() -> None:
    text = (
        "The final statement was issued by the Nordic Council of Ministers on Friday.\n\n"
        '"We discussed the tariff dispute at length," the statement said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Nordic Council of Ministers"]


def test_a_body_that_would_not_endorse_a_statement_did_not_make_it() -> None:
    text = (
        "Shortly after the talks, the minister said the Nordic Farmers Union would not endorse a joint statement "
        "with the other groups.\n\n"
        '"We strive to reduce tariff barriers," the statement says.'
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_the_statement_speaks_for_whoever_the_cue_that_made_it_named() -> None:
    text = (
        "The Harbour Police and the Norland Coast Guard arrested a man on Tuesday.\n\n"
        '"The man sent twelve parcels to embassies," the Harbour Police said in a joint statement on Thursday.\n\n'
        "Officers are still searching for the remaining packages.\n\n"
        '"There is no ongoing threat to the public," the statement said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Harbour Police", "Harbour Police"]

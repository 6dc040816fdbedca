"""Quote speakers on invented sentences shaped like the misses of fresh blind batch 36 of real
news, one story retold by several outlets (session 6): a long title after the name before a
late cue, a quote after the speaker "described" something, and a report the tagger took for
a company's."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_name_then_a_long_title_then_the_cue_speaks() -> None:
    text = (
        "In Derna, Mohamad al-Qabisi, director of the Wahda Hospital, said 1,700 people had died.\n\n"
        "“Bodies are lying everywhere,” Hichem Abu Chkiouat, minister of civil aviation in the "
        "administration that controls the east said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Hichem Abu Chkiouat"]


def test_a_quote_after_the_speaker_described_something_is_the_speaker_s() -> None:
    text = (
        "Presiding Judge Hendrik Steenhuis said evidence proved the plane was brought down by a missile.\n\n"
        "Steenhuis described the torment of families who had to wait for remains. “A piece of bone from a hand.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Hendrik Steenhuis"]


def test_the_intel_report_is_the_agency_that_spoke_before_not_a_company() -> None:
    text = (
        "Britain’s Defence Intelligence agency said Wagner units were moving north. “Some have likely "
        "remained passive,” the intel report said."
    )
    [quote] = directs(text)
    assert quote.speaker_name is not None and "Defence Intelligence" in quote.speaker_name


def test_the_person_named_after_joined_titles_the_parse_lost_speaks() -> None:
    text = (
        "“No more time for warning signals, it’s time for action,” said Nigeria’s President and "
        "ECOWAS Chairman Bola Tinubu during his address as leaders met in Abuja on Sunday."
    )
    assert [q.speaker_name for q in directs(text)] == ["Bola Tinubu"]


def test_the_person_named_after_a_bare_description_joined_by_and_speaks() -> None:
    text = (
        "Meteorology engineer and disaster management specialist Mikdat Kadıoglu told Turkish media "
        "that survivors could live through a 72-hour rescue window."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Mikdat Kadıoglu"]

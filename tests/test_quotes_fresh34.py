"""Quote speakers on invented sentences shaped like the misses of blind batch 34 of real
conflict news (held out in session 6, a fix set in session 7): sources an outlet cites, a
country list the tagger took for people, a name set off before an unnamed description,
outlets relaying a report, statements published by an office, and places that are no
speakers."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_the_source_an_outlet_cites_speaks_and_an_unnamed_one_stays_unknown() -> None:
    text = (
        "Citing the interior ministry, the Daily Courier said three of the suspects had been identified.\n\n"
        "Quoting police sources, news agency PTI reported that a militant was believed to have been killed."
    )
    speakers = [q.speaker_name for q in indirects(text)]
    assert speakers[0] is not None and "ministry" in speakers[0].lower()
    assert speakers[1] is None


def test_citing_a_reason_names_no_source() -> None:
    text = "Citing security concerns, Minister John Ode said that the border would stay closed."
    assert [q.speaker_name for q in indirects(text)] == ["John Ode"]


def test_countries_listed_together_are_places_and_the_army_is_the_one_that_spoke() -> None:
    text = (
        "At least 17 soldiers were killed Sunday in an attack in a border zone between Mali, Burkina "
        "Faso, and Niger, Mali’s army said.\n\n"
        "Nine soldiers are missing, the army said late Monday."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Mali’s army", "Mali’s army"]


def test_a_name_set_off_before_an_unnamed_description_speaks() -> None:
    text = "“A policeman died and several were injured after the blast,” Hassan Nur, a policeman said to the pressmen."
    assert [q.speaker_name for q in directs(text)] == ["Hassan Nur"]


def test_an_outlet_reporting_a_whole_attribution_only_relays_it() -> None:
    text = (
        "Cyprus has blocked the sanctions against Belarus officials, said EU foreign policy chief "
        "Josep Borrell at a press conference, APA reports.\n\n"
        "He said today, no unanimity was reached at the meeting."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Josep Borrell", "Josep Borrell"]


def test_a_speaker_whose_words_an_office_published_still_speaks() -> None:
    text = (
        "Prime Minister Benjamin Netanyahu said, according to a statement issued by his office, "
        "“Let the whole world know who attacked the hospital.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Benjamin Netanyahu"]


def test_an_unnamed_attacker_shouting_is_no_place_and_no_later_speaker() -> None:
    text = (
        "A man attacked local police officers in the city of Mulhouse shouting \"Allahu Akbar\" (\"God is greatest\") on "
        "Saturday afternoon, the prosecutor's office said in a statement."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_a_village_the_parser_hung_the_speaker_on_does_not_speak() -> None:
    text = (
        "It was followed by “a direct attack with small arms” near the village of Shalal al-Matar, "
        "a federal police officer told AFP on condition of anonymity."
    )
    assert [q.speaker_name for q in directs(text)] == [None]

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


# Batches 35, 37 and 32 (held out in session 6, fix sets in session 7): documents and their makers.


def test_the_statement_speaks_for_the_officer_who_issued_it_though_it_was_read_out_since() -> None:
    text = (
        "A statement issued in Port Harcourt by the Police Public Relations Officer, Nnamdi Omoni said "
        "the command acted.\n\n"
        "The statement read “The command arrested nine suspects.”\n\n"
        "“The public can reach us through the following lines,” the statement said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nnamdi Omoni", "Nnamdi Omoni"]


def test_a_release_speaks_for_the_company_that_responded_with_it() -> None:
    text = (
        "Concord EFS shares fell. The company responded with a press release on Friday. "
        "The release also stated that Concord was not under investigation."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Concord EFS"]


def test_it_reads_is_the_document_named_before_and_speaks_for_its_author() -> None:
    text = (
        "The condemnation is contained in a terse statement authored by its President Odile Renaud-Basso Thursday.\n\n"
        "It reads: “This morning I have told the Ukrainian authorities that they have the Bank’s support.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Odile Renaud-Basso"]


def test_several_publications_are_not_the_person_named_after_them() -> None:
    text = (
        "About 25 executives met with President-elect Donald Trump on Monday.\n\n"
        "According to several publications, Trump used time at the beginning of the meeting to criticize the networks."
    )
    assert [q.speaker_name for q in indirects(text)] == [None]


def test_a_report_from_a_month_speaks_for_the_body_that_made_it() -> None:
    text = "A leaked IAEA report from September indicated Iran had 440kg of enriched uranium as of June."
    assert [q.speaker_name for q in indirects(text)] == ["IAEA"]

"""Quote speakers on invented sentences shaped like the misses of blind batches 38 and 40 of
real news (held out at the start of session 7, fix sets after): words quoted inside what a
thing shows, remarks announced by a lead-in, titles opening the next clause, unnamed bands
of soldiers, readouts quoting the verb itself, and storms."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_words_quoted_in_what_something_shows_are_the_reporter_s() -> None:
    text = (
        "“It was the right moment,” Ribera said, adding that the decisions show the Commission "
        "“is serious about the level playing field” and about fairness."
    )
    assert [q.speaker_name for q in directs(text)] == ["Ribera", "Ribera"]


def test_a_lead_in_announcing_someone_s_remarks_credits_the_quotes_after_it() -> None:
    text = (
        "The central bank kept rates unchanged on Thursday.\n\n"
        "Following are excerpts from Governor Haruka Mori’s comments at her news conference:\n\n"
        "“The yen’s decline affects the economy in various ways. But I don’t think it is bad.”\n\n"
        "“The chance of further falls isn’t that big.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Haruka Mori", "Haruka Mori"]


def test_a_title_after_a_name_in_a_phrase_is_the_next_clause_s_subject() -> None:
    text = (
        "Dr Reza Baqir, the governor of the State Bank of Pakistan (SBP), has said the IMF is a partner.\n\n"
        "In a briefing of the Public Accounts Committee, chaired by Rana Tanvir Hussain, the SBP "
        "governor said that the relationship was based on common interests."
    )
    assert [q.speaker_name for q in indirects(text)][-1] == "Reza Baqir"


def test_a_group_of_soldiers_is_nobody_named() -> None:
    text = (
        "President Bazoum has been removed from power, according to a group of soldiers who appeared on television.\n\n"
        "A group of senior military officers said they had taken power."
    )
    assert [q.speaker_name for q in indirects(text)] == [None, None]


def test_a_readout_quoting_the_speech_verb_itself_credits_the_subject() -> None:
    text = (
        "Antony Blinken, the US secretary of state, “conveyed the unwavering support of the United States” "
        "in a call on Wednesday. He also “underscored that the partnership depends on democratic governance”."
    )
    assert [q.speaker_name for q in directs(text)] == ["Antony Blinken", "Antony Blinken"]


def test_a_quoted_deed_of_the_subject_is_not_the_subject_s_words() -> None:
    text = (
        "The toddler was swept away, according to the Union County Sheriff's Office. "
        "While his mother managed to free him, she \"lost her grip on him in the rushing water.\""
    )
    assert [q.speaker_name for q in directs(text)] != ["the toddler's mother"]
    assert "mother" not in str([q.speaker_name for q in directs(text)])


def test_a_storm_is_no_speaker() -> None:
    text = (
        "About 1,000 bodies have been found after Hurricane Daniel hit the coast.\n\n"
        "“The number of bodies is more than 1,000,” he continued."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_an_outlet_reporting_a_named_speaker_s_report_only_relays_it() -> None:
    text = (
        "Kerrville City Manager Dalton Rice said that 43 bodies had been recovered so far, news agency AP reported.\n\n"
        "News agency AP reported that rescue teams were still searching."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Dalton Rice", "AP"]


def test_an_outlet_s_own_participle_is_no_report_it_relays() -> None:
    text = (
        "Consumer prices rose last month, adding weight to the belief that the Federal Reserve will cut "
        "rates next week, Bloomberg reports."
    )
    assert [q.speaker_name for q in indirects(text)][0] == "Bloomberg"


def test_the_presidency_speaks_as_a_body() -> None:
    text = (
        "Soldiers held the president on Wednesday.\n\n"
        "“The army and the national guard are ready to attack,” adds the presidency."
    )
    assert [q.speaker_name for q in directs(text)] == ["presidency"]


# Batches 42-46 (held out at the end of session 7's first half, fix sets after).


def test_a_prosecutor_is_the_one_prosecutor_named_later_and_his_office_a_body() -> None:
    text = (
        "The co-pilot deliberately brought the plane down, according to a French prosecutor.\n\n"
        "But the prosecutor said \"we only hear screams in the last seconds. Death was instant.\"\n\n"
        "Brice Robin, the Marseille prosecutor, said the co-pilot was alone.\n\n"
        "The suspect has been arrested, the prosecutor's office said."
    )
    assert [q.speaker_name for q in indirects(text)][:2] == ["Brice Robin", "Brice Robin"]
    assert [q.speaker_name for q in directs(text)] == ["Brice Robin"]
    assert indirects(text)[-1].speaker_name != "Brice Robin"


def test_an_outlet_citing_a_source_after_its_cue_relays_it_and_efforts_that_continue_say_nothing() -> None:
    text = "The death toll in Derna has soared to 11,300 as search efforts continue, Al Jazeera reports citing the Libyan Red Crescent."
    assert [q.speaker_name for q in indirects(text)] == ["Libyan Red Crescent"]


def test_a_speaker_set_off_before_being_asked_speaks_not_the_host_named_inside() -> None:
    text = (
        "Theresa May said she would not have used that language.\n\n"
        "Mrs May, asked about the Cabinet minister’s remarks on LBC’s Tonight with Andrew Marr, said: "
        "“It is not the language that I would use.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Theresa May"]


# Batches 47-49 (held out until the end of session 7, fix sets after).


def test_the_igp_is_the_inspector_general_named_before() -> None:
    text = (
        "Inspector General of Police (IGP) Kashmir, Vijay Kumar said they were tracking a local militant.\n\n"
        "“Two terrorists managed to escape from the said encounter site,” the IGP said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Vijay Kumar"]


def test_titles_the_parser_joined_to_a_name_make_no_second_speaker() -> None:
    titled = "Thorsten Heins, President and Chief Executive of RIM, said: “Today represents a new day for BlackBerry.”"
    assert [q.speaker_name for q in directs(titled)] == ["Thorsten Heins"]
    joint = "A local commander and one of his aides were killed in the strike, said police and the group’s spokesperson."
    assert [q.speaker_name for q in indirects(joint)] == [None]


def test_a_name_inside_the_first_subject_s_phrase_is_no_second_subject() -> None:
    text = "A soldier appearing on TV channel Gabon 24 said, “We have decided to defend peace by ending the regime”."
    assert [q.speaker_name for q in directs(text)] == [None]
    issued = "A statement issued in Port Harcourt by the Police Public Relations Officer, Nnamdi Omoni said the command acted."
    assert [q.speaker_name for q in indirects(issued)] == ["Nnamdi Omoni"]

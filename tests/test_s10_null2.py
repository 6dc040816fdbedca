"""Quote speakers on invented sentences shaped like quotes of real news batches left
without a speaker in session 10 although their cue was found: a cue inside another's
report whose subject is "it" or a group no one names, and a role whose holder is named
later, after a body the tagger called an organisation."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_cue_with_it_inside_a_report_leaves_the_quote_to_the_reporter() -> None:
    text = (
        "First Minister Mary Dunbar said the court ruling was “deeply important” and that it "
        "underlined the “total chaos and confusion” at the heart of government."
    )
    assert [q.speaker_name for q in directs(text)] == ["Mary Dunbar"]


def test_a_cue_of_an_unnamed_group_inside_a_report_leaves_the_quote_to_the_reporter() -> None:
    text = (
        "The agency said nearly 200 people had died. Kowalski said that migrants arriving in Chad "
        "had told agency staff that \"it took them weeks to reach the border as they fled the fighting\"."
    )
    assert [q.speaker_name for q in directs(text)] == ["Kowalski"]


def test_a_named_inner_speaker_keeps_the_quote() -> None:
    text = "Kowalski said that Maria Lopez had told agency staff that \"the border is closed to everyone\"."
    assert [q.speaker_name for q in directs(text)] == ["Maria Lopez"]


def test_a_role_named_later_is_not_the_body_that_spoke_before() -> None:
    text = (
        "Hamas asserts a deal is possible if Israel “stops setting new conditions,” according to a statement.\n\n"
        "The statement comes after sources told Reuters that a deal is near.\n\n"
        "Peru’s defense minister has vowed that it would keep “full freedom of action” in the valley "
        "after the fighting ends.\n\n"
        "Peru was “closer to a deal than we have ever been,” Defense Minister Carlos Ruiz said on Monday."
    )
    assert [q.speaker_name for q in indirects(text)][-1] == "Carlos Ruiz"
    assert [q.speaker_name for q in directs(text)][1:] == ["Carlos Ruiz", "Carlos Ruiz"]


def test_leaders_of_a_body_named_before_speak_as_that_body() -> None:
    text = (
        "This follows a meeting of the Umoja la Taifa One Tanzania Coalition Party’s top decision-making organ.\n\n"
        "\"It is also our position that the processing of the dialogue report should be expedited,\" "
        "Umoja leaders said in their statement.\n\n"
        "They also fired a warning shot, saying, should efforts to undermine the report succeed, "
        "\"there will be a heavy price to pay\"."
    )
    assert [q.speaker_name for q in directs(text)] == ["Umoja", "Umoja"]
    # leaders of two countries are no one body
    apart = "\"We will not accept any deal that keeps the troops in the city,\" the leaders of France and Germany said."
    assert [q.speaker_name for q in directs(apart)] == [None]


def test_it_after_a_body_that_reported_on_a_person_is_the_body() -> None:
    text = (
        "The opposition has long warned about the vote.\n\n"
        "The electoral authority said just after midnight Ortega had won 52 percent of the vote. Later it "
        "proclaimed Ortega president for 2025 to 2031, adding he had won “the majority of valid votes.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["electoral authority"]
    # in another paragraph the person the body reported on still takes the floor
    later = (
        "Officers appeared on television minutes after the state election body announced Ali Mbeki had won.\n\n"
        "Appearing on Channel 24, the officers said they represented all the forces. They said the election "
        "results were cancelled."
    )
    assert [q.speaker_name for q in indirects(later)][-1] is None

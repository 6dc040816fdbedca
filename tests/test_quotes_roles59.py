"""Quote speakers given by role phrases, on invented sentences shaped like misses of real
news batches seen in session 9: a seat or party set before the role noun, a "said X"
inserted into the reported clause, rank and office abbreviations, and a title "of" an
organisation."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_name_before_the_role_noun_is_the_seat_not_the_speaker() -> None:
    text = (
        "Leila Haddad was re-elected on Sunday.\n\n"
        "The Tarvin member of Parliament said the plan was never discussed.\n\n"
        "\u201cWe know we will fail. Our numbers are not enough,\u201d she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Leila Haddad"]
    assert not any("Tarvin" in (q.speaker_name or "") for q in indirects(text))


def test_a_description_qualified_by_a_party_is_the_member_introduced_with_it() -> None:
    text = (
        "The walkout was led by senior lawmaker of the opposition Green Union (GU) Tomas Brandt, "
        "who attacked the minister. \u201cWe condemn these restrictions,\u201d the GU stalwart declared."
    )
    assert [q.speaker_name for q in directs(text)] == ["Tomas Brandt"]
    # a party no one was introduced with says nothing about who speaks
    other = text.replace("the GU stalwart", "the Labour stalwart")
    assert [q.speaker_name for q in directs(other)] == [None]


def test_said_and_a_name_inserted_in_the_reported_clause_is_its_speaker() -> None:
    text = (
        "That bridge, said presiding judge Pieter Van Damme, was built on land where it was "
        "\u201ccontrolled by local militias\u201d at the time."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Pieter Van Damme"]
    assert [q.speaker_name for q in directs(text)] == ["Pieter Van Damme"]


def test_a_rank_abbreviation_is_a_role_not_a_name() -> None:
    text = (
        "Four people were hurt in the attack. \u201cPolice received a call at 3 am that a man and a "
        "woman were fighting,\u201d said the DCP."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_an_army_general_is_the_army_chief_named_before() -> None:
    text = "Army chief Kamal Ahmed confirmed the news on Monday.\n\n\u201cI am taking full responsibility,\u201d the army general said."
    assert [q.speaker_name for q in directs(text)] == ["Kamal Ahmed"]


def test_the_president_of_a_body_is_a_person_not_the_body() -> None:
    text = (
        "For her part, Maria Lindqvist said she welcomed the decision on the embargo.\n\n"
        "The President of the European Commission also said that members \u201cagreed to end "
        "dependence on gas as soon as possible.\u201d"
    )
    assert "European Commission" not in {q.speaker_name for q in indirects(text) + directs(text)}


def test_an_office_written_short_before_spokesperson_is_no_body() -> None:
    text = (
        "Chinese Foreign Ministry spokesman Zhao Lin said the troops had crossed the border.\n\n"
        "The Chinese FM Spokesperson said they had asked India to stop."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Zhao Lin", "Zhao Lin"]


def test_the_spokesperson_after_someone_else_is_the_unnamed_one_brought_in_before() -> None:
    text = (
        "President Ana Ruiz met the UN refugee chief on Monday and asked for more aid, a UN spokesperson said.\n\n"
        "\u201cThe chief offered his full support to the President,\u201d the spokesperson said in a statement."
    )
    assert [q.speaker_name for q in directs(text)] == ["UN"]

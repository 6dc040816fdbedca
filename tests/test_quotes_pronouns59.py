"""Quote speakers on invented sentences shaped like pronoun misses of real news batches
seen in session 9: given names the gender lists lacked, the person a reporter contacted,
a name said again as a pronoun, a one-word name set beside a role, the source of an
"according to" sentence, an unnamed official who became the subject since, a "he" in
a sentence that called its subject "she", and a "he" inside a person's remarks."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_she_skips_a_man_known_by_a_spanish_given_name() -> None:
    text = (
        "Maria Lopez and Edmundo Ruiz published the results. With 73% of the tally sheets, "
        "Ruiz obtained 6,275,182 votes.\n\n"
        "“The difference was so big, in all states,” she explained."
    )
    assert [q.speaker_name for q in directs(text)] == ["Maria Lopez"]


def test_the_person_contacted_answers_the_he_said_of_the_same_sentence() -> None:
    text = (
        "President Obi said the students would be freed soon.\n\n"
        "When the BBC contacted analyst Tom Reyes to comment on the claim, he said he was not surprised."
    )
    assert [q.speaker_name for q in indirects(text)] == ["President Obi", "Tom Reyes"]


def test_a_name_said_again_as_a_pronoun_is_the_subject() -> None:
    text = (
        "Foreign Secretary James Ormond said the deal was a good one.\n\n"
        "For his part Hallam he wrote on social media that he “welcomed the decision of the court”."
    )
    assert [q.speaker_name for q in directs(text)] == ["Hallam"]


def test_a_one_word_name_set_beside_a_role_is_a_person_a_pronoun_reaches() -> None:
    text = (
        "A girl also died in the attack, according to Lway, an official from the Women's Organization.\n\n"
        "“The teacher is from Man Pu village. He is sheltering in Ho Nar village,” she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Lway"]


def test_the_source_of_an_according_to_sentence_goes_on_speaking() -> None:
    text = (
        "Two farmers, Sai Kham and Nang Hseng, died in the raid, according to Mya Thandar, a local official.\n\n"
        "“The village is empty now,” she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Mya Thandar"]


def test_an_unnamed_official_as_subject_since_leaves_he_unknown() -> None:
    text = (
        "Mayor Tom Reed said the bombs fell at night.\n\n"
        "The air force dropped the bombs without warning, an army official said.\n\n"
        "“There was no fighting in these villages,” he said."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_he_is_not_the_person_the_same_sentence_called_she() -> None:
    text = (
        "Prosecutor Laure Martin described the assailant as a 22-year-old man.\n\n"
        "She said he had converted in 2019 and that he shouted “Allahu akbar” several times during the attack."
    )
    assert [q.speaker_name for q in directs(text)] == [None]


def test_he_in_a_clause_on_a_persons_remarks_is_that_person() -> None:
    text = (
        "The dispute was prompted by some of Mark Halvorsen's recent comments, including a statement in "
        "which he said the reports “may have been fake in the past, but they are very real now.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Mark Halvorsen"]


def test_the_first_given_name_tells_the_pronoun() -> None:
    text = (
        "The mayor of Soria, María José Pardo, said the city had asked for help. "
        "«We need more hands, more machines and more time», she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["María José Pardo"]

"""Quote speakers on invented sentences shaped like leftovers of real news batches seen in
session 9: participle cues the parser hung on a preposition or set after the quote, and an
"according to a statement" that names no owner."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_participle_taken_for_a_prepositions_noun_speaks_for_the_governing_verbs_subject() -> None:
    text = (
        "“I see no reason to think she will change her mind,” Kowal said on NBC's Meet the Press adding, "
        "“What she has said, she has said.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Kowal", "Kowal"]


def test_a_participle_after_the_quote_speaks_for_the_sentences_subject_not_its_object() -> None:
    text = (
        "Greek Foreign Minister Nikos Pappas described the talks as “a good day for the whole region,” "
        "emphasising Athens's commitment to dialogue."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nikos Pappas"]


def test_an_ownerless_statement_after_the_quote_is_the_named_speakers() -> None:
    text = (
        "Hezbollah asserts a truce in the south is near if Jordan “stops adding new demands,” "
        "according to a statement."
    )
    assert [q.speaker_name for q in directs(text)] == ["Hezbollah"]
    # with nobody speaking in the sentence the statement stays without a speaker
    alone = "A truce in the south is near if Jordan “stops adding new demands,” according to a statement."
    assert [q.speaker_name for q in directs(alone)] == [None]


def test_a_participle_with_a_clause_of_its_own_leaves_the_quote_before_it_to_the_clause_cue() -> None:
    text = (
        "Kowal noted that drought was “one of the gravest threats of our age,” stressing that "
        "“Poland has been a shield against this danger that knows no border”."
    )
    assert [q.speaker_name for q in indirects(text)][:1] == ["Kowal"]

"""Quote speakers on invented sentences shaped like cue-shape misses of real news batches
seen in session 9: a wire header taken for the subject, a speech act's words under a
post-posed reporter, verbs joined to the writer's own, fragments of a report that an inner
verb does not say, a quoted predicate, words describing a speech act's object, a claim by
someone, and an "according to" closing the sentence."""

from __future__ import annotations

from quote_helpers import directs


def test_a_wire_header_with_date_and_agency_is_no_subject() -> None:
    text = "Lagos, Aug 17 (PTI) Nigeria's government on Sunday slammed the opposition's plan, calling it a \"political stunt.\""
    assert [q.speaker_name for q in directs(text)] == ["Nigeria's government"]


def test_a_speech_act_keeps_its_words_under_a_post_posed_reporter() -> None:
    text = (
        'Lindqvist condemned "in the strongest terms any attempt to seize power by force and to undermine '
        'democracy," spokesman Paul Erde said.\n\n'
        'Lindqvist called "on all actors to exercise restraint and to refrain from violence," Erde added.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Lindqvist", "Lindqvist"]


def test_a_joined_verb_speaks_with_its_own_subject_or_the_one_it_shares() -> None:
    own = 'The mayor promised to fix a "very dangerous problem" and Okafor forecast "major change for the city."'
    assert [q.speaker_name for q in directs(own)] == ["Okafor"]
    shared = (
        'The UN Secretary General, Antonio Guterres, called on Saturday to find a "peaceful solution" to the crisis '
        'in Guinea and asked Conde and Diallo "to convince their supporters to immediately end the violence."'
    )
    assert [q.speaker_name for q in directs(shared)][-1] == "Antonio Guterres"


def test_a_fragment_a_verb_inside_the_report_does_not_say_is_the_reporters() -> None:
    texts = [
        'Before the result, Samuel Owusu said on Twitter that Kofi Mensah called him "congratulating me on winning the election".',
        'Police detective Ray Dunn said Carl Pike had spoke of the robbery to several people "and possibly even to his brother."',
        'Daniel Aske said the union told the chairman that the votes were not enough, but the chairman "did not listen to us".',
    ]
    assert [[q.speaker_name for q in directs(text)] for text in texts] == [["Samuel Owusu"], ["Ray Dunn"], ["Daniel Aske"]]


def test_a_reduced_passive_names_no_speaker_and_leaves_the_quote_to_the_sentence() -> None:
    text = 'The State Department has also announced measures against officers thought to have "threatened the safety of journalists".'
    assert [q.speaker_name for q in directs(text)] == ["State Department"]


def test_a_quoted_predicate_may_open_on_an_adverb_after_an_opening_participle() -> None:
    text = (
        'Speaking yesterday, the Communications Minister Paul Kamau "strongly condemned the barbaric attack" '
        "which was reported on Sunday near the village."
    )
    assert [q.speaker_name for q in directs(text)] == ["Paul Kamau"]


def test_words_describing_or_listing_a_speech_acts_object_are_the_actors() -> None:
    relative = 'In her first address of her second term, Ms Lange thanked voters "who trusted us to continue with leading the recovery."'
    listed = (
        "Mayor Holt also condemned those who are helping the gangs with money, including "
        '"all those who deal with them so that they can take power."'
    )
    assert [q.speaker_name for q in directs(relative) + directs(listed)] == ["Lange", "Holt"]


def test_a_claim_by_someone_that_quotes_words_is_theirs() -> None:
    text = (
        "The footage contradicted a claim by the governor's aide Paul Mensah that "
        '"returning students disclosed that ten of their friends were taken".'
    )
    assert [q.speaker_name for q in directs(text)] == ["Paul Mensah"]


def test_according_to_closing_the_sentence_credits_a_fragment_inside_it() -> None:
    text = (
        "The army said the raid killed five fighters, spokesman Mohammed Yerima said.\n\n"
        'One of the dead, a senior member of the group, had been "organizing attacks against security agencies '
        'and government offices" in the region, according to Yerima.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Mohammed Yerima"]

"""Quote speakers on invented sentences shaped like misses of real news batches seen in
session 9: quotes joined by words without a verb before one cue, and honorifics written
as abbreviations ("Hon.") that the model's tokenizer took for a sentence's end."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_quotes_joined_without_a_verb_share_the_cue_after_the_second() -> None:
    text = (
        "Heavy rains triggered floods in the east last week.\n\n"
        "“There are 12 people dead” in the valley, and “many are still missing,” "
        "disaster agency spokesperson Anna Berg told reporters."
    )
    assert [q.speaker_name for q in directs(text)] == ["Anna Berg", "Anna Berg"]
    # a verb of the writer's between them keeps the first quote apart
    apart = "“The dam held through the night” as the storm passed, and “the town is safe now,” Mayor Tom Reed said."
    assert [q.speaker_name for q in directs(apart)] == [None, "Tom Reed"]


def test_an_abbreviated_honorific_neither_ends_a_sentence_nor_names_a_person() -> None:
    text = (
        "Prime Minister Hon. Jone Waqa has today reaffirmed that the coalition remains intact.\n\n"
        "He made this statement after meeting the two Deputy Prime Ministers Hon. Ana Lutu and Hon. Sefo Reni.\n\n"
        "The Prime Minister said that this has been a moment of deep reflection."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Jone Waqa", "Jone Waqa"]


def test_a_nationality_does_not_make_a_description_echo_another_body_of_that_country() -> None:
    text = (
        "Peruvian Foreign Ministry spokesperson Ivo Brandt said on Wednesday the valley belonged to Peru.\n\n"
        "The Peruvian military on Tuesday alleged that the troops crossed the line and "
        "“purposefully launched provocative attacks on our positions.”"
    )
    assert [q.speaker_name for q in indirects(text)] == ["Ivo Brandt", "Peruvian military"]
    assert [q.speaker_name for q in directs(text)] == ["Peruvian military"]


def test_a_role_glossed_with_or_is_one_person_named_after_it() -> None:
    text = "Poland's chief negotiator, or envoy, Marek Wolski, termed the agreement \"historic and ground-breaking\" on Monday."
    assert [q.speaker_name for q in directs(text)] == ["Marek Wolski"]


def test_a_courtesy_title_may_stand_between_a_role_and_its_holder() -> None:
    text = 'The suspects, according to the district commander, Mr. Adam Nowak, "were arrested after complaints from residents."'
    assert [q.speaker_name for q in directs(text)] == ["Adam Nowak"]


def test_proclaimed_and_blogged_are_speech() -> None:
    text = (
        '"The opposition keeps attacking the Assembly and we keep working," proclaimed Pedro Salas, an Assembly member.\n\n'
        'The Red Cross has facilitated the release of 12 hostages.\n\n'
        '"Our teams have facilitated the release of 12 hostages held in the city," the ICRC blogged.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Pedro Salas", "ICRC"]


def test_a_surname_transliterated_another_way_is_the_same_person() -> None:
    text = (
        "Later, regional governor Pavlo Kyrylenko noted on Facebook that the station was hit.\n\n"
        '"Police report dozens of dead and injured," Kirilenko said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Pavlo Kyrylenko"]


def test_it_after_an_unnamed_spokesman_for_a_body_is_that_body() -> None:
    text = (
        "A spokesman for the Harbour Authority issued a warning to all boat owners.\n\n"
        'It said: "Owners should move their vessels to the inner dock before the storm arrives tonight."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Harbour Authority"]


def test_the_company_is_never_the_outlet_that_reported_the_story() -> None:
    text = (
        "Apple cut prices this week, the FT reported.\n\n"
        '"Prices will stay low through the holidays," the company said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Apple"]


def test_a_role_holder_introduced_unnamed_is_not_the_person_named_before() -> None:
    text = (
        "Gabonese President Ali Obame is being detained at home, military officers said Wednesday.\n\n"
        '"Obame\'s son and his chief of staff have been arrested," a military leader said.\n\n'
        '"They are accused of treason and corruption," he said.'
    )
    assert [q.speaker_name for q in directs(text)] == [None, None]

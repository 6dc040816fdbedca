"""Quote speakers on invented sentences shaped like misses of real news batches seen in
session 9: an organisation named once and then described by a kind of body ("the opposition
bloc", "the UN agency", "the Ontario-based company") is the organisation named before, and
the description itself is never a speaker's name."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_described_bloc_is_the_organisation_the_sentence_before_is_about() -> None:
    text = (
        "The Nordic Farmers Union (NFU) called for lower fuel duty on Monday.\n\n"
        'The cuts would be "a lifeline for rural families," the union bloc said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Nordic Farmers Union"]


def test_a_description_echoes_the_words_set_beside_a_name() -> None:
    text = (
        "The main opposition Civic Renewal Front (CRF) rejected the budget on Monday after the "
        "finance minister Lars Holm presented it.\n\n"
        'The cuts would be "a disaster for rural families," the opposition bloc said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Civic Renewal Front"]


def test_a_described_agency_is_the_body_that_spoke_not_a_capitalised_noun_named_later() -> None:
    text = (
        "The World Health Organization (WHO) said it was worried about the outbreak.\n\n"
        'The UN agency warned that "the epidemic is threatening the whole region."\n\n'
        "Agency spokesman Tom Berg said more staff would be sent."
    )
    assert [q.speaker_name for q in directs(text)] == ["World Health Organization"]


def test_a_described_company_never_names_itself() -> None:
    text = (
        "The Waterloo, Ontario-based company said revenue was $244 million.\n\n"
        '"We secured key design wins in automotive technology. Our financial foundation is solid." '
        "The company said in a press release."
    )
    assert [q.speaker_name for q in indirects(text) + directs(text)] == [None, None]


def test_the_broadcaster_is_the_outlet_that_spoke_before() -> None:
    text = (
        "However, the BBC warned that the final result may differ.\n\n"
        '"There are 76 seats that our predictions show as being too close to call," the broadcaster said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["BBC"]


def test_a_country_is_no_agency_and_an_unnamed_agency_is_named_by_what_it_does() -> None:
    text = (
        "The death toll from the floods has risen to at least 900.\n\n"
        "In South Asia, Lanka, by far the hardest hit, reports at least 340 deaths, "
        "according to the latest update from the flood relief agency."
    )
    assert [q.speaker_name for q in indirects(text)] == ["flood relief agency"]

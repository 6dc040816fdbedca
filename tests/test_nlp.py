"""Annotation stage: the entity fixes on hand-written paragraphs, spans checked against the text."""

from __future__ import annotations

import pytest

from wiretrace.model import Article, Mention
from wiretrace.nlp import Annotated, annotate, load_nlp
from wiretrace.nlp.fixes import COMPONENT


def _article(text: str, article_id: str = "a1") -> Article:
    return Article(id=article_id, source="test", input_format="text", raw=text, text=text, text_hash="")


def _annotate(text: str) -> Annotated:
    ann = annotate(_article(text))
    for m in ann.mentions:
        assert text[m.span.start : m.span.end] == m.text
    return ann


def _find(ann: Annotated, surface: str, label: str | None = None, nth: int = 0) -> Mention:
    """The mention whose span is the `nth` occurrence of `surface` in the text."""
    text = ann.article.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    hits = [m for m in ann.mentions if m.span.start == start and m.span.end == start + len(surface)]
    hits = [m for m in hits if label is None or m.label == label]
    assert hits, f"no {label or ''} mention for {surface!r} at {start}: {[(m.text, m.label) for m in ann.mentions]}"
    return hits[0]


SURNAMES = (
    "Defence Minister Oleksandr Marchenko visited the front on Monday. "
    "Marchenko said the brigade needed more drones.\n\n"
    "Marchenko's deputy, Iryna Kovalchuk, later confirmed the request. "
    "\"We will send them,\" Kovalchuk said, adding that Marchenko had approved it."
)


def test_pipeline_has_fix_component_after_ner_and_is_cached():
    nlp = load_nlp()
    assert nlp is load_nlp()
    assert nlp.pipe_names.index(COMPONENT) == nlp.pipe_names.index("ner") + 1


def test_bare_surnames_after_full_name_are_that_person():
    ann = _annotate(SURNAMES)
    full = _find(ann, "Oleksandr Marchenko", "PERSON")
    assert full.entity_id == "person:oleksandr-marchenko"
    for nth in range(3):
        bare = _find(ann, "Marchenko", "PERSON", nth=nth + 1)
        assert bare.entity_id == "person:oleksandr-marchenko"
    possessive = _find(ann, "Marchenko", nth=2)
    assert ann.article.text[possessive.span.end : possessive.span.end + 2] == "'s"
    assert _find(ann, "Kovalchuk", "PERSON", nth=1).entity_id == "person:iryna-kovalchuk"


def test_office_title_is_not_part_of_the_name():
    ann = _annotate(SURNAMES)
    persons = [m.text for m in ann.mentions if m.label == "PERSON"]
    assert not any(p.startswith(("Defence", "Minister")) for p in persons)


def test_an_office_begun_before_the_name_stays_out_of_it():
    ann = _annotate("Boeing Chief Executive David Calhoun has told colleagues he regrets the interview.")
    assert [(m.text, m.entity_id) for m in ann.mentions if m.label == "PERSON"] == [("David Calhoun", "person:david-calhoun")]


def test_country_acronyms_are_places_and_the_eu_an_organisation():
    text = (
        "The DPRK fired two missiles on Tuesday, the ROK military said. "
        "Officials in the PRC and the UAE called for calm, while the EU and the UK prepared sanctions."
    )
    ann = _annotate(text)
    assert _find(ann, "DPRK").label == "GPE"
    assert _find(ann, "DPRK").entity_id == "gpe:north-korea"
    assert _find(ann, "ROK").entity_id == "gpe:south-korea"
    assert _find(ann, "PRC").entity_id == "gpe:china"
    assert _find(ann, "UAE").entity_id == "gpe:united-arab-emirates"
    assert _find(ann, "UK").entity_id == "gpe:united-kingdom"
    eu = _find(ann, "EU")
    assert (eu.label, eu.entity_id) == ("ORG", "org:european-union")


@pytest.mark.parametrize(
    "phrase",
    ["Kursk Oblast", "Belgorod Region", "Krasnodar Krai", "Hormozgan Province", "Ivano-Frankivsk Oblast", "Kursk region"],
)
def test_administrative_divisions_span_the_whole_phrase(phrase):
    text = f"Fighting continued in {phrase} overnight, local officials said."
    ann = _annotate(text)
    mention = _find(ann, phrase)
    assert mention.label == "GPE"
    assert not [m for m in ann.mentions if m is not mention and m.span.start < mention.span.end and mention.span.start < m.span.end]


def test_kursk_oblast_and_kursk_region_are_one_place():
    ann = _annotate("Troops entered Kursk Oblast in August. By winter the Kursk region was contested.")
    assert _find(ann, "Kursk Oblast").entity_id == _find(ann, "Kursk region").entity_id == "gpe:kursk-region"


def test_name_fragments_after_an_office_merge_into_one_person():
    text = (
        "Deputy US Ambassador to the UN Margaret Eleanor Whitfield told the council that the "
        "shipments broke the embargo. Whitfield urged members to act."
    )
    ann = _annotate(text)
    person = _find(ann, "Margaret Eleanor Whitfield", "PERSON")
    assert person.entity_id == "person:margaret-eleanor-whitfield"
    assert _find(ann, "Whitfield", "PERSON", nth=1).entity_id == person.entity_id
    un = [m for m in ann.mentions if m.label == "ORG" and "UN" in m.text]
    assert un and all("Margaret" not in m.text for m in un)


def test_place_glued_to_a_name_is_split():
    text = "President of Ukraine Volodymyr Zelenskyy stated this in an interview on Sunday."
    ann = _annotate(text)
    assert _find(ann, "Volodymyr Zelenskyy", "PERSON").entity_id == "person:volodymyr-zelenskyy"
    assert _find(ann, "Ukraine", "GPE").entity_id == "gpe:ukraine"


def test_possessives_are_outside_entity_spans():
    ann = _annotate("North Korea's army and Russia’s navy held joint drills near Vladivostok.")
    assert _find(ann, "North Korea", "GPE").entity_id == "gpe:north-korea"
    assert _find(ann, "Russia", "GPE").entity_id == "gpe:russia"


def test_weapon_systems_are_products_not_people():
    ann = _annotate("Air defence shot down 40 Shaheds and two Iskander missiles overnight.")
    assert _find(ann, "Shaheds").label == "PRODUCT"


def test_demonyms_and_capitals_as_actors_are_the_country():
    text = (
        "North Korean troops crossed the border. Talks between Moscow and Pyongyang continued, "
        "and the Kremlin denied everything. Earlier, the minister visited Pyongyang."
    )
    ann = _annotate(text)
    assert _find(ann, "North Korean").entity_id == "gpe:north-korea"
    assert _find(ann, "Moscow").entity_id == "gpe:russia"
    assert _find(ann, "Pyongyang").entity_id == "gpe:north-korea"
    assert _find(ann, "Kremlin").entity_id == "gpe:russia"
    assert _find(ann, "Pyongyang", nth=1).entity_id == "gpe:pyongyang"  # the city visited


def test_role_phrases_refer_to_the_person_given_that_office():
    text = (
        "Ukrainian President Volodymyr Zelenskyy met reporters in Kyiv.\n\n"
        "\"We need air defence,\" the Ukrainian leader said. According to the President of "
        "Ukraine, more systems are coming. The head of state thanked partners."
    )
    ann = _annotate(text)
    for phrase in ("Ukrainian President", "the Ukrainian leader", "the President of Ukraine", "The head of state"):
        role = _find(ann, phrase, "ROLE")
        assert role.entity_id == "person:volodymyr-zelenskyy", phrase


def test_role_without_a_named_holder_keeps_an_office_id():
    ann = _annotate("The Moldovan president said on Friday that the border would stay open.")
    assert _find(ann, "The Moldovan president", "ROLE").entity_id == "role:moldova-head-of-state"


def test_a_qualified_title_is_not_a_role():
    ann = _annotate("President Maria Lopez met the opposition leader on Friday.")
    assert not any(m.label == "ROLE" and "leader" in m.text for m in ann.mentions)


def test_an_indefinite_title_is_not_a_role():
    text = "President Maria Lopez spoke. Her rival is running for president, a spokesperson said."
    ann = _annotate(text)
    assert [m.text for m in ann.mentions if m.label == "ROLE"] == ["President"]


def test_dates_and_cardinals_have_spans_and_no_entity_id():
    text = "On 3 October 2024 about 12,000 soldiers arrived, officials said."
    ann = _annotate(text)
    assert _find(ann, "3 October 2024", "DATE").entity_id is None
    assert _find(ann, "about 12,000", "CARDINAL").entity_id is None


def test_mention_at_finds_the_mention_covering_an_offset():
    ann = _annotate(SURNAMES)
    full = _find(ann, "Oleksandr Marchenko", "PERSON")
    assert ann.mention_at(full.span.start + 3) is full
    assert ann.mention_at(len(SURNAMES) - 1) is None


def test_korean_style_names_give_their_family_name_to_later_mentions():
    text = "Foreign Minister Cho Tae-yul met his counterpart. Cho said the talks were useful."
    ann = _annotate(text)
    assert _find(ann, "Cho Tae-yul", "PERSON").entity_id == "person:cho-tae-yul"
    assert _find(ann, "Cho", "PERSON", nth=1).entity_id == "person:cho-tae-yul"


def test_name_words_after_a_title_are_a_person():
    text = "Navy spokesman Dmytro Pletenchuk said two drones were downed over the port."
    ann = _annotate(text)
    assert _find(ann, "Dmytro Pletenchuk", "PERSON").entity_id == "person:dmytro-pletenchuk"


def test_known_outlets_are_organisations():
    ann = _annotate("The strike was first reported by the Kyiv Post and later confirmed to Reuters.")
    assert _find(ann, "the Kyiv Post").entity_id == "org:kyiv-post"
    assert _find(ann, "Reuters").entity_id == "org:reuters"


def test_shouted_words_are_not_country_acronyms():
    ann = _annotate("Protesters held signs reading TELL US THE TRUTH outside the ministry.")
    assert not any(m.text == "US" for m in ann.mentions)


def test_a_surname_that_is_a_common_word_opening_a_sentence_is_not_the_person():
    text = "Economist Mark Little warned of a slowdown. Little is known about the new plan, Little said."
    ann = _annotate(text)
    assert _find(ann, "Little", "PERSON", nth=2).entity_id == "person:mark-little"
    assert not [m for m in ann.mentions if m.span.start == text.index("Little is")]


def test_mention_at_prefers_the_name_inside_a_role_phrase():
    text = "South Korea's ambassador to the UN, Lee Min-ho, spoke first."
    ann = _annotate(text)
    role = _find(ann, "South Korea's ambassador to the UN", "ROLE")
    assert role.entity_id == "person:lee-min-ho"
    assert ann.mention_at(text.index("Korea")).label == "GPE"
    assert ann.mention_at(text.index("ambassador")) is role


def test_number_words_stay_cardinals():
    text = "Two soldiers and one officer were captured, and three more surrendered."
    ann = _annotate(text)
    cardinals = {m.text.lower() for m in ann.mentions if m.label == "CARDINAL"}
    plain = {e.text.lower() for e in load_nlp()(text, disable=[COMPONENT]).ents if e.label_ == "CARDINAL"}
    assert plain and cardinals == plain


def test_values_keep_their_signs_and_lose_trailing_line_breaks():
    text = "Support fell to 35% by November 18, 2019\n\nPrices rose by $40 million."
    ann = _annotate(text)
    assert _find(ann, "35%").label == "PERCENT"
    assert _find(ann, "November 18, 2019").label == "DATE"
    assert any(m.text.startswith("$40") for m in ann.mentions if m.label == "MONEY")


def test_us_is_not_taken_for_the_pronoun():
    ann = _annotate("The figures beat the US EPA estimate, the company said.")
    assert _find(ann, "US").entity_id == "gpe:united-states"


def test_a_place_before_a_name_stays_a_place():
    text = "President of Moldavia Andrei Rusu addressed parliament. Later the head of state left."
    ann = _annotate(text)
    assert _find(ann, "Andrei Rusu", "PERSON").entity_id == "person:andrei-rusu"
    assert _find(ann, "Moldavia").entity_id == "gpe:moldova"
    assert _find(ann, "President of Moldavia", "ROLE").entity_id == "person:andrei-rusu"
    assert _find(ann, "the head of state", "ROLE").entity_id == "person:andrei-rusu"


def test_an_article_in_another_language_gets_no_mentions_from_the_english_model():
    text = "Президент Володимир Петренко заявив, що порт Чорноморськ працює."
    article = Article(id="uk1", source="t", input_format="text", raw=text, text=text, text_hash="x", language="uk")
    ann = annotate(article)
    assert ann.mentions == []
    assert ann.doc.text == text


def test_text_beyond_the_model_limit_is_refused_with_its_size():
    text = "word " * (load_nlp().max_length // 5 + 1)
    with pytest.raises(ValueError, match="characters; annotation takes at most"):
        annotate(Article(id="big", source="big.txt", input_format="text", raw="", text=text, text_hash="h"))


def test_adjectives_before_a_noun_are_no_person():
    ann = _annotate("Various Russian attacks in this region killed one person, the governor said.")
    assert [m.text for m in ann.mentions if m.label == "PERSON"] == []


def test_a_name_never_ends_on_a_particle() -> None:
    ann = _annotate("French far-right leader Marine Le Pen has welcomed the decision to call a snap election.")
    assert [m.text for m in ann.mentions if m.label == "PERSON"] == ["Marine Le Pen"]


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Mali President Ibrahim Keita said on Tuesday night he was resigning.", "Mali", "GPE"),
        ("JAXA Vice President Hitoshi Kuninaka said the samples are safe.", "JAXA", "ORG"),
        ("At a news conference in Sagamihara later in the day, Hitoshi Kuninaka spoke.", "Sagamihara", "GPE"),
        ("The capsule landed in the desert, JAXA said on Sunday.", "JAXA", "ORG"),
    ],
)
def test_a_lone_word_the_model_calls_a_person_before_a_title_or_after_in_is_no_person(
    text: str, word: str, label: str
) -> None:
    labels = {m.text: m.label for m in _annotate(text).mentions}
    assert labels.get(word) == label


def test_a_one_word_name_whose_clause_says_its_is_an_organisation():
    ann = _annotate("Posco on Monday reported its first-quarter net profit, up 162 percent from a year earlier.")
    assert _find(ann, "Posco").label == "ORG"
    ann = _annotate("John Harlow on Monday reported his findings to the committee.")
    assert _find(ann, "John Harlow").label == "PERSON"


def test_a_world_region_before_a_name_is_no_part_of_it():
    ann = _annotate("German Minister of State for Europe Gunther Krichbaum said the measures should be adopted.")
    assert _find(ann, "Gunther Krichbaum").label == "PERSON"


def test_a_person_ending_in_a_building_word_is_a_facility_unless_a_given_name_opens_it():
    ann = _annotate("Nearly half of the wall surrounding Kumamoto Castle was damaged, NHK reported.")
    assert _find(ann, "Kumamoto Castle").label != "PERSON"
    ann = _annotate("Barbara Castle, the employment secretary, said the strike must end.")
    assert _find(ann, "Barbara Castle").label == "PERSON"


def test_a_paragraph_break_always_ends_a_sentence():
    ann = _annotate("Fires destroyed 613,710 acres, according to figures from the agency\n\nThe latest fire spread to 2,000 acres.")
    assert [s.text.strip() for s in ann.doc.sents] == [
        "Fires destroyed 613,710 acres, according to figures from the agency", "The latest fire spread to 2,000 acres.",
    ]


def test_a_un_body_split_by_the_tagger_is_one_organisation_its_acronym_links_to() -> None:
    text = (
        "Rome : The United Nations World Food Programme (WFP) warned that 58 million people are at risk.\n\n"
        "WFP indicated that 343 million people face hunger."
    )
    ann = _annotate(text)
    body = _find(ann, "The United Nations World Food Programme", "ORG")
    assert _find(ann, "WFP", nth=1).entity_id == body.entity_id


def test_countries_listed_together_are_places_not_people() -> None:
    ann = _annotate("Soldiers died in a border zone between Mali, Burkina Faso, and Niger, the army said.")
    assert [_find(ann, name).label for name in ("Mali", "Burkina Faso", "Niger")] == ["GPE", "GPE", "GPE"]


def test_an_opening_participle_is_no_place() -> None:
    ann = _annotate("Quoting police sources, news agency PTI reported that a militant was killed.")
    assert not [m for m in ann.mentions if m.text == "Quoting"]


def test_an_opening_quoting_is_no_part_of_the_name_after_it() -> None:
    ann = _annotate("Quoting Rafaelito Alejandro, the council said 26 people were killed.")
    assert _find(ann, "Rafaelito Alejandro").label == "PERSON"

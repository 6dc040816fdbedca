"""Entity canonicalisation: ids from names, in-article resolution, cross-article merging."""

from __future__ import annotations

import pytest

from wiretrace.link.entities import canonical_id, canonicalise_article, entities_by_id, merge_entities, person_key
from wiretrace.model import Mention, Span


def _mentions(article_id: str, text: str, marked: list[tuple[str, str]]) -> list[Mention]:
    """Mentions for `(surface, label)` pairs, located left to right in `text`."""
    out, cursor = [], 0
    for surface, label in marked:
        start = text.index(surface, cursor)
        out.append(Mention(Span(article_id, start, start + len(surface)), surface, label))
        cursor = start + 1
    return out


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Volodymyr Zelenskyy", "PERSON", "person:volodymyr-zelenskyy"),
        ("Volodymyr Zelensky", "PERSON", "person:volodymyr-zelenskyy"),
        ("Volodymyr Zelenskiy", "PERSON", "person:volodymyr-zelenskyy"),
        ("Zelenskyy's", "PERSON", "person:zelenskyy"),
        ("Zelensky’s", "PERSON", "person:zelenskyy"),
        ("Mr Zelensky", "PERSON", "person:zelenskyy"),
        ("Kim Jong-un", "PERSON", "person:kim-jong-un"),
        ("North Korea", "GPE", "gpe:north-korea"),
        ("North Korea's", "GPE", "gpe:north-korea"),
        ("DPRK", "GPE", "gpe:north-korea"),
        ("DPRK", "ORG", "gpe:north-korea"),  # the tagger's label does not change the country
        ("North Korean", "NORP", "gpe:north-korea"),
        ("North Koreans", "NORP", "gpe:north-korea"),
        ("the Kremlin", "ORG", "gpe:russia"),
        ("Russian", "NORP", "gpe:russia"),
        ("U.S.", "GPE", "gpe:united-states"),
        ("US", "GPE", "gpe:united-states"),
        ("the United States", "GPE", "gpe:united-states"),
        ("American", "NORP", "gpe:united-states"),
        ("Ukrainian", "NORP", "gpe:ukraine"),
        ("EU", "ORG", "org:european-union"),
        ("U.N.", "ORG", "org:united-nations"),
        ("Reuters", "ORG", "org:reuters"),
        ("The Institute for the Study of War", "ORG", "org:institute-for-the-study-of-war"),
        ("Kursk Oblast", "GPE", "gpe:kursk-region"),
        ("Kursk region", "GPE", "gpe:kursk-region"),
        ("Pyongyang", "GPE", "gpe:pyongyang"),  # a capital alone is its city
    ],
)
def test_canonical_id(text, label, expected):
    assert canonical_id(text, label) == expected


def test_person_key_ignores_transliteration_endings():
    assert person_key("Oleksiy Reznikov") == person_key("Oleksii Reznikov")
    assert person_key("Zelenskyy") == person_key("Zelenskiy") == person_key("Zelensky")
    assert person_key("Kim Jong Un") == person_key("Kim Jong-un")


def test_in_article_surname_takes_the_full_names_id():
    text = "Foreign Minister Andrii Sybenko arrived. Sybenko said talks went well. Sybenko's aide agreed."
    mentions = _mentions("a", text, [("Andrii Sybenko", "PERSON"), ("Sybenko", "PERSON"), ("Sybenko's", "PERSON")])
    ids = [m.entity_id for m in canonicalise_article(mentions, text)]
    assert ids == ["person:andrii-sybenko"] * 3


def test_in_article_surname_shared_by_two_people_takes_the_nearest_before():
    text = "Anna Kovach met Petro Kovach. Later Kovach spoke."
    mentions = _mentions("a", text, [("Anna Kovach", "PERSON"), ("Petro Kovach", "PERSON"), ("Kovach", "PERSON")])
    assert canonicalise_article(mentions, text)[-1].entity_id == "person:petro-kovach"


def test_values_get_no_id_and_input_is_not_mutated():
    text = "On 3 May 1,000 troops left Kyiv."
    mentions = _mentions("a", text, [("3 May", "DATE"), ("1,000", "CARDINAL"), ("Kyiv", "GPE")])
    out = canonicalise_article(mentions, text)
    assert [m.entity_id for m in out] == [None, None, "gpe:kyiv"]
    assert all(m.entity_id is None for m in mentions)


def test_capital_as_actor_is_its_country():
    text = "Washington imposed sanctions, and talks in Washington stalled."
    mentions = _mentions("a", text, [("Washington", "GPE"), ("Washington", "GPE")])
    out = canonicalise_article(mentions, text, actor_starts={0})
    assert [m.entity_id for m in out] == ["gpe:united-states", "gpe:washington"]


def test_role_phrase_takes_the_apposed_person():
    text = "Moldovan President Elena Rusu spoke in Chisinau. Later the head of state left. The Moldovan leader was tired."
    mentions = _mentions(
        "a",
        text,
        [("Moldovan President", "ROLE"), ("Elena Rusu", "PERSON"), ("the head of state", "ROLE"), ("The Moldovan leader", "ROLE")],
    )
    roles = [m for m in canonicalise_article(mentions, text) if m.label == "ROLE"]
    assert [m.entity_id for m in roles] == ["person:elena-rusu"] * 3


def test_apposition_after_the_name():
    text = "Ivan Petrenko, Ukraine's ambassador to the UN, objected."
    mentions = _mentions("a", text, [("Ivan Petrenko", "PERSON"), ("Ukraine's ambassador to the UN", "ROLE")])
    assert canonicalise_article(mentions, text)[1].entity_id == "person:ivan-petrenko"


def test_former_holder_does_not_establish_the_office():
    text = "Former Moldovan President Igor Dodon spoke. The Moldovan leader later answered."
    mentions = _mentions(
        "a", text, [("Former Moldovan President", "ROLE"), ("Igor Dodon", "PERSON"), ("The Moldovan leader", "ROLE")]
    )
    assert canonicalise_article(mentions, text)[-1].entity_id == "role:moldova-head-of-state"


def _corpus() -> dict[str, list[Mention]]:
    a_text = "President of Ukraine Volodymyr Zelenskyy said Zelenskyy's plan stood. DPRK troops are in Russia."
    b_text = "Zelensky said the Ukrainian leader would travel. North Korea denied it; Pyongyang's envoy spoke."
    c_text = "Zelenskiy met officials. North Korean units were seen, and the Ukrainian president said so."
    d_text = "Volodymyr Zelensky thanked the Kremlin. Russian officials did not reply."
    marked = {
        "a": (a_text, [("President of Ukraine", "ROLE"), ("Ukraine", "GPE"), ("Volodymyr Zelenskyy", "PERSON"),
                       ("Zelenskyy's", "PERSON"), ("DPRK", "GPE"), ("Russia", "GPE")]),
        "b": (b_text, [("Zelensky", "PERSON"), ("the Ukrainian leader", "ROLE"), ("North Korea", "GPE"), ("Pyongyang", "GPE")]),
        "c": (c_text, [("Zelenskiy", "PERSON"), ("North Korean", "NORP"), ("the Ukrainian president", "ROLE")]),
        "d": (d_text, [("Volodymyr Zelensky", "PERSON"), ("Kremlin", "ORG"), ("Russian", "NORP")]),
    }
    actors = {"b": {b_text.index("Pyongyang's")}}  # as the syntax would find: a possessor
    return {
        aid: canonicalise_article(_mentions(aid, text, marks), text, actors.get(aid, set()))
        for aid, (text, marks) in marked.items()
    }


def test_merge_entities_one_person_across_spellings_and_roles():
    entities = {e.id: e for e in merge_entities(_corpus())}
    person = entities["person:volodymyr-zelenskyy"]
    assert person.name == "Volodymyr Zelenskyy"
    assert person.label == "PERSON"
    assert {"Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky"} <= set(person.aliases)
    # a: full name + surname + role; b: surname + role; c: surname + role; d: full name.
    assert person.mentions_by_article == {"a": 3, "b": 2, "c": 2, "d": 1}
    assert "role:ukraine-head-of-state" in person.merged_ids
    assert not any(e.startswith(("person:zelensk", "role:")) for e in entities)


def test_merge_entities_countries_from_names_aliases_demonyms_and_seats():
    entities = {e.id: e for e in merge_entities(_corpus())}
    korea = entities["gpe:north-korea"]
    assert korea.name == "North Korea"
    assert set(korea.aliases) == {"DPRK", "North Korea", "Pyongyang", "North Korean"}
    assert korea.mentions_by_article == {"a": 1, "b": 2, "c": 1}
    assert entities["gpe:russia"].mentions_by_article == {"a": 1, "d": 2}


def test_ambiguous_surname_is_not_merged():
    texts = {"a": "Anna Kovach spoke.", "b": "Petro Kovach spoke.", "c": "Kovach spoke."}
    corpus = {
        aid: canonicalise_article(_mentions(aid, text, [(text.split(" spoke")[0], "PERSON")]), text)
        for aid, text in texts.items()
    }
    ids = {e.id for e in merge_entities(corpus)}
    assert ids == {"person:anna-kovach", "person:petro-kovach", "person:kovach"}


def test_merge_entities_is_deterministic():
    assert merge_entities(_corpus()) == merge_entities(dict(reversed(list(_corpus().items()))))


def test_a_former_holder_is_not_learned_as_the_office_holder():
    a_text = "Former Ukrainian President Petro Poroshenko criticised the plan."
    b_text = "The Ukrainian president rejected the plan."
    corpus = {
        "a": canonicalise_article(
            _mentions("a", a_text, [("Former Ukrainian President", "ROLE"), ("Petro Poroshenko", "PERSON")]), a_text
        ),
        "b": canonicalise_article(_mentions("b", b_text, [("The Ukrainian president", "ROLE")]), b_text),
    }
    assert corpus["a"][0].entity_id == "person:petro-poroshenko"  # the phrase still names him
    entities = {e.id: e for e in merge_entities(corpus)}
    assert entities["person:petro-poroshenko"].mentions_by_article == {"a": 2}
    assert set(entities) == {"person:petro-poroshenko"}


def test_korean_style_family_name_comes_first():
    text = "South Korea's envoy Park Min-jun spoke. Park said the vote mattered."
    mentions = _mentions("a", text, [("Park Min-jun", "PERSON"), ("Park", "PERSON")])
    assert [m.entity_id for m in canonicalise_article(mentions, text)] == ["person:park-min-jun"] * 2
    other = "Park denied it."
    corpus = {
        "a": canonicalise_article(mentions[:1], text),
        "b": canonicalise_article(_mentions("b", other, [("Park", "PERSON")]), other),
    }
    assert [e.id for e in merge_entities(corpus)] == ["person:park-min-jun"]


def test_entities_by_id_resolves_every_per_article_id():
    corpus = _corpus()
    lookup = entities_by_id(merge_entities(corpus))
    for mentions in corpus.values():
        for m in mentions:
            if m.entity_id:
                assert m.entity_id in lookup
    assert lookup["person:zelenskyy"].id == "person:volodymyr-zelenskyy"
    assert lookup["role:ukraine-head-of-state"].id == "person:volodymyr-zelenskyy"


def test_a_role_that_fits_two_named_holders_stays_unresolved():
    text = "President Anna Rusu met President Ion Varga. The president said the talks went well."
    mentions = _mentions(
        "a", text, [("President", "ROLE"), ("Anna Rusu", "PERSON"), ("President", "ROLE"), ("Ion Varga", "PERSON"),
                    ("The president", "ROLE")]
    )
    out = canonicalise_article(mentions, text)
    assert [m.entity_id for m in out if m.label == "ROLE"] == ["person:anna-rusu", "person:ion-varga", None]


def test_resolve_fact_ids_maps_per_article_ids_to_the_corpus_entity():
    from wiretrace.link.entities import resolve_fact_ids
    from wiretrace.model import ArticleFacts, Claim, Event, Quote

    span = Span("a", 0, 4)
    facts = ArticleFacts(
        "a",
        mentions=[Mention(span, "Kovalenko", "PERSON", "person:kovalenko")],
        quotes=[Quote(span, "text", "direct", speaker_id="role:ukraine-head-of-state")],
        claims=[Claim(span, "300", 300.0, asserter_id="person:kovalenko")],
        events=[Event(span, "d", "2024-01-01", "2024-01-01", "day", "1 January",
                      actors=["person:kovalenko", "person:olena-kovalenko", "gpe:ukraine"])],
    )
    corpus_ids = {"person:kovalenko": "person:olena-kovalenko", "role:ukraine-head-of-state": "person:olena-kovalenko"}
    resolved = resolve_fact_ids(facts, corpus_ids)
    assert resolved.mentions[0].entity_id == "person:olena-kovalenko"
    assert resolved.quotes[0].speaker_id == "person:olena-kovalenko"
    assert resolved.claims[0].asserter_id == "person:olena-kovalenko"
    assert resolved.events[0].actors == ["person:olena-kovalenko", "gpe:ukraine"]
    assert facts.mentions[0].entity_id == "person:kovalenko"  # the stored facts are untouched


@pytest.mark.parametrize(("acronym", "label"), [("NTWC", "ORG"), ("Ntwc", "PERSON"), ("NTWC", "GPE")])
def test_an_acronym_takes_the_id_of_the_organisation_the_article_spells_out(acronym: str, label: str) -> None:
    text = f"The National Tsunami Warning Center said waves were coming. {acronym} urged people to move inland."
    full, short = canonicalise_article(_mentions("a", text, [("The National Tsunami Warning Center", "ORG"), (acronym, label)]))
    assert (short.label, short.entity_id) == ("ORG", full.entity_id)


def test_an_acronym_the_article_does_not_spell_out_keeps_its_own_id() -> None:
    text = "The National Weather Service said waves were coming. NTWC urged people to move inland."
    full, short = canonicalise_article(_mentions("a", text, [("The National Weather Service", "ORG"), ("NTWC", "ORG")]))
    assert short.entity_id != full.entity_id

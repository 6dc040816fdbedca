"""The annotation fixes on the real seed articles' body paragraphs (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.link.entities import merge_entities
from wiretrace.model import Article
from wiretrace.nlp import Annotated, annotate

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
MIN_BODY_WORDS = 12  # body paragraphs are sentences; menus, tags and timestamps are not


def _body(path: Path) -> str:
    """The article's body paragraphs: long lines that are not bullets or photo captions."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n")]
    body = [p for p in paragraphs if len(p.split()) >= MIN_BODY_WORDS and not p.startswith("•")]
    return "\n\n".join(p for p in body if "Photo:" not in p)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Annotated]:
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not available")
    annotated = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = _body(path)
        article = Article(id=path.stem, source=str(path), input_format="text", raw=text, text=text, text_hash="")
        annotated[path.stem[:3]] = annotate(article)
    return annotated


def _mentions(ann: Annotated, surface: str) -> list:
    text = ann.article.text
    found = [m for m in ann.mentions if m.text == surface and m.label != "ROLE"]
    assert all(text[m.span.start : m.span.end] == surface for m in found)
    return found


def _occurrences(text: str, word: str) -> int:
    count, start = 0, text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and text[start - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            count += 1
        start = text.find(word, end)
    return count


def test_every_bare_zelenskyy_is_the_president(seeds):
    for key in ("000", "002", "003", "004"):
        ann = seeds[key]
        bare = [m for m in _mentions(ann, "Zelenskyy")]
        full = _mentions(ann, "Volodymyr Zelenskyy")
        assert full, key
        assert len(bare) + len(full) == _occurrences(ann.article.text, "Zelenskyy"), key
        assert {m.label for m in bare + full} == {"PERSON"}
        assert {m.entity_id for m in bare + full} == {"person:volodymyr-zelenskyy"}


def test_shea_dprk_and_kursk_oblast(seeds):
    ann = seeds["001"]
    full = _mentions(ann, "Dorothy Camille Shea")
    assert [m.label for m in full] == ["PERSON"]
    shea = _mentions(ann, "Shea")
    assert len(shea) == _occurrences(ann.article.text, "Shea") - 1
    assert {m.entity_id for m in shea} == {"person:dorothy-camille-shea"}
    dprk = _mentions(ann, "DPRK")
    assert len(dprk) == _occurrences(ann.article.text, "DPRK")
    assert {(m.label, m.entity_id) for m in dprk} == {("GPE", "gpe:north-korea")}
    assert [m.label for m in _mentions(ann, "Kursk Oblast")] == ["GPE"]


def test_budanov_is_a_person(seeds):
    assert [m.label for m in _mentions(seeds["003"], "Kyrylo Budanov")] == ["PERSON"]


def test_role_phrases_resolve_to_the_named_holder(seeds):
    roles = {m.text: m.entity_id for ann in seeds.values() for m in ann.mentions if m.label == "ROLE"}
    assert roles["the Ukrainian leader"] == "person:volodymyr-zelenskyy"
    assert roles["the head of state"] == "person:volodymyr-zelenskyy"
    assert roles["Deputy US Ambassador to the UN"] == "person:dorothy-camille-shea"


def test_corpus_entities_merge_countries_and_people(seeds):
    entities = {e.id: e for e in merge_entities({a.article.id: a.mentions for a in seeds.values()})}
    korea = entities["gpe:north-korea"]
    assert {"North Korea", "DPRK", "North Korean"} <= set(korea.aliases)
    assert len(korea.mentions_by_article) == 5
    zelenskyy = entities["person:volodymyr-zelenskyy"]
    assert zelenskyy.name == "Volodymyr Zelenskyy"
    assert len(zelenskyy.mentions_by_article) == 4
    russia = entities["gpe:russia"]
    assert {"Russia", "Moscow", "Kremlin", "Russian"} <= set(russia.aliases)

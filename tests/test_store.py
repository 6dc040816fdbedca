"""The SQLite store: round trips, idempotence, atomic writes, cascades, search."""

from __future__ import annotations

import sqlite3

import pytest

from wiretrace.model import (
    Article,
    ArticleFacts,
    Claim,
    DuplicateGroup,
    Entity,
    Event,
    IngestError,
    Mention,
    Quote,
    Span,
    Story,
)
from wiretrace.store import Store

TEXT = '"We will not retreat," the mayor said on Monday. Over 300 families were evacuated.'


def make_article(article_id: str = "a1", text: str = TEXT) -> Article:
    return Article(
        id=article_id, source=f"{article_id}.txt", input_format="text", raw="RAW " + text, text=text,
        text_hash="h-" + article_id, title="Evacuation in Kherson", outlet="Example News",
        published="2024-10-21T09:30", published_note="header line 2", language="en",
    )


def make_facts(article_id: str = "a1") -> ArticleFacts:
    return ArticleFacts(
        article_id,
        mentions=[Mention(Span(article_id, 56, 59), "300", "CARDINAL")],
        quotes=[Quote(Span(article_id, 1, 20), "We will not retreat", "direct", None, "the mayor",
                      Span(article_id, 23, 32), "said")],
        claims=[Claim(Span(article_id, 49, 82), "Over 300", 300.0, hedge="over", counted="families",
                      unit_class="people", value_span=Span(article_id, 49, 57))],
        events=[Event(Span(article_id, 0, 48), "the mayor said", "2024-10-21", "2024-10-21", "day",
                      "on Monday", actors=["gpe:kherson"])],
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_round_trip_keeps_every_field_and_span(store):
    store.add_article(make_article(), make_facts())
    assert store.article("a1") == make_article()
    facts = store.facts("a1")
    assert facts == make_facts()
    claim = facts.claims[0]
    assert TEXT[claim.value_span.start : claim.value_span.end] == "Over 300"
    assert facts.quotes[0].speaker_span == Span("a1", 23, 32)


def test_adding_the_same_article_twice_changes_nothing(store):
    store.add_article(make_article(), make_facts())
    before = store.counts()
    store.add_article(make_article(), make_facts())
    assert store.counts() == before


def test_a_failed_write_leaves_no_half_written_article(store, monkeypatch):
    original = store._insert_facts

    def fail_on_claims(table, records):
        if table == "claims":
            raise RuntimeError("disk full")
        original(table, records)

    monkeypatch.setattr(store, "_insert_facts", fail_on_claims)
    with pytest.raises(RuntimeError):
        store.add_article(make_article(), make_facts())
    assert not store.has_article("a1")
    assert store.counts()["mentions"] == 0 and store.counts()["quotes"] == 0


def test_committed_articles_survive_a_reopen(tmp_path):
    with Store(tmp_path / "t.db") as s:
        s.add_article(make_article(), make_facts())
    with Store(tmp_path / "t.db") as s:
        assert s.facts("a1").claims[0].value == 300.0


def test_delete_cascades_to_facts_and_search(store):
    store.add_article(make_article(), make_facts())
    store.add_article(make_article("a2", "Unrelated text about a port strike."), ArticleFacts("a2"))
    assert store.delete_article("a1")
    assert store.counts()["claims"] == 0
    assert store.search("evacuated") == []
    assert [a for a, _ in store.search("strike")] == ["a2"]
    assert not store.delete_article("a1")


def test_full_text_search_returns_a_snippet(store):
    store.add_article(make_article(), make_facts())
    [(article_id, snippet)] = store.search("families")
    assert article_id == "a1" and "[families]" in snippet


def test_ingest_errors_are_kept_until_the_source_succeeds(store):
    store.record_error(IngestError("a1.txt", "empty file"))
    assert store.errors() == [IngestError("a1.txt", "empty file")]
    store.add_article(make_article(), make_facts())
    assert store.errors() == []


def test_corpus_records_and_state(store):
    store.add_article(make_article(), make_facts())
    store.replace_entities([Entity("gpe:kherson", "Kherson", "GPE", ["Kherson"], {"a1": 2})])
    store.replace_duplicate_groups([DuplicateGroup("d1", ["a1"], "exact")])
    store.save_stories([Story("s1", "Kherson evacuation", ["a1", "missing"], "2024-10-21", "2024-10-21")])
    store.save_state("index", {"k": [1, 2]})
    assert store.entities()[0].mentions_by_article == {"a1": 2}
    assert store.duplicate_groups()[0].kind == "exact"
    assert store.story("s1").label == "Kherson evacuation"
    rows = store.conn.execute("SELECT article_id FROM story_articles").fetchall()
    assert [r[0] for r in rows] == ["a1"]  # links only to articles that exist
    assert store.load_state("index") == {"k": [1, 2]}
    store.save_stories([], removed_ids=["s1"])
    assert store.stories() == []


def test_an_older_database_gains_new_columns(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE claims (seq INTEGER NOT NULL, article_id TEXT, "start" INTEGER, "end" INTEGER)')
    conn.commit()
    conn.close()
    with Store(path) as s:
        columns = {r[1] for r in s.conn.execute("PRAGMA table_info(claims)")}
    assert {"hedge", "value_span_start", "asserter_id"} <= columns


def test_find_article_by_unique_prefix(store):
    store.add_article(make_article("abc123"), ArticleFacts("abc123"))
    store.add_article(make_article("abd456"), ArticleFacts("abd456"))
    assert store.find_article("abc").id == "abc123"
    assert store.find_article("ab") is None  # ambiguous
    assert store.find_article("%") is None and store.find_article("a_c") is None  # no wildcards
    assert store.find_article("abc123").id == "abc123"
    assert store.find_article("ABC").id == "abc123"
    assert store.find_article("") is None  # every id starts with it

"""SQLite storage: raw input, cleaned text, every fact with its span, stories and link state.

One file, WAL mode, foreign keys on, FTS5 over the cleaned text. Each article and all its
facts are written in one transaction, so killing the process mid-batch leaves no
half-written article and loses nothing already committed.

Fact tables are derived from the dataclasses in `wiretrace.model`: a `Span` field becomes
`article_id`/`start`/`end` columns (or `<name>_start`/`<name>_end` for secondary spans),
lists and dicts become JSON text. Another backend (PostgreSQL, say) implements the same
public methods of `Store`; nothing outside this module writes SQL.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from wiretrace.model import (
    Article,
    ArticleFacts,
    Claim,
    Denial,
    DuplicateGroup,
    Entity,
    Event,
    IngestError,
    Mention,
    Quote,
    SourceRef,
    Span,
    Story,
)

T = TypeVar("T")

# Fact table name -> (record class, ArticleFacts attribute).
FACT_TABLES: dict[str, tuple[type, str]] = {
    "mentions": (Mention, "mentions"),
    "quotes": (Quote, "quotes"),
    "claims": (Claim, "claims"),
    "denials": (Denial, "denials"),
    "sources": (SourceRef, "sources"),
    "events": (Event, "events"),
}

_ARTICLE_COLUMNS = [f.name for f in dataclasses.fields(Article)]


def _sql_type(hint: Any) -> str:
    base = _strip_optional(hint)
    if base is int:
        return "INTEGER"
    if base is float:
        return "REAL"
    if base is bool:
        return "INTEGER"
    return "TEXT"


def _strip_optional(hint: Any) -> Any:
    """`X | None` -> X, so the column type and decoding follow the real type."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else str
    return hint


def _columns(cls: type) -> list[tuple[str, str]]:
    """(column, SQL type) pairs for a fact dataclass; its primary span is article_id/start/end."""
    cols: list[tuple[str, str]] = []
    for name, hint in typing.get_type_hints(cls).items():
        base = _strip_optional(hint)
        if base is Span and name == "span":
            cols += [("article_id", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER")]
        elif base is Span:
            cols += [(f"{name}_start", "INTEGER"), (f"{name}_end", "INTEGER")]
        else:
            cols.append((name, _sql_type(hint)))
    return cols


def _to_row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(type(record)).items():
        value = getattr(record, name)
        base = _strip_optional(hint)
        if base is Span and name == "span":
            row.update(article_id=value.article_id, start=value.start, end=value.end)
        elif base is Span:
            row[f"{name}_start"] = value.start if value else None
            row[f"{name}_end"] = value.end if value else None
        elif isinstance(value, (list, dict)):
            row[name] = json.dumps(value, ensure_ascii=False)
        else:
            row[name] = value
    return row


def _from_row(cls: type[T], row: sqlite3.Row) -> T:
    kwargs: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(cls).items():
        base = _strip_optional(hint)
        if base is Span and name == "span":
            kwargs[name] = Span(row["article_id"], row["start"], row["end"])
        elif base is Span:
            start = row[f"{name}_start"]
            kwargs[name] = None if start is None else Span(row["article_id"], start, row[f"{name}_end"])
        elif typing.get_origin(base) in (list, dict):
            kwargs[name] = json.loads(row[name]) if row[name] is not None else base()
        elif base is bool:
            kwargs[name] = bool(row[name])
        else:
            kwargs[name] = row[name]
    return cls(**kwargs)


def _json_record(record: Any) -> str:
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False)


class Store:
    """The wiretrace database. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path = "wiretrace.db") -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._create_schema()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema -------------------------------------------------------------------------

    def _create_schema(self) -> None:
        article_cols = ", ".join(
            f'"{c}" TEXT PRIMARY KEY' if c == "id" else f'"{c}" TEXT' for c in _ARTICLE_COLUMNS
        )
        statements = [
            f"CREATE TABLE IF NOT EXISTS articles ({article_cols}, "
            "linked INTEGER NOT NULL DEFAULT 0, ingested_at TEXT DEFAULT CURRENT_TIMESTAMP)",
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text)",
            "CREATE TABLE IF NOT EXISTS ingest_errors (source TEXT PRIMARY KEY, reason TEXT, "
            "at TEXT DEFAULT CURRENT_TIMESTAMP)",
            "CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS duplicate_groups (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS story_articles (story_id TEXT REFERENCES stories(id) "
            "ON DELETE CASCADE, article_id TEXT REFERENCES articles(id) ON DELETE CASCADE, "
            "rank INTEGER, PRIMARY KEY (story_id, article_id))",
            "CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ]
        for table, (cls, _) in FACT_TABLES.items():
            cols = ", ".join(
                f'"{name}" {sqltype}' + (" NOT NULL REFERENCES articles(id) ON DELETE CASCADE" if name == "article_id" else "")
                for name, sqltype in _columns(cls)
            )
            statements.append(f'CREATE TABLE IF NOT EXISTS {table} (seq INTEGER NOT NULL, {cols})')
            statements.append(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table}(article_id, seq)")
        with self.conn:
            for sql in statements:
                self.conn.execute(sql)
            self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """A database made by an older wiretrace gains the columns of newer model fields."""
        wanted = {"articles": [(c, "TEXT") for c in _ARTICLE_COLUMNS]}
        wanted.update({table: _columns(cls) for table, (cls, _) in FACT_TABLES.items()})
        for table, columns in wanted.items():
            present = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            for name, sqltype in columns:
                if name not in present:
                    self.conn.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sqltype}')

    # -- articles and their facts -------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article, facts: ArticleFacts) -> None:
        """Write one article and all its facts atomically (replacing any earlier version)."""
        with self.conn:
            self._delete_article_rows(article.id)
            row = dataclasses.asdict(article)
            cols = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", list(row.values()))
            self.conn.execute(
                "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
                (article.id, article.title or "", article.text),
            )
            for table, (_, attr) in FACT_TABLES.items():
                self._insert_facts(table, getattr(facts, attr))
            self.conn.execute("DELETE FROM ingest_errors WHERE source = ?", (article.source,))

    def _insert_facts(self, table: str, records: list[Any]) -> None:
        for seq, record in enumerate(records):
            row = {"seq": seq, **_to_row(record)}
            cols = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))

    def _delete_article_rows(self, article_id: str) -> None:
        self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def delete_article(self, article_id: str) -> bool:
        with self.conn:
            found = self.has_article(article_id)
            self._delete_article_rows(article_id)
        return found

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article_from_row(row) if row else None

    def find_article(self, id_prefix: str) -> Article | None:
        """Look an article up by a unique prefix of its id (ids are long to type), in either
        case; an empty prefix, which every id starts with, finds nothing."""
        if not id_prefix:
            return None
        # substr, not LIKE: a prefix holding "%" or "_" must not act as a wildcard
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2", (len(id_prefix), id_prefix.lower())
        ).fetchall()
        return self._article_from_row(rows[0]) if len(rows) == 1 else None

    def articles(self) -> list[Article]:
        rows = self.conn.execute("SELECT * FROM articles ORDER BY published IS NULL, published, id")
        return [self._article_from_row(r) for r in rows]

    def iter_articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY rowid"):
            yield self._article_from_row(row)

    @staticmethod
    def _article_from_row(row: sqlite3.Row) -> Article:
        return Article(**{c: row[c] for c in _ARTICLE_COLUMNS})

    def facts(self, article_id: str) -> ArticleFacts:
        facts = ArticleFacts(article_id)
        for table, (cls, attr) in FACT_TABLES.items():
            rows = self.conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (article_id,))
            setattr(facts, attr, [_from_row(cls, r) for r in rows])
        return facts

    def all_facts(self) -> dict[str, ArticleFacts]:
        by_article = {a: ArticleFacts(a) for (a,) in self.conn.execute("SELECT id FROM articles")}
        for table, (cls, attr) in FACT_TABLES.items():
            for row in self.conn.execute(f"SELECT * FROM {table} ORDER BY article_id, seq"):
                getattr(by_article[row["article_id"]], attr).append(_from_row(cls, row))
        return by_article

    def mentions_by_article(self) -> dict[str, list[Mention]]:
        by_article: dict[str, list[Mention]] = {}
        for row in self.conn.execute("SELECT * FROM mentions ORDER BY article_id, seq"):
            by_article.setdefault(row["article_id"], []).append(_from_row(Mention, row))
        return by_article

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search over cleaned text: (article_id, snippet) best first."""
        rows = self.conn.execute(
            "SELECT article_id, snippet(articles_fts, 2, '[', ']', ' … ', 12) FROM articles_fts "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [(r[0], r[1]) for r in rows]

    # -- link stage bookkeeping ---------------------------------------------------------

    def unlinked_article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE linked = 0 ORDER BY rowid")]

    def mark_linked(self, article_ids: Iterable[str]) -> None:
        with self.conn:
            self.conn.executemany("UPDATE articles SET linked = 1 WHERE id = ?", [(a,) for a in article_ids])

    # -- ingest errors ------------------------------------------------------------------

    def record_error(self, error: IngestError) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO ingest_errors (source, reason) VALUES (?, ?)",
                (error.source, error.reason),
            )

    def errors(self) -> list[IngestError]:
        rows = self.conn.execute("SELECT source, reason FROM ingest_errors ORDER BY source")
        return [IngestError(r[0], r[1]) for r in rows]

    # -- corpus-level records (entities, duplicate groups, stories) ---------------------

    def replace_entities(self, entities: list[Entity]) -> None:
        self._replace_records("entities", entities)

    def entities(self) -> list[Entity]:
        return self._load_records("entities", Entity)

    def replace_duplicate_groups(self, groups: list[DuplicateGroup]) -> None:
        self._replace_records("duplicate_groups", groups)

    def duplicate_groups(self) -> list[DuplicateGroup]:
        return self._load_records("duplicate_groups", DuplicateGroup)

    def save_stories(self, changed: list[Story], removed_ids: Iterable[str] = ()) -> None:
        """Upsert changed stories (and their article links); drop stories that vanished."""
        with self.conn:
            for story_id in removed_ids:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            for story in changed:
                self.conn.execute(
                    "INSERT OR REPLACE INTO stories (id, record) VALUES (?, ?)", (story.id, _json_record(story))
                )
                self.conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
                self.conn.executemany(
                    "INSERT OR IGNORE INTO story_articles (story_id, article_id, rank) "
                    "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                    [(story.id, a, rank, a) for rank, a in enumerate(story.article_ids)],
                )

    def stories(self) -> list[Story]:
        return self._load_records("stories", Story)

    def story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        return Story(**json.loads(row[0])) if row else None

    def _replace_records(self, table: str, records: list[Any]) -> None:
        with self.conn:
            self.conn.execute(f"DELETE FROM {table}")
            self.conn.executemany(
                f"INSERT INTO {table} (id, record) VALUES (?, ?)",
                [(r.id, _json_record(r)) for r in records],
            )

    def _load_records(self, table: str, cls: type[T]) -> list[T]:
        rows = self.conn.execute(f"SELECT record FROM {table} ORDER BY rowid")
        return [cls(**json.loads(r[0])) for r in rows]

    # -- opaque state of incremental indexes --------------------------------------------

    def load_state(self, name: str) -> dict | None:
        row = self.conn.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def save_state(self, name: str, value: dict) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)", (name, json.dumps(value))
            )

    def counts(self) -> dict[str, int]:
        tables = ["articles", *FACT_TABLES, "entities", "duplicate_groups", "stories", "ingest_errors"]
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

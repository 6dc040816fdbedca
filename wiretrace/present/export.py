"""Machine-readable exports: the dossier as JSON, and one CSV file per fact type.

JSON is the dataclasses via `asdict`, so spans come out as {article_id, start, end} and
keys follow the model's field names (dumped with sorted keys, so the output is stable).
The raw input of each article is left out: it can be megabytes of HTML, the store keeps
it, and every span points into the cleaned `text`, which is included.

CSV files carry, for every fact, `article_id,start,end`, the exact text of the span and
the whole sentence around it, then the fact's own fields. Article text is hostile input and
CSV files get opened in spreadsheets, which run a cell starting with `=`, `+`, `-`, `@`, tab
or carriage return as a formula: such a text cell gets a leading apostrophe (OWASP's advice
against CSV injection), so a reader comparing CSV text with the store must drop it. Number
cells are written as numbers, negative ones included.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any

from wiretrace.model import Article, Span
from wiretrace.present.dossier import Dossier, DossierIndex, sentence_of, valid_span

JSON_FORMAT_VERSION = 1
SPAN_COLUMNS = ["article_id", "start", "end", "span_text", "sentence"]
LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_json(d: Dossier) -> dict[str, Any]:
    """The whole dossier as JSON-ready data; every fact keeps its span."""
    return {
        "format": "wiretrace-dossier",
        "format_version": JSON_FORMAT_VERSION,
        "title": d.title,
        "generated_at": d.generated_at,
        "articles": [_article_json(a) for a in d.articles],
        "facts": {aid: asdict(f) for aid, f in sorted(d.facts.items())},
        "entities": [asdict(e) for e in d.entities],
        "duplicate_groups": [asdict(g) for g in d.duplicate_groups],
        "stories": [asdict(s) for s in d.stories],
        "comparisons": {sid: _jsonable(c) for sid, c in sorted(d.comparisons.items())},
        "errors": [asdict(e) for e in d.errors],
    }


def to_json_text(d: Dossier) -> str:
    return json.dumps(to_json(d), ensure_ascii=False, indent=2, sort_keys=True)


def _article_json(article: Article) -> dict[str, Any]:
    data = asdict(article)
    del data["raw"]
    return data


def _jsonable(value: Any) -> Any:
    """Comparison records are dataclasses of the analyse stage; anything else is kept if plain."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


# ---------------------------------------------------------------- CSV


FACT_COLUMNS = {
    "quotes": ["kind", "text", "speaker_id", "speaker_name", "cue"],
    "claims": [
        "value_text", "value", "value_max", "vague", "hedge", "counted", "unit_class", "unit",
        "asserter_id", "asserter_name", "date",
    ],
    "denials": ["kind", "cue", "denier_id", "denier_name", "target"],
    "sources": ["source_id", "name", "kind", "cue"],
    "events": ["description", "date_start", "date_end", "precision", "date_text", "actors", "inferred"],
}


def write_csv(d: Dossier, out_dir: Path) -> list[Path]:
    """Write articles, entities, one file per fact type, and stories; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ix = DossierIndex(d)
    tables = {
        "articles": _articles_table(d),
        "entities": _entities_table(d),
        **{kind: _facts_table(ix, kind, columns) for kind, columns in FACT_COLUMNS.items()},
        "stories": _stories_table(d),
    }
    paths = []
    for name, (header, rows) in tables.items():
        path = out_dir / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows([_inert(value) for value in row] for row in rows)
        paths.append(path)
    return paths


Table = tuple[list[str], Iterable[list[Any]]]


def _inert(value: Any) -> Any:
    """The value, with text that a spreadsheet would run as a formula made literal."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else value


def _span_cells(ix: DossierIndex, span: Span) -> list[Any]:
    article = ix.articles.get(span.article_id)
    if article is None or not valid_span(span, article):
        return [span.article_id, span.start, span.end, "", ""]
    return [span.article_id, span.start, span.end, span.text_in(article.text), sentence_of(article.text, span)]


def _facts_table(ix: DossierIndex, kind: str, columns: list[str]) -> Table:
    rows = (
        _span_cells(ix, fact.span) + [_cell(getattr(fact, c)) for c in columns]
        for article in ix.d.articles
        for fact in getattr(ix.facts(article.id), kind)
    )
    return SPAN_COLUMNS + columns, rows


ARTICLE_COLUMNS = [f.name for f in fields(Article) if f.name != "raw"]


def _articles_table(d: Dossier) -> Table:
    return ARTICLE_COLUMNS + ["chars"], ([_cell(getattr(a, c)) for c in ARTICLE_COLUMNS] + [len(a.text)] for a in d.articles)


def _entities_table(d: Dossier) -> Table:
    header = ["id", "name", "label", "aliases", "articles", "mentions", "mentions_by_article"]
    rows = (
        [
            e.id, e.name, e.label, _cell(e.aliases), len(e.mentions_by_article), sum(e.mentions_by_article.values()),
            LIST_SEPARATOR.join(f"{aid}:{n}" for aid, n in e.mentions_by_article.items()),
        ]
        for e in d.entities
    )
    return header, rows


def _stories_table(d: Dossier) -> Table:
    header = ["id", "label", "date_start", "date_end", "articles", "outlets", "key_entities", "article_ids"]
    rows = (
        [s.id, s.label, _cell(s.date_start), _cell(s.date_end), len(s.article_ids), _cell(s.outlets),
         _cell(s.key_entities), _cell(s.article_ids)]
        for s in d.stories
    )
    return header, rows

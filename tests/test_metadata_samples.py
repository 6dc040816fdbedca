"""prepare_article end to end on the bundled samples and on the real seed pages."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wiretrace.clean import prepare_article
from wiretrace.ingest import RawDoc, iter_inputs
from wiretrace.model import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

# file (relative to samples/) -> title, outlet, author, published, language
SAMPLE_EXPECTATIONS = {
    "kyiv-ledger/2025-06-17-chornomorsk-grain-terminal.txt": (
        "Russian missiles hit Chornomorsk grain terminal, thousands of tonnes destroyed",
        "Kyiv Ledger", "Olena Marchuk", "2025-06-17T09:42", "en",
    ),
    "kyiv-ledger/2025-06-20-chornomorsk-loading-resumes.txt": (
        "Chornomorsk resumes grain loading three days after missile strike",
        "Kyiv Ledger", "Andrii Kovalenko", "2025-06-20T16:05", "en",
    ),
    "black-sea-wire/chornomorsk-syndicated.txt": (
        "Grain worth millions burns as Russia strikes Ukrainian port of Chornomorsk",
        "Black Sea Wire", None, "2025-06-17T14:10", "en",
    ),
    "harbour-gazette/moscow-denies-chornomorsk-grain-strike.txt": (
        "Moscow denies hitting grain in Chornomorsk as Ukraine counts the losses",
        "The Harbour Gazette", "Daniel Whitcombe", "2025-06-18T11:05", "en",
    ),
    "pivden/chornomorsk-uk-cp1251.txt": (
        "Після удару по Чорноморську експорт зерна не зупинився, запевняють в уряді",
        "Південний кур'єр", "Галина Бондар", "2025-06-18T10:15", "uk",
    ),
    "port-strike/antwerp-talks-collapse.txt": (
        "Antwerp port talks collapse as union extends strike to Friday",
        "Lowlands Daily", "Sofie Claes", "2025-06-19T18:40", "en",
    ),
    "port-strike/antwerp-dockers-strike-day-one.html": (
        "Antwerp dockworkers walk out over pensions, ships queue at anchor",
        "North Sea Courier", "Pieter Janssens", "2025-06-17", "en",
    ),
    "feeds/continental-wire-2025-06.jsonl:1": (
        "Antwerp strike: first container ships diverted to Rotterdam",
        "Continental Newswire", "Lotte Verbeke", "2025-06-18T12:05", "en",
    ),
    "feeds/continental-wire-2025-06.jsonl:2": (
        "EU condemns strike on Chornomorsk grain terminal, offers help to rebuild",
        "EU Desk", None, "2025-06-18", "en",
    ),
    "feeds/continental-wire-2025-06.jsonl:3": (
        "Antwerp dockers end strike after pension compromise",
        "Continental Newswire", None, None, "en",
    ),
}


def articles_under(folder: Path) -> dict[str, tuple[RawDoc, Article]]:
    items = list(iter_inputs([folder]))
    assert all(isinstance(item, RawDoc) for item in items), [i for i in items if not isinstance(i, RawDoc)]
    return {Path(d.source).relative_to(folder).as_posix(): (d, prepare_article(d)) for d in items}


@pytest.fixture(scope="module")
def samples() -> dict[str, tuple[RawDoc, Article]]:
    return articles_under(SAMPLES)


def test_every_sample_is_ingested(samples) -> None:
    assert sorted(samples) == sorted(SAMPLE_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(SAMPLE_EXPECTATIONS))
def test_sample_metadata(samples, name: str) -> None:
    doc, article = samples[name]
    title, outlet, author, published, language = SAMPLE_EXPECTATIONS[name]
    assert (article.title, article.outlet, article.author) == (title, outlet, author)
    assert (article.published, article.language) == (published, language)
    assert article.published_note
    assert article.id == hashlib.sha256(doc.raw_bytes).hexdigest()[:16]
    assert article.text_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.text.strip() and title not in article.text.splitlines()[:1]


def test_cp1251_sample_is_decoded(samples) -> None:
    _, article = samples["pivden/chornomorsk-uk-cp1251.txt"]
    assert article.encoding == "cp1251"
    assert "Чорноморськ" in article.text


def test_html_body_drops_navigation_and_footer(samples) -> None:
    _, article = samples["port-strike/antwerp-dockers-strike-day-one.html"]
    assert article.text.startswith("Around 3,000 dockworkers")
    for chrome in ("Subscribe", "Read also", "All rights reserved", "dataLayer"):
        assert chrome not in article.text


def test_jsonl_records_keep_their_url_and_raw_line(samples) -> None:
    doc, article = samples["feeds/continental-wire-2025-06.jsonl:2"]
    assert article.url == "https://eu-observer.example/2025/06/18/eu-condemns-chornomorsk-strike"
    assert article.raw == doc.raw_bytes.decode("utf-8") and article.input_format == "jsonl"
    assert article.published_note == "jsonl field"
    assert "Katarina Lindqvist" in article.text


# -- seeds: real scraped pages (../shared/corpus) ------------------------------------------

SEED_EXPECTATIONS = {
    "000": ("North Korea's war experience threatens global security — Zelenskyy", "Espreso Global", None, "2025-02-02T18:15"),
    "001": (
        "North Korea is gaining combat experience in Ukraine for future war against its neighbours – Reuters",
        "Ukrainska Pravda", "Ivan Diakonov", "2025-01-09T04:47",
    ),
    "002": ("Zelenskyy warns: North Korean troops join Russia’s war in Ukraine", "Euromaidan Press", None, None),
    "003": (
        "Ukraine demands global response to North Korea’s military support for Russia’s war machine",
        "Euromaidan Press", None, None,
    ),
    "004": ("North Korea trains soldiers for war against Ukraine - Zelenskyy", "RBC-Ukraine", "Liliana Oleniak", None),
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    if not SEEDS.is_dir():
        pytest.skip("seed corpus (../shared/corpus/seeds) not available")
    return {name[:3]: article for name, (_, article) in articles_under(SEEDS).items()}


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTATIONS))
def test_seed_metadata(seeds, seed: str) -> None:
    article = seeds[seed]
    title, outlet, author, published = SEED_EXPECTATIONS[seed]
    assert (article.title, article.outlet, article.author, article.published) == (title, outlet, author, published)
    assert article.language == "en"
    if published is None:
        assert article.published_note == "no date line found in page header"
    else:
        assert article.published_note.startswith("header line")

"""The pipeline: ingest -> clean -> annotate -> analyse per article, then link the corpus.

`analyse_article` is the pure per-article stage (an Article in, its facts out): it is what
a distributed backend would fan out. `build` is the edge that reads files, skips what the
store already holds (identity is the content hash), writes each article in its own
transaction, and finally runs the corpus-level link stage over the articles not yet linked,
so a run killed half-way is finished by the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wiretrace.analyse.claims import extract_claims
from wiretrace.analyse.denials import extract_denials
from wiretrace.analyse.provenance import extract_sources
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.analyse.timeline import extract_events
from wiretrace.clean import article_id, prepare_article
from wiretrace.ingest import RawDoc, iter_inputs
from wiretrace.link import linker
from wiretrace.model import Article, ArticleFacts, IngestError
from wiretrace.nlp import annotate
from wiretrace.store import Store

ProgressCallback = Callable[[int, str], None]


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)  # article ids stored by this run
    unchanged: list[str] = field(default_factory=list)  # already in the store
    errors: list[IngestError] = field(default_factory=list)


def analyse_article(article: Article) -> ArticleFacts:
    """Annotate one cleaned article and extract every fact from it."""
    ann = annotate(article)
    quotes = extract_quotes(ann)
    sources = extract_sources(ann)
    return ArticleFacts(
        article_id=article.id,
        mentions=ann.mentions,
        quotes=quotes,
        claims=extract_claims(ann, quotes, sources),
        denials=extract_denials(ann),
        sources=sources,
        events=extract_events(ann),
    )


def build(
    store: Store,
    paths: Iterable[str | Path],
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Ingest, clean, annotate, analyse and store `paths`, then link the corpus."""
    report = BuildReport()
    for done, item in enumerate(iter_inputs(paths), start=1):
        if isinstance(item, IngestError):
            _record_failure(store, report, item)
        else:
            _build_one(store, report, item)
        if on_progress:
            on_progress(done, item.source)
    linker.link_pending(store)
    return report


def _build_one(store: Store, report: BuildReport, doc: RawDoc) -> None:
    known_id = article_id(doc.raw_bytes)
    if store.has_article(known_id):  # same bytes, same article: skip before any work
        report.unchanged.append(known_id)
        return
    try:
        article = prepare_article(doc)
        facts = analyse_article(article)
    except Exception as exc:  # one bad document must never kill the batch
        _record_failure(store, report, IngestError(doc.source, f"processing failed: {type(exc).__name__}: {exc}"))
        return
    store.add_article(article, facts)
    report.added.append(article.id)


def _record_failure(store: Store, report: BuildReport, error: IngestError) -> None:
    store.record_error(error)
    report.errors.append(error)

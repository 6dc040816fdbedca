"""The pipeline: ingest -> clean -> annotate -> analyse per article, then link the corpus.

`analyse_article` is the pure per-article stage (an Article in, its facts out): it is what
a distributed backend would fan out. `build` is the edge that reads files, skips what the
store already holds (identity is the content hash), writes each article in its own
transaction, and finally runs the corpus-level link stage over the articles not yet linked,
so a run killed half-way is finished by the next one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from wiretrace.analyse.claims import extract_claims
from wiretrace.analyse.denials import extract_denials
from wiretrace.analyse.provenance import extract_sources
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.analyse.timeline import extract_events
from wiretrace.clean import NoArticleText, article_id, prepare_article
from wiretrace.ingest import RawDoc, iter_inputs
from wiretrace.link import linker
from wiretrace.model import Article, ArticleFacts, IngestError
from wiretrace.nlp import annotate, is_english
from wiretrace.store import Store

ProgressCallback = Callable[[int, str], None]


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)  # article ids stored by this run
    unchanged: list[str] = field(default_factory=list)  # already in the store
    errors: list[IngestError] = field(default_factory=list)


def analyse_article(article: Article) -> ArticleFacts:
    """Annotate one cleaned article and extract every fact from it.

    Quotation marks, named sources and dates read the same in any language, but claims
    and denials rest on English grammar and cue words: in another language they would
    take "17 червня" (17 June) for a figure, so such articles get none.
    """
    ann = annotate(article)
    quotes = extract_quotes(ann)
    sources = extract_sources(ann)
    english = is_english(article)
    return ArticleFacts(
        article_id=article.id,
        mentions=ann.mentions,
        quotes=quotes,
        claims=extract_claims(ann, quotes, sources) if english else [],
        denials=extract_denials(ann) if english else [],
        sources=sources,
        events=extract_events(ann),
    )


def build(
    store: Store,
    paths: str | Path | Iterable[str | Path],
    on_progress: ProgressCallback | None = None,
    jobs: int = 1,
) -> BuildReport:
    """Ingest, clean, annotate, analyse and store `paths`, then link the corpus.

    With `jobs` > 1 the per-article stage runs in that many worker processes; the store
    is written by this process only, one transaction per article, in input order. A lone
    path is taken as one path, not iterated character by character.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = BuildReport()
    with _article_processor(jobs) as process:
        for done, (source, outcome) in enumerate(process(_new_documents(store, paths, report)), start=1):
            if isinstance(outcome, IngestError):
                _record_failure(store, report, outcome)
            elif isinstance(outcome, Copy):
                _settle_copy(store, report, outcome)
            else:
                store.add_article(*outcome)
                report.added.append(outcome[0].id)
            if on_progress:
                on_progress(done, source)
    linker.link_pending(store)
    return report


@dataclass(frozen=True)
class Copy:
    """A document whose bytes equal an earlier one's in the same batch: never analysed twice."""

    source: str
    article_id: str
    first_source: str  # where the same bytes were read first


Outcome = tuple[Article, ArticleFacts] | IngestError | Copy


def process_document(doc: RawDoc | IngestError | Copy) -> tuple[str, Outcome]:
    """Clean and analyse one document; a failure becomes an IngestError naming the reason."""
    if isinstance(doc, (IngestError, Copy)):
        return doc.source, doc
    try:
        article = prepare_article(doc)
        return doc.source, (article, analyse_article(article))
    except NoArticleText as exc:  # a refusal, not a crash: its message is the whole reason
        return doc.source, IngestError(doc.source, str(exc))
    except Exception as exc:  # one bad document must never kill the batch
        return doc.source, IngestError(doc.source, f"processing failed: {type(exc).__name__}: {exc}")


def _new_documents(store: Store, paths: Iterable[str | Path], report: BuildReport) -> Iterator[RawDoc | IngestError | Copy]:
    """Inputs not in the store yet (same bytes, same article: skipped before any work).

    A repeat of bytes already yielded in this batch comes out as a `Copy`: with worker
    processes the first one may still be in flight, so the store cannot tell yet.
    """
    first_source: dict[str, str] = {}  # article id -> source it was first yielded from
    for item in iter_inputs(paths):
        if not isinstance(item, RawDoc):
            yield item
        elif store.has_article(known := article_id(item.raw_bytes)):
            report.unchanged.append(known)
        elif known in first_source:
            yield Copy(item.source, known, first_source[known])
        else:
            first_source[known] = item.source
            yield item


@contextmanager
def _article_processor(jobs: int) -> Iterator[Callable[[Iterable], Iterator[tuple[str, Outcome]]]]:
    """`process_document` mapped over documents, here or in `jobs` worker processes."""
    if jobs <= 1:
        yield lambda docs: map(process_document, docs)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield lambda docs: _bounded_map(pool, docs, in_flight=4 * jobs)


def _bounded_map(pool: ProcessPoolExecutor, docs: Iterable, in_flight: int) -> Iterator[tuple[str, Outcome]]:
    """Like pool.map, in order, but never reads more than `in_flight` documents ahead, so a
    huge corpus is not held in memory at once."""
    pending: deque[Future] = deque()
    for doc in docs:
        pending.append(pool.submit(process_document, doc))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _settle_copy(store: Store, report: BuildReport, copy: Copy) -> None:
    """Outcomes arrive in input order, so the first copy's is already settled."""
    if store.has_article(copy.article_id):
        report.unchanged.append(copy.article_id)
    else:
        _record_failure(store, report, IngestError(copy.source, f"same bytes as {copy.first_source}, which was not stored"))


def _record_failure(store: Store, report: BuildReport, error: IngestError) -> None:
    store.record_error(error)
    report.errors.append(error)

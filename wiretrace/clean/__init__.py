"""Clean: a decoded document in, an `Article` (cleaned body + metadata) out.

Plain-text pages go through the boilerplate cleaner (`plaintext.clean_plaintext`) and the
header metadata rules (`metadata`); HTML goes through trafilatura/htmldate (`html`).
JSONL records carry text or HTML plus fields (url, title, outlet, author, published) that
the scraper stated, and those win over anything inferred from the page.

A document that leaves no article text once cleaned (a menu, a cookie wall, a page of links)
is refused with `NoArticleText`, whose message is the reason the build records.
"""

from __future__ import annotations

import hashlib

from wiretrace.clean.html import NoArticleText, extract_html
from wiretrace.clean.metadata import (
    PageMetadata,
    detect_language,
    extract_page_metadata,
    outlet_for_url,
    published_from_hint,
)
from wiretrace.clean.plaintext import clean_plaintext
from wiretrace.ingest import RawDoc
from wiretrace.model import Article

ARTICLE_ID_HEX = 16

__all__ = ["NoArticleText", "article_id", "prepare_article"]


def article_id(raw_bytes: bytes) -> str:
    """Identity of an input: the same bytes always give the same id, so re-ingest is a no-op."""
    return hashlib.sha256(raw_bytes).hexdigest()[:ARTICLE_ID_HEX]


def prepare_article(doc: RawDoc) -> Article:
    """Clean one document and read its metadata; raise NoArticleText if no body is left."""
    if doc.text is not None:
        body, meta = _from_plaintext(doc.text, doc.hints)
    elif doc.html is not None:
        body, meta = _from_html(doc.html, doc.hints)
    else:
        raise ValueError(f"{doc.source}: document has neither text nor html")
    return Article(
        id=article_id(doc.raw_bytes),
        source=doc.source,
        input_format=doc.input_format,
        raw=_decoded_input(doc),
        text=body,
        text_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        url=doc.hints.get("url"),
        published=meta.published,
        published_note=meta.published_note,
        language=detect_language(body),
        encoding=doc.encoding,
    )


def _from_plaintext(raw: str, hints: dict) -> tuple[str, PageMetadata]:
    cleaned = clean_plaintext(raw)
    if not cleaned.body.strip():
        # Storing an empty body would make an article with no text, facts or story.
        raise NoArticleText("no article text: every line is boilerplate (menus, links, sign-up prompts)")
    return cleaned.body, extract_page_metadata(raw, cleaned.kept_lines, hints)


def _from_html(page: str, hints: dict) -> tuple[str, PageMetadata]:
    extraction = extract_html(page, hints.get("url"))
    url = hints.get("url") or extraction.url
    hinted_date = published_from_hint(hints.get("published"))
    published, note = hinted_date or (extraction.published, extraction.published_note)
    meta = PageMetadata(
        title=hints.get("title") or extraction.title,
        outlet=hints.get("outlet") or (url and outlet_for_url(url)) or extraction.site_name,
        author=hints.get("author") or extraction.author,
        published=published,
        published_note=note,
    )
    return extraction.body, meta


def _decoded_input(doc: RawDoc) -> str:
    """The input as received: the decoded page, or the decoded JSONL line."""
    if doc.input_format == "jsonl":
        return doc.raw_bytes.decode("utf-8")
    return doc.text if doc.text is not None else doc.html or ""

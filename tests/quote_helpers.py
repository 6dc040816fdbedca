"""Helpers the quote tests share: run the quote stage on a sentence written for a test."""

from __future__ import annotations

from wiretrace.analyse.quotes import extract_quotes
from wiretrace.model import Article, Quote
from wiretrace.nlp import annotate


def quotes_of(text: str) -> list[Quote]:
    article = Article(
        id="t1", source="test", input_format="text", raw=text, text=text, text_hash="x", published="2024-10-18"
    )
    found = extract_quotes(annotate(article))
    for quote in found:  # every span must point at exactly what the quote claims
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.span.article_id == "t1"
    return found


def directs(text: str) -> list[Quote]:
    return [q for q in quotes_of(text) if q.kind == "direct"]


def indirects(text: str) -> list[Quote]:
    return [q for q in quotes_of(text) if q.kind == "indirect"]


def speaker_text(text: str, quote: Quote) -> str | None:
    return text[quote.speaker_span.start : quote.speaker_span.end] if quote.speaker_span else None

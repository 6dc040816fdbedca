"""The dossier: everything one report shows, plus the lookups every renderer shares.

`Dossier` is the input of the presentation layer (the CLI fills it from the store).
`DossierIndex` builds, once, the cross-references the renderers need: articles by id,
outlet of an article, which duplicate group an article sits in, entity names. Anchors and
sentence excerpts live here too so HTML, Markdown and CSV agree on them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import quote

from wiretrace.model import (
    Article,
    ArticleFacts,
    DuplicateGroup,
    Entity,
    IngestError,
    Span,
    Story,
)

if TYPE_CHECKING:  # the comparison stage is optional for rendering; see `comparison_of`
    from wiretrace.analyse.compare import StoryComparison


@dataclass
class Dossier:
    """Everything a report shows. Facts are keyed by article id; comparisons by story id."""

    title: str
    generated_at: str
    articles: list[Article]
    facts: dict[str, ArticleFacts]
    entities: list[Entity]
    duplicate_groups: list[DuplicateGroup]
    stories: list[Story]
    comparisons: dict[str, StoryComparison] = field(default_factory=dict)
    errors: list[IngestError] = field(default_factory=list)


FACT_KINDS = ("quotes", "claims", "denials", "sources", "events")

_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_-]")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and then
# whitespace, or at a line break: cleaned text keeps paragraphs on their own lines.
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s+|\n+""")


def safe_id(value: str) -> str:
    """An id fragment that is safe in HTML ids and URL fragments whatever the input."""
    return _UNSAFE_ID_CHARS.sub("_", value)


def anchor_id(span: Span) -> str:
    """The HTML id of a fact's span inside its article's rendered text."""
    return f"a-{safe_id(span.article_id)}-{span.start}-{span.end}"


def article_anchor(article_id: str) -> str:
    return f"art-{safe_id(article_id)}"


def story_anchor(story_id: str) -> str:
    return f"story-{safe_id(story_id)}"


def entity_anchor(entity_id: str) -> str:
    return f"ent-{safe_id(entity_id)}"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences around text[start:end]."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    sentence_start = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = m.end()
    # From the span's last character, so a span ending on its own full stop ends there.
    m = _SENTENCE_END.search(text, max(end - 1, sentence_start))
    sentence_end = m.start() + len(m.group().rstrip()) if m else len(text)
    return sentence_start, max(sentence_end, end)


def sentence_of(text: str, span: Span) -> str:
    start, end = sentence_bounds(text, span.start, span.end)
    return " ".join(text[start:end].split())


def valid_span(span: Span, article: Article | None) -> bool:
    """Spans outside the article's text cannot be anchored; renderers skip their links."""
    return article is not None and 0 <= span.start < span.end <= len(article.text)


def safe_href(url: str | None) -> str | None:
    """`url` when it is a plain http(s) URL, else None: article URLs are hostile input."""
    if not url:
        return None
    cleaned = url.strip()
    scheme = cleaned.split(":", 1)[0].lower() if ":" in cleaned else ""
    if scheme not in ("http", "https") or any(ch.isspace() or ord(ch) < 32 for ch in cleaned):
        return None
    # Characters that could close an attribute or a Markdown autolink are percent-encoded.
    return quote(cleaned, safe=_URL_SAFE)


@dataclass(frozen=True)
class FactRef:
    """Where a fact sits: enough to cite it and to link to its sentence."""

    span: Span
    article: Article | None
    outlet: str
    published: str | None
    span_text: str  # exactly article.text[start:end]; "" when the span cannot be anchored
    sentence: str
    anchor: str | None  # None when the span cannot be anchored

    @property
    def title(self) -> str:
        return (self.article.title if self.article else None) or self.span.article_id


class DossierIndex:
    """Cross-references over one dossier, computed once and shared by the renderers."""

    def __init__(self, d: Dossier) -> None:
        self.d = d
        self.articles = {a.id: a for a in d.articles}
        self.entities = {e.id: e for e in d.entities}
        self.group_of = {aid: g for g in d.duplicate_groups for aid in g.article_ids}

    def facts(self, article_id: str) -> ArticleFacts:
        return self.d.facts.get(article_id) or ArticleFacts(article_id=article_id)

    def outlet(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        return (article.outlet if article and article.outlet else None) or "unknown outlet"

    def entity_name(self, entity_id: str | None, fallback: str | None = None) -> str:
        entity = self.entities.get(entity_id or "")
        return entity.name if entity else (fallback or entity_id or "unknown")

    def ref(self, span: Span) -> FactRef:
        article = self.articles.get(span.article_id)
        ok = valid_span(span, article)
        return FactRef(
            span=span,
            article=article,
            outlet=self.outlet(span.article_id),
            published=article.published if article else None,
            span_text=span.text_in(article.text) if ok and article else "",
            sentence=sentence_of(article.text, span) if ok and article else "",
            anchor=anchor_id(span) if ok else None,
        )

    def independent_key(self, article_id: str) -> str:
        """Copies of one report count once: the duplicate group stands for its members."""
        group = self.group_of.get(article_id)
        return f"group:{group.id}" if group else f"article:{article_id}"

    @cached_property
    def outlet_counts(self) -> Counter[str]:
        return Counter(self.outlet(a.id) for a in self.d.articles)

    @cached_property
    def date_range(self) -> tuple[str | None, str | None]:
        dates = sorted(a.published[:10] for a in self.d.articles if a.published)
        return (dates[0], dates[-1]) if dates else (None, None)

    @cached_property
    def fact_counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in ("mentions", *FACT_KINDS)}
        for facts in self.d.facts.values():
            for kind in counts:
                counts[kind] += len(getattr(facts, kind))
        return counts

    @cached_property
    def story_articles(self) -> set[str]:
        return {aid for s in self.d.stories for aid in s.article_ids}

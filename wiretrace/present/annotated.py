"""An article's cleaned text cut into segments, each knowing which fact spans cover it.

Fact spans overlap freely (a claim sentence holds a quote holds an entity), and HTML
elements cannot, so the text is split at every span boundary: each segment is then
covered by a fixed set of fact kinds, and each span's anchor is an empty element placed
where the span starts. Links to `#anchor` therefore land on the exact place, however the
spans overlap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from wiretrace.model import Article, ArticleFacts, Span
from wiretrace.present.dossier import anchor_id, valid_span

# Fact kinds in drawing order; the renderer styles each as a CSS class `k-<kind>`.
SPAN_KINDS = ("entity", "event", "source", "quote", "claim", "denial")


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]  # fact kinds covering this segment, in SPAN_KINDS order
    anchors: tuple[str, ...]  # ids of the spans that start here


def fact_spans(article: Article, facts: ArticleFacts) -> list[tuple[Span, str]]:
    """Every anchorable span of the article with its fact kind."""
    spans: list[tuple[Span, str]] = [(m.span, "entity") for m in facts.mentions]
    spans += [(e.span, "event") for e in facts.events]
    spans += [(s.span, "source") for s in facts.sources]
    spans += [(q.span, "quote") for q in facts.quotes]
    spans += [(c.span, "claim") for c in facts.claims]
    spans += [(d.span, "denial") for d in facts.denials]
    return [(span, kind) for span, kind in spans if span.article_id == article.id and valid_span(span, article)]


def segments(article: Article, facts: ArticleFacts) -> list[Segment]:
    """The article text as non-overlapping segments covering it exactly once, in order."""
    spans = fact_spans(article, facts)
    starts: dict[int, list[tuple[Span, str]]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    for span, kind in spans:
        starts[span.start].append((span, kind))
        ends[span.end].append(kind)
    cuts = sorted({0, len(article.text), *starts, *ends})
    active: Counter[str] = Counter()
    result = []
    for left, right in zip(cuts, cuts[1:]):
        for kind in ends.get(left, ()):
            active[kind] -= 1
        anchors = tuple(dict.fromkeys(anchor_id(span) for span, _ in starts.get(left, ())))
        for _, kind in starts.get(left, ()):
            active[kind] += 1
        kinds = tuple(k for k in SPAN_KINDS if active[k] > 0)
        result.append(Segment(article.text[left:right], kinds, anchors))
    return result

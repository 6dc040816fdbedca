"""The dossier as one self-contained HTML page: inline CSS and SVG, no network, no JS library.

Everything taken from articles is hostile: the Jinja environment autoescapes, and the
only strings marked safe are produced here from escaped parts (annotated article text,
charts, the generic comparison view). Article URLs become links only when http(s).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from functools import lru_cache
from html import escape
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from wiretrace.model import Article, Span
from wiretrace.present import annotated, views
from wiretrace.present.chart import exact_value, figures_chart_svg
from wiretrace.present.dossier import (
    Dossier,
    DossierIndex,
    anchor_id,
    article_anchor,
    entity_anchor,
    safe_href,
    story_anchor,
    valid_span,
)

# Long tables are cut here with a note pointing at the JSON/CSV exports, so a 500-article
# corpus stays a page a browser opens quickly.
TABLE_ROW_LIMIT = 200
STORY_ROW_LIMIT = 60
# Above this many articles their full texts start collapsed (<details>).
OPEN_ARTICLES_LIMIT = 30
# The page's only script: a link into a collapsed article opens it first, so the target
# sentence is visible. The Content-Security-Policy allows exactly this script (by hash)
# and nothing else: no other script, no network fetch of any kind.
OPEN_TARGET_SCRIPT = """
function openTarget() {
  var id = decodeURIComponent(location.hash.slice(1));
  var el = id && document.getElementById(id);
  for (var p = el; p; p = p.parentElement) { if (p.tagName === "DETAILS") p.open = true; }
  if (el) el.scrollIntoView({block: "center"});
}
window.addEventListener("hashchange", openTarget);
openTarget();
"""
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(OPEN_TARGET_SCRIPT.encode()).digest()).decode()
# Generic comparison rendering: how many items of one list, and how deep.
COMPARISON_LIST_LIMIT = 40
COMPARISON_DEPTH = 3


def render_html(d: Dossier) -> str:
    """The full report page."""
    ix = DossierIndex(d)
    corpus_ids = [a.id for a in d.articles]
    outside_stories = [aid for aid in corpus_ids if aid not in ix.story_articles]
    template = _environment().get_template("report.html.j2")
    return template.render(
        d=d,
        ix=ix,
        stories=[views.story_view(ix, s) for s in d.stories],
        speakers=views.quotes_by_speaker(ix, corpus_ids),
        claims=views.claim_rows(ix, corpus_ids),
        denials=views.denial_rows(ix, corpus_ids),
        sources=views.sources_by_article(ix, corpus_ids),
        timeline=views.timeline(ix, corpus_ids if not d.stories else outside_stories),
        entities=views.entities_ranked(ix),
        open_articles=len(d.articles) <= OPEN_ARTICLES_LIMIT,
        table_limit=TABLE_ROW_LIMIT,
        story_limit=STORY_ROW_LIMIT,
        disagreement_days=views.DISAGREEMENT_WINDOW_DAYS,
        script=Markup(OPEN_TARGET_SCRIPT),
        script_hash=SCRIPT_HASH,
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("wiretrace.present", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        anchor=anchor_id,
        article_anchor=article_anchor,
        story_anchor=story_anchor,
        entity_anchor=entity_anchor,
        safe_href=safe_href,
        chart_svg=lambda spec: Markup(figures_chart_svg(spec.points, spec.title, spec.y_label)),
        article_text=annotated_text_html,
        generic=lambda obj, ix: Markup(generic_html(obj, ix)),
    )
    env.filters.update(shorten=shorten, plural=plural, content=element_text)
    return env


def element_text(text: str | None) -> Markup:
    """Escaped for element content only, where quotes need no escaping: headlines keep
    their apostrophes in the page source. Never use inside an attribute."""
    return Markup(escape(text or "", quote=False))


def shorten(text: str | None, limit: int = 220) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural_word or word + 's'}"


def annotated_text_html(article: Article, ix: DossierIndex) -> Markup:
    """The cleaned text with every fact span highlighted by kind and anchored at its start."""
    out = []
    for seg in annotated.segments(article, ix.facts(article.id)):
        out.extend(f'<span class="anchor" id="{escape(a)}"></span>' for a in seg.anchors)
        text = escape(seg.text, quote=False)
        if seg.kinds:
            classes = " ".join(f"k-{k}" for k in seg.kinds)
            out.append(f'<mark class="{classes}" title="{", ".join(seg.kinds)}">{text}</mark>')
        else:
            out.append(text)
    return Markup("".join(out))


def span_link(span: Span | None, ix: DossierIndex, label: str | None = None) -> Markup:
    """A link to a span's place in its article, or plain text when it cannot be anchored."""
    if span is None:
        return Markup("")
    article = ix.articles.get(span.article_id)
    text = escape(label or f"{span.article_id[:8]}:{span.start}–{span.end}")
    if not valid_span(span, article):
        return Markup(f'<span class="dead-link" title="span outside the article text">{text}</span>')
    return Markup(f'<a href="#{escape(anchor_id(span))}">{text}</a>')


def generic_html(obj: Any, ix: DossierIndex, depth: int = 0) -> str:
    """Any comparison record as escaped HTML: dataclasses as lists, lists of records as tables.

    The comparison stage evolves independently of this renderer, so its output is laid out
    from its own field names rather than from a fixed template.
    """
    if isinstance(obj, Span):
        return str(span_link(obj, ix))
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if depth >= COMPARISON_DEPTH:
            return escape(shorten(str(obj), 120))
        items = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]
        return _definition_list(items, ix, depth)
    if isinstance(obj, dict):
        return _definition_list([(str(k), v) for k, v in list(obj.items())[:COMPARISON_LIST_LIMIT]], ix, depth)
    if isinstance(obj, (list, tuple, set, frozenset)):
        return _generic_sequence(list(obj), ix, depth)
    if isinstance(obj, float):
        return escape(exact_value(obj))
    return escape(shorten("" if obj is None else str(obj), 400))


def _definition_list(items: list[tuple[str, Any]], ix: DossierIndex, depth: int) -> str:
    rows = "".join(
        f"<dt>{escape(name.replace('_', ' '))}</dt><dd>{generic_html(value, ix, depth + 1)}</dd>"
        for name, value in items
        if value not in (None, "", [], {}, ())
    )
    return f'<dl class="generic">{rows}</dl>'


def _generic_sequence(items: list[Any], ix: DossierIndex, depth: int) -> str:
    if not items:
        return ""
    shown = items[:COMPARISON_LIST_LIMIT]
    more = f'<p class="note">… and {len(items) - len(shown)} more (see the JSON export)</p>' if len(items) > len(shown) else ""
    records = [x for x in shown if dataclasses.is_dataclass(x) and not isinstance(x, type) and not isinstance(x, Span)]
    if records and len(records) == len(shown) and len({type(x) for x in records}) == 1:
        names = [f.name for f in dataclasses.fields(records[0])]
        head = "".join(f"<th>{escape(n.replace('_', ' '))}</th>" for n in names)
        body = "".join(
            "<tr>" + "".join(f"<td>{generic_html(getattr(r, n), ix, depth + 1)}</td>" for n in names) + "</tr>"
            for r in records
        )
        return f'<table class="generic"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}'
    return "<ul>" + "".join(f"<li>{generic_html(x, ix, depth + 1)}</li>" for x in shown) + f"</ul>{more}"

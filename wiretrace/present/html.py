"""The dossier as one self-contained HTML page: inline CSS and SVG, no network, no JS library.

Everything taken from articles is hostile: the Jinja environment autoescapes, and the
only strings marked safe are produced here from escaped parts (annotated article text,
charts, the one inline script). Article URLs become links only when http(s).
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from html import escape

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from wiretrace.model import Article
from wiretrace.present import annotated, views
from wiretrace.present.chart import figures_chart_svg
from wiretrace.present.dossier import (
    Dossier,
    DossierIndex,
    anchor_id,
    article_anchor,
    entity_anchor,
    safe_href,
    story_anchor,
)

# Long tables are cut here with a note pointing at the JSON/CSV exports, so a 500-article
# corpus stays a page a browser opens quickly.
TABLE_ROW_LIMIT = 200
STORY_ROW_LIMIT = 60
QUANTITIES_PER_STORY = 12
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
        timeline=views.corpus_timeline(ix, outside_stories),
        entities=views.entities_ranked(ix),
        open_articles=len(d.articles) <= OPEN_ARTICLES_LIMIT,
        table_limit=TABLE_ROW_LIMIT,
        story_limit=STORY_ROW_LIMIT,
        quantity_limit=QUANTITIES_PER_STORY,
        inf=float("inf"),
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

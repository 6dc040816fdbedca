"""The dossier as Markdown: the same sections as the HTML report, as text tables.

Article text is hostile here too: every piece of it goes through `md_inline` (tables and
running text: Markdown punctuation and raw-HTML brackets backslash-escaped, pipes
escaped, line breaks flattened) or `md_article_text` (article bodies: line structure
kept, but no line can start a heading, list, quote or code block). Links point at anchors this
module writes itself (`<a id="...">` built from sanitised ids), never at article URLs
unless they are plain http(s).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from wiretrace.model import Article, ArticleFacts
from wiretrace.present import annotated, views
from wiretrace.present.chart import exact_value
from wiretrace.present.dossier import (
    Dossier,
    DossierIndex,
    FactRef,
    article_anchor,
    safe_href,
    safe_id,
    story_anchor,
)

TABLE_ROW_LIMIT = 200
STORY_ROW_LIMIT = 60
QUANTITIES_PER_STORY = 12

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can
# start emphasis, links, images, code, HTML or tables in the middle of a line, plus an
# ampersand that would start a character reference.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#]|&(?=#?[A-Za-z0-9]+;))")
# What turns the start of a line into a heading, list item, quote, rule or fence.
_LINE_START_SPECIAL = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def md_inline(text: str | None, limit: int | None = None) -> str:
    """Text that stays one inert table cell or phrase whatever it contains."""
    flat = " ".join((text or "").split())
    if limit and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return _INLINE_SPECIAL.sub(r"\\\1", flat)


def _paragraphs(escaped: str) -> str:
    """One paragraph per line; no line may start a heading, list, quote or rule."""
    lines = (_LINE_START_SPECIAL.sub(_escape_line_start, line.strip()) for line in escaped.splitlines())
    return "\n\n".join(line for line in lines if line)


def md_article_text(article: Article, facts: ArticleFacts) -> str:
    """The article as paragraphs with an HTML anchor where each fact span starts.

    Entity mentions get no anchor here: nothing in the Markdown links to them, and
    hundreds of empty anchors would bury the text for anyone reading the source.
    """
    parts = []
    for seg in annotated.segments(article, replace(facts, mentions=[])):
        parts.extend(f'<a id="{a}"></a>' for a in seg.anchors)
        parts.append(_INLINE_SPECIAL.sub(r"\\\1", seg.text))
    return _paragraphs("".join(parts))


def _escape_line_start(m: re.Match[str]) -> str:
    marker = m.group(2)
    return m.group(1) + (marker[:-1] + "\\" + marker[-1] if marker[-1] in ".)" else "\\" + marker)


def table(header: Sequence[str], rows: Sequence[Sequence[str]], limit: int) -> list[str]:
    """A pipe table of already-escaped cells, cut at `limit` rows with a note."""
    if not rows:
        return ["_None._", ""]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n_Showing {limit} of {len(rows)} rows; the JSON and CSV exports hold all of them._")
    return lines + [""]


def render_markdown(d: Dossier) -> str:
    ix = DossierIndex(d)
    ids = [a.id for a in d.articles]
    stories = [views.story_view(ix, s) for s in d.stories]
    outside = [aid for aid in ids if aid not in ix.story_articles]
    out: list[str] = [f"# {md_inline(d.title)}", "", f"_Generated {md_inline(d.generated_at)}_", ""]
    out += _contents(stories)
    out += _overview(ix)
    if stories:
        out += ["## Stories", ""]
        for view in stories[:TABLE_ROW_LIMIT]:
            out += _story(ix, view)
    out += ["## Who said what", ""]
    for speaker in views.quotes_by_speaker(ix, ids)[:TABLE_ROW_LIMIT]:
        out += _speaker(speaker, 20)
    out += ["## Numeric claims", "", *_claims_table(views.claim_rows(ix, ids), TABLE_ROW_LIMIT)]
    out += ["## Denials and unverified reports", "", *_denials_table(views.denial_rows(ix, ids), TABLE_ROW_LIMIT)]
    out += ["## Sources by article", "", *_sources_by_article(ix, ids)]
    out += ["## Timeline", ""]
    if d.stories:
        out += ["_Each story has its own timeline; this one lists events of articles outside every story._", ""]
    out += _timeline_table(views.corpus_timeline(ix, outside), TABLE_ROW_LIMIT)
    out += ["## Entities", "", *_entities(ix)]
    out += ["## Articles", ""]
    for article in d.articles:
        out += _article(ix, article)
    return "\n".join(out).rstrip() + "\n"


def _contents(stories: list[views.StoryView]) -> list[str]:
    lines = ["## Contents", "", "- [Corpus overview](#corpus-overview)"]
    if stories:
        lines.append("- [Stories](#stories)")
        lines += [f"  - [{md_inline(v.story.label)}](#{story_anchor(v.story.id)})" for v in stories[:TABLE_ROW_LIMIT]]
    sections = ["Who said what", "Numeric claims", "Denials and unverified reports", "Sources by article",
                "Timeline", "Entities", "Articles"]
    lines += [f"- [{name}](#{_slug(name)})" for name in sections]
    return lines + [""]


def _slug(heading: str) -> str:
    return re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-")


def _link(ref: FactRef, label: str | None = None) -> str:
    """A link to the fact's anchor in its article (to the article when it has none)."""
    text = md_inline(label or ref.outlet)
    where = f"{safe_id(ref.span.article_id)[:8]}:{ref.span.start}-{ref.span.end}"
    return f"[{text}](#{ref.anchor or article_anchor(ref.span.article_id)} \"{where}\")"


def _overview(ix: DossierIndex) -> list[str]:
    d, counts = ix.d, ix.fact_counts
    first, last = ix.date_range
    header = ["Articles", "Outlets", "Stories", "Entities", "Quotes", "Claims", "Denials", "Sources", "Events",
              "Duplicate groups", "Ingest errors"]
    row = [len(d.articles), len(ix.outlet_counts), len(d.stories), len(d.entities), counts["quotes"], counts["claims"],
           counts["denials"], counts["sources"], counts["events"], len(d.duplicate_groups), len(d.errors)]
    out = ["## Corpus overview", "", *table(header, [[str(n) for n in row]], 1)]
    out += [f"Published from {first} to {last}." if first else "Publication dates unknown.", ""]
    out += ["**Outlets:** " + ", ".join(f"{md_inline(o)} ({n})" for o, n in ix.outlet_counts.most_common()), ""]
    out += ["### Ingest errors", ""]
    out += table(["Input", "Reason"], [[md_inline(e.source), md_inline(e.reason)] for e in d.errors], TABLE_ROW_LIMIT)
    return out


def _story(ix: DossierIndex, v: views.StoryView) -> list[str]:
    s = v.story
    out = [f'### <a id="{story_anchor(s.id)}"></a>{md_inline(s.label)}', "", f"> {md_inline(v.summary)}", ""]
    if v.first_report:
        out += [f"**First reported by:** {_article_ref(ix, v.first_report)}", ""]
    out += [f"**Dates:** {s.date_start or '?'} to {s.date_end or '?'} · **Outlets:** {md_inline(', '.join(v.outlets))}", ""]
    if s.key_entities:
        out += ["**Key entities:** " + ", ".join(md_inline(ix.entity_name(e)) for e in s.key_entities[:8]), ""]
    if v.charts:
        out += ["#### Figures over time", ""]
        out += [line for chart in v.charts for line in _series_lines(chart)]
    out += ["#### Numeric claims by quantity", ""]
    for q in v.quantities[:QUANTITIES_PER_STORY]:
        out += [f"**{md_inline(q.quantity)}**: {len(q.rows)} figure(s); {q.independent_outlets} independent outlet(s), "
                f"{q.independent_sources} independent source(s)", "", *_claims_table(q.rows, STORY_ROW_LIMIT)]
    if not v.quantities:
        out += ["_No numeric claims._", ""]
    out += ["#### Disagreements", ""]
    out += [f"- **{md_inline(d.quantity)}**: {_figure(d.first)} vs {_figure(d.second)}; {d.days_apart} day(s) apart"
            for d in v.disagreements[:STORY_ROW_LIMIT]]
    out += ["" if v.disagreements else "_No conflicting figures._", ""]
    out += ["#### Denials vs assertions", "", *_denials_table(v.denials, STORY_ROW_LIMIT, with_contested=True)]
    out += ["#### Timeline", "", *_timeline_table(v.timeline, STORY_ROW_LIMIT)]
    out += ["#### Sources", "", *_sources_table(v.sources)]
    out += ["#### Key actors and what they said", ""]
    for speaker in v.actors:
        out += _speaker(speaker, 10, level="#####")
    out += ["#### Articles (most central first)", ""]
    out += _ranked(ix, v.articles)
    return out


def _figure(f: views.FigureRef) -> str:
    return f"{md_inline(f.value_text)} ({md_inline(f.who)}, {_link(f.ref)}, {f.date or 'undated'})"


def _series_lines(chart: views.ChartSpec) -> list[str]:
    """A chart in words: each asserter's figures in date order, hedges kept."""
    lines = [f"**{md_inline(chart.y_label)}**", ""]
    by_series: dict[str, list] = {}
    for p in sorted(chart.points, key=lambda p: p.day):
        by_series.setdefault(p.series, []).append(p)
    for series, points in by_series.items():
        steps = " → ".join(
            f"{views.shown_day(p.day.isoformat(), p.date_bound)}: {md_inline(p.hedge) + ' ' if p.hedge else ''}{exact_value(p.value)}"
            + (f"–{exact_value(p.value_max)}" if p.value_max is not None and p.value_max > p.value else "")
            for p in points
        )
        lines.append(f"- {md_inline(series)}: {steps}")
    return lines + [""]


def _claims_table(rows: list[views.ClaimRow], limit: int) -> list[str]:
    header = ["Figure", "What is counted", "Hedge", "Asserted by", "Date", "Outlet", "Same figure", "Sentence"]
    cells = [
        [
            md_inline(r.claim.value_text), md_inline(r.claim.counted or r.quantity), md_inline(r.claim.hedge),
            md_inline(r.asserter or "unattributed"), r.date or "undated", md_inline(r.ref.outlet),
            str(r.same_figure), _link(r.ref, _excerpt(r.ref)),
        ]
        for r in rows
    ]
    return table(header, cells, limit)


def _excerpt(ref: FactRef, limit: int = 140) -> str:
    return " ".join(ref.sentence.split())[:limit] or ref.outlet


def _denials_table(rows: list[views.DenialRow], limit: int, with_contested: bool = False) -> list[str]:
    header = ["Kind", "Who", "Cue", "What", "Outlet", "Sentence"] + (["Assertions it disputes"] if with_contested else [])
    cells = []
    for r in rows:
        row = [
            "denial" if r.denial_kind == "denial" else "unverified", md_inline(r.denier or "unnamed"),
            md_inline(r.cue), md_inline(r.target), md_inline(r.ref.outlet), _link(r.ref, _excerpt(r.ref)),
        ]
        if with_contested:
            row.append(_contested(r))
        cells.append(row)
    return table(header, cells, limit)


def _contested(row: views.DenialRow) -> str:
    if not row.contested:
        return "none found"
    links = [_link(ref, _excerpt(ref, 90)) for ref in row.contested]
    more = row.contested_total - len(row.contested)
    return "<br>".join(links + ([f"and {more} more"] if more > 0 else []))


def _timeline_table(rows: list[views.TimelineRow], limit: int) -> list[str]:
    cells = [
        [
            t.date_start + (f" – {t.date_end}" if t.date_end != t.date_start else "") + (f" ({t.note})" if t.note else ""),
            md_inline(t.description, 200), _link(t.first), ", ".join(_link(r) for r in t.reports),
        ]
        for t in rows
    ]
    return table(["Date", "Event", "First reported by", "All reports"], cells, limit)


def _sources_table(rows: list[views.SourceRow]) -> list[str]:
    cells = [
        [md_inline(s.name), md_inline(s.kind), str(len(s.refs)), md_inline(", ".join(s.outlets)),
         " ".join(_link(ref, str(i)) for i, ref in enumerate(s.refs[:12], start=1))]
        for s in rows
    ]
    return table(["Source", "Kind", "Cited", "By outlets", "Where"], cells, STORY_ROW_LIMIT)


def _speaker(speaker: views.SpeakerQuotes, limit: int, level: str = "###") -> list[str]:
    out = [f"{level} {md_inline(speaker.speaker)}", "",
           f"_{len(speaker.quotes)} quote(s) in {md_inline(', '.join(speaker.outlets))}_", ""]
    for quote, ref in speaker.quotes[:limit]:
        cue = f"{md_inline(quote.cue)}, " if quote.cue else ""
        out.append(f"- ({quote.kind}) “{md_inline(quote.text, 300)}” — {cue}{_link(ref)}{', ' + ref.published[:10] if ref.published else ''}")
    if len(speaker.quotes) > limit:
        out.append(f"- _… and {len(speaker.quotes) - limit} more_")
    return out + [""]


def _ranked(ix: DossierIndex, ranked: list[views.RankedArticle]) -> list[str]:
    out = []
    for r in ranked[:STORY_ROW_LIMIT]:
        out.append(f"{r.rank}. {_article_ref(ix, r.article)}")
        if r.duplicates:
            out.append(f"   - {r.duplicate_kind} copies: " + "; ".join(_article_ref(ix, a) for a in r.duplicates))
    return out + [""]


def _article_ref(ix: DossierIndex, a: Article) -> str:
    return f"[{md_inline(a.title or '(untitled)')}](#{article_anchor(a.id)}) ({md_inline(ix.outlet(a.id))}, {(a.published or 'undated')[:10]})"


def _sources_by_article(ix: DossierIndex, ids: Iterable[str]) -> list[str]:
    cells = [
        [_article_ref(ix, a), ", ".join(f"{md_inline(s.name)} ({md_inline(s.kind)})" for s in refs)]
        for a, refs in views.sources_by_article(ix, ids)
    ]
    return table(["Article", "Sources relied on"], cells, TABLE_ROW_LIMIT)


def _entities(ix: DossierIndex) -> list[str]:
    cells = [
        [
            f"**{md_inline(e.name)}** ({md_inline(e.id)})", md_inline(e.label), md_inline(", ".join(e.aliases)),
            str(sum(e.mentions_by_article.values())),
            ", ".join(f"{md_inline(ix.outlet(aid))} ×{n}" for aid, n in sorted(e.mentions_by_article.items(), key=lambda kv: -kv[1])[:12]),
        ]
        for e in views.entities_ranked(ix)
    ]
    return table(["Entity", "Type", "Also written as", "Mentions", "Articles"], cells, TABLE_ROW_LIMIT)


def _article(ix: DossierIndex, a: Article) -> list[str]:
    href = safe_href(a.url)
    published = a.published or f"unknown: {a.published_note or 'no date found'}"
    if a.published and a.published_note:
        published += f" ({a.published_note})"
    return [
        f'### <a id="{article_anchor(a.id)}"></a>{md_inline(a.title or "(untitled)")}',
        "",
        f"- **Outlet:** {md_inline(a.outlet or 'unknown')}",
        f"- **Author:** {md_inline(a.author or 'unknown')}",
        f"- **Published:** {md_inline(published)}",
        f"- **Language:** {md_inline(a.language or 'unknown')}",
        f"- **URL:** <{href}>" if href else f"- **URL:** {md_inline(a.url or 'none')}",
        f"- **Source:** {md_inline(a.source)}",
        f"- **Id:** `{safe_id(a.id)}`",
        "",
        md_article_text(a, ix.facts(a.id)),
        "",
    ]

"""Views: the dossier regrouped the way a reader asks questions.

Pure functions from a `DossierIndex` (and a set of article ids: one story, or the whole
corpus) to small row dataclasses that the HTML and Markdown renderers lay out. Nothing
here re-extracts facts: every row keeps the `FactRef` of the sentence it came from.

Story sections render the story's `StoryComparison` (`wiretrace.analyse.compare`): its
claim groups, corroboration, disagreements, denials-vs-assertions and merged timeline.
A dossier built without comparisons gets them computed here, from the same function, so
a story section is never half empty. Corpus-wide tables (all claims, all denials, the
timeline of articles outside every story) use the same building blocks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from wiretrace.analyse import compare
from wiretrace.analyse.compare import ClaimGroup, ClaimRef, MergedEvent, StoryComparison
from wiretrace.model import Article, Claim, Entity, Quote, SourceRef, Story
from wiretrace.present.chart import ChartPoint
from wiretrace.present.dossier import DossierIndex, FactRef

CONTESTED_LIMIT = 5  # assertions listed next to one denial
CHARTS_PER_STORY = 4


@dataclass
class ClaimRow:
    claim: Claim
    ref: FactRef
    date: str | None  # the claim's own date, else its article's publication date
    asserter: str
    quantity: str  # what is counted, as the claim group names it
    same_figure: int = 1  # independent reports of this quantity giving this figure


@dataclass
class FigureRef:
    """One side of a disagreement."""

    value_text: str
    who: str
    date: str | None
    ref: FactRef


@dataclass
class DisagreementRow:
    quantity: str
    first: FigureRef
    second: FigureRef
    days_apart: int
    relative_gap: float  # gap between the two figures' ranges / the smaller figure


@dataclass
class ChartSpec:
    title: str
    y_label: str
    points: list[ChartPoint]


@dataclass
class QuantityView:
    """One claim group of a story: every figure for one quantity, and how well it holds."""

    id: str
    quantity: str
    independent_outlets: int
    independent_sources: int
    rows: list[ClaimRow]
    chart: ChartSpec | None
    disagreements: list[DisagreementRow]


@dataclass
class DenialRow:
    denial_kind: str  # "denial" | "hedged"
    cue: str
    target: str | None
    ref: FactRef
    denier: str
    contested: list[FactRef] = field(default_factory=list)  # the assertions it disputes (first few)
    contested_total: int = 0
    quantities: list[str] = field(default_factory=list)  # names of the disputed claim groups


@dataclass
class TimelineRow:
    date_start: str
    date_end: str
    date_text: str
    description: str
    first: FactRef  # the earliest-published report of it
    reports: list[FactRef]
    note: str  # "inferred", "year from the story's dates", or ""


@dataclass
class SourceRow:
    source_id: str
    name: str
    kind: str
    refs: list[FactRef]

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.refs})


@dataclass
class SpeakerQuotes:
    speaker: str
    entity_id: str | None
    quotes: list[tuple[Quote, FactRef]]

    @property
    def outlets(self) -> list[str]:
        return sorted({ref.outlet for _, ref in self.quotes})


@dataclass
class RankedArticle:
    rank: int
    article: Article
    duplicates: list[Article]
    duplicate_kind: str | None


def parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- claims


def figure_key(claim: Claim) -> tuple[float | None, float | None, str | None]:
    return (claim.value, claim.value_max, None if claim.value is not None else (claim.vague or claim.value_text))


def claim_rows(ix: DossierIndex, article_ids: Iterable[str]) -> list[ClaimRow]:
    """Claims of the given articles, dated, attributed, grouped by the quantity they count
    (the comparison stage's key) and counted for corroboration of the same figure."""
    groups: dict[tuple, list[ClaimRow]] = defaultdict(list)
    for aid in article_ids:
        for claim in ix.facts(aid).claims:
            row = _claim_row(ix, claim, quantity=claim.counted or claim.unit_class)
            groups[compare.claim_key(claim, row.ref.span_text)].append(row)
    for rows in groups.values():
        label = min((r.quantity for r in rows), key=lambda q: (len(q), q))
        for row in rows:
            row.quantity = label
        count_same_figures(ix, rows)
    return sorted((r for rows in groups.values() for r in rows), key=_row_order)


def _row_order(row: ClaimRow) -> tuple:
    return (row.date or "9999", row.quantity, row.claim.value or 0)


def _claim_row(ix: DossierIndex, claim: Claim, quantity: str) -> ClaimRow:
    ref = ix.ref(claim.span)
    has_asserter = claim.asserter_id or claim.asserter_name
    return ClaimRow(
        claim=claim,
        ref=ref,
        date=claim.date or ref.published or None,
        asserter=ix.entity_name(claim.asserter_id, claim.asserter_name) if has_asserter else "",
        quantity=quantity,
    )


def count_same_figures(ix: DossierIndex, rows: list[ClaimRow]) -> None:
    """Set each row's count of independent reports (copies once) giving its figure."""
    reports: dict[tuple, set[str]] = defaultdict(set)
    for row in rows:
        reports[figure_key(row.claim)].add(ix.independent_key(row.ref.span.article_id))
    for row in rows:
        row.same_figure = len(reports[figure_key(row.claim)])


def quantity_views(ix: DossierIndex, comparison: StoryComparison) -> list[QuantityView]:
    """The story's claim groups, largest first, each with its rows, chart and conflicts."""
    return [_quantity_view(ix, group) for group in comparison.claim_groups]


def _quantity_view(ix: DossierIndex, group: ClaimGroup) -> QuantityView:
    rows = [_claim_row(ix, _claim_of(ix, ref), group.quantity) for ref in group.claims]
    count_same_figures(ix, rows)
    return QuantityView(
        id=group.id,
        quantity=group.quantity,
        independent_outlets=group.independent_outlets,
        independent_sources=group.independent_sources,
        rows=sorted(rows, key=_row_order),
        chart=_group_chart(ix, group),
        disagreements=[
            DisagreementRow(group.quantity, _figure(ix, d.first), _figure(ix, d.second), d.days_apart, d.relative_gap)
            for d in group.disagreements
        ],
    )


def _claim_of(ix: DossierIndex, ref: ClaimRef) -> Claim:
    return ix.facts(ref.article_id).claims[ref.claim_index]


def _figure(ix: DossierIndex, ref: ClaimRef) -> FigureRef:
    fact_ref = ix.ref(ref.span)
    return FigureRef(ref.value_text, ref.asserter_name or fact_ref.outlet, ref.date, fact_ref)


def _group_chart(ix: DossierIndex, group: ClaimGroup) -> ChartSpec | None:
    """Figures over time for a group stated at least twice with a date."""
    points = []
    for p in group.series:
        day, where = parse_day(p.date), ix.ref(p.ref.span)
        if day is None:
            continue
        points.append(ChartPoint(
            day=day, value=p.value, value_max=p.value_max, hedge=p.ref.hedge, series=p.label,
            label=f"{p.ref.value_text} {p.ref.counted or ''}: {p.label}, {where.outlet}, {shown_day(p.date, p.date_bound)}",
            href=f"#{where.anchor}" if where.anchor else None, date_bound=p.date_bound,
        ))
    if len(points) < 2:
        return None
    return ChartSpec(f"Figures over time: {group.quantity}", group.quantity, points)



def shown_day(day: str, date_bound: str | None) -> str:
    """A chart date as a reader should take it: "2024-10-01", or "after 2024-10-01" when it
    is an undated article's inferred publication bound ("between" shows its lower end)."""
    return f"{'before' if date_bound == 'before' else 'after'} {day} (inferred)" if date_bound else day

# ---------------------------------------------------------------- denials


def denial_rows(ix: DossierIndex, article_ids: Iterable[str], comparison: StoryComparison | None = None) -> list[DenialRow]:
    """Denials and unverified reports; with a story comparison, each denial comes with the
    assertions it disputes."""
    conflicts = {c.span: c for c in comparison.denials_vs_assertions} if comparison else {}
    names = {g.id: g.quantity for g in comparison.claim_groups} if comparison else {}
    rows = []
    for aid in article_ids:
        for denial in ix.facts(aid).denials:
            has_denier = denial.denier_id or denial.denier_name
            row = DenialRow(
                denial_kind=denial.kind, cue=denial.cue, target=denial.target, ref=ix.ref(denial.span),
                denier=ix.entity_name(denial.denier_id, denial.denier_name) if has_denier else "",
            )
            conflict = conflicts.get(denial.span)
            if conflict:
                row.contested = [ix.ref(a.span) for a in conflict.assertions[:CONTESTED_LIMIT]]
                row.contested_total = len(conflict.assertions)
                row.quantities = [names[g] for g in conflict.group_ids if g in names]
            rows.append(row)
    return rows


# ---------------------------------------------------------------- timeline


def timeline_rows(ix: DossierIndex, merged: list[MergedEvent]) -> list[TimelineRow]:
    return [_timeline_row(ix, event) for event in merged if event.sources]


def corpus_timeline(ix: DossierIndex, article_ids: list[str]) -> list[TimelineRow]:
    """Events of articles that belong to no story, merged as a story's would be."""
    members = [ix.articles[aid] for aid in article_ids if aid in ix.articles]
    return timeline_rows(ix, compare.timeline_of(members, ix.d.facts))


def _timeline_row(ix: DossierIndex, event: MergedEvent) -> TimelineRow:
    reports = [ix.ref(source.span) for source in event.sources]
    note = "year from the story's dates" if event.dated_by_story else ""
    return TimelineRow(event.date_start, event.date_end, event.date_text, event.description, reports[0], reports, note)


# ---------------------------------------------------------------- sources, quotes


def source_rows(ix: DossierIndex, article_ids: Iterable[str]) -> list[SourceRow]:
    """Sources relied on, most-cited first."""
    by_source: dict[str, SourceRow] = {}
    for aid in article_ids:
        for src in ix.facts(aid).sources:
            row = by_source.setdefault(src.source_id, SourceRow(src.source_id, src.name, src.kind, []))
            row.refs.append(ix.ref(src.span))
    return sorted(by_source.values(), key=lambda r: (-len(r.refs), r.name.lower()))


def sources_by_article(ix: DossierIndex, article_ids: Iterable[str]) -> list[tuple[Article, list[SourceRef]]]:
    return [(ix.articles[aid], ix.facts(aid).sources) for aid in article_ids if ix.facts(aid).sources]


def quotes_by_speaker(ix: DossierIndex, article_ids: Iterable[str]) -> list[SpeakerQuotes]:
    """Quotes grouped by canonical speaker; the most-quoted first, unattributed last."""
    groups: dict[str, SpeakerQuotes] = {}
    for aid in article_ids:
        for quote in ix.facts(aid).quotes:
            key = quote.speaker_id or (quote.speaker_name or "").strip().lower()
            name = ix.entity_name(quote.speaker_id, quote.speaker_name) if key else "Unattributed"
            group = groups.setdefault(key, SpeakerQuotes(name, quote.speaker_id, []))
            group.quotes.append((quote, ix.ref(quote.span)))
    for group in groups.values():
        group.quotes.sort(key=lambda qr: qr[1].published or "9999")
    return sorted(groups.values(), key=lambda g: (g.speaker == "Unattributed", -len(g.quotes), g.speaker.lower()))


def key_actors(story: Story, speakers: list[SpeakerQuotes], limit: int = 8) -> list[SpeakerQuotes]:
    """The story's ranked key entities that are quoted, then other quoted speakers."""
    quoted = {s.entity_id: s for s in speakers if s.entity_id}
    ranked = [quoted[e] for e in story.key_entities if e in quoted]
    rest = [s for s in speakers if s not in ranked and s.speaker != "Unattributed"]
    return (ranked + rest)[:limit]


def ranked_articles(ix: DossierIndex, article_ids: list[str]) -> list[RankedArticle]:
    """The story's articles in rank order; copies are folded under their canonical article."""
    shown: set[str] = set()
    ranked: list[RankedArticle] = []
    for aid in article_ids:
        if aid in shown or aid not in ix.articles:
            continue
        group = ix.group_of.get(aid)
        members = [m for m in (group.article_ids if group else [aid]) if m in ix.articles]
        shown.update(members)
        dupes = [ix.articles[m] for m in members if m != aid]
        ranked.append(RankedArticle(len(ranked) + 1, ix.articles[aid], dupes, group.kind if group and dupes else None))
    return ranked


def entities_ranked(ix: DossierIndex) -> list[Entity]:
    """Canonical entities, the most-mentioned first."""
    return sorted(ix.d.entities, key=lambda e: (-sum(e.mentions_by_article.values()), e.name.lower()))


# ---------------------------------------------------------------- stories


@dataclass
class StoryView:
    story: Story
    comparison: StoryComparison
    article_ids: list[str]
    outlets: list[str]
    first_report: Article | None  # the story's earliest-published article
    quantities: list[QuantityView]
    denials: list[DenialRow]
    timeline: list[TimelineRow]
    sources: list[SourceRow]
    actors: list[SpeakerQuotes]
    articles: list[RankedArticle]

    @property
    def claims(self) -> list[ClaimRow]:
        return sorted((row for q in self.quantities for row in q.rows), key=_row_order)

    @property
    def charts(self) -> list[ChartSpec]:
        return [q.chart for q in self.quantities if q.chart][:CHARTS_PER_STORY]

    @property
    def disagreements(self) -> list[DisagreementRow]:
        return [d for q in self.quantities for d in q.disagreements]

    @property
    def summary(self) -> str:
        return story_summary(self)


def story_view(ix: DossierIndex, story: Story) -> StoryView:
    article_ids = [aid for aid in story.article_ids if aid in ix.articles]
    comparison = ix.d.comparisons.get(story.id) or compare.compare_story(
        story, ix.articles, ix.d.facts, ix.d.duplicate_groups
    )
    first = comparison.first_reported_by
    return StoryView(
        story=story,
        comparison=comparison,
        article_ids=article_ids,
        outlets=story.outlets or sorted({ix.outlet(aid) for aid in article_ids}),
        first_report=ix.articles.get(first.article_id) if first else None,
        quantities=quantity_views(ix, comparison),
        denials=denial_rows(ix, article_ids, comparison),
        timeline=timeline_rows(ix, comparison.timeline),
        sources=source_rows(ix, article_ids),
        actors=key_actors(story, quotes_by_speaker(ix, article_ids)),
        articles=ranked_articles(ix, article_ids),
    )


def story_summary(view: StoryView) -> str:
    """One line: size, outlets, dates, counts, and the best-corroborated quantity's latest figure."""
    s = view.story
    parts = [f"{_count(len(view.article_ids), 'article')} from {_count(len(view.outlets), 'outlet')}"]
    if s.date_start or s.date_end:
        parts.append(f"{s.date_start or '?'} to {s.date_end or '?'}")
    parts.append(", ".join([
        _count(len(view.claims), "figure"), _count(len(view.disagreements), "disagreement"),
        _count(len(view.denials), "denial"), _count(len(view.timeline), "dated event"),
    ]))
    latest = _latest_main_figure(view.quantities)
    if latest:
        parts.append(f"latest on {latest.quantity}: {latest.claim.value_text} "
                     f"({latest.asserter or latest.ref.outlet}, {latest.date})")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _latest_main_figure(quantities: list[QuantityView]) -> ClaimRow | None:
    """The latest dated figure of the quantity reported by the most independent outlets."""
    dated = [(q, [r for r in q.rows if parse_day(r.date) and r.claim.value is not None]) for q in quantities]
    dated = [(q, rows) for q, rows in dated if rows]
    if not dated:
        return None
    _, rows = max(dated, key=lambda qr: (qr[0].independent_outlets, len(qr[1])))
    return max(rows, key=lambda r: r.date or "")

"""Views: the dossier regrouped the way a reader asks questions.

Pure functions from a `DossierIndex` (and a set of article ids: one story, or the whole
corpus) to small row dataclasses that the HTML and Markdown renderers lay out. Nothing
here re-extracts facts: every row keeps the `FactRef` of the sentence it came from. Table
layout is the renderers' job; the one-line story summary and the chart tooltips are made
here because both formats share them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from wiretrace.model import Article, Claim, Denial, Entity, Event, Quote, SourceRef, Story
from wiretrace.present.chart import ChartPoint
from wiretrace.present.dossier import DossierIndex, FactRef

# Two figures for the same measure disagree when stated this close together; further
# apart they are more likely an evolving count than a conflict.
DISAGREEMENT_WINDOW_DAYS = 7
CONTESTED_LIMIT = 5  # assertions listed next to one denial
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common in news prose to tie a denial to an assertion.
_STOPWORDS = frozenset(
    "that this with from have been were they their there which would about after said says "
    "also into than them then these those what when where will more most other some such "
    "only over very being could should while report reports reported according".split()
)


@dataclass
class ClaimRow:
    claim: Claim
    ref: FactRef
    date: str | None  # the claim's own date, else its article's publication date
    asserter: str
    measure: str  # grouping key: what is counted, in which unit
    measure_label: str
    corroboration: int = 1  # independent reports stating the same figure


@dataclass
class Disagreement:
    measure_label: str
    rows: list[ClaimRow]  # differing figures stated within DISAGREEMENT_WINDOW_DAYS


@dataclass
class DenialRow:
    denial: Denial
    ref: FactRef
    denier: str
    contested: list[tuple[str, FactRef]] = field(default_factory=list)  # ("claim"|"quote", where)


@dataclass
class EventRef:
    event: Event
    ref: FactRef


@dataclass
class TimelineRow:
    date_start: str
    date_end: str
    date_text: str
    description: str
    first: EventRef  # the earliest-published report of it
    reports: list[EventRef]
    inferred: bool

    @property
    def outlets(self) -> list[str]:
        return sorted({r.ref.outlet for r in self.reports})


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


# ---------------------------------------------------------------- claims


def measure_key(claim: Claim) -> str:
    """Claims count the same thing when unit and the head noun of `counted` agree."""
    return f"{claim.unit_class}|{claim.unit or ''}|{_head_noun(claim.counted)}"


def _head_noun(phrase: str | None) -> str:
    words = re.findall(r"[^\W_]+", (phrase or "").lower())
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def figure_key(claim: Claim) -> tuple[float | None, float | None, str | None]:
    return (claim.value, claim.value_max, None if claim.value is not None else (claim.vague or claim.value_text))


def claim_rows(ix: DossierIndex, article_ids: Iterable[str]) -> list[ClaimRow]:
    """Claims of the given articles, dated, attributed and counted for corroboration."""
    rows = [_claim_row(ix, claim) for aid in article_ids for claim in ix.facts(aid).claims]
    labels = _measure_labels(rows)
    reports: dict[tuple, set[str]] = defaultdict(set)
    for row in rows:
        row.measure_label = labels[row.measure]
        reports[(row.measure, figure_key(row.claim))].add(ix.independent_key(row.ref.span.article_id))
    for row in rows:
        row.corroboration = len(reports[(row.measure, figure_key(row.claim))])
    return sorted(rows, key=lambda r: (r.date or "9999", r.measure_label, r.claim.value or 0))


def _claim_row(ix: DossierIndex, claim: Claim) -> ClaimRow:
    ref = ix.ref(claim.span)
    asserter = ix.entity_name(claim.asserter_id, claim.asserter_name) if (claim.asserter_id or claim.asserter_name) else ""
    return ClaimRow(
        claim=claim,
        ref=ref,
        date=(claim.date or ref.published or None),
        asserter=asserter,
        measure=measure_key(claim),
        measure_label="",
    )


def _measure_labels(rows: list[ClaimRow]) -> dict[str, str]:
    """Each measure is labelled by the shortest wording used for it (the most generic)."""
    wordings: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wordings[row.measure].add(row.claim.counted or row.claim.unit_class)
    return {m: min(words, key=lambda w: (len(w), w)) for m, words in wordings.items()}


def disagreements(rows: list[ClaimRow]) -> list[Disagreement]:
    """Per measure, the differing figures that were stated close together in time."""
    by_measure: dict[str, list[ClaimRow]] = defaultdict(list)
    for row in rows:
        if parse_day(row.date) and row.claim.value is not None:
            by_measure[row.measure].append(row)
    found = []
    for measure_rows in by_measure.values():
        clashing = _clashing(measure_rows)
        if clashing:
            found.append(Disagreement(measure_rows[0].measure_label, clashing))
    return found


def _clashing(rows: list[ClaimRow]) -> list[ClaimRow]:
    """Rows whose figure differs from another row's stated within the window."""
    rows = sorted(rows, key=lambda r: r.date or "")
    days = [parse_day(r.date) or date.min for r in rows]
    clashing: dict[int, ClaimRow] = {}
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            if (days[j] - days[i]).days > DISAGREEMENT_WINDOW_DAYS:
                break
            if figure_key(a.claim) != figure_key(rows[j].claim):
                clashing[i], clashing[j] = a, rows[j]
    return [clashing[i] for i in sorted(clashing)]


def parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- denials


def denial_rows(ix: DossierIndex, article_ids: list[str], claims: list[ClaimRow] | None = None) -> list[DenialRow]:
    """Denials; given the claims of the same articles, each next to the assertions it disputes."""
    assertions = None if claims is None else _assertions(ix, article_ids, claims)
    rows = []
    for aid in article_ids:
        for denial in ix.facts(aid).denials:
            ref = ix.ref(denial.span)
            has_denier = denial.denier_id or denial.denier_name
            row = DenialRow(denial, ref, ix.entity_name(denial.denier_id, denial.denier_name) if has_denier else "")
            if assertions is not None:
                row.contested = _contested(denial, ref, assertions)
            rows.append(row)
    return rows


def _assertions(ix: DossierIndex, article_ids: list[str], claims: list[ClaimRow]) -> list[tuple[str, FactRef, set[str]]]:
    """Claims and quotes with their content words, computed once per story."""
    refs = [("claim", c.ref) for c in claims]
    refs += [("quote", ix.ref(q.span)) for aid in article_ids for q in ix.facts(aid).quotes]
    return [(kind, ref, _content_words(ref.sentence)) for kind, ref in refs]


def _contested(denial: Denial, ref: FactRef, assertions: list[tuple[str, FactRef, set[str]]]) -> list[tuple[str, FactRef]]:
    """Assertions sharing at least two content words with what is denied (or, when the
    target is as vague as "the reports", with the denial's whole sentence)."""
    topic = _content_words(denial.target or "")
    if len(topic) < 2:
        topic |= _content_words(ref.sentence)
    found = [
        (kind, candidate)
        for kind, candidate, words in assertions
        if candidate.sentence != ref.sentence and len(topic & words) >= 2
    ]
    return found[:CONTESTED_LIMIT]


def _content_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOPWORDS}


# ---------------------------------------------------------------- timeline


def timeline(ix: DossierIndex, article_ids: Iterable[str]) -> list[TimelineRow]:
    """Events merged across articles: same dates and a shared actor or wording."""
    refs = [EventRef(e, ix.ref(e.span)) for aid in article_ids for e in ix.facts(aid).events]
    refs.sort(key=lambda r: (r.event.date_start, r.ref.published or "9999"))
    # Only events with identical dates can merge, so each is compared within its date bucket.
    buckets: dict[tuple[str, str], list[tuple[set[str], list[EventRef]]]] = defaultdict(list)
    merged: list[list[EventRef]] = []
    for ref in refs:
        words = _content_words(ref.event.description)
        bucket = buckets[(ref.event.date_start, ref.event.date_end)]
        group = next((g for g_words, g in bucket if _same_event(g[0].event, g_words, ref.event, words)), None)
        if group is None:
            group = [ref]
            bucket.append((words, group))
            merged.append(group)
        else:
            group.append(ref)
    return [_timeline_row(group) for group in merged]


def _same_event(a: Event, a_words: set[str], b: Event, b_words: set[str]) -> bool:
    """Same-dated events are one when they share an actor or most of their wording."""
    if set(a.actors) & set(b.actors):
        return True
    return bool(a_words and b_words) and len(a_words & b_words) / len(a_words | b_words) >= 0.3


def _timeline_row(group: list[EventRef]) -> TimelineRow:
    first = min(group, key=lambda r: r.ref.published or "9999")
    return TimelineRow(
        date_start=first.event.date_start,
        date_end=first.event.date_end,
        date_text=first.event.date_text,
        description=first.event.description,
        first=first,
        reports=group,
        inferred=all(r.event.inferred for r in group),
    )


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


# ---------------------------------------------------------------- charts


@dataclass
class ChartSpec:
    title: str
    y_label: str
    points: list[ChartPoint]


def figure_charts(rows: list[ClaimRow], limit: int = 4) -> list[ChartSpec]:
    """One chart per measure stated at least twice with a date, the most-stated first."""
    by_measure: dict[str, list[ChartPoint]] = defaultdict(list)
    labels: dict[str, str] = {}
    for row in rows:
        point = _chart_point(row)
        if point is not None:
            by_measure[row.measure].append(point)
            labels[row.measure] = row.measure_label
    charted = sorted((m for m, pts in by_measure.items() if len(pts) >= 2), key=lambda m: -len(by_measure[m]))
    return [ChartSpec(f"Figures over time: {labels[m]}", labels[m], by_measure[m]) for m in charted[:limit]]


def _chart_point(row: ClaimRow) -> ChartPoint | None:
    day = parse_day(row.date)
    if day is None or row.claim.value is None:
        return None
    who = row.asserter or row.ref.outlet
    return ChartPoint(
        day=day,
        value=row.claim.value,
        value_max=row.claim.value_max,
        hedge=row.claim.hedge,
        series=who,
        label=f"{row.claim.value_text} {row.claim.counted or ''}: {who}, {row.ref.outlet}, {row.date}",
        href=f"#{row.ref.anchor}" if row.ref.anchor else None,
    )


# ---------------------------------------------------------------- stories


@dataclass
class StoryView:
    story: Story
    article_ids: list[str]
    outlets: list[str]
    claims: list[ClaimRow]
    charts: list[ChartSpec]
    disagreements: list[Disagreement]
    denials: list[DenialRow]
    timeline: list[TimelineRow]
    sources: list[SourceRow]
    actors: list[SpeakerQuotes]
    articles: list[RankedArticle]
    comparison: object | None  # wiretrace.analyse.compare.StoryComparison, when computed

    @property
    def summary(self) -> str:
        return story_summary(self)


def story_view(ix: DossierIndex, story: Story) -> StoryView:
    article_ids = [aid for aid in story.article_ids if aid in ix.articles]
    claims = claim_rows(ix, article_ids)
    return StoryView(
        story=story,
        article_ids=article_ids,
        outlets=story.outlets or sorted({ix.outlet(aid) for aid in article_ids}),
        claims=claims,
        charts=figure_charts(claims),
        disagreements=disagreements(claims),
        denials=denial_rows(ix, article_ids, claims),
        timeline=timeline(ix, article_ids),
        sources=source_rows(ix, article_ids),
        actors=key_actors(story, quotes_by_speaker(ix, article_ids)),
        articles=ranked_articles(ix, article_ids),
        comparison=ix.d.comparisons.get(story.id),
    )


def story_summary(view: StoryView) -> str:
    """One line: size, outlets, dates, and the most-reported figure's latest value."""
    s = view.story
    parts = [f"{_count(len(view.article_ids), 'article')} from {_count(len(view.outlets), 'outlet')}"]
    if s.date_start or s.date_end:
        parts.append(f"{s.date_start or '?'} to {s.date_end or '?'}")
    parts.append(", ".join([
        _count(len(view.claims), "figure"), _count(len(view.denials), "denial"),
        _count(len(view.timeline), "dated event"),
    ]))
    latest = _latest_main_figure(view.claims)
    if latest:
        parts.append(f"latest on {latest.measure_label}: {latest.claim.value_text} "
                     f"({latest.asserter or latest.ref.outlet}, {latest.date})")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _latest_main_figure(rows: list[ClaimRow]) -> ClaimRow | None:
    dated = [r for r in rows if r.date and r.claim.value is not None]
    if not dated:
        return None
    counts: dict[str, int] = defaultdict(int)
    for r in dated:
        counts[r.measure] += 1
    main = max(counts, key=lambda m: counts[m])
    return max((r for r in dated if r.measure == main), key=lambda r: r.date or "")

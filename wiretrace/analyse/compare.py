"""Story-level comparison across outlets: who reported which figure, who agrees, who denies.

`compare_story` is a pure function over the model dataclasses of one story's articles:

- **claim groups**: numeric claims about one quantity ("North Korean troops",
  "soldiers from the DPRK" -> one group; "Russian soldiers killed" -> another). The key
  is the counted noun's head (military synonyms folded: troops = soldiers = personnel),
  the unit class, the countries named in the counted phrase and a casualty state
  (killed / wounded / captured / casualties) read near the number. A claim whose counted
  phrase names no country joins a group whose country its sentence names. A figure whose
  counted thing is unknown is compared with nothing (it stays in its article's claims).
- **corroboration**: distinct outlets and distinct primary sources per group, with the
  copies of one report (a `DuplicateGroup`) counted once.
- **disagreements**: two figures of one group asserted within `DISAGREEMENT_WINDOW_DAYS`
  of each other whose value ranges are more than `DISAGREEMENT_TOLERANCE` apart
  (hedges widen a figure into a range: "over 12,000" is 12,000 and up).
- **denials vs assertions**: a denial whose target names the group's counted head (or a
  synonym) and, when the group has countries, one of them.
- **timeline**: every article's events merged when the dates overlap at the same
  precision and the descriptions or actors agree; the merged event keeps every source
  and the outlet that reported it first (by publication date; undated articles last).
  Articles without a publication date are re-dated against the story's reference date
  (median publication date of its dated articles), see `wiretrace.analyse.timeline`;
  their inferred publication bounds ("after", "before" or "between" dates) go to
  `publication_bounds` and date their figures approximately (charted at the bound and
  marked so, never compared for disagreements).
- **first report**: the earliest-published dated article; undated ones cannot compete.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from wiretrace.analyse.timeline import events_in_text
from wiretrace.model import (
    Article,
    ArticleFacts,
    Claim,
    Denial,
    DuplicateGroup,
    Event,
    Span,
    Story,
)
from wiretrace.nlp.gazetteer import country_index, name_key

DISAGREEMENT_WINDOW_DAYS = 14
DISAGREEMENT_TOLERANCE = 0.10  # relative gap between two figures' ranges
EVENT_MATCH_JACCARD = 0.35  # description word overlap that makes two same-dated events one
EVENT_ACTOR_JACCARD = 0.15  # lower bar when the two events also share an actor

# Words that count the same thing: a figure of "troops" and one of "soldiers" compare.
_HEAD_SYNONYMS = {
    "troop": "troops", "soldier": "troops", "serviceman": "troops", "servicemen": "troops",
    "personnel": "troops", "fighter": "troops", "force": "troops", "contingent": "troops",
    "military": "troops", "mercenary": "troops", "officer": "officers", "people": "people",
    "person": "people", "civilian": "civilians", "shell": "shells", "missile": "missiles",
    "drone": "drones", "worker": "workers", "refugee": "refugees", "prisoner": "prisoners",
}
# A casualty word near a figure makes it a different quantity from a head count.
_STATES = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "eliminated": "killed", "executed": "killed", "fatalities": "killed",
    "wounded": "wounded", "injured": "wounded",
    "captured": "captured", "prisoners": "captured",
    "casualties": "casualties", "losses": "casualties", "lost": "casualties",
}
_STATE_WINDOW = 60  # characters after the number where a casualty word still belongs to it
_HEAD_STOP = re.compile(r"\s+(?:in|from|of|to|for|at|on|near|including|who|that|which|with)\s+", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or as is are was were be been has have had "
    "that this these those it its their his her he she they we said says say will would "
    "about after before over into than then there which who what when also not".split()
)
# Hedges that leave the figure open upward or downward.
_OPEN_ABOVE = {"over", "more than", "at least", "above", "upwards of", "no fewer than", "in excess of"}
_OPEN_BELOW = {"up to", "nearly", "almost", "fewer than", "less than", "under", "no more than", "as many as"}

# An article's events for the timeline: (event, index in ArticleFacts.events or None when
# the story re-dated it, whether the story's reference date dated it).
ArticleEvents = list[tuple[Event, int | None, bool]]


@dataclass
class ClaimRef:
    """One numeric claim as the comparison sees it, pointing back to its article."""

    article_id: str
    claim_index: int  # index into ArticleFacts.claims
    span: Span
    value_text: str
    value: float | None
    value_max: float | None
    hedge: str | None
    counted: str | None
    asserter_id: str | None
    asserter_name: str | None
    outlet: str | None
    date: str | None  # ISO date the claim holds / was asserted (claim date, else publication)
    copy_of: str  # the canonical article of its duplicate group (itself when unique)
    # `date` is an undated article's inferred publication bound: "after", "before" or
    # "between" (then `date` is the lower end); None for a stated date
    date_bound: str | None = None


@dataclass
class SeriesPoint:
    """One figure in a group's chart: a dated value from one asserter (or outlet)."""

    date: str
    value: float
    value_max: float | None
    label: str  # asserter name, else outlet, else article id
    ref: ClaimRef
    date_bound: str | None = None  # dated by an inferred publication bound, see ClaimRef


@dataclass
class Disagreement:
    """Two figures for one quantity, close in time, that do not agree."""

    first: ClaimRef
    second: ClaimRef
    days_apart: int
    relative_gap: float  # gap between the two value ranges / the smaller figure


@dataclass
class ClaimGroup:
    """Every claim about one quantity across the story's articles."""

    id: str
    quantity: str  # most common counted phrase: "North Korean troops"
    unit_class: str
    key_terms: list[str]  # counted head, countries (gpe ids) and casualty state
    claims: list[ClaimRef]
    series: list[SeriesPoint]  # dated figures, sorted by date
    independent_outlets: int  # duplicate copies counted once
    independent_sources: int  # asserters / cited sources, duplicate copies counted once
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass
class DenialConflict:
    """A denial in the story, with the claim groups whose assertions it contradicts."""

    article_id: str
    denial_index: int  # index into ArticleFacts.denials
    span: Span
    cue: str
    denier_id: str | None
    denier_name: str | None
    target: str | None
    group_ids: list[str]
    assertions: list[ClaimRef]


@dataclass
class EventSource:
    """Where one article reports a merged event."""

    article_id: str
    span: Span
    outlet: str | None
    published: str | None
    date_text: str
    event_index: int | None  # index into ArticleFacts.events; None when dated by the story


@dataclass
class MergedEvent:
    """One happening of the story timeline, with every article that reports it."""

    date_start: str
    date_end: str
    precision: str
    date_text: str
    description: str
    actors: list[str]
    sources: list[EventSource]  # earliest-published first, undated last
    first_reported_by: str | None  # outlet (else article id) of the earliest source
    dated_by_story: bool = False  # the year came from the story's reference date


@dataclass
class FirstReport:
    article_id: str
    outlet: str | None
    published: str | None


@dataclass
class StoryComparison:
    story_id: str
    claim_groups: list[ClaimGroup]
    denials_vs_assertions: list[DenialConflict]
    timeline: list[MergedEvent]
    first_reported_by: FirstReport | None
    reference_date: str | None  # date used for articles without one (median of the dated)
    # undated article id -> its inferred publication bound (an Event with `bound` set)
    publication_bounds: dict[str, Event] = field(default_factory=dict)


def compare_story(
    story: Story,
    articles: dict[str, Article],
    facts: dict[str, ArticleFacts],
    duplicate_groups: list[DuplicateGroup],
) -> StoryComparison:
    """Compare what the story's articles report: figures, denials and dated events."""
    members = [articles[a] for a in story.article_ids if a in articles]
    reference = story_reference(members)
    events = {a.id: _article_events(a, facts.get(a.id), reference) for a in members}
    bounds = {aid: e for aid, found in events.items() for e, _, _ in found if e.inferred}
    refs = claim_refs(members, facts, canonical_copies(duplicate_groups), bounds)
    groups = group_claims(refs, members, facts)
    return StoryComparison(
        story_id=story.id,
        claim_groups=groups,
        denials_vs_assertions=denial_conflicts(members, facts, groups),
        timeline=merge_timeline(members, events),
        first_reported_by=first_report(members),
        reference_date=reference.isoformat() if reference else None,
        publication_bounds=bounds,
    )


# ----- claims ----------------------------------------------------------------------


def canonical_copies(duplicate_groups: Iterable[DuplicateGroup]) -> dict[str, str]:
    """Article id -> the canonical copy of its duplicate group (first id of the group)."""
    return {aid: g.article_ids[0] for g in duplicate_groups if g.article_ids for aid in g.article_ids}


def claim_refs(
    members: list[Article],
    facts: dict[str, ArticleFacts],
    copy_of: dict[str, str],
    publication_bounds: dict[str, Event] | None = None,
) -> list[ClaimRef]:
    """Every claim of the members; an undated claim of an undated article takes the
    article's inferred publication bound as an approximate date."""
    refs = []
    bounds = publication_bounds or {}
    for article in members:
        for index, claim in enumerate(facts[article.id].claims if article.id in facts else []):
            stated = (claim.date or article.published or "")[:10] or None
            bound = bounds.get(article.id) if stated is None else None
            refs.append(ClaimRef(
                article_id=article.id, claim_index=index, span=claim.span, value_text=claim.value_text,
                value=claim.value, value_max=claim.value_max, hedge=claim.hedge, counted=claim.counted,
                asserter_id=claim.asserter_id, asserter_name=claim.asserter_name, outlet=article.outlet,
                date=stated or _bound_date(bound), copy_of=copy_of.get(article.id, article.id),
                date_bound=bound.bound if bound else None,
            ))
    return refs


def _bound_date(bound: Event | None) -> str | None:
    """Where a bound puts an undated figure: at its lower end, else at its upper end."""
    if bound is None:
        return None
    return bound.date_end if bound.bound == "before" else bound.date_start


def claim_key(claim: Claim, sentence: str) -> tuple[str, str, frozenset[str], str]:
    """(unit class, counted head, countries of the counted phrase, casualty state)."""
    counted = claim.counted or ""
    head, before, after = _split_counted(counted)
    countries = _countries(before) | _countries(after)
    return claim.unit_class, _head_class(head), frozenset(countries), _state(claim, counted, sentence)


def group_claims(refs: list[ClaimRef], members: list[Article], facts: dict[str, ArticleFacts]) -> list[ClaimGroup]:
    """Group claims about one quantity; see the module docstring for the key."""
    texts = {a.id: a.text for a in members}
    keyed: dict[tuple, list[ClaimRef]] = defaultdict(list)
    loose: list[tuple[tuple, ClaimRef, set[str]]] = []
    for ref in refs:
        claim = facts[ref.article_id].claims[ref.claim_index]
        sentence = claim.span.text_in(texts[ref.article_id])
        key = claim_key(claim, sentence)
        if not key[1]:
            continue  # nothing counted, nothing to compare: the claim stays in its article's table
        if key[2]:
            keyed[key].append(ref)
        else:
            loose.append((key, ref, _countries(sentence)))
    for key, ref, sentence_countries in loose:
        keyed[_attach(key, sentence_countries, keyed)].append(ref)
    sources = _cited_sources(facts)
    groups = [_claim_group(i, key, members_) for i, (key, members_) in enumerate(_ordered(keyed), start=1)]
    for group in groups:
        group.independent_sources = _independent_sources(group.claims, sources)
    return groups


def _ordered(keyed: dict[tuple, list[ClaimRef]]) -> list[tuple[tuple, list[ClaimRef]]]:
    return sorted(keyed.items(), key=lambda kv: (-len(kv[1]), kv[1][0].article_id, kv[1][0].claim_index))


def _attach(key: tuple, sentence_countries: set[str], keyed: dict[tuple, list[ClaimRef]]) -> tuple:
    """A claim without a country joins the largest same-quantity group its sentence names."""
    unit, head, _, state = key
    candidates = [k for k in keyed if k[0] == unit and k[1] == head and k[3] == state and k[2] & sentence_countries]
    if not candidates:
        return key
    return max(candidates, key=lambda k: (len(keyed[k]), sorted(k[2])))


def _claim_group(number: int, key: tuple, refs: list[ClaimRef]) -> ClaimGroup:
    unit, head, countries, state = key
    phrases = Counter(r.counted for r in refs if r.counted)
    quantity = phrases.most_common(1)[0][0] if phrases else head
    if state and state not in quantity.lower():
        quantity = f"{quantity} ({state})"
    return ClaimGroup(
        id=f"q{number}",
        quantity=quantity,
        unit_class=unit,
        key_terms=[t for t in (head, *sorted(countries), state) if t],
        claims=refs,
        series=_series(refs),
        independent_outlets=len({_outlet_key(r) for r in _one_per_copy(refs)}),
        independent_sources=0,  # filled by group_claims, which knows the cited sources
        disagreements=find_disagreements(refs),
    )


def _one_per_copy(refs: list[ClaimRef]) -> list[ClaimRef]:
    """Claims of syndicated copies collapse onto the canonical copy's article; one figure
    stated twice in a report (a lede, then the attributed sentence) counts once, under
    its asserter when either statement names one."""
    seen: dict[tuple, ClaimRef] = {}
    for ref in refs:
        key = (ref.copy_of, ref.value, ref.value_max)
        if key not in seen or (ref.asserter_name and not seen[key].asserter_name):
            seen[key] = ref
    return list(seen.values())


def _outlet_key(ref: ClaimRef) -> str:
    return (ref.outlet or "").casefold() or f"article:{ref.copy_of}"


def _cited_sources(facts: dict[str, ArticleFacts]) -> dict[str, list[tuple[Span, str]]]:
    return {aid: [(s.span, s.source_id) for s in f.sources] for aid, f in facts.items()}


def _independent_sources(refs: list[ClaimRef], sources: dict[str, list[tuple[Span, str]]]) -> int:
    """Distinct primary sources: the asserter, else a source cited in the claim's sentence,
    else the outlet's own reporting; copies of one report count once."""
    keys = set()
    for ref in _one_per_copy(refs):
        if ref.asserter_id or ref.asserter_name:
            keys.add(ref.asserter_id or ref.asserter_name.casefold())
            continue
        cited = [sid for span, sid in sources.get(ref.article_id, []) if _overlaps(span, ref.span)]
        keys.update(cited or [_outlet_key(ref)])
    return len(keys)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _series(refs: list[ClaimRef]) -> list[SeriesPoint]:
    points = [
        SeriesPoint(r.date, r.value, r.value_max, r.asserter_name or r.outlet or r.article_id, r, r.date_bound)
        for r in _one_per_copy(refs)
        if r.date and r.value is not None
    ]
    return sorted(points, key=lambda p: (p.date, p.value))


def value_range(ref: ClaimRef) -> tuple[float, float] | None:
    """The range a figure allows: a point, a stated range, or open on the hedged side."""
    if ref.value is None:
        return None
    low, high = ref.value, ref.value_max if ref.value_max is not None else ref.value
    hedge = (ref.hedge or "").casefold()
    if hedge in _OPEN_ABOVE:
        high = float("inf")
    elif hedge in _OPEN_BELOW:
        low = 0.0
    return low, high


def find_disagreements(refs: list[ClaimRef]) -> list[Disagreement]:
    """Pairs of figures dated within the window whose ranges are too far apart to agree.
    Figures dated only by a publication bound are left out: their time is not known."""
    dated = sorted(
        (r for r in _one_per_copy(refs) if r.date and not r.date_bound and value_range(r)), key=lambda r: r.date
    )
    found = []
    for i, first in enumerate(dated):
        for second in dated[i + 1:]:
            days = (date.fromisoformat(second.date) - date.fromisoformat(first.date)).days
            if days > DISAGREEMENT_WINDOW_DAYS:
                break
            gap = range_gap(value_range(first), value_range(second))
            if gap > DISAGREEMENT_TOLERANCE:
                found.append(Disagreement(first, second, days, round(gap, 3)))
    return found


def range_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two ranges are, relative to the lower one; 0 when they overlap."""
    (low_a, high_a), (low_b, high_b) = a, b
    if low_a <= high_b and low_b <= high_a:
        return 0.0
    lower_high, higher_low = (high_a, low_b) if high_a < low_b else (high_b, low_a)
    return (higher_low - lower_high) / lower_high if lower_high > 0 else float("inf")


def _split_counted(counted: str) -> tuple[str, str, str]:
    """(head word, words before it, phrase after it) of a counted noun phrase."""
    parts = _HEAD_STOP.split(counted, maxsplit=1)
    core, after = parts[0], (parts[1] if len(parts) > 1 else "")
    words = _WORD.findall(core)
    if not words:
        return "", "", after
    return words[-1].lower(), " ".join(words[:-1]), after


def _head_class(head: str) -> str:
    singular = _singular(head)
    return _HEAD_SYNONYMS.get(head) or _HEAD_SYNONYMS.get(singular) or singular


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _countries(text: str) -> set[str]:
    """Countries named in a phrase (names, aliases, demonyms; capitals are places)."""
    index = country_index()
    words = _WORD.findall(text)
    found = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            hit = index.get(name_key(" ".join(words[i:i + size])))
            if hit and hit[1] != "capital" and words[i][0].isupper():
                found.add("gpe:" + re.sub(r"[^a-z0-9]+", "-", hit[0].lower()).strip("-"))
    return found


def _state(claim: Claim, counted: str, sentence: str) -> str:
    window = counted
    if claim.value_span is not None:
        offset = claim.value_span.end - claim.span.start
        window += " " + sentence[offset:offset + _STATE_WINDOW]
    for word in _WORD.findall(window.lower()):
        if word in _STATES:
            return _STATES[word]
    return ""


# ----- denials ---------------------------------------------------------------------


def denial_conflicts(
    members: list[Article], facts: dict[str, ArticleFacts], groups: list[ClaimGroup]
) -> list[DenialConflict]:
    """Every denial of the story, with the claim groups its target speaks of."""
    conflicts = []
    for article in members:
        for index, denial in enumerate(facts[article.id].denials if article.id in facts else []):
            if denial.kind != "denial":
                continue
            hits = [g for g in groups if denial_targets(denial, article.text, g)]
            conflicts.append(DenialConflict(
                article_id=article.id, denial_index=index, span=denial.span, cue=denial.cue,
                denier_id=denial.denier_id, denier_name=denial.denier_name, target=denial.target,
                group_ids=[g.id for g in hits], assertions=[r for g in hits for r in g.claims],
            ))
    return conflicts


def denial_targets(denial: Denial, article_text: str, group: ClaimGroup) -> bool:
    """True when the denial's target (else its sentence) names the group's quantity."""
    target = denial.target or denial.span.text_in(article_text)
    heads = {_head_class(_singular(w.lower())) for w in _WORD.findall(target)}
    heads |= {_head_class(w.lower()) for w in _WORD.findall(target)}
    head, *rest = group.key_terms or [""]
    if head not in heads:
        return False
    countries = {t for t in rest if t.startswith("gpe:")}
    states = set(rest) - countries  # "killed": the denial must speak of casualties too
    target_states = {_STATES[w] for w in _WORD.findall(target.lower()) if w in _STATES}
    return (not countries or bool(countries & _countries(target))) and states <= target_states


# ----- timeline --------------------------------------------------------------------


def story_reference(members: list[Article]) -> date | None:
    """Median publication date of the story's dated articles: the fallback reference
    for articles that carry no date of their own."""
    dates = sorted(d for d in (_published_date(a) for a in members) if d)
    if not dates:
        return None
    return dates[(len(dates) - 1) // 2]


def timeline_of(members: list[Article], facts: dict[str, ArticleFacts]) -> list[MergedEvent]:
    """The merged timeline of any set of articles; undated ones are re-dated by the set's
    median publication date, as a story's are."""
    reference = story_reference(members)
    return merge_timeline(members, {a.id: _article_events(a, facts.get(a.id), reference) for a in members})


def merge_timeline(
    members: list[Article], events: dict[str, ArticleEvents]
) -> list[MergedEvent]:
    """Events of all articles (from `_article_events`), one entry per happening, in date order.
    Inferred publication bounds are facts about an article, not happenings: left out."""
    merged: list[MergedEvent] = []
    for article in sorted(members, key=_publication_order):
        for event, index, by_story in events.get(article.id, []):
            if event.inferred:
                continue
            source = EventSource(article.id, event.span, article.outlet, article.published, event.date_text, index)
            match = next((m for m in merged if same_event(m, event)), None)
            if match is None:
                merged.append(_merged_event(event, source, by_story))
            else:
                match.sources.append(source)
                match.actors += [a for a in event.actors if a not in match.actors]
    return sorted(merged, key=lambda m: (m.date_start, m.date_end, m.description))


def _article_events(article: Article, facts: ArticleFacts | None, reference: date | None) -> ArticleEvents:
    """The article's own events; an undated article is re-dated against the story reference."""
    own = facts.events if facts else []
    if article.published or reference is None:
        return [(e, i, False) for i, e in enumerate(own)]
    stated = {(e.span, e.date_text, e.date_start): i for i, e in enumerate(own)}
    redated = events_in_text(article, facts.mentions if facts else [], reference)
    return [(e, stated.get(_event_key(e)), _event_key(e) not in stated) for e in redated]


def _event_key(event: Event) -> tuple[Span, str, str]:
    return event.span, event.date_text, event.date_start


def same_event(merged: MergedEvent, event: Event) -> bool:
    """Overlapping dates at one precision, and agreeing descriptions or shared actors."""
    if merged.precision != event.precision:
        return False
    if event.date_start > merged.date_end or merged.date_start > event.date_end:
        return False
    overlap = _jaccard(merged.description, event.description)
    shared_actor = bool(set(merged.actors) & set(event.actors))
    return overlap >= EVENT_MATCH_JACCARD or (shared_actor and overlap >= EVENT_ACTOR_JACCARD)


def _merged_event(event: Event, source: EventSource, by_story: bool) -> MergedEvent:
    return MergedEvent(
        date_start=event.date_start, date_end=event.date_end, precision=event.precision,
        date_text=event.date_text, description=event.description, actors=list(event.actors),
        sources=[source], first_reported_by=source.outlet or source.article_id, dated_by_story=by_story,
    )


def _jaccard(a: str, b: str) -> float:
    left, right = _content_words(a), _content_words(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def _content_words(text: str) -> set[str]:
    return {_singular(w) for w in (w.lower() for w in _WORD.findall(text)) if w not in _STOPWORDS}


def _published_date(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def _publication_order(article: Article) -> tuple[int, str, str]:
    published = _published_date(article)
    return (0, published.isoformat(), article.id) if published else (1, "", article.id)


def first_report(members: list[Article]) -> FirstReport | None:
    """The earliest-published article of the story (None when no article is dated)."""
    dated = [a for a in members if _published_date(a)]
    if not dated:
        return None
    first = min(dated, key=_publication_order)
    return FirstReport(first.id, first.outlet, first.published)


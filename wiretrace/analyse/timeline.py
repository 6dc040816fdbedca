"""Dated events of one article: each temporal expression, normalised, with its sentence.

The text is cut into lines, then sentences; a bullet line ("• 18 June: Putin visited
Pyongyang ...") is one unit whose date prefix dates the rest of the bullet. Each resolved
temporal expression (see `wiretrace.analyse.temporal`) gives one `Event`: the span is its
sentence (or bullet), the description that sentence trimmed to `DESCRIPTION_CHARS` (a
dated bullet's description is the text after its date), the actors are the canonical ids
of the people, organisations and places named in the span.

Sentences come from a line-aware splitter rather than spaCy's parser because bullet lists
and headings have no sentence punctuation and the parser runs them together.

Which reference date resolves relative and yearless expressions:

1. the article's publication date, when it has one;
2. otherwise the latest past day or month the article itself states with a year
   ("11 October 2024"): the article was published on or after it, so a yearless date
   takes the year nearest to it;
3. otherwise the `reference` the caller passes (the story stage passes the median
   publication date of the story's dated articles);
4. otherwise none: only expressions carrying their own year are dated.

In cases 2 and 3 the reference is a bound, not the publication date, so expressions
relative to "now" ("this week", "yesterday", "on Monday") are left out rather than
guessed, and a deadline ("by 1 November") takes the year nearest the reference.

An undated article also gets one inferred event, `infer_publication_bound`: published
"after" the latest past date it reports, "before" the earliest date it still looks
forward to, or "between" the two. `inferred=True`, precision "interval" and `bound` mark
it; an open side repeats the known date (the model has no open-ended interval).
"""

from __future__ import annotations

import re
from datetime import date

from wiretrace.analyse.temporal import TimeExpr, clause_before, future_cue_before, resolve_time_expressions
from wiretrace.model import Article, Event, Mention, Span
from wiretrace.nlp import Annotated

DESCRIPTION_CHARS = 200
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "ROLE"})
# Only a stated day or month anchors an undated article's yearless dates: "in 1998" or
# "summer 2019" says too little about when the article itself was written.
ANCHOR_SPAN_DAYS = 31
MIN_DESCRIPTION_WORDS = 3  # lower-case words a unit needs besides its date to tell of an event
_LINE = re.compile(r"[^\n]+")
_SENTENCE_BREAK = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])""")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*–—-]|\d{1,2}[.)])\s+")
_BULLET_DATE_SEPARATOR = re.compile(r"^\s*[:–—-]\s*")
_CLAUSE_BREAK = re.compile(r"[,;:–—]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
_DEADLINE_PREPOSITIONS = ("by ", "until ", "before ")
# "the lowest since 1978", "the second walkout since 11 November", "records since 1659": a
# yardstick, not a happening.
_COMPARISON_BEFORE_SINCE = re.compile(
    r"\b(?:first|only|most|least|lowest|highest|biggest|largest|smallest|worst|best|"
    r"strongest|weakest|longest|shortest|deepest|fastest|slowest)\b"
    r"|\b(?:second|third|fourth|fifth)\b(?!\s+of\b)"  # "a third of" is a fraction
    r"|\brecords?\b",  # "comparison of monthly records since 1659"
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)
# A full stop after these is no sentence end: "on Oct. 17", "Mr. Smith", "the U.S. said".
_ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|No|"
    r"[A-Z])\.$"
)
# "at 4:58 p.m. EDT on April 14", "until 1 a.m. Friday": a clock time's full stop before its
# time zone or day ends nothing.
_CLOCK_END = re.compile(r"\b[ap]\.?m\.$")
_TIME_ZONE = re.compile(r"(?:[A-Z]{1,3}T|UTC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "KYIV, Oct 24 (Reuters) -", "GAZA, Oct 28:": the place and date a wire story was filed, not an event.
_DATELINE_BEFORE = re.compile(r"^[\s\W]*[A-Z][A-Z .'’-]*,?\s*$")
_RUN_IN_DATELINE = re.compile(r" (?-i:[A-Z][a-z]+) (?-i:[a-z])")
# "May 18 (Reuters) -" opening a line: a dateline without its place.
_AGENCY_DATELINE_AFTER = re.compile(r"^\s*\([A-Z][^)\n]{0,40}\)\s*[-–—:]")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]")
# "Washington, D.C. – July 24, 2017 (nar.realtor) Existing-home sales ...": a release's dateline
_PLACE_DASH_BEFORE = re.compile(r"^[\s\W]*[A-Z][\w .,'’]{0,40}?\s[-–—]\s*$")
_SOURCE_AFTER = re.compile(r"^\s*\([^)\n]{1,40}\)")


def extract_events(ann: Annotated, reference: date | None = None) -> list[Event]:
    """Dated events of an annotated article; `reference` is a fallback for undated articles."""
    return events_in_text(ann.article, ann.mentions, reference)


def events_in_text(article: Article, mentions: list[Mention], reference: date | None = None) -> list[Event]:
    """Dated events of an article given its entity mentions (see the module docstring)."""
    published = publication_date(article)
    if published is not None:
        expressions = resolve_time_expressions(article.text, published)
    else:
        expressions = _undated_expressions(article.text, reference)
    text = article.text
    expressions = [e for e in expressions if not _comparison_baseline(text, e) and not _in_dateline(text, e)]
    events = [_event(article, unit, expr, mentions) for unit, expr in _units_with_expressions(text, expressions)]
    events = [e for e in events if e is not None]
    if published is None:
        bound = infer_publication_bound(events, text)
        events += [bound] if bound else []
    return events


def _comparison_baseline(text: str, expr: TimeExpr) -> bool:
    """A "since" date ("since 1978", "since the 2008 crisis") after a superlative or
    ordinal of its own clause (up to a comma)."""
    if not (expr.text.lower().startswith("since ") or _SINCE_BEFORE.search(text, 0, expr.start)):
        return False
    clause = _CLAUSE_BREAK.split(clause_before(text, expr.start))[-1]
    return bool(_COMPARISON_BEFORE_SINCE.search(clause))


def _in_dateline(text: str, expr: TimeExpr) -> bool:
    line_start = text.rfind("\n", 0, expr.start) + 1
    before, after = text[line_start:expr.start], text[expr.end:]
    with_place = _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after)
    # "July 21 Some workers at ...": a date opening the text and run into its first sentence
    run_in = expr.start == 0 and _RUN_IN_DATELINE.match(after)
    release = line_start == 0 and _PLACE_DASH_BEFORE.match(before) and _SOURCE_AFTER.match(after)
    return bool(with_place or run_in or release or (not before.strip() and _AGENCY_DATELINE_AFTER.match(after)))


def publication_date(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def _undated_expressions(text: str, fallback: date | None) -> list[TimeExpr]:
    """Expressions of an article without a date, resolved against the best bound found."""
    own_years = resolve_time_expressions(text, None)
    stated_past = [
        e.date_start for e in own_years
        if not e.deadline and not future_cue_before(text, e.start) and (e.date_end - e.date_start).days <= ANCHOR_SPAN_DAYS
    ]
    if stated_past:
        return resolve_time_expressions(text, max(stated_past), reference_kind="stated")
    if fallback is not None:
        return resolve_time_expressions(text, fallback, reference_kind="estimate")
    return own_years


def infer_publication_bound(events: list[Event], text: str) -> Event | None:
    """When an undated article appeared, as far as its own dates tell, or None.

    It appeared on or after the latest past date it reports, and before the earliest date
    it still looks forward to ("deployment is expected by 1 November"). Deadlines and
    look-ahead clauses say nothing about the lower bound; a look-ahead date that is not
    after the lower bound contradicts it (a plan reported after the fact) and is dropped.
    """
    stated = [e for e in events if not e.inferred]
    ahead = [e for e in stated if _looks_ahead(e, text)]
    past = [e for e in stated if not e.date_text.lower().startswith(_DEADLINE_PREPOSITIONS) and e not in ahead]
    after = max(past, key=lambda e: (e.date_start, e.span.start)) if past else None
    ahead = [e for e in ahead if after is None or e.date_end > after.date_start]
    before = min(ahead, key=lambda e: (e.date_end, e.span.start)) if ahead else None
    if after and before:
        return _bound_event(after, "between", after.date_start, before.date_end)
    if after:
        return _bound_event(after, "after", after.date_start, after.date_start)
    if before:
        return _bound_event(before, "before", before.date_end, before.date_end)
    return None


def _bound_event(evidence: Event, bound: str, start: str, end: str) -> Event:
    def shown(iso: str) -> str:
        day = date.fromisoformat(iso)
        return f"{day.day} {day:%B %Y}"

    description = {
        "after": f"Published on or after {shown(start)} (the latest past date it reports)",
        "before": f"Published before {shown(end)} (a date it still looks forward to)",
        "between": f"Published between {shown(start)} and {shown(end)} (the dates it reports and looks forward to)",
    }[bound]
    return Event(
        span=evidence.span, description=description, date_start=start, date_end=end,
        precision="interval", date_text=evidence.date_text, inferred=True, bound=bound,
    )


def _looks_ahead(event: Event, text: str) -> bool:
    """A future cue in the event's sentence before its date ("deployment is expected by
    1 November"), or anywhere in it after a heading date ("• 1 November: troops will ...")."""
    sentence = text[event.span.start:event.span.end]
    at = sentence.find(event.date_text)
    heading = at >= 0 and _BULLET_DATE_SEPARATOR.match(sentence[at + len(event.date_text):])
    return future_cue_before(sentence, len(sentence) if heading or at < 0 else at)


# ----- units: sentences and bullets -------------------------------------------------


def text_units(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_bullet) of each sentence or bullet line, whitespace trimmed."""
    units = []
    for line in _LINE.finditer(text):
        bullet = _BULLET.match(line.group())
        if bullet:
            units.append(_trimmed(text, line.start() + bullet.end(), line.end(), True))
            continue
        start = line.start()
        for brk in _SENTENCE_BREAK.finditer(line.group()):
            if _no_sentence_end(line.group(), brk):
                continue
            units.append(_trimmed(text, start, line.start() + brk.start(), False))
            start = line.start() + brk.end()
        units.append(_trimmed(text, start, line.end(), False))
    return [u for u in units if u[1] > u[0]]


def _no_sentence_end(line: str, brk: re.Match) -> bool:
    before = line[:brk.start()]
    return bool(_ABBREVIATION_END.search(before) or (_CLOCK_END.search(before) and _TIME_ZONE.match(line, brk.end())))


def _trimmed(text: str, start: int, end: int, is_bullet: bool) -> tuple[int, int, bool]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, is_bullet


def _units_with_expressions(text: str, expressions: list[TimeExpr]) -> list[tuple[tuple[int, int, bool], TimeExpr]]:
    """Each expression with its unit; a dated bullet drops expressions relative to "now"."""
    pairs = []
    for unit in text_units(text):
        inside = [e for e in expressions if unit[0] <= e.start and e.end <= unit[1]]
        if unit[2] and inside and _is_date_prefix(text, unit, inside[0]):
            # "now" in a dated bullet is the bullet's day, not the article's: keep only
            # expressions that do not lean on the publication date.
            inside = inside[:1] + [e for e in inside[1:] if not e.relative]
        pairs += [(unit, e) for e in inside]
    return pairs


def _is_date_prefix(text: str, unit: tuple[int, int, bool], expr: TimeExpr) -> bool:
    return not text[unit[0]:expr.start].strip() and bool(_BULLET_DATE_SEPARATOR.match(text[expr.end:unit[1]]))


# ----- events -----------------------------------------------------------------------


def _event(article: Article, unit: tuple[int, int, bool], expr: TimeExpr, mentions: list[Mention]) -> Event | None:
    start, end, is_bullet = unit
    text = article.text
    if is_bullet and _is_date_prefix(text, unit, expr):
        rest = _BULLET_DATE_SEPARATOR.match(text[expr.end:end])
        body_start = expr.end + rest.end()
        description = text[body_start:end]
    else:
        description = text[start:end]
    remainder = text[start:expr.start] + " " + text[expr.end:end]
    if len(_LOWER_WORD.findall(remainder)) < MIN_DESCRIPTION_WORDS:
        return None  # a dateline, a heading or a list of links, not an event
    return Event(
        span=Span(article.id, start, end),
        description=_shorten(description),
        date_start=expr.date_start.isoformat(),
        date_end=expr.date_end.isoformat(),
        precision=expr.precision,
        date_text=expr.text,
        actors=_actors(mentions, start, end),
    )


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    cut = text.rfind(" ", 0, DESCRIPTION_CHARS - 1)
    return text[:cut if cut > 0 else DESCRIPTION_CHARS - 1].rstrip(",;:") + "…"


def _actors(mentions: list[Mention], start: int, end: int) -> list[str]:
    found: list[str] = []
    for mention in mentions:
        inside = start <= mention.span.start and mention.span.end <= end
        if inside and mention.label in ACTOR_LABELS and mention.entity_id and mention.entity_id not in found:
            found.append(mention.entity_id)
    return found

"""Temporal expressions in news text, normalised to date intervals.

`resolve_time_expressions(text, reference)` finds expressions with its own patterns and
resolves each with plain date arithmetic (no free-text parser guessing):

| expression | interval | precision |
|---|---|---|
| "18 June 2024", "June 18, 2024", "2024-06-18" | that day | day |
| "18 June" (no year) | by the tense of its clause (`_tense`): past -> the most recent 18 June on or before the reference; future ("will", "is expected", "slated", "could", "can", "agreed to", "is returning", "as the date for", "by ..." unless "had" follows) -> the next one; no tense marker (a schedule in the present tense, a timeline entry) -> the one nearest the reference, unless the same date named elsewhere in the text had its year decided | day |
| "on Monday, June 6" (no year) | as above, but the year in which that day is a Monday when it lies within `WEEKDAY_AGREEMENT_DAYS` of the reference | day |
| "26th Sept - 4th Oct", "May 10 and 11", "3 to 5 March" | first day to last day (year as above) | interval |
| "May and June", "between March and July 2024", "December to February" | first month's start to last month's end ("and" only joins consecutive months) | interval |
| "in October", "October 2024", "September was calm", "the August poll" | the month (year as above); a bare month name only when capitalised, not "May", not generic ("the record for July", "July temperatures") | month |
| "early / mid- / late October" | 1-10 / 11-20 / 21-end | interval |
| "summer 2024", "last winter", "in the summer" | Jun-Aug, Dec-Feb (northern seasons) | season |
| "the first quarter", "Q3 2024", "the second half of the year" | those months | interval |
| "in 2023", "early 2024" | the year, or its first/middle/last third | year / interval |
| "the 2024 protests", "the 2010 Census", "compared to 2019", "of 2020", "2003 would be" | the year (a bare year only after an article, possessive or comparison, before a lower-case word or an event name, or as a subject) | year |
| "between 2018 and 2022", "1958-63", "the 1960s", "the early 1990s" | those years (a decade's early / mid / late part: 0-3 / 4-6 / 7-9) | interval |
| "the first six months of 2019", "the last five days of July", "the last week of December" | that part of the month or year | interval |
| "the same period in 2020", "the same period last year" | the span of the expression just before, moved to that year | interval |
| "in the year to March", "the 12 months to June 2024" | the twelve months ending with that month | interval |
| "from mid-March through the beginning of June" | two expressions joined by "from ... through / to / until": first start to second end | interval |
| "in 1659" | an older year, only after a preposition and not before a plural noun | year |
| "this week", "last week", "two weeks ago" | Monday-Sunday of that week | week |
| "early next month", "late last year", "the middle of next week" | a third of that month / year; Mon-Wed, Tue-Thu, Thu-Sun of that week | interval |
| "this weekend", "by / throughout / into the weekend" | Saturday-Sunday (the coming one when looking ahead) | interval |
| "this month", "last month", "two months ago", "last March", "in March last year", "in the month of May" | that month ("on 25 September this year": that day) | month |
| "this year", "last year" | that year | year |
| "today [13 September 2024]", "two decades ago" | the written date; twenty years back | day / year |
| "today", "this morning", "yesterday", "last night", "two days ago", "on Monday" | that day; a weekday is the most recent one on or before the reference (wire copy filed on a Monday says "on Monday" for the same day), or the next one on or after it in a future clause | day |
| "ran Thursday through Saturday", "between Monday and Wednesday" | the days between the two weekdays: the last such run, or the next one in a future clause; a weekday named for its event with no tense marker ("Tuesday's runoff includes ...") is the nearer one; "on a Monday" is none | interval |
| "Monday 26th" | the nearest day of that number falling on that weekday (past or next by tense) | day |
| "on Christmas Eve", "after Easter", "on Black Friday", "New Year's Day 2019" | that holiday's day (year as for "18 June"); "Christmas", "Easter", "Good Friday" and the like only after a preposition; "one day after Christmas" that many days on | day |
| "by 1 November", "by year's end", "between now and year-end", "before / until the end of the year" | from the reference to that date (a deadline) | interval |
| "the week ending on August 27" | the seven days to that day | interval |
| "the start of the summer", "the end of winter" | the season's first / last month | interval |
| "“A Gathering of Old Men” (1984)" | the year of the work named before it | year |
| "earlier this year" / "later this month" | from the period's start to the reference / from the reference to its end | interval |

Not dates: habits ("every April 23"), "the previous month" and "the last year" (before
another time, or a duration), named days ("Cyber Monday sales"), copyright lines.

`reference` is the article's publication date. Without one, only expressions that carry
their own year resolve. `reference_kind` says what the reference is:

- "published": the publication date; everything above applies.
- "stated": the latest past date the article itself states, so it was written on or
  after it; a yearless date takes the year that puts it nearest that date.
- "estimate": a date from outside the article (the story's median date); a yearless
  date takes the most recent year on or before it, a deadline the nearest year.

With "stated" or "estimate", expressions relative to "now" ("this week", "yesterday",
"on Monday") stay unresolved: no honest day exists for them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

ReferenceKind = Literal["published", "stated", "estimate"]
Tense = Literal["future", "past"] | None

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Northern-hemisphere meteorological seasons: (first month, number of months).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
MONTH_PARTS = {  # part of a month -> (first day, last day or None for the month's end)
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
    "mid": (11, 20), "middle of": (11, 20),
    "late": (21, None), "end of": (21, None),
}
# "by 1 November", "between now and year-end": something is due, from now until then.
DEADLINE_PREPOSITIONS = frozenset({"by", "between now and"})
# "before / to / until the end of the year" run from now to then, like a deadline
_PERIOD_END_PREPOSITIONS = frozenset({"before", "to", "until", "till"})
# Parts of a week, Monday = 0: "early next week" Monday-Wednesday, "the middle of" Tuesday-Thursday.
WEEK_PARTS = {"early": (0, 2), "beginning of": (0, 2), "start of": (0, 2), "mid": (1, 3), "middle of": (1, 3),
              "late": (3, 6)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end of": (9, 12)}

WEEKDAY_AGREEMENT_DAYS = 60
# Parts of a decade: "the early 1990s" is 1990-1993.
DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# A bare four-digit number this many years after the article is a count, not a year.
MAX_YEARS_AHEAD = 5
# A month named after these is a kind of month, not a dated one: "the record for July".
GENERIC_MONTH_CUES = frozenset({"for", "every", "each", "average", "typical", "usual", "normal"})
_GENERIC_MONTH_NOUNS = r"(?:temperatures?|averages?|records?|norms?|days?|nights?|weather)\b"

# Month and weekday names must be capitalised: "in may" and "march on" are no dates.
_MONTH = r"(?P<month>(?-i:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r"))\.?"
_WEEKDAY = r"(?-i:" + "|".join(d.title() for d in WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"  # not the "2,000" of "12,000"
_OLD_YEAR = r"(?P<year>1[5-8]\d\d)(?!\d|,\d)"
# "the last 2000 years", "the 2000 troops": a bare four-digit number before these is a count
# "the 2010 Census", "the 2016 Olympics": a year before a capitalised event; not a model year ("the 2020 Audi")
_EVENT_NAME = (
    r"(?-i:Census|Olympics|Olympic|Games|World\s+Cup|Elections?|Summit|Budget|Conference|Championships?|Open|"
    r"Festival|Season|Tour|Primary|Primaries|Convention|Marathon|Democratic|Republican)\b"
)
_COUNTED = r"(?:years?|months?|weeks?|days?|hours?|people|troops|soldiers|men|women|children|residents|km|miles)\b"
_PREP = r"(?:(?P<prep>by|between\s+now\s+and|in|on|during|since|until|from|throughout|before|after)\s+)?"
_NUMBER = r"(?P<count>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_LOOK_AHEAD_WORDS = (
    r"will|shall|won['’]t|(?:is|are|am|be|['’]s)\s+(?:\w+ly\s+)?due\b"  # "late due to rain" is a cause
    # "stronger-than-expected jobs growth", "rose as expected": a comparison, not a plan
    r"|(?<!than )(?<!than-)(?<!\bas )expected|expects?|scheduled|plans?|planned|set (?:to|for)|is to|are to|upcoming|intends?|aims?|would"
)
LOOK_AHEAD_CUE = re.compile(r"\b(?:" + _LOOK_AHEAD_WORDS + r")\b", re.IGNORECASE)
_PAST_COMPLETION = re.compile(
    r"\b(?:had|was|were|already)\b(?!\s+(?:to|due|expected|set|supposed|scheduled|likely)\b)", re.IGNORECASE
)
# Tense markers for `_tense`. Future: the look-ahead cues plus modals of possibility and
# verbs of intent before an infinitive ("agreed to oppose ... on Monday"). Past: simple
# past forms; an "-ed" word after a form of "be" is a passive or adjective ("will be
# held", "is expected"), not a past tense.
_INTENT_TO = (
    r"(?<!\bhad )(?:agreed|vowed|promised|pledged|threatened|decided|voted|wants?|hopes?|seeks?|ready|prepares|preparing)"
    r"\s+to"
    # "advised the fishermen not to venture out till Thursday": a directive points ahead
    r"|(?:advised|urged|asked|ordered|warned|instructed|called\s+on)\s+(?:\w+\s+){0,4}?(?:not\s+)?to\b"
)
# "are predicted to soar", "is returning in July": a forecast or an arrangement (the
# present progressive with a date names a plan).
_ARRANGED = (
    r"(?<!\bwas )(?<!\bwere )(?:predicted|forecast|projected|poised|tipped)\s+to"
    r"|(?:is|are|am)\s+(?!being\b|going\s+to\s+be\b)(?:\w+ly\s+)?(?-i:[a-z]{2,}ing)"
)
_IRREGULAR_PAST = (
    "was|were|did|had|said|told|began|came|went|took|gave|made|met|left|held|won|lost|fell|rose|arose|"
    "struck|fought|led|sent|spoke|wrote|saw|found|brought|became|ran|stood|shot|sold|paid|broke|"
    "fled|drew|grew|threw|knew|thought|sought|caught|taught|bought|built|spent|swept|hit|chose|woke|"
    "wore|swore|tore|froze|stole|shook|forgave|dealt|meant|felt|kept|slept|lent|fed|heard|withdrew|"
    "overthrew|undertook|overcame|sang|sank|swam|ate|flew|forgot|got|hung|laid|slid|stuck|swung|wept|"
    "rode|drove|shone|understood"
)
# "-ed" words that are no past tense: "-eed" words, and common adjectives before a noun
# (an "-ed" word after a determiner is one too: "the armed forces", "the most advanced").
_ED_NOT_PAST = (
    r"(?:\w*[^r\W]eed|hundred|kindred|sacred|naked|wicked|rugged|beloved|aged|alleged|armed|"
    r"based|related|limited|detailed|skilled|supposed|so-called)"
)
_NOT_AFTER_DETERMINER = (
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmost )(?<!\bmore )(?<!\bits )(?<!\btheir )"
    # after a preposition it is an adjective too ("rain in isolated places")
    r"(?<!\bin )(?<!\bwith )(?<!\bfor )(?<!\bof )(?<!\bat )(?<!\bfrom )(?<!\bon )(?<!\bto )"
    # "with four affected", "a holiday-shortened week": a participle after a count, an adjective
    r"(?<![\d-])(?<!\d )(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bsix )(?<!\bseven )"
    r"(?<!\beight )(?<!\bnine )(?<!\bten )"
)
def _tense_markers(arranged: bool) -> re.Pattern:
    """Future and past markers; `arranged` adds the present progressive, which names a
    plan only before its date ("is returning in July"): after a date opening a timeline
    entry it is the historical present ("15 January: the kingdom is hosting him")."""
    future = _LOOK_AHEAD_WORDS + r"|slated|could|might|(?-i:may|can)|likely|" + _INTENT_TO
    return re.compile(
        r"\b(?:(?P<future>" + future + (r"|" + _ARRANGED if arranged else "") + r")"
        r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
        r"(?:" + _IRREGULAR_PAST + r"|" + _NOT_AFTER_DETERMINER + r"(?!" + _ED_NOT_PAST + r"\b)(?-i:[a-z]{2,}ed)"
        r"(?!" + _BY_AGENT + r")))\b",
        re.IGNORECASE,
    )


# "laws organized by topic": a passive participle, not a past tense; "contracted by 1.2
# percent", "fell by a third" give an amount and stay past.
_BY_AGENT = (
    r"\s+(?:\w+ly\s+)?by\s+(?!\d|(?:a|an|half|about|around|nearly|roughly|almost|more|less|over|some|another|up)\b)"
)
_TENSE_MARKER = _tense_markers(arranged=True)
_TENSE_MARKER_AFTER = _tense_markers(arranged=False)

# ", officials said." closing a sentence tells when it was said, not when the date falls.
_ATTRIBUTION_TAIL = re.compile(
    r",[^,]{0,60}\b(?:said|says|told|added|reported|announced|wrote)\b[^,]{0,40}$", re.IGNORECASE
)
_TENSE_LOOK_BACK_CHARS = 400
# "compared with the same period in 2020 / last year": the span named just before, in that year.
_SAME_PERIOD = re.compile(
    r"\bthe\s+same\s+(?:period|time|months?|quarter|weeks?)\s+(?:(?:in|of)\s+(?P<year>(?:19|20)\d\d)"
    r"|last\s+year|a\s+year\s+(?:earlier|ago|before))",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(r"\s*[\[(]\s*")
_BRACKET_CLOSE_AFTER = re.compile(r"\s*[\])]?")
_SPAN_JOINT = re.compile(r"\s*(?:through|to|until|till|[-–])\s*", re.IGNORECASE)
_DELAYED_TO = re.compile(
    r"\b(?:delayed|postponed|pushed\s+back|put\s+off|deferred|rescheduled|moved)\s+(?:until|till|to)\s+"
    r"(?:(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_WHEN_CLAUSE = re.compile(r",?\s*when\b", re.IGNORECASE)
_SAYING = frozenset({"said", "says", "told", "added", "asked", "wrote", "according", "by", "to", "minister", "mrs", "ms"})
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "19 September, which falls on Friday", "the date ... comes on Thursday": a written date's weekday
# (not "shares fell on Monday", "the vote comes on Thursday", "her birthday falls on Saturday")
_FALLS_ON = re.compile(
    r"(?:\d[^.;\d]{0,40}\b(?:falls|falling|comes|came|fell|lands)|\bdate\b[^.;]{0,60}\b(?:falls|comes|came|fell|lands))\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_HABITUAL = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_PERIOD_END = re.compile(r"\b(?:ending|ended|ends)\s+$", re.IGNORECASE)
_DEADLINE_NOUN = re.compile(r"\s+deadline\b", re.IGNORECASE)
# A date inside a short subject before its verb: "A survey in late December said ..."
_SHORT_SUBJECT = re.compile(r"^\s*(?:\w+\s+){1,3}$")
_UNTIL = frozenset({"until", "till", "through"})
_CHOSEN_DATE = re.compile(r"\s+as\s+the\s+(?:new\s+)?(?:date|deadline|day)\s+(?:for|of)\b", re.IGNORECASE)
# A quotation, a colon or a conjunction after a comma opens a clause with its own tense.
_QUOTE_OPENING = re.compile(r"[‘“]|:\s|,\s+(?:though|although|but|while|whereas|as)\s", re.IGNORECASE)

# A full stop after an initial or an abbreviation ("U.S.", "a.m.", "Sept.", "Mr.") ends no sentence.
_SENTENCE_START = re.compile(
    r"(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mrs|Gen|Col|Sgt))"
    r"(?<!\bSept)[.!?]\s|\n(?![ \t]*[a-z])"  # a line going on in lower case is a wrapped sentence
)
_LOOK_BACK_CHARS = 120  # how far back in the sentence a look-ahead cue still governs a date


@dataclass
class TimeExpr:
    """A temporal expression and the interval it denotes."""

    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str  # day, week, month, season, year, interval
    deadline: bool = False  # "by 1 November": something is due by date_end, not yet past
    relative: bool = False  # resolved from the reference alone ("this week", "yesterday")


@dataclass
class _Context:
    text: str
    reference: date | None
    reference_kind: ReferenceKind
    guessed: set[int] = field(default_factory=set)  # starts of dates whose year no tense decided

    @property
    def reference_is_publication(self) -> bool:
        return self.reference_kind == "published"


_Resolver = Callable[[re.Match, _Context], "tuple[date, date, str] | None"]


def resolve_time_expressions(
    text: str, reference: date | None, reference_kind: ReferenceKind = "published"
) -> list[TimeExpr]:
    """Every resolvable temporal expression of `text`, in text order, without overlaps."""
    context = _Context(text, reference, reference_kind)
    found: list[TimeExpr] = []
    for pattern, resolver, relative in _PATTERNS:
        for match in pattern.finditer(text):
            if not relative or (reference is not None and context.reference_is_publication):
                expr = _expression(match, resolver, context, relative)
                if expr is not None:
                    found.append(expr)
    return _joined_spans(text, _same_periods(text, _agree_on_repeated_dates(_without_overlaps(found), context.guessed)))


def _joined_spans(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"from mid-March through the beginning of June": two expressions joined by "from ...
    through / to / until" are one span, from the first one's start to the second one's end;
    "today [13 September 2024]" is one day."""
    joined: list[TimeExpr] = []
    for expr in found:
        first = joined[-1] if joined else None
        if (first and first.text.lower().startswith("from ") and _SPAN_JOINT.fullmatch(text[first.end:expr.start])
                and first.date_start <= expr.date_end):
            joined[-1] = TimeExpr(first.start, expr.end, text[first.start:expr.end], first.date_start, expr.date_end,
                                  "interval", relative=first.relative or expr.relative)
        elif first and _BRACKET_OPEN.fullmatch(text[first.end:expr.start]):
            # "today [13 September 2024]": one day named twice, the written date the surer one
            end = expr.end + len(_BRACKET_CLOSE_AFTER.match(text, expr.end).group())
            joined[-1] = TimeExpr(first.start, end, text[first.start:end], expr.date_start, expr.date_end,
                                  expr.precision, expr.deadline, expr.relative)
        else:
            joined.append(expr)
    return joined


def _same_periods(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"the first half of 2021 ... the same period in 2020" / "last year": the span of the
    nearest earlier expression shorter than a year, moved to that year. Without one, a
    written year stands for itself and a relative one is dropped. A comparison with "a year
    ago" moves the span named before it in its sentence a year back."""
    kept = []
    for expr in found:
        same = _SAME_PERIOD.match(expr.text)
        if same:
            earlier = [e for e in kept if e.end <= expr.start and (e.date_end - e.date_start).days < 364]
            if earlier:
                base = earlier[-1]
                year = int(same.group("year")) if same.group("year") else base.date_start.year - 1
                shift = year - base.date_start.year
                expr.date_start, expr.date_end = _in_year(base.date_start, shift), _in_year(base.date_end, shift)
                expr.precision = "interval"
            elif not same.group("year"):
                continue
        elif _YEAR_AGO.fullmatch(expr.text) and _COMPARED_BEFORE.search(text, max(0, expr.start - 12), expr.start):
            # "June's sales pace is 0.7 percent above a year ago": June of the year before
            sentence_start = text.rfind(". ", 0, expr.start) + 1
            earlier = [e for e in kept if sentence_start <= e.start and e.end <= expr.start
                       and (e.date_end - e.date_start).days < 364]
            if earlier:
                base = earlier[-1]
                expr.date_start, expr.date_end = _in_year(base.date_start, -1), _in_year(base.date_end, -1)
                expr.precision = base.precision
        kept.append(expr)
    return kept


_YEAR_AGO = re.compile(r"a\s+year\s+(?:ago|earlier)", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:than|above|below|from|over|versus|on|with)\s+$", re.IGNORECASE)


def _in_year(day: date, shift: int) -> date:
    """`day` moved by `shift` years (29 February becomes the 28th in a common year)."""
    year = day.year + shift
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _agree_on_repeated_dates(found: list[TimeExpr], guessed: set[int]) -> list[TimeExpr]:
    """A yearless date named twice in one article is one day: where no tense decided its
    year ("the only release on Nov. 11"), it takes the year of its nearest namesake that a
    tense or a written year did decide ("will debut on Nov. 11")."""
    def key(expr: TimeExpr) -> tuple:
        start, end = expr.date_start, expr.date_end
        return start.month, start.day, end.month, end.day, (end - start).days, expr.precision, expr.deadline

    decided = [e for e in found if e.start not in guessed]
    for expr in (e for e in found if e.start in guessed):
        namesakes = [d for d in decided if key(d) == key(expr)]
        if namesakes:
            # "June 2016" is another June than the story's "in June" decided by a tense
            nearest = min(namesakes, key=lambda d: (bool(_WRITTEN_YEAR.search(d.text)), abs(d.start - expr.start)))
            expr.date_start, expr.date_end = nearest.date_start, nearest.date_end
    return found


def _expression(match: re.Match, resolver: _Resolver, context: _Context, relative: bool) -> TimeExpr | None:
    if _HABITUAL.search(context.text, max(0, match.start() - 8), match.start()):
        return None  # "every April 23", "each Monday": a habit, no date
    resolved = resolver(match, context)
    if resolved is None:
        return None
    start_date, end_date, precision = resolved
    prep = _prep_of(match)
    deadline = prep in DEADLINE_PREPOSITIONS
    if prep == "since" and context.reference and context.reference_is_publication:
        if _part_key(match.groupdict().get("part") or "") == "end of":
            start_date = end_date  # "since the end of last year": from its last day
        end_date, precision = max(end_date, context.reference), "interval"
    if deadline:
        start_date, precision = _deadline_start(start_date, end_date, context), "interval"
    start, end = match.span()
    return TimeExpr(start, end, context.text[start:end], start_date, end_date, precision, deadline, relative)


def _prep_of(match: re.Match) -> str:
    return " ".join((match.groupdict().get("prep") or "").lower().split())


def _deadline_start(own_start: date, deadline: date, context: _Context) -> date:
    """A deadline runs from the article's date (when known and earlier) to the date."""
    if context.reference and context.reference_is_publication and context.reference <= deadline:
        return min(context.reference, own_start)
    return own_start


def _without_overlaps(found: list[TimeExpr]) -> list[TimeExpr]:
    """Longest expression wins where matches overlap ("early October 2024" over "October 2024")."""
    chosen: list[TimeExpr] = []
    for expr in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expr.end <= c.start or expr.start >= c.end for c in chosen):
            chosen.append(expr)
    return sorted(chosen, key=lambda e: e.start)


# ----- year choice for dates written without one ------------------------------------


def _looks_ahead(match: re.Match, context: _Context) -> bool:
    """Whether the date's own clause speaks of the future (see `_tense`)."""
    return _tense(match, context) == "future"


def _tense(match: re.Match, context: _Context) -> Tense:
    """Future, past or unmarked: the tense marker nearest the date in its sentence.

    The last marker before the date in its clause governs it ("said on Monday", "will meet
    on 3 May", "began its offensive on 10 May"; an opening quotation starts a new clause);
    a date opening its clause takes the first marker after it ("On Thursday it could
    rain"), leaving out a closing attribution (", officials said."), and so does a date
    inside a short subject ("A survey in late December said ..."). A deadline
    ("by 1 November") looks ahead unless the sentence says it was already met, and a date
    chosen for something ("set 30 September as the date for the vote") lies ahead.
    """
    text = context.text
    if _CHOSEN_DATE.match(text, match.end()):
        return "future"  # "approved 30 September as the date for an early election"
    if _DEADLINE_NOUN.match(text, match.end()) or _PERIOD_END.search(text, max(0, match.start() - 12), match.start()):
        # "was given a March 21st deadline", "the quarter ending December 31": a date set or
        # reported lately may fall either side of now
        return None
    if _prep_of(match) == "since":
        return "past"  # "have lost a third of their value since January"
    if _DELAYED_TO.search(clause_before(text, match.start()) + (_prep_of(match) + " " if _prep_of(match) else "")):
        return "future"  # "the launch was delayed to 9:07 a.m. Wednesday"
    if _prep_of(match) in DEADLINE_PREPOSITIONS | _UNTIL:
        # "by mid-November most families had gone home", "power was restored by Saturday":
        # a deadline already met lies in the past.
        sentence = clause_before(text, match.start()) + " " + _rest_of_sentence(match, context)
        return "past" if _PAST_COMPLETION.search(sentence) else "future"
    before = _QUOTE_OPENING.split(clause_before(text, match.start(), _TENSE_LOOK_BACK_CHARS))[-1]
    markers = list(_TENSE_MARKER.finditer(before))
    if markers:
        return _marker_tense(markers[-1])
    after = _ATTRIBUTION_TAIL.sub("", _rest_of_sentence(match, context))
    if re.search(r"\w", before):
        if _WHEN_CLAUSE.match(after):
            after = after.lstrip(" ,").split(",")[0]  # "a busy day Wednesday, when they plan to try again"
        elif not _SHORT_SUBJECT.match(before):
            return None  # "According to a Tuesday advisory, the storm is expected to ...": another's verb
        else:
            after = after.split(",")[0]  # "A survey in late December said ...": the subject's own verb
    marker = _TENSE_MARKER_AFTER.search(after)
    return _marker_tense(marker) if marker else None


def _marker_tense(marker: re.Match) -> Tense:
    return "future" if marker.group("future") else "past"


def clause_before(text: str, start: int, chars: int = _LOOK_BACK_CHARS) -> str:
    """The sentence's text before offset `start` (at most `chars`)."""
    window = text[max(0, start - chars):start]
    boundaries = list(_SENTENCE_START.finditer(window))
    return window[boundaries[-1].end():] if boundaries else window


def future_cue_before(text: str, start: int) -> bool:
    """Whether the sentence looks ahead ("will", "is expected") before offset `start`."""
    return bool(LOOK_AHEAD_CUE.search(clause_before(text, start)))


def _rest_of_sentence(match: re.Match, context: _Context) -> str:
    after = context.text[match.end():match.end() + _LOOK_BACK_CHARS]
    boundary = _SENTENCE_START.search(after)
    return after[:boundary.start()] if boundary else after


def _choose_year(
    match: re.Match,
    context: _Context,
    interval_in_year: Callable[[int], tuple[date, date]],
) -> tuple[date, date] | None:
    """The year of a yearless date: explicit year, else the reference decides (see module doc)."""
    explicit = match.groupdict().get("year")
    if explicit:
        return interval_in_year(int(explicit))
    reference = context.reference
    if reference is None:
        return None
    candidates = [interval_in_year(reference.year + offset) for offset in (-1, 0, 1)]
    tense = _tense(match, context)
    if context.reference_kind == "stated" or (tense == "future" and context.reference_kind == "estimate"):
        return min(candidates, key=lambda c: abs((c[0] - reference).days))
    upcoming = next(c for c in candidates if c[1] >= reference)
    if tense == "future":
        return upcoming
    if tense is None and context.reference_is_publication:
        # Present tense or no verb: a schedule ("the tour reaches Paris on 10 May") or a
        # timeline entry; the occurrence nearest the article is the one it means.
        context.guessed.add(match.start())
        return min(candidates, key=lambda c: _days_apart(c, reference))
    return [c for c in candidates if c[0] <= reference][-1]


def _days_apart(interval: tuple[date, date], day: date) -> int:
    """Days between `day` and the nearest day of `interval` (0 inside it)."""
    return max((interval[0] - day).days, (day - interval[1]).days, 0)


def _month_days(year: int, month: int, first: int = 1, last: int | None = None) -> tuple[date, date]:
    month_end = calendar.monthrange(year, month)[1]
    return date(year, month, min(first, month_end)), date(year, month, min(last or month_end, month_end))


def _month_of(match: re.Match) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


# ----- resolvers: absolute ----------------------------------------------------------


def _iso_day(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    try:
        day = date(int(match.group("year")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None
    return day, day, "day"


def _day_month(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    month, day = _month_of(match), int(match.group("day"))
    if not 1 <= day <= 31:
        return None

    def in_year(year: int) -> tuple[date, date]:
        single = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        return single, single

    if day > calendar.monthrange(2024, month)[1]:  # 31 June is no date in any year
        return None
    chosen = _choose_year(match, context, in_year)
    if chosen and match.groupdict().get("wd") and not match.group("year"):
        chosen = _agreeing_with_weekday(chosen, WEEKDAYS[match.group("wd").lower()], context, in_year)
    return (*chosen, "day") if chosen else None


def _agreeing_with_weekday(chosen: tuple[date, date], weekday: int, context: _Context,
                           in_year: Callable[[int], tuple[date, date]]) -> tuple[date, date]:
    """"on Monday, June 6" said the day after: the year in which that day is a Monday, when it
    lies within `WEEKDAY_AGREEMENT_DAYS` of the reference (a wrong weekday farther off is a slip)."""
    if chosen[0].weekday() == weekday or context.reference is None:
        return chosen
    agreeing = [in_year(chosen[0].year + o) for o in (-1, 1)]
    near = [c for c in agreeing if c[0].weekday() == weekday
            and abs((c[0] - context.reference).days) <= WEEKDAY_AGREEMENT_DAYS]
    return near[0] if near else chosen


def _month(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    month = _month_of(match)
    chosen = _choose_year(match, context, lambda year: _month_days(year, month))
    return (*chosen, "month") if chosen else None


def _month_part(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    month = _month_of(match)
    first, last = MONTH_PARTS[_part_key(match.group("part"))]
    chosen = _choose_year(match, context, lambda year: _month_days(year, month, first, last))
    return (*chosen, "interval") if chosen else None


def _part_key(part: str) -> str:
    return " ".join(part.lower().replace("-", " ").replace("the ", "").split())


def _season(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    first_month = SEASONS[match.group("season").lower()]

    def in_year(year: int) -> tuple[date, date]:
        # Winter 2024 is Dec 2024 - Feb 2025: the season is named by its first month's year.
        end_year, end_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
        return date(year, first_month, 1), _month_days(end_year, end_month)[1]

    relation = (match.groupdict().get("rel") or "").lower()
    if relation and match.groupdict().get("year") is None:
        if context.reference is None or not context.reference_is_publication:
            return None
        this_one = [in_year(context.reference.year + o) for o in (-1, 0)]
        current = [c for c in this_one if c[0] <= context.reference][-1]
        if relation == "last":
            current = in_year(current[0].year - 1)
        elif relation == "next":
            current = in_year(current[0].year + 1)
        return (*current, "season")
    chosen = _choose_year(match, context, in_year)
    return (*chosen, "season") if chosen else None


def _season_edge(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the start of the summer": the season's first month; "the end of winter" its last."""
    season = _season(match, context)
    if season is None:
        return None
    if match.group("part").lower() == "end":
        return _month_days(season[1].year, season[1].month)[0], season[1], "interval"
    return season[0], _month_days(season[0].year, season[0].month)[1], "interval"


def _year(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    year = int(match.group("year"))
    part = match.groupdict().get("part")
    if part:
        first, last = YEAR_PARTS[_part_key(part)]
        return date(year, first, 1), _month_days(year, last)[1], "interval"
    return date(year, 1, 1), date(year, 12, 31), "year"


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _year_fraction(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the first quarter", "Q3 2024", "the second half of the year"."""
    size = 3 if (match.group("part") or "quarter").lower() == "quarter" else 6
    ordinal = (match.group("ordinal") or "").lower()
    number = int(match.group("qnum")) if match.group("qnum") else _ORDINALS.get(ordinal, 12 // size)
    if number > 12 // size:
        return None

    def in_year(year: int) -> tuple[date, date]:
        return date(year, size * (number - 1) + 1, 1), _month_days(year, size * number)[1]

    if match.group("this_year"):
        if context.reference is None or not context.reference_is_publication:
            return None
        return (*in_year(context.reference.year), "interval")
    chosen = _choose_year(match, context, in_year)
    return (*chosen, "interval") if chosen else None


def _bare_year(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the 2024 protests", "compared to 2019": a year without a preposition."""
    if context.reference and int(match.group("year")) > context.reference.year + MAX_YEARS_AHEAD:
        return None  # "the 2040 troops" is a count
    return _year(match, context)


def _same_period_year(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """The year of "the same period in 2020" (last year's without one); `_same_periods` narrows it."""
    if match.group("year"):
        year = int(match.group("year"))
    elif context.reference and context.reference_is_publication:
        year = context.reference.year - 1
    else:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _year_range(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"between 2018 and 2022", "2018-22": from the first year's start to the last's end."""
    first, last = match.group("year"), match.group("year2")
    last = first[:4 - len(last)] + last  # "2018-22" -> 2022
    if int(last) <= int(first):
        return None
    return date(int(first), 1, 1), date(int(last), 12, 31), "interval"


def _decade(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the 1960s", "the early 1990s": the decade or its first / middle / last years."""
    decade = int(match.group("decade"))
    first, last = DECADE_PARTS[(match.group("part") or "").lower()]
    return date(decade + first, 1, 1), date(decade + last, 12, 31), "interval"


def _day_range(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"26th Sept - 4th Oct", "May 10 and 11": from the first day to the second."""
    first_month = MONTHS[(match.group("month1") or match.group("month2")).lower().rstrip(".")]
    last_month = MONTHS[(match.group("month2") or match.group("month1")).lower().rstrip(".")]
    first_day, last_day = int(match.group("day1")), int(match.group("day2"))
    wraps = (last_month, last_day) <= (first_month, first_day)  # "28 December - 3 January"
    if wraps and first_month == last_month:
        return None

    def in_year(year: int) -> tuple[date, date]:
        return date(year, first_month, first_day), date(year + wraps, last_month, last_day)

    try:
        in_year(2024)
        explicit = match.group("year")
        chosen = in_year(int(explicit) - wraps) if explicit else _choose_year(match, context, in_year)
    except ValueError:  # "31 June" is no date
        return None
    return (*chosen, "interval") if chosen else None


def _month_range(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"May and June", "between March and July 2024": first month's start to last month's end.
    Months joined by "and" are one span only when they follow each other ("May and
    September" are two dates)."""
    first = MONTHS[match.group("month1").lower().rstrip(".")]
    last = MONTHS[match.group("month2").lower().rstrip(".")]
    joined_by_and = match.group("joint").strip() == "and" and _prep_of(match) != "between"
    if first == last or (joined_by_and and last != first % 12 + 1):
        return None
    wraps = last < first  # "December to February"

    def in_year(year: int) -> tuple[date, date]:
        return _month_days(year, first)[0], _month_days(year + wraps, last)[1]

    explicit = match.group("year")
    chosen = in_year(int(explicit) - wraps) if explicit else _choose_year(match, context, in_year)
    return (*chosen, "interval") if chosen else None


def _edge_of_period(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the first six months of 2019", "the last five days of July"."""
    period = _named_period(match, context)
    if period is None:
        return None
    count = (match.group("count") or "one").lower()
    n = NUMBER_WORDS.get(count) or int(count)
    unit, first = match.group("unit").lower(), match.group("edge").lower() == "first"
    if unit == "month":
        if first:
            return period[0], _month_days(*_shift_month(period[0], n - 1))[1], "interval"
        return _month_days(*_shift_month(period[1], 1 - n))[0], period[1], "interval"
    span = timedelta(days=n * (7 if unit == "week" else 1) - 1)
    return (period[0], period[0] + span, "interval") if first else (period[1] - span, period[1], "interval")


def _named_period(match: re.Match, context: _Context) -> tuple[date, date] | None:
    """The month or year that "the first six months of ..." cuts from."""
    if match.group("this_year"):
        if context.reference is None or not context.reference_is_publication:
            return None
        return date(context.reference.year, 1, 1), date(context.reference.year, 12, 31)
    if match.group("month"):
        month = _month_of(match)
        return _choose_year(match, context, lambda year: _month_days(year, month))
    if match.group("year"):
        year = int(match.group("year"))
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _bare_may(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"surpasses May as the new peak": only after a word in lower case ("Theresa May and" is a
    name), and not after a verb of saying ("..., said May.")."""
    words = context.text[max(0, match.start() - 30):match.start()].split()
    if not words or not words[-1].rstrip(",").islower() or words[-1].rstrip(",") in _SAYING:
        return None
    return _bare_month(match, context)


def _bare_month(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"September was quiet", "the August poll"; not "the record for July" or "Fourth of July"."""
    words = context.text[max(0, match.start() - 30):match.start()].split()
    previous = words[-1] if words else ""
    if previous.lower() in GENERIC_MONTH_CUES or previous.lower().endswith("est"):
        return None
    if previous[-1:].isdigit() or (previous == "of" and len(words) > 1 and words[-2][:1].isupper()):
        return None  # "31 June" is no date; "Fourth of July" a name
    return _month(match, context)


def _holiday(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"on Christmas Eve", "over Easter", "Thanksgiving 2023": that holiday's day (year as for "18 June")."""
    day_in = HOLIDAYS[" ".join(match.group("holiday").lower().replace("’", "'").split())]
    chosen = _choose_year(match, context, lambda year: (day_in(year),) * 2)
    return (*chosen, "day") if chosen else None


def _days_from_holiday(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"one day after Christmas", "two days before Easter": the holiday's day moved that far."""
    chosen = _holiday(match, context)
    if chosen is None:
        return None
    count = match.group("count").lower()
    shift = timedelta(days=int(count) if count.isdigit() else NUMBER_WORDS[count])
    day = chosen[0] + shift if match.group("side").lower() == "after" else chosen[0] - shift
    return day, day, "day"


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> date:
    """US Thanksgiving, the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1), "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14), "halloween": lambda y: date(y, 10, 31),
    "christmas eve": lambda y: date(y, 12, 24), "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25), "boxing day": lambda y: date(y, 12, 26),
    "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2), "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "thanksgiving": _thanksgiving, "thanksgiving day": _thanksgiving,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
}


# ----- resolvers: relative to the reference ------------------------------------------


def _week_ending(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"the week ending on August 27": the seven days to that day."""
    day = _day_month(match, context)
    return (day[0] - timedelta(days=6), day[1], "interval") if day else None


def _month_of_relative_year(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"in March last year", "on 25 September this year": that month (day) of the year named relative to now."""
    year, month = context.reference.year + _RELATION_OFFSET[match.group("rel").lower()], _month_of(match)
    if match.group("day"):
        number = int(match.group("day"))
        if not 1 <= number <= calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, number), date(year, month, number), "day"
    return (*_month_days(year, month), "month")


def _year_to_month(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"in the year to March", "the 12 months to June 2024": the twelve months ending with that month."""
    month = _month_of(match)
    # the year is the last month's: "prices fell in the year to March" ends with the March before
    chosen = _choose_year(match, context, lambda year: _month_days(year, month))
    if chosen is None:
        return None
    return _month_days(*_shift_month(chosen[0], -11))[0], chosen[1], "interval"


def _relative_month(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"last March": the latest March before the reference's month; "next March" the first after."""
    month, reference = _month_of(match), context.reference
    relation = match.group("rel").lower()
    if relation == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif relation == "next":
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year
    return (*_month_days(year, month), "month")



def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _period(unit: str, reference: date, offset: int) -> tuple[date, date, str]:
    """The week / month / year `offset` periods away from the reference's own."""
    if unit == "week":
        return (*_week_of(reference + timedelta(weeks=offset)), "week")
    if unit == "month":
        return (*_month_days(*_shift_month(reference, offset)), "month")
    if unit == "weekend":
        saturday = _week_of(reference + timedelta(weeks=offset))[0] + timedelta(days=5)
        return saturday, saturday + timedelta(days=1), "interval"
    year = reference.year + offset
    return date(year, 1, 1), date(year, 12, 31), "year"


# Named days are no day of this week ("on Cyber Monday", "the Good Friday agreement").
_NAMED_DAY = re.compile(
    r"\b(?-i:Black|Cyber|Good|Easter|Palm|Super|Ash|Holy|Maundy|Bloody|Giving|Shrove|Fat|Whit)\s$"
)
_RELATION_OFFSET = {"all": 0, "this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}


def _this_last_next(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    relation = match.group("rel").lower()
    definite = context.text[max(0, match.start() - 4):match.start()].lower() == "the "
    if definite and relation in {"previous", "last"}:
        return None  # "from the previous month", "over the last year": before another time, or a duration
    if definite and relation in {"next", "coming"} and _tense(match, context) == "past":
        return None  # "identified priorities for the coming year": the year after a past event, not after now
    return _period(match.group("unit").lower(), context.reference, _RELATION_OFFSET[match.group("rel").lower()])


def _part_of_period(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"early next month", "late last year", "the middle of next week": part of a relative period."""
    unit, part = match.group("unit").lower(), _part_key(match.group("part"))
    start, end, _ = _period(unit, context.reference, _RELATION_OFFSET[match.group("rel").lower()])
    if unit == "week":
        if part not in WEEK_PARTS:  # "by the end of next week" is a deadline (`_end_of_period`)
            return None
        first, last = WEEK_PARTS[part]
        return start + timedelta(days=first), start + timedelta(days=last), "interval"
    if unit == "month":
        return (*_month_days(start.year, start.month, *MONTH_PARTS[part]), "interval")
    first, last = YEAR_PARTS[part]
    return date(start.year, first, 1), _month_days(start.year, last)[1], "interval"


def _the_weekend(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"by the weekend": the coming one; "over the weekend" in past tense: the last one."""
    reference = context.reference
    saturday = _week_of(reference)[0] + timedelta(days=5)
    if not _looks_ahead(match, context) and saturday > reference:
        saturday -= timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1), "interval"


def _earlier_later(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    start, end, _ = _period(match.group("unit").lower(), context.reference, 0)
    if match.group("side").lower() == "earlier":
        return start, context.reference, "interval"
    return context.reference, end, "interval"


def _end_of_period(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"by year's end", "by the end of the month": from the reference to the period's end."""
    # The pattern spells the unit three ways ("year's end", "end of the year", "year-end").
    unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
    if _prep_of(match) in _PERIOD_END_PREPOSITIONS and context.reference_is_publication and context.reference:
        return context.reference, _period(unit, context.reference, 1 if match.group("rel") else 0)[1], "interval"
    offset = 1 if (match.group("rel") or "").lower() == "next" else 0
    reference = context.reference
    if reference is None or (not context.reference_is_publication and (unit == "week" or offset)):
        return None
    if context.reference_is_publication:
        end = _period(unit, reference, offset)[1]
    else:  # a bound: the period end nearest to it, as for any deadline
        end = min((_period(unit, reference, o)[1] for o in (-1, 0, 1)), key=lambda d: abs((d - reference).days))
    return end, end, "interval"


def _day_word(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    word = " ".join(match.group("word").lower().split())
    offset = -1 if word in {"yesterday", "last night"} else 1 if word == "tomorrow" else 0
    day = context.reference + timedelta(days=offset)
    return day, day, "day"


def _ago(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    count = match.group("count").lower()
    n = NUMBER_WORDS.get(count) or int(count)
    unit = match.group("unit").lower()
    if unit == "day":
        day = context.reference - timedelta(days=n)
        return day, day, "day"
    if unit == "decade":  # "two decades ago": the year twenty years back
        return _period("year", context.reference, -10 * n)
    return _period(unit, context.reference, -n)


def _weekday(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    if _NAMED_DAY.search(context.text, 0, match.start()) and not match.group("prep") and not match.group("rel"):
        return None
    if _FALLS_ON.search(context.text, max(0, match.start() - 80), match.start()):
        return None  # "25 September comes on Thursday": the weekday of a date, no date of its own
    target = WEEKDAYS[match.group("weekday").lower()]
    reference = context.reference
    relation = (match.group("rel") or "").lower()
    back = (reference.weekday() - target) % 7
    if relation == "next":
        day = reference + timedelta(days=(target - reference.weekday()) % 7 or 7)
    elif relation != "last" and _looks_ahead(match, context):
        day = reference + timedelta(days=(target - reference.weekday()) % 7)
    elif relation == "last":
        day = reference - timedelta(days=back or 7)
    elif not relation and _POSSESSIVE.match(context.text, match.end()) and _tense(match, context) is None:
        # "cast ballots for Tuesday's election", said on a Monday: a day named for its
        # event, not dated by a verb, is the nearer one (the past one if equally near)
        ahead = (target - reference.weekday()) % 7
        day = reference + timedelta(days=ahead) if ahead < back else reference - timedelta(days=back)
    else:
        day = reference - timedelta(days=back)
    return day, day, "day"


def _weekday_range(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"ran Thursday through Saturday": the days from the first weekday to the second, the
    last such run before the reference unless the clause looks ahead (then the next one)."""
    first, last = (WEEKDAYS[(match.group(g) or match.group(g + "_b")).lower()] for g in ("weekday", "weekday2"))
    reference, length = context.reference, (last - first) % 7
    if _looks_ahead(match, context):
        start = reference + timedelta(days=(first - reference.weekday()) % 7)
    else:
        start = reference - timedelta(days=(reference.weekday() - last) % 7 + length)
    return start, start + timedelta(days=length), "interval"


def _weekday_and_day(match: re.Match, context: _Context) -> tuple[date, date, str] | None:
    """"Monday 26th": the day of that number, near the reference, that falls on that weekday."""
    target, number, reference = WEEKDAYS[match.group("weekday").lower()], int(match.group("day")), context.reference
    days = []
    for offset in range(-13, 14):
        year, month = _shift_month(reference, offset)
        if number <= calendar.monthrange(year, month)[1] and date(year, month, number).weekday() == target:
            days.append(date(year, month, number))
    tense = _tense(match, context)
    if tense == "future":
        days = [d for d in days if d >= reference]
    elif tense == "past":
        days = [d for d in days if d <= reference]
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - reference).days))
    return day, day, "day"


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# "Thursday, 9 January", "Thursday (Feb. 24)": one day, named twice.
_WEEKDAY_PREFIX = r"(?:(?P<wd>" + _WEEKDAY + r")(?:,?\s+|\s*(?P<bracket>\()))?(?:the\s+)?"
_BRACKET_CLOSE = r"(?(bracket)\))"
_MONTH_PART = r"(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]*"
_UNIT = r"(?P<unit>week|month|year)"
_HOLIDAY_PREP = r"(?P<prep>on|at|over|by|before|after|until|since|during|for)\s+"
# "26th Sept - 4th Oct", "May 10 and 11", "3 to 5 March": one span of days.
_RANGE_TO = r"\s*(?:[-–—]|to|and|until|through|till)\s*"

# (pattern, resolver, relative): relative patterns need the publication date itself.
_PATTERNS: list[tuple[re.Pattern, _Resolver, bool]] = [
    (_compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso_day, False),
    (_compile(r"\b" + _PREP + _WEEKDAY_PREFIX + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"\b(?:,?\s+" + _YEAR + r")?"
              + _BRACKET_CLOSE), _day_month, False),
    (_compile(r"\b" + _PREP + _WEEKDAY_PREFIX + _MONTH + r"\s+" + _DAY + r"\b(?!:\d)(?:,?\s+" + _YEAR + r")?"
              + _BRACKET_CLOSE), _day_month, False),
    (_compile(r"\b" + _PREP + _DAY.replace("day", "day1") + r"(?:\s+" + _MONTH.replace("month", "month1") + r")?"
              + _RANGE_TO + _DAY.replace("day", "day2") + r"\s+" + _MONTH.replace("month", "month2")
              + r"\b(?:,?\s+" + _YEAR + r")?"), _day_range, False),
    (_compile(r"\b" + _PREP + _MONTH.replace("month", "month1") + r"\s+" + _DAY.replace("day", "day1")
              + _RANGE_TO + r"(?:" + _MONTH.replace("month", "month2") + r"\s+)?" + _DAY.replace("day", "day2")
              + r"\b(?![:.,]?\d)(?:,?\s+" + _YEAR + r")?"), _day_range, False),
    (_compile(r"\b" + _PREP + _MONTH + r",?\s+" + _YEAR), _month, False),
    *[(_compile(r"\b(?:in\s+)?the\s+(?:week|seven\s+days)\s+(?:ending|ended|to)\s+(?:on\s+)?" + day + r"\b"),
       _week_ending, False) for day in (_MONTH + r"\s+" + _DAY, _DAY + r"\s+" + _MONTH)],
    (_compile(r"\b(?:in\s+|over\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+(?:up\s+)?to\s+" + _MONTH
              + r"\b(?:,?\s+" + _YEAR + r")?"), _year_to_month, False),
    (_compile(r"\b(?:(?P<prep>between|from|in|during|by|until|since)\s+)?" + _MONTH.replace("month", "month1")
              + r"(?P<joint>\s*(?:[-–]|to|through|until)\s*|\s+and\s+)" + _MONTH.replace("month", "month2")
              + r"\b(?!\s+\d)(?:,?\s+" + _YEAR + r")?"), _month_range, False),
    (_compile(r"\b(?P<month>(?-i:" + "|".join(calendar.month_name[m] for m in range(1, 13) if m != 5) + r"))\b"
              r"(?!\s+\d|[-–]\d|\s+(?-i:[A-Z])|['’]s\s+(?-i:[A-Z])|\s+" + _GENERIC_MONTH_NOUNS + r")"), _bare_month, False),
    # "surpasses May as the new peak": "May" after a lower-case word and before a pause or a
    # linking word is the month (not the modal, nor a name after a capitalised word)
    (_compile(r"(?<=[a-z,] )(?P<month>(?-i:May))\b(?=[.,;:)]|\s+(?:as|and|or|with|from|when|while|through|was|saw)\b)"),
     _bare_may, False),
    (_compile(r"\b(?P<prep>in|during|since|until|by|from|throughout|before|after)\s+" + _MONTH + r"\b(?!\s+\d)"),
     _month, False),
    (_compile(r"\b(?:(?P<prep>in|during|since|until|by|throughout)\s+)?the\s+month\s+of\s+" + _MONTH + r"\b(?!\s+\d)"
              r"(?:,?\s+" + _YEAR + r")?"), _month, False),
    (_compile(r"\b" + _PREP + _MONTH_PART + _MONTH + r"\b(?:,?\s+" + _YEAR + r")?"), _month_part, False),
    (_compile(r"\b" + _PREP + r"(?:(?P<rel>this|last|next)\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
              r"(?:\s+of)?\s+" + _YEAR), _season, False),
    (_compile(r"\b" + _PREP + r"(?P<rel>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
     _season, False),
    (_compile(r"\b(?P<prep>in|during|over|through|by|until)\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b"
              r"(?!\s+of\s+\d)"), _season, False),
    (_compile(r"\b(?:the\s+)?(?P<part>start|beginning|end)\s+of\s+(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
              r"(?:\s+(?:of\s+)?" + _YEAR + r")?"), _season_edge, False),
    # not a company's fiscal quarter ("fiscal fourth quarter revenue"): its calendar is its own
    (_compile(r"\b(?<!fiscal )" + _PREP + r"(?:the\s+)?"
              r"(?:(?P<ordinal>first|second|third|fourth|last|final)\s+(?P<part>quarter|half)"
              r"|Q(?P<qnum>[1-4]))(?:,?\s+(?:of\s+)?(?:(?P<this_year>the\s+year|this\s+year)|" + _YEAR + r"))?\b"),
     _year_fraction, False),
    # a lower-case "of" only: "Best Indies Of 2019" is a heading
    (_compile(r"\b(?P<prep>in|during|since|until|by|from|throughout|before|after|over|(?-i:of))\s+" + _YEAR), _year, False),
    # "back in the red for 2015"; not a count ("for 2000 troops", "for 2000 people")
    (_compile(r"\b(?P<prep>for)\s+" + _YEAR + r"(?!\s+(?:" + _COUNTED + r"|(?-i:[a-z]+s)\b))"), _year, False),
    # "since records began in 1659": an older year only after a preposition, and not as a count ("in 1500 homes")
    (_compile(r"\b(?P<prep>in|since|until|before|after|from)\s+" + _OLD_YEAR + r"(?!\s+(?-i:[a-z]+s)\b)"), _year, False),
    (_compile(r"(?:(?<=\bthe )|(?<=\bits )|(?<=\btheir )|(?<=\bhis )|(?<=\bher )|(?<=['’]s )|(?<=compared to )"
              r"|(?<=compared with )|(?<=\bthan )|(?<=\bversus )|(?<=\d\d\d\d and )|(?<=\d\d\d\d or )"
              r"|(?<=\bprevious )|(?<=\bupcoming )|(?<=\bthat ))"
              + _YEAR + r"(?!\s+" + _COUNTED + r")(?=\s+(?-i:[a-z])|\s+" + _EVENT_NAME + r"|[.,;)]|$)"), _bare_year, False),
    (_compile(r"(?m:^)" + _YEAR + r"(?=\s+(?-i:[a-z]))"), _bare_year, False),  # "2021 was the hottest year"
    # "“A Gathering of Old Men” (1984)": the year of the work named before it
    (_compile(r"(?<=[”\"’'] \()" + _YEAR + r"(?=\))"), _bare_year, False),
    # "it struck me that 2003 would be our anniversary" (no "were": "2000 were arrested" is a count)
    (_compile(r"\b" + _YEAR + r"(?=\s+(?:was|is|will|would|has|had|saw|marks|marked)\b)"), _bare_year, False),
    (_compile(r"\bbetween\s+" + _YEAR + r"\s+and\s+(?P<year2>(?:19|20)\d\d)\b"), _year_range, False),
    # not a copyright line ("© 2005-2019")
    (_compile(r"(?<![©\d])(?<!© )\b(?:from\s+)?" + _YEAR + r"\s*(?:[-–]|to|until|through)\s*(?P<year2>(?:19|20)\d\d|(?<=[-–])\d\d)\b"
              r"(?![-–/.,]?\d)"), _year_range, False),
    (_compile(r"\b" + _PREP + r"the\s+(?:(?P<part>early|mid|late)[\s-]*)?(?P<decade>(?:1[89]|20)\d0)['’]?s\b"),
     _decade, False),
    (_compile(r"\b" + _PREP + r"the\s+(?P<edge>first|last|final)\s+(?:" + _NUMBER + r"\s+)?(?P<unit>day|week|month)s?\s+of\s+"
              r"(?:(?P<this_year>the\s+year|this\s+year)|(?:" + _MONTH + r"\b(?:,?\s+(?=\d))?)?(?:" + _YEAR + r")?)"),
     _edge_of_period, False),
    (_compile(r"\b" + _PREP + r"(?P<part>early|mid|late|(?:the\s+)?end\s+of)[\s-]*" + _YEAR), _year, False),
    (_SAME_PERIOD, _same_period_year, False),
    (_compile(r"\b(?P<prep>by|before|to|until|till|between\s+now\s+and)\s+(?:the\s+)?(?:(?P<unit>year|month|week)['’]s\s+end|"
              r"end\s+of\s+(?:the\s+|this\s+|(?P<rel>next)\s+)?(?P<unit2>year|month|week)|(?P<unit3>year)-end)"),
     _end_of_period, False),
    # not a comparison: "starting a bit earlier this year" is this year
    (_compile(r"(?<!\ba bit )(?<!\ba little )(?<!\bslightly )(?<!\bmuch )(?<!\beven )(?<!\bfar )(?<!\bany )"
              r"\b(?P<side>earlier|later)\s+this\s+" + _UNIT + r"\b"), _earlier_later, True),
    (_compile(r"\b" + _PREP + r"(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]*"
              r"(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b"), _part_of_period, True),
    (_compile(r"\b(?P<prep>by|over|at|during|on|throughout|through|into|for|until)\s+the\s+weekend\b"),
     _the_weekend, True),
    (_compile(r"\b(?P<rel>this|last|next|previous|current|coming|all)\s+(?P<unit>week|month|year|weekend)\b(?!\s+of\b)"),
     _this_last_next, True),
    (_compile(r"\b" + _PREP + r"(?P<rel>last|next|this)\s+" + _MONTH + r"\b(?!\s+\d)"), _relative_month, True),
    (_compile(r"\b" + _PREP + r"(?:" + _DAY + r"(?:\s+of)?\s+)?" + _MONTH + r"\s+(?P<rel>last|next|this)\s+year\b"),
     _month_of_relative_year, True),
    # "Christmas Day" alone; "Christmas", "Good Friday" and the like only after a preposition
    # ("Christmas trees", "the Good Friday agreement")
    (_compile(r"\b(?:" + _HOLIDAY_PREP + r")?(?P<holiday>(?-i:New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)"
              r"|Boxing\s+Day|Valentine['’]s\s+Day|Easter\s+(?:Sunday|Monday)|Thanksgiving\s+Day))"
              r"(?:,?\s+" + _YEAR + r")?\b"), _holiday, False),
    (_compile(r"\b" + _HOLIDAY_PREP + r"(?P<holiday>(?-i:Christmas|Easter|Thanksgiving|Halloween|Good\s+Friday|Black\s+Friday|Cyber\s+Monday))\b"
              r"(?!['’]s)"
              r"(?:,?\s+" + _YEAR + r")?"), _holiday, False),
    # "one day after Christmas": that many days from the holiday
    (_compile(r"\b" + _NUMBER + r"\s+days?\s+(?P<side>after|before)\s+(?P<holiday>(?-i:Christmas|New\s+Year['’]s\s+Day"
              r"|Easter|Thanksgiving|Halloween|Good\s+Friday|Boxing\s+Day|Valentine['’]s\s+Day))\b(?:,?\s+" + _YEAR + r")?"),
     _days_from_holiday, False),
    (_compile(r"\b(?:(?P<prep>by|until|since)\s+)?"
              r"(?P<word>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"),
     _day_word, True),
    (_compile(r"\b" + _NUMBER + r"\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"), _ago, True),
    (_compile(r"\b(?:(?P<prep>from)\s+)?(?P<weekday>" + _WEEKDAY + r")\s*(?:through|to|until|till|[-–])\s*"
              r"(?P<weekday2>" + _WEEKDAY + r")\b|\b(?P<prep2>between)\s+(?P<weekday_b>" + _WEEKDAY
              + r")\s+and\s+(?P<weekday2_b>" + _WEEKDAY + r")\b"), _weekday_range, True),
    # not "events that end on a Monday": an indefinite weekday is any one ("a Tuesday advisory" is one)
    (_compile(r"\b(?:(?P<prep>on|by|since|until|till|through)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?)?"
              r"(?:(?P<rel>last|next|this)\s+)?(?<!\bon a )(?<!\bon any )(?P<weekday>" + _WEEKDAY + r")\b"
              r"(?:[ \t]+(?-i:morning|afternoon|evening|night)\b)?"), _weekday, True),
    (_compile(r"\b(?:(?P<prep>on|by|since|until)\s+)?(?P<weekday>" + _WEEKDAY + r"),?\s+(?:the\s+)?(?P<day>\d{1,2})"
              # not an ordinal before a noun: "On Sunday, the 27th annual marathon", "the 27th Amendment"
              r"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?-i:[A-Z]))"
              r"(?!\s+(?!(?:at|in|and|or|when|with|to|for|from|of|as|but|until|before|after|is|was|will)\b)(?-i:[a-z]))"),
     _weekday_and_day, True),
]


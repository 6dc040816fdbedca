"""The typed records every stage speaks.

Data flows ingest -> clean -> annotate -> link -> analyse -> store -> present, and each
stage takes and returns these dataclasses. Every extracted fact carries a `Span`: the
article id plus character offsets into that article's *cleaned* text (`Article.text`),
so a reader can always jump from a fact back to the sentence it came from.

Conventions:
- Offsets are Python string indices (code points), `start` inclusive, `end` exclusive.
- Dates are ISO strings (`YYYY-MM-DD` or full ISO datetimes): they survive JSON, CSV and
  SQLite unchanged.
- Entity ids are stable keys such as ``person:volodymyr-zelenskyy``, derived from the
  canonical name, so the per-article stage can assign them without global state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

InputFormat = Literal["text", "html", "jsonl"]
QuoteKind = Literal["direct", "indirect"]
UnitClass = Literal["people", "money", "percent", "equipment", "other"]
DatePrecision = Literal["day", "week", "month", "season", "year", "interval"]


@dataclass(frozen=True)
class Span:
    """A character range in one article's cleaned text."""

    article_id: str
    start: int
    end: int

    def text_in(self, article_text: str) -> str:
        return article_text[self.start : self.end]


@dataclass
class Article:
    """One ingested document: what came in, what cleaning kept, and its metadata."""

    id: str  # first 16 hex chars of sha256 over the raw input bytes: re-ingest is a no-op
    source: str  # file path (plus ":line" for JSONL) or URL the article came from
    input_format: InputFormat
    raw: str  # decoded input exactly as received
    text: str  # cleaned body; all spans point into this
    text_hash: str  # sha256 of `text`
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or datetime as stated by the page
    published_note: str = ""  # where `published` came from, or why it is None
    language: str | None = None  # ISO 639-1
    encoding: str | None = None  # detected input encoding


@dataclass
class Mention:
    """A named-entity occurrence in one article."""

    span: Span
    text: str  # surface form as written
    label: str  # spaCy-style label: PERSON, ORG, GPE, LOC, NORP, DATE, CARDINAL, ...
    entity_id: str | None = None  # canonical Entity.id; None for DATE/CARDINAL etc.


@dataclass
class Entity:
    """A canonical entity across the corpus (Zelenskyy, Zelensky, Volodymyr Zelenskyy ...)."""

    id: str
    name: str  # display name
    label: str  # PERSON, ORG, GPE, ...
    aliases: list[str] = field(default_factory=list)
    mentions_by_article: dict[str, int] = field(default_factory=dict)
    # every per-article id (Mention.entity_id) folded into this entity, its own id included:
    # "person:zelenskyy" from an article naming only the surname, "role:ukraine-head-of-state"
    merged_ids: list[str] = field(default_factory=list)


@dataclass
class Quote:
    """Something a speaker said, directly (in quotation marks) or in reported speech."""

    span: Span  # the quoted / reported content
    text: str
    kind: QuoteKind
    speaker_id: str | None = None  # canonical Entity.id, None when unknown
    speaker_name: str | None = None  # display name of the speaker as resolved
    speaker_span: Span | None = None  # where the speaker is named or referred to (may be "He")
    cue: str | None = None  # attribution verb or phrase: "stressed", "according to"


@dataclass
class Claim:
    """A numeric claim: value, what is counted, hedge, who asserts it and when."""

    span: Span  # the sentence carrying the claim
    value_text: str  # surface form: "over 12,000", "10-12,000", "thousands"
    value: float | None  # lower / point value; None for purely vague magnitudes
    value_max: float | None = None  # upper bound of a range
    vague: str | None = None  # "thousands", "several hundred", "dozens" ...
    hedge: str | None = None  # over, around, nearly, up to, at least ...
    counted: str | None = None  # noun phrase: "North Korean troops"
    unit_class: UnitClass = "other"
    unit: str | None = None  # currency code, "%", ...
    asserter_id: str | None = None  # canonical Entity.id or source id
    asserter_name: str | None = None
    date: str | None = None  # when asserted / when it holds (ISO)
    value_span: Span | None = None  # just the number phrase


@dataclass
class Denial:
    """A denial or dismissal, or a report explicitly marked as unverified."""

    span: Span
    kind: Literal["denial", "hedged"]
    cue: str  # "dismissed ... as disinformation", "denied", "reportedly"
    denier_id: str | None = None
    denier_name: str | None = None
    target: str | None = None  # what is denied, as a phrase from the sentence


@dataclass
class SourceRef:
    """A source an article relies on: wire service, agency, intelligence, think tank."""

    span: Span
    source_id: str  # key in wiretrace/data/sources.json, or a slug for unknown ones
    name: str  # display name: "Reuters", "Ukrainian intelligence"
    kind: str  # wire, agency, media, intelligence, think_tank, official, other
    cue: str  # "Source:", "according to", "told", "in an interview with"


@dataclass
class Event:
    """A dated happening in the story, normalised against the article's own date."""

    span: Span
    description: str
    date_start: str  # ISO date
    date_end: str  # ISO date (== date_start for a single day)
    precision: DatePrecision
    date_text: str  # the temporal expression as written: "18 June", "this week"
    actors: list[str] = field(default_factory=list)  # canonical Entity.ids
    inferred: bool = False  # True when the date is a bound we inferred, not one stated
    # For an inferred publication bound: the article appeared "after" date_start, "before"
    # date_end, or "between" the two.
    bound: str | None = None


@dataclass
class ArticleFacts:
    """Everything the per-article stage extracts from one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class DuplicateGroup:
    """Articles that are copies of one report (exact, syndicated, short/long versions)."""

    id: str
    article_ids: list[str]  # canonical (earliest / longest) copy first
    kind: str  # exact, near, syndicated, translation


@dataclass
class Story:
    """A cluster of articles about one event or development."""

    id: str
    label: str
    article_ids: list[str]  # ranked by centrality, most central first
    date_start: str | None = None
    date_end: str | None = None
    outlets: list[str] = field(default_factory=list)
    key_entities: list[str] = field(default_factory=list)  # Entity.ids, ranked


@dataclass
class IngestError:
    """A file (or JSONL line) that could not be ingested, and why."""

    source: str
    reason: str

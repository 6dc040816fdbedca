"""Boilerplate removal for whole-page plain-text scrapes.

A scraped page is header (masthead, menus, headline, byline, date) + body + trailer
("Read also" lists, clock-time headline lists, appeals, tags). Each line gets a score:
prose (long, sentence-ending) scores up, link-like short lines, clock times and lexicon
boilerplate score down, end markers ("Read also:", "Tags:", appeals) score far down.
The body is the contiguous run of lines with the highest total score (boilerpipe-style
densest region), so short subheadings and bullets inside the body survive while the same
kind of line in a menu or headline list does not. Lexicon: `wiretrace/data/boilerplate.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Weights of the line score; a prose line scores its word count.
BOILERPLATE_WEIGHT = -8.0
END_MARKER_WEIGHT = -60.0
SHORT_LINE_WEIGHT = -2.0
MEDIUM_PROSE_FACTOR = 0.5
PROSE_MIN_WORDS = 10
MEDIUM_MIN_WORDS = 4
LONG_UNPUNCTUATED_WORDS = 25  # a line this long is prose even without a final full stop

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●■\-–*]\s+)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\d:])", re.IGNORECASE)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A line that is only a date/time stamp: digits, month and weekday names, separators.
_DATELINE_WORDS = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th)?|{_MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|am|pm|at|utc|gmt|edt|est|updated|published|posted|ago|minutes?|hours?|days?)$",
    re.IGNORECASE,
)
# "By Jane Doe" / "Author: Jane Doe": a label and a capitalised name, nothing else.
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Aa]uthors?|AUTHORS?|[Ww]ritten by|Автор|Авторка)\s*:?\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’.\-]*(?:[\s,]+(?:and\s+|&\s+)?[A-ZА-ЯІЇЄҐ][\w'’.\-]*){0,5}$"
)
# Tag runs scraped without separators: "North KoreaUNUSAwar" (lower then upper inside a word).
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")


@dataclass
class PlainTextResult:
    body: str  # the kept body, paragraphs joined by "\n\n"
    kept_lines: list[int]  # 0-based indices into raw.splitlines() that were kept, in order


@dataclass(frozen=True)
class Lexicon:
    end_markers: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The boilerplate lexicon shipped in `wiretrace/data/boilerplate.json`, compiled."""
    data = json.loads(resources.files("wiretrace.data").joinpath("boilerplate.json").read_text("utf-8"))

    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in data[key])

    return Lexicon(end_markers=compiled("end_markers"), boilerplate=compiled("boilerplate"))


def clean_plaintext(raw: str) -> PlainTextResult:
    """Keep the article body of a whole-page plain-text scrape."""
    lines = raw.splitlines()
    texts = [strip_bullet(line) for line in lines]
    scores = [line_score(text) for text in texts]
    start, end = densest_region(scores)
    kept = [i for i in range(start, end) if texts[i] and scores[i] > BOILERPLATE_WEIGHT]
    kept = drop_leading_headlines(kept, texts)
    return PlainTextResult(body="\n\n".join(texts[i] for i in kept), kept_lines=kept)


def strip_bullet(line: str) -> str:
    """The line without surrounding whitespace and without a leading bullet glyph."""
    return _BULLET.sub("", line).strip()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_sentence_like(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_boilerplate(text: str) -> bool:
    lexicon = load_lexicon()
    return (
        any(pattern.match(text) for pattern in lexicon.boilerplate)
        or bool(_BYLINE.match(text))
        or is_timestamp(text)
        or is_glued_tag_run(text)
    )


def is_end_marker(text: str) -> bool:
    return any(pattern.match(text) for pattern in load_lexicon().end_markers)


def is_timestamp(text: str) -> bool:
    """A clock time, or a line made only of date/time words ("2 February, 2025 Sunday")."""
    words = _WORD.findall(text)
    if not words:
        return False
    if _CLOCK.search(text) and len(words) <= 8:
        return True
    return all(_DATELINE_WORDS.match(word) for word in words)


def is_glued_tag_run(text: str) -> bool:
    """Tags scraped without separators ("North KoreaUNUSAwar"): glued words, no sentence."""
    return len(_GLUED_WORDS.findall(text)) >= 2 and not is_sentence_like(text) and word_count(text) <= 8


def line_score(text: str) -> float:
    """How much a line looks like article body (positive) or page furniture (negative)."""
    if not text:
        return 0.0
    if is_end_marker(text):
        return END_MARKER_WEIGHT
    if is_boilerplate(text):
        return BOILERPLATE_WEIGHT
    words = word_count(text)
    sentence = is_sentence_like(text)
    if words >= LONG_UNPUNCTUATED_WORDS or (sentence and words >= PROSE_MIN_WORDS):
        return float(words)
    if sentence and words >= MEDIUM_MIN_WORDS:
        return words * MEDIUM_PROSE_FACTOR
    return SHORT_LINE_WEIGHT


def densest_region(scores: list[float]) -> tuple[int, int]:
    """The [start, end) run of lines with the largest total score (maximum subarray)."""
    best_sum, best = 0.0, (0, 0)
    running, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, run_start = 0.0, i
        running += score
        if running > best_sum:
            best_sum, best = running, (run_start, i + 1)
    return best


def drop_leading_headlines(kept: list[int], texts: list[str]) -> list[int]:
    """Headline and kicker lines (no sentence ending) at the top of the body belong to the header."""
    first_sentence = next((n for n, i in enumerate(kept) if is_sentence_like(texts[i])), len(kept))
    return kept[first_sentence:]

"""Rules that recognise page furniture line by line: lexicon patterns, bylines, time stamps.

The patterns live in `wiretrace/data/boilerplate.json`: `end_markers` open a page's trailer
("Read also:", "Tags:", donation appeals), `boilerplate` lines are never body (share
buttons, captions, visit counters, copyright). Lines are matched whole, stripped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\d:])", re.IGNORECASE)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A line that is only a date/time stamp: numbers, month and weekday names, a few labels.
_DATELINE_WORD = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th)?|{_MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|am|pm|at|utc|gmt|edt|est|updated|published|posted|ago|minutes?|hours?|days?)$",
    re.IGNORECASE,
)
TIMESTAMP_MAX_WORDS = 8
# "By Jane Doe" / "Author: Jane Doe": a label and capitalised name words, nothing else.
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Aa]uthors?|AUTHORS?|[Ww]ritten by|Автор|Авторка)\s*:?\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’.\-]*(?:[\s,]+(?:and\s+|&\s+)?[A-ZА-ЯІЇЄҐ][\w'’.\-]*){0,5}$"
)
# "By Jane Doe | Example Media for example.com": a byline followed by the author's affiliation.
_BYLINE_WITH_AFFILIATION = re.compile(
    r"^(?:By|BY)\s+[A-ZА-ЯІЇЄҐ][\w'’.\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.\-]*){0,3}\s*(?:[|/,]|\s[-–—]\s|\bfor\b).{0,80}$"
)
# Tag runs scraped without separators: "North KoreaUNUSAwar" (a word starting inside a word:
# lower then upper case, or an acronym running into a lower-case word).
_GLUED_WORDS = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
GLUED_TAGS_MAX_WORDS = 8
# Menus flattened onto one line: "Contact Us/FAQ | Terms of Use | Privacy Policy".
_MENU_SEPARATOR = re.compile(r"\s*[|•·]\s*")
MENU_MIN_ITEMS, MENU_MAX_ITEM_WORDS = 3, 4


# A picture credit on a line of its own, "(Image: © Agency)": the line above it is the caption.
_PICTURE_CREDIT = re.compile(r"^\((?:image|photo|picture|credit|image credit|photo credit)\b[^)]*\)$", re.IGNORECASE)


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


def is_sentence_like(text: str) -> bool:
    """Ends as a sentence or a quotation does."""
    return bool(_SENTENCE_END.search(text))


def is_end_marker(text: str) -> bool:
    return any(pattern.match(text) for pattern in load_lexicon().end_markers)


def is_boilerplate(text: str) -> bool:
    return (
        any(pattern.match(text) for pattern in load_lexicon().boilerplate)
        or bool(_BYLINE.match(text))
        or (bool(_BYLINE_WITH_AFFILIATION.match(text)) and not is_sentence_like(text))
        or is_timestamp(text)
        or is_glued_tag_run(text)
        or is_flat_menu(text)
    )


def is_picture_credit(text: str) -> bool:
    return bool(_PICTURE_CREDIT.match(text))


def has_clock_time(text: str) -> bool:
    return bool(_CLOCK.search(text))


def is_timestamp(text: str) -> bool:
    """A clock-time line, or a line made only of date/time words ("2 February, 2025 Sunday")."""
    words = _WORD.findall(text)
    if not words:
        return False
    if _CLOCK.search(text) and len(words) <= TIMESTAMP_MAX_WORDS:
        return True
    return all(_DATELINE_WORD.match(word) for word in words)


def is_glued_tag_run(text: str) -> bool:
    """Tags scraped without separators ("North KoreaUNUSAwar"): glued words, no sentence."""
    return (
        len(_GLUED_WORDS.findall(text)) >= 2
        and not is_sentence_like(text)
        and len(_WORD.findall(text)) <= GLUED_TAGS_MAX_WORDS
    )


def is_flat_menu(text: str) -> bool:
    """Three or more short items separated by pipes or bullets."""
    items = [item for item in _MENU_SEPARATOR.split(text) if item]
    return len(items) >= MENU_MIN_ITEMS and all(len(_WORD.findall(item)) <= MENU_MAX_ITEM_WORDS for item in items)

"""Per-line features for the plain-text body classifier (runtime and training share them).

Features describe a line on its own (length, sentence ending, capitalisation, digits,
clock times, lexicon hits) and in its neighbourhood (how prose-like the lines around it
are, whether it repeats elsewhere on the page, where it sits relative to the page's prose
mass). Everything is language-agnostic except the lexicon and the caption cues.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from wiretrace.clean._lexicon import has_clock_time, is_boilerplate, is_end_marker, is_sentence_like, is_timestamp

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*[•·▪◦●■\-–*]\s+")
_URLISH = re.compile(r"https?://|www\.|\.com\b|@\w", re.IGNORECASE)
# Words that place people in a picture: "Jane Doe, left, speaks with ..." reads as a caption.
_CAPTION_CUE = re.compile(
    r",\s*(?:left|right|center|centre|second from (?:left|right)|foreground|background)\s*,"
    r"|\bpictured\b(?!\s+(?:above|below|here))"  # "(pictured above)" points at a picture from the text
    r"|\bfile photo\b",
    re.IGNORECASE,
)
CONTEXT_RADIUS = 3
PROSE_WORDS = 10


@dataclass(frozen=True)
class LineInfo:
    """What a line is on its own, before any context is looked at."""

    text: str  # stripped, bullet glyph removed
    words: int
    sentence: bool
    prose: bool  # long enough and sentence-ending: the kind of line bodies are made of
    boilerplate: bool
    end_marker: bool


def strip_bullet(line: str) -> str:
    """The line without surrounding whitespace and without a leading bullet glyph."""
    return _BULLET.sub("", line).strip()


def describe(line: str) -> LineInfo:
    text = strip_bullet(line)
    words = len(_WORD.findall(text))
    sentence = is_sentence_like(text)
    boilerplate = bool(text) and is_boilerplate(text)
    return LineInfo(
        text=text,
        words=words,
        sentence=sentence,
        prose=sentence and words >= PROSE_WORDS and not boilerplate,
        boilerplate=boilerplate,
        end_marker=bool(text) and is_end_marker(text),
    )


def own_features(line: str, info: LineInfo) -> list[float]:
    """Features of a non-blank line by itself."""
    tokens = _WORD.findall(info.text)
    n = max(len(tokens), 1)
    letters = [c for c in info.text if c.isalpha()]
    return [
        math.log1p(info.words),
        float(info.sentence),
        float(info.text.endswith(":")),
        float(info.prose),
        float(info.boilerplate),
        float(info.end_marker),
        float(bool(_BULLET.match(line))),
        float(has_clock_time(info.text)),
        float(is_timestamp(info.text)),
        sum(t[0].isupper() for t in tokens) / n,  # title case: headlines, menus, names
        sum(t[0].islower() for t in tokens) / n,  # running text has many lower-case words
        sum(t.isdigit() for t in tokens) / n,
        sum(c.isupper() for c in letters) / max(len(letters), 1),
        info.text.count(",") / n,
        float(bool(_URLISH.search(info.text))),
        min(len(info.text) / n, 15.0) / 15.0,
        float(bool(_CAPTION_CUE.search(info.text))),
    ]


OWN_FEATURE_NAMES = [
    "log_words", "sentence_end", "colon_end", "prose", "boilerplate", "end_marker", "bullet",
    "clock", "timestamp", "title_case", "lower_case", "digit_words", "upper_letters",
    "commas_per_word", "urlish", "chars_per_word", "caption_cue",
]  # fmt: skip

CONTEXT_FEATURE_NAMES = [
    "window_prose", "window_log_words", "window_short", "prev_prose", "next_prose",
    "prev_blank", "next_blank", "repeated", "prose_before", "prose_after", "position",
]  # fmt: skip

FEATURE_NAMES = OWN_FEATURE_NAMES + CONTEXT_FEATURE_NAMES


def page_features(lines: list[str]) -> tuple[list[LineInfo], list[list[float]]]:
    """LineInfo for every line and a feature vector for every line (blank lines included)."""
    infos = [describe(line) for line in lines]
    content = [i for i, info in enumerate(infos) if info.text]
    total_prose = sum(info.words for info in infos if info.prose) or 1
    occurrences = Counter(info.text for info in infos if info.text)
    prose_before = 0
    vectors: list[list[float]] = [[0.0] * len(FEATURE_NAMES) for _ in lines]
    for rank, i in enumerate(content):
        info = infos[i]
        window = [infos[j] for j in content[max(rank - CONTEXT_RADIUS, 0) : rank + CONTEXT_RADIUS + 1] if j != i]
        prev_info = infos[content[rank - 1]] if rank > 0 else None
        next_info = infos[content[rank + 1]] if rank + 1 < len(content) else None
        context = [
            _share(window, lambda x: x.prose),
            sum(math.log1p(x.words) for x in window) / max(len(window), 1),
            _share(window, lambda x: x.words < 5),
            float(prev_info is not None and prev_info.prose),
            float(next_info is not None and next_info.prose),
            float(i == 0 or not lines[i - 1].strip()),
            float(i + 1 >= len(lines) or not lines[i + 1].strip()),
            float(occurrences[info.text] > 1),  # captions, galleries and headlines repeat; prose rarely
            prose_before / total_prose,
            (total_prose - prose_before - (info.words if info.prose else 0)) / total_prose,
            i / max(len(lines) - 1, 1),
        ]
        vectors[i] = own_features(lines[i], info) + context
        prose_before += info.words if info.prose else 0
    return infos, vectors


def _share(infos: list[LineInfo], predicate: Callable[[LineInfo], bool]) -> float:
    """The fraction of `infos` for which `predicate` holds (0 for none)."""
    return sum(1 for x in infos if predicate(x)) / len(infos) if infos else 0.0

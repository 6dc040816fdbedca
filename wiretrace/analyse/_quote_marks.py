"""Find quoted stretches of text by their quotation marks (pure text, no NLP).

Handles straight "..." and '...', curly “...” and ‘...’, German „...“ and guillemets «...».
A straight double mark may close a curly one when the curly closer never comes (mixed
marks are common in copy that went through several systems). Double marks are paired first; single marks are paired only outside double-quoted text,
because inside a double quote they are nested quotes and belong to its content.

A single mark between two letters is an apostrophe (don't, Zelenskyy's), never a quote.
A quote left open at the end of a paragraph counts only when the next paragraph opens with
a mark of the same family: that is the convention for a quote running over several
paragraphs (the closing mark only at the very end). Each paragraph of such a quote is one
`QuotedText` piece and the pieces share a `chain` number; any other unclosed mark is
treated as stray and ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‹"
SINGLE_CLOSERS = "’›"
# Characters after which a straight mark opens a quote rather than closes one.
_OPEN_CONTEXT = " \t\n([{—–-:/"


@dataclass(frozen=True)
class QuotedText:
    """Quoted content (marks excluded) at [start, end) of the text."""

    start: int
    end: int
    open_mark: int  # index of the opening mark
    close_mark: int | None  # index of the closing mark; None when the paragraph runs on
    chain: int  # pieces of one multi-paragraph quote share this number


@dataclass
class _Open:
    index: int
    mark: str


def find_quoted(text: str) -> list[QuotedText]:
    """All top-level quoted stretches in `text`, in order."""
    paragraphs = _paragraphs(text)
    doubles = _pair_marks(text, paragraphs, _double_role, chain_base=0)
    covered = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end)) for q in doubles]
    singles = _pair_marks(
        text, paragraphs, _single_role, chain_base=len(doubles) + 1, skip=covered
    )
    return sorted(doubles + singles, key=lambda q: q.start)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line ranges (one paragraph per line in cleaned text), blank lines dropped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _double_role(text: str, i: int, open_: _Open | None) -> str | None:
    """'open', 'close' or None for a double mark at i, given the currently open mark."""
    char = text[i]
    if char == '"':
        if open_ is not None and (open_.mark == '"' or _mixed_close(text, i, open_)):
            return "close"
        return "open" if open_ is None and _opens_here(text, i) else None
    if open_ is None:
        return "open" if char in DOUBLE_OPENERS else None
    if char in DOUBLE_CLOSERS or (char == "“" and open_.mark == "„"):
        return "close"
    return None


def _mixed_close(text: str, i: int, open_: _Open) -> bool:
    """A curly quote that a straight mark closes (“...," said X), as copy pasted through
    several systems has it: only when no curly closer follows before the paragraph's next
    curly opener, so a straight pair nested in a curly quote stays inside it."""
    line_end = text.find("\n", i)
    rest = text[i : line_end if line_end >= 0 else len(text)].split("“", 1)[0]
    return open_.mark == "“" and not text[i - 1].isspace() and _closes_here(text, i) and "”" not in rest


def _single_role(text: str, i: int, open_: _Open | None) -> str | None:
    char = text[i]
    if char not in "'" + SINGLE_OPENERS + SINGLE_CLOSERS:
        return None
    if _between_letters(text, i):
        return None  # apostrophe: don't, Zelenskyy's, Joon’s
    if open_ is None:
        if char in SINGLE_OPENERS:
            return "open"
        return "open" if char == "'" and _opens_here(text, i) else None
    if char in SINGLE_CLOSERS or char == "'":
        return "close" if _closes_here(text, i) else None
    return None


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_OPENERS) and not after.isspace()


def _closes_here(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _pair_marks(
    text: str,
    paragraphs: list[tuple[int, int]],
    role_of,
    chain_base: int,
    skip: list[tuple[int, int]] | None = None,
) -> list[QuotedText]:
    found: list[QuotedText] = []
    chain = chain_base
    carried: list[QuotedText] = []  # pieces of a quote still open at a paragraph end
    for number, (p_start, p_end) in enumerate(paragraphs):
        # A carried quote is only kept when this paragraph reopens it (checked below).
        open_ = _reopen(text, p_start, role_of) if carried else None
        for i in range(p_start if open_ is None else open_.index + 1, p_end):
            if skip and any(a <= i <= b for a, b in skip):
                continue
            role = role_of(text, i, open_)
            if role == "open":
                open_ = _Open(i, text[i])
            elif role == "close" and open_ is not None:
                piece = _piece(text, open_.index, i, chain)
                if piece is not None:
                    found.extend(carried)
                    found.append(piece)
                carried = []
                chain += 1
                open_ = None
        if open_ is not None:
            next_starts = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if next_starts is not None and _reopen(text, next_starts, role_of) is not None:
                piece = _piece(text, open_.index, p_end, chain, run_on=True)
                if piece is not None:
                    carried.append(piece)
            else:
                carried = []
                chain += 1
    return found


def _reopen(text: str, paragraph_start: int, role_of) -> _Open | None:
    """The opening mark that starts a continuation paragraph, if there is one."""
    i = paragraph_start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and role_of(text, i, None) == "open":
        return _Open(i, text[i])
    return None


def _piece(text: str, open_index: int, stop: int, chain: int, run_on: bool = False) -> QuotedText | None:
    start, end = open_index + 1, stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return QuotedText(start, end, open_index, None if run_on else stop, chain)

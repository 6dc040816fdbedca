"""Find quoted stretches of text by their quotation marks (pure text, no NLP).

Handles straight "..." and '...', curly “...” and ‘...’, German „...“ and guillemets «...».
A straight double mark may close a curly one when the curly closer never comes (mixed
marks are common in copy that went through several systems). Double marks are paired first; single marks are paired only outside double-quoted text,
because inside a double quote they are nested quotes and belong to its content.

A single mark between two letters is an apostrophe (don't, Zelenskyy's), never a quote.
A quote left open at the end of a paragraph runs on when the next paragraph opens with a
mark of the same family: that is the convention for a quote running over several
paragraphs (the closing mark only at the very end). Each paragraph of such a quote is one
`QuotedText` piece and the pieces share a `chain` number. Copy often loses marks, so a quote
also runs on into a next paragraph that has a closer with no opener before it (a lone
straight mark after a comma or stop, the cue perhaps after it: '...," X said.'), and a chain
(or a quote opened after "said:" at a paragraph's start) whose closer never comes ends with
its paragraph. Any other unclosed mark is treated as stray and ignored. An opening curly
mark after a full stop inside an open curly quote stands for a closer and a new opener.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»″"  # a double prime ends quotes in some wire copy: '“We do it ...,″ X said
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
    if char in "'’" and text[i + 1 : i + 2] == char and open_ is not None and open_.mark in '"“':
        return "close"  # copy closing with two apostrophes: '"... except one,'' said X', '“... changed,’’ the statement
    if open_ is None:
        # a closing mark typed where a quote opens a paragraph or a sentence: '”Yes, of course," X said'
        typo = char == "”" and _opens_here(text, i) and (i == 0 or text[i - 1] in "\n \t")
        return "open" if char in DOUBLE_OPENERS or typo else None
    if char in DOUBLE_CLOSERS or (char == "“" and open_.mark == "„"):
        return "close"
    if char == "“" and open_.mark == "“" and re.search(r"[.?!]\s$", text[max(0, i - 2) : i]):
        return "reopen"  # “... soon. “About an hour later ...”: a new sentence opens a new quote
    if char == "“" and open_.mark == "“" and text[i - 1] in ",.?!" and text[i + 1 : i + 2].isspace():
        return "close"  # an opener typed for the closer, glued to the words: '“... heart and soul,“ said X'
    return None


def _mixed_close(text: str, i: int, open_: _Open) -> bool:
    """A curly quote that a straight mark closes (“...," said X), as copy pasted through
    several systems has it: only when no curly closer follows before the paragraph's next
    curly opener, so a straight pair nested in a curly quote stays inside it."""
    line_end = text.find("\n", i)
    rest = text[i + 1 : line_end if line_end >= 0 else len(text)].split("“", 1)[0]
    curly = rest.find("”")
    # '“A," she said. "B.”': a lone straight opener before the curly closer pairs with it
    # (two are a straight pair nested inside: '“go" and "stay,”')
    no_curly_closer = curly < 0 or rest[:curly].count('"') % 2 == 1
    return open_.mark == "“" and not text[i - 1].isspace() and _closes_here(text, i) and no_curly_closer


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
    continued: _Open | None = None  # how the quote carried into this paragraph goes on
    for number, (p_start, p_end) in enumerate(paragraphs):
        open_, continued = continued, None
        for i in range(p_start if open_ is None else open_.index + 1, p_end):
            if skip and any(a <= i <= b for a, b in skip):
                continue
            role = role_of(text, i, open_)
            if role == "reopen" and open_ is not None:  # “A. “B.”: the first closer was typed as an opener
                piece = _piece(text, open_.index, i, chain)
                found.extend(carried + ([piece] if piece is not None else []))
                carried, chain = [], chain + 1
                open_ = _Open(i, text[i])
            elif role == "open":
                open_ = _opened(text, i)
            elif role == "close" and open_ is not None:
                piece = _piece(text, open_.index, i, chain)
                if piece is not None:
                    found.extend(carried)
                    found.append(piece)
                carried = []
                chain += 1
                open_ = None
        if open_ is None:
            continue
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continued = _continuation(text, following, open_, role_of) if following else None
        piece = _piece(text, open_.index, p_end, chain, run_on=True)
        if continued is not None:
            carried += [piece] if piece is not None else []
            continue
        lost = open_.mark in '"' + DOUBLE_OPENERS and _lost_closer(text, p_start, open_.index, p_end)
        if piece is not None and (carried or lost):
            found.extend(carried + [piece])  # the closing mark was lost: the quote ends with its paragraph
        carried = []
        chain += 1
    return found


def _continuation(text: str, paragraph: tuple[int, int], open_: _Open, role_of) -> _Open | None:
    """How a quote open at the end of a paragraph goes on into the next one: reopened by a
    mark (the convention for quotes over several paragraphs), or, where the copy dropped
    that mark, running on to a closer with no opener before it in the paragraph."""
    reopened = _reopen(text, paragraph[0], role_of)
    if reopened is not None:
        return reopened
    start, end = paragraph
    body = text[start:end].rstrip()
    if open_.mark == "“":
        first = re.search(r"[“”]", body)
        closes = first is not None and first.group() == "”" and _closes_here(text, start + first.start())
    else:
        # '... discussion," X said.': the lone mark closes what the paragraph before opened
        mark = body.find('"')
        closes = open_.mark == '"' and body.count('"') == 1 and body[mark - 1 : mark] in {".", "?", "!", ","}
        closes = closes and _closes_here(text, start + mark)
    return _Open(start - 1, open_.mark) if closes else None


def _lost_closer(text: str, paragraph_start: int, open_index: int, paragraph_end: int) -> bool:
    """A quote opened where quotes are introduced (the paragraph's start, after "said:" or
    "said,") and running to the end of its paragraph in whole sentences: the page lost its
    closing mark. A stray mark inside a sentence stays ignored, and so does a single mark
    (an apostrophe: "'90s")."""
    lead = text[paragraph_start:open_index].rstrip()
    introduced = not lead or lead[-1] in ":,"
    return introduced and text[paragraph_start:paragraph_end].rstrip()[-1:] in ".?!"


def _reopen(text: str, paragraph_start: int, role_of) -> _Open | None:
    """The opening mark that starts a continuation paragraph, if there is one."""
    i = paragraph_start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and role_of(text, i, None) == "open":
        return _opened(text, i)
    return None


def _opened(text: str, i: int) -> _Open:
    """The quote a mark opens; a closing curly mark typed as an opener stands for one."""
    return _Open(i, "“" if text[i] == "”" else text[i])


def _piece(text: str, open_index: int, stop: int, chain: int, run_on: bool = False) -> QuotedText | None:
    start, end = open_index + 1, stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return QuotedText(start, end, open_index, None if run_on else stop, chain)

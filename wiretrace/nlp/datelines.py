"""Datelines the parser took for a sentence's subject.

News paragraphs open on the place they were filed from, set off by a colon, dash or an
agency in brackets ("LAHORE:", "GAZA –", "KABUL (Reuters) -"). The parser often makes
that place the subject of the first verb, so "KABUL (Reuters) - The Taliban denied ..."
reads as if Kabul denied it. Every extractor that asks "who is the subject" asks here first.
"""

from __future__ import annotations

from spacy.tokens import Token

DATELINE_MARKS = frozenset({":", "-", "--", "–", "—"})  # what ends a dateline


def is_dateline(token: Token) -> bool:
    """A word opening its line, set off by a dateline mark, that heads a subject."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    set_off = following is not None and (following.text in DATELINE_MARKS or following.text == "(")  # "(AP)"
    return set_off and not line_before(token.left_edge).strip()  # the cheap test first: lines can be long


def subject_past_dateline(dateline: Token) -> Token | None:
    """The real subject, which the parser hung on the dateline as an apposition after its
    mark: "KYIV, Ukraine (AP) — [A regional governor] said", "Islam Times - [A spokesperson]
    refuted" (not the agency in brackets before the mark)."""
    doc = dateline.doc
    after_mark = (
        c for c in dateline.children
        if c.dep_ == "appos" and any(t.text in DATELINE_MARKS for t in doc[dateline.i : c.left_edge.i])
    )
    return next(after_mark, None)


def line_before(token: Token) -> str:
    """The text of the token's line (paragraph) before it, read from the tokens: Doc.text
    would rebuild the whole text at each call."""
    start = token.i
    while start > 0 and "\n" not in token.doc[start - 1].text_with_ws:
        start -= 1
    return token.doc[start:token.i].text_with_ws

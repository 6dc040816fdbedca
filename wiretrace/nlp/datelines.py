"""Datelines the parser took for a sentence's subject.

News paragraphs open on the place they were filed from, set off by a colon, dash or an
agency in brackets ("LAHORE:", "GAZA –", "KABUL (Reuters) -", "Colombo, Aug 17 (PTI)").
The parser often makes that place the subject of the first verb, so "KABUL (Reuters) - The
Taliban denied ..." reads as if Kabul denied it. Every extractor that asks "who is the subject" asks here first.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

DATELINE_MARKS = frozenset({":", "-", "--", "–", "—"})  # what ends a dateline
# A line's opening dateline as text: "BERLIN (AP) -- ", "KYIV, Ukraine (AP) — ", "Geneva,
# September 6 (RHC)-- " (the tokenizer may glue "RHC)--" into one token, so the text decides),
# or a wire header "Colombo, Aug 17 (PTI) ".
_PLACE = r"(?P<place>[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})"
_DATE = r"(?P<date>,\s*(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2}(?:, \d{4})?)"  # "Sept. 6", "JULY 26, 2018"
_AGENCY = r"\s*(?P<agency>\([^)\n]{1,40}\))"
_DATELINE_TEXT = re.compile(_PLACE + _DATE + "?" + _AGENCY + r"?\s*(?:--|[—–-])\s*")
# A wire header with both a date and an agency needs no dash: "Colombo, Aug 17 (PTI) ".
_WIRE_HEADER = re.compile(_PLACE + _DATE + _AGENCY + r"\s+")


def dateline_end(text: str, line_start: int) -> int | None:
    """Where a dateline opening the line at `line_start` ends, if it has one: a place in
    capitals (its country may follow: "JOHANNESBURG, South Africa"), or any place with a
    date or an agency in brackets, then a dash; or a place, a date and an agency, with no dash."""
    match = _DATELINE_TEXT.match(text, line_start)
    if match is None or not (match.group("place").split(",")[0].isupper() or match.group("date") or match.group("agency")):
        match = _WIRE_HEADER.match(text, line_start)
    return match.end() if match is not None else None


def is_dateline(token: Token) -> bool:
    """A word opening its line, set off by a dateline mark ("LAHORE:", "KABUL (Reuters) -"),
    a place in capitals with its country before the mark ("JOHANNESBURG, South Africa —"), or
    a place opening a wire header ("Colombo, Aug 17 (PTI)")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    set_off = following is not None and (following.text in DATELINE_MARKS or following.text == "(")  # "(AP)"
    with_country = following is not None and following.text == "," and (token.is_upper or token.is_title)
    if not (set_off or with_country) or line_before(token.left_edge).strip():  # the cheap tests first: lines can be long
        return False
    return set_off or dateline_end(token.doc[token.i : token.i + 8].text_with_ws, 0) is not None


def subject_past_dateline(dateline: Token) -> Token | None:
    """The real subject, which the parser hung on the dateline as an apposition after its
    mark: "KYIV, Ukraine (AP) — [A regional governor] said", "Islam Times - [A spokesperson]
    refuted" (not the agency in brackets before the mark), "Geneva, September 6 (RHC)-- The
    World Health [Organization] says"."""
    doc = dateline.doc
    after_mark = (
        c for c in dateline.children
        if c.dep_ == "appos" and any(t.text in DATELINE_MARKS for t in doc[dateline.i : c.left_edge.i])
    )
    found = next(after_mark, None)
    if found is not None:
        return found
    line_start = dateline.idx - len(line_before(dateline))
    if dateline.sent.start_char != line_start:
        return None
    opening = doc[dateline.sent.start : min(len(doc), dateline.i + 16)]  # Doc.text would rebuild the whole text
    end = dateline_end(opening.text_with_ws, 0)
    if end is None or dateline.idx - line_start >= end:
        return None
    # a chunk may straddle the header's end ("Aug 17 (PTI) Nigeria's government"): its head decides
    return next((chunk.root for chunk in dateline.sent.noun_chunks if chunk.root.idx >= line_start + end), None)


def header_end(token: Token) -> int | None:
    """Where the dateline opening the token's line ends (a character offset in the text), if
    the line opens on one and the token is near it: "Aug 17 (PTI) Sri Lanka government" may
    be parsed as one phrase, whose name starts past the header."""
    opening = token.doc[token.sent.start]
    if token.i - opening.i > 12 or line_before(opening).strip():  # far into a sentence, or one not opening its line
        return None
    end = dateline_end(token.doc[opening.i : opening.i + 16].text_with_ws, 0)
    return opening.idx + end if end is not None else None


def line_before(token: Token) -> str:
    """The text of the token's line (paragraph) before it, read from the tokens: Doc.text
    would rebuild the whole text at each call."""
    start = token.i
    while start > 0 and "\n" not in token.doc[start - 1].text_with_ws:
        start -= 1
    return token.doc[start:token.i].text_with_ws

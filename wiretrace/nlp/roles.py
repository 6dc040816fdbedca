"""Role phrases: offices that stand for a person ("the Ukrainian leader", "President of
Ukraine", "Russia's Permanent Representative to the United Nations", "the head of state").

`find_roles(doc)` finds them in an annotated Doc (character spans); `parse_role(text)` reads
the office out of a phrase: which class of title (head of state, foreign minister ...),
which country, which qualifier (deputy, acting ...), and whether it is a former holder.
Title classes come from `wiretrace/data/gazetteer_roles.json`; who holds an office is never
stored, it is learned from the articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from wiretrace.nlp.gazetteer import country_index, load_gazetteer, name_key

COUNTRY_LABELS = {"GPE", "NORP"}
# Destinations of an office ("Ambassador to the UN") are not its country.
DESTINATION_WORDS = {"to"}
MAX_TITLE_WORDS = 5
# Words before a title that make it someone else's office: "opposition leader", "party leader".
FOREIGN_MODIFIER_POS = {"NOUN", "ADJ", "PROPN"}


@dataclass(frozen=True)
class Role:
    office: str  # title class: "head-of-state", "ambassador" ...
    country: str | None  # country name, when the phrase says it
    qualifier: str  # "deputy", "acting" ... or ""
    past: bool  # "former president": not the current holder

    @property
    def id(self) -> str:
        parts = [self.country or "", self.qualifier, self.office]
        return "role:" + re.sub(r"[^a-z0-9]+", "-", " ".join(p for p in parts if p).lower()).strip("-")

    def fits(self, other: "Role") -> bool:
        """`other` (perhaps without a country) can refer to the holder of this office."""
        same_office = self.office == other.office and self.qualifier == other.qualifier
        return same_office and (other.country is None or other.country == self.country)


@lru_cache(maxsize=4096)
def parse_role(text: str) -> Role | None:
    """The office a role phrase names, or None when it names none."""
    gz = load_gazetteer()
    words = re.findall(r"[\w-]+|['’]s", text)
    lower = [w.lower() for w in words]
    title_at = _find_title(lower)
    if title_at is None:
        return None
    start, end = title_at
    office = gz.role_classes[" ".join(lower[start:end])]
    qualifiers = [w for w in lower[:start] if w in gz.role_qualifiers]
    return Role(
        office=office,
        country=_country_in(words),
        qualifier=next((q for q in qualifiers if q not in gz.past_qualifiers), ""),
        past=any(q in gz.past_qualifiers for q in qualifiers),
    )


def _find_title(lower: list[str]) -> tuple[int, int] | None:
    """Word range of the longest role title in `lower`, leftmost first."""
    classes = load_gazetteer().role_classes
    for size in range(MAX_TITLE_WORDS, 0, -1):
        for i in range(len(lower) - size + 1):
            if " ".join(lower[i : i + size]) in classes:
                return i, i + size
    return None


def _country_in(words: list[str]) -> str | None:
    """The first country named (by name, alias or demonym) before any "to <destination>"."""
    index = country_index()
    for i in range(len(words)):
        if words[i].lower() in DESTINATION_WORDS:
            return None
        for j in range(min(len(words), i + 6), i, -1):
            hit = index.get(name_key(" ".join(words[i:j])))
            if hit is not None and hit[1] != "capital":
                return hit[0]
    return None


def find_roles(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of role phrases in `doc`, whose entities are already set."""
    gz = load_gazetteer()
    country_tokens = {t.i for e in doc.ents if e.label_ in COUNTRY_LABELS for t in e}
    person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    lower = [t.lower_ for t in doc]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        end = _title_end(lower, i)
        if end is None or i in person_tokens:
            i += 1
            continue
        start = _extend_left(doc, i, country_tokens, gz.role_qualifiers)
        stop = _extend_right(doc, end) if start is not None else end
        if start is None or (start == i and stop == end and doc[i].is_lower):
            i = end  # "opposition leader"; "running for president", "a spokesperson": nobody in particular
            continue
        spans.append((doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1])))
        i = stop
    return spans


def _title_end(lower: list[str], i: int) -> int | None:
    """End of the longest role title starting at token `i`."""
    title = next((t for t in _titles_by_first_word().get(lower[i], ()) if tuple(lower[i : i + len(t)]) == t), None)
    return i + len(title) if title is not None else None


@lru_cache(maxsize=1)
def _titles_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """Role titles as token sequences ("commander-in-chief" is five tokens), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in sorted(load_gazetteer().role_classes, key=len, reverse=True):
        words = tuple(w for w in re.split(r"\s+|(-)", title) if w)
        index.setdefault(words[0], []).append(words)
    return index


def _extend_left(doc: Doc, i: int, country_tokens: set[int], qualifiers: frozenset[str]) -> int | None:
    """Start of the phrase: country, possessive, qualifiers and "the" before the title; None
    when another noun qualifies the title ("opposition leader", "many leaders")."""
    start = i
    while start > 0:
        prev = doc[start - 1]
        if prev.i in country_tokens or prev.lower_ in qualifiers or prev.text in {"'s", "’s"}:
            start -= 1
        elif prev.lower_ == "the":
            return start - 1
        elif prev.pos_ in FOREIGN_MODIFIER_POS and "\n" not in prev.whitespace_ and not prev.is_punct:
            return None
        else:
            break
    return start


def _extend_right(doc: Doc, end: int) -> int:
    """Take "of <country>" / "to (the) <country or organisation>" after the title."""
    if end + 1 < len(doc) and doc[end].lower_ in {"of", "to"}:
        j = end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        ent = next((e for e in doc.ents if e.start in {j, end + 1} and e.label_ in {"GPE", "NORP", "ORG"}), None)
        if ent is not None:
            return ent.end
    return end

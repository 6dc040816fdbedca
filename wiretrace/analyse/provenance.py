"""Provenance: the sources an article relies on (wire services, agencies, media,
intelligence bodies, think tanks, officials).

A name counts as a source only when the text relies on it, that is when a cue ties it to
what is reported:

- a credit line: "Source: Reuters" (the article's main source), "Original Source" carries
  no name and is skipped; a wire credit in a dateline: "LONDON, Nov 14 (Reuters) -",
  "(BSS/AFP) -";
- a prepositional cue: "according to Ukrinform", "according to RBC-Ukraine's sources",
  "in an interview with AP", "told Reuters", "speaking to Reuters", "via Reuters", "cited
  by TASS", "reported by CNN", or an inverted one after a clause: "..., said Interfax";
- the source as the subject of a reporting verb: "Ukrinform reported", "The Times reports",
  "The Institute for the Study of War reports ...", "the CCD states ...", or inside that
  subject ("Kyrylo Budanov, head of the Main Intelligence Directorate, revealed ...");
- "<adjective> intelligence" where a reporting cue governs it ("Ukrainian intelligence",
  "Western intelligence claiming ...", "according to Ukrainian intelligence official X").

Known sources and their aliases come from `wiretrace/data/sources.json`; "<demonym>
intelligence" uses the country gazetteer. Names the file does not know get a slug id: an
organisation after "according to", "cited by" or "sources in" (kind "other"); an outlet,
shown by its name ("Army Radio", "People magazine"), after any cue (kind "media"); and an
institution or outlet the tagger found that is the subject of a reporting verb ("the State
Statistics Service said": kind "official" or "media").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from wiretrace.analyse._quote_lexicon import load_lexicon
from wiretrace.link.entities import clean_name, slug
from wiretrace.model import SourceRef, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.gazetteer import country_index, name_key

MAIN_SOURCE_CUE = "Source:"
# Verbs that make their subject the source of what follows, beyond the speech verbs.
REPORT_VERBS = frozenset({
    "report", "reveal", "estimate", "cite", "publish", "confirm", "find", "assess", "say", "state", "write",
    "claim", "note", "show", "indicate", "suggest", "learn", "obtain", "quote", "release", "detail", "calculate",
    "allege", "issue",
})
# Phrases that cite what follows them: cue name -> pattern, ending where the name begins.
_PREPOSITIONAL_CUES = {
    "according to": r"\baccording\s+to\s+(?:the\s+|a\s+)?",
    "in an interview with": r"\b(?:in\s+an?\s+)?interview\s+with\s+(?:the\s+)?",
    "told": r"\btold\s+(?:the\s+)?",
    "cited by": r"\b(?:cited|quoted|carried)\s+by\s+(?:the\s+)?",
    "reported by": r"\breported\s+by\s+(?:the\s+)?",
    "citing": r"\bciting\s+(?:the\s+)?",
    "sources in": r"\bsources\s+(?:in|at|close\s+to|within)\s+(?:the\s+)?",
    "speaking to": r"\bspeaking\s+to\s+(?:the\s+)?",
    "via": r"\bvia\s+(?:the\s+)?",
    # inverted after a clause: '..., reported IMI', '"...," said Reuters'
    "reported": r"[,\"”]\s*(?:reported|reports|said|says|wrote|writes)\s+(?:the\s+)?",
}
_CUE_RIGHT_BEFORE = {cue: re.compile(pattern + "$", re.IGNORECASE) for cue, pattern in _PREPOSITIONAL_CUES.items()}
# Cues that may introduce an organisation the catalogue does not know; the others ("told X"
# may be a conference or a crowd) only an outlet the name shows to be one ("Army Radio").
_ORGANISATION_CUES = ("according to", "cited by", "sources in")
_UNKNOWN_SOURCE_CUES = {cue: re.compile(pattern, re.IGNORECASE) for cue, pattern in _PREPOSITIONAL_CUES.items()}
# Words that make a name an outlet's: "Middle East Eye", "Army Radio", "People magazine".
_MEDIA_WORDS = frozenset({
    "news", "radio", "tv", "television", "times", "post", "journal", "magazine", "agency", "press", "daily",
    "gazette", "herald", "tribune", "monitor", "eye", "insider", "telegraph", "observer", "weekly", "broadcaster",
    "newspaper", "channel", "network", "review", "chronicle", "standard", "express", "mail", "sun", "star",
})
# "WASHINGTON, Nov 14 (Reuters) - ...", "GAZA STRIP, Oct 27 (BSS/AFP) - ...": a wire credit.
_DATELINE = re.compile(r"^[^\n()]{0,80}?\((?P<credit>[A-Za-z][\w .&/-]{0,40})\)[ \t]*(?:--|[-–—])", re.MULTILINE)
_CREDIT_LINE = re.compile(r"^[ \t]*Source:[ \t]*(?P<name>[^\n]+?)[ \t]*$", re.MULTILINE)
_INTELLIGENCE = re.compile(
    r"(?P<qualifier>(?:[A-Z][\w.'’-]*\s+){0,2}(?:[A-Z][\w.'’-]*|allied))\s+(?:military\s+)?intelligence\b"
)
_BLOC_WORDS = {"western", "allied", "european", "nato"}
_UNKNOWN_AFTER_CUE = re.compile(r"(?:[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|the|and|on)[ \t]+|[ \t]+)?){1,6}")


@dataclass(frozen=True)
class KnownSource:
    id: str
    name: str
    kind: str


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, KnownSource], re.Pattern]:
    """(alias key -> source, one pattern matching every alias, longest first)."""
    data = json.loads(resources.files("wiretrace.data").joinpath("sources.json").read_text("utf-8"))
    entries = {key: entry for key, entry in data.items() if not key.startswith("_")}
    by_alias: dict[str, KnownSource] = {}
    for source_id, entry in entries.items():
        source = KnownSource(source_id, entry["name"], entry["kind"])
        for alias in entry["aliases"]:
            by_alias.setdefault(_alias_key(alias), source)
    aliases = sorted({a for e in entries.values() for a in e["aliases"]}, key=len, reverse=True)
    parts = [re.escape(a).replace("The\\ ", "[Tt]he\\ ", 1) if a.startswith("The ") else re.escape(a) for a in aliases]
    return by_alias, re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def _intelligence_phrases(text: str) -> list[tuple[int, int, str]]:
    """ "Ukrainian intelligence", "Western intelligence", "US military intelligence":
    a country's demonym or name (gazetteer), or "Western"/"allied", before "intelligence"."""
    found = []
    for match in _INTELLIGENCE.finditer(text):
        qualifier = match.group("qualifier")
        words = qualifier.split()
        for size in range(min(3, len(words)), 0, -1):
            tail = " ".join(words[-size:])
            hit = country_index().get(name_key(tail))
            if tail.lower() in _BLOC_WORDS or (hit and hit[1] != "capital"):
                start = match.start("qualifier") + qualifier.rindex(tail)
                found.append((start, match.end(), text[start:match.end()]))
                break
    return found


def _alias_key(alias: str) -> str:
    return re.sub(r"^the ", "The ", alias)


def known_source(name: str) -> KnownSource | None:
    """The catalogue entry a name refers to, if any ("Associated Press" -> ap)."""
    return _catalogue()[0].get(_alias_key(name.strip()))


def extract_sources(ann: Annotated) -> list[SourceRef]:
    """Every source the article relies on, in text order, one per cited occurrence."""
    text = ann.article.text
    found = _credit_lines(ann) + _dateline_credits(ann) + _cited_names(ann) + _unknown_cited(ann) + _reporting_bodies(ann)
    found.sort(key=lambda s: (s.span.start, s.kind == "other", -s.span.end))
    kept: list[SourceRef] = []
    for ref in found:
        if not any(k.span.start < ref.span.end and ref.span.start < k.span.end for k in kept):
            kept.append(ref)
    return [r for r in kept if text[r.span.start:r.span.end].strip()]


def main_source(sources: list[SourceRef]) -> SourceRef | None:
    """The article's credited source ("Source: Reuters"), if it names one."""
    return next((s for s in sources if s.cue == MAIN_SOURCE_CUE), None)


def _credit_lines(ann: Annotated) -> list[SourceRef]:
    refs = []
    for match in _CREDIT_LINE.finditer(ann.article.text):
        name = match.group("name").rstrip(".")
        source = known_source(name)
        start, end = match.span("name")
        end = start + len(name)
        if source is not None:
            refs.append(SourceRef(Span(ann.article.id, start, end), source.id, source.name, source.kind, MAIN_SOURCE_CUE))
        elif len(name.split()) <= 5:
            refs.append(SourceRef(Span(ann.article.id, start, end), slug(name), name, "other", MAIN_SOURCE_CUE))
    return refs


def _dateline_credits(ann: Annotated) -> list[SourceRef]:
    """Known wire services credited in a paragraph's dateline, each of "(BSS/AFP)"."""
    refs = []
    for match in _DATELINE.finditer(ann.article.text):
        offset = match.start("credit")
        for part in match.group("credit").split("/"):
            source = known_source(part.strip())
            start = offset + part.index(part.strip()) if part.strip() else offset
            if source is not None:
                span = Span(ann.article.id, start, start + len(part.strip()))
                refs.append(SourceRef(span, source.id, source.name, source.kind, "dateline"))
            offset += len(part) + 1
    return refs


def _cited_names(ann: Annotated) -> list[SourceRef]:
    """Known aliases and "<adjective> intelligence" phrases that a cue ties to the text."""
    by_alias, alias_re = _catalogue()
    text = ann.article.text
    hits: list[tuple[int, int, KnownSource]] = []
    for match in alias_re.finditer(text):
        hits.append((match.start(), match.end(), by_alias[_alias_key(match.group(0))]))
    for start, end, name in _intelligence_phrases(text):
        if not any(s < end and start < e for s, e, _ in hits):
            hits.append((start, end, KnownSource(slug(name), name, "intelligence")))
    refs = []
    for start, end, source in hits:
        cue = _cue_for(ann.doc, text, start, end)
        if cue is not None:
            refs.append(SourceRef(Span(ann.article.id, start, end), source.id, source.name, source.kind, cue))
    return refs


def _cue_for(doc: Doc, text: str, start: int, end: int) -> str | None:
    """The cue that makes text[start:end] a cited source, or None when it is only named."""
    before = text[max(0, start - 40):start]
    for cue, pattern in _CUE_RIGHT_BEFORE.items():
        if pattern.search(before):
            return cue
    if re.match(r"['’]s\s+sources\b", text[end:end + 12]) and re.search(r"according\s+to\s+$", before):
        return "according to"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return _reporting_verb_over(span.root)


def _reporting_verb_over(token: Token) -> str | None:
    """The reporting verb whose subject holds `token` ("The Times reports", "X, head of
    the Directorate, revealed"), or whose prepositional cue governs it."""
    speech = load_lexicon().speech_verbs | REPORT_VERBS
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in speech:
            return child.text  # "Western intelligence claiming ..."
    node = token
    for _ in range(8):
        head = node.head
        if head is node:
            return None
        if node.dep_ in {"nsubj", "nsubjpass", "csubj", "agent"} and _reports(head, speech):
            return head.text
        if node.dep_ == "pobj" and head.lower_ in {"from", "by"} and head.head.lemma_.lower() in speech:
            return f"{head.head.text} {head.text}"
        if node.dep_ in {"ccomp", "relcl", "advcl", "conj", "xcomp"}:
            return None  # left the noun phrase: a verb higher up is not this name's
        if node.dep_ == "pobj" and head.lower_ != "of":
            return None  # "Ambassador to the UN" speaks for a country, not for the UN
        node = head
    return None


def _heads_a_subject(token: Token) -> bool:
    """The subject itself or a name in it ("the Kremlin's spokesman"), not a body its
    "of" phrase mentions ("the General Staff of [the Armed Forces] said")."""
    while token.dep_ in {"compound", "poss", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _reports(verb: Token, speech: frozenset[str]) -> bool:
    """A reporting verb in its own right: "continues to dismiss" reports nothing."""
    return verb.lemma_.lower() in speech and not any(c.dep_ == "xcomp" for c in verb.children)


def _unknown_cited(ann: Annotated) -> list[SourceRef]:
    """Organisations the catalogue does not know, cited with a prepositional cue."""
    text = ann.article.text
    refs = []
    for cue, pattern in _UNKNOWN_SOURCE_CUES.items():
        for match in pattern.finditer(text):
            name_match = _UNKNOWN_AFTER_CUE.match(text, match.end())
            if name_match is None:
                continue
            name = re.sub(r"['’]s$", "", name_match.group(0).strip().rstrip(".,;:"))
            start = match.end()
            if not name or known_source(name) or not _organisation_only(ann, start, start + len(name)):
                continue
            outlet = _is_outlet(text, start, start + len(name))
            if outlet or cue in _ORGANISATION_CUES:
                kind = "media" if outlet else "other"
                refs.append(SourceRef(Span(ann.article.id, start, start + len(name)), slug(name), name, kind, cue))
    return refs


def _is_outlet(text: str, start: int, end: int) -> bool:
    """The name, or the word right after it ("People magazine"), shows an outlet."""
    words = re.findall(r"[\w!]+", text[start:end].lower()) + re.findall(r"^\s+(\w+)", text[end:end + 20].lower())
    return bool(set(words) & _MEDIA_WORDS)


def _reporting_bodies(ann: Annotated) -> list[SourceRef]:
    """Institutions and outlets the catalogue does not know, as the subject of a reporting
    verb: "China's Foreign Ministry said", "the World Health Organization reported"."""
    institutions = load_lexicon().institution_nouns | {"organization", "organisation"}
    alias_re = _catalogue()[1]
    refs = []
    for mention in ann.mentions:
        if mention.label != "ORG" or alias_re.search(mention.text):
            continue  # "American Institute for the Study of War": the catalogue's ISW
        words = set(re.findall(r"\w+", mention.text.lower()))
        outlet = _is_outlet(ann.article.text, mention.span.start, mention.span.end)
        if not (words & institutions or outlet):
            continue
        span = ann.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        cue = _reporting_verb_over(span.root) if span is not None and _heads_a_subject(span.root) else None
        if cue is not None:
            name = clean_name(re.sub(r"\s*\([^)]*$", "", mention.text))  # "World Health Organization (WHO"
            refs.append(SourceRef(mention.span, slug(name), name, "media" if outlet else "official", cue))
    return refs


def _organisation_only(ann: Annotated, start: int, end: int) -> bool:
    """The name is an organisation's, with no person or office in it ("Defence Minister X")."""
    inside = [m for m in ann.mentions if m.span.start < end and start < m.span.end]
    return bool(inside) and inside[0].label in {"ORG", "NORP"} and not any(m.label in {"PERSON", "ROLE"} for m in inside)

"""Provenance: the sources an article relies on (wire services, agencies, media,
intelligence bodies, think tanks, officials).

A name counts as a source only when the text relies on it, that is when a cue ties it to
what is reported:

- a credit: "Source: Reuters" (the article's main source), "Original Source" carries no
  name and is skipped; a wire credit in a dateline ("LONDON, Nov 14 (Reuters) -", "(BSS/AFP)
  -", "MOSCOW (UrduPoint News / Sputnik - 27th April, 2022)") or on a line of its own
  ("(dpa/NAN)", "(Reporting by Reuters; Editing by X)"), the catalogue's names only;
- a prepositional cue: "according to Ukrinform", "according to RBC-Ukraine's sources",
  "in an interview with AP", "told Reuters" / "tells People magazine" / "confirmed the news
  to MailOnline", "speaking to Reuters", "via Reuters and the Evening News" (names joined by
  "and" share the cue), "cited by TASS", "reported by CNN", or an inverted one after a
  clause: "..., said Interfax";
- the source as the subject of a reporting verb: "Ukrinform reported", "The Times reports",
  "The Institute for the Study of War reports ...", "the CCD states ...", "the army denied
  the reports, saying ...", "UNRWA had accused troops of ...", or inside that subject
  ("Kyrylo Budanov, head of the Main Intelligence Directorate, revealed ...", "a spokesman
  for the army said", "a director at X said", "the representative of the Foreign Ministry
  Maria X stated", "rights groups, including Human Rights Watch, accused"); the object of
  "cited" or "quoted" ("Interfax cited the military as saying");
- what the source published: "a report by X", "an opinion piece in X said", "an
  assessment made by NATO", "a claim made by X", "data from X", "reports appeared in X",
  "The X report suggested", "CNN's account", "in the new issue of X" (not "a report on X");
- "<adjective> intelligence" where a reporting cue governs it ("Ukrainian intelligence",
  "Western intelligence claiming ...", "according to Ukrainian intelligence official X").

Known sources and their aliases come from `wiretrace/data/sources.json`; "<demonym>
intelligence" uses the country gazetteer. Names the file does not know get a slug id: an
organisation after "according to", "cited by", "reported by", "sources in", "in an
interview with" or an inverted "..., reported X" (not "..., said X": mostly a person) (kind
"other"); an outlet, shown by its name ("Army Radio", "People
magazine", "the Evening Lantern News") or by the words beside it ("local news service
Newsis", "Rudaw online newspaper", "trade paper The Hollywood Reporter", "X, Y and other
outlets", also where it is cited later by its name alone), after any cue (kind "media");
an institution or outlet the tagger found that is cited ("the State Statistics Service
said": kind "official" or "media"), or any organisation the text calls one ("Globus, an
ecological organization, said") or that "reported that" ("Valleywag has reported that":
an outlet); initials the text defines stand for the full name ("the General Civil Aviation
Authority (GCAA) ... the GCAA affirms"); a proper name a document is in or by ("a piece in
the Rodong Sinmun"); and an official body or a country's outlet named by a description
that says whose it is ("the Israeli military said", "an Israeli military source said", "its
health ministry", "France's anti-doping agency", "the ecology department of Kazakhstan's
Atyrau region", "a commission in Myanmar", "the Russian track federation", "Iranian state
television"; a bare "Police said" or "the military said", bodies a story has one of; any
other bare one, such as "the parliament", only with a prepositional cue written right
before it: "according to the parliament's website").

A description takes the id of the name it stands for: one set beside the name somewhere
("Ukrinform, the national press agency"), the one fuller cited name it shortens ("the
Russian ministry"), the one with the same common words and an agreeing owner ("DRC's
health ministry" / "the health ministry of the Democratic Republic of Congo"; "army" and
"military" count as one word), or for an
unnamed intelligence body or a definite outlet ("the British newspaper reported") the one
intelligence service or outlet the article cites.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span as TokenSpan, Token

from wiretrace.analyse._quote_lexicon import load_lexicon
from wiretrace.link.entities import clean_name, initials_forms, slug
from wiretrace.model import SourceRef, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.gazetteer import country_index, name_key

NEWS_KINDS = frozenset({"wire", "agency", "media"})  # catalogue kinds that are news outlets, not their sources
MAIN_SOURCE_CUE = "Source:"
# Verbs that make their subject the source of what follows, beyond the speech verbs.
REPORT_VERBS = frozenset({
    "report", "reveal", "estimate", "cite", "publish", "confirm", "find", "assess", "say", "state", "write",
    "claim", "note", "show", "indicate", "suggest", "learn", "obtain", "quote", "release", "detail", "calculate",
    "allege", "issue",
})
# What an outlet or body traced, accused someone of or speculated is attributed to it
# ("Entertainment Weekly tracked the source to a blog post", "UNRWA had accused troops of
# ..."); kept out of REPORT_VERBS, which the claims stage shares.
# Verbs whose "to X" is whom the news was given, as with "told X".
_TOLD_VERBS = frozenset({"confirm", "say", "reveal", "explain", "admit", "deny", "describe", "write", "speak"})
_SOURCE_VERBS = frozenset({"track", "trace", "document", "accuse", "speculate"})
# Phrases that cite what follows them: cue name -> pattern, ending where the name begins.
_PREPOSITIONAL_CUES = {
    "according to": r"\baccording\s+to\s+(?:the\s+|a\s+)?",
    "in an interview with": r"\b(?:in\s+an?\s+|during\s+an?\s+)?interview\s+with\s+(?:the\s+)?",
    "told": r"\b(?:told|tells|telling)\s+(?:the\s+)?",
    "cited by": r"\b(?:cited|quoted|carried)\s+by\s+(?:the\s+)?",
    "reported by": r"\breported\s+by\s+(?:the\s+)?",
    "citing": r"\bciting\s+(?:(?:information|data|figures|reports?)\s+from\s+)?(?:the\s+)?",  # "citing information from X"
    "sources in": r"\bsources\s+(?:in|at|close\s+to|within)\s+(?:the\s+)?",
    "speaking to": r"\bspeaking\s+to\s+(?:the\s+)?",
    "via": r"\bvia\s+(?:the\s+)?",
    "statement to": r"\bstatements?\s+(?:sent\s+|given\s+|emailed\s+)?to\s+(?:the\s+)?",  # "a statement to Access Hollywood"
    # inverted after a clause: '..., reported IMI', '"...," said Reuters'
    "reported": r"[,\"”]\s*(?:reported|reports)\s+(?:the\s+)?",
    "said": r"[,\"”]\s*(?:said|says|wrote|writes)\s+(?:the\s+)?",  # '"...," said Tewari': mostly people
}
_CUE_RIGHT_BEFORE = {cue: re.compile(pattern + "$", re.IGNORECASE) for cue, pattern in _PREPOSITIONAL_CUES.items()}
# Cues that may introduce an organisation the catalogue does not know (", reported IMI",
# "reported by El Mundo"); the others ("told X" may be a conference or a crowd, "..., said X"
# mostly a person) only an outlet the name shows to be one ("Army Radio").
_ORGANISATION_CUES = (
    "according to", "cited by", "citing", "sources in", "reported", "reported by", "in an interview with", "statement to")
# What a cue may put before the name it cites: "according to Aussie magazine Woman's Day",
# "according to research firm Gartner Inc."; an outlet noun in it makes the name an outlet.
_NAME_JOINS = frozenset({"-", "'s", "’s"})  # inside a name: "Al-Sabah", "Woman's Day"
_DESCRIPTOR = re.compile(
    r"(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?P<noun>magazine|newspaper|tabloid|website|daily|weekly|broadcaster|channel"
    r"|outlet|publication|firm|organi[sz]ation|institute|think[ \t]+tank)[ \t]+(?=[A-Z])")
_UNKNOWN_SOURCE_CUES = {cue: re.compile(pattern, re.IGNORECASE) for cue, pattern in _PREPOSITIONAL_CUES.items()}
# Words that make a name an outlet's: "Middle East Eye", "Army Radio", "People magazine".
_MEDIA_WORDS = frozenset({
    "news", "radio", "tv", "television", "times", "post", "journal", "magazine", "agency", "press", "daily",
    "gazette", "herald", "tribune", "monitor", "eye", "insider", "telegraph", "observer", "weekly", "broadcaster",
    "newspaper", "channel", "network", "review", "chronicle", "standard", "express", "mail", "sun", "star",
})
# "WASHINGTON, Nov 14 (Reuters) - ...", "GAZA STRIP, Oct 27 (BSS/AFP) - ...": a wire credit.
# Wire credits: in a dateline ("LONDON, Nov 14 (Reuters) -", "MOSCOW (UrduPoint News / Sputnik -
# 27th April, 2022) ...") or on a line of their own ("(dpa/NAN)", "(Reporting by Reuters;
# Editing by X)"); only the catalogue's names in them count.
_CREDITS = [
    re.compile(r"^[^\n()]{0,80}?\((?P<credit>[A-Za-z][\w .&/-]{0,40})\)[ \t]*(?:--|[-–—])", re.MULTILINE),
    re.compile(r"^[A-Z][A-Z .,'’-]{2,40}\((?P<credit>[^()\n]{1,80})\)", re.MULTILINE),
    re.compile(r"^\((?P<credit>[^()\n]{1,80})\)[ \t]*$", re.MULTILINE),
    # "Billings - UPI" as a line of its own; "© Thomson Reuters 2016"
    re.compile(r"^[A-Z][\w .,'’-]{1,40}?[ \t][-–—][ \t](?P<credit>[A-Z][\w&/ ]{1,30}?)[ \t]*$", re.MULTILINE),
    re.compile(r"^(?:©|\(c\)|Copyright)[ \t]*(?P<credit>[A-Z][\w&/ ]{1,40}?)[ \t]+\d{4}\b", re.MULTILINE),
]
_ACRONYM = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*))*)\s+\((?P<short>[A-Z][A-Z.]{1,9})\)")
_CREDIT_PARTS = re.compile(r"[^/;,]+?(?=\s*(?:/|;|,|\s-\s|$))")
_CREDIT_ROLE = re.compile(r"^(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s+", re.IGNORECASE)
_CREDIT_LINE = re.compile(r"^[ \t]*Source:[ \t]*(?P<name>[^\n]+?)[ \t]*$", re.MULTILINE)
_INTELLIGENCE = re.compile(
    r"(?P<qualifier>(?:[A-Z][\w.'’-]*\s+){0,2}(?:[A-Z][\w.'’-]*|allied))\s+(?:military\s+)?intelligence\b"
)
_BLOC_WORDS = {"western", "allied", "european", "nato"}
# Capitalised words, with the small words between them; "!" and inner dots belong to a
# name ("E! News", "Express.co.uk"), a final dot does not.
_UNKNOWN_AFTER_CUE = re.compile(r"(?:[A-Z][\w'’&!-]*(?:\.\w[\w'’&!-]*)*(?:[ \t]+(?:of|for|the|and|on)[ \t]+|[ \t]+)?){1,6}")
# Nouns for what a source publishes: "a report by X", "an opinion piece in X", "data from X".
_DOCUMENT_NOUNS = frozenset({
    "report", "piece", "article", "story", "editorial", "column", "assessment", "study", "analysis", "survey",
    "statement", "commentary", "poll", "data", "bulletin", "broadcast", "dispatch", "findings",
    "claim", "allegation", "accusation", "assertion",  # not "account": "your Hulu account"
})
# Nouns for an issue of a publication: "in the new issue of X", "an episode of X".
_EDITION_NOUNS = frozenset({"issue", "edition", "episode"})
_DOCUMENT_PREPOSITIONS = frozenset({"by", "from", "in"})  # not "on": "a report on X" is about X
# Verbs that tell where something was published: "reports appeared in X", "it ran on X".
_PUBLISHING_VERBS = frozenset({"appear", "publish", "print", "run", "air"})
# Words that describe a name as an outlet's: "local news service Newsis", "Rudaw online newspaper".
_OUTLET_NOUNS = frozenset({  # not "paper": "Court papers showed"
    "news", "outlet", "newspaper", "tabloid", "website", "channel", "television", "tv", "radio",
    "magazine", "broadcaster", "daily", "weekly", "portal", "site", "blog", "publication",
})
# Last words that make a name of several words an outlet's: "the Evening Lantern News".
_OUTLET_NAME_ENDS = frozenset({
    "news", "times", "gazette", "herald", "tribune", "journal", "chronicle", "telegraph", "observer", "radio",
    "tv", "magazine", "newspaper", "daily", "weekly", "reporter",
})
# Nouns that make a name set beside them an organisation's: "Globus, an ecological organization".
_DESCRIBED_BODY_NOUNS = frozenset({"group", "body", "charity", "watchdog", "ngo", "organization", "organisation"})
# People who speak for a body (the lexicon's titles aside; its anonymous nouns also hold
# documents such as "report", which speak for no one).
_SPEAKER_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "representative", "rep", "source", "official", "officer", "aide",
    "diplomat", "publicist", "lawyer",
})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Outlet nouns that a people or country makes a body: "Iranian state television", "Russian
# state media", "the Syrian state news agency" (a bare "the media" is none).
_STATE_OUTLET_NOUNS = frozenset({"television", "tv", "radio", "broadcaster", "media", "newspaper"})
# Bodies the quote lexicon does not list among its institutions.
_MORE_BODY_NOUNS = frozenset({"federation", "association", "board", "bureau", "tribunal", "ombudsman"})
# Bodies a story has one of, so a bare "Police said" or "the military said" names it.
# Words that name one body ("the Army spokesman" and "Pakistan's military" are one).
_SAME_BODY_WORDS = {"army": "military"}
_ONE_OF_A_KIND = frozenset({"police", "military", "army"})
# Institution nouns that head no official body: companies, armed groups, "the media".
_NOT_BODIES = frozenset({"company", "firm", "group", "bank", "union", "unions", "media", "staff", "alliance"})


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


@lru_cache(maxsize=1)
def _catalogue_aliases() -> dict[str, tuple[str, ...]]:
    """Source id -> its aliases."""
    grouped: dict[str, list[str]] = {}
    for alias, source in _catalogue()[0].items():
        grouped.setdefault(source.id, []).append(alias)
    return {source_id: tuple(aliases) for source_id, aliases in grouped.items()}


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


def is_news_outlet(name: str) -> bool:
    """A wire service, news agency or news medium the catalogue knows ("Xinhua", "the Guardian")."""
    source = known_source(name) or known_source("The " + name)
    return source is not None and source.kind in NEWS_KINDS


def extract_sources(ann: Annotated) -> list[SourceRef]:
    """Every source the article relies on, in text order, one per cited occurrence."""
    text = ann.article.text
    outlets = _outlet_phrases(ann.doc)
    acronyms = _acronyms(text)
    found = (_credit_lines(ann) + _dateline_credits(ann) + _cited_names(ann) + _unknown_cited(ann, outlets)
             + _reporting_bodies(ann, outlets, acronyms) + _described_bodies(ann, outlets))
    found.sort(key=lambda s: (s.span.start, s.kind == "other", -s.span.end))
    kept: list[SourceRef] = []
    for ref in found:
        if not any(k.span.start < ref.span.end and ref.span.start < k.span.end for k in kept):
            kept.append(ref)
    kept = [_spelled_out(r, acronyms) for r in kept if text[r.span.start:r.span.end].strip()]
    return _fold_descriptions(kept, _apposed(ann.doc), text)


def _acronyms(text: str) -> dict[str, str]:
    """Initials the text defines, -> the name they stand for: "the General Civil Aviation
    Authority (GCAA)" gives GCAA, "the Department of Health (DOH)" DOH; the initials must be
    those of a tail of the name (the linker's `initials_forms`)."""
    found = {}
    for match in _ACRONYM.finditer(text):
        name, short = match.group("name"), match.group("short").replace(".", "").lower()
        words = [w for w in name.split() if w[:1].isupper() and w not in {"The", "A", "An"}]
        for start in range(len(words) - 1):  # the longest tail of the name that the initials cover
            tail = name[name.index(words[start]):]
            if short in initials_forms(tail):
                found[match.group("short")] = tail
                break
    return found


def _spelled_out(ref: SourceRef, acronyms: dict[str, str]) -> SourceRef:
    """A source named by initials the text defines takes the full name ("FDA" -> "US Food
    and Drug Administration"), unless the catalogue knows it."""
    full = acronyms.get(ref.name)
    if full is None or ref.source_id in _catalogue_aliases():
        return ref
    return SourceRef(ref.span, slug(full), full, ref.kind, ref.cue)


def _fold_descriptions(refs: list[SourceRef], apposed: dict[str, str], text: str) -> list[SourceRef]:
    """Give a description of a body the id of the name it stands for: one set beside the
    name somewhere ("Ukrinform, the Ukrainian national press agency"), the one fuller name
    it shortens ("the defence ministry", "the Russian ministry" -> Russian Defence Ministry),
    the one with the same common words whose owner agrees ("DRC's health ministry" ->
    "health ministry of the Democratic Republic of Congo"), or for an unnamed intelligence
    body ("South Korea's spy agency") or a definite outlet ("the British newspaper reported")
    the one intelligence service or outlet of the article. Fuller names settle first."""
    known = {r.source_id for r in refs if r.source_id in _catalogue_aliases()}
    settled: dict[int, SourceRef] = {}
    for index in sorted(range(len(refs)), key=lambda i: (-len(refs[i].name), refs[i].span.start)):
        ref = refs[index]
        definite = text[max(0, ref.span.start - 4):ref.span.start].lower() == "the "
        others = [settled.get(i, other) for i, other in enumerate(refs)]
        targets = [] if ref.source_id in known else _fold_targets(ref, others, apposed, known, definite)
        if len(targets) == 1:
            (target,) = targets
            ref = SourceRef(ref.span, target.source_id, target.name, target.kind, ref.cue)
        settled[index] = ref
    return [settled[i] for i in range(len(refs))]


def _fold_targets(ref: SourceRef, others: list[SourceRef], apposed: dict[str, str], known: set[str],
                  definite: bool) -> list[SourceRef]:
    """The sources a description may stand for, by the first rule that finds any."""
    others = list({r.source_id: r for r in others if r.source_id != ref.source_id}.values())  # one per source
    name = apposed.get(ref.name.lower())
    source = known_source(name) if name else None
    if source is not None:  # "Ukrinform, the Ukrainian national press agency"
        return [SourceRef(ref.span, source.id, source.name, source.kind, ref.cue)]
    unnamed = ref.kind == "intelligence" or (definite and ref.kind == "media")
    rules = [
        lambda r: r.name == name,
        lambda r: _shortens(ref.name, r),
        lambda r: _same_body(ref.name, r.name),
        lambda r: unnamed and r.kind == ref.kind and r.source_id in known,
    ]
    for rule in rules:
        found = {r.source_id: r for r in others if r.source_id != ref.source_id and rule(r)}
        if found:
            return list(found.values())
    return []


def _same_body(name: str, other: str) -> bool:
    """Two descriptions with the same common words ("health ministry") whose owners agree:
    one has none, or one's are the other's or its initials ("DRC" / "Democratic Republic of
    Congo"); "Russia's defence ministry" and "Ukraine's defence ministry" do not."""
    def parts(phrase: str) -> tuple[list[str], list[str]]:
        words = [w for w in re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", phrase)) if w.lower() not in {"of", "the", "and"}]
        common = [_SAME_BODY_WORDS.get(w.lower(), w.lower()) for w in words if not w[:1].isupper() or w.lower() in _SAME_BODY_WORDS]
        return common, [w for w in words if w[:1].isupper() and w.lower() not in _SAME_BODY_WORDS]
    (common, owner), (other_common, other_owner) = parts(name), parts(other)
    if not common or sorted(common) != sorted(other_common):
        return False
    initials = {"".join(w[0] for w in owner), "".join(w[0] for w in other_owner)}
    return not owner or not other_owner or set(owner) <= set(other_owner) or set(other_owner) <= set(owner) or any(
        w in initials for w in owner + other_owner)


def _apposed(doc: Doc) -> dict[str, str]:
    """Descriptions set beside a name, lower case without "the" -> the name: "Ukrinform,
    the Ukrainian national press agency" gives "ukrainian national press agency"."""
    found = {}
    for token in doc:
        if token.dep_ != "appos" or token.pos_ != "NOUN" or token.head.pos_ != "PROPN":
            continue
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_punct]
        name = [t for t in token.head.subtree if t.i <= token.head.i and t.dep_ != "det"]
        found[" ".join(t.text for t in words).lower()] = " ".join(t.text for t in name)
    return found


def _shortens(name: str, other: SourceRef) -> bool:
    """Every word of `name` is in the other source's name or one of its aliases, and both
    end on the same noun."""
    mine = _name_words(name)
    names = [other.name, *_catalogue_aliases().get(other.source_id, ())]
    return any(mine[-1:] == _name_words(n)[-1:] and set(mine) < set(_name_words(n)) for n in names)


def _name_words(name: str) -> list[str]:
    return re.findall(r"\w+", re.sub(r"['’]s\b", "", name.lower()))


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
    """Known wire services credited in a dateline or a credit line, each of "(BSS/AFP)"."""
    text = ann.article.text
    refs: dict[int, SourceRef] = {}
    for pattern in _CREDITS:
        for match in pattern.finditer(text):
            for part in _CREDIT_PARTS.finditer(match.group("credit")):
                name = _CREDIT_ROLE.sub("", part.group(0).strip())
                source = known_source(name)
                if source is not None:
                    start = match.start("credit") + part.start() + part.group(0).index(name)
                    span = Span(ann.article.id, start, start + len(name))
                    refs[start] = SourceRef(span, source.id, source.name, source.kind, "dateline")
    return list(refs.values())


def _cited_names(ann: Annotated) -> list[SourceRef]:
    """Known aliases and "<adjective> intelligence" phrases that a cue ties to the text."""
    by_alias, alias_re = _catalogue()
    text = ann.article.text
    hits: list[tuple[int, int, KnownSource]] = []
    for match in alias_re.finditer(text):
        if not _inside_another_body(text, match):
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


def _inside_another_body(text: str, alias: re.Match) -> bool:
    """"The Oklahoma State Department of Health": a known name with a place before it and
    "of <Name>" after it is part of another body's name."""
    before = text[max(0, alias.start() - 30):alias.start()]
    placed = re.search(r"\b[A-Z][a-z]+\s$", before) is not None
    return placed and re.match(r"\s+of\s+[A-Z]", text[alias.end():alias.end() + 6]) is not None


def _cue_for(doc: Doc, text: str, start: int, end: int) -> str | None:
    """The cue that makes text[start:end] a cited source, or None when it is only named."""
    before = text[max(0, start - 40):start]
    cue = _cue_right_before(text, start)
    if cue is not None:
        return cue
    if re.match(r"['’]s\s+sources\b", text[end:end + 12]) and re.search(r"according\s+to\s+$", before):
        return "according to"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return _reporting_verb_over(span.root)


def _cue_right_before(text: str, start: int) -> str | None:
    """The prepositional cue ending where a name begins ("according to", "via"), if any."""
    return _cue_ending(text[max(0, start - 40):start])


def _cue_before(token: Token) -> str | None:
    """The same for the words before a token, read from the tokens: Doc.text would rebuild
    the whole text at each call."""
    return _cue_ending(token.doc[max(0, token.i - 12):token.i].text_with_ws[-40:])


def _cue_ending(before: str) -> str | None:
    return next((cue for cue, pattern in _CUE_RIGHT_BEFORE.items() if pattern.search(before)), None)


def _reporting_verb_over(token: Token) -> str | None:
    """The reporting verb whose subject holds `token` ("The Times reports", "X, head of
    the Directorate, revealed"), whose prepositional cue governs it, or the document or
    publishing verb it is the origin of ("a report by X", "reports appeared in X")."""
    speech = load_lexicon().speech_verbs | REPORT_VERBS | _SOURCE_VERBS
    node = token
    for _ in range(8):
        head = node.head
        own = _own_reporting_verb(node, speech - _SOURCE_VERBS)  # "a study tracking 16,000 adults" reports nothing
        if own is not None:
            return own
        if head == node:
            return None
        if node.dep_ in {"nsubj", "nsubjpass", "csubj", "agent"} and _reports(head, speech):
            return head.text
        if node.dep_ == "pobj" and head.lower_ in {"from", "by"} and head.head.lemma_.lower() in speech:
            return f"{head.head.text} {head.text}"
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _TOLD_VERBS:
            return f"{head.head.text} to"  # "confirmed the news to MailOnline", like "told"
        if node.dep_ == "pobj" and _publication_cue(head) is not None:
            return _publication_cue(head)
        if node.dep_ == "dobj" and head.lemma_.lower() in {"cite", "quote"}:
            return head.text  # "Interfax cited Russian military as saying ..."
        if node.dep_ in {"compound", "poss"} and head.pos_ == "NOUN" and head.lemma_.lower() in _DOCUMENT_NOUNS:
            return head.text  # "The Korea Times report", "CNN's account of the broadcast"
        if node.dep_ == "poss" and head.pos_ == "PROPN":
            return None  # "the New York Post's Page Six": the owner of what is cited
        if node.dep_ in {"conj", "appos", "poss"} and _nominal(node) and _nominal(head):
            # "via Reuters and the Evening News": each shares the first one's cue;
            # "according to the parliament's website": the owner is the source
            node = head
            cue = _cue_before(node.left_edge)
            if cue is not None:
                return cue
            continue
        if node.dep_ in {"ccomp", "relcl", "advcl", "conj", "xcomp"}:
            return None  # left the noun phrase: a verb higher up is not this name's
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _EDITION_NOUNS:
            return f"{head.head.text} of"  # "in the new issue of Seventeen Magazine"
        member = head.lower_ in {"including", "among"}  # "rights groups, including Human Rights Watch, accused"
        speaks_for = head.lower_ in {"for", "at"} and speaker_noun(head.head)  # "a spokesman for X", "director at X"
        if node.dep_ == "pobj" and not (head.lower_ == "of" or member or speaks_for):
            return None  # "Ambassador to the UN" speaks for a country, not for the UN
        node = head
    return None


def _own_reporting_verb(token: Token, speech: frozenset[str]) -> str | None:
    """A reporting verb the parser hung below the name as a clause of it: "Western
    intelligence claiming ...", "the FSB security service alleged earlier that ..."."""
    for child in token.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in speech:
            continue
        if child.tag_ == "VBG":
            return child.text
        says_something = any(c.dep_ == "ccomp" or c.lower_ == "about" for c in child.children)
        if child.tag_ in {"VBD", "VBN"} and says_something and not any(c.dep_ == "agent" for c in child.children):
            return child.text  # "a report released by X" has its agent: not the name's own verb
    return None


def _publication_cue(preposition: Token) -> str | None:
    """ "report by" / "appeared in" when `preposition` ties its object to a document
    ("a report by X", "an assessment made by X", "data from X") or to where something
    was published ("reports appeared in X")."""
    for _ in range(4):  # "in X, Y online newspaper and on Z": the first preposition's
        if preposition.dep_ != "conj" or preposition.pos_ != "ADP":
            break
        preposition = next((a for a in preposition.ancestors if a.pos_ == "ADP" and a.dep_ != "conj"), preposition)
    owner = preposition.head
    if owner.dep_ == "acl" and owner.tag_ == "VBN":
        owner = owner.head  # "an assessment made by NATO"
    if preposition.lower_ in _DOCUMENT_PREPOSITIONS and owner.pos_ == "NOUN" and owner.lemma_.lower() in _DOCUMENT_NOUNS:
        return f"{owner.text} {preposition.text}"
    if preposition.lower_ in {"in", "on"} and preposition.head.lemma_.lower() in _PUBLISHING_VERBS:
        return f"{preposition.head.text} {preposition.text}"
    return None


def speaker_noun(token: Token) -> bool:
    """A noun for someone who speaks for a body: "spokesman", "official", "source", "head"
    (the denial stage resolves he/she to such nouns too)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _speaker_words()


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """The lexicon's title words and our speaker nouns (title_words is rebuilt at each call)."""
    return load_lexicon().title_words | _SPEAKER_NOUNS


def _nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"}


def _heads_a_subject(token: Token) -> bool:
    """The name itself or a name in it ("the Kremlin's spokesman", "members of the
    committee"), not a body that another body's "of" phrase mentions ("the General Staff of
    [the Armed Forces] said")."""
    while token.dep_ in {"compound", "poss", "appos", "conj"} and token.head != token:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return True
    owner = token.head.head
    return owner.pos_ == "NOUN" and owner.lower_ not in load_lexicon().institution_nouns


def _reports(verb: Token, speech: frozenset[str]) -> bool:
    """A reporting verb in its own right ("continues to dismiss" reports nothing, "reported
    firing missiles" does), or a verb whose subject goes on to say something ("denied the
    reports, saying the strike had killed only fighters")."""
    if verb.lemma_.lower() in speech:
        return not any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children)
    return any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in speech for c in verb.children)


def _unknown_cited(ann: Annotated, outlets: dict[str, Token]) -> list[SourceRef]:
    """Organisations the catalogue does not know, cited with a prepositional cue."""
    text = ann.article.text
    refs = []
    for cue, pattern in _UNKNOWN_SOURCE_CUES.items():
        for match in pattern.finditer(text):
            descriptor = _DESCRIPTOR.match(text, match.end())
            start = descriptor.end() if descriptor else match.end()
            name_match = _UNKNOWN_AFTER_CUE.match(text, start)
            if name_match is None:
                continue
            name = re.sub(r"['’]s$", "", name_match.group(0).strip().rstrip(".,;:"))
            if not name or known_source(name) or _demonym_before_noun(ann, start, start + len(name)):
                continue
            described = descriptor is not None and descriptor.group("noun").lower() in _OUTLET_NOUNS
            outlet = described or _is_outlet(text, start, start + len(name), outlets)
            if not _organisation_only(ann, start, start + len(name), outlet):
                continue
            if outlet or cue in _ORGANISATION_CUES:
                kind = "media" if outlet else "other"
                refs.append(SourceRef(Span(ann.article.id, start, start + len(name)), slug(name), name, kind, cue))
    return refs


def _demonym_before_noun(ann: Annotated, start: int, end: int) -> bool:
    """ "citing Ukrainian officials": a people's adjective before a common noun names no body."""
    inside = [m for m in ann.mentions if m.span.start < end and start < m.span.end]
    follows = re.match(r"\s+[a-z]", ann.article.text[end:end + 3])
    return bool(inside) and all(m.label == "NORP" for m in inside) and follows is not None


def _is_outlet(text: str, start: int, end: int, outlets: dict[str, Token]) -> bool:
    """The name, or the word right after it ("People magazine"; not where a name follows
    that word: "Chelsea insider Matt Law"), shows an outlet, or the text calls it one
    somewhere ("German television channel ARD ... ARD reported")."""
    after = re.findall(r"^\s+(\w+)(?![ \t]+[A-Z])", text[end:end + 40])
    words = re.findall(r"[\w!]+", text[start:end].lower()) + [word.lower() for word in after]
    return bool(set(words) & _MEDIA_WORDS) or text[start:end] in outlets


def _reporting_bodies(ann: Annotated, outlets: dict[str, Token], acronyms: dict[str, str]) -> list[SourceRef]:
    """Institutions and outlets the catalogue does not know, as the subject of a reporting
    verb: "China's Foreign Ministry said", "the World Health Organization reported", "the
    GCAA affirms" (initials of "General Civil Aviation Authority"), "Globus, an ecological
    organization, said", and any organisation that "reported that" or "published" ("Valleywag
    has reported that ...": an outlet)."""
    institutions = load_lexicon().institution_nouns | {"organization", "organisation"}
    body_words = institutions | _DESCRIBED_BODY_NOUNS
    alias_re = _catalogue()[1]
    refs = []
    for mention in ann.mentions:
        span = ann.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        alias = alias_re.search(mention.text)
        alias = None if alias is None or _inside_another_body(mention.text, alias) else alias
        if (alias and not _owner_only(mention.text, alias)) or span is None or _beside_a_name(span.root):
            continue  # "American Institute for the Study of War": the catalogue's ISW; "Ukrinform, the agency"
        described = {c.lemma_.lower() for c in span.root.children if c.dep_ == "appos"}
        if mention.label != "ORG" and (mention.label == "PERSON" or not described & (body_words | _OUTLET_NOUNS)):
            continue  # the tagger's place or product described as a body will do: "Verda, an organization"
        full = acronyms.get(re.sub(r"^[Tt]he\s+", "", mention.text), mention.text)
        words = set(re.findall(r"\w+", full.lower())) | described
        outlet = _is_outlet(ann.article.text, mention.span.start, mention.span.end, outlets) or bool(described & _OUTLET_NOUNS)
        publishes = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in {"report", "publish"}
        if not (words & body_words or outlet or publishes):
            continue
        cue = _reporting_verb_over(span.root) if _heads_a_subject(span.root) else None
        if cue is not None:
            name = clean_name(re.sub(r"\s*\([^)]*$", "", mention.text))  # "World Health Organization (WHO"
            kind = "official" if words & institutions and not outlet else "media" if outlet or publishes else "other"
            refs.append(SourceRef(mention.span, slug(name), name, kind, cue))
    return refs


def _owner_only(name: str, alias: re.Match) -> bool:
    """The catalogue's name only owns the body named: "NASA's Office of the Inspector General"."""
    return alias.start() == 0 and re.match(r"['’]s\s+\w", name[alias.end():]) is not None


def _outlet_phrases(doc: Doc) -> dict[str, Token]:
    """Outlets the text names beside a word that says what they are ("local news service
    Newsis", "Iraq's Al-Sabah newspaper", "German television channel ARD") or whose name
    ends in one ("the Evening Lantern News"), each name with the head of its first phrase."""
    found: dict[str, Token] = {}
    for token in doc:
        if not _nominal(token) or token.dep_ in _MODIFIER_DEPS or _describes_next(token):
            continue
        phrase = [t for t in token.lefts if t.dep_ in _MODIFIER_DEPS for t in t.subtree] + [token]
        phrase += [a for a in token.rights if a.dep_ == "appos" and a.text[:1].isupper()]
        descriptors = [t for t in phrase if not t.text[:1].isupper() and t.lemma_.lower() in _OUTLET_NOUNS]
        # "Aussie magazine Woman's Day": the name after the word that says what it is
        after = token.doc[descriptors[-1].i + 1:token.i + 1] if descriptors and descriptors[-1].i < token.i else []
        named = bool(after) and all(t.text[:1].isupper() or t.text in _NAME_JOINS for t in after)
        name = after.text if named else _proper_run(phrase)
        described = {t.lemma_.lower() for t in descriptors}
        # before the name a singular "paper" is an outlet too: "trade paper The Hollywood Reporter"
        described |= {t.lower_ for t in _words_before(token)} & (_OUTLET_NOUNS | {"paper"})
        among_outlets = any(c.lemma_.lower() in _OUTLET_NOUNS for c in token.conjuncts)  # "X, Y and other outlets"
        if name and (described or among_outlets or (" " in name and name.split()[-1].lower() in _OUTLET_NAME_ENDS)):
            found.setdefault(name, token)
    return found


def _describes_next(token: Token) -> bool:
    """ "Aussie magazine Woman's Day": the outlet noun describes the name after it, and
    the word before it is no name of its own."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.lemma_.lower() in _OUTLET_NOUNS and following is not None
            and following.pos_ == "PROPN" and following.text[:1].isupper())


def _words_before(token: Token) -> list[Token]:
    """The nouns right before a phrase, as in "trade paper The Hollywood Reporter" (at most
    two, none across punctuation)."""
    words: list[Token] = []
    for i in range(token.left_edge.i - 1, max(-1, token.left_edge.i - 3), -1):
        if token.doc[i].pos_ != "NOUN":
            break
        words.append(token.doc[i])
    return words


def _outlet_heads(doc: Doc, text: str, outlets: dict[str, Token]) -> list[tuple[str, Token]]:
    """Each outlet with the head of its first phrase, then with every later mention of its
    name ("... radio station Valovi. Valovi reported ...")."""
    found = []
    for name, first in outlets.items():
        found.append((name, first))
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and not first.left_edge.i <= span.root.i <= first.right_edge.i:
                found.append((name, span.root))
    return found


def _proper_run(phrase: list[Token]) -> str:
    """The proper name in a phrase, without a country or people before it ("Iraq's",
    "Ukrainian"): the last run of capitalised words, hyphens joining them ("Al-Sabah")."""
    run: list[Token] = []
    for token in sorted(phrase, key=lambda t: t.i):
        joined = bool(run) and (token.i == run[-1].i + 1 or (token.i == run[-1].i + 2 and run[-1].nbor().text == "-"))
        if _proper(token) or (joined and token.text[:1].isupper() and token.pos_ == "NOUN"):
            run = run + [token] if joined else [token]  # "Hollywood Reporter": a common noun may go on a name
    name = run[0].doc[run[0].i:run[-1].i + 1].text if run else ""
    return "" if country_index().get(name_key(name)) else name  # "The U.K. paper": a country names no outlet


def _proper(token: Token) -> bool:
    """A word that may open a name: a proper noun or a word capitalised inside ("OstroV",
    "ARD"), no people ("Ukrainian") and no possessive owner ("Iraq's"); no capitalised
    common word ("News website Axios", "Several newspapers")."""
    if token.ent_type_ == "NORP" or token.dep_ == "poss":
        return False
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and any(c.isupper() for c in token.text[1:]))


def _described_bodies(ann: Annotated, outlets: dict[str, Token]) -> list[SourceRef]:
    """Cited outlets named beside what they are ("local news service Newsis reported") or
    by what they publish ("an opinion piece in the Rodong Sinmun said"), and official bodies
    named by a description, not a name: "the Israeli military said", "a list released by its
    health ministry", "France's anti-doping agency said", "according to the parliament's
    website" (a bare "the parliament" only after such a prepositional cue)."""
    text = ann.article.text
    alias_re = _catalogue()[1]
    found = [(name, head, "media", False) for name, head in _outlet_heads(ann.doc, text, outlets)]
    found += [(name, head, "media", False) for name, head in _published_in(ann)]
    found += [(name, head, _body_kind(name), bare) for name, head, bare in _body_phrases(ann.doc)]
    refs = []
    for name, head, kind, bare in found:
        start = _start_around(text, name, head)
        if start is None:
            continue
        if alias_re.search(text, start, _phrase_end(head)):
            continue  # "Russia's FSB security service", "The D.C.-based Institute for the Study of War"
        cue = _reporting_verb_over(head) if _heads_a_subject(head) else None
        if cue is None and kind == "media":
            cue = _cue_right_before(text, head.left_edge.idx)  # "he told T.V. channel Times Now"
        if cue is not None and not (bare and _cue_right_before(text, start) is None):
            refs.append(SourceRef(Span(ann.article.id, start, start + len(name)), slug(name), name, kind, cue))
    return refs


def _start_around(text: str, name: str, head: Token) -> int | None:
    """Where the occurrence of `name` that holds the head word (or the sentence's first
    one when the head lies outside the name, as a speaker's) begins."""
    sentence = head.sent
    starts = [sentence.start_char + m.start() for m in re.finditer(re.escape(name), sentence.text)]
    holding = [s for s in starts if s <= head.idx < s + len(name)]
    return (holding or starts or [None])[-1]


def _published_in(ann: Annotated) -> list[tuple[str, Token]]:
    """Names a document is in or by ("an opinion piece in the Rodong Sinmun", "a report by
    Page Six", "The Northbridge Courier report"), when the tagger took them for no person,
    place or people."""
    found = []
    for token in ann.doc:
        documented = (  # "The X report"; not a name ending in one ("the Neurocognitive Study")
            token.dep_ in {"compound", "poss"} and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _DOCUMENT_NOUNS)
        if token.pos_ != "PROPN" or not (documented or (token.dep_ == "pobj" and _publication_cue(token.head) is not None)):
            continue
        name = _proper_run([t for t in token.lefts if t.dep_ == "compound"] + [token])
        inside = [m for m in ann.mentions if m.span.start < token.idx + len(token) and token.left_edge.idx <= m.span.start]
        if name and not any(m.label in {"PERSON", "GPE", "LOC", "NORP", "DATE"} for m in inside):
            found.append((name, token))
    return found


def _phrase_end(head: Token) -> int:
    """Where the name a head noun ends goes on to: "Institute [for the Study of War]"."""
    end = head.idx + len(head)
    for child in head.rights:
        if child.dep_ in {"prep", "compound", "appos"} and (child.dep_ != "prep" or child.lower_ in {"of", "for"}):
            last = child.right_edge
            end = max(end, last.idx + len(last))
    return end


def _body_phrases(doc: Doc) -> list[tuple[str, Token, bool]]:
    """ "Gaza health authorities", "Israeli military", "France's anti-doping agency": an
    institution noun with something that says whose it is (a name, a people, a field, an
    "of" phrase naming a place), or a bare one ("the parliament": flagged). A description
    set beside a name ("Ukrinform, the national press agency") is the name's. A body word
    the parser hung on a speaker ("an Israeli military source") takes the speaker's words
    before it."""
    bodies = (load_lexicon().institution_nouns - _NOT_BODIES) | _STATE_OUTLET_NOUNS | _MORE_BODY_NOUNS
    found = []
    for token in doc:
        of_speaker = token.dep_ in {"compound", "amod"} and (token.head.ent_type_ == "PERSON" or speaker_noun(token.head))
        # "Foreign Ministry Maria Zakharova", "the parliament's website": the body the person or thing is of
        if token.lower_ not in bodies or (token.dep_ in _MODIFIER_DEPS and not (of_speaker or token.dep_ == "poss")):
            continue
        if _beside_a_name(token):
            continue
        holder = token.head if of_speaker and speaker_noun(token.head) else token
        words = [t for q in holder.lefts if q.dep_ in _MODIFIER_DEPS and q.i < token.i for t in q.subtree]
        qualified = any(w.head == holder and w.dep_ in _MODIFIER_DEPS and _qualifies(w) for w in words)
        if token.lower_ in _STATE_OUTLET_NOUNS and any(w.pos_ == "PROPN" and w.ent_type_ not in {"GPE", "NORP"} for w in words):
            continue  # "Rudaw online newspaper": an outlet's own name, not a country's outlet
        while words and (words[0].pos_ in {"PRON", "DET", "PUNCT"} or words[0].tag_ == "POS"):
            words = words[1:]  # "its health ministry" -> "health ministry"
        start = words[0].i if words else token.i
        whose = None if qualified or token.lower_ in _STATE_OUTLET_NOUNS else _whose_of_phrase(token)
        if any(t.text in "()" for t in doc[start:token.i]):
            continue  # "The (Iraqi) Ministry of Health": the tagger's name is whole
        if whose is not None:  # "the ecology department of Kazakhstan's Atyrau region"
            found.append((doc[start:whose.end].text, token, False))
        elif qualified or all(w.pos_ == "NOUN" for w in words):
            # "Police said": the one police force of the story (not a bare "a police official", a person's)
            unique = not words and token.lower_ in _ONE_OF_A_KIND and holder == token
            found.append((doc[start:token.i + 1].text, token, not (qualified or unique)))
    return found


def _whose_of_phrase(token: Token) -> TokenSpan | None:
    """An "of" phrase after a body noun naming a place or a body, or an "in" phrase naming a
    place, up to its first comma: "department of Kazakhstan's Atyrau region, which ..." ->
    "of Kazakhstan's Atyrau region"; "a government-led commission in Myanmar"."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
            objects = [c for c in prep.children if c.dep_ == "pobj" and any(
                t.pos_ == "PROPN" and (prep.lower_ == "of" or t.ent_type_ == "GPE") for t in c.subtree)]
            if objects:
                end = next((t.i for t in token.doc[prep.i:objects[0].i + 1] if t.is_punct and t.text != "'"), objects[0].i + 1)
                return token.doc[prep.i:end]
    return None


def _beside_a_name(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False  # "The Department of Health (DOH)" is a name with its initials
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


def _qualifies(modifier: Token) -> bool:
    """A word that says whose body it is: "Gaza" health authorities, the "Israeli" military,
    "France's" agency, "its" health ministry; not a field alone ("the air force", "the
    defence ministry" name no owner)."""
    if modifier.dep_ == "poss":
        return modifier.pos_ in {"PROPN", "PRON"}
    return modifier.pos_ == "PROPN" or modifier.text[:1].isupper()


def _body_kind(name: str) -> str:
    """ "spy agency", "intelligence service" (not "intelligence committee"), "news agency"."""
    words = name.lower().split()
    if {"intelligence", "spy"} & set(words) and words[-1] in {"agency", "service", "services", "directorate"}:
        return "intelligence"
    return "media" if _OUTLET_NOUNS & set(words) else "official"


def _organisation_only(ann: Annotated, start: int, end: int, outlet: bool) -> bool:
    """The name is an organisation's, with no person or office in it ("Defence Minister X");
    one the tagger missed will do when its own words show an outlet ("told E! News")."""
    inside = [m for m in ann.mentions if m.span.start < end and start < m.span.end]
    if any(m.label in {"PERSON", "ROLE", "GPE"} for m in inside):
        return False
    return inside[0].label in {"ORG", "NORP"} if inside else outlet

"""Numeric claims: a figure, what it counts, how it is hedged, who asserts it and when.

`extract_claims(ann, quotes, sources)` turns each number phrase of
`wiretrace.analyse.numbers.find_numbers` that is a real figure into a `Claim`. No figures:
dates ("1 November", "June 18"), years ("2025", "between 2022 and 2024"), clock times,
ages ("aged 25", "the suspect, 34,", "the average age ... was 24"), rankings ("the top
five makers"), index, model and title names ("S&P 500", "Level 2", "Destiny 2", "4K";
"F-16" and "G7" never reach us), list numbering, phone numbers, "one" (one of the, one day; "killed one person" counts), "the
two" (both), durations ("three days"), number words that count no noun ("the two met",
unless they stand for it as a subject, "only two were confirmed", as whom a harm befalls,
"wounding another three", or as a part of "them", "four of them") and the people a report
comes from ("two people briefed on the talks said"; not "two militants are believed to be").

- **counted**: the noun the number modifies in the dependency parse (not a time after a
  bare figure: "fell by 35,000 last week" counts no weeks), with its compounds
  and adjectives ("12,000 North Korean troops" -> "North Korean troops"), the object of
  "of" after a vague magnitude or a percentage ("thousands of troops" -> "troops"), and
  a "from" phrase ("soldiers from various branches").
- **unit_class**: percent and money from the figure; people or equipment from the counted
  head (lexicon in `wiretrace/data/claim_lexicon.json`), people for "a crowd of 83,598",
  for a number a toll of the dead reaches ("the death toll rose to 264") and for "others"
  after people, also in the sentence before; else other.
- **asserter**: a named attribution inside the innermost quote holding the figure ("[the
  Pentagon estimated that ...], a spokesman said"), else that quote's speaker; else the
  attribution just outside the marks of a quotation of several sentences holding it
  ("...," X said); else the subject of an attribution verb whose clause holds the figure
  ("..., officials said"; "..., the report read"; "discovered that ..." but not
  "discovered more bodies"; "said four were killed and [57 others]
  injured", the second half of a said clause whose verb "and" leaves out; the object of
  "reported", "estimated", "tracked" ...; a verb that measures or puts a value: "pegged the
  number at", "put the magnitude at", "gave a reading of", "revised the toll from", "booked a
  profit", "called for $15 million", "measured by X at 6.1" (a body, not "the quake, which
  measured 7.8"); a second verb without a subject shares the first one's: "confirmed ... and
  recorded 13 wounded"; the agent of a passive, "forecast by economists", never its subject, but
  not the firm that polled forecasters, "economists polled by Reuters expected"; for
  "who" the noun it hangs on) or of a clause hanging on the figure ("the 525,000 [forecast
  by X]"), "according to X" (also over a subject whose act the figure counts: "[Employers
  announced 185,000 job cuts], according to X"; not a news outlet, which relays the report of
  the verb's subject: "[Economists predicted 2.9%], according to CNBC"), "in the words of X", a parenthetical
  attribution verb or one before a colon ("X warns of a disaster: 120 million ..."), or a
  source cited in the sentence (not the wire of its dateline, nor a body whose own verb
  reports something else: "the Inspector General released two reports"); else a credit
  line right below the figure's text ("[ Wired ]" after an excerpt, "— Name (@handle)
  date" after a post); else a named poll or survey the sentence before introduced; else
  the article's credited main source ("Source: Reuters"); else None: a figure in a
  sentence that attributes nothing is the outlet's own, even after a sentence that did.
  An outlet's report that cites a named source is the source's ("the Herald reports citing
  the Red Crescent"), and a named speaker closing the sentence asserts what a body with no
  name of its own did ("[Railways have announced relief of Rs 2 lakh], Mittal said").
  Poll respondents ("46% of voters say") and unnamed evidence ("checks indicate") assert
  nothing, nor does a place a figure measures ("Oklahoma posted an increase of 0.9%, the EIA
  said" is the EIA's; "Indonesia reports 442 deaths, according to the agency" the agency's).
  A figure telling what a study drew on ("data tracking 16,000 adults") is no
  finding of it. A dateline or a circumstance the parser made a second subject ("Shortly
  before the KPMG announcement, Ernst & Young said") gives way to the verb's own subject.
  "He", "she", "it" and "they" as the subject of an attribution stand for the nearest
  fitting subject of the sentences before, a speaker first. "The company" or "the tire
  maker" stands for the one organisation the nearest sentence before names (also by the
  short form of a name given before, "Goodyear"; an exchange and ticker in brackets is no
  second one, nor a name in a relative clause or a circumstance, "after selling iPhones"),
  "the study", "the poll" or "the customs data" for the one maker of the studies, polls or
  data named before ("data from X", "a Reuters poll", "X published the official results" for
  "the final results"), else of the texts named before by another name or by a title ("the
  OAPEC report ... The comprehensive analysis", "OPEC's Monthly Oil Market Report ... The
  report"; not a count: "the official tally"); "the update" like "the statement";
  "the trade body", "the poll panel", "the watchdog" or "the regulator" for the organisation
  last cited as a source, not one named since ("the election body said" of a party's seats). A document
  or data stands for its own maker: "reports by [a rescue charity]", "the [police] figures
  show", "the [SOHR] report", "reports by X that ...", and a figure in a document a body
  issued is the body's ("X released the data showing 62.2 per cent"; not "released three
  reports"). Named entities give their
  canonical id (an acronym by the name the article spells out, also without a country's
  initials: "CBP" for "U.S. Customs and Border Protection"; a description by the name it is
  "known as", an institution noun by the name right after it that the parser hung elsewhere
  ("according to data firm Refinitiv"); researchers by their institution, "biologists at
  Stanford University found"; a body of an organisation, "the UN's refugee agency", by its
  own phrase, not the organisation's); an unnamed subject gives its phrase ("a senior South Korean
  official", "U.S. defense officials": a place names no speaker, nor a day: "today's
  estimate") and no id, unless it is one official brought in by role ("an official said",
  also "a spokesperson for the X military"; the holder of a place's office, "its governor",
  "the Russian regional governor", "the top commander in Iraq", needs no title) whom the next
  paragraph names as its first speaker (not a quotation's "we"), titled ("X, spokesman for the governor, said", "Major
  X said"), or one body ("a rights group said") that paragraph's first speaker names. What a phrase of a verb of
  speech says is where or how one spoke ("told AFP from Timbuktu, 100 km away"), not what
  was said, unless it goes on with the report ("..., with two million crossing"); the
  outlet one spoke to is no cited source, and a rebellion that "claimed lives" asserts
  nothing. A change before the one reported ("rose 3.5%, after falling 6.6% in March, data
  from X showed") is part of the report, no circumstance of it, and so is the earlier level
  after a figure a verb reports as its object ("booked a profit of X, up from Y"); nor is a
  clause whose marker comes after its verb ("bringing the number of cases to nine [since] the outbreak"). A closing "..., police
  said" after two joined clauses reports both, also the one
  the parser hung it on. A figure right after an expectation ("Wall Street's expectations for 38 billion", "the IMF's
  forecast of 2 percent") is whose expectation it is. A paragraph that a short line ending
  in a colon brings in ("As quoted in the publication:") is the words of the source the line
  names, else of the one source the paragraph above cites. A dateline the parser took for
  the subject ("KYIV, Ukraine (AP) — A regional governor ... said") gives way to the subject
  after its dash.
- **date**: a day the figure's line opens with ("4 October: ...", bullet timelines) or that
  the sentence says the figure holds on ("as of 1 March"), else the publication date.
- an elliptic figure ("300 were killed and 2,700 wounded") counts what the figure before
  it in the sentence counted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import chain, takewhile

from spacy.tokens import Doc, Span as TokenSpan, Token

from wiretrace.analyse._quote_lexicon import load_lexicon
from wiretrace.analyse._quote_marks import QuotedText, find_quoted
from wiretrace.analyse._quote_speakers import PRONOUN_OF_POSSESSIVE, SPEECH_ACT_NOUNS, STATEMENT_NOUNS, said_to_be
from wiretrace.analyse.numbers import CURRENCY_WORDS, NumberPhrase, find_numbers
from wiretrace.analyse.provenance import REPORT_VERBS, is_news_outlet, known_source, main_source
from wiretrace.analyse.temporal import resolve_time_expressions
from wiretrace.link.entities import clean_name, organisations_named_with, spelled_out
from wiretrace.model import Claim, Mention, Quote, SourceRef, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.datelines import is_dateline, subject_past_dateline
from wiretrace.nlp.gazetteer import load_gazetteer
from wiretrace.nlp.syntax import objects_of

_NOUN_POS = {"NOUN", "PROPN"}
_PERCENT_WORDS = {"%", "percent", "cent"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case"}
_NUMBER_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "det"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
_POSSESSIVE_PRONOUNS = PRONOUN_OF_POSSESSIVE | {"its": "it", "their": "they"}
_ANAPHORS = {"he", "she", "it", "they"}
_RELATIVE_PRONOUNS = {"who", "that", "which"}
# Passives whose subject is who speaks ("she was quoted as saying"), unlike "is estimated".
_SUBJECT_SPEAKS_PASSIVE = frozenset({"quote", "cite"})
_ANTECEDENT_REACH = 3  # sentences back
_NAMED_NEXT_REACH = 2  # paragraphs on, for an official brought in by role
# Roles that bring in one unnamed official ("an official said"), and titles that show a named person is one.
_UNNAMED_ROLES = frozenset({"official", "officer", "spokesman", "spokeswoman", "spokesperson", "governor", "commander", "ruler"})
_OFFICIAL_TITLES = _UNNAMED_ROLES | {
    "chief", "head", "minister", "director", "commissioner", "magistrate", "mayor", "secretary", "administrator",
    "superintendent", "inspector", "sheriff", "prefect", "major", "colonel", "lieutenant", "general", "captain",
    "brigadier", "sergeant", "king", "president", "chairman", "chairperson",
}
# Authorities a description names by kind ("the trade body", "the poll panel"): see _referent.
_AUTHORITY_NOUNS = frozenset({"body", "panel", "watchdog", "regulator"})
# Bodies brought in unnamed ("a pro-democracy activist group said"), named by the next paragraph's first speaker.
_UNNAMED_BODIES = frozenset({"group", "organisation", "organization", "agency", "committee", "body", "monitor", "watchdog"})
# Verbs that attribute a figure to their subject; promising or pledging does not.
ATTRIBUTION_VERBS = REPORT_VERBS | {
    "tell", "announce", "add", "calculate", "warn", "explain", "stress", "emphasize", "emphasise", "insist",
    "allege", "believe", "reveal", "assess", "conclude", "acknowledge", "admit", "testify", "disclose", "tweet",
    "discover",  # "they discovered that 48% ...": only with a clause, see _attributes
    "project", "forecast", "predict", "expect", "anticipate", "relate", "recount", "recall", "classify", "categorize",
    "categorise", "track", "fear",  # "the UN fears up to 5 million people could be forced to flee"
    "record", "register",  # "the UN also recorded about two million internally displaced people"
    "measure",  # "the quake was measured by the USGS at 6.1": only by a body, see _attributes
    "post", "book",  # "Infosys posted a net profit of Rs 3,612 crore": only with results, see _attributes
    "unveil",
    "peg", "revise",  # "police pegged the number at 240,000": only with such nouns or figures, see _attributes
    "call", "appeal",  # "the WHO has called for $15 million": only for an amount, see _attributes
}
_EXPECTING_VERBS = frozenset({"expect", "anticipate"})
# Verbs a speaker's name may follow ("..., said X"); "told X", "asked X" name the hearer.
_INVERTING_VERBS = frozenset({"say", "add", "write", "note", "state", "explain", "declare", "report", "announce", "estimate", "confirm"})
# Verbs of the act of speaking, whose phrases say where, when or how one spoke ("showed inflation at 8.5%" is content).
_SPEAKING_VERBS = frozenset({"say", "tell", "add", "speak", "talk", "write", "tweet", "testify"})
_FORECAST_NOUNS = frozenset({"expectation", "forecast", "estimate", "projection", "prediction"})  # lemmas
# Verbs whose bare object (or passive subject) is people: "killing hundreds", "500,000 were uprooted".
_HARM_VERBS = frozenset({"kill", "wound", "injure", "displace", "uproot", "arrest", "detain", "rescue", "hospitalize", "hospitalise"})
# What a study does with what it drew on: "the research analyzed health records from 9 million adults".
_DRAWS_ON_VERBS = frozenset({"analyze", "analyse", "examine", "review"})
# What unnamed evidence does ("checks indicate"): the reasoning of whoever cites it.
_EVIDENTIAL_VERBS = frozenset({"show", "indicate", "suggest"})
# "Organisers put the number at 5,000": putting a toll or a figure at a value reports it.
_PUT_AT_NOUNS = frozenset({"number", "toll", "figure", "total", "cost", "count", "damage", "losses", "loss", "casualties", "bill", "value"})
_PUT_VERBS = frozenset({"put", "give", "peg", "revise"})  # "revised the toll from 79"
# What a body measures or forecasts and puts at a value, counting nothing: "put the magnitude at 7.4", "gave a reading of 7.7".
_MEASURE_NOUNS = frozenset({"magnitude", "reading", "forecast", "estimate", "projection", "chance", "probability", "likelihood"})
# People who forecast figures, and verbs by which a firm gathers their forecasts: see _polled_forecasters.
_FORECASTERS = frozenset({"economist", "analyst", "forecaster", "strategist"})
_POLLING_VERBS = frozenset({"poll", "survey", "canvass", "ask"})
# People whose findings are their institution's: "researchers from Queen's University Belfast discovered".
_RESEARCHER_NOUNS = frozenset({"researcher", "scientist", "biologist", "ecologist", "epidemiologist", "academic"})
# Subjects that carry figures of their own: "a new poll shows", "the report found".
EVIDENCE_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "census", "estimate", "assessment", "tally", "count", "research"})
# Phrases saying when or why something happened: a verb above them does not report them.
POLL_NOUNS = frozenset({"poll", "survey"})
_DATA_NOUNS = frozenset({"data", "datum", "figure", "statistic", "statistics", "number", "estimate"})  # lemmas
_UNNAMED_DATA_NOUNS = _DATA_NOUNS | {"information", "record", "statistic", "detail"}  # lemmas; no asserter without a maker
_TALLY_NOUNS = frozenset({"toll", "tally", "count", "estimate"})  # lemmas: what a body counted
_SITE_NOUNS = frozenset({"website", "site", "page", "dashboard", "portal", "account"})
# Words that count or qualify reports without saying whose they are: "multiple reports", "unconfirmed reports".
_REPORT_QUALIFIERS = frozenset({"multiple", "some", "several", "many", "other", "various", "numerous", "unconfirmed", "unverified", "conflicting", "earlier", "initial", "local", "recent", "preliminary"})
_POLL_REACH = 3  # sentences back
# Nouns for what someone said, whose "that" clause is what they said.
# Texts that "read" what they say.
_TEXT_NOUNS = EVIDENCE_NOUNS | STATEMENT_NOUNS | {"document", "order"}
# Documents and data that stand for whoever made them: "the final results" are the commission's that published them.
_MADE_NOUNS = EVIDENCE_NOUNS | _DATA_NOUNS | {"result", "document", "list"}
# Texts a body speaks in, like its statements: "the ministry announced ... According to the coronavirus update".
_SPOKEN_TEXT_NOUNS = STATEMENT_NOUNS | {"update"}
# Verbs by which a body issues a document: "the commission published the official results".
_ISSUING_VERBS = frozenset({"publish", "release", "issue"})
_CIRCUMSTANCE_PREPOSITIONS = {
    "after", "before", "since", "during", "despite", "amid", "following", "until", "because", "when", "once", "if",
    "although", "though",
}
# Arguments of a verb: a figure there is what the verb does ("added 2%"), not what it says.
_ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "npadvmod", "advmod", "acomp", "oprd", "dative"}
# Verbs whose object is what they report ("the ministry reported 14 deaths"), unlike "added 2%".
_REPORTING_OBJECT_VERBS = frozenset({
    "report", "announce", "confirm", "estimate", "record", "claim", "reveal", "disclose", "count", "forecast", "project",
    "classify", "categorize", "categorise",  # "the IUCN has classified 28 percent of species as threatened"
    "track",  # "the WHO tracked 409,222 cases"
    "register", "expect", "anticipate",  # "the agency registered 2,808,792 refugees", "the company expects savings of $25 million"
    "predict", "put", "give", "peg", "revise",  # "put the number of the dead at nine": only with such nouns, see _attributes
    "post", "book",  # a company's results: "posted a net profit of ...", see _attributes
    "unveil",  # "Mr Sunak unveiled £30bn of extra spending"
    "cite",  # "a Taliban spokesperson cited at least 13 civilians killed"
})
# What a company posts when it reports its results ("posted a 3 percent rise in profit").
_RESULT_NOUNS = frozenset({
    "profit", "loss", "revenue", "earnings", "income", "sale", "growth", "rise", "increase", "decline", "drop", "fall",
    "surplus", "deficit", "turnover", "margin",
})
_DASHES = {"—", "–", "-", "--"}
# Words opening a sentence before a comma that are no names: "Meanwhile, the dashboard showed".
_SENTENCE_CONNECTORS = frozenset({
    "meanwhile", "however", "moreover", "separately", "earlier", "later", "elsewhere", "overall", "still", "also",
    "yesterday", "today", "now", "then", "nevertheless", "furthermore", "similarly", "instead", "indeed", "thus",
    "besides", "otherwise", "nonetheless", "likewise", "again", "here", "there", "so", "but", "and", "yet",
})
_CHANGE_AFTER = re.compile(r"\)?,\s+(?:up|down)\s+(?:by\s+)?")  # "$1.2 billion, [up 162 percent]"
_PREPOSITION_HEDGES = {"over", "above", "under", "below", "past", "toward", "towards"}  # hedges that may be prepositions
# A quantity rising over a mark ("the toll was expected to climb past 75", "rose above 2 per cent") is a bound.
_RISE_VERBS = frozenset({"rise", "climb", "soar", "surge", "grow", "increase", "jump", "swell", "mount"})
_CHANGE_VERBS = _RISE_VERBS | {"fall", "drop", "decline", "slip", "slide", "dip", "ease", "shrink", "contract", "gain", "decrease", "advance"}
_GO_UP_VERBS = frozenset({"go", "move", "shoot", "edge", "creep", "tick", "inch", "step", "ramp", "push", "drive", "bump", "jump", "climb"})
_BARE_MAGNITUDES = {"dozens", "hundreds", "thousands", "millions", "billions"}
_SOURCE_BODIES = {"group", "organisation", "organization", "agency", "charity", "ngo"}  # "Two rights groups say"
_MOST_SOURCES = 10  # reports rest on a handful of people; hundreds saying something is news
_NAMES_NOBODY = {"GPE", "LOC", "NORP", "DATE", "TIME"}  # "U.S. defense officials", "today's second estimate"
_VALUE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s)?\s*")  # between a name and its bracket: "Goodyear Tire & Rubber Co.'s (NYSE:GT)"
_LINE_OPENING = re.compile(r"^\s*(?:[•*–-]\s*)?$")  # nothing but a bullet before a line's date
# A line crediting the text above it: "[ The Verge ]" after an excerpt in a round-up, and an
# embedded post's signature "— Jane Doe 🌈 (@janedoe) November 18, 2019".
_EXCERPT_CREDIT = re.compile(r"^[ \t]*\[[ \t]*(?P<name>[^\[\]\n]{2,60}?)[ \t]*\][ \t]*$", re.MULTILINE)
# A short line bringing in a source's words: "As quoted in the publication:", "Reuters reported:".
_LEAD_IN = re.compile(
    r"^[ \t]*[^\n:]{0,60}\b(?:quoted|reported|reports|said|says|wrote|writes|published|according to)\b[^\n:]{0,30}:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_PARAGRAPH_AFTER = re.compile(r"\s*\n(?P<body>[^\n]+)")  # the next non-empty line
_LISTING_VERBS = frozenset({"release", "publish", "give", "list", "provide"})  # "... the following figures:"
# a line ending in a colon, then the bullet lines under it
_BULLET_LEAD = re.compile(r"(?P<lead>[^\n]*:)[ \t]*\n(?P<bullets>(?:\s*[•·*▪–-][ \t][^\n]*(?:\n|$))+)")
_POST_SIGNATURE = re.compile(r"^[ \t]*[—–][ \t]*(?P<name>[^\n(]{2,60}?)[ \t]*\(@\w+\)[^\n]*$", re.MULTILINE)
# Capitalised labels whose number names a thing, not a quantity ("Level 2 stations", "Phase 3 trials").
_LABEL_WORDS = frozenset({
    "level", "phase", "stage", "tier", "category", "type", "class", "grade", "step", "round", "week", "season",
    "chapter", "section", "article", "episode", "part", "volume", "gate", "terminal", "platform", "route",
})


@dataclass
class _Evidence:
    """What the asserter of a figure may come from, besides its sentence."""

    quotes: list[Quote]
    sources: list[SourceRef]
    credits: list[tuple[int, int, tuple[str | None, str]]]  # (start, end, asserter) of credited text


def extract_claims(ann: Annotated, quotes: list[Quote], sources: list[SourceRef]) -> list[Claim]:
    """Every numeric claim of the article, in text order."""
    text = ann.article.text
    credits = _credited_blocks(text) + _introduced_blocks(text, sources) + _listed_blocks(ann, sources)
    evidence = _Evidence(quotes, sources, credits)
    claims = []
    for figure in find_numbers(text):
        if not_a_figure(text, figure) or (claims and _restates(text, claims[-1], figure)):
            continue
        claim = _claim(ann, figure, evidence)
        if claim is not None:
            claims.append(_resolve_ellipsis(claim, claims[-1] if claims else None))
    for part, whole in zip(claims, claims[1:]):
        _count_out_of(text, part, whole)
    for amount, follower in zip(claims, claims[1:]):
        _same_report(text, amount, follower)
    return claims


def _count_out_of(text: str, part: Claim, whole: Claim) -> None:
    """ "over 53.99 million out of over 60.72 million registered voters": the part counts
    what the whole counts."""
    if part.counted is not None or part.unit_class != "other" or part.value_span is None or whole.value_span is None:
        return
    if re.fullmatch(r"\s+out\s+of\s+", text[part.value_span.end:whole.value_span.start]):
        part.counted, part.unit_class = whole.counted, whole.unit_class


def _same_report(text: str, amount: Claim, follower: Claim) -> None:
    """A figure that only restates or qualifies the amount right before it is asserted by
    whoever asserted the amount: the amount in another currency in brackets ("1.13 trillion
    won ($1 billion)"), or its change after a comma ("..., up 162 percent from a year earlier")."""
    if follower.asserter_name is not None or amount.value_span is None or follower.value_span is None:
        return
    between = text[amount.value_span.end:follower.value_span.start]
    converted = between.strip() == "(" and amount.unit_class == follower.unit_class == "money"
    changed = _CHANGE_AFTER.fullmatch(between) is not None and follower.unit_class == "percent"
    if converted or changed:
        follower.asserter_id, follower.asserter_name = amount.asserter_id, amount.asserter_name


def _restates(text: str, previous: Claim, figure: NumberPhrase) -> bool:
    """ "four (4) size options": digits in brackets repeating the figure right before them."""
    if previous.value_span is None or figure.value != previous.value:
        return False
    return text[previous.value_span.end:figure.start].strip() == "(" and text[figure.end:figure.end + 1] == ")"


def _resolve_ellipsis(claim: Claim, previous: Claim | None) -> Claim:
    """ "300 soldiers were killed and 2,700 wounded": a figure counting nothing of its own
    counts what the figure before it in the same sentence counted; "24 people were killed
    and 16 others injured": "others" are of the class of the figure before, also one in an
    earlier sentence ("the death toll rose to 264. Some 100 others were feared dead")."""
    if previous is None or claim.unit_class != "other" or previous.unit_class in {"money", "percent"}:
        return claim
    if claim.counted is not None and claim.counted.lower() in {"others", "more"}:
        claim.unit_class = previous.unit_class
    elif claim.counted is None and previous.counted is not None and previous.span == claim.span:
        claim.counted, claim.unit_class = previous.counted, previous.unit_class
    return claim


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """wiretrace/data/claim_lexicon.json: unit nouns, time units, index names, measures."""
    return json.loads(resources.files("wiretrace.data").joinpath("claim_lexicon.json").read_text("utf-8"))


def _claim(ann: Annotated, figure: NumberPhrase, evidence: _Evidence) -> Claim | None:
    doc, article = ann.doc, ann.article
    tokens = doc.char_span(figure.number_start, figure.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    if figure.vague in _BARE_MAGNITUDES and not _of_object(tokens[-1]) and not _stands_alone(tokens[-1]):
        return None  # "in the hundreds", "by the thousands": no count of anything
    shared_sign = figure.percent and not any(t.lower_ in _PERCENT_WORDS for t in tokens)  # "93 [and 81 percent]"
    head = None if figure.currency or shared_sign else _counted_head(tokens)
    if not (figure.currency or figure.percent) and _in_a_name(tokens, bare=head is None and figure.digits and not figure.value_max):
        return None
    following = doc[tokens.end] if tokens.end < len(doc) else None
    time_units = lexicon()["time_units"]
    # A share or an amount is no duration: "a 46 percent second-weekend drop".
    period_after = following is not None and following.lower_ in time_units and not (figure.percent or figure.currency)
    if (head is not None and (head.lower_ in time_units or head.like_num)) or period_after:
        return None  # a duration ("three days", "a 30 min walk") or a part of a period ("half of 2019")
    counted = _counted_phrase(doc, tokens, head) if head is not None else None
    unit, unit_class = _unit(figure, head, counted)
    if unit_class == "other" and head is None and (_of_a_crowd(tokens[-1]) or _toll_reaches(tokens[-1]) or _harmed(tokens[-1])):
        unit_class = "people"
    if not figure.digits and not (figure.vague or figure.percent or figure.currency) and head is None and not _counts_unnamed(tokens):
        return None  # a number word counting nothing named ("the two met") is no figure
    if head is None and not (figure.percent or figure.currency) and _stated_age(tokens[-1]):
        return None
    sources_counted = unit_class == "people" or head is not None and head.lemma_.lower() in _SOURCE_BODIES
    if sources_counted and figure.value is not None and figure.value <= _MOST_SOURCES and _names_the_source(head):
        return None  # "Two people briefed on the talks said", "Two human-rights groups say": who speaks, not a figure
    sentence = _sentence(doc, figure.number_start)
    asserter = _asserter(ann, figure, sentence, evidence)
    return Claim(
        span=Span(article.id, sentence.start_char, _trimmed_end(article.text, sentence)),
        value_text=figure.text,
        value=figure.value,
        value_max=figure.value_max,
        vague=figure.vague,
        hedge=_hedge(doc, figure),
        counted=counted,
        unit_class=unit_class,
        unit=unit,
        asserter_id=asserter[0],
        asserter_name=asserter[1],
        date=_claim_date(ann, sentence, figure.number_start),
        value_span=Span(article.id, figure.start, figure.end),
    )


def _stands_alone(token: Token) -> bool:
    """A bare magnitude standing for what it counts: "dozens have been captured", "killed thousands";
    not one half of "billions and billions of dollars", one figure said twice."""
    pair = [token.head] if token.dep_ == "conj" else [c for c in token.children if c.dep_ == "conj"]
    repeated = any(other.lower_ == token.lower_ for other in pair)
    return token.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"} and not repeated and not any(c.dep_ == "det" for c in token.children)


def _counts_unnamed(tokens: TokenSpan) -> bool:
    """A number word standing for what it counts: a verb's subject ("only two have been
    confirmed"), also of a gerund the parser took it to count ("with more than two million
    crossing the border"); whom a harm befalls ("wounding another three", "wounding five
    more"); a part of "them" ("seven of them"); unlike a determined pair ("the two met")."""
    last = tokens[-1]  # "a dozen were wounded": its "a" is part of the number
    subject = last.dep_ in {"nsubj", "nsubjpass"} or last.dep_ == "nummod" and last.head.tag_ == "VBG"
    harmed = _harmed(last.head if last.dep_ == "nummod" and last.head.lower_ == "more" else last)
    part_of_them = any(o.lower_ in {"them", "those"} for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)
    determined = any(c.dep_ == "det" and c.lower_ != "another" and c.i < tokens.start for c in last.children)
    # the level a count changed to: "the number of dengue deaths rose to three"
    level = last.dep_ == "pobj" and last.head.lower_ == "to" and last.head.head.lemma_.lower() in _CHANGE_VERBS | {"reach"}
    return (subject or harmed or part_of_them or level) and not determined


def _stated_age(token: Token) -> bool:
    """ "The average age of the participants was 24": an age, said with a copula."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "age" for c in verb.children)


def _names_the_source(head: Token | None) -> bool:
    """The counted people are who the figure's report comes from: the subject of an
    attribution verb, the object of "citing" or "quoting", or of "according to"."""
    if head is None:
        return False
    verb = head.head
    if head.dep_ == "nsubj" or head.dep_ == "nsubjpass" and verb.lemma_.lower() in _SUBJECT_SPEAKS_PASSIVE:
        return _attributes(verb)  # "Two militants are believed to be hiding": believed by others
    if head.dep_ == "dobj":
        return verb.lemma_.lower() in {"cite", "quote"}
    return head.dep_ == "pobj" and verb.lower_ == "to" and verb.i > 0 and verb.nbor(-1).lower_ == "according"


def _in_a_name(tokens: TokenSpan, bare: bool) -> bool:
    """A number that ends a name ("Red Dead Redemption 2", "MX Master 3", "iPadOS 13",
    "Wi-Fi 6 devices"): right after a proper noun with a capital mid-sentence that names no
    place ("in Kharkiv 12 were hurt" is a figure), after any capitalised word when the
    number is `bare` digits counting nothing ("a single game, Destiny 2"), or after a
    capitalised label ("Level 2 charging", "Phase 3 trials")."""
    first = tokens[0]
    if first.i == 0 or first.is_sent_start:
        return False
    before = first.doc[first.i - 1]
    if before.lower_ == "the" and _unit_name_after(tokens):
        return True
    if before.lower_ in _LABEL_WORDS and before.text[:1].isupper() or before.lower_ in {"calibre", "caliber"}:
        return True  # "Level 2 charging", "a calibre 38 revolver"
    named = before.pos_ == "PROPN" or (bare and before.is_alpha)
    capital = any(ch.isupper() for ch in before.text)
    return named and capital and before.ent_type_ not in {"GPE", "LOC", "NORP"}


def _of_a_crowd(token: Token) -> bool:
    """ "a crowd of 83,598", "an attendance of 7,000": a number of people put after "of"."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in lexicon()["people_collectives"]


def _harmed(token: Token) -> bool:
    """A bare number whom a verb of harm or flight befalls ("killing hundreds", "500,000
    were uprooted"), or who live in a place ("home to nearly 3 million")."""
    befallen = token.dep_ == "dobj" or token.dep_ == "nsubjpass"
    home_to = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "home"  # "Kyiv, home to nearly 3 million"
    return befallen and token.head.lemma_.lower() in _HARM_VERBS or home_to


def _toll_reaches(token: Token) -> bool:
    """A number a toll of the dead reaches: "the death toll rose to at least 264", "the number
    of deaths had risen to 273", "the death count was expected to climb past 75"."""
    for verb in (a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return any(_a_toll_of_people(s) for s in subjects)
    return False


def _a_toll_of_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "toll":
        return True
    if lemma == "count":  # "the death count", "the body count"
        return any(c.dep_ == "compound" and c.lemma_.lower() in {"death", "body"} for c in noun.children)
    counted = _of_object(noun) if lemma == "number" else None
    return counted is not None and counted.lower_ in lexicon()["people"]


def _unit_name_after(tokens: TokenSpan) -> bool:
    """ "the 3-7 Cavalry", "the 101 Squadron": digits opening a capitalised name that is no
    nationality or place ("the 12 Ukrainians" are counted)."""
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if re.fullmatch(r"\d+(?:-\d+)?", tokens.text) is None or after is None:  # not "the 3 million Kyiv requested"
        return False
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ not in {"GPE", "LOC", "NORP"}


def _hedge(doc: Doc, figure: NumberPhrase) -> str | None:
    """The figure's hedge, unless the word is a preposition heading the figure's phrase
    ("70 drones over seven regions") that bounds no amount ("worth over Rs 1 crore") and
    no rise ("expected to climb past 75"), or "up" goes with a verb ("inflation went up to
    3%"); "past" only as such a preposition ("the past 12 presidents")."""
    if figure.start == figure.number_start:
        return figure.hedge
    word = doc.char_span(figure.start, figure.start + len(figure.hedge or ""), alignment_mode="expand")
    if word is None:
        return figure.hedge
    if figure.hedge == "up to":  # "went up to 1.06 per cent": a verb's particle and its goal, no bound
        verb = word[0].head
        return None if verb.i == word[0].i - 1 and verb.lemma_.lower() in _GO_UP_VERBS else figure.hedge
    if figure.hedge not in _PREPOSITION_HEDGES:
        return figure.hedge
    if word[0].dep_ != "prep":
        return None if figure.hedge in {"past", "toward", "towards"} else figure.hedge  # "the past 3 presidents"
    bounds_amount = word[0].head.lower_ == "worth" or word[0].head.pos_ == "ADP"  # "worth over Rs 1 crore", "at over $5"
    # the bare figure, no noun, as its object in the subject's place: "[over 53.99 million] out of
    # over 60.72 million voters voted"; not a level after its head ("a break above $13.60")
    fronted = word[0].i < word[0].head.i and any(c.dep_ == "pobj" and c.pos_ == "NUM" for c in word[0].children)
    bounds_amount = bounds_amount or fronted
    rises_over = word[0].head.lemma_.lower() in _RISE_VERBS and figure.hedge not in {"under", "below"}
    return figure.hedge if bounds_amount or rises_over else None


# ----- what is counted -------------------------------------------------------------------


def _counted_head(tokens: TokenSpan) -> Token | None:
    """The noun the figure counts: the noun it modifies, else the object of a following "of"."""
    last = tokens[-1]
    share = last.lower_ == "half" and not any(t.lower_ == "and" for t in tokens)  # not "five-and-a-half points"
    if last.lower_ in _PERCENT_WORDS or share:
        return _of_object(last) or _of_object(last.head)
    numbers = [t for t in tokens if t.like_num or t.pos_ in {"NUM", "NOUN"}] or [last]
    for number in sorted(numbers, key=lambda t: t.i, reverse=True):  # "between 5 and 7 tanks": 7 first
        head = _of_object(number) or _modified_noun(number, tokens)
        if head is not None:
            return None if _expecter(head) else head
    return _put_at(last) or _next_noun(tokens)


def _expecter(noun: Token) -> bool:
    """ "more than the 15,000 economists expected": the noun after the figure is who expected
    it (the subject of an expectation whose object the figure is), not what it counts."""
    verb = noun.head
    expecting = noun.dep_ == "nsubj" and verb.lemma_.lower() in _EXPECTING_VERBS | {"forecast", "predict", "estimate"}
    return expecting and verb.i > noun.i and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)


def _put_at(number: Token) -> Token | None:
    """What a number put or brought to the figure counts: "putting the number of [US
    citizens] killed since Saturday at nine", "That brings the total number of [people]
    hospitalized to 2,362"."""
    if number.dep_ != "pobj" or number.head.lower_ not in {"at", "as", "to"}:
        return None
    if number.head.lower_ == "to":
        bringing = next((a for a in number.ancestors if a.lemma_.lower() in {"bring", "take", "push", "raise"}), None)
        objects = bringing.children if bringing is not None else []
        noun = next((c for c in objects if c.dep_ == "dobj" and c.lemma_.lower() in _PUT_AT_NOUNS), None)
        return _of_object(noun) if noun is not None else None
    putting = (a for a in number.ancestors if a.dep_ == "dobj" and a.lemma_.lower() in _PUT_AT_NOUNS)
    noun = next((a for a in putting if a.head.lemma_.lower() in _PUT_VERBS), None)
    return _of_object(noun) if noun is not None else None


def _modified_noun(number: Token, tokens: TokenSpan) -> Token | None:
    head = number.head
    if number.dep_ in _NUMBER_DEPS and head.like_num and head.i >= tokens.end and head.dep_ in _NUMBER_DEPS:
        head = head.head  # "two of three requirements": what the second number counts
    if number.dep_ in _NUMBER_DEPS and head.i >= tokens.end and _nominal(head):
        return _of_object(head) if head.lower_ in {"dozen", "hundred", "thousand", "million"} else head
    return None


def _nominal(token: Token) -> bool:
    """A noun, also one the tagger took for a verb where only a noun can stand ("across five WHO regions")."""
    return token.pos_ in _NOUN_POS or (token.pos_ == "VERB" and token.dep_ in {"pobj", "nsubj", "nsubjpass"})


def _next_noun(tokens: TokenSpan) -> Token | None:
    """The noun right after the figure, over compounds and model names ("100 KN-23 missiles")."""
    doc = tokens.doc
    for token in doc[tokens.end:min(tokens.end + 5, tokens[-1].sent.end)]:  # not the next sentence's
        if token.text in {",", ";", ":"}:
            return None  # not the next clause's: "wounding five more, [officials] said"
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return None if token.dep_ == "npadvmod" else token  # "fell by 35,000 [last week]": when, not what
        if not (token.dep_ in {"compound", "amod", "nmod", "punct", "nummod"} or token.pos_ in {"PROPN", "ADJ", "NUM"}):
            return None
    return None


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ not in _PRONOUNS | {"them", "those", "these"}:
                return objects[0]
    return None


def _counted_phrase(doc: Doc, tokens: TokenSpan, head: Token) -> str:
    """The head noun with its left modifiers (after the figure) and a "from"/"of" phrase."""
    first = max(head.left_edge.i, tokens.end if head.i >= tokens.end else 0)
    while first < head.i and (doc[first].dep_ in {"det", "prep", "punct", "quantmod", "nummod"} or doc[first].like_num):
        first += 1
    return (doc[first:head.i + 1].text + _trailing_phrase(head)).strip()


def _trailing_phrase(head: Token) -> str:
    """ " and missiles" (a conjoined noun), " from various branches", " of grain"; not a
    "from" naming a place or an owner ("from Denmark", "from its partners"), nor a noun
    with a number of its own ("two militants and [one soldier]" is a second figure)."""
    extra = ""
    for child in head.rights:
        counted_apart = any(c.dep_ == "nummod" for c in child.children)
        if child.dep_ == "conj" and child.pos_ == "NOUN" and any(c.dep_ == "cc" for c in head.children) and not counted_apart:
            extra += " and " + _with_lefts(child)
        elif child.dep_ == "prep" and child.lower_ in {"from", "of"} and not extra:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None or (child.lower_ == "from" and (obj.pos_ == "PROPN" or any(c.dep_ == "poss" for c in obj.children))):
                continue
            extra += " " + child.text + " " + _with_lefts(obj)
    return extra


def _with_lefts(token: Token) -> str:
    start = min([token.i] + [t.i for t in token.lefts if t.dep_ in _MODIFIER_DEPS | {"det"}])
    return token.doc[start:token.i + 1].text


def _unit(figure: NumberPhrase, head: Token | None, counted: str | None) -> tuple[str | None, str]:
    if figure.percent:
        return "%", "percent"
    if figure.currency:
        return figure.currency, "money"
    if head is None:
        return None, "other"
    if head.lower_ in CURRENCY_WORDS:  # "billions of dollars"
        return CURRENCY_WORDS[head.lower_], "money"
    lex = lexicon()
    measure = lex["measures"].get(head.lower_)
    if measure:
        return measure, "other"
    phrase = (counted or "").lower()
    if any(p.lower() in phrase for p in lex["equipment_phrases"]) or head.text in lex["equipment"] or head.lower_ in lex["equipment"]:
        return None, "equipment"
    if head.lower_ in lex["people"] or head.text in lex["people"] or head.ent_type_ == "NORP":
        return None, "people"
    return None, "other"


# ----- who asserts it, and when --------------------------------------------------------------


def _sentence(doc: Doc, offset: int) -> TokenSpan:
    return next((s for s in doc.sents if s.start_char <= offset < s.end_char), doc[:])


def _trimmed_end(text: str, sentence: TokenSpan) -> int:
    return sentence.start_char + len(text[sentence.start_char:sentence.end_char].rstrip())


def _figure_words(doc: Doc, figure: NumberPhrase) -> TokenSpan | None:
    """The figure's tokens as the parser hangs them in the sentence: a currency name it took
    for a verb ("1.13 trillion [won]", joined to the sentence's verb) is left out, so the
    way up goes through the noun the amount belongs to ("reported a net profit of ...")."""
    words = doc.char_span(figure.number_start, figure.end, alignment_mode="expand")
    if words is not None and len(words) > 1 and figure.currency and words[-1].pos_ == "VERB":
        return words[:-1]
    return words


def _asserter(
    ann: Annotated, figure: NumberPhrase, sentence: TokenSpan, evidence: _Evidence
) -> tuple[str | None, str | None]:
    sources = evidence.sources
    number = _figure_words(ann.doc, figure)
    owner = _forecast_owner(number[-1]) if number is not None else None
    if owner is not None and owner.lower_ in _POSSESSIVE_PRONOUNS:  # "it expects ..., up from its previous forecast of"
        return _antecedent(ann, owner, sources) or (None, None)
    if owner is not None:  # whoever reports it: "X said [the IMF's forecast of 2 percent] was too low"
        return _named(ann, owner, sources) or (None, None)
    holding = [q for q in evidence.quotes if q.span.start <= figure.number_start < q.span.end]
    for quote in sorted(holding, key=lambda q: q.span.end - q.span.start):  # innermost report first
        inner = _attribution_within(ann, figure, quote, sources)
        speaker = inner or _speaker(ann, quote, sources)
        if speaker is not None:
            return speaker
    found = (
        _quotation_attribution(ann, figure.number_start, sources)
        or _sentence_attribution(ann, figure, sentence, sources)
        or next((who for start, end, who in evidence.credits if start <= figure.number_start < end), None)
        or _poll_before(ann, sentence, sources)
    )
    if found is not None:
        return found
    credited = main_source(sources)
    if credited is not None:
        return credited.source_id, credited.name
    return None, None


def _speaker(ann: Annotated, quote: Quote, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """Who said a quote: a definite common noun that stands for an organisation named before
    ("..., the executive search firm reported") is that organisation, which the quote stage
    leaves as the phrase; else the quote stage's speaker; else its speaker phrase, named
    though the quote stage could not resolve it, when it is the subject of a verb that
    attributes ("as tensions continue" is no cue) or the object of "according to". An index
    with its number ("Citigroup (C, Fortune 500) announced") speaks for nobody, nor does a
    place whose report cites a body ("Indonesia reports ..., according to the agency")."""
    given = (quote.speaker_id, quote.speaker_name) if quote.speaker_id or quote.speaker_name else None
    span = quote.speaker_span
    words = ann.doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None
    if words is None:
        return given
    if len(words) > 1 and words[-1].like_num and _index_name(words[:-1].text):
        return None
    if _second_subject(words.root.head, words.root):  # a dateline: "MADRID, Oct 23 (Reuters) - The Bank of Spain said"
        return _named(ann, _cue_subject(words.root.head), sources)
    subject = _past_dateline(words.root)
    if subject != words.root:  # "KYIV, Ukraine (AP) — [A regional governor] said"
        return _named(ann, subject, sources)
    reported = _words_of(ann, quote)
    if reported is not None and _place_relaying(words.root, reported):
        return None
    relayed = _relayed_source(ann, words.root.head, sources)  # "..., the Herald reports citing the Red Crescent"
    if relayed is not None:
        return relayed
    if _unnamed_official(words.root):  # "a spokesperson for the Philippine military" named in the next paragraph
        given = _official_named_next(ann, words.root, sources) or given
    referent = _referent(ann, words.root, sources)
    if referent is not None or given is not None:
        return referent or given
    cue = words.root.head
    if not (cue.pos_ == "ADP" or _attributes(cue)):
        # the quote stage found the speaker where the parser did not ("'...,' a military officer,
        # who ..., told AFP", the officer hung on the quote's verb): the description as written
        speaks = words.root.lemma_.lower() in _OFFICIAL_TITLES | load_lexicon().anonymous_nouns
        return _named(ann, words.root, sources) if quote.cue is not None and speaks else None
    # The cue's own subject over a phrase it took for one: a dateline ("Guwahati: ..., police said").
    return _named(ann, _cue_subject(cue) or words.root, sources)


def _attribution_within(
    ann: Annotated, figure: NumberPhrase, quote: Quote, sources: list[SourceRef]
) -> tuple[str | None, str] | None:
    """A named asserter of the figure inside a report that holds it: "[The Pentagon estimated
    that several hundred ...], a spokesman told reporters". A pronoun ("we estimate") leaves
    the figure to the report's speaker."""
    number = _figure_words(ann.doc, figure)
    if number is None:
        return None
    span = quote.span
    relayed = quote.cue == "according to"
    by_outlet = relayed and is_news_outlet(quote.speaker_name or "")
    for verb in _governing_attributions(number[-1], relayed=relayed, by_outlet=by_outlet):
        if not span.start <= verb.idx < span.end:
            return None  # the report's own cue comes first: what is inside after it only relays it
        named = _attributed_to(ann, verb, number, sources, narrative=False)
        if named is not None:
            return named
    return None


def _credited_blocks(text: str) -> list[tuple[int, int, tuple[str | None, str]]]:
    """(start, end, asserter) of text that a credit line right below it attributes. An
    excerpt credit ("[ Wired ]") covers the paragraphs up to the previous credit or heading;
    a post's signature covers its one paragraph (the lines above are the article's). A
    bracketed line counts as a credit when it names a known source, or when the article
    credits at least two different names so (a round-up, not a lone "[Advertisement]")."""
    blocks = []
    excerpts = list(_EXCERPT_CREDIT.finditer(text))
    round_up = len({_credit_name(m) for m in excerpts}) >= 2
    credits = sorted([(m, True) for m in excerpts] + [(m, False) for m in _POST_SIGNATURE.finditer(text)], key=lambda item: item[0].start())
    floor = 0
    for match, excerpt in credits:
        name = _credit_name(match)
        source = known_source(name) if name else None
        if name and (source is not None or round_up or not excerpt):
            who = (source.id, source.name) if source is not None else (None, name)
            blocks.append((_block_start(text, match.start(), floor, excerpt), match.start(), who))
        floor = match.end()
    return blocks


def _introduced_blocks(text: str, sources: list[SourceRef]) -> list[tuple[int, int, tuple[str | None, str]]]:
    """(start, end, asserter) of a paragraph that a short line ending in a colon brings in
    as a source's words ("As quoted in the publication:", "Reuters reported:"): the source
    the line names, else the one source the paragraph above it cites ("Reuters reported
    today that ... As quoted in the publication: [Brent lost 46 cents ...]")."""
    blocks = []
    for line in _LEAD_IN.finditer(text):
        named = _sources_within(sources, line.start(), line.end())
        before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, line.start()) - 1))
        above = _sources_within(sources, before + 1, line.start())
        who = named or above
        block = _PARAGRAPH_AFTER.match(text, line.end())
        if who and block is not None:
            blocks.append((block.start("body"), block.end("body"), who))
    return blocks


def _listed_blocks(ann: Annotated, sources: list[SourceRef]) -> list[tuple[int, int, tuple[str | None, str]]]:
    """(start, end, asserter) of the bullet lines after a sentence ending in a colon whose
    attribution verb names who speaks ("BTS added the following statistics: / • Fares:
    USD10.6 billion")."""
    blocks = []
    for lead in _BULLET_LEAD.finditer(ann.article.text):
        sentence = _sentence(ann.doc, lead.end("lead") - 1)
        # "added the following statistics": a report here, though "added 209,000 jobs" is none
        verbs = [t for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in ATTRIBUTION_VERBS | _LISTING_VERBS]
        who = next((w for v in verbs if (w := _attributed_to(ann, v, None, sources)) is not None), None)
        if who is not None:
            blocks.append((lead.start("bullets"), lead.end("bullets"), who))
    return blocks


def _sources_within(sources: list[SourceRef], start: int, end: int) -> tuple[str | None, str] | None:
    """The one source cited between `start` and `end` (not a wire's dateline), if just one is."""
    cited = {(s.source_id, s.name) for s in sources if start <= s.span.start < end and s.cue != "dateline"}
    ids = {source_id for source_id, _ in cited}
    return min(cited) if len(ids) == 1 else None


def _credit_name(match: re.Match) -> str:
    return re.sub(r"[^\w.&'’ -]+", "", match.group("name")).strip()  # no emoji or flags


def _block_start(text: str, end: int, floor: int, several: bool) -> int:
    """Where the paragraphs credited by a line at `end` begin: the paragraph above it, and
    with `several` the ones before too, back to `floor` or to a heading (a paragraph ending
    with no sentence punctuation). Paragraphs are split by blank lines where the text has
    them, else by line breaks."""
    region = text[floor:end]
    paragraph = r"(?:[^\n]|\n(?![ \t]*\n))+" if re.search(r"\n[ \t]*\n", region) else r"[^\n]+"
    paragraphs = [m for m in re.finditer(paragraph, region) if m.group(0).strip()]
    start = end
    for paragraph in reversed(paragraphs):
        line = paragraph.group(0).strip()
        if start != end and (not several or not line.endswith((".", "!", "?", ":", "\"", "”", ")"))):
            break
        start = floor + paragraph.start()
    return start


def _quotation_attribution(ann: Annotated, offset: int, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """Who a quotation holding the figure is attributed to, by an attribution outside its
    marks in the sentence where it opens ("According to X, “...") or closes ("...," X said),
    for quotations of several sentences whose speaker the quote stage left open."""
    region = _quotation_around(ann.article.text, offset)
    if region is None:
        return None
    doc = ann.doc
    for edge in (region[1] - 1, region[0]):
        tokens = doc.char_span(edge, edge + 1, alignment_mode="expand")
        if tokens is None:
            continue
        sentence = tokens[0].sent
        outside = [t for t in sentence if not region[0] <= t.idx < region[1]]
        for cue in [t for t in outside if _attributes(t)] + [t for t in _according_to(sentence) if t in outside]:
            named = _attributed_to(ann, cue, None, sources)
            if named is not None and not region[0] <= _who_offset(cue) < region[1]:
                return named
    return None


def _who_offset(cue: Token) -> int:
    who = _cue_subject(cue)
    return who.idx if who is not None else -1


def _quotation_around(text: str, offset: int) -> tuple[int, int] | None:
    """(opening mark, just after the closing mark) of the quotation holding `offset`; a
    paragraph of a quotation running on into the next one ends with its paragraph."""
    for quoted in _quotations(text):
        end = quoted.close_mark + 1 if quoted.close_mark is not None else quoted.end
        if quoted.open_mark < offset < end:
            return quoted.open_mark, end
    return None


@lru_cache(maxsize=4)
def _quotations(text: str) -> list[QuotedText]:
    return find_quoted(text)  # asked once per figure: cached for the article being read


def _sentence_attribution(
    ann: Annotated, figure: NumberPhrase, sentence: TokenSpan, sources: list[SourceRef]
) -> tuple[str | None, str] | None:
    """Who the sentence attributes the figure to: the subject of the nearest attribution
    verb governing the figure ("..., officials said"); else "according to X"; else the
    subject of a parenthetical attribution verb; else a poll, survey or report that is the
    subject of a verb above the figure (its organisation when named), or who made the
    remarks whose "that" clause holds it; else a source the sentence cites."""
    number = _figure_words(ann.doc, figure)
    according = _according_to(sentence)
    by_outlet = bool(according) and _outlets_only(ann, according)
    governing = _governing_attributions(number[-1], bool(according), by_outlet) if number is not None else []
    asides = [t for t in sentence if _attributes(t) and _aside(t, number) and t not in governing]
    own = _own_attributions(number[-1]) if number is not None else []
    for verbs in (own, governing, according, asides):
        for verb in verbs:
            named = _attributed_to(ann, verb, number, sources)
            if named is not None:
                return named
    for subject in _evidence_subjects(number[-1]) + _speech_makers(number[-1]) if number is not None else []:
        named = _named(ann, subject, sources)
        if named is not None:
            return named
    closing = _closing_cue(sentence, number)
    if closing is not None and not _respondents(closing):
        who = _evidence_found(closing)
        named = _antecedent(ann, who, sources) if who.lower_ in _ANAPHORS else _named(ann, who, sources)
        made = any(_names_a_body(c) for c in _naming_children(who))  # "government data", not "trade figures suggest"
        if named is not None and not (named[0] is None and _inference(closing.head, who) and not made):
            return named
    inside = [
        s for s in sources
        if sentence.start_char <= s.span.start < sentence.end_char and _cited(ann, s) and not _describes(ann, s, number)
    ]
    if not inside:
        return None
    teller = _teller(ann, inside[0])  # "X told the TV station Al-Hadath": X, not the station
    return (teller and _attributed_to(ann, teller, number, sources)) or _source_named(ann, inside[0])


def _outlets_only(ann: Annotated, according: list[Token]) -> bool:
    """ "[Economists predicted a 0.2% increase], according to CNBC": news outlets, which relay
    what the clause's own subject reported rather than count anything themselves."""
    cited = [_cue_subject(cue) for cue in according]
    mentions = [ann.mention_at(who.idx) if who is not None else None for who in cited]
    return all(mention is not None and _outlet(mention) for mention in mentions)


def _closing_cue(sentence: TokenSpan, number: TokenSpan | None) -> Token | None:
    """Who the attribution closing the sentence after a comma names (", the ministry said on
    Sunday."; ", said the committee, one of ... groups."): it reports all that stands before
    the comma, also where the parser hung the figure in a clause it took for a circumstance
    ("[since the escalation] has exceeded 42,600", "bringing their total to 233,000") or hung
    the verb on a noun before it ("incidents that claimed 24 lives, the SOHR reported"). The
    verb's own subject stands after the figure, and the verb says nothing after it (no clause
    or object of its own)."""
    if number is None:
        return None
    doc = sentence.doc
    for verb in reversed([t for t in sentence if t.i > number[-1].i and _attributes(t) and t.pos_ == "VERB"]):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > number[-1].i and c.pos_ != "VERB"]
        if len(subjects) != 1 or any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children):
            continue
        subject = subjects[0]
        start = min(subject.left_edge.i, verb.i)
        if start <= number[-1].i + 1 or doc[start - 1].text != ",":
            continue
        end = max(verb.right_edge.i, subject.right_edge.i)
        if not all(t.is_punct or t.i <= end for t in doc[end + 1:sentence.end]):
            continue  # the sentence goes on after the cue
        return subject
    return None


def _source_named(ann: Annotated, source: SourceRef) -> tuple[str | None, str]:
    """A source, or the longer name it is part of: "[United Nations] High Commissioner for Refugees"."""
    mention = ann.mention_at(source.span.start)
    longer = mention is not None and mention.label == "ORG" and mention.entity_id and source.span.end < mention.span.end
    return (mention.entity_id, _display_name(ann, mention)) if longer else (source.source_id, source.name)


def _words_of(ann: Annotated, item: Mention | SourceRef | Quote) -> TokenSpan | None:
    """The tokens a mention, source or quote covers, widened to whole tokens."""
    return ann.doc.char_span(item.span.start, item.span.end, alignment_mode="expand")


def _teller(ann: Annotated, source: SourceRef) -> Token | None:
    """The attribution verb whose object is the source: "told [Reuters]", "said to [AFP]"."""
    span = _words_of(ann, source)
    if span is None or not len(span):
        return None
    token = span[-1]
    while token.dep_ in {"appos", "compound"}:  # "the TV station [Al-Hadath]"
        token = token.head
    to = token.head if token.dep_ == "pobj" and token.head.lower_ == "to" else None
    addressee = token.dep_ in {"dobj", "dative"} or to is not None and to.dep_ == "prep"
    verb = (to or token).head
    return verb if addressee and _attributes(verb) else None


def _describes(ann: Annotated, source: SourceRef, number: TokenSpan | None) -> bool:
    """A figure in the phrase that brings the source in tells who or where they are, not
    what they say: "X, police chief in Y district, [some 27 km from the capital], told AFP"."""
    words = _words_of(ann, source)
    if words is None or number is None:
        return False
    top = words.root
    while top.dep_ in {"pobj", "prep", "appos", "compound", "poss", "amod"} and top.head != top:
        top = top.head
    return number[-1] in top.subtree


def _cited(ann: Annotated, source: SourceRef) -> bool:
    """A source the sentence cites for what it says: not the wire that wrote the article
    ("COLUMBIA, S.C. (AP) — About a dozen ..."), nor the subject of an attribution verb
    that reports something else ("the Inspector General released two reports"), nor the
    outlet someone spoke to ("a military official told [AFP] from Timbuktu, 100 km away")."""
    if source.cue == "dateline":
        return False
    words = _words_of(ann, source)
    if words is None:
        return True
    subject = words.root
    while subject.dep_ in {"poss", "compound", "amod"}:  # "[the Pentagon]'s Office of the Inspector General", "a [military] official"
        subject = subject.head
    told = subject.dep_ in {"dobj", "dative"} and subject.head.lemma_.lower() == "tell"
    return not (subject.dep_ == "nsubj" and _attributes(subject.head) or told)


def _aside(verb: Token, number: TokenSpan | None) -> bool:
    """A parenthetical attribution, a closing one after a comma that the parser joined to
    the figure's clause as a conjunct ("300 were displaced, ..., a UN spokesperson said"),
    or one "as reported by X"."""
    if verb.dep_ == "parataxis" or _before_colon(verb, number) or _as_reported_by(verb, number):
        return True
    if verb.dep_ != "conj" or number is None or verb.i < number.end or verb.head not in number[-1].ancestors:
        return False
    after_comma = any(t.text == "," for t in verb.doc[number.end:verb.i])
    return after_comma and not any(c.dep_ == "ccomp" for c in verb.children)


def _as_reported_by(verb: Token, number: TokenSpan | None) -> bool:
    """ "[Around 300 individuals are affected], as announced by the US Treasury Department":
    a passive attribution with its agent, opened by "as", on the figure's clause."""
    if number is None or verb.dep_ != "advcl" or verb.head not in number[-1].ancestors:
        return False
    opened = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return opened and any(c.dep_ == "agent" for c in verb.children)


def _before_colon(verb: Token, number: TokenSpan | None) -> bool:
    """ "X warns of a disaster: [120 million people were displaced]": a cue before a colon
    that the parser hung below the clause after it; also before a semicolon that goes on
    with what is said ("X said the victims included children; [eight were from one family]")."""
    if number is None or verb.dep_ != "ccomp" or verb.i > number.start or verb.head not in number[-1].ancestors:
        return False
    return any(t.text in {":", ";"} and t.head == verb.head for t in verb.doc[verb.i:number.start])


def _poll_before(ann: Annotated, sentence: TokenSpan, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """A named poll or survey that a sentence before, in the same paragraph, introduced:
    its figures often follow ("A new ABC News poll shows majority support. Fifty-one
    percent say ..."). The search stops at a paragraph break, after `_POLL_REACH`
    sentences, or at a sentence with an attribution verb of its own (someone else
    speaking). Reports and studies do not carry over: what follows may be the writer's."""
    current = sentence
    for previous in _sentences_back(sentence, _POLL_REACH):
        if _line_break_between(previous, current):
            return None
        for poll in (t for t in previous if t.dep_ == "nsubj" and t.lemma_.lower() in POLL_NOUNS):
            named = _named(ann, poll, sources)
            if named is not None and named[0] is not None:
                return named
        if any(_attributes(t) and t.lemma_.lower() != "say" for t in previous):
            return None
        current = previous
    return None


# Both read the text of the tokens in between: `Doc.text` rebuilds the whole text per call.
def _line_break_within(doc: Doc, one: Token, other: Token) -> bool:
    """A line break between two words: a parse run across paragraphs links words that do
    not belong together."""
    start, end = sorted((one.i, other.i))
    return "\n" in doc[start:end].text_with_ws


def _line_break_between(first: TokenSpan, second: TokenSpan) -> bool:
    """A line break between two sentences' words (whitespace tokens may sit in either)."""
    tail = first.text_with_ws[len(first.text.rstrip()):]
    lead = second.text[:len(second.text) - len(second.text.lstrip())]
    return "\n" in tail + lead


def _governing_attributions(token: Token, relayed: bool = False, by_outlet: bool = False) -> list[Token]:
    """Attribution verbs above the figure that take its clause as what is said ("officials
    said [12,000 troops were ...]", "told Reuters, [with 8,000 ...]"), not as their own
    argument ("the stock added 2%") or circumstance ("added 2% [after a $600m deal]"). In a
    report `relayed` by "according to X", not a verb whose object or passive subject holds
    the figure: "[Employers announced 185,000 job cuts], according to X" is X's count of the
    cuts, "According to X, [79% of crimes were reported by the community]" X's share; nor one
    whose subject is a place, what was counted: "[Indonesia reports 442 deaths, with 402
    missing], according to the agency". A news outlet cited so relays the report of the verb's
    subject, whose object the figure is: "[Economists predicted 2.9%], according to CNBC"."""
    counted_by_citer = {"nsubjpass"} if by_outlet else {"dobj", "nsubjpass"}
    found = [
        (verb, through)
        for verb, through in _heads_above(token) + _trailing_over_coordination(token)
        if _attributes(verb) and _reports_through(verb, through) and not (relayed and through.dep_ in counted_by_citer)
        and not _place_relaying(_verb_subject(verb), token.doc[verb.left_edge.i : verb.right_edge.i + 1])
        and not _past_semicolon(token, verb)
    ]
    # "Kramer said [the company expects income of $1.5 billion]": what is expected is the speaker's report
    verbs = [verb for n, (verb, through) in enumerate(found) if not (_expects_object(verb, through) and found[n + 1:])]
    return _speaker_before_relay(token, verbs)


def _past_semicolon(token: Token, verb: Token) -> bool:
    """ "Earnings were 62 cents; analysts had expected 59 cents": a cue after a semicolon
    speaks for its own clause only, not for the figure before it (a semicolon of a list the
    parser hung elsewhere separates no clauses)."""
    return verb.i > token.i and any(t.text == ";" and t.head == verb for t in token.doc[token.i:verb.i])


def _speaker_before_relay(token: Token, verbs: list[Token]) -> list[Token]:
    """ "She said 120 people were rescued, Xinhua reports": the parser hangs the figure's
    clause on the relaying outlet's verb at the end and that verb on the speaker's; the
    speaker who said the figure comes first, the outlet relays what she said."""
    if len(verbs) < 2:
        return verbs
    relay, speaker = verbs[0], verbs[1]
    relaying = relay.i > token.i and speaker.i < token.i and relay.head == speaker and relay.dep_ == "ccomp"
    return [speaker, relay, *verbs[2:]] if relaying or _speaks_of_a_body(relay, speaker) else verbs


def _speaks_of_a_body(inner: Token, outer: Token) -> bool:
    """ "[Railways have announced relief of Rs 2 lakh ...], Mittal said": a named speaker
    closing the sentence tells what a body he speaks of did; the body, named by no name of
    its own, is no source."""
    subject, speaker = _verb_subject(inner), _verb_subject(outer)
    if subject is None or speaker is None or inner.head != outer or inner.dep_ != "ccomp" or outer.i < inner.i:
        return False
    bare = subject.pos_ == "NOUN" and not subject.ent_type_ and not any(c.dep_ in {"det", "poss"} for c in subject.children)
    return bare and subject.lemma_.lower() not in load_lexicon().anonymous_nouns and speaker.pos_ == "PROPN"


def _trailing_over_coordination(token: Token) -> list[tuple[Token, Token]]:
    """(verb, the clause it reports) for an attribution closing a sentence of two joined
    clauses that the parser hung on the first clause as its conjunct, taking only the second
    as what is said: in "[Two were killed] and three wounded, police said" the police report
    both. The verb comes after a comma and after the clause it took (its reported clause
    stands before it), so it is no second act of the first clause's subject."""
    heads = _heads_above(token)
    top = heads[-1][0] if heads else token
    if top.dep_ != "ROOT":  # the way up stopped at a circumstance or a paragraph break
        return []
    return [
        (verb, top)
        for verb in top.children
        if verb.dep_ == "conj"
        and verb.i > token.i
        and any(c.dep_ == "ccomp" and top.i < c.i < verb.i for c in verb.children)
        and any(t.text == "," for t in token.doc[top.i:verb.i])
    ]


def _expects_object(verb: Token, through: Token) -> bool:
    """An expectation of a thing ("expects savings of $25 million"), no speech of its own."""
    return verb.lemma_.lower() in _EXPECTING_VERBS and through.dep_ == "dobj"


def _own_attributions(token: Token) -> list[Token]:
    """Attribution verbs of a clause hanging on the figure or on what it counts: "the
    525,000 [that had been forecast by economists]", "the 300 deaths [reported by X]"."""
    nouns = [token, token.head] if token.dep_ in _NUMBER_DEPS else [token]
    expected = [noun.head for noun in nouns if _expecter(noun)]  # "the 15,000 [economists expected]"
    return expected + [c for noun in nouns for c in noun.children if c.dep_ in {"relcl", "acl"} and _attributes(c)]


def _forecast_owner(token: Token) -> Token | None:
    """Whose expectation the figure is, when it follows one with "for" or "of": "Wall Street's
    expectations for about 38 billion", "the IMF's forecast of 3 percent" (by the words, as
    the parser often hangs the phrase on the verb instead)."""
    preposition = token.head if token.dep_ == "pobj" else token.head.head if token.head.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in {"for", "of"} or preposition.i == 0:
        return None
    noun = token.doc[preposition.i - 1]
    if noun.lemma_.lower() not in _FORECAST_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.i > 0:
        noun = token.doc[noun.head.i - 1]  # "forecasts for [growth] of 0.4%"
    if noun.lemma_.lower() not in _FORECAST_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not _pronoun(c)), None)
    marked = noun.i > 1 and noun.nbor(-1).text in {"'", "’", "'s", "’s"} and noun.nbor(-2).pos_ in _NOUN_POS
    return owner if owner is not None or not marked else noun.nbor(-2)  # "economists’ forecasts", parsed apart


def _reports_through(verb: Token, child: Token) -> bool:
    """Whether the attribution verb reports what lies below `child`: not its own argument,
    unless it reports its object ("reported 14 deaths"); not a verb joined to it that shares
    its subject ("she wrote songs and [sent 12]"), unlike a clause with a subject of its own
    ("said 300 were killed, and [2,700 were wounded]")."""
    reporting = verb.lemma_.lower() in _REPORTING_OBJECT_VERBS
    if child.dep_ == "conj":  # a noun there is a second object the parser hung on the verb ("tracked 9 cases and 4 deaths")
        # a clause with a subject of its own, unless the verb took an object and this is a second act:
        # "X has confirmed four cases, and [we] are investigating seven"
        own_clause = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children) and not any(c.dep_ == "dobj" for c in verb.children)
        return own_clause or (reporting and child.pos_ == "NOUN")
    reported_object = child.dep_ == "dobj" and reporting
    bare_figure = child.like_num and child.dep_ in {"dobj", "npadvmod"}  # "a report said 36": the figure is what was said
    if child.dep_ == "dep" and not is_dateline(child):  # no relation the parser could name: "X, announcing cuts, now
        return False  # put millions at risk"; but "[New Delhi]: the deficit narrowed to ..., data showed" holds the report
    if _says_its_own_clause(verb, child):
        return False
    # where or how one spoke: "told AFP [from Timbuktu, some 100 km away]"; not a report going on
    # after it: "..., the UN said, [with more than two million crossing the border]"
    if child.dep_ == "prep" and verb.lemma_.lower() in _SPEAKING_VERBS and child.lower_ not in {"with", "including"}:
        return False
    # a value a count is moved or put near: "revised the toll downward [from 248]", "estimated the number closer [to 240,000]"
    revised = verb.lemma_.lower() in _PUT_VERBS | {"estimate"} and child.dep_ == "advmod"
    reported = reported_object or bare_figure or revised or _second_subject(verb, child) or _told_after_addressee(verb, child)
    reported = reported or _elided_second_clause(verb, child)
    return child.dep_ not in _ARGUMENT_DEPS or reported or _change_goes_on(verb, child) or _past_dateline(child) != child


def _elided_second_clause(verb: Token, child: Token) -> bool:
    """ "X said four people were killed and [57 others] injured": an object the parser gave a
    verb whose reported clause "and" goes on is the subject of that clause's second half."""
    joined_clause = any(c.dep_ == "ccomp" and c.i < child.i and any(g.dep_ == "cc" for g in c.children) for c in verb.children)
    return child.dep_ == "dobj" and joined_clause


def _change_goes_on(verb: Token, child: Token) -> bool:
    """ "The rate fell to 10 percent, the department reported, [down from 10.2 percent]": a
    change's earlier level after an attribution that interrupts the reported clause (which
    stands before the verb) is still what is reported, and so is one after the figure a verb
    reports as its object: "Toyota booked a 1.13 trillion yen profit, [up from 1.00 trillion yen]"."""
    earlier = child.lower_ in {"down", "up"} and any(c.dep_ == "prep" and c.lower_ == "from" for c in child.children)
    before = [c for c in verb.children if c.i < child.i]
    interrupted = any(c.dep_ == "ccomp" and c.i < verb.i for c in before)
    reported_object = verb.lemma_.lower() in _REPORTING_OBJECT_VERBS and any(c.dep_ == "dobj" for c in before)
    return earlier and child.i > verb.i and (interrupted or reported_object)


def _says_its_own_clause(verb: Token, child: Token) -> bool:
    """ "Sales rose 0.4 percent, a figure economists say is a better gauge": a verb with a
    reported clause after it says that clause, not the one before it that the parser hung
    on it too. A sentence's main verb reports both ("With two deaths, the total rose to
    three, the DGHS said, adding that ...")."""
    later = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return child.dep_ == "ccomp" and child.i < verb.i and later and verb.dep_ != "ROOT"


def _told_after_addressee(verb: Token, child: Token) -> bool:
    """An object of "tell" after the one told: the subject of the reported clause, which the
    parser made a second object ("X told The Associated Press [the airstrikes killed 21]")."""
    first = any(c.dep_ in {"dobj", "dative"} and c.i < child.i for c in verb.children)
    return verb.lemma_.lower() == "tell" and child.dep_ == "dobj" and first


def _second_subject(verb: Token, child: Token) -> bool:
    """A subject beside the one who speaks: the parser ran the reported clause into a
    dateline ("Guwahati: [Two persons were arrested ...], the minister said")."""
    return child.dep_ in {"nsubj", "nsubjpass"} and _cue_subject(verb) not in (None, child)


def _evidence_subjects(token: Token) -> list[Token]:
    """Polls, surveys and reports (also figures a body made: "the police figures show") that
    are the subject of a verb above the figure, which may take it as its object ("a Reuters
    poll has lower numbers (44 percent ...)"), then a document above it that a body issued
    ("X released the data [showing 62.2 per cent]"); not
    past a subject the figure only describes: "the research, which analyzed data [tracking
    nearly 16,000 adults], found" tells what the research drew on, not a finding, and so
    does "the research analyzed records from [over 9 million adults]". A participle after a
    noun has no subject of its own, whatever the parser made of it. What a report is ("March's
    report is a big slowdown from the 313,000 jobs") describes it, no finding of it."""
    verbs, issued = [], []
    for verb, below in _heads_above(token):
        if below.dep_ in {"nsubj", "nsubjpass"} and below not in (token, token.head):
            break
        if verb.lemma_.lower() in _DRAWS_ON_VERBS or verb.lemma_ == "be" and below.dep_ in {"attr", "acomp", "prep"}:
            break  # what the study drew on, or what it is (but "the estimate was that 40,000 had fled")
        verbs += [] if verb.dep_ == "acl" else [verb]
        # what a document a body issued tells ("X released the data showing 62.2 per cent"), not how many it issued
        issued += [below] if _document(below) and _issuing_subject(below) is not None and below != token.head else []
    subjects = [s for verb in verbs for s in verb.children if s.dep_ == "nsubj" and _evidence(s, verb)]
    return subjects + issued


def _evidence(subject: Token, verb: Token) -> bool:
    """A poll, survey or report, or figures a body made that show something ("the [police]
    figures show"; not "[NHS England]'s waiting list fell")."""
    shown = verb.lemma_.lower() in _EVIDENTIAL_VERBS and _document(subject)
    made = shown and any(_names_a_body(c) for c in _naming_children(subject))
    return subject.lemma_.lower() in EVIDENCE_NOUNS or made


def _speech_makers(token: Token) -> list[Token]:
    """Who made the remarks or reports whose "that" clause holds the figure: "comments from
    [Kevin Rudd] that the crisis has left a $115 billion hole", "[the minister]'s claim that
    ...", "reports by [the Air Force] that 13 drones ..."."""
    makers = []
    for head, below in _heads_above(token):
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
            for noun in (n for n in _remarks(head, below) if n.lemma_.lower() in SPEECH_ACT_NOUNS | EVIDENCE_NOUNS):
                by = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} for o in c.children if o.dep_ == "pobj"]
                makers += by + [c for c in noun.children if c.dep_ == "poss"]
    return makers


def _remarks(head: Token, clause: Token) -> list[Token]:
    """The noun a "that" clause tells the content of: the one it hangs on, or the object
    before it of the verb the parser hung it on ("It follows comments from X [that ...]")."""
    if clause.dep_ in {"acl", "relcl"}:
        return [head]
    return [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i] if clause.dep_ == "ccomp" else []


def _heads_above(token: Token) -> list[tuple[Token, Token]]:
    """(head, the child of it on the way up from `token`) up to the first circumstance
    clause or phrase, which is no longer the figure's report, or to a head in another
    paragraph."""
    found, below = [], token
    for head in token.ancestors:
        if _circumstance(below) or _line_break_within(token.doc, below, head):
            break
        found.append((head, below))
        below = head
    return found


def _circumstance(node: Token) -> bool:
    """An adverbial clause or phrase saying when or why ("after the brand took ..."),
    unlike one going on with the report ("..., with some 8,000 already moved", "while
    lowering wages by 0.16 percent")."""
    if node.dep_ == "prep":
        return node.lower_ in _CIRCUMSTANCE_PREPOSITIONS and not _earlier_change(node)
    markers = _CIRCUMSTANCE_PREPOSITIONS | {"as"}  # "the report comes as lawmakers debate $22.6bn"
    # a marker opens the clause; one after its verb is its own phrase: "bringing the total to nine [since] October"
    return node.dep_ == "advcl" and any(c.dep_ in {"mark", "prep"} and c.lower_ in markers and c.i < node.i for c in node.children)


def _earlier_change(preposition: Token) -> bool:
    """ "[after falling 6.6%] in March": the change before the one reported, part of the report."""
    return preposition.lower_ in {"after", "before"} and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _CHANGE_VERBS for c in preposition.children
    )


def _according_to(sentence: TokenSpan) -> list[Token]:
    """The "to" of each "according to" in the sentence, the "per" of "as per" or of a "per"
    set off by a comma (", per a county statement"; not "$5 per gallon") and the "of" of
    "in the words of"."""
    pairs = {("according", "to"), ("as", "per"), ("words", "of"), (",", "per")}
    return [
        t.nbor()
        for t in sentence
        if t.i + 1 < sentence.end and (t.lower_, t.nbor().lower_) in pairs and _cites(t.nbor())
    ]


def _cites(preposition: Token) -> bool:
    """"per" cites a source ("per a county statement", "per Reuters", "per officials"), not a
    rate, whose unit is a bare singular noun (", per gallon", ", per day")."""
    if preposition.lower_ != "per":
        return True
    cited = [o for o in preposition.children if o.dep_ == "pobj" and o.pos_ in _NOUN_POS]
    return any(o.pos_ == "PROPN" or o.tag_ == "NNS" or any(c.dep_ in {"det", "poss"} for c in o.children) for o in cited)


def _attributed_to(
    ann: Annotated, cue: Token, number: TokenSpan | None, sources: list[SourceRef], narrative: bool = True
) -> tuple[str | None, str] | None:
    """Who a cue attributes to: the object of "according to", else the verb's subject; in
    the `narrative` (outside quotation marks) "it", "they", "he" and "she" stand for whom
    the sentences before name ("The ministry said ... It added that ...")."""
    who = _cue_subject(cue)
    if who is None or (number is not None and number.start <= who.i < number.end) or _respondents(who):
        return None
    if narrative and who.lower_ in _ANAPHORS:
        return _antecedent(ann, who, sources)
    relayed = _relayed_source(ann, cue, sources)
    if relayed is not None:
        return relayed
    who = _evidence_found(who)
    named = _named(ann, who, sources)
    made = any(_names_a_body(c) for c in _naming_children(who))  # "government data"
    if named is not None and named[0] is None and _inference(cue, who) and not made:
        return None
    return named


def _relayed_source(ann: Annotated, cue: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """The named source an outlet's report cites ("the Herald reports citing the Red Crescent",
    "reported AP, citing the group"): the outlet only relays what its source asserts. What is
    cited and names no one ("citing security concerns") leaves the report to the outlet."""
    for citing in (c for c in cue.children if c.dep_ in {"xcomp", "advcl", "acl"} and c.lemma_.lower() in {"cite", "quote"}):
        for cited in (o for o in citing.children if o.dep_ == "dobj" and o.pos_ in _NOUN_POS):
            named = _named(ann, cited, sources)
            if named is not None and named[0] is not None:
                return named
    return None


def _respondents(who: Token) -> bool:
    """A share or number of people as the subject ("46% of likely voters say"): who a poll
    asked, not who asserts; unlike a number set beside who it is ("One of the wounded, a medic, said")."""
    return (who.like_num or who.lower_ in _PERCENT_WORDS) and not any(c.dep_ == "appos" for c in who.children)


def _inference(cue: Token, who: Token) -> bool:
    """ "Checks indicate", "trends suggest": what unnamed evidence shows is the reasoning of
    whoever cites it; a report or study showing it is a source of its own."""
    return cue.lemma_.lower() in _EVIDENTIAL_VERBS and who.lemma_.lower() not in EVIDENCE_NOUNS


def _evidence_found(who: Token) -> Token:
    """The report, study or poll whose findings are the subject ("the findings of a new Zogby
    Poll indicate"), else the subject itself."""
    of = [o for c in who.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for o in c.children if o.dep_ == "pobj"]
    return next((o for o in of if o.lemma_.lower() in EVIDENCE_NOUNS), who)


def _cue_subject(cue: Token) -> Token | None:
    """Who a cue names: the object of "according to", else the agent of a passive ("the
    525,000 forecast by economists"; "cases are projected to double" names nobody), else
    the subject, a relative pronoun standing for the noun its clause hangs on ("economists,
    who had expected 7.5 percent")."""
    if _passive(cue) and cue.lemma_.lower() not in _SUBJECT_SPEAKS_PASSIVE:
        return next((o for c in cue.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    deps = {"pobj"} if cue.pos_ == "ADP" else {"nsubj", "nsubjpass"}
    candidates = [c for c in cue.children if c.dep_ in deps and c.pos_ != "VERB"]  # not "three [wounded] ..., X reported"
    candidates = candidates or _name_right_after(cue) or _phrase_right_before(cue) or _conjoined_right_before(cue)
    candidates = candidates or [s for s in [_verb_subject(cue)] if s is not None]  # "... and recorded 13 wounded"
    clause = next((c for c in cue.children if c.dep_ == "pcomp" and _attributes(c)), None)
    if cue.pos_ == "ADP" and not candidates and clause is not None:
        return _cue_subject(clause)  # "according to what officials said": who said it
    # The subject nearest the verb: a heading run into the sentence can parse as another.
    who = max((c for c in candidates if c.i < cue.i), key=lambda c: c.i, default=None) or next(iter(candidates), None)
    if who is not None and _pronoun(who) and who.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
        return cue.head
    return _past_circumstance(_past_dateline(who)) if who is not None else None


def _name_right_after(cue: Token) -> list[Token]:
    """ "..., said Marine Lt. Gen. John F. Sattler, up from ...": the name right after an
    inverted cue that the parser hung elsewhere (its last word, the head of a name)."""
    if cue.pos_ != "VERB" or cue.i + 1 >= len(cue.doc) or cue.doc[cue.i - 1].text != ",":
        return []
    if cue.lemma_.lower() not in _INVERTING_VERBS:
        return []  # "..., told AFP": whom one tells comes after the verb, not who tells
    run = list(takewhile(lambda t: t.pos_ == "PROPN", cue.doc[cue.i + 1 : cue.i + 9]))
    return run[-1:] if run else []


def _phrase_right_before(cue: Token) -> list[Token]:
    """ "..., the UN refugee agency (UNHCR) said": the phrase between a comma and a cue
    without a subject, which the parser hung on the clause before (its head); "..., Keith
    Turi, FEMA deputy administrator for response and recovery, told reporters": the person
    a title set off before the cue describes."""
    doc, i = cue.doc, cue.i - 1
    while i > 0 and doc[i].text in {")", ","}:
        i -= 1
    def opened(token: Token) -> bool:  # set off by a comma before it
        return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","

    token = doc[i]
    while token.dep_ in {"appos", "compound", "pobj", "prep", "conj", "cc"} and token.head.i < cue.i and not opened(token):
        token = token.head  # "..., military officials [in Kabul] reported"
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        token = token.head
    return [token] if cue.pos_ == "VERB" and token.pos_ in _NOUN_POS and opened(token) and token.i < cue.i else []


def _conjoined_right_before(cue: Token) -> list[Token]:
    """ "Rain swelled waters past riverbanks and officials said ...": the noun right before a
    cue without a subject, which the parser joined to the clause before by its "and"."""
    before = cue.doc[cue.i - 1] if cue.i > 1 else None
    joined = before is not None and before.dep_ == "conj" and before.pos_ in _NOUN_POS and cue.doc[cue.i - 2].lower_ == "and"
    return [before] if joined and cue.pos_ == "VERB" else []


def _past_dateline(who: Token) -> Token:
    """The subject the parser hung on a dateline it took for the subject, as an apposition
    after the dash: "KYIV, Ukraine (AP) — [A regional governor] in eastern Ukraine said"."""
    if who.left_edge.i != who.sent.start:  # "[LOS ANGELES] (AFP) - Hundreds of rescuers ..., officials said"
        return who
    return subject_past_dateline(who) or who


def _past_circumstance(who: Token) -> Token:
    """The subject after a circumstance the parser ran into it: "Shortly before the Deloitte
    announcement, [Ernst & Young] said" (its "before" hung on the verb, the real subject on
    the phrase as a conjunct after the comma)."""
    opened = any(c.dep_ in {"mark", "prep"} and c.lower_ in _CIRCUMSTANCE_PREPOSITIONS and c.i < who.i for c in who.head.children)
    after = next((c for c in who.children if c.dep_ == "conj" and c.i > who.i and who.doc[c.i - 1].text == ","), None)
    return after if opened and who.dep_ == "nsubj" and after is not None else who


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle after its noun ("the cuts announced in May") or with
    its agent ("as announced by X")."""
    participle = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children))
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or participle


def _antecedent(ann: Annotated, pronoun: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """Whom a pronoun subject of an attribution stands for: the nearest fitting subject in
    the `_ANTECEDENT_REACH` sentences before it, a speaker first (someone who said
    something goes on saying it), then a named subject."""
    for sentence in _sentences_back(pronoun.sent, _ANTECEDENT_REACH):
        cues = [t for t in sentence if _attributes(t)] + _according_to(sentence)
        speakers = [who for cue in cues for who in [_cue_subject(cue)] if who is not None]
        # "Toyota said ..., AFP reports": the outlet only relays
        speakers = [t for t in speakers if not _relaying_outlet(ann, t)] or speakers
        others = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t not in speakers]
        for candidate, spoke in [(t, True) for t in reversed(speakers)] + [(t, False) for t in reversed(others)]:
            if _fits(ann, pronoun, candidate, spoke):
                return _named(ann, candidate, sources)
    return None


def _pronoun(token: Token) -> bool:
    """A pronoun, not an acronym spelled like one ("the WHO tracked", which the tagger may take for "who")."""
    return token.lower_ in _PRONOUNS and (not token.text.isupper() or token.text == "I")


def _fits(ann: Annotated, pronoun: Token, candidate: Token, spoke: bool) -> bool:
    """Whether a subject may be what a pronoun stands for: a person for "he" and "she"; an
    organisation or place for "it" (any singular speaker), for "they" also plural speakers."""
    if _pronoun(candidate):
        return False
    word = _POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_)  # "its" stands for what "it" would
    mention = ann.mention_at(candidate.idx)
    label = mention.label if mention is not None else None
    person = label in {"PERSON", "ROLE"}
    if word in {"he", "she"}:  # a name, or a speaker such as "the man", "the patient"
        return person or (spoke and candidate.tag_ == "NN" and candidate.lower_ in lexicon()["people"])
    if person:
        return False
    if label in {"ORG", "GPE", "NORP"}:
        return True
    plural = candidate.tag_ in {"NNS", "NNPS"}
    return spoke and candidate.pos_ in _NOUN_POS and plural == (word == "they")


def _attributes(token: Token) -> bool:
    """An attribution verb, also when tagged a noun but taking a clause ("the Office projects that")."""
    verbal = token.pos_ in {"VERB", "AUX"} or any(c.dep_ == "ccomp" or _that_clause(c) for c in token.children)
    # a sentence's root with a subject is its verb, whatever the tagger said: "Toyota Motor Corp [forecast] a ..."
    verbal = verbal or token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)
    if verbal and token.lemma_.lower() in _PUT_VERBS:  # "put the toll at 10", "gave the toll as 35", "revised down to 6.8"
        measured = any(c.dep_ == "dobj" and c.lemma_.lower() in _PUT_AT_NOUNS | _MEASURE_NOUNS for c in token.children)
        return measured or token.lemma_.lower() == "revise" and _to_a_figure(token)
    if verbal and token.lemma_.lower() in {"call", "appeal"}:  # "has called for $15 million"; not "called it a disaster"
        return any(o.ent_type_ == "MONEY" for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children)
    if verbal and token.lemma_.lower() in {"post", "book"}:  # "Infosys posted a net profit of Rs 3,612 crore"; not "posted on X"
        subject = _verb_subject(token)  # a body's results, not what a place measured: "Oklahoma posted an increase"
        # "book" only with who can record: "Toyota booked a profit", not "remittances booked a growth"
        reporter = _recorder(subject) if token.lemma_.lower() == "book" else not _place(subject)
        return reporter and any(c.dep_ == "dobj" and c.lemma_.lower() in _RESULT_NOUNS for c in token.children)
    if verbal and token.lemma_.lower() in {"make", "issue"}:  # "..., the commission made the official announcement"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_ACT_NOUNS for c in token.children)
    if token.lemma_.lower() == "discover":  # "they discovered that 48% ..."; not "rescuers discovered more bodies"
        return verbal and any(c.dep_ == "ccomp" for c in token.children)
    if token.lemma_.lower() == "read":  # "..., the report read"; not "officials read out the names"
        return verbal and _text_speaks(token)
    # "the UN recorded 2 million", "measured by the USGS at 6.1"; not "the epicenter registered 40 km", "the quake measured 7.8"
    if token.lemma_.lower() in {"record", "register", "measure"}:
        passive = any(c.dep_ == "agent" for c in token.children)  # "recorded by Spanish authorities"
        return verbal and (passive or _recorder(_standing_for(_verb_subject(token), token)))
    if token.lemma_.lower() == "track" and (token.dep_ == "acl" or not any(c.dep_ == "nsubj" for c in token.children)):
        return False  # "the WHO tracked 409,222 cases" reports them; "data tracking 16,000 adults" is what a study drew on
    # "gains add to ...", "the US added 209,000 jobs, bringing ..." say nothing
    adds = token.lemma_.lower() == "add" and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    # "a rebellion that has claimed tens of thousands of lives" took them, it asserted nothing
    took_lives = token.lemma_.lower() == "claim" and any(
        t.lemma_.lower() in {"life", "victim"} for c in token.children if c.dep_ == "dobj" for t in c.subtree
    )
    return verbal and token.lemma_.lower() in ATTRIBUTION_VERBS and not (adds or took_lives or said_to_be(token))


def _to_a_figure(verb: Token) -> bool:
    """A value the verb moves something to or from: "revised down [to 6.8]"."""
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "from"} for o in c.children]
    return any(o.dep_ == "pobj" and o.like_num for o in objects)


def _verb_subject(verb: Token) -> Token | None:
    """The verb's subject, or for a second verb without one that "and" joins to an attribution,
    the subject of that attribution ("Awda Clinic confirmed ... and [recorded] an additional 13
    wounded"); not an inverted cue ("..., stated a report in ANI")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    joined = verb.dep_ == "conj" and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    if subject is None and joined and _attributes(verb.head):
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _place_relaying(subject: Token | None, report: TokenSpan) -> bool:
    """A place as who reports what cites a body itself ("Indonesia reports 442 deaths, with 402
    missing, according to the agency"): the place is what was counted, and the body reports it;
    unlike a place that speaks beside a citation of another clause ("..., according to Iran's
    ministry, while Israel says ...")."""
    return _place(subject) and bool(_according_to(report))


def _place(token: Token | None) -> bool:
    """A country, region or place name, which is what a figure measures rather than who asserts it."""
    return token is not None and token.ent_type_ in {"GPE", "LOC"}


def _standing_for(subject: Token | None, verb: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "the earthquake, [which] measured 6.9"
    is the earthquake's clause; other subjects stand for themselves."""
    relative = subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl"
    return verb.head if relative else subject


def _recorder(subject: Token | None) -> bool:
    """Who can record a figure: a name, a pronoun, a body or a person; not a thing, nor a
    place ("West Bengal recorded the highest turnout": the place is what was measured)."""
    if subject is None or subject.like_url or _place(subject):
        return False  # nor a link a scraper left in the text
    named = subject.pos_ == "PRON" or subject.ent_type_ in {"ORG", "NORP", "PERSON"}
    return _names_a_body(subject) or named or subject.lemma_.lower() in _recording_nouns()


@lru_cache(maxsize=1)
def _recording_nouns() -> frozenset[str]:
    """Common nouns for people and bodies, who may record a figure ("officials recorded")."""
    return frozenset(load_lexicon().anonymous_nouns | _UNNAMED_BODIES | set(lexicon()["people"]))


def _text_speaks(verb: Token) -> bool:
    """A text as the subject of an intransitive verb: "the statement read", "the note reads"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    return not transitive and any(s.lemma_.lower() in _TEXT_NOUNS for s in subjects)


def _that_clause(token: Token) -> bool:
    """A clause opened by "that" hung on a word the parser took for a noun ("the Office projects that ...")."""
    return token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _named(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """The entity or source a phrase headed by `token` names ("RBC-Ukraine's sources"),
    else a proper name that made it ("data from Rosstat" -> "Rosstat") or any maker of a
    document ("reports by a Dutch rescue charity", "the results announced by [the company]"),
    else the phrase itself ("a senior South Korean official"); None for a pronoun, or for data
    nobody is named behind ("official figures show", "according to the latest information")."""
    if _pronoun(token):
        return None
    if token.lemma_.lower() in _UNNAMED_DATA_NOUNS and not _naming_children(token):
        return None
    if _unnamed_reports(token):
        return None
    if _unnamed_official(token) and (later := _official_named_next(ann, token, sources)) is not None:
        return later
    if token.like_num:  # "One of the wounded, a 34-year-old medic, said"
        token = next((c for c in token.children if c.dep_ == "appos"), token)
    owner = _whose_owner(token)
    if owner is not None:
        return _named(ann, owner, sources)
    opening = _name_opening_description(ann, token)
    if opening is not None:
        return opening
    candidates = [token]
    for apposition in (c for c in token.children if c.dep_ == "appos"):  # its own name first: "the UN agency (UNHCR)"
        candidates += [apposition, *_naming_children(apposition)]
    candidates += _naming_children(token) + _body_named_after(token) + _known_as(token)
    if token.lemma_.lower() in _OFFICIAL_TITLES:  # "Matthew Saltmarsh[,] a UNHCR spokesperson": the person, not the body
        people = [c for c in candidates if (m := ann.mention_at(c.idx)) is not None and m.label == "PERSON"]
        candidates = people + candidates
    for candidate in candidates:
        for source in sources:
            if source.span.start <= candidate.idx < source.span.end:
                return _source_named(ann, source)
        mention = ann.mention_at(candidate.idx)
        if mention is not None and mention.entity_id and mention.label not in _VALUE_LABELS:
            return mention.entity_id, _display_name(ann, mention)
    # "the company's statement", "the results announced by the company"
    makers = [m for m in _makers(token) if not _pronoun(m)]
    for candidate in [token] + [c for c in token.children if c.dep_ == "poss"] + makers:
        referent = _referent(ann, candidate, sources)
        if referent is not None:
            return referent
    # a document's maker, however named: "reports by a Dutch rescue charity"
    maker = next((m for m in makers if m.pos_ == "PROPN" or _named_site(m) or _document(token)), None)
    if maker is None and token.lemma_.lower() in _UNNAMED_DATA_NOUNS:  # "[government] data showed"
        maker = next((c for c in _naming_children(token) if _names_a_body(c)), None)
    if maker is None and token.lemma_.lower() in _TALLY_NOUNS:  # "the toll announced by the [authorities] indicated"
        maker = next((m for m in _makers(token) if _names_a_body(m)), None)
    phrase = _noun_phrase(maker if maker is not None else token)
    return (None, phrase) if phrase else None


def _known_as(token: Token) -> list[Token]:
    """ "volunteer first responders [known as the White Helmets]": the name a description goes
    by, also where the parser split the description and hung the participle on its last word."""
    for word in token.doc[token.i + 1 : token.i + 5]:
        if word.tag_ == "VBN" and word.lemma_.lower() in {"know", "call", "name"} and token.i <= word.head.i < word.i:
            as_name = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
            return [o for o in as_name if o.dep_ == "pobj"] + [c for c in word.children if c.dep_ == "oprd"]
        if word.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return []
    return []


def _body_named_after(token: Token) -> list[Token]:
    """"the Office of the [United Nations High Commissioner for Refugees]": the organisation
    an institution noun is the office of, or whose name right after it the parser hung
    elsewhere ("according to data firm [Refinitiv]" read as an object of the main verb)."""
    if token.lemma_.lower() not in load_lexicon().institution_nouns:
        return []
    objects = objects_of(token, {"of"})
    following = token.doc[token.i + 1 : token.i + 2]
    name_next = [t for t in following if t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.head != token]
    return [o for o in objects if o.ent_type_ == "ORG"] + name_next


def _name_opening_description(ann: Annotated, token: Token) -> tuple[str | None, str] | None:
    """ "Geely, China's highest profile car maker, posted ...": the name opening the sentence
    before a description of it set off by a comma, which the parser did not take for the
    subject."""
    left = token.left_edge
    if token.pos_ != "NOUN" or left.i < 2 or ann.doc[left.i - 1].text != ",":
        return None
    name = ann.doc[left.i - 2]
    if not name.is_sent_start or not name.text[:1].isupper() or name.dep_ in {"nsubj", "nsubjpass"}:
        return None
    if name.lower_ in _SENTENCE_CONNECTORS:
        return None  # "Meanwhile, the dashboard showed ..."
    mention = ann.mention_at(name.idx)
    if mention is not None:
        return (mention.entity_id, _display_name(ann, mention)) if mention.label in {"ORG", "PERSON"} else None
    return (None, name.text) if name.pos_ in {"PROPN", "ADV", "NOUN"} else None


def _display_name(ann: Annotated, mention: Mention) -> str:
    """A mention's name; an acronym the article spells out goes by the spelled-out name
    ("the DOH noted" -> "Department of Health"), a role its holder's ("President of the
    United States Joe Biden announced" -> "Joe Biden")."""
    spelled = spelled_out(mention, ann.mentions) if mention.label == "ORG" and mention.text.isupper() else None
    holders = [m for m in ann.mentions if m.label == "PERSON" and m.entity_id == mention.entity_id] if mention.label == "ROLE" else []
    holder = max(holders, key=lambda m: len(m.text), default=None)
    return spelled or clean_name(holder.text if holder is not None else mention.text)


def _unnamed_reports(token: Token) -> bool:
    """ "Multiple reports indicated", "according to reports": reports that nobody is named
    behind, only counted or qualified, assert nothing ("media reports" name a kind of source)."""
    if token.lemma_.lower() != "report" or token.tag_ != "NNS" or _naming_children(token):
        return False
    return all(c.dep_ in {"det", "amod"} and c.lower_ in _REPORT_QUALIFIERS for c in token.lefts)


def _unnamed_official(token: Token) -> bool:
    """One official or body brought in by role alone: "An Afghan official says", "a senior
    police official said", "a pro-democracy activist group said"; also the one holder of a
    place's office ("its governor told AFP")."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    role = token.tag_ == "NN" and token.lemma_.lower() in _UNNAMED_ROLES | _UNNAMED_BODIES
    return role and (indefinite or _office_holder(token))


def _office_holder(token: Token) -> bool:
    """ "[its] governor", "[Tarsk's] governor", "the [Russian] regional governor", "the top
    commander [in Iraq]": an office of a place, whose one holder the text names as it goes on;
    not one of its many officials ("Chile's top emergency official")."""
    possessor = next((c for c in token.children if c.dep_ == "poss"), None)
    owned = possessor is not None and (possessor.lower_ in {"its", "their"} or possessor.ent_type_ == "GPE")
    national = any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)
    located = any(o.ent_type_ == "GPE" for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children)
    return (owned or national or located) and token.lemma_.lower() in _UNNAMED_ROLES - {"official", "officer"}


def _official_named_next(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """The person the next paragraph names as its first speaker, with an official's title
    ("Karim Azizi, spokesman for the governor, said", "police chief Jan Novak told AFP", "Jan
    Novak says ... Novak is head of the health office"):
    wire copy brings in its source by role first and names them right after. A first speaker
    of that paragraph with no title, or no person at all, leaves the role unnamed, unless the
    paragraph after names one whose title repeats the role's words ("a Somali military
    official said" ... "Captain X, a Somali military officer, told Reuters"): a background
    paragraph may come in between."""
    end = token.idx
    qualifiers = {c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}}
    for reach in range(_NAMED_NEXT_REACH):
        paragraph = _next_paragraph(ann, end)
        if paragraph is None:
            return None
        named, who = _titled_first_speaker(ann, token, paragraph, sources)
        if named is not None and (reach == 0 or qualifiers and qualifiers <= {t.lower_ for t in who.subtree}):
            return named
        end = paragraph.end_char
    return None


def _next_paragraph(ann: Annotated, offset: int) -> TokenSpan | None:
    text = ann.article.text
    line_end = text.find("\n", offset)
    if line_end < 0:
        return None
    start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = text.find("\n", start)
    return ann.doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")


def _titled_first_speaker(
    ann: Annotated, token: Token, paragraph: TokenSpan, sources: list[SourceRef]
) -> tuple[tuple[str | None, str] | None, Token | None]:
    """The paragraph's first speaker named (not "we" of a quotation: "We believe ...,"
    official X told Reuters) when it can be the role brought in unnamed, with that speaker."""
    cues = sorted([t for t in paragraph if _attributes(t)] + _according_to(paragraph), key=lambda t: t.i)
    who = next((w for cue in cues for w in [_cue_subject(cue)] if w is not None and not _pronoun(w)), None)
    named = _named(ann, who, sources) if who is not None else None
    if named is None:
        return None, None
    if token.lemma_.lower() in _UNNAMED_BODIES:  # a named body (a source or an organisation), not a person
        return (named, who) if named[0] is not None and not named[0].startswith("person:") else (None, None)
    titled = any(t.lemma_.lower() in _OFFICIAL_TITLES for t in who.subtree)
    person = (named[0] or "").startswith("person:")
    # the holder of a place's office needs no title of their own: "its governor told AFP ... said Marwan Aboud"
    titled_person = titled or _office_holder(token) or _titled_in(ann, paragraph, named[0])
    # a title before a name makes it a person, whatever the tagger made of it ("Magistrate Anshul Agarwal")
    if person and titled_person or titled and who.pos_ == "PROPN":
        return named, who
    return None, None


def _titled_in(ann: Annotated, paragraph: TokenSpan, person: str) -> bool:
    """Whether the paragraph gives the person an official's title with a copula: "Al-Ezi is head of ..."."""
    for verb in (t for t in paragraph if t.lemma_ == "be"):
        subjects = [ann.mention_at(c.idx) for c in verb.children if c.dep_ == "nsubj"]
        titles = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _OFFICIAL_TITLES]
        if titles and any(m is not None and m.entity_id == person for m in subjects):
            return True
    return False


def _whose_owner(token: Token) -> Token | None:
    """Whom "whose" stands for: the noun right before it ("the Syrian Arab Red Crescent
    whose previous estimate was that 500,000 ...", however the parser hung the clause)."""
    whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or whose.i == 0:
        return None
    before = token.doc[whose.i - 1]
    return before if before.pos_ in _NOUN_POS else None


def _referent(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """What a definite common noun stands for, when just one thing before it fits: "the
    company" or "the executive search firm" for the organisation named last ("Cisco, a
    technology firm, ... The company revealed"), "the study" for the maker of the study
    introduced earlier ("a study conducted by Johns Hopkins University ... The study found");
    not a document that names its maker itself ("the police figures")."""
    # "the company", also "the world's biggest automaker"
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children) or token.left_edge.lower_ == "the"
    # "the country's news agency, Xinhua,"; "the UN's refugee agency" is no UN
    named_beside = any(c.dep_ == "appos" or _parent_body(token, c) for c in token.children)
    if not definite or named_beside or _makers(token):
        return None
    lemma = token.lemma_.lower()
    if _document(token):  # "the customs data" after "data from X"; "the [police] figures" are the police's
        named_within = any(_names_a_body(c) for c in _naming_children(token))
        return None if named_within else _earlier_maker(ann, token, sources)
    if lemma in _SPOKEN_TEXT_NOUNS:  # a statement or update never brought in before is the company's that spoke
        first = not any(t.lemma_ == token.lemma_ for t in ann.doc[: token.i])
        return _statement_maker(ann, token, sources) or (_earlier_organisation(ann, token) if first else None)
    if lemma in _OFFICIAL_TITLES:
        return _same_official_before(ann, token, sources)
    if lemma in _company_nouns():
        return _organisation_named_as(ann, token) or _earlier_organisation(ann, token)
    if lemma in _AUTHORITY_NOUNS:  # speaks of others ("the election body said" of a party's seats): one cited before
        return _earlier_cited_organisation(ann, token)
    return None


def _organisation_named_as(ann: Annotated, token: Token) -> tuple[str | None, str] | None:
    """ "Union Bank of Nigeria Plc reported ... submitted to the Nigerian Stock Exchange. The
    bank said": the latest organisation before whose name has the noun's word."""
    named = [m for m in organisations_named_with(token.lower_, ann.mentions) if m.span.start < token.idx and " " in m.text.strip()]
    return (named[-1].entity_id, clean_name(named[-1].text)) if named else None


def _statement_maker(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """ "X said in a statement ... / ..., the statement said": who made the same statement
    before (the subject of the verb it was said in, or that issued it: "X issued a statement"),
    or whose name it carried ("The health ministry statement said ... The statement pointed out")."""
    for earlier in reversed(ann.doc[: token.i]):
        if earlier.lemma_ != token.lemma_:
            continue
        issuer = _issuing_subject(earlier)
        if issuer is not None or earlier.dep_ == "pobj" and earlier.head.lower_ == "in":  # or said in it by nobody named
            return _named(ann, issuer, sources) if issuer is not None else None
        maker = next((c for c in _naming_children(earlier) if _names_a_body(c) or ann.mention_at(c.idx) is not None), None)
        if maker is not None:  # "the health ministry statement": the ministry named before, if any
            named_before = _organisation_named_as(ann, maker) if maker.pos_ == "NOUN" else None
            return named_before or _named(ann, maker, sources)
    return None


def _same_official_before(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """ "X, a UNHCR spokesperson, said ... / ..., the spokesman told a briefing": the one a
    sentence shortly before made the subject with the same title, when it names them."""
    def title(t: Token) -> str:
        lemma = t.lemma_.lower()
        return "spokes" if lemma.startswith("spokes") else lemma

    for sentence in _sentences_back(token.sent, _ANTECEDENT_REACH):
        earlier = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and title(t) == title(token)]
        if earlier:  # the person named in that subject's own phrase (no further reference chasing)
            phrase = earlier[-1].subtree
            person = next((m for t in phrase if (m := ann.mention_at(t.idx)) is not None and m.label == "PERSON"), None)
            return (person.entity_id, _display_name(ann, person)) if person is not None else None
    return None


def _earlier_maker(ann: Annotated, token: Token, sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """The one named maker of the earlier studies (reports, polls, data ...) of the same noun:
    "a study by X", "data from X", a name before it ("a Reuters poll"), the body that issued it
    ("X released the data"); else of the earlier documents of any kind, titles too ("the OAPEC
    report ... The comprehensive analysis", "OPEC's Monthly Oil Market Report ... The report")."""
    kind = POLL_NOUNS if token.lemma_ in POLL_NOUNS else {token.lemma_}  # "the survey" after "a Reuters poll"
    same_kind = [t for t in ann.doc[:token.i] if t.lemma_ in kind and t.pos_ == "NOUN"]
    counts = _TALLY_NOUNS | _DATA_NOUNS  # anyone's numbers ("the official tally"), not another name for a text before
    if token.lemma_.lower() in counts:
        return _one_maker(ann, same_kind, sources)
    texts = [t for t in ann.doc[:token.i] if t.pos_ in _NOUN_POS and _document(t) and t.lemma_.lower() not in counts]
    return _one_maker(ann, same_kind, sources) or _one_maker(ann, texts, sources)


def _document(token: Token) -> bool:
    """A document or data that stands for whoever made it; "the results" are a published count,
    "the result" an outcome ("said the result showed that ...")."""
    return token.lemma_.lower() in _MADE_NOUNS and (token.lemma_.lower() != "result" or token.tag_ == "NNS")


def _one_maker(ann: Annotated, documents: list[Token], sources: list[SourceRef]) -> tuple[str | None, str] | None:
    """The maker the `documents` all name (`_maker_named_in`), when just one."""
    makers = set()
    for maker in (_maker_named_in(ann, document) for document in documents):
        named = _named(ann, maker, sources) if maker is not None else None
        if named is not None:
            makers.add(named)
    return makers.pop() if len(makers) == 1 else None


def _maker_named_in(ann: Annotated, document: Token) -> Token | None:
    """A document's first naming word that is a name, else one naming a body ("government
    data") that is no word of its title ("OPEC's Monthly Oil Market Report")."""
    children = _naming_children(document)
    title = document.pos_ == "PROPN"  # its compounds are words of its title
    named = next((c for c in children if ann.mention_at(c.idx) is not None), None)
    return named or next((c for c in children if _names_a_body(c) and not (title and c.dep_ == "compound")), None)


def _names_a_body(token: Token) -> bool:
    """A proper name, or an institution named by its kind: "[government] data"."""
    return token.pos_ == "PROPN" or token.lemma_.lower() in load_lexicon().institution_nouns


def _earlier_organisation(ann: Annotated, token: Token) -> tuple[str | None, str] | None:
    """A description that speaks ("the Britain-based monitoring group said", "the statement
    added") stands for the organisation the text last cited as a source, within reach, not
    one merely mentioned in between ("the campaign against the Daesh group"); else for the
    organisation named last (`_nearest_organisation`)."""
    cited = _earlier_cited_organisation(ann, token)
    return cited or _nearest_organisation(ann, token)


def _earlier_cited_organisation(ann: Annotated, token: Token) -> tuple[str | None, str] | None:
    """The organisation cited as a source nearest before `token` in the sentences within
    reach ("X said", "according to X", "reports from X"), when that sentence cites one only;
    a sentence whose organisation acts as a subject ("Hamas denied ...") ends the search
    (the nearest-name rule decides there), one that only mentions organisations ("the
    campaign against the Daesh group") is passed over."""
    for named in _organisations_back(ann, token):
        found = [m for m in named if _cited_as_source(ann, m)]
        if len({m.entity_id for m in found}) > 1:
            return None
        if found:
            return found[-1].entity_id, _antecedent_name(ann, found[-1], token)
        if any(_acting(ann, m) for m in named):
            return None
    return None


def _organisations_back(ann: Annotated, token: Token) -> Iterator[list[Mention]]:
    """The organisations each sentence names before `token`, from its own sentence back
    `_ANTECEDENT_REACH` sentences (no dateline credit, no outlet relaying the story)."""
    for sentence in chain([token.sent], _sentences_back(token.sent, _ANTECEDENT_REACH)):
        end = min(sentence.end_char, token.idx)
        yield [
            m for m in ann.mentions
            if sentence.start_char <= m.span.start < end and _organisation(ann, m) and not _wire_credit(ann.article.text, m)
            and not _news_outlet(m, token)
        ]


def _sentences_back(sentence: TokenSpan, reach: int) -> Iterator[TokenSpan]:
    """Up to `reach` sentences before `sentence`, the nearest first."""
    for _ in range(reach):
        if sentence.start == 0:
            return
        sentence = sentence.doc[sentence.start - 1].sent
        yield sentence


def _acting(ann: Annotated, mention: Mention) -> bool:
    """A name that is the subject of a clause ("Hamas denied ...")."""
    words = _words_of(ann, mention)
    return words is not None and words.root.dep_ in {"nsubj", "nsubjpass"}


def _cited_as_source(ann: Annotated, mention: Mention) -> bool:
    """A name the text cites: the subject of an attribution verb ("X said", "X reported"),
    the object of "according to", or the maker of a report ("reports from X")."""
    words = _words_of(ann, mention)
    if words is None:
        return False
    head = words.root
    if head.dep_ in {"nsubj", "nsubjpass"} and _attributes(head.head) and not _passive(head.head):
        return True
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    according = preposition.i > 0 and (ann.doc[preposition.i - 1].lower_, preposition.lower_) in {("according", "to"), ("as", "per")}
    reported = preposition.lower_ == "from" and preposition.head.lemma_.lower() in EVIDENCE_NOUNS | {"report"}
    return according or reported


def _nearest_organisation(ann: Annotated, token: Token) -> tuple[str | None, str] | None:
    """The organisation named last before `token` in the nearest sentence naming one, back
    to `_ANTECEDENT_REACH` sentences before; None when that sentence names two (an exchange
    or an acronym in brackets right after a name is no second one: "Goodyear Tire & Rubber
    Co.'s (NYSE:GT)", nor, beside others, one in a relative clause or in a circumstance:
    "Apple posted ... after selling iPhones")."""
    for named in _organisations_back(ann, token):
        found = [m for m in named if not _bracketed_after_name(ann.article.text, m, named)]
        if len({m.entity_id for m in found}) > 1:
            # not its brands ("X, which makes Camel, expects"), nor what it sold ("Apple posted ... after selling iPhones")
            found = [m for m in found if not _in_relative_clause(ann, m) and not _in_circumstance(ann, m)]
        if len({m.entity_id for m in found}) > 1:
            return None
        if found:
            return found[-1].entity_id, _antecedent_name(ann, found[-1], token)
    return None


def _antecedent_name(ann: Annotated, mention: Mention, description: Token) -> str:
    """The name of the organisation a description stands for, an acronym spelled out ("the
    agency" after "CBP" is U.S. Customs and Border Protection); as written where the
    description holds it itself ("the U.N. refugee agency" is no "United Nations")."""
    within = description.left_edge.idx <= mention.span.start < description.idx
    return clean_name(mention.text) if within else _display_name(ann, mention)


def _relaying_outlet(ann: Annotated, subject: Token) -> bool:
    mention = ann.mention_at(subject.idx)
    return mention is not None and _outlet(mention)


def _news_outlet(mention: Mention, description: Token) -> bool:
    """ "Toyota said ..., AFP reports. The automaker ...": a company, bank or group is no news
    outlet that relays the story (only "the agency" may be one)."""
    return _outlet(mention) and description.lemma_.lower() != "agency"


def _outlet(mention: Mention) -> bool:
    """A wire service, news agency or news medium the catalogue knows."""
    return is_news_outlet(mention.text)


def _wire_credit(text: str, mention: Mention) -> bool:
    """The wire that wrote the story, credited in a dateline ("(Reuters) - Bank X reported"):
    no company the story is about."""
    before = text[:mention.span.start].rstrip()
    after = text[mention.span.end:].lstrip()
    return before.endswith("(") and after.startswith(")") and after[1:].lstrip()[:1] in _DASHES


def _in_circumstance(ann: Annotated, mention: Mention) -> bool:
    """A name inside a clause or phrase saying when or why ("after selling iPhones")."""
    words = _words_of(ann, mention)
    return words is not None and any(_circumstance(t) for t in [words.root, *words.root.ancestors])


def _in_relative_clause(ann: Annotated, mention: Mention) -> bool:
    """A name inside a clause that describes a noun ("Reynolds American, which makes Camel")."""
    words = _words_of(ann, mention)
    return words is not None and any(t.dep_ == "relcl" for t in words.root.ancestors)


def _bracketed_after_name(text: str, mention: Mention, names: list[Mention]) -> bool:
    """Inside brackets that open right after one of `names`: an exchange, a ticker or an acronym."""
    opening = text.rfind("(", 0, mention.span.start)
    if opening < 0 or ")" in text[opening:mention.span.start]:
        return False
    return any(_POSSESSIVE_GAP.fullmatch(text, name.span.end, opening) for name in names if name.span.end <= opening)


def _organisation(ann: Annotated, mention: Mention) -> bool:
    """A named organisation, or a name the text itself calls a company somewhere ("Cisco, a
    technology firm", whatever the tagger made of it), or the short form of an organisation's
    name given before ("Goodyear" after "Goodyear Tire & Rubber Co.")."""
    if mention.entity_id is None:
        return False
    if mention.label == "ORG" or any(_called_a_company(ann, other) for other in ann.mentions if other.entity_id == mention.entity_id):
        return True
    word = re.compile(rf"\b{re.escape(mention.text)}\b")
    return any(o.label == "ORG" and o.span.end <= mention.span.start and word.search(o.text) for o in ann.mentions)


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    return load_gazetteer().business_nouns | frozenset(lexicon()["organisation_nouns"])


def _called_a_company(ann: Annotated, mention: Mention) -> bool:
    name = _words_of(ann, mention)
    apposed = [c for c in name.root.children if c.dep_ == "appos"] if name is not None else []
    return any(c.lemma_.lower() in _company_nouns() for c in apposed)


def _naming_children(token: Token) -> list[Token]:
    """Words that name who is behind a phrase: its makers, "[RBC-Ukraine]'s sources",
    "[Pentagon] spokesman", "a UN Refugee Agency [(UNHCR)] spokesperson", the nearest name
    first (not "London" in an apposition's "London-based"); not a place saying where they
    are from ("U.S. defense officials" are no country); an acronym the tagger took for a
    nationality names a text's maker ("the [SOHR] report")."""
    # a place issues documents, though it is nobody's qualifier: "a [Maui County] statement"
    text = token.lemma_.lower() in _TEXT_NOUNS
    nobody = _NAMES_NOBODY - {"GPE"} if text else _NAMES_NOBODY
    qualifiers = [
        c
        for c in reversed(list(token.lefts))
        if (c.dep_ in {"poss", "compound"} or c.dep_ == "nmod" and c.pos_ == "PROPN")
        and (c.ent_type_ not in nobody or text and c.ent_type_ == "NORP" and c.text.isupper())  # "the [SOHR] report"
        and not _parent_body(token, c)
    ]
    return _makers(token) + qualifiers


def _parent_body(institution: Token, possessor: Token) -> bool:
    """ "the [UN]'s refugee agency": the body an institution with a kind of its own belongs
    to, which does not speak for it."""
    if possessor.dep_ != "poss" or institution.lemma_.lower() not in load_lexicon().institution_nouns:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in institution.children)


def _makers(token: Token) -> list[Token]:
    """Who made what a phrase names: "a study [by the Centre ...]", "the report, published
    by [Amnesty International]", "data from [Rosstat]", "a group of [Al Shabaab]", "[X]
    released the data"; not the measure of a ranking ("the second-largest bank by assets")."""
    participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and not _polled_forecasters(token, c)]
    # also "information from X", "the latest update from X"
    makers = {"by", "from"} if token.lemma_.lower() in _UNNAMED_DATA_NOUNS | {"update"} else {"by"}
    # "the latest update from X" ranks nothing
    ranked = any(t.tag_ == "JJS" and t.lower_ not in {"latest", "newest"} for t in token.subtree if t.i < token.i)
    parents = participles if ranked else [token, *participles]
    by_phrases = [c for parent in parents for c in parent.children if c.dep_ in {"prep", "agent"} and c.lower_ in makers]
    found = [o for c in by_phrases for o in c.children if o.dep_ == "pobj"]
    # "the data, contained in the Annual Review of Football Finance by [Deloitte]": the document's maker
    holders = [o for p in participles for o in objects_of(p, {"in"})]
    found += [m for holder in holders for m in _makers(holder)]
    if token.lemma_.lower() in _UNNAMED_BODIES | _TEXT_NOUNS:  # "a group of [Al Shabaab]", "the daily statement of [the DGHS]"
        found += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.pos_ == "PROPN"]
    if token.lemma_.lower() in EVIDENCE_NOUNS:  # "a report in the Financial Times", "reports on Press TV": the outlet
        found += [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "on"} for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"]
    if _document(token) and (issuer := _issuing_subject(token)) is not None:  # "[X] released the data"
        found.append(issuer)
    if token.lemma_.lower() in _UNNAMED_DATA_NOUNS:  # "information on the [Cal Fire website]": a named site
        found += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if _named_site(o)]
    if token.lemma_.lower() in _RESEARCHER_NOUNS:  # "biologists at [Stanford University] found": their institution's finding
        found += [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"at", "from", "of"} for o in c.children if o.ent_type_ == "ORG"]
    return found


def _polled_forecasters(token: Token, participle: Token) -> bool:
    """ "Economists [polled by Reuters] had predicted": forecasters a firm polled make their own
    forecasts, the firm only gathered them (unlike voters, whose answers a poll counts)."""
    return token.lemma_.lower() in _FORECASTERS and participle.lemma_.lower() in _POLLING_VERBS


def _issuing_subject(document: Token) -> Token | None:
    """Who issued a document: the subject of the verb that published it ("[the commission]
    published the official results") or spoke in it ("[X] said in a statement", "[X] revealed
    this in its report"; not "X lost ground in a poll")."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if not (_attributes(verb) or document.lemma_.lower() in STATEMENT_NOUNS):
            return None
    elif document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _named_site(token: Token) -> bool:
    return token.dep_ == "pobj" and token.lemma_.lower() in _SITE_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _noun_phrase(token: Token) -> str:
    """The subject as a name: its whole phrase when short, else the head with its modifiers."""
    words = list(token.subtree)
    aside = next((t for t in words if t.i > token.i and t.text == ","), None)
    if aside is not None:  # "the survey, released Friday,": a phrase set off after the noun describes it
        words = [t for t in words if t.i < aside.i]
    if len(words) > 6:
        words = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}] + [token]
    while words and (words[0].dep_ in {"det", "punct"} or words[0].is_punct or _expecter(token) and words[0].dep_ == "nummod"):
        words.pop(0)  # and the figure an expecter is named after: "the [15,000] economists expected"
    if words and words[-1].dep_ == "case":  # "the company's" as an owner
        words.pop()
    phrase = token.doc[words[0].i:words[-1].i + 1].text if words else token.text
    return phrase.split("\n")[-1].strip(" \"“”'")  # a parse run across a heading keeps its last line


def _claim_date(ann: Annotated, sentence: TokenSpan, offset: int) -> str | None:
    """A day the figure's line opens with ("4 October: ..."), or that the sentence says the
    figure holds on ("as of 1 March"); else the publication date."""
    text = ann.article.text
    published = (ann.article.published or "")[:10] or None
    reference = date.fromisoformat(published) if published else None
    line_start = text.rfind("\n", 0, offset) + 1
    for start, chunk in ((line_start, text[line_start:offset]), (sentence.start_char, sentence.text)):
        for expr in resolve_time_expressions(chunk, reference):
            opens_line = start == line_start and _LINE_OPENING.match(chunk[:expr.start]) and chunk[expr.end:expr.end + 1] == ":"
            as_of = re.search(r"\bas\s+(?:of|at)\s+$", chunk[:expr.start], re.IGNORECASE)
            if expr.precision == "day" and (opens_line or as_of):
                return expr.date_start.isoformat()
    return published


# ----- what is no figure ---------------------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTHS})\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|ages of|age)\s$", re.IGNORECASE)
_AGE_LIST_BEFORE = re.compile(r"\b(?:aged|ages)\s(?:\d{1,3},?\s(?:and\s)?)+$", re.IGNORECASE)  # "aged 94, 85, 82 and [62]"
_AGE_APPOSITION = re.compile(r"\b[A-Za-z]\w*,\s$")  # "the suspect, 34, was"; "Jane Doe, 71, said"
_AGE_AFTER = re.compile(r"^(?:-|\s)years?(?:-|\s)old\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^(?:[:.]\d{2}\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|EET\b|EEST\b|BST\b|hrs\b))", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d \t()-]*\d")
_WORDS_NO_FIGURE = {"one", "a", "an", "zero"}
_FUNCTION_WORDS = {"of", "the", "a", "an", "in", "to", "and", "or", "for", "at", "on", "by", "was", "were", "is", "are"}


def not_a_figure(text: str, figure: NumberPhrase) -> str | None:
    """Why a number phrase is no figure (a date, a year, an age ...), or None."""
    if figure.vague or figure.currency or figure.percent:
        return None
    before = text[max(0, figure.number_start - 24):figure.number_start]
    after = text[figure.end:figure.end + 24]
    core = text[figure.number_start:figure.end].strip()
    checks = (
        ("word", core.lower() in _WORDS_NO_FIGURE and not (core.lower() == "one" and (figure.hedge or _counts_one(after)))),
        ("both", core.lower() == "two" and re.search(r"\bthe\s$", before, re.IGNORECASE)),  # "the two sides"
        ("date", _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)),
        ("year", _is_year(figure, core)),
        ("clock time", _CLOCK_AFTER.match(after) or re.search(r"\d[:.]\Z", before)),
        ("age", _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _AGE_APPOSITION.search(before) and re.match(r"\s?[,;)]", after)
                or core[:1].isdigit() and _AGE_LIST_BEFORE.search(before)),
        ("index name", _index_name(before)),
        ("ranking", re.search(r"\b(?:top|bottom)\s$", before, re.IGNORECASE)),  # "the top five smartphone makers"
        ("list number", _LIST_NUMBER.search(before) and re.match(r"^[.)]\s", after)),
        ("phone number", before.rstrip().endswith(("+", "tel", "Tel", "phone", "Phone")) or _in_phone_number(text, figure)),
        ("code", before.endswith("/") or after.startswith("/")),  # "FHC/ABJ/03/095/2018", "03/11"
        ("acceleration", re.match(r"0\s?[-–]", core) and re.match(r"\s?(?:mph|km/h|kph)\b", after)),  # "0-62 mph in 6.6 s"
        ("audio format", re.fullmatch(r"\d\.[12]", core) and re.match(r"[\s-](?:surround|channel)", after)),  # "5.1 surround"
        ("product size", re.match(r"-(?i:inch)\s+i?[A-Z]", after)),  # "12-inch MacBook", "11-inch iPad"; not "12.1-inch touchscreen"
        ("format or name", re.fullmatch(r"\d{1,2}[KBM]", core)),  # "4K streaming", "2B Mindset"; "12k" counts
    )
    return next((reason for reason, hit in checks if hit), None)


def _counts_one(after: str) -> bool:
    """ "at least one" and "killed one person" count, also past a name's adjective and a
    compound ("one British service member"), unlike "one of the", "one day"."""
    words = re.findall(r"[\w.-]+", after)[:4]
    while words and words[0][0].isupper():
        words.pop(0)
    noun_words = list(takewhile(lambda w: w not in _FUNCTION_WORDS, words[:2]))
    return any(w in lexicon()["people"] or w in lexicon()["equipment"] for w in noun_words)


def _in_phone_number(text: str, figure: NumberPhrase) -> bool:
    """Inside a run of digit groups that reads as a phone number: "+380 44 123 4567"."""
    for run in _DIGIT_RUN.finditer(text, max(0, figure.number_start - 20), min(len(text), figure.end + 20)):
        if run.start() <= figure.number_start < run.end():
            groups = re.findall(r"\d+", run.group(0))
            grouped_thousands = all(len(g) == 3 for g in groups[1:])
            return len(groups) >= 3 and (run.group(0).startswith("+") or not grouped_thousands)
    return False


def _is_year(figure: NumberPhrase, core: str) -> bool:
    """ "2025", "between 2022 and 2024": plain four-digit numbers of recent centuries."""
    if figure.hedge is not None or not figure.digits or re.search(r"[,\u00a0\u202f]", core):
        return False
    values = [v for v in (figure.value, figure.value_max) if v is not None]
    return all(v.is_integer() and 1800 <= v <= 2100 for v in values)


def _index_name(before: str) -> bool:
    words = before.split()
    return any(" ".join(words[-len(name.split()):]) == name for name in lexicon()["index_names"] if words)

"""Denials, dismissals and reports explicitly marked as unverified.

`extract_denials(ann)` reads each sentence's dependency parse:

- **denial**: a denying verb ("denied", "rejected", "refuted", "shot down", "dismissed ...
  as disinformation", "called ... baseless", "branded ... fake"), "there is no evidence"
  ("no facts", "has no basis in fact"), or
  a dismissive predicate ("the photos were fabricated"); a negated denial ("did not
  deny") is none. The `denier` is the verb's subject, else the subject of the nearest verb
  above it that has one ("Peskov said there was nothing to add and called ..."), or the
  agent of a passive; for a dismissive predicate, the subject of the speech verb reporting
  it. A pronoun resolves to the nearest earlier subject of its kind. The canonical id comes
  from the annotation's mention there; an unnamed subject gives its phrase and no id. The
  `target` is what is denied: the object ("claims of North Korean troop involvement"), a
  "that" clause, or for "calling them ..." the object of the verb it depends on.
- **hedged**: "reportedly", "allegedly", "purportedly", "unverified", "could not be
  (independently) verified", "claims/claimed (that)"; the target is the clause it qualifies.

One denial per cue; a sentence where one denial's verb governs another's ("dismissed the
allegations, calling them baseless") yields the first, its cue naming both.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as TokenSpan, Token

from wiretrace.analyse._quote_lexicon import load_lexicon
from wiretrace.link.entities import clean_name
from wiretrace.model import Denial, Span
from wiretrace.nlp import Annotated

DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss", "rebuff", "disavow", "dispute", "debunk"})
# Verbs that deny through what they call the claim: "called them baseless".
LABEL_VERBS = frozenset({"call", "brand", "describe", "label", "term", "characterize", "characterise", "denounce", "dub"})
DISMISSIVE_WORDS = frozenset({
    "unsubstantiated", "baseless", "groundless", "false", "fake", "fakes", "lie", "lies", "provocation",
    "disinformation", "propaganda", "nonsense", "absurd", "untrue", "fabrication", "fabricated", "fabrications",
    "fiction", "slander", "unfounded", "misinformation", "rumours", "rumors", "hoax", "speculation", "ridiculous",
    "rumour", "rumor", "inaccurate", "inaccuracies", "misleading", "falsehood", "falsehoods", "untruth",
})
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"})
_UNVERIFIED = re.compile(
    r"\b(?:could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)"
    r"|(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|unverified|unconfirmed)\b",
    re.IGNORECASE,
)
_NO_EVIDENCE = re.compile(
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\s+(?:evidence|facts?|truth)\b"
    r"|\b(?:has|had|have)\s+no\s+basis\s+in\s+fact\b",
    re.IGNORECASE,
)
_SAID_THINGS = frozenset({
    "report", "claim", "rumour", "rumor", "allegation", "story", "quote", "suggestion", "speculation",
    "accusation", "idea", "notion", "comment", "remark",
})
_CLIMB = 5  # how many heads up a clause may look for its speaker
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_THING_PRONOUNS = {"it", "they", "them"}


def extract_denials(ann: Annotated) -> list[Denial]:
    """Every denial and every explicitly hedged report, in text order."""
    found: list[Denial] = []
    for sentence in ann.doc.sents:
        found += _sentence_denials(ann, sentence)
        found += _sentence_hedges(ann, sentence)
    return sorted(found, key=lambda d: d.span.start)


def _sentence_denials(ann: Annotated, sentence: TokenSpan) -> list[Denial]:
    denials: list[Denial] = []
    used: set[int] = set()
    for token in sentence:
        if token.i in used or token.pos_ not in {"VERB", "AUX"} or _negated(token):
            continue
        lemma = token.lemma_.lower()
        if (lemma in DENY_VERBS or _shoots_down(token)) and not _withholds(token):
            cue = _deny_cue(token)
        elif lemma in LABEL_VERBS and _dismissive_label(token):
            cue = f"{token.text} … {_dismissive_label(token)}"
        else:
            continue
        labels = [c for c in token.subtree if c.lemma_.lower() in LABEL_VERBS and c is not token and _dismissive_label(c)]
        for label in labels:
            used.add(label.i)
            cue += f" … {label.text} … {_dismissive_label(label)}"
        denials.append(_denial(ann, sentence, token, cue, "denial", _target(token)))
    match = _NO_EVIDENCE.search(sentence.text)
    if match:
        verb = ann.doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand")
        target = sentence.text[match.end():].strip(" .,") or None
        denials.append(_denial(ann, sentence, verb.root if verb is not None else None, match.group(0), "denial", target))
    for predicate in sentence:
        if _dismissive_predicate(predicate) and predicate.i not in used:
            subject = _dismissed_subject(predicate)
            denials.append(_denial(ann, sentence, predicate, predicate.text, "denial", _phrase(subject)))
    return denials


def _shoots_down(verb: Token) -> bool:
    """ "shot down the reports": the phrasal verb of denial, when what is shot down is said
    (drones shot down are not denied)."""
    phrasal = verb.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return phrasal and any(c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THINGS for c in verb.children)


def _withholds(verb: Token) -> bool:
    """ "denied them entry", "denying vaccines to families": refusing something, not a claim."""
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


def _dismissive_predicate(token: Token) -> bool:
    """ "the photos were fabricated", "the reports are false / lies": a dismissive word as
    the predicate of a clause whose subject is what is dismissed."""
    return token.lower_ in DISMISSIVE_WORDS and _dismissed_subject(token) is not None


def _dismissed_subject(token: Token) -> Token | None:
    if token.dep_ in {"acomp", "attr"} and token.head.lemma_ == "be" and not _negated(token.head):
        clause, subject_deps = token.head, {"nsubj"}
    elif token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and not _negated(token):
        clause, subject_deps = token, {"nsubjpass"}
    else:
        return None
    return next((c for c in clause.children if c.dep_ in subject_deps), None)


def _sentence_hedges(ann: Annotated, sentence: TokenSpan) -> list[Denial]:
    hedges = []
    for token in sentence:
        if token.lower_ in HEDGE_ADVERBS:
            hedges.append(_denial(ann, sentence, None, token.lower_, "hedged", _phrase(token.head)))
        elif token.lemma_.lower() in {"claim", "allege"} and token.pos_ == "VERB" and not _negated(token):
            # only a claim *that* something is so: "claimed an easy victory" hedges nothing
            clause = next((c for c in token.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if clause is not None:
                hedges.append(_denial(ann, sentence, token, token.text, "hedged", _phrase(clause)))
            elif token.dep_ == "acl" and not any(c.dep_ == "dobj" for c in token.children):
                # "intelligence claiming half of the shells come from ...": the parse leaves
                # the claimed clause outside the participle; it is the rest of the sentence
                rest = ann.doc[token.i + 1:sentence.end].text.split("\n")[0].strip(" .")
                hedges.append(_denial(ann, sentence, token, token.text, "hedged", rest or None))
    match = _UNVERIFIED.search(sentence.text)
    if match:
        hedges.append(_denial(ann, sentence, None, match.group(0), "hedged", None))
    return hedges


def _denial(ann: Annotated, sentence: TokenSpan, verb: Token | None, cue: str, kind: str, target: str | None) -> Denial:
    denier = _denier(ann, verb) if verb is not None else (None, None)
    start = sentence.start_char
    end = start + len(sentence.text.rstrip())
    return Denial(Span(ann.article.id, start, end), kind, cue, denier[0], denier[1], target)


def _deny_cue(verb: Token) -> str:
    """ "denied"; "dismissed … as disinformation" when an "as" phrase says what it was called."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return f"{verb.text} … as {obj.text}"
    return verb.text


def _dismissive_label(verb: Token) -> str | None:
    """The dismissive word a "call"-type verb puts on its object ("wholly unsubstantiated")."""
    for token in verb.subtree:
        if token.lower_ in DISMISSIVE_WORDS and token.head.i >= verb.i:
            adverbs = [c.text for c in token.children if c.dep_ == "advmod"]
            return " ".join([*adverbs, token.text])
    return None


def _target(verb: Token) -> str | None:
    for dep in ("dobj", "ccomp", "xcomp", "nsubjpass", "attr"):
        child = next((c for c in verb.children if c.dep_ == dep), None)
        if child is not None and child.lower_ not in _THING_PRONOUNS:
            return _phrase(child)
        if child is not None:  # "calling them baseless": what the governing verb took
            return _target(verb.head) if verb.head is not verb else None
    return None


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if not (t.dep_ == "mark" and t.i == token.left_edge.i)]
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return token.text
    text = token.doc[words[0].i:words[-1].i + 1].text
    return text.split("\n")[0].strip(" \"“”'")  # a parse can run across a line break


def _denier(ann: Annotated, verb: Token) -> tuple[str | None, str | None]:
    subject = _speaker_subject(verb) if _dismissive_predicate(verb) else _subject(verb)
    if subject is None:
        return None, None
    if subject.lower_ in _PERSON_PRONOUNS | _THING_PRONOUNS:
        return _antecedent(ann, subject)
    for candidate in [subject, *sorted(subject.subtree, key=lambda t: t.i)]:
        mention = ann.mention_at(candidate.idx)
        if mention is not None and mention.entity_id:
            return mention.entity_id, clean_name(mention.text)
    return None, _name_phrase(subject)


def _name_phrase(head: Token) -> str:
    """A subject as a name: its words up to the head ("Its foreign ministry"), without
    clauses or phrases after it."""
    words = head.doc[head.left_edge.i:head.i + 1]
    return words.text[len(words[0].text) + 1:] if words[0].dep_ == "det" and len(words) > 1 else words.text


def _speaker_subject(verb: Token) -> Token | None:
    """Who says a clause: the subject of the nearest speech verb above it."""
    speech = load_lexicon().speech_verbs
    for node in list(verb.ancestors)[:_CLIMB]:
        if node.lemma_.lower() in speech:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, else of the nearest verb above it that has one ("said
    there was nothing to add and called ..."), or a passive agent."""
    if verb.dep_ == "acl":  # "Western intelligence claiming ...": the noun it describes
        return verb.head
    for node in [verb, *list(verb.ancestors)[:_CLIMB]]:
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _antecedent(ann: Annotated, pronoun: Token) -> tuple[str | None, str | None]:
    """What the pronoun refers to: the nearest earlier subject of its kind (a person for
    he/she, else a country or organisation) in this sentence or the one before, else the
    nearest earlier name of its kind ("While North Korea has ..., it has denied" ->
    North Korea, not a possessor in between)."""
    wanted = {"PERSON", "ROLE"} if pronoun.lower_ in _PERSON_PRONOUNS else {"GPE", "ORG", "NORP"}
    sentence = pronoun.sent
    window_start = sentence.start - 1 if sentence.start > 0 else 0
    window_start = pronoun.doc[window_start].sent.start
    for token in reversed(pronoun.doc[window_start:pronoun.i]):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            mention = ann.mention_at(token.idx)
            if mention is not None and mention.label in wanted and mention.entity_id:
                return mention.entity_id, clean_name(mention.text)
    earlier = [m for m in ann.mentions if m.span.end <= pronoun.idx and m.label in wanted and m.entity_id]
    if not earlier:
        return None, None
    return earlier[-1].entity_id, clean_name(earlier[-1].text)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)

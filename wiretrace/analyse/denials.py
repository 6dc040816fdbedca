"""Denials, dismissals and reports explicitly marked as unverified.

`extract_denials(ann)` reads each sentence's dependency parse:

- **denial**: a denying verb ("denied", "rejected", "refuted", "shot down", "dismissed ...
  as disinformation", "called ... baseless", "branded ... fake"), "there is no evidence"
  ("no facts", "no truth", "has no basis in fact", "have no grounds"), or a dismissive
  predicate ("the photos were fabricated", "the claims are false claims", "the story is
  full of inaccuracies", "a disgusting story full of lies", "It's not true" / "not
  accurate": a negated "true" denies, a
  negated "false" does not); a negated denial ("did not deny") is none. The `denier` is
  the verb's subject, else the subject of the nearest verb above it that has one ("Peskov
  said there was nothing to add and called ...", "has been forced to deny"), or the agent
  of a passive; a place or site opening the line that the parser took for the subject
  ("Kabul: The U.S. military denied", "GAZA – A source dismissed") is skipped. Where the
  clause's subject is what is denied (a dismissive predicate, "the report has no basis in
  fact") the denier is whoever says it: the subject of the speech verb above, skipping a
  "we"/"I" inside the quotation for the one who says it ('"We can confirm ... are false,"
  said X'), else a person named right before that verb, else the subject of the verb a
  saying participle hangs on ("refuted the report, saying it is disinformation"), else,
  inside a quotation of several sentences, who is said to say it where it closes ('"This
  report is baseless. I don't think ...," said X'). A relative "that" stands for the noun
  it describes ("a report that flatly rejected"). A
  pronoun resolves to the nearest earlier subject of its kind (for he/she also a speaker
  noun such as "publicist"). The canonical id comes from the annotation's mention of the
  subject's own words (not a name inside a clause set in it, "sources, cited by Reuters,");
  an unnamed subject gives its phrase and no id. The `target` is what is denied: the
  object ("claims of North Korean troop involvement"), a "that" clause, or for "calling
  them ..." the object of the verb it depends on.
- **hedged**: "reportedly", "allegedly", "purportedly", the adjectives "alleged",
  "purported", "supposed", "unverified", "could not be (independently) verified",
  "impossible to confirm", "independent confirmation ... is not possible", "claims/claimed
  (that)"; the target is the clause or noun it qualifies.

One denial per cue; a sentence where one denial's verb governs another's ("dismissed the
allegations, calling them baseless") yields the first, its cue naming both.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as TokenSpan, Token

from wiretrace.analyse._quote_lexicon import load_lexicon
from wiretrace.analyse._quote_speakers import STATEMENT_NOUNS
from wiretrace.analyse.provenance import speaker_noun
from wiretrace.link.entities import clean_name
from wiretrace.model import Denial, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.datelines import DATELINE_MARKS, is_dateline, line_before, subject_past_dateline

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
# Adjectives by which the writer marks a thing as claimed, not established: "alleged Russian activity".
HEDGE_ADJECTIVES = frozenset({"alleged", "purported", "supposed"})
_UNVERIFIED = re.compile(
    r"\b(?:could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)"
    r"|(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|(?:impossible|not\s+possible)\s+to\s+(?:independently\s+)?(?:verify|confirm)"
    r"|independent\s+(?:confirmation|verification)\b[^.\n]{0,60}?\bnot\s+possible"
    r"|unverified|unconfirmed)\b",
    re.IGNORECASE,
)
_NO_EVIDENCE = re.compile(
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\s+(?:evidence|facts?|truth)\b"
    r"|\b(?:has|had|have)\s+no\s+(?:basis\s+in\s+fact|grounds)\b",
    re.IGNORECASE,
)
_SAID_THINGS = frozenset({
    "report", "claim", "rumour", "rumor", "allegation", "story", "quote", "suggestion", "speculation",
    "accusation", "idea", "notion", "comment", "remark",
})
# What a court dismisses or a party rejects without denying anything said.
_PROCEEDINGS = frozenset({
    "charge", "indictment", "case", "lawsuit", "suit", "motion", "appeal", "petition", "complaint", "count",
    "offer", "request", "proposal", "bid", "application", "plea", "resignation", "invitation", "nomination",
})
_ASKING = frozenset({"call", "urge", "ask", "demand", "press", "want"})
# Words that deny when the clause negates them: "the reports are not true", "It's not accurate".
_TRUTH_WORDS = frozenset({"true", "accurate", "correct"})
# Predicates whose "of" phrase holds the dismissive word: "the story is full of inaccuracies".
_FULL_OF = frozenset({"full", "riddled"})
_FIRST_PERSON = frozenset({"we", "i", "us"})
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
        if (lemma in DENY_VERBS or _shoots_down(token)) and not _withholds(token) and not _rules_on(token):
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
        root = verb.root if verb is not None else None
        said_of = root is not None and root.lemma_.lower() == "have"  # "the report has no basis in fact": a speaker says so
        denials.append(_denial(ann, sentence, root, match.group(0), "denial", target, said_of))
    for predicate in sentence:
        if _dismissive_predicate(predicate) and predicate.i not in used:
            subject = _dismissed_subject(predicate)
            denials.append(_denial(ann, sentence, predicate, _predicate_cue(predicate), "denial", _phrase(subject), True))
    return denials


def _shoots_down(verb: Token) -> bool:
    """ "shot down the reports": the phrasal verb of denial, when what is shot down is said
    (drones shot down are not denied)."""
    phrasal = verb.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return phrasal and any(c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THINGS for c in verb.children)


def _withholds(verb: Token) -> bool:
    """ "denied them entry", "denying vaccines to families": refusing something, not a claim
    ("refuted the claims to TMZ" says whom it was told)."""
    said = any(c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THINGS for c in verb.children)
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and not said) for c in verb.children)


def _rules_on(verb: Token) -> bool:
    """ "dismissed the charges", "a motion to dismiss the indictment", "rejected the offer":
    a court or a party disposing of a case or a proposal, not rejecting a claim."""
    if any(t.lower_ == "as" and verb.i in {t.head.i, t.head.head.i} for t in verb.subtree):
        return False  # "dismissed the charges as politically motivated": the accused denies
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROCEEDINGS | _ASKING:
        return True  # "motions ... to dismiss"; "called on Washington to reject": asked, not done
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _PROCEEDINGS for c in verb.children)


def _dismissive_predicate(token: Token) -> bool:
    """ "the photos were fabricated", "the reports are false / lies / false claims", "the
    story is full of inaccuracies", "It's not true": a dismissive word (or a negated "true")
    as the predicate of a clause whose subject is what is dismissed."""
    return _dismissive_word(token) and _dismissed_subject(token) is not None


def _dismissive_word(token: Token) -> bool:
    if token.lower_ in DISMISSIVE_WORDS or (token.lower_ in _TRUTH_WORDS and _negated(token.head)):
        return True
    if token.dep_ == "attr":  # "are false claims", "is a baseless accusation", "a story full of lies"
        return any(c.dep_ == "amod" and (c.lower_ in DISMISSIVE_WORDS or _full_of_dismissal(c)) for c in token.children)
    return _full_of_dismissal(token)


def _full_of_dismissal(token: Token) -> bool:
    """ "full of inaccuracies", "riddled with lies"."""
    return token.lower_ in _FULL_OF and any(
        c.dep_ == "prep" and c.lower_ in {"of", "with"} and any(o.lower_ in DISMISSIVE_WORDS for o in c.children)
        for c in token.children)


def _predicate_cue(token: Token) -> str:
    """The words that deny: "not true", "false claims", "full of inaccuracies", "fabricated"."""
    if token.lower_ in _TRUTH_WORDS:
        return f"not {token.text}"
    words = [c for c in token.subtree if c.dep_ in {"amod", "prep", "pobj"} and c.i <= token.i + 2] + [token]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i)) if token.lower_ not in DISMISSIVE_WORDS else token.text


def _dismissed_subject(token: Token) -> Token | None:
    negation_denies = token.lower_ in _TRUTH_WORDS  # "not true" denies; "not false" does not
    copula = token.head.lemma_ == "be" or token.head.lower_ in {"'s", "’s"}  # "It’s not true": the parser's "’s" verb
    if token.dep_ in {"acomp", "attr"} and copula and (negation_denies or not _negated(token.head)):
        clause, subject_deps = token.head, {"nsubj"}
    elif token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and not _negated(token):
        clause, subject_deps = token, {"nsubjpass"}
    else:
        return None
    return next((c for c in clause.children if c.dep_ in subject_deps), None)


def _sentence_hedges(ann: Annotated, sentence: TokenSpan) -> list[Denial]:
    hedges = []
    for token in sentence:
        if token.lower_ in HEDGE_ADVERBS or (token.lower_ in HEDGE_ADJECTIVES and token.dep_ == "amod"):
            hedges.append(_denial(ann, sentence, None, token.lower_, "hedged", _phrase(token.head)))
        elif token.lemma_.lower() in {"claim", "allege"} and token.pos_ == "VERB" and not _negated(token):
            # only a claim *that* something is so: "claimed an easy victory" hedges nothing
            clause = next((c for c in token.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if clause is None and token.lemma_.lower() == "allege":  # "alleging fraud": what is alleged
                clause = next((c for c in token.children if c.dep_ == "dobj"), None)
            if clause is None and _parenthetical(token):  # "..., the agency claims, but ...": the main clause
                clause = token.head
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


def _parenthetical(verb: Token) -> bool:
    """A verb set off by commas inside the clause it comments on ("..., the agency claims, ...")."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return verb.dep_ in {"parataxis", "advcl"} and following is not None and following.text == ","


def _denial(ann: Annotated, sentence: TokenSpan, verb: Token | None, cue: str, kind: str, target: str | None,
            said_of: bool = False) -> Denial:
    """`said_of`: the clause's subject is what is denied; the denier is whoever says it."""
    denier = _denier(ann, verb, said_of) if verb is not None else (None, None)
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


def _denier(ann: Annotated, verb: Token, said_of: bool) -> tuple[str | None, str | None]:
    subject = _speaker_subject(verb) if said_of else _subject(verb)
    if subject is not None and subject.lower_ in {"that", "which", "who"} and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "a report that has flatly rejected ...": the report
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        subject = _speaker_subject(subject.head)  # '"We deny it," he added': the speaker of the quote
    if subject is None:
        return None, None
    if subject.lower_ in _PERSON_PRONOUNS | _THING_PRONOUNS:
        return _antecedent(ann, subject)
    own = ann.mention_at(subject.idx)
    if own is None and subject.pos_ == "PROPN":
        return None, _name_phrase(subject)  # "The United Arab Emirates General Civil Aviation Authority": not its place
    for candidate in [subject, *_own_words(subject)]:
        mention = ann.mention_at(candidate.idx)
        if mention is not None and mention.entity_id and mention.span.start >= _phrase_start(subject).idx:
            return mention.entity_id, clean_name(mention.text)  # not one spilling over a dateline before it
    return None, _name_phrase(subject)


def _phrase_start(head: Token) -> Token:
    """Where a subject's phrase begins: after a dateline the parser took into it ("Lantern
    Daily - A Foreign Ministry spokesperson": "A")."""
    start = head.left_edge
    for token in head.doc[start.i:head.i]:
        if token.text in DATELINE_MARKS:
            return token.nbor(1) if not line_before(start).strip() else start
        if token.pos_ != "PROPN":
            break
    return start


def _own_words(head: Token) -> list[Token]:
    """The words of a subject's phrase in text order, without the clauses set in it ("Two
    sources close to the bank, cited by Reuters,": not Reuters; "X in a statement rejecting
    accusations by American officials": not the officials)."""
    skipped = {t.i for c in head.subtree if c.dep_ in {"acl", "relcl"} and c is not head for t in c.subtree}
    return sorted((t for t in head.subtree if t.i not in skipped), key=lambda t: t.i)


def _name_phrase(head: Token) -> str:
    """A subject as a name: its words up to the head ("Its foreign ministry"), without
    clauses or phrases after it, nor a dateline before it."""
    words = head.doc[_phrase_start(head).i:head.i + 1]
    return words.text[len(words[0].text) + 1:] if words[0].dep_ == "det" and len(words) > 1 else words.text


def _speaker_subject(verb: Token) -> Token | None:
    """Who says a clause: the subject of the nearest speech verb above it whose subject is
    not "we" or "I" ('"We can confirm the reports are false," said X': X), else the name
    the parser left right before that verb ("..., chief Kathy Lueders told reporters"), else
    the subject of the verb a participle hangs on ("refuted the report, saying it is ...")."""
    speech = load_lexicon().speech_verbs
    for node in list(verb.ancestors)[:_CLIMB]:
        if node.lemma_.lower() not in speech:
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _FIRST_PERSON:
            continue
        if subject is None and node.i > 0 and node.nbor(-1).ent_type_ == "PERSON":
            return node.nbor(-1)
        return subject if subject is not None else _subject(node.head) if node.tag_ == "VBG" else None
    return _quotation_speaker(verb)


def _quotation_speaker(token: Token) -> Token | None:
    """Who says a quotation of several sentences whose attribution follows its end
    ('"This report is baseless. I don't think ...," said Tewari'): the subject of the
    speech verb in the sentence where the quotation closes, or the name right after it."""
    doc = token.doc
    before = line_before(token)
    if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
        return None  # not inside a quotation
    close = next((t for t in doc[token.i:] if "”" in t.text or '"' in t.text or "\n" in t.text_with_ws), None)
    if close is None or "\n" in close.text_with_ws and not ("”" in close.text or '"' in close.text):
        return None  # the quotation does not close in this paragraph
    speech = load_lexicon().speech_verbs
    verb = next((t for t in close.sent if t.i > close.i and t.lemma_.lower() in speech and t.pos_ == "VERB"), None)
    if verb is None:
        return _speaker_before(token, speech)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PROPN":
        subject = doc[verb.i + 1]  # "said Tewari", parsed as no subject
    return subject


def _speaker_before(token: Token, speech: frozenset[str]) -> Token | None:
    """A quoted sentence that goes on after its attribution ('"No such plan exists," he was
    quoted as saying. "It is not true that ..."'): who speaks in the sentence before it, in
    the same paragraph, and its own opening mark right after that sentence."""
    sentence = token.sent
    if sentence.start == 0 or "\n" in token.doc[sentence.start - 1].text_with_ws:
        return None
    if sentence[0].text not in {'"', "“"}:
        return None  # the quotation opened earlier: its attribution is not the sentence before
    previous = token.doc[sentence.start - 1].sent
    for verb in previous:
        if verb.lemma_.lower() in speech and verb.pos_ == "VERB":
            for node in [verb, *list(verb.ancestors)[:2]]:  # "he was quoted as saying": the one quoted
                subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None:
                    return subject
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, else of the nearest verb above it that has one ("said
    there was nothing to add and called ..."), or a passive agent."""
    if verb.dep_ == "acl":  # "Western intelligence claiming ...": the noun it describes
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # "a charge stoutly denied by officials": the officials
            return next((c for c in agent.children if c.dep_ == "pobj"), verb.head)
        return _statement_owner(verb.head) if verb.head.lemma_.lower() in STATEMENT_NOUNS else verb.head
    for node in [verb, *list(verb.ancestors)[:_CLIMB]]:
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"} and not is_dateline(child):
                return child
            if child.dep_ == "nsubjpass" and node != verb:  # "has been forced to deny"
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if any(is_dateline(c) for c in node.children):
            appositive = next((a for c in node.children if is_dateline(c) and (a := subject_past_dateline(c))), None)
            if appositive is not None:
                return appositive  # "Islam Times - A Foreign Ministry spokesperson refuted ..."
    return None


def _statement_owner(statement: Token) -> Token:
    """Whose statement denies: "X released a statement denying ..." -> X; "X in a
    statement rejected ..." -> X; else the statement itself."""
    holder = statement.head
    if holder.dep_ == "prep":
        holder = holder.head
    if holder.pos_ in {"NOUN", "PROPN"} and holder.i != statement.i:
        return holder
    for node in [holder, *list(holder.ancestors)[:_CLIMB]] if holder.pos_ in {"VERB", "AUX"} else []:
        # "X have seen it fit to release a statement": not the "it" of the idiom
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.lower_ not in {"it", "there"}), None)
        if subject is not None:
            return subject
    return statement


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
            if mention is None and "PERSON" in wanted and speaker_noun(token):
                return None, _name_phrase(token)  # "McGraw's publicist says ... she tells"
    earlier = [m for m in ann.mentions if m.span.end <= pronoun.idx and m.label in wanted and m.entity_id]
    if not earlier:
        return None, None
    return earlier[-1].entity_id, clean_name(earlier[-1].text)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)

"""Resolve the subject of a speech cue to a canonical speaker.

The subject may be a name ("Zelenskyy", "Vasily Nebenzia, Russia's Permanent ..."), a
pronoun ("He"), a role phrase ("the head of state", "Russia's Permanent Representative to
the UN"), an institution ("The Kremlin", "the ministry") or an anonymous source ("a source",
"officials"). Names resolve to the article's fullest form of that person (a bare surname,
or the first of two, "González" of "Edmundo González Urrutia", to the full name written
earlier, a lone given name to the one person of that first name; a name the tagger took for
an organisation is a person when a role is set off after it, "according to Lway, an
official"); he/she to the subject, or only person, of the latest sentence that mentions a
person (the source of "..., according to X" before the subject of what X reports; a
possessor or a doubtful one-word name the weakest; in the pronoun's own sentence, one asked
or contacted, "When the BBC contacted Y, he said", or whose remarks hold it, "X's statement
in which he said"), skipping people of the other gender: those this
article already called by the other pronoun ("She said he ..." is never her), gave a
gendered title or noun ("Mr.", "actress", "her son, X") or a his/her in a clause of their
own; failing all that, a common given name that is one gender's almost everywhere
("Jennifer", not "Jordan"). A name written with "the" ("the Red Crescent said") is a body no
he/she refers to, even when a description took it for a person; and a he/she right after an
unnamed official ('"...," added the official. "...," he said') stays unknown rather than
going to someone named later. A name right before a he/she subject is that subject, said twice
("For his part Cameron he wrote"). With no one at all before, he/she is a name the tagger
missed that speaks in the next sentence ("'...,' he commented. / Regarding X, Borja said"). A
name the tagger cut at a hyphen ("[Waker]-uz-Zaman") is the whole name's person.
Role phrases to the person whose
title or apposition in this article fits the role ("President of Ukraine X", "X, Russia's
Permanent Representative to the UN,"); a name between the article and the role noun is the
seat, not the holder ("The Tarvin member of Parliament"), a description qualified by an
organisation is the one person named right after that organisation ("Green Union (GU) Tomas
Brandt ... the GU stalwart"), a title "of" a body is a person, never the body ("The President
of the European Commission"), a role written short is an office, never a name ("said the
DCP", "the Chinese FM spokesperson"), and a description whose relative clause gives an office
("The 64-year-old, who was elected Niger's president,") is that office's holder; "it" or
"they" to the organisation that is the nearest subject before it in its own sentence ("the
ELN declared ... what it called"; "it", never a person, also to a person's organisation:
"UNITAMS chief X '...,' it said"), else to the one that spoke last in the paragraph (or the
one before, when no person is a subject in this one; a person its report in this paragraph
is about is no subject that takes the floor: "The authority said X had won. Later it
proclaimed ..."). A court ("the court said", "the bench
noted", "A Delhi court") speaks through the one
judge or justice the article names, if it names exactly one and no higher court (a high or supreme
court speaks as itself, "the Kerala high court"); its rulings ("the court ruled") stay its own.
"It" that says, right after an organisation spoke, is that organisation, not a document it
confirmed in that sentence ("the airline said ..., later confirming a report by X").
A description of a kind of organisation ("the opposition bloc", "the UN agency",
"the broadcaster") is the organisation it echoes (words set beside the name count: "The main
opposition National Salvation Front"; a name in the plural too: "the airline" of "Ethiopian
Airlines"), that
spoke last (an agency, like a company, a paragraph back; "the military" also an army), that the
sentence before is about (never a country), or whoever the same noun stood for when it spoke
before ("The health agency said ... The agency said"); of several companies named, the
one that spoke ("a spokeswoman for the planemaker"); otherwise unknown, though an agency no one
named is named by what it does ("the disaster management agency"). A bare noun the article set
right before an organisation's name is that organisation ("The opposition CORD party ... The
opposition claimed"). Names the tagger missed or mislabelled are recovered from the parse:
sentence subjects that look like full names, and the name closing a title phrase. A word of
a longer name of something else ("FC Goa") is no mention of a person of that name.

News prose names someone once and then varies: "Tusk said ... The Polish prime minister
added", "Erdogan said ... he said", "The coach admitted: ... Luis de la Fuente said". A
role, description or pronoun with no fitting antecedent goes to the one subject of the
sentence before it (a one-word name the tagger took for a place or organisation becomes a
person then, though not for a role whose holder is named later: "Hamas said ... Israel's
defense minister vowed ... Defense Minister X said" is X; paragraphs that are all quote are
that person's words and do not stand between),
or, with nobody before, to the person introduced as the next subject. A role no one in the
article holds fits a person given no title ("Hundeyin said ... The spokesman said"); a title
before a name with a preposition right before the name is another's ("resigned as health
secretary as [X]'s leadership faced ..."). Someone brought in unnamed ("One protester said")
is the person first named as the subject of the next sentence who goes on ("X added"). People
who speak for someone speak for them ("a spokesperson for Maersk", "Wrona's lawyers"; "the
spokesperson" after someone else, the one a "UN spokesperson" brought in before; "he"
after "..., a TNLA official said" and sentences about no one), unless a
spokesperson is named as the next sentence's subject, for the first time ("A Kremlin
spokesman said ... / Dmitry Peskov said"; one titled must be a spokesperson of no other
body: "the spokesperson of the Ministry ... Ministry spokesperson X"; "his spokesman" stays
his). "The official" is not the person before when that person's title names another
country ("Israel's Prime Minister X ... The Palestinian official said"), and "the source"
is never someone named. Documents speak for their issuer: "a survey by Gallup", "a statement
released by X", "the Joint Communique of X", "a message posted on the X Telegram channel",
"a statement on the detained leader's account" (the leader named before), or the one who
made the same document before ("In a statement, X's vice president, Y, commented ... The
statement added": Y; "The BBC report disclosed ... the report stated"; "In further
statements, the office said ... one statement noted"; a court's judgment), or the body of
the meeting it was made at ("a communique issued at the ASEAN Foreign Ministers Meeting");
unnamed groups ("Residents of Paiporta") stay unknown, while a named body's members or leaders
speak as that body ("Azimio leaders said": a short name the tagger took for a people stands for
the organisation named before with it). The names in a line's dateline ("ADDIS ABABA:", "PARIS
(AP) —") say where a story was filed and by which wire: never a speaker, an antecedent, nor
the long form of the country in the subject after them. Anything that does not resolve
confidently stays unknown: attribution is worth more unknown than wrong.

Calls must come in text order: every resolved person becomes an antecedent for the
pronouns and role phrases that follow.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import takewhile

from spacy.tokens import Span as Sentence, Token

from wiretrace.analyse._quote_lexicon import Lexicon, load_lexicon
from wiretrace.analyse.provenance import is_news_outlet
from wiretrace.analyse.temporal import MONTHS
from wiretrace.link.entities import (
    canonical_id, clean_name, country_of, initials, organisations_named_with, slug, spelled_out,
)
from wiretrace.model import Mention, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.datelines import header_end, is_dateline, subject_past_dateline
from wiretrace.nlp.fixes import CITING_WORDS, NAME_PARTICLES
from wiretrace.nlp.gazetteer import (
    FEMALE_GIVEN_NAMES, GIVEN_NAMES, MALE_GIVEN_NAMES, country_index, load_gazetteer, name_key, surface_labels,
)
from wiretrace.nlp.syntax import objects_of

SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
ROLE_LABEL = "ROLE"  # a role phrase mention; its entity_id is the holder when the annotator knows it
NUMERIC_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
GENERATIONAL_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
PERSON_PRONOUNS = {"he", "she"}
FIRST_AND_SECOND_PERSON = {"i", "we", "you"}
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she"}  # "in his view"
PERSON_POSSESSIVES = set(PRONOUN_OF_POSSESSIVE)
OBJECT_OF_PRONOUN = {"he": "him", "she": "her"}
PRONOUN_OF_OBJECT = {"him": "he", "her": "she"}  # "according to him"
# "X asked him whether ...", "When the BBC contacted Y, he said": the answer is given by the one asked.
QUESTIONING_VERBS = {
    "ask", "press", "prod", "question", "quiz", "grill", "interview", "challenge", "query", "contact", "approach",
}
# Words joined to a name that tell its gender ("Mr. Reyes", "actress Mary Steenburgen").
GENDERED_WORDS = dict.fromkeys(
    ["mr", "sir", "lord", "king", "prince", "actor", "son", "father", "dad", "brother", "husband",
     "boyfriend", "uncle", "nephew", "grandfather", "grandson", "businessman", "congressman", "spokesman"], "he"
) | dict.fromkeys(
    ["mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "actress", "daughter", "mother", "mom",
     "mum", "sister", "wife", "girlfriend", "aunt", "niece", "grandmother", "granddaughter", "businesswoman",
     "congresswoman", "spokeswoman"], "she"
)
# Abbreviated ranks and offices written before a name ("Sgt. Uriel Pacheco", "Lt. Gov. X").
TITLE_ABBREVIATIONS = {
    "sgt", "lt", "capt", "cpl", "det", "maj", "col", "gen", "adm", "cmdr", "insp", "supt", "dep", "gov",
    "sen", "rep", "atty", "dr", "prof", "rev", "fr", "pvt", "ofc", "cpt", "asst", "assoc", "sec",
    "con", "pc", "dc", "ds", "di", "dci", "ch", "pm", "cm", "hon",
}
# Institution nouns that describe an organisation without being part of its name.
DESCRIBING_NOUNS = frozenset({"company", "firm", "group", "alliance", "bloc"})
# Bodies described as someone's ("the UN agency") or, when no one was named, named by what they
# do ("the disaster management agency").
FUNCTION_NOUNS = frozenset({"agency"})
# A country's own bodies, one of each: "the army said" names one speaker even when no army was named.
COURT_NOUNS = frozenset({"court", "bench"})  # a court's words, credited to its judge when the article names one
HIGHER_COURT_WORDS = frozenset({"high", "supreme", "constitutional", "appeals", "appellate"})
RULING_VERBS = frozenset({"rule"})  # "the court ruled": a ruling is the court's own act, not its judge's words
JUDGE_ROLE = "judge"  # the lexicon's role group of judges, justices and magistrates
STATE_BODIES = frozenset({"army", "military", "police", "government", "navy", "judiciary", "presidency", "cabinet"})
# People an article may never name, as nouns, with the pronoun they take (None: either).
UNNAMED_PEOPLE = dict.fromkeys(["man", "boy"], "he") | dict.fromkeys(["woman", "girl"], "she") | dict.fromkeys(
    ["patient", "victim", "survivor", "resident", "witness", "neighbour", "neighbor", "passenger", "customer",
     "parent", "student", "worker", "employee", "villager", "refugee", "protester", "voter", "fan"], None
)
# Nouns that describe a business ("X, the grid operator,"): with the institution nouns, no person's.
BUSINESS_NOUNS = load_gazetteer().business_nouns  # "the firm", "a [company] spokesperson"
GROUP_NOUNS = frozenset({"member", "leader"})  # a body's people speaking together: "the Council members urged"
MEDIA_NOUNS = frozenset({"broadcaster", "newspaper", "daily", "outlet", "channel", "tabloid", "network", "broadsheet"})
# Nouns for what someone said: their possessor is its speaker ("Chamisa's accusation came as ...").
SPEECH_ACT_NOUNS = frozenset({
    "accusation", "remark", "comment", "statement", "claim", "warning", "call", "criticism", "announcement",
    "allegation", "admission", "denial", "threat", "appeal", "plea", "pledge", "promise", "assertion", "prediction",
    "revelation", "disclosure", "insistence", "confirmation",
})
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CONTINUING_VERBS = frozenset({"add", "continue"})  # "X added": the one who spoke goes on
PREDICTING_VERBS = frozenset({"forecast", "predict"})  # "X is forecast to ...": said of X, not by X
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "district", "province", "region", "county", "municipality", "suburb"})
# Only parts of a noun phrase that belong to the name/role itself, not what follows it.
NP_CORE_DEPS = {"det", "amod", "compound", "poss", "case", "nmod", "prep", "pobj", "flat", "nummod", "punct", "npadvmod"}
TITLE_TOKEN_POS = {"PROPN", "NOUN", "ADJ", "ADP", "DET", "PART"}
MAX_TITLE_TOKENS = 9
PRONOUN_LOOKBACK_PARAGRAPHS = 2
SPOKESPERSON_ROLE = "spokesperson"  # the lexicon's role group of people who speak for others
# Speakers unnamed by definition: "the source" is never the person named before it.
CONFIDENTIAL_NOUNS = frozenset({"source", "insider"})
MISREAD_ORGANISATION_LABELS = {"PRODUCT", "WORK_OF_ART"}  # "a spokesperson for Maersk" (tagged PRODUCT)
# Sources that are texts, not people: "a report in X" is X's, "a source in X" is nobody's.
DOCUMENT_NOUNS = {
    "report", "study", "statement", "document", "survey", "poll", "data", "analysis", "paper",
    "code", "law", "rule", "constitution", "treaty", "agreement", "ruling", "verdict", "decree", "bill",
    "resolution", "filing", "lawsuit", "complaint", "indictment", "guidance", "policy", "manifesto", "notice",
    "alert", "advisory", "bulletin", "communique", "communiqué", "tweet", "digest", "judgment", "judgement",
}
# Texts a body or person issues to say something: "in a statement", "the release said", "a letter of X".
STATEMENT_NOUNS = frozenset({
    "statement", "release", "letter", "note", "message", "notice", "memo", "post", "tweet", "communique", "communiqué",
})
MEETING_NOUNS = frozenset({"meeting", "summit", "conference"})  # "the ASEAN Foreign Ministers Meeting" issues a communique
# Where a text is posted: "a message posted on the Wagner Telegram channel" speaks for the channel's owner.
CHANNEL_NOUNS = frozenset({"channel", "account", "page", "website", "site", "feed", "handle", "profile"})
# Verbs that make the document their object theirs: "X issued a statement" (not "X would not endorse a statement").
MAKING_VERBS = frozenset({
    "issue", "release", "publish", "post", "put", "send", "tweet", "write", "make", "read", "deliver", "give",
    "share", "draft", "pen", "sign", "adopt", "email", "e-mail", "circulate", "produce", "prepare", "file",
})
DOCUMENT_OR_STATEMENT_NOUNS = frozenset(DOCUMENT_NOUNS | STATEMENT_NOUNS)  # what a body writes or says in
SAID_IN_NOUNS = frozenset({"interview", "speech", "briefing"} | DOCUMENT_OR_STATEMENT_NOUNS)  # "said in a statement"
PUBLISHER_PREPOSITIONS = {"by", "from", "in"}  # "a survey by X", "data from X", "a report in X"
OWNER_PREPOSITIONS = {"for", "at"}  # "a spokesperson for X", "analysts at X"; "residents of X" speak for themselves
NAME_WORDS_AFTER_PREPOSITION = 2  # "of Ukraine Volodymyr Zelenskyy": first name + surname
# Words that say how far a body reaches, not which body it is ("the local vigilance group")
SCOPE_WORDS = frozenset({"local", "national", "state", "federal", "regional", "central", "international", "general", "provincial"})
STEM = 5  # "Ukrainian" and "Ukraine" share their first letters; good enough for qualifiers
MIN_MISSPELT_LENGTH = 5  # shorter names are too close to one another ("Lee"/"Lea") to forgive a slip


def is_age_description(token: Token) -> bool:
    """"the 18-year-old": the parser often leaves its "old" without a noun to hang on."""
    return token.lower_ == "old" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "year"


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """Forms of address and ranks written before a name (the gazetteer's, and the abbreviated ranks)."""
    return frozenset(h.rstrip(".").lower() for h in load_gazetteer().honorifics) | TITLE_ABBREVIATIONS


MIN_TRANSLITERATED_LENGTH = 7


def _consonant_skeleton(word: str) -> str:
    """A transliterated name's consonants, doubled letters once: "Osottanakorn" and
    "Osatanakorn" are "ostnkrn", "Kirilenko" and "Kyrylenko" "krlnk"."""
    return re.sub(r"(.)\1+", r"\1", word[:1] + re.sub(r"[aeiouy\W]", "", word[1:]))


def _one_slip(word: str, known: str) -> bool:
    """Same first letter, differing by two swapped neighbours, one letter, or one letter
    left out or typed twice ("Rute" for "Rutte"); only for known names long enough."""
    if len(known) < MIN_MISSPELT_LENGTH or word == known or word[:1] != known[0]:
        return False
    if abs(len(word) - len(known)) == 1:
        shorter, longer = sorted((word, known), key=len)
        return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
    if len(word) != len(known):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, known)) if a != b]
    swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == known[diffs[1]] and word[diffs[1]] == known[diffs[0]]
    return swapped or len(diffs) == 1


def _national_institution(token: Token) -> bool:
    """"(a) Pakistani military (spokesman)", "(an) Israeli army (spokeswoman)": an institution
    noun right after its nationality."""
    return token.pos_ == "NOUN" and _country_before(token) is not None and token.lemma_.lower() in load_lexicon().institution_nouns


def _one_of(token: Token) -> bool:
    """"One protester", "one statement": one of several, not yet told apart."""
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.children)


def _possessive_modifier(token: Token) -> bool:
    return token.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in token.children)


def said_to_be(token: Token) -> bool:
    """"The quake, said to be the worst in a century, ...", "Florence is forecast to weaken":
    hearsay or a prediction nobody voices (the tagger may take "said" for a past tense with
    the thing as its subject)."""
    lemma = token.lemma_.lower()
    predicted = lemma in PREDICTING_VERBS and any(c.dep_ == "nsubjpass" for c in token.children)
    return (lemma == "say" or predicted) and any(
        c.dep_ == "xcomp" and (predicted or c.lemma_ in {"be", "have"}) and any(a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _date_word(token: Token) -> bool:
    """"a report from [September]": a date, which the tagger may leave untagged ("May" may be a name)."""
    return token.ent_type_ in NUMERIC_LABELS or token.lower_ in MONTHS and token.lower_ != "may"


def _country_before(token: Token) -> Token | None:
    """"[Pakistani] military", "[Egypt]'s army": the nation written right before an institution."""
    if token.i > 0 and token.nbor(-1).ent_type_ in {"NORP", "GPE"}:
        return token.nbor(-1)
    if token.i > 1 and token.nbor(-1).lower_ in {"'s", "’s"} and token.nbor(-2).ent_type_ == "GPE":
        return token.nbor(-2)
    return None


def _channel_owner(channel: Token) -> Token | None:
    """Whose channel or account it is: "the [Wagner] Telegram channel", "[Reul]'s account",
    "the official page of [X]"; the first name before the noun, as the platform ("Telegram")
    comes after its owner."""
    if channel.lemma_.lower() not in CHANNEL_NOUNS:
        return None
    of = next(iter(objects_of(channel, {"of"})), None)
    before = [t for t in channel.subtree if t.i < channel.i and (t.dep_ == "poss" or t.pos_ == "PROPN")]
    return of or (before[0] if before else None)


def _surname_forms(name: str) -> list[str]:
    """How a person's surname may stand alone: "al-Malki" also as "Malki", "George Huguely V"
    as "Huguely", and the first of two surnames ("Edmundo González Urrutia" as "González";
    never a given name: "María Corina Machado" is no "Corina")."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".,").lower() in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    last = words[-1].lower() if words else ""
    particle, _, rest = last.partition("-")
    forms = [last, rest] if particle in NAME_PARTICLES and rest else [last]
    first_surname = words[-2] if len(words) > 2 else ""
    surname_like = first_surname[:1].isupper() and slug(first_surname) not in GIVEN_NAMES | NAME_PARTICLES
    if len(first_surname) > 2 and surname_like:
        forms.append(first_surname.lower())
    return forms


def _according_to_object(token: Token) -> bool:
    """The name (or its last word) after "according to"."""
    while token.dep_ in {"compound", "flat"} and token.head is not token:
        token = token.head
    preposition = token.head
    according = preposition.i > 0 and preposition.nbor(-1).lower_ == "according"
    return token.dep_ == "pobj" and preposition.lower_ == "to" and according


def _given_names(words: list[str]) -> list[str]:
    """The words before the surname, skipping initials, honorifics and ranks: "Donald J.
    Trump" -> ["Donald"]; "Mr Chamisa" -> [] (the Chamisa named before, not another one)."""
    return [w for w in words[:-1] if len(w.rstrip(".")) > 1 and w.rstrip(".").lower() not in _honorifics()]


def _given_name(words: list[str]) -> str | None:
    """The given name right before the surname ("Donald J. Trump" -> "Donald")."""
    before = _given_names(words)
    return before[-1] if before else None


@dataclass(frozen=True)
class Speaker:
    """A resolved (or knowingly unresolved) speaker reference."""

    name: str | None
    entity_id: str | None
    span: Span  # where the speaker is named or referred to ("He", "the Ukrainian leader")


@dataclass
class _Person:
    key: str
    name: str
    titles: list[str] = field(default_factory=list)
    titled_at: dict[str, int] = field(default_factory=dict)  # where the text first gives a title beside a name

    def titled_before(self, title: str, pos: int) -> bool:
        return self.titled_at.get(title, 0) < pos


@dataclass(frozen=True, order=True)
class _Ref:
    pos: int
    sentence_start: int
    is_subject: bool
    key: str


def entity_id_for(name: str, label: str, mention: Mention | None = None) -> str:
    """The mention's canonical entity id, else the linker's id for the name."""
    if mention is not None and mention.entity_id:
        return mention.entity_id
    return canonical_id(name, label)


class SpeakerResolver:
    def __init__(self, ann: Annotated, quoted: list[tuple[int, int]], lexicon: Lexicon | None = None):
        self.ann = ann
        self.doc = ann.doc
        self.lex = lexicon or load_lexicon()
        self.quoted = quoted
        self.mentions = sorted(
            (m for m in ann.mentions if m.label in SPEAKER_LABELS and not self._dateline_place(m)),
            key=lambda m: m.span.start,
        )
        # Role phrases the annotator already tied to their holder ("the Ukrainian leader").
        self.held_roles = [m for m in ann.mentions if m.label == ROLE_LABEL and (m.entity_id or "").startswith("person:")]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", ann.article.text)]  # blank lines too
        self.persons: dict[str, _Person] = {}
        self.surnames: dict[str, str] = {}  # lowercased last name -> person key
        self.refs: list[_Ref] = []
        self.pronouns: dict[str, str] = {}  # person key -> "he"/"she", as this article used it
        self.spoken_orgs: list[tuple[int, str, str]] = []  # (position, name, id) of organisations as speakers
        self.name_subjects: list[Token] = []  # subjects that may be people the tagger missed
        self.promoted: dict[str, str] = {}  # id a name was first given -> its person key
        self.bodies_promoted: set[str] = set()  # person keys promoted from a name written with "the"
        self._index_persons()

    # ----- public -------------------------------------------------------------------

    def resolve(self, head: Token, quoted: str = "") -> Speaker:
        """Resolve the subject whose syntactic head is `head` (name, pronoun, role ...);
        `quoted` is what the speaker says, when it is a direct quote."""
        head = self._name_after_title(self._name_of_joined_titles(self._past_opening_participle(head)))
        span = self._span(*self._np_bounds(head))
        if self._joint(head):
            return Speaker(None, None, span)
        doubled = self._name_doubling(head)
        if doubled is not None:  # "For his part Cameron he wrote": the name, said again as a pronoun
            return self.resolve(doubled, quoted)
        if head.lower_ in PERSON_PRONOUNS | PERSON_POSSESSIVES | set(PRONOUN_OF_OBJECT):
            pronoun = (PRONOUN_OF_POSSESSIVE | PRONOUN_OF_OBJECT).get(head.lower_, head.lower_)
            key = self._pronoun_antecedent(head, pronoun)
            if key is not None and self._named_in(key, quoted):
                key = self._slipped_pronoun(head, quoted)
            elif key is not None:
                self.pronouns.setdefault(key, pronoun)
            officer = self._unnamed_officer_before(head) if key is None else None
            if officer is not None:  # "A Meta spokesman assured that ... / '...,' he told AFP": for Meta
                return Speaker(*officer, span)
            return self._person_speaker(key, span, head, is_subject=True)
        if head.lower_ in {"it", "they"}:  # "The Council said ... '...,' they added" (a body as plural)
            made = self._document_antecedent(head)
            return Speaker(*made, span) if made is not None else self._organisation_antecedent(head, span)
        if self._pronoun_shaped(head):
            named = self._person_in_apposition(head)  # "One of the victims, Sarah Ransome, told"
            return Speaker(*named, span) if named else Speaker(None, None, span)  # "Most of us think"
        comma_after = head.i + 1 < len(head.doc) and head.nbor(1).text == ","
        if (head.is_upper or comma_after) and is_dateline(head):  # capitals: "Peskov: '...'" leads a quote in
            # "LAHORE: X rejected ...", "JOHANNESBURG, South Africa — [The court] ruled", "Colombo, Aug 17
            # (PTI) [Sri Lanka government] slammed": the parse took the place line for the subject
            subject = subject_past_dateline(head)
            return self.resolve(subject, quoted) if subject is not None else Speaker(None, None, span)
        resolved = self._resolve_noun_phrase(head)
        if resolved is None:
            return Speaker(None, None, span)
        name, entity_id = resolved
        if entity_id in self.persons:
            self._add_ref(head, entity_id, is_subject=True)
        else:
            self.spoken_orgs.append((head.idx, name, entity_id))
        return Speaker(name, entity_id, span)

    @staticmethod
    def _name_doubling(head: Token) -> Token | None:
        """The person's name set right before a he/she subject, with no comma between
        ("Cameron he wrote"); a name governed by a verb or preposition ("told Smith he") is another."""
        if head.lower_ not in PERSON_PRONOUNS or head.dep_ not in SUBJECT_DEPS or head.i == 0:
            return None
        name = head.doc[head.i - 1]
        first = next(t for t in reversed(head.doc[:name.i + 1]) if t.ent_iob_ != "I")  # of the whole name
        # "told Jake Tapper he would": the parse may not make the one told an object
        after_verb = first.i > 0 and first.nbor(-1).pos_ in {"VERB", "AUX", "ADP"}
        governed = name.dep_ in {"pobj", "dobj", "dative", "poss"} or after_verb
        return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and not governed else None

    def _pronoun_shaped(self, head: Token) -> bool:
        """"we", "us", "most": no name; but "said WHO", "the US said" are acronyms the
        tagger named, and "Chris See said" or "May said" (after Theresa May) a surname that is
        also a stop word."""
        known_surname = head.text[:1].isupper() and head.lower_ in self.surnames
        if not (head.lower_ in FIRST_AND_SECOND_PERSON or head.is_stop and not self._capitalised_name(head)) or known_surname:
            return False
        if not (head.is_upper and len(head) > 1):
            return True
        mention = self._mention_at(head)
        if mention is not None:
            return mention.label not in {"ORG", "GPE", "NORP"}
        doc = head.doc
        shouted = any(0 <= i < len(doc) and doc[i].is_upper and doc[i].is_alpha for i in (head.i - 1, head.i + 1))
        return head.is_sent_start or shouted  # "WE WANT JUSTICE": a shouted pronoun

    def _not_a_person_name(self, token: Token, name: str) -> bool:
        """An institution, a known person already, a title, or a name set beside a business noun."""
        return (
            self._is_institution(token, name)
            or self._known_surname(name) is not None
            or bool(self.lex.role_phrases_in(name))
            or self._titled_head(token)
            or self._described_as_body(token)
        )

    def _titled_head(self, token: Token) -> bool:
        """"the Public Relations [Officer]": the last word of a title, however the tagger cut the name."""
        phrase = self._span_text(self._np_bounds(token)[0], token.idx + len(token))
        return bool(self.lex.role_phrases_in(token.text)) or self._ends_in_title(phrase)

    def _ends_in_title(self, phrase: str) -> bool:
        lowered = phrase.lower()
        return any(lowered.endswith(title) for title in self.lex.role_phrases_in(lowered))

    def _described_as_body(self, token: Token) -> bool:
        """"Red Electrica, the Spanish power grid operator,": a name set beside an
        institution or business noun is an organisation's, not a person's."""
        bodies = self.lex.institution_nouns | BUSINESS_NOUNS
        return any(c.dep_ == "appos" and c.lemma_.lower() in bodies for c in token.children)

    def _named_description(self, head: Token) -> tuple[str, str] | None:
        """"his wife, Deborah, ... said his wife": a description the article has already
        set beside a name (same noun, same determiner or possessor) is that person."""
        marker = self._determiners(head)
        if head.pos_ != "NOUN" or not marker:
            return None
        for earlier in reversed(self.doc[: head.i]):
            if earlier.lower_ != head.lower_ or self._inside_quote(earlier.idx) or self._determiners(earlier) != marker:
                continue
            named = next((c for c in earlier.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            mention = self._mention_at(named) if named is not None else None
            if mention is not None:
                return self._from_mention(mention)
        return None

    @staticmethod
    def _named_before(key: str, pos: int, refs: list[_Ref]) -> bool:
        """Whether `refs` refer to `key` before `pos`."""
        return any(r.key == key and r.pos < pos for r in refs)

    @staticmethod
    def _indefinite(head: Token) -> bool:
        """"a military leader", "an official": introduced as someone not yet named."""
        return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)

    @staticmethod
    def _determiners(token: Token) -> set[str]:
        return {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}

    @staticmethod
    def _capitalised_name(token: Token) -> bool:
        """"Chris See said": a surname that is also a stop word is still a name."""
        return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start

    @staticmethod
    def _name_after_title(head: Token) -> Token:
        """"said Sgt. Uriel Pacheco", "Det Con Richard Staff said", "said PM Modi": the
        abbreviation's full stop may end the parser's sentence, or the parser may head the
        phrase on the abbreviation, leaving the title as the subject; the speaker is the
        name after it."""
        doc = head.doc
        if head.lower_ not in TITLE_ABBREVIATIONS:
            return head
        after = head.i + 1
        while after < len(doc) and (doc[after].text == "." or doc[after].lower_ in TITLE_ABBREVIATIONS):
            after += 1
        if after >= len(doc) or doc[after].pos_ != "PROPN":
            return head
        name = doc[after]
        while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and doc[name.i + 1].text[:1].isupper():
            name = doc[name.i + 1]
        return name

    def _past_opening_participle(self, head: Token) -> Token:
        """"Arriving at the meeting, German Minister X said": the parser may take the opening
        participle for the subject and hang the name after its comma on it; the name speaks."""
        if head.tag_ != "VBG" or head.i != head.sent.start:
            return head
        comma = next((t for t in head.rights if t.text == ","), None)
        after = [c for c in head.rights if comma is not None and c.i > comma.i and self._mention_at(c) is not None]
        return after[0] if after else head

    def _name_of_joined_titles(self, head: Token) -> Token:
        """"Exxon Chairman and CEO Darren Woods said", "Jammu and Kashmir's Deputy Chief
        Minister Nirmal Singh said": the parse heads the phrase on the first title or place
        and joins the name to it; the name speaks."""
        # a bare description serves as a title too: "Meteorology engineer and disaster management specialist X"
        bare_description = head.tag_ == "NN" and not self._determiners(head)
        if head.lower_ not in self.lex.title_words and not self._place_word(head) and not bare_description:
            return head
        named = [c for c in head.children if c.dep_ == "conj" and (m := self._mention_at(c)) is not None and m.label == "PERSON"]
        return named[-1] if len(named) == 1 else self._name_after_joined_titles(head) or head

    def _name_after_joined_titles(self, head: Token) -> Token | None:
        """ "said Nigeria’s President and ECOWAS Chairman Bola Tinubu": the parse lost the
        joint titles (it made "ECOWAS" a verb); the person named right after "and" and more
        capitalised title words is the one they describe."""
        doc = head.doc
        if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "and":
            return None
        for token in doc[head.i + 2 : head.i + 8]:
            mention = self._mention_at(token)
            if mention is not None and mention.label == "PERSON":
                return self._token_at(mention.span.end - 1)
            if not token.text[:1].isupper():
                return None
        return None

    def _joint(self, head: Token) -> bool:
        """"She and Rose-Lynn sing together", "Smith and York said": several speakers,
        none of whom is the quote's one speaker. A named lead with unnamed helpers ("analyst
        X and colleagues said in a note") still speaks as that lead."""
        if head.lower_ in TITLE_ABBREVIATIONS or head.lower_ in self.lex.title_words:
            return False  # "Exxon Chairman and CEO Darren Woods": two titles of one person
        if head.pos_ == "NOUN" and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
            return False  # "India's sherpa, or negotiator, Amitabh Kant,": a gloss, one person
        others = [
            c for c in head.children
            if c.dep_ == "conj" and c.pos_ in {"PROPN", "PRON", "NOUN"} and not self._bare_title(c)
        ]  # "Thorsten Heins, President and Chief Executive of RIM, said": titles the parser joined to the name
        helpers = head.pos_ == "PROPN" and all(c.pos_ == "NOUN" and c.tag_ == "NNS" for c in others)
        return bool(others) and not helpers

    def _bare_title(self, token: Token) -> bool:
        """A title with no one of its own ("President"), not another speaker ("the group's spokesperson")."""
        return token.lower_ in self.lex.title_words and not any(c.dep_ in {"det", "poss"} for c in token.children)

    def _named_in(self, key: str, quoted: str) -> bool:
        """Whether the quote names this person in full: people don't, speaking of themselves."""
        name = self.persons[key].name
        return " " in name and re.search(rf"\b{re.escape(name)}\b", quoted) is not None

    def _slipped_pronoun(self, head: Token, quoted: str) -> str | None:
        """'McDowell still laughs at ... "It could have been easy for Mary Steenburgen
        ...," she said': the pronoun's person is the one the quote speaks of, so the
        pronoun is a slip for the subject just before it in the paragraph."""
        key = self._sole_subject_before(head.idx, None, since=self._paragraph_start(head.idx))
        return key if key is not None and not self._named_in(key, quoted) else None

    def _organisation_antecedent(self, head: Token, span: Span) -> Speaker:
        """"The ministry said ... It added that ...": "it" is the organisation that is the
        subject just before it in its own sentence, else the one that spoke last, when no
        person was referred to since and it spoke in this paragraph (or the one before, when
        no person is a subject in this one before it)."""
        found = self._organisation_subject_in_sentence(head)
        found = found or self._last_spoken_organisation(head.idx, self._described_floor(head.idx, subjects_only=True))
        found = found or self._organisation_subject_before(head)
        return Speaker(*found, span) if found else Speaker(None, None, span)

    def _organisation_subject_in_sentence(self, head: Token) -> tuple[str, str] | None:
        """"Unison, the biggest union, ... rejected an offer which they said put ...", "the ELN
        declared an offensive in protest of what it called ...": the organisation that is the
        nearest subject before the pronoun in its sentence, outside quotes (a name the tagger
        missed counts; one it took for a person's counts when set beside a body's noun). "It"
        is never a person, so a person's organisation speaks: "UNITAMS chief Volker Perthes
        '...,' it said"."""
        subjects = [
            t for t in head.sent
            if t.i < head.i and t.dep_ in SUBJECT_DEPS and t.tag_ not in {"WDT", "WP"} and not self._inside_quote(t.idx)
        ]  # "which", "who": the clause's own link, no one new
        if not subjects:
            return None
        subject = subjects[-1]
        mention = self._mention_at(subject)
        person = mention is not None and mention.label == "PERSON"
        if person and self._described_as_body(subject):
            name = self._mention_name(mention)
            return name, entity_id_for(name, "ORG")
        if person and head.lower_ != "it":
            return None  # "they" may be people
        names = [t for t in subject.subtree if t.i < subject.i] if person else [subject]
        tagged = {t.i: self._mention_at(t) for t in names}
        unnamed = [t for t in names if t.pos_ == "PROPN" and (tagged[t.i] is None or tagged[t.i].label != "PERSON")]
        bodies = (self._named_body(t) for t in unnamed)
        return next((body for body in bodies if body is not None and body[1] not in self.persons), None)

    def _organisation_subject_before(self, head: Token) -> tuple[str, str] | None:
        """"The US Pacific Command ... announced that it tracked the launch. '...,' it said":
        the organisation that is the main subject of the sentence before, nobody named since."""
        start = self._previous_narration(head.sent)
        found = self._subject_organisation(start)
        if found is None:
            # "A spokesman for the Food Standards Agency issued a warning. / It said: '...'": the
            # body its unnamed spokesperson spoke for
            subject = self._sentence_subject(start)
            # "a company spokesman said": the company is this subject's owner, not its antecedent
            own_subject = subject is not None and subject.left_edge.i <= head.i <= subject.right_edge.i
            speaks_for = subject is not None and not own_subject and self._speaks_for_another(subject)
            owner = self._owner(subject) if speaks_for else None
            if owner is None or owner[1] in self.persons or any(subject.idx < r.pos < head.idx for r in self.refs):
                return None
            return owner
        if any(found[0].idx < r.pos < head.idx for r in self.refs):
            return None
        return self._from_mention(found[1])

    def _subject_organisation(self, sentence_start: int) -> tuple[Token, Mention] | None:
        """The main subject of a sentence, with its mention, when the tagger named an organisation
        (in the subject, or beside it: "The main opposition [,] National Salvation Front")."""
        subject = self._sentence_subject(sentence_start)
        beside = [self._mention_at(c) for c in subject.children if c.dep_ == "appos"] if subject is not None else []
        mention = self._mention_at(subject) or next(filter(None, beside), None) if subject is not None else None
        return (subject, mention) if mention is not None and mention.label == "ORG" else None

    def _last_spoken_organisation(self, pos: int, floor: int | None = None) -> tuple[str, str] | None:
        floor = self._paragraph_start(pos) if floor is None else floor
        earlier = [entry for entry in self.spoken_orgs if floor <= entry[0] < pos]
        if not earlier:
            return None
        spoke_at, name, entity_id = earlier[-1]
        # a person who became a subject since takes the floor; one only mentioned ("the
        # strike targeted X") does not, nor, in the body's own paragraph, the subject of what
        # it reported ("The authority said X had won. Later it proclaimed ...")
        speaker = self._token_at(spoke_at)
        own_paragraph = spoke_at >= self._paragraph_start(pos)
        subjects = (self._token_at(r.pos) for r in self.refs if spoke_at < r.pos < pos and r.is_subject)
        if any(not (own_paragraph and self._reported_by(speaker, subject)) for subject in subjects):
            return None
        return name, entity_id

    @staticmethod
    def _reported_by(speaker: Token, token: Token) -> bool:
        """`token` lies in a clause the verb of `speaker` reports."""
        reported = (c for c in speaker.head.children if c.dep_ == "ccomp")
        return speaker.dep_ in SUBJECT_DEPS and any(token in clause.subtree for clause in reported)

    # ----- indexing -----------------------------------------------------------------

    def _index_persons(self) -> None:
        people = [m for m in self.mentions if m.label == "PERSON" and not self._qualifying_name(m)]
        for name in self._full_names_tagged_otherwise(people):
            self._register(name, [])
        for mention in sorted(people, key=lambda m: -len(m.text.split())):
            self._register_person(mention)
        for mention in people:
            key = self._known_surname(mention.text)
            if key is None or self._inside_quote(mention.span.start):
                continue
            # The title before the name may have been swallowed by the mention.
            name_start = mention.span.start + max(0, mention.text.find(self.persons[key].name.split()[0]))
            for title in self._titles_around(name_start, mention.span.end):
                self.persons[key].titles.append(title)
                self.persons[key].titled_at.setdefault(title, mention.span.start)
            token = self._token_at(mention.span.end - 1)
            self._add_ref(token, key, is_subject=self._is_subject(token))
        self._index_untagged_subjects()
        self._index_bare_surnames()
        self._index_genders()
        self.name_subjects = [t for t in self.doc if self._name_subject(t)]

    def _index_genders(self) -> None:
        """What the text says of a person's gender, before any he/she is resolved: a
        gendered title or noun joined to the name ("Mr. Reyes", "actress Mary Steenburgen",
        "her son, filmmaker Charlie McDowell") or a his/her in a clause the person is the
        only person of ("Harper knew in his bones"). Conflicting evidence says nothing."""
        evidence: dict[str, set[str]] = {}
        for ref in self.refs:
            token = self._token_at(ref.pos)
            linked = [c for c in token.children if c.dep_ in {"compound", "appos", "nmod"}]
            linked += [token.head] if token.dep_ in {"appos", "compound"} else []
            for word in linked:
                pronoun = GENDERED_WORDS.get(word.lower_.rstrip("."))
                if pronoun is not None:
                    evidence.setdefault(ref.key, set()).add(pronoun)
        for token in self.doc:
            if token.dep_ == "poss" and token.lower_ in PRONOUN_OF_POSSESSIVE and not self._inside_quote(token.idx):
                key = self._only_person_of_clause(token)
                if key is not None:
                    evidence.setdefault(key, set()).add(PRONOUN_OF_POSSESSIVE[token.lower_])
        for key, pronouns in evidence.items():
            if len(pronouns) == 1:
                self.pronouns.setdefault(key, pronouns.pop())

    def _only_person_of_clause(self, token: Token) -> str | None:
        """The subject of the verb governing `token` (outside that subject), when it is a
        known person and no other person is in the clause ("Harper gave Buckley her script":
        nobody)."""
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or token in subject.subtree:
            return None  # "Her colleague Musa Abdullahi said": her is someone else
        clause = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        keys = {r.key for r in self.refs if r.pos in clause}
        at_subject = {r.key for r in self.refs if r.pos == subject.idx}
        return next(iter(keys)) if len(keys) == 1 and keys == at_subject else None

    def _full_names_tagged_otherwise(self, people: list[Mention]) -> list[str]:
        """"to play Rose-Lynn Harlan" tagged ORG, "Rose-Lynn" alone tagged PERSON: a short
        Title Case name without organisation words that starts with a one-word person's
        name is that person's full name."""
        given = {m.text for m in people if len(m.text.split()) == 1}
        organisation_words = load_gazetteer().organisation_words
        names = []
        for mention in self.mentions:
            words = clean_name(mention.text).split()
            if mention.label != "ORG" or not 1 <= len(words) <= 3:
                continue
            if not self._holds_office(mention) and (len(words) == 1 or words[0] not in given):
                continue
            if all(w[:1].isupper() for w in words) and not set(words) & organisation_words:
                if not self._ends_in_title(" ".join(words)):  # "Public Relations Officer"
                    names.append(" ".join(words))
        return [n for n in names if self._known_surname(n) is None]

    def _holds_office(self, mention: Mention) -> bool:
        """"Morgan Komichi, MDC Alliance chairperson,", "Another Floyd brother, Terrence,": a
        name set beside a person's title or a word for a person."""
        last = self._token_at(mention.span.end - 1)
        beside = [c for c in last.children if c.dep_ == "appos"] + ([last.head] if last.dep_ == "appos" else [])
        return any(self.lex.role_phrases_in(t.text) or self.person_noun(t) for t in beside)

    @staticmethod
    def person_noun(token: Token) -> bool:
        return token.pos_ == "NOUN" and token.lemma_.lower() in GENDERED_WORDS.keys() | UNNAMED_PEOPLE.keys()

    def _name_subject(self, token: Token) -> bool:
        """A capitalised subject that may be a person the tagger missed: not a person
        already, nor a place, organisation or product the gazetteer knows, nor a name with
        an organisation's word, an institution, an acronym, a role or a date."""
        if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" or self._inside_quote(token.idx):
            return False
        mention = self._mention_at(token)
        if mention is not None and mention.label not in {"ORG", "GPE"} or token.ent_type_ not in {"", "ORG", "GPE"}:
            return False  # also the last word of "Hurricane [Daniel]"
        if mention is not None and mention.label == "GPE" and any(country_index().get(name_key(w)) for w in mention.text.split()):
            return False  # "The Republic of Ireland": a place with a country in its name
        name = clean_name(self._span_text(*self._name_bounds(token)))
        known = surface_labels().get(name) or country_index().get(name_key(name))
        return not (
            known
            or not name[:1].isupper()
            or name.isupper()
            or self._non_name_entity(token)
            or self.lex.role_phrases_in(name)
            or self._titled_head(token)
            or self._is_institution(token, name)
            or bool(set(name.split()) & load_gazetteer().organisation_words)  # "Sky News reports"
        )

    def _with_article(self, token: Token) -> bool:
        """A name written with "the" ("the Red Crescent", "The Irrawaddy"): a body's, as
        people's names take no article."""
        before = self._token_at(self._name_bounds(token)[0]).i - 1
        return before >= 0 and self.doc[before].lower_ == "the"

    def _index_untagged_subjects(self) -> None:
        """Sentence subjects that look like a full name the tagger missed or mislabelled
        ("Oleksandr Syrskyi, the commander-in-chief ..., visited"): register them as people."""
        for token in self.doc:
            if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" or self._inside_quote(token.idx):
                continue
            if self._mention_at(token) is None or self._mention_at(token).label != "PERSON":
                titled = self._titled_name(token)
                if titled is not None:
                    self._add_ref(token, titled[1], is_subject=True)
                    continue
            start, end = self._name_bounds(token)
            name = self._span_text(start, end)
            words = name.split()
            covering = [m for m in self.mentions if m.span.start < end and start < m.span.end]
            # the tagger's entity is the name (with or without its "The", "Sir" or "Dr")
            bare_start = start + len(name) - len(self._without_honorifics(name))
            exact_entity = any(m.span.start <= bare_start and end <= m.span.end for m in covering)
            place = any(m.label in {"GPE", "NORP", "LOC", "FAC"} for m in covering) or words[-1] in load_gazetteer().facility_words
            place = place or token.ent_type_ == "EVENT"  # a storm: "Hurricane Daniel hit the coast"
            if len(words) < 2 or not all(w[:1].isupper() for w in words) or exact_entity or place:
                continue
            if self._not_a_person_name(token, name):
                continue  # "The Iranian Foreign Minister": a capitalised title is nobody's name
            tagged = next((m for m in covering if m.label == "PERSON" and self._known_surname(self._mention_name(m))), None)
            if tagged is not None:  # "Tan Sri [Muhyiddin] Yassin": the tagger's person, now with the whole name
                key = self._known_surname(self._mention_name(tagged))
                self.persons[key].name = clean_name(self._span_text(min(start, tagged.span.start), max(end, tagged.span.end)))
                self.surnames.setdefault(words[-1].lower(), key)
            else:
                key = self._register(clean_name(name), self._titles_around(start, end))
            self._add_ref(token, key, is_subject=True)

    def _cut_at_hyphen(self, name: str) -> str | None:
        """"Army chief Waker-uz-Zaman said ... Gen. [Waker]-uz-Zaman announced": the one-word
        person the tagger cut at the hyphen elsewhere is the one so named; it takes the whole name."""
        last = name.split()[-1]
        first_part = last.split("-")[0]
        key = self.surnames.get(first_part.lower()) if "-" in last else None
        if key is None or self.persons[key].name != first_part:
            return None
        self.persons[key].name = self._without_title(name)
        return key

    @staticmethod
    def _without_honorifics(name: str) -> str:
        words = name.split()
        while len(words) > 1 and words[0].rstrip(".").lower() in _honorifics():
            words = words[1:]
        return " ".join(words)

    def _mention_name(self, mention: Mention) -> str:
        """The mention's name without a cue the tagger took in ('Said Liam Carter'; an
        inflected form only: 'Post Malone' keeps its name)."""
        first = self._token_at(mention.span.start)
        lemma = first.lemma_.lower()
        if lemma in self.lex.speech_verbs and first.lower_ != lemma and first.i + 1 < len(self.doc):
            return clean_name(self._span_text(first.nbor(1).idx, mention.span.end))
        return clean_name(mention.text)

    def _register_person(self, mention: Mention) -> None:
        name = self._mention_name(mention)
        if name and self._known_surname(name) is None:
            self._register(name, [], mention)

    def _index_bare_surnames(self, only: str | None = None) -> None:
        """Surnames the tagger missed ("Zelenskyy stressed" tagged as a noun) are refs too
        (`only`: of that person alone, once a name turns out to be one); a word of a longer
        name of something else is not ("FC Goa registered a win" is no ref of a Goa)."""
        tagged = {i for m in self.mentions if m.label == "PERSON" for i in range(m.span.start, m.span.end)}
        tagged |= {r.pos for r in self.refs}
        for token in self.doc:
            key = self.surnames.get(token.lower_)
            if key is None or only is not None and key != only:
                continue
            if token.text[:1].isupper() and token.idx not in tagged and not self._inside_quote(token.idx):
                if not self._word_of_other_name(token, key):
                    self._add_ref(token, key, is_subject=self._is_subject(token))

    def _word_of_other_name(self, token: Token, key: str) -> bool:
        """`token` is a word of a longer name the tagger gave something else ("FC Goa" is no
        Goa), unless that name holds the person's full name (a titled "Prime Minister X Y" the
        tagger took for an organisation)."""
        name = self.persons[key].name.lower()
        return any(
            m.span.start <= token.idx < m.span.end and not (" " in name and name in m.text.lower())
            for m in self._other_longer_names
        )

    @cached_property
    def _other_longer_names(self) -> list[Mention]:
        """Names of several words the tagger gave to something other than a person."""
        return [m for m in self.mentions if m.label != "PERSON" and " " in m.text.strip()]

    def _titles_around(self, start: int, end: int) -> list[str]:
        """Title words written next to a name: "Ukrainian President X", "X, head of Y,",
        "Ukraine's ambassador to the UK, X"."""
        first, last = self._token_at(start), self._token_at(end - 1)
        preceding = list(first.sent[: first.i - first.sent.start])
        if preceding and preceding[-1].text == ",":
            preceding.pop()  # a title set off before the name
        titles = [self._tokens_text(self._title_run(reversed(preceding)))]
        after = last.nbor(1) if last.i + 1 < len(self.doc) else None
        if after is not None and after.text == ",":
            appositive, verb_next = [], False
            for token in self._past_relative_be(self.doc[after.i + 1 : min(len(self.doc), after.i + 1 + MAX_TITLE_TOKENS * 2)]):
                verb_next = token.pos_ in {"VERB", "AUX"}
                if token.text == "," or verb_next:
                    break
                appositive.append(token)
            # "chaired by X, the SBP governor said": the title is the next clause's subject
            if not (verb_next and last.dep_ in {"pobj", "dobj"}):
                titles.append(self._tokens_text(appositive))
        return [t.lower() for t in titles if self.lex.role_phrases_in(t)]

    @staticmethod
    def _past_relative_be(tokens: Sentence) -> Sentence:
        """"X, who is also minister of public enterprise,": the title after "who is"."""
        if len(tokens) > 2 and tokens[0].lower_ == "who" and tokens[1].lemma_ == "be":
            skip = 2 + sum(1 for _ in takewhile(lambda t: t.pos_ == "ADV", tokens[2:]))
            return tokens[skip:]
        return tokens

    @staticmethod
    def _title_run(tokens_backwards) -> list[Token]:
        """The title words right before a name; none when a preposition comes right before it
        ("resigned as health secretary as [X]'s leadership faced ...": the title is another's)."""
        run: list[Token] = []
        for token in tokens_backwards:
            if (token.pos_ not in TITLE_TOKEN_POS and token.text != "-") or len(run) >= MAX_TITLE_TOKENS:
                break
            run.insert(0, token)
        return [] if run and run[-1].pos_ == "ADP" else run

    def _tokens_text(self, tokens: list[Token]) -> str:
        if not tokens:
            return ""
        return self._span_text(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))

    # ----- noun phrases -------------------------------------------------------------

    def _resolve_noun_phrase(self, head: Token) -> tuple[str, str] | None:
        if is_age_description(head) or self._affiliation(head):
            return self._described_person(head)  # "the 18-year-old said", "the Massachusetts Democrat said"
        if self._non_name_entity(head):
            return None  # "October announced" is a parse error, not a speaker
        if self._named_settlement(head):
            appositive = next((c for c in head.children if c.dep_ == "appos"), None)
            return self._resolve_noun_phrase(appositive) if appositive is not None else None
        mention = self._mention_at(head)
        full_name = mention is not None and mention.label == "PERSON" and " " in mention.text.strip()
        if mention is not None and self._name_bounds(head)[0] < mention.span.start and not full_name:
            mention = None  # "RBC-Ukraine": the tagger saw only part of the name (titles before a full name stay out)
        if mention is not None and mention.label != "PERSON" and self.lex.role_phrases_in(head.text):
            mention = None  # "Permanent Representative" tagged ORG is a role, not an organisation
        if mention is not None and (mention.label == "PERSON" or self._known_surname(mention.text)):
            return self._from_mention(mention)
        person = (
            self._person_in_apposition(head) or self._held_role(head) or self._titled_name(head)
            or self._named_description(head) or self._named_by_participle(head) or self._name_with_role_after(head)
        )
        if person is not None:
            return person
        titled_document = self._titled_document_maker(head)
        if titled_document is not None:  # "the Joint Communique of the 52nd ASEAN Foreign Ministers' Meeting"
            return titled_document
        if mention is not None:
            return self._from_mention(mention)
        document = self._possessed_document(head)
        if document is not None:
            return document
        speaks_for_another = self._speaks_for_another(head)
        officer = None
        if speaks_for_another:
            officer = self._spokesperson_named_next(head) or self._described_officer(head)
        if officer is not None:
            return officer
        owner = self._owner(head) if speaks_for_another else self._publisher(head) or self._body_of_members(head)
        if owner is not None:
            return owner
        judge = self._sole_judge() if self._trial_court(head) and head.head.lemma_ not in RULING_VERBS else None
        if judge is not None:  # "the court said", "A Delhi court ... Special Judge X noted": X speaks for it
            return judge
        lemma = head.lemma_.lower()
        if lemma in self.lex.anonymous_nouns or head.lower_ in self.lex.anonymous_nouns:
            return None
        phrase = self._span_text(*self._np_bounds(head))
        roles = self.lex.role_phrases_in(phrase)
        ends_role = any(role.endswith(head.lower_) for role in roles)  # "the president-elect"
        if self._lone_capitalised(head):
            return self._bare_name(head)  # "..., said Sultan": a surname that is also a title
        office = head.lemma_.lower() in self.lex.institution_nouns and not ends_role  # "the prosecutor's office"
        if self.lex.role_phrases_in(head.text) or roles and (head.pos_ != "PROPN" or ends_role) and not office:
            refs = list(self.refs)
            found = self._by_role(head, phrase)
            if found is not None and self._indefinite(head) and self._named_before(found[1], head.idx, refs):
                self.refs = refs  # no reference was made
                return None  # "a military leader said": someone new, not the president named before
            return found  # "..., said a spokesperson for the army. / ..., the spokesperson, X, said": X
        if self._is_institution(head, phrase):
            return self._institution(head, phrase)
        acronym = head.is_upper and len(head) > 1  # "said WHO": tagged a pronoun
        proper = head.pos_ == "PROPN" and not head.is_lower  # "the veteran leftist": a noun the tagger took for a name
        if proper or acronym or head.lower_ in self.surnames or (head.is_title and not self._opens_sentence(head)):
            return self._bare_name(head)
        return self._organisation_so_described(head) or self._described_person(head)

    def _organisation_so_described(self, head: Token) -> tuple[str, str] | None:
        """"The opposition CORD party claimed ... The opposition claimed": a bare definite noun
        the article set right before an organisation's name earlier is that organisation."""
        if set(self._determiners(head)) != {"the"} or any(c.dep_ in {"amod", "compound"} for c in head.children):
            return None
        text = self.ann.article.text.lower()
        noun_before = re.compile(rf"\b{re.escape(head.lower_)}\s+$")
        described = [
            m for m in self.mentions
            if m.label == "ORG" and m.span.start < head.idx
            and noun_before.search(text, max(0, m.span.start - 40), m.span.start)
        ]
        return self._from_mention(described[-1]) if described else None

    def _possessed_document(self, head: Token) -> tuple[str, str] | None:
        """"read his statement", "its statement said": a document speaks for whoever its
        possessive pronoun stands for (a body for "its": the one that spoke, or the subject
        of the sentence before)."""
        if head.lemma_.lower() not in DOCUMENT_OR_STATEMENT_NOUNS:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ in PERSON_POSSESSIVES:
            key = self._antecedent(owner.idx, PRONOUN_OF_POSSESSIVE[owner.lower_])
            return (self.persons[key].name, key) if key is not None else None
        if owner is not None and owner.lower_ in {"its", "their"}:
            floor = self._described_floor(head.idx)
            return self._last_spoken_organisation(head.idx, floor) or self._organisation_subject_before(head)
        return None

    @staticmethod
    def _named_settlement(head: Token) -> bool:
        """'near the village of Shalal al-Matar, a police officer told AFP': the parser hung
        the speaker on the place's name; a place so named never speaks."""
        of = head.head
        return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SETTLEMENT_NOUNS

    @staticmethod
    def _lone_capitalised(head: Token) -> bool:
        """A capitalised word inside a sentence with nothing before or on it ("said Sultan",
        "King said"): a title alone never speaks without "the" or a name."""
        alone = all(c.is_punct for c in head.children)
        return alone and head.text[:1].isupper() and not head.is_sent_start and not head.is_upper

    def _described_person(self, head: Token) -> tuple[str, str] | None:
        """"Eyamba Sowers didn't know ... The real estate agent said ...": a definite
        singular description (an age or an affiliation too) right after a sentence about
        one person is that person; someone brought in unnamed ("One protester said") is the
        one named going on in the next sentence."""
        # a singular noun, also one the tagger took for an adverb ("the forward said")
        noun = head.tag_ == "NN" or head.tag_ == "RB" and head.dep_ in SUBJECT_DEPS or head.tag_ == "NNP" and head.is_lower
        definite = noun and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            return None  # "The ministerial code says": a text, nobody in the sentence before
        if self._introduced_unnamed(head):
            return self._described_as(head, self._named_going_on(head))
        if not (definite or self._affiliation(head) or is_age_description(head)):
            return None
        holder = self._holder_of_clause_role(head)
        if holder is not None:
            return holder
        member = self._member_introduced_with(head) if definite else None
        return self._described_as(head, member or self._subject_before_description(head) or self._introduced_next(head))

    def _introduced_unnamed(self, head: Token) -> bool:
        """"One protester", "a woman": a person brought in without a name."""
        return head.tag_ == "NN" and self.person_noun(head) and (_one_of(head) or self._indefinite(head))

    def _named_going_on(self, head: Token) -> str | None:
        """"One protester said ... Mohammed Sidi added, '...'": the person first named as the
        subject of the next sentence, going on with what was said."""
        later = [r for r in self.refs if r.pos >= head.sent.end_char]
        if not later or self._named_before(later[0].key, head.idx, self.refs):
            return None
        token = self._token_at(later[0].pos)
        while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
            token = token.head
        next_sentence = token.sent.start == head.sent.end
        going_on = later[0].is_subject and self._main_subject(token) and token.head.lemma_.lower() in CONTINUING_VERBS
        return later[0].key if next_sentence and going_on else None

    def _holder_of_clause_role(self, head: Token) -> tuple[str, str] | None:
        """"The 64-year-old, who was elected Niger's president two years ago,": a description
        whose relative clause gives the person's office is that office's holder, whoever the
        sentence before was about."""
        clause = next((c for c in head.children if c.dep_ == "relcl"), None)
        role = next((c for c in clause.children if c.dep_ in {"oprd", "attr"}), None) if clause is not None else None
        return self._office_holder(role) if role is not None and role.pos_ == "NOUN" else None

    def _office_holder(self, role: Token) -> tuple[str, str] | None:
        """The holder of the office a noun phrase names, when it names one."""
        phrase = self._span_text(*self._np_bounds(role))
        return self._by_role(role, phrase) if self.lex.role_phrases_in(phrase) else None

    def _member_introduced_with(self, head: Token) -> str | None:
        """"senior lawmaker of the Green Union (GU) Tomas Brandt ... the GU stalwart said": a
        description qualified by an organisation is the one person whose name came right
        after that organisation's."""
        bodies = {
            mention.entity_id for child in head.children if child.dep_ == "compound"
            for mention in [self._mention_at(child)] if mention is not None and mention.label == "ORG"
        }
        members = {
            key for body in self.mentions if body.entity_id in bodies and body.span.end < head.idx
            for key in [self._person_right_after(body.span.end)] if key is not None
        }
        return members.pop() if len(members) == 1 else None

    def _person_right_after(self, end: int) -> str | None:
        """The person named right after `end`, past the body's bracketed short name ("Green
        Union (GU) Tomas Brandt") or the bracket closing it."""
        text = self.ann.article.text
        return next((
            self._known_surname(m.text) for m in self.mentions
            if m.label == "PERSON" and m.span.start >= end and re.fullmatch(r"\s*(?:\(\w+\)|\))?\s*", text[end : m.span.start])
        ), None)

    def _described_officer(self, head: Token) -> tuple[str, str] | None:
        """"Kremlin spokesman Dmitry Peskov told the media ... '...,' the Kremlin official
        said": a definite description of someone who speaks for others, right after a person
        with a title it fits (and of no other country), is that person ("a Kremlin spokesman"
        is someone new, "the source" no one named); after
        someone else, it is the holder named before or the unnamed one brought in before
        ("..., a UN spokesperson said. / '...,' the spokesperson said": for the UN)."""
        definite = head.tag_ == "NN" and "the" in self._determiners(head)  # not "Critics", "Residents of X"
        if not definite or not self._anaphoric(head):
            return None
        key = None if head.lemma_.lower() in CONFIDENTIAL_NOUNS else self._subject_before_description(head)
        if key is None:
            return self._unnamed_officer_before(head)
        # "Israel's Prime Minister X ... The Palestinian official said": of another country, someone else
        qualifiers = [t for t in head.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
        person = self.persons[key]
        if not self._fits_description(person.titles, head) or not self._same_country([person], qualifiers):
            return self._earlier_holder(head) or self._same_officer_earlier(head) or self._untitled_as(head, key)
        return self._described_as(head, key)

    def _untitled_as(self, head: Token, key: str) -> tuple[str, str] | None:
        """"Hundeyin said ... The spokesman said": a person the article gives no title is the
        one the description stands for, when no one holds the role it names ("the source"
        names none: it may be anyone)."""
        wanted = self._described_titles(head)
        if self.persons[key].titles or wanted is None or self._holders(wanted):
            return None
        return self._described_as(head, key)

    def _spokesperson_named_next(self, head: Token) -> tuple[str, str] | None:
        """"A Kremlin spokesman said ... / Dmitry Peskov said", "The spokesperson of the
        ministry says ... '...,' Ministry spokesperson X told ANI": a spokesperson whom the
        next sentence names as its subject, for the first time, is that person, not the body
        spoken for, when titled a spokesperson ("Spokesman X") of no other body ("Ministry
        spokesperson X", not "relief department spokesman X"). "The spokesperson" may be one
        named before, so only such a titled one is taken for it; "a spokesman" is someone new,
        so one without a title too."""
        spokesperson_titles = self.lex.titles_of_groups({SPOKESPERSON_ROLE})
        possessed = any(c.dep_ == "poss" for c in head.children)  # "his spokesman said": the words relayed are his
        if possessed or not self.lex.role_phrases_in(head.text) & spokesperson_titles:
            return None
        key = self._introduced_next(head)
        if key is None:
            return None
        person = self.persons[key]
        if not person.titles:  # a name without "the": "a spokesperson for X said ... The Houthis said" is a body
            named = next(r for r in self.refs if r.key == key and r.pos >= head.sent.end_char)
            body = self._with_article(self._token_at(named.pos))
            return self._described_as(head, key) if self._indefinite(head) and not body else None
        described = set(re.findall(r"\w+", self._span_text(*self._np_bounds(head)).lower()))
        # "a government spokesman said ... relief department spokesman X": another body's
        own = self._own_qualifiers(person)
        fits = any(self._title_fits(t, spokesperson_titles) for t in person.titles)
        return self._described_as(head, key) if fits and (not own or own & described) else None

    def _earlier_holder(self, head: Token) -> tuple[str, str] | None:
        """"Defence lawyer Jane Doe told the court ... Judge X said ... The lawyer added": the
        one named before with a title the description's role fits, past someone else."""
        wanted = self._described_titles(head)
        key = self._most_recent([p.key for p in self._holders(wanted)], head.idx) if wanted is not None else None
        return (self.persons[key].name, key) if key is not None else None

    def _described_titles(self, head: Token) -> set[str] | None:
        """The titles sharing a role group with the roles the description names ("the
        spokesman"); None when it names no role ("official", "aide")."""
        roles = self.lex.role_phrases_in(self._span_text(*self._np_bounds(head)))
        return self.lex.titles_of_groups(self.lex.role_groups(roles)) if roles else None

    def _holders(self, wanted: set[str]) -> list[_Person]:
        """The people with a title among `wanted`."""
        return [p for p in self.persons.values() if any(self._title_fits(t, wanted) for t in p.titles)]

    def _trial_court(self, head: Token) -> bool:
        """"the court", "A Delhi court" in an article about no higher court: a high or supreme
        court sits as a bench of several and speaks as itself ("the Kerala high court")."""
        if head.lower_ not in COURT_NOUNS:
            return False  # the cheap test first: this runs for most noun phrases, the scan reads the whole text
        return not any(t.lower_ == "court" and any(c.lower_ in HIGHER_COURT_WORDS for c in t.lefts) for t in self.doc)

    def _sole_judge(self) -> tuple[str, str] | None:
        """The one judge or justice the article names; none when it names several."""
        judges = self._holders(self.lex.titles_of_groups({JUDGE_ROLE}))
        return (judges[0].name, judges[0].key) if len(judges) == 1 else None

    def _unnamed_officer_before(self, head: Token) -> tuple[str, str] | None:
        """"A Pakistani military spokesman denied any involvement. / '...,' the official
        said": the unnamed officer the sentence before brought in, who speaks for a body; past
        sentences of the paragraph that refer to no one ("..., a TNLA official said. However,
        battles go on near the camp. / '...,' he said")."""
        floor = self._described_floor(head.idx)
        start = self._previous_narration(head.sent)
        while True:
            subject = self._sentence_subject(start)
            if subject is not None and subject.i != head.i and self._speaks_for_another(subject):
                return self._owner(subject)
            earlier = self._previous_narration(self._token_at(start).sent)
            if not self._thing(subject) or any(start <= r.pos < head.idx for r in self.refs) or not floor <= earlier < start:
                return self._same_officer_earlier(head)
            start = earlier

    def _thing(self, subject: Token | None) -> bool:
        """A subject that is no one ("battles", "the bombs"): no name, role or word for a person."""
        if subject is None or subject.pos_ != "NOUN" or self.person_noun(subject):
            return False
        phrase = self._span_text(*self._np_bounds(subject))
        return not (self.lex.role_phrases_in(phrase) or subject.lemma_.lower() in self.lex.anonymous_nouns)

    def _same_officer_earlier(self, head: Token) -> tuple[str, str] | None:
        """ "..., a company spokesperson said. / ... / ..., the spokesperson said": the one
        brought in earlier (a few paragraphs back) by the same noun, for whom they speak."""
        floor = self._paragraph_floor(head.idx)
        earlier = [
            t for t in self.doc[: head.i]
            if t.lemma_ == head.lemma_ and t.dep_ in SUBJECT_DEPS and t.idx >= floor and not self._inside_quote(t.idx)
        ]
        return self._owner(earlier[-1]) if earlier and self._speaks_for_another(earlier[-1]) else None

    def _subject_before_description(self, head: Token) -> str | None:
        """The one subject of the narration just before a description (this paragraph, or
        the one before when this one names nobody)."""
        since = max(self._previous_narration(head.sent), self._described_floor(head.idx))
        return self._sole_subject_before(head.idx, None, since=since)

    def _described_as(self, head: Token, key: str | None) -> tuple[str, str] | None:
        """`key`'s person, now also referred to by the description at `head`."""
        if key is None:
            return None
        self._add_ref(head, key, is_subject=True)
        return self.persons[key].name, key

    def _fits_description(self, titles: list[str], head: Token) -> bool:
        """A role in the description ("spokesman") must share a group with one of the
        titles; a description without one ("official", "aide") fits anyone with a title."""
        wanted = self._described_titles(head)
        if wanted is None:
            return bool(titles)
        return any(self._title_fits(title, wanted) for title in titles)

    def _previous_narration(self, sentence: Sentence) -> int:
        """Start of the sentence before `sentence`, skipping sentences that are all quote."""
        start = sentence.start
        while start > 0:
            before = self.doc[start - 1].sent
            words = [t for t in before if t.is_alpha]
            if not words or not all(self._inside_quote(t.idx) for t in words):
                return before.start_char
            start = before.start
        return sentence.start_char

    def _described_floor(self, pos: int, subjects_only: bool = False) -> int:
        """Where a description's person may be named: this paragraph, or the one before
        when this one names nobody before it ('Safarova spoke about ...' then a paragraph
        of '"...," the Czech player said'), past paragraphs that are all quote (the words of
        whoever spoke before them). With `subjects_only`, only people who are subjects count:
        "it" is no person, and a place the tagger took for one ("Kherson") holds no floor."""
        start = self._paragraph_start(pos)
        if start == 0 or any(start <= r.pos < pos and (r.is_subject or not subjects_only) for r in self.refs):
            return start
        before = self._paragraph_start(start - 1)
        while before > 0 and self._all_quote(before, start):
            before = self._paragraph_start(before - 1)
        return before

    def _all_quote(self, start: int, end: int) -> bool:
        """Whether every word between `start` and `end` is quoted."""
        words = [t for t in self._tokens_in(start, end) if t.is_alpha]
        return bool(words) and all(self._inside_quote(t.idx) for t in words)

    def _affiliation(self, head: Token) -> bool:
        """"The Massachusetts Democrat", "the Briton": one person described by party or
        nation (a singular NORP name after "the")."""
        mention = self._mention_at(head)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        return definite and head.tag_ == "NNP" and mention is not None and mention.label == "NORP"

    def _speaks_for_another(self, head: Token) -> bool:
        """Unnamed people who speak for someone: spokespeople, lawyers, analysts, aides."""
        spokespeople = set(self.lex.roles.get(SPOKESPERSON_ROLE, ()))
        words = {head.lower_, head.lemma_.lower()}
        if words & DOCUMENT_NOUNS:
            return False
        return bool(words & self.lex.anonymous_nouns or self.lex.role_phrases_in(head.text) & spokespeople)

    def _owner(self, head: Token) -> tuple[str, str] | None:
        """Whom they speak for: "A spokesperson for Maersk", "Analysts at Morgan Stanley",
        "Wrona's lawyers", "his lawyers". Only an organisation or a person: "Residents of
        Paiporta" speak for themselves, and so do sources without an owner."""
        owner = self._owner_token(head)
        if owner is None or owner.text in self.lex.role_abbreviations:
            return None  # "the Chinese FM spokesperson": an office written short, not a body's name
        if owner.lower_ in PERSON_POSSESSIVES:
            key = self._antecedent(owner.idx, PRONOUN_OF_POSSESSIVE[owner.lower_])
            return (self.persons[key].name, key) if key is not None else None
        body = self._named_body(owner)
        unnamed = body is not None and owner.is_lower and body[0] == owner.text
        if unnamed and owner.lemma_.lower() in STATE_BODIES and not self._spoken_before(owner.lower_, owner.idx):
            return None  # "a police spokesman" with no police named or heard: unknown, not "police"
        return body

    def _body_of_members(self, head: Token) -> tuple[str, str] | None:
        """"The members of the Security Council affirmed", "the Council members urged",
        "Azimio leaders said in their statement": a named body's members or leaders
        speaking together speak as that body."""
        if head.lemma_.lower() not in GROUP_NOUNS or head.tag_ != "NNS":
            return None
        of_body = objects_of(head, {"of"})
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        body = of_body[0] if of_body else names[-1] if names else None
        return self._named_body(body) if body is not None else None

    def _named_body(self, token: Token) -> tuple[str, str] | None:
        """The organisation or person `token` names, also an institution ("a spokesman for the
        Israeli military"); None for places, dates and other common nouns."""
        mention = self._mention_at(token)
        if mention is not None and mention.text.islower():
            mention = None  # "the [intel] report": a common word the tagger took for a company
        if mention is not None and mention.label in {"ORG", "PERSON"}:
            return self._from_mention(mention)
        titled = self._person_in_apposition(token) if mention is None and self.lex.role_phrases_in(token.text) else None
        if titled is not None:
            return titled  # "a news release from the Mayor Nancy Young"
        known = self._known_surname(token.text) if mention is None and token.pos_ == "PROPN" else None
        if known is not None:
            return self.persons[known].name, known  # "[May]'s spokesman": a surname the tagger did not tag
        if token.lemma_.lower() in BUSINESS_NOUNS and not any(c.pos_ == "PROPN" for c in token.lefts):
            return self._last_named_company(token)  # "a [company] spokesperson"
        if token.pos_ == "NOUN":
            start, end = self._np_bounds(token)
            country = _country_before(token)
            if country is not None:  # "Pakistani military", the parse hanging "Pakistani" on "spokesman"
                start = min(start, country.idx)
            phrase = self._span_text(start, end)
            return self._institution(token, phrase) if self._is_institution(token, phrase) else None
        short = mention is not None and mention.label == "NORP" and country_of(token.text, "NORP") is None
        named = organisations_named_with(token.lower_, self.mentions) if short else []
        if any(m.span.start < token.idx for m in named):  # "Azimio leaders" after "the Azimio la Umoja ... Party"
            return self._from_mention([m for m in named if m.span.start < token.idx][-1])
        if token.pos_ != "PROPN" or token.is_lower or mention is not None and mention.label not in MISREAD_ORGANISATION_LABELS:
            return None  # a place or a date speaks through nobody's spokesperson; "the [intel] report" is no name
        name = clean_name(self._span_text(*self._name_bounds(token)))
        return name, entity_id_for(name, "ORG")

    @staticmethod
    def _opens_sentence(token: Token) -> bool:
        """Capitalised only because it starts a sentence (the parser's sentence starts
        also fall after an inverted cue: 'Said Zelenskyy:')."""
        previous = token.nbor(-1) if token.i > 0 else None
        return previous is None or previous.is_space or previous.text in {".", "!", "?", ":", '"', "“", "‘"}

    @staticmethod
    def _anaphoric(head: Token) -> bool:
        """"The Polish prime minister", "the EU's foreign policy chief" may refer back;
        "a spokesperson", "the spokesman for X" introduce someone new."""
        return not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS
            for c in head.children
        )

    def _publisher(self, head: Token) -> tuple[str, str] | None:
        """Who a document speaks for: "a survey by Gallup", "data from the World Bank",
        "a report in the Kyiv Independent", "a Reuters poll"; named organisations and people only."""
        if head.pos_ != "NOUN":
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PUBLISHER_PREPOSITIONS):
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = self._named_body(source) if source is not None and not _date_word(source) else None
            if body is not None:
                return body
        if head.lemma_.lower() in DOCUMENT_OR_STATEMENT_NOUNS:  # "a Reuters poll", "NASA's report", "a statement released by X"
            issuer = self._issuer(head)
            person = self._issuer_person(issuer) if issuer is not None else None
            if person is not None:  # "a statement issued by the Police Public Relations Officer, X"
                return person
            makers = [c for c in head.children if c.dep_ in {"compound", "poss"}] + [issuer]
            named = (self._named_body(c) for c in makers if c is not None)
            found = next((body for body in named if body is not None), None)
            found = found or self._issuing_role_holder(issuer) or self._earlier_maker(head)
            if found is None and "the" in self._determiners(head):  # "X agency said ... '...,' the intel report said"
                found = self._last_spoken_organisation(head.idx)
            return found
        return None

    def _issuing_role_holder(self, issuer: Token | None) -> tuple[str, str] | None:
        """"a statement on the detained leader's account": the person a definite role
        phrase stands for ("Niger's President Mohamed Bazoum" named before)."""
        if issuer is None or issuer.pos_ != "NOUN" or "the" not in self._determiners(issuer):
            return None
        return self._office_holder(issuer)

    def _spoken_at(self, subject: Token) -> tuple[str, str] | None:
        """The organisation a cue's subject at this token resolved to, if it spoke."""
        return next(((name, key) for at, name, key in self.spoken_orgs if at == subject.idx), None)

    def _titled_document_maker(self, head: Token) -> tuple[str, str] | None:
        """A document with a title ("the Joint Communique of X") speaks for its issuer, also a
        meeting the tagger did not take for a body ("of the 52nd ASEAN Foreign Ministers' Meeting")."""
        if head.lemma_.lower() not in DOCUMENT_OR_STATEMENT_NOUNS or head.pos_ != "PROPN":
            return None
        issuer = self._issuer(head)
        if issuer is None or not issuer.is_title:
            return None
        mention = self._mention_at(issuer)
        if mention is not None:
            return self._from_mention(mention)
        name = clean_name(self._span_text(*self._np_bounds(issuer)))  # the whole title, its ordinal too
        return self._issuer_person(issuer) or (name, entity_id_for(name, "ORG"))

    def _earlier_maker(self, head: Token) -> tuple[str, str] | None:
        """"The EU said in a statement ... '...,' the statement said": the one who made the
        same document earlier in the text ("said in", "issued", "released", "responded with"
        it, or spoke by it: "The BBC report disclosed ... the report stated"); "one statement"
        is one of those made before ("In further statements, the office said"). An earlier
        "the statement read" or "according to the statement" only refers back further."""
        if "the" not in self._determiners(head) and not _one_of(head):
            return None
        for token in reversed(self.doc[: head.i]):
            if token.lemma_ != head.lemma_:
                continue
            spoke = self._spoken_at(token)
            if spoke is not None:  # "The BBC report disclosed ... the report stated": whom that cue resolved to
                return spoke
            speaks_itself = self._issuer(token) is None and token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN"
            maker = self._meeting_body(token) if speaks_itself else self._maker_of(token)
            if speaks_itself and maker is None:
                continue  # "The statement read: ..." speaks itself; its maker is further back
            if maker is not None or "the" not in self._determiners(token):
                return maker
        return None

    def _document_antecedent(self, head: Token) -> tuple[str, str] | None:
        """"... a statement authored by its President X. / It reads: '...'": "it" that reads or
        says is the document the sentence before named, and speaks for its maker; but "it"
        that says, after an organisation spoke there ("the airline said in a statement, later
        confirming a report by X. / '...,' it said"), is that organisation."""
        verb = head.head.lemma_.lower()
        if head.lower_ != "it" or verb not in {"read", "say", "state", "add"}:
            return None
        previous = self.doc[head.sent.start - 1].sent if head.sent.start > 0 else None
        if previous is not None and verb != "read" and any(previous.start_char <= at < head.idx for at, _, _ in self.spoken_orgs):
            return None
        documents = [
            t for t in (previous or []) if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_OR_STATEMENT_NOUNS
        ]
        return self._maker_of(documents[-1]) if documents else None

    def _maker_of(self, document: Token) -> tuple[str, str] | None:
        """Who made a document: its issuer ("a statement by the governor's spokesman, Isa
        Gusau": the person named), else the subject of the verb it was made with."""
        issuer = self._issuer(document)
        if issuer is not None:
            return self._issuer_person(issuer) or self._named_body(issuer)
        return self._document_maker(document) or self._meeting_body(document)

    def _meeting_body(self, document: Token) -> tuple[str, str] | None:
        """"The final communique was issued at the end of the 48th ASEAN Foreign Ministers
        Meeting", "a joint statement with world leaders at the Group of Seven summit": a text
        made at a meeting, with no maker of its own, speaks for the body the meeting is of."""
        made = document.head if document.dep_ == "nsubjpass" and document.head.lemma_.lower() in MAKING_VERBS else document
        meetings = [t for t in made.subtree if t.lemma_.lower() in MEETING_NOUNS]
        bodies = (self._mention_at(c) for m in meetings for c in m.children if c.dep_ in {"compound", "nmod"})
        body = next((b for b in bodies if b is not None and b.label == "ORG"), None)
        return self._from_mention(body) if body is not None else None

    def _issuer_person(self, issuer: Token) -> tuple[str, str] | None:
        """The person an issuer's phrase names, beside a title or set off right after it."""
        return self._person_in_apposition(issuer) or self._person_set_off_after(issuer)

    def _document_maker(self, document: Token) -> tuple[str, str] | None:
        """Who made a document by the verb of it: "X tweeted", "X said in a statement", "X
        issued a statement", "the company responded with a press release", "In a statement,
        the company's vice president, X, commented"; the subject is whom its cue resolved to, if
        it spoke ("the police agencies said in a joint statement"). A verb with the document as
        its object makes it only if it produces it ("X issued", not "X would not endorse")."""
        # "X tweeted ... the tweet added": the verb of the same word made it
        verb = document if document.pos_ == "VERB" else document.head.head if document.dep_ == "pobj" else document.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or document.dep_ == "dobj" and verb.lemma_.lower() not in MAKING_VERBS:
            return None
        mention = self._mention_at(subject)
        if mention is not None:
            return self._from_mention(mention)
        spoken = self._spoken_at(subject)
        if spoken is not None:  # "the police agencies said in a joint statement": whom that cue resolved to
            return spoken
        titled = self._issuer_person(subject) if subject.pos_ == "NOUN" else None
        if titled is not None:  # "In a statement, the company's vice president, Karen Lind, commented"
            return titled
        # "the ministry said in a statement", "Egypt's army spokesman said in a statement"
        spoken_for = subject.pos_ == "NOUN" and (self._generic(subject) or self._speaks_for_another(subject))
        return self._resolve_noun_phrase(subject) if spoken_for else None

    @staticmethod
    def _issuer(document: Token) -> Token | None:
        """Who a document is by: "a statement released by X", "a statement from X", "a
        statement attributed to X", "the Communique of the X Meeting", "The statement was
        issued by X", "a message posted on the X Telegram channel"."""
        # "a statement that appeared in the media and that was attributed to X": clauses joined
        conjoined = [c for clause in document.children if clause.dep_ in {"acl", "relcl"} for c in clause.children if c.dep_ == "conj"]
        for child in [*document.children, *conjoined]:
            if child.dep_ in {"acl", "relcl"} or child in conjoined:
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                if child.lemma_.lower() == "attribute":
                    agent = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"), agent)
                if agent is not None:
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}:
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child.lower_ != "of" or source is not None and any(t.pos_ == "PROPN" for t in source.subtree):
                    return source  # "the communique of the ASEAN Meeting", not "a statement of support"
        made_by = document.head if document.dep_ == "nsubjpass" and document.head.lemma_.lower() in MAKING_VERBS else None
        agent = next((c for c in made_by.children if c.dep_ == "agent"), None) if made_by is not None else None
        if agent is not None:  # "The statement was issued by X"
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        # "a message posted on the Wagner Telegram channel", "a statement on X's account"
        placing = [document, *(c for c in document.children if c.dep_ == "acl")]
        channels = [o for t in placing for o in objects_of(t, {"on"})]
        return next((owner for owner in map(_channel_owner, channels) if owner is not None), None)

    @staticmethod
    def _owner_token(head: Token) -> Token | None:
        """"[Wrona]'s lawyers", "a spokesperson for [Maersk]", "a [Kremlin] spokesman", "a
        Pakistani [military] spokesman" (an institution its country names)."""
        # "[May]’s spokesman": a possessive the parser may call a modifier; "Egypt's [army]
        # spokesman": the country's institution, not the country
        owner = next((c for c in head.children if c.dep_ == "poss" or _possessive_modifier(c)), None)
        if owner is not None and any(_national_institution(c) and _country_before(c) == owner for c in head.children):
            owner = None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS):
            owner = owner or next((c for c in prep.children if c.dep_ == "pobj"), None)
        spokesperson = head.lemma_.lower().startswith("spokes")
        names = [
            c for c in head.children
            if c.dep_ == "compound"
            and (c.pos_ == "PROPN" or _national_institution(c) or c.lemma_.lower() in BUSINESS_NOUNS or spokesperson and c.lemma_.lower() in STATE_BODIES)
        ]  # "a [company] spokesperson", "a [government] spokesman" (a "police official" speaks for himself)
        return owner or (names[-1] if names else None)

    @staticmethod
    def _non_name_entity(token: Token) -> bool:
        return token.ent_type_ in NUMERIC_LABELS

    def _from_mention(self, mention: Mention) -> tuple[str, str]:
        name = self._mention_name(mention)
        key = self._known_surname(name)
        if mention.label == "PERSON" or key is not None:
            key = key or self._register(name, [], mention)
            return self.persons[key].name, key
        return spelled_out(mention, self.mentions) or name, entity_id_for(name, mention.label, mention)

    def _known_surname(self, name: str) -> str | None:
        """The person whose surname ends `name` (or whose given name a lone word is),
        whatever label the tagger gave it; not
        when `name` gives another first name ("Tan Lin" after "Maya Lin": her brother)."""
        words = clean_name(name).split()
        if len(words) == 2 and words[0].lower() in NAME_PARTICLES:
            words = words[1:]  # "Al Maliki" after "Turki al-Malki": the particle is no given name
        key = self.surnames.get(words[-1].lower()) if words else None
        if key is None and len(words) == 1:
            return self._known_given_name(words[0]) or self._misspelt_surname(words[0])
        if key is None or len(words) < 2:
            return key
        given, known_given = _given_name(words), _given_name(self.persons[key].name.split())
        if not given or not known_given or given.lower() in self.lex.title_words or given[0] == known_given[0]:
            return key  # "President Zelenskyy", "Donald J. Trump", "Analyst Mykola Bielieskov"
        full = " ".join(words).lower()
        return next((p.key for p in self.persons.values() if p.name.lower() == full), None)

    def _misspelt_surname(self, word: str) -> str | None:
        """"Elzie Snyder ... Synder said": a lone capitalised word one slip away from exactly
        one known surname (two letters swapped, or one letter changed after the first, in a
        long name) is that surname."""
        if not word[:1].isupper() or len(word) < MIN_MISSPELT_LENGTH - 1:
            return None
        keys = {key for surname, key in self.surnames.items() if _one_slip(word.lower(), surname)}
        if not keys and len(word) >= MIN_TRANSLITERATED_LENGTH:  # "Kirilenko" for "Kyrylenko"
            skeleton = _consonant_skeleton(word.lower())
            keys = {
                key for surname, key in self.surnames.items()
                if len(surname) >= MIN_TRANSLITERATED_LENGTH and surname[0] == word[0].lower()
                and _consonant_skeleton(surname) == skeleton
            }
        return keys.pop() if len(keys) == 1 else None

    def _known_given_name(self, word: str) -> str | None:
        """The one person whose full name starts with `word`: features call people by
        their first name after naming them in full ("Rose-Lynn Harlan ... Rose-Lynn").
        Only a word the tagger mostly takes for a person ("Google" is no "Google Stadia")."""
        labels = [m.label for m in self.mentions if m.text == word]
        if labels.count("PERSON") * 2 <= len(labels):
            return None
        keys = {p.key for p in self.persons.values() if len(p.name.split()) > 1 and p.name.split()[0] == word}
        return keys.pop() if len(keys) == 1 else None

    def _person_in_apposition(self, head: Token) -> tuple[str, str] | None:
        """"Britain's ambassador, Helen Marsh," / "President of Ukraine Volodymyr Zelenskyy".
        Several ("According to several publications, Trump used ...") are no one person."""
        several = head.tag_ == "NNS" and head.pos_ == "NOUN"
        # "India's sherpa, or negotiator, Amitabh Kant,": the parse hangs the name on the gloss
        glosses = [c for c in head.children if c.dep_ == "conj"] if any(
            c.dep_ == "cc" and c.lower_ == "or" for c in head.children) else []
        for child in [*head.children, *(c for gloss in glosses for c in gloss.children)]:
            if child.dep_ in {"appos", "compound", "flat"}:
                mention = self._mention_at(child)
                if mention is not None and mention.label == "PERSON" and not self._qualifying_name(mention):
                    if several and child.dep_ == "appos":
                        continue
                    return self._from_mention(mention)
                if mention is not None and child.dep_ == "appos" and head.pos_ == "NOUN":
                    return self._from_mention(mention)  # "the UN refugee agency, UNHCR,"
            if child.dep_ in {"appos", "npadvmod"} and self._set_off(child) and head.pos_ == "NOUN":
                if child.pos_ == "PROPN" and self._mention_at(child) is None:  # "the agency that ..., COGAT,"
                    name = clean_name(self._span_text(*self._name_bounds(child)))
                    return name, entity_id_for(name, "ORG")
        start, end = self._np_bounds(head)
        inside = [
            m for m in self.mentions
            if m.label == "PERSON" and start <= m.span.start and m.span.end <= end and not self._qualifying_name(m)
        ]
        titled_head = self._titled_head(head)
        if titled_head and len(inside) == 1 and self._token_at(inside[0].span.end - 1).dep_ != "poss":
            return self._from_mention(inside[0])
        # "the RRS Commander, Mr. Olatunji Disu,": a courtesy title may stand before the name
        following = re.match(r",\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?", self.ann.article.text[end:])
        if following:  # "the spokesman of the group, Nazar Voloshyn": the parse may miss the apposition
            named = next((m for m in self.mentions if m.span.start == end + following.end()), None)
            speaks = named is not None and (named.label == "PERSON" and not several or head.pos_ == "NOUN" and named.label == "ORG")
            # not a place: "the poll by X of Manchester, [N.H.]"; but a title's holder even when the
            # parse made the name a subject: "by the Police Public Relations Officer, Nnamdi Omoni said"
            if speaks and (titled_head and named.label == "PERSON" or not self._opens_clause(named)):
                return self._from_mention(named)
        return None

    def _qualifying_name(self, mention: Mention) -> bool:
        """"The Permatang Pauh member of Parliament": a name between an article and the role
        noun says which seat or body the role is of; the holder is someone else."""
        first, last = self._token_at(mention.span.start), self._token_at(mention.span.end - 1)
        modifies = last.dep_ == "compound" and last.head.pos_ == "NOUN"
        return modifies and first.i > 0 and first.nbor(-1).lower_ in {"the", "a", "an"}

    def _name_with_role_after(self, head: Token) -> tuple[str, str] | None:
        """"according to Lway, an official from the ...": a name the tagger took for an
        organisation is the person whose role is set off right after it."""
        words = head.doc[head.i + 1:head.i + 6]
        if head.pos_ != "PROPN" or len(words) < 3 or words[0].text != "," or words[1].lower_ not in {"a", "an"}:
            return None
        role = list(takewhile(lambda t: t.pos_ in {"ADJ", "NOUN"}, words[2:]))
        unnamed = bool(role) and role[-1].lemma_.lower() in self.lex.anonymous_nouns - DOCUMENT_NOUNS  # "an official"
        if not (unnamed or self.lex.role_phrases_in(self._tokens_text(role))) or self._described_as_body(head):
            return None
        key = self._register(clean_name(self._span_text(*self._name_bounds(head))), [])
        return self.persons[key].name, key

    def _person_set_off_after(self, head: Token) -> tuple[str, str] | None:
        """"issued by the Police Public Relations Officer, Nnamdi Omoni said": the person named
        right after an issuer, though the parser made the name the sentence's subject."""
        end = self._np_bounds(head)[1]
        following = re.match(r",\s*", self.ann.article.text[end:])
        named = next((m for m in self.mentions if following and m.span.start == end + following.end()), None)
        return self._from_mention(named) if named is not None and named.label == "PERSON" else None

    def _opens_clause(self, mention: Mention) -> bool:
        """"According to the commission, [Morsi] won": a name after the comma that is the
        subject of a verb of its own begins the next clause, it describes nothing."""
        root = self._token_at(mention.span.end - 1)
        while root.dep_ == "poss" and root.head is not root:  # "According to this body, [Meta]'s platforms failed"
            root = root.head
        return root.dep_ in SUBJECT_DEPS and root.head.pos_ in {"VERB", "AUX"}

    def _named_by_participle(self, head: Token) -> tuple[str, str] | None:
        """"a resident named Elias", "a farmer called Joseph Banda", "one local, a maid who
        gave her first name as Angela": the name given."""
        described = [head] + [c for c in head.children if c.dep_ == "appos"]
        for clause in (c for noun in described for c in noun.children if c.dep_ in {"acl", "relcl"}):
            name = self._name_given_in(clause)
            if name is not None:
                found = clean_name(self._span_text(*self._name_bounds(name)))
                key = self._known_surname(found) or self._register(found, [])
                return self.persons[key].name, key
        return None

    @staticmethod
    def _name_given_in(clause: Token) -> Token | None:
        lemma = clause.lemma_.lower()
        if lemma in {"name", "call"}:
            return next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
        gives_name = lemma in {"give", "identify"} and (
            lemma == "identify" or any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in clause.children)
        )
        as_phrase = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
        return next((o for o in as_phrase if o.pos_ == "PROPN"), None) if gives_name else None

    @staticmethod
    def _set_off(token: Token) -> bool:
        """Between commas: ", COGAT,"."""
        doc = token.doc
        return token.i > 0 and doc[token.i - 1].text == "," and token.i + 1 < len(doc) and doc[token.i + 1].text == ","

    def _held_role(self, head: Token) -> tuple[str, str] | None:
        """A role phrase the annotator resolved to a person this article names."""
        role = next((m for m in self.held_roles if m.span.start <= head.idx < m.span.end), None)
        if role is None or role.entity_id not in self.persons:
            return None
        self._add_ref(head, role.entity_id, is_subject=True)
        return self.persons[role.entity_id].name, role.entity_id

    def _titled_name(self, head: Token) -> tuple[str, str] | None:
        """A name closing a title phrase the tagger got wrong: "President of Ukraine
        Volodymyr Zelenskyy", "intelligence official Andrii Yusov". The name is the final
        run of capitalised words, without words the article uses as places or organisations."""
        start, end = self._np_bounds(head)
        tokens = self._tokens_in(start, end)
        run: list[Token] = []
        for token in reversed(tokens):
            if not (token.pos_ == "PROPN" or token.text == "-" and run):
                break
            run.insert(0, token)
        while run and (
            run[0].text in self._place_and_org_words() or run[0].text == "-" or self.lex.role_phrases_in(run[0].text)
        ):
            run.pop(0)
        after_preposition = bool(run) and run[0].i > 0 and run[0].nbor(-1).pos_ == "ADP"
        if after_preposition:
            run = self._last_words(run, NAME_WORDS_AFTER_PREPOSITION)  # "President of Ukraine Volodymyr X"
        if run and self._is_place(run[0].idx, run[-1].idx + len(run[-1])):
            return None  # "a report in the Argus Leader of Sioux Falls", "The President of the European Commission"
        if run and self.lex.role_phrases_in(run[-1].text):
            return None  # "the Metropolitan Police Commissioner": a title, the name comes elsewhere
        title = self._span_text(start, run[0].idx) if run else ""
        # "intelligence official Andrii Yusov", but "Residents of Paiporta" are not Paiporta
        described = self.lex.role_phrases_in(title) or not after_preposition and any(
            w in self.lex.anonymous_nouns for w in title.lower().split()
        )
        if not run or not described or (len(run) < 2 and self._known_surname(run[0].text) is None):
            return None
        name = clean_name(self._tokens_text(run))
        key = self._known_surname(name) or self._register(name, [title.strip().lower()])
        return self.persons[key].name, key

    @staticmethod
    def _last_words(run: list[Token], words: int) -> list[Token]:
        """The tokens of the last `words` whitespace-separated words of `run`."""
        groups: list[list[Token]] = []
        for token in run:
            if groups and groups[-1][-1].idx + len(groups[-1][-1]) == token.idx:
                groups[-1].append(token)  # "Joon-kook" is one word of three tokens
            else:
                groups.append([token])
        return [token for group in groups[-words:] for token in group]

    def _is_place(self, start: int, end: int) -> bool:
        return any(
            m.label in {"GPE", "LOC", "FAC"} and m.span.start <= start and end <= m.span.end
            or m.label != "PERSON" and m.span.end == end and m.span.start in {start, start - len("the ")}
            for m in self.mentions
        )

    def _place_and_org_words(self) -> set[str]:
        return {m.text for m in self.mentions if m.label in {"GPE", "NORP", "LOC", "ORG"} and " " not in m.text}

    def _bare_name(self, head: Token) -> tuple[str, str]:
        """A capitalised subject the tagger missed: a known surname, else a new name."""
        name = clean_name(self._span_text(*self._name_bounds(head)))
        key = self._known_surname(name)
        if key is not None:
            return self.persons[key].name, key
        spelled = [m for m in self.mentions if m.label == "ORG" and name.lower() in {m.text.lower(), initials(m.text)}]
        if spelled:  # "said Isro": the article's ISRO, or the Indian Space Research Organisation
            return self._from_mention(spelled[0])
        start, end = self._name_bounds(head)
        holds_place = any(  # not a title word the tagger took for a place: "said Sultan"
            start <= m.span.start < end and m.label not in {"PERSON", "ROLE"} and not self.lex.role_phrases_in(m.text)
            for m in self.mentions
        )
        street = name.split()[-1] in load_gazetteer().facility_words  # "Wall Street said": a place for who works there
        shouted = self._shouted_person(name) if name.isupper() else None
        if shouted is not None:
            key = self._known_surname(shouted) or self._register(shouted, [])
            return self.persons[key].name, key
        if name.isupper() or holds_place or street or self._is_institution(head, name) or self._described_as_body(head):
            return name, entity_id_for(name, "ORG")
        key = self._register(name, [])
        return self.persons[key].name, key

    def _shouted_person(self, name: str) -> str | None:
        """"COP29 PRESIDENT MUKHTAR BABAYEV", "CLIMATE CHANGE MARINA SILVA": a person's name in
        capitals, from a known given name or after the last title word ("Marina Silva")."""
        words = name.split()
        given = next((i for i, w in enumerate(words) if w.lower() in GIVEN_NAMES), None)
        titled = [i for i, w in enumerate(words[:-1]) if self.lex.role_phrases_in(w)]
        start = given if given is not None else titled[-1] + 1 if titled else None
        if start is None or len(words) - start < 2:
            return None
        return " ".join(w.capitalize() for w in words[start:])

    def _register(self, name: str, titles: list[str], mention: Mention | None = None) -> str:
        """Add a person found while resolving, so later pronouns and roles can reach them."""
        key = self._cut_at_hyphen(name) or entity_id_for(name, "PERSON", mention)
        person = self.persons.setdefault(key, _Person(key, self._without_title(name)))
        person.titles.extend(t for t in titles if self.lex.role_phrases_in(t))
        for surname in _surname_forms(name):
            self.surnames.setdefault(surname, key)
        return key

    def _without_title(self, name: str) -> str:
        """"Commissioner Ingrid Dahl" -> "Ingrid Dahl": taggers often take the title in."""
        words = name.split()
        while len(words) > 2 and words[0].lower() in self.lex.title_words:
            words.pop(0)
        return " ".join(words)

    def _is_institution(self, head: Token, phrase: str) -> bool:
        if head.lemma_.lower() == "member" and head.tag_ == "NN":
            return False  # "the Tarvin member of Parliament" is one person; members together are the body
        lowered = phrase.lower()
        return head.lemma_.lower() in self.lex.institution_nouns or self._ends_earlier_name(head) or any(
            re.search(rf"\b{re.escape(noun)}$", lowered) for noun in self.lex.institution_nouns
        ) or self._kind_description(head)  # "the airline", "the broadcaster"

    def _ends_earlier_name(self, head: Token) -> bool:
        """ "the trust" after "West Hertfordshire Hospitals NHS Trust": a definite common noun
        that ends the name of an organisation named before it."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not self._determiners(head) & {"the", "this"}:
            return False
        return any(
            m.label == "ORG" and m.span.start < head.idx and m.text.lower().split()[-1] == head.lower_ and " " in m.text
            for m in self.mentions
        )

    def _institution(self, head: Token, phrase: str) -> tuple[str, str]:
        """"the ministry" -> the ORG named earlier whose name contains "ministry"."""
        word = head.text.lower()
        if word == "authorities" and not any(t.pos_ == "PROPN" for t in self._tokens_in(*self._np_bounds(head))):
            return None  # "authorities said", "local authorities said": an unnamed group, like "officials"
        # a capitalised noun alone ("Agency spokesman X") is no name the description may stand for
        named = [m for m in organisations_named_with(word, self.mentions) if m.text.strip().lower() != word]
        earlier = [m for m in named if m.span.start < head.idx]
        # a name given only later must carry the word itself: "our recognised Trade Unions" is no union
        named = [m for m in named if word in m.text.lower().split()]
        if (earlier or named) and phrase.lower().split()[0] in {"the", "this"} and len(phrase.split()) <= 3:
            return self._from_mention((earlier or named)[-1])
        kind, plain = self._kind_description(head), self._generic(head)
        generic, described = plain or kind, self._described_only(head) or kind
        spoke = self._spoken_before(word, head.idx)
        if spoke and generic:  # "Mali's army said ... the army said": the one that spoke
            return spoke[-1]
        named_before = self._named_earlier(head) if generic or described else None
        if named_before is None and described and not plain:
            # "according to the Electoral Commission ... the election body said": the one its
            # description echoes; "Cisco Systems is cutting 1,300 jobs. / The California tech
            # firm said": the organisation the sentence before is about
            named_before = self._organisation_echoed(head)
            if named_before is None and (kind or head.lemma_.lower() in BUSINESS_NOUNS):
                named_before = self._organisation_subject_before(head)
        if named_before is not None:
            return named_before
        if generic:  # "NATO said ... the alliance said": the one that just spoke, else unknown
            several = head.tag_ == "NNS" and head.lower_ not in self.lex.institution_nouns  # not "the authorities"
            if several:
                return None
            # "Boeing said ... / "...," the company said': a noun no company's name carries
            # reaches back a paragraph, as "it" does (so does "the agency", named by what it
            # does: "The health agency said" of the NCDC); "the ministry" names its own kind
            reaching_back = DESCRIBING_NOUNS | MEDIA_NOUNS | FUNCTION_NOUNS
            floor = self._described_floor(head.idx) if head.lower_ in reaching_back else None
            named = self._last_named_company(head) if head.lemma_.lower() in BUSINESS_NOUNS else None
            found = self._last_spoken_organisation(head.idx, floor) or self._own_sentence_organisation(head)
            if found is not None and kind and not found[1].startswith("org:"):
                found = None  # "Indonesia reports ..., according to the disaster management agency": no country is an agency
            if named is not None and found is not None and self._public_body(found[0]):
                found = None  # "the air traffic regulator said ... the company wrote": the company
            company_noun = head.lemma_.lower() in BUSINESS_NOUNS - MEDIA_NOUNS  # "the broadcaster" may be the BBC
            if found is not None and company_noun and self._news_reporter(found[1]):
                found = None  # "..., the broadcaster Rede Sul reported. / '...,' the company said": not the outlet
            found = found or named
            if found is None and head.lemma_.lower() in STATE_BODIES:
                return head.lower_, entity_id_for(head.lower_, "ORG")  # "the army said": the army, as written
            if found is not None or plain or head.lemma_.lower() not in FUNCTION_NOUNS:
                return found
        if spoke and len(phrase.split()) == 1:  # "The UK government said ... a [government] spokesman said"
            return spoke[-1]
        if self._unnamed_band(head):
            return None
        name = clean_name(re.sub(r"^(?:an?|the)\s+", "", phrase, flags=re.IGNORECASE))  # "A parliamentary committee"
        return name, entity_id_for(name, "ORG")

    def _kind_description(self, head: Token) -> bool:
        """"the opposition bloc", "the UN agency", "the Waterloo, Ontario-based company": a
        definite noun of the kinds that describe an organisation, so the organisation the story
        is about or nobody, never a name of its own."""
        kind = head.lemma_.lower() in DESCRIBING_NOUNS | BUSINESS_NOUNS | FUNCTION_NOUNS
        return kind and head.is_lower and bool(self._determiners(head) & {"the", "this"})  # "bloc" may be tagged PROPN

    def _spoken_before(self, word: str, pos: int) -> list[tuple[str, str]]:
        """Organisations whose names end in `word` that spoke before `pos` ("Mali's army said");
        "the military" is also an army that spoke ("the army said ... the military said")."""
        words = {word, "army"} if word == "military" else {word}
        return [(name, key) for at, name, key in self.spoken_orgs if at < pos and name.lower().split()[-1] in words]

    def _public_body(self, name: str) -> bool:
        """A name ending in an institution's word that no company carries ("regulator", "ministry")."""
        last = name.lower().split()[-1] if name.split() else ""
        return last in self.lex.institution_nouns and last not in BUSINESS_NOUNS

    def _unnamed_band(self, head: Token) -> bool:
        """"a group of soldiers", "a team of officers": people gathered, named by no one."""
        members = objects_of(head, {"of"})
        named = any(t.pos_ == "PROPN" for m in members for t in m.subtree)
        return head.lemma_.lower() in {"group", "team", "band"} and any(m.tag_ == "NNS" for m in members) and not named

    def _organisation_echoed(self, head: Token) -> tuple[str, str] | None:
        """The latest organisation named before, within the paragraphs a description reaches
        back, that shares a word stem with the description's modifiers ("election" ~
        "Electoral Commission"). A nationality is no such word: "the Chinese military" is not
        the "Chinese Foreign Ministry" named before it."""
        stems = {
            t.lower_[:STEM] for t in head.lefts
            if t.dep_ in {"amod", "compound"} and len(t) > 3 and t.lower_ not in SCOPE_WORDS
            and t.ent_type_ not in {"NORP", "GPE"}
        }
        floor = self._paragraph_floor(head.idx)
        named = [
            m for m in self.mentions
            if m.label == "ORG" and floor <= m.span.start < head.idx
            and stems & {w.lower()[:STEM] for w in re.findall(r"\w+", self._described_name(m)) if len(w) > 3}
        ]
        return self._from_mention(named[-1]) if named else None

    def _described_name(self, mention: Mention) -> str:
        """A name with the description it stands beside: "The main opposition National
        Salvation Front" (the parser sets the name beside "opposition")."""
        token = self._token_at(mention.span.end - 1)
        while token.dep_ in {"appos", "compound", "flat"} and token.head.i != token.i:
            token = token.head
        return f"{self._span_text(*self._np_bounds(token))} {mention.text}"

    def _last_named_company(self, head: Token) -> tuple[str, str] | None:
        """ "BlackBerry shares fell ... / '...,' the company said": the one organisation named
        in the narration of this paragraph, or of the one before when this names none; of
        several companies, the one of them that spoke there."""
        floor = self._described_floor(head.idx)
        named = [
            m for m in self.mentions
            if m.label == "ORG" and floor <= m.span.start < head.idx and not self._inside_quote(m.span.start)
            and not self._news_reporter(m.entity_id)  # "..., the broadcaster Rede Sul said": no company
        ]
        companies = [m for m in named if not self._public_body(self._from_mention(m)[0])]  # not "the FAA"
        # "Boeing said ... Pratt & Whitney and United ... / '...,' a spokeswoman for the planemaker
        # said": of several companies named, the one that spoke
        spoke = {key for at, _, key in self.spoken_orgs if floor <= at < head.idx}
        for found in (named, companies, [m for m in companies if self._from_mention(m)[1] in spoke]):
            if len({m.entity_id for m in found}) == 1:
                return self._from_mention(found[-1])
        return self._story_company(head)

    def _news_reporter(self, entity_id: str) -> bool:
        """An organisation that spoke only as news does: "X reported", or a known outlet."""
        subjects = [self._token_at(at) for at, _, key in self.spoken_orgs if key == entity_id]
        verbs = {t.head.lemma_.lower() for t in subjects}
        names = {name for _, name, key in self.spoken_orgs if key == entity_id}
        described = any(  # "the broadcaster Rede Sul", "Rede Sul, a TV channel,"
            t.lemma_.lower() in MEDIA_NOUNS for s in subjects for t in self._tokens_in(*self._np_bounds(s))
        )
        return any(is_news_outlet(name) for name in names) or described or bool(verbs) and verbs <= {"report", "publish", "broadcast"}

    def _story_company(self, head: Token) -> tuple[str, str] | None:
        """'Vale ... Vale officials ... G1 said. / "...," the company said': the company the
        story is about, named in its narration at least three times and more than twice as
        often as any other company (news outlets and public bodies are none)."""
        counts: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.label != "ORG" or m.span.start >= head.idx or self._inside_quote(m.span.start):
                continue
            name = self._from_mention(m)[0]
            if self._public_body(name) or is_news_outlet(name) or self._news_reporter(m.entity_id):
                continue
            counts.setdefault(m.entity_id, []).append(m)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < 3 or (len(ranked) > 1 and len(ranked[0]) <= 2 * len(ranked[1])):
            return None
        return self._from_mention(ranked[0][-1])

    def _own_sentence_organisation(self, head: Token) -> tuple[str, str] | None:
        """"The California Department of Forestry ... has responded to 4,587 fires, according
        to figures from the agency": the organisation that is the main subject of the
        sentence, before the noun, when nothing spoke before."""
        found = self._subject_organisation(head.sent.start_char)
        return self._from_mention(found[1]) if found is not None and found[0].i < head.i else None

    def _described_only(self, head: Token) -> bool:
        """"the terror group", "the Chicago-based company", "the California tech firm":
        described (a place may say where), not named."""
        start, end = self._np_bounds(head)
        tokens = self._tokens_in(start, end)
        return tokens[0].lower_ == "the" and not any(t.pos_ == "PROPN" and not self._place_word(t) for t in tokens)

    def _place_word(self, token: Token) -> bool:
        mention = self._mention_at(token)
        return mention is not None and mention.label in {"GPE", "LOC", "NORP"}

    def _named_earlier(self, head: Token) -> tuple[str, str] | None:
        """"The Islamic State jihadist group has claimed ... the group said": the nearest
        earlier use of the same noun with a proper name before it, or set beside one ("The
        Venezuelan Conflict Observatory, an advocacy group, ..."); one that spoke before is
        whoever it stood for then ("The health agency said" of the NCDC)."""
        if head.tag_ != "NN":
            return None  # "the companies said": several, none of them named
        for token in reversed(self.doc[: head.i]):
            if token.lemma_ != head.lemma_ or token.tag_ != "NN":
                continue
            spoke = self._spoken_at(token)
            if spoke is not None:
                return spoke
            own = [self._mention_at(c) for c in token.children if c.dep_ == "appos"]  # "the UN refugee agency (UNHCR)"
            own_name = next((m for m in own if m is not None and m.label == "ORG"), None)
            if own_name is not None:
                return self._from_mention(own_name)
            described = self._mention_at(token.head) if token.dep_ == "appos" else None
            if described is not None and described.label == "ORG":  # "X, an advocacy group,"
                return self._from_mention(described)
            names = [c for c in token.lefts if c.pos_ == "PROPN" and c.dep_ in {"compound", "nmod", "amod"}]
            names = [c for c in names if all(t.pos_ == "PROPN" or t.dep_ in {"compound", "amod"} for t in self.doc[c.i + 1 : token.i])]
            if names:
                name = clean_name(self.doc[names[0].left_edge.i : names[-1].i + 1].text)
                return name, entity_id_for(name, "ORG")
        return None

    def _generic(self, head: Token) -> bool:
        """Just a determiner and an institution noun: "the company", "the government".
        ("Ukraine's air force", "the national weather service" and bare "Police" name one.)"""
        start, end = self._np_bounds(head)
        tokens = self._tokens_in(start, end)
        return len(tokens) == 2 and tokens[0].dep_ == "det"

    # ----- roles and pronouns -------------------------------------------------------

    def _by_role(self, head: Token, phrase: str) -> tuple[str, str] | None:
        """The person whose title fits the role. Titles that also carry the phrase's
        qualifiers ("Ukrainian" leader ~ President of Ukraine) beat titles that only fit
        the role; among equals the person referred to most recently wins."""
        titles = self.lex.role_phrases_in(phrase)
        wanted = self.lex.titles_of_groups(self.lex.role_groups(titles))
        qualifiers = [
            t.lower_[:STEM]
            for t in head.lefts
            if t.dep_ in {"amod", "compound", "poss", "nmod"} and not self.lex.role_phrases_in(t.text)
        ]
        fitting = self._holders(wanted)
        # a title the text gives only later does not yet make its holder "the minister"
        known_by_now = [p for p in fitting if any(self._title_fits(t, wanted) and p.titled_before(t, head.idx) for t in p.titles)]
        fitting = self._same_country(known_by_now or fitting, [t for t in head.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}])
        qualified = self._best_qualified(fitting, qualifiers)
        candidates = qualified or [p.key for p in fitting]
        key = self._most_recent(candidates, head.idx)
        if key is None and len(candidates) == 1:
            key = candidates[0]
            if self._first_named_after(key, head.idx) and self._anaphoric(head):
                # "Hecking said ... the former Nurnberg coach said ... United manager van Gaal",
                # "The Iranian foreign minister rejected meeting US Secretary of State X": a
                # description right after someone is that someone, not a title holder named
                # later; and a holder named later whose title shares none of the role's
                # qualifiers is someone else ("Qatar's energy minister said ... OPEC
                # secretary general X")
                unlike = bool(qualifiers) and not qualified and bool(self._own_qualifiers(self.persons[key]))
                before = self._sole_subject_before(head.idx, None, promote=False)
                if before is not None and self._holds_other_office(before, wanted):
                    before = None  # "Spokesman X ... Zimbabwe's defense minister said": not the spokesman
                key = before or (self._untitled_next(head) if unlike else key)
        if key is None and not fitting and self._anaphoric(head):
            key = self._sole_subject_before(head.idx, None) or self._introduced_next(head)
            if key is not None and self.persons[key].titles:
                key = None  # a person with another title is not this role's holder
            if key is not None:
                self.persons[key].titles.append(phrase.lower())
        if key is None:
            return None
        self._add_ref(head, key, is_subject=True)
        return self.persons[key].name, key

    @staticmethod
    def _same_country(fitting: list[_Person], qualifiers: list[Token]) -> list[_Person]:
        """"The U.S. President" is none of the Israeli, Turkish or Egyptian presidents named
        before: a title for another country rules its holder out (one without stays in)."""
        wanted = {country_of(t.text, "GPE") for t in qualifiers} - {None}
        if not wanted:
            return fitting

        def other_country(person: _Person) -> bool:
            # words, not what whitespace splits: "israel's prime minister" names Israel
            found = {country_of(w, "GPE") for title in person.titles for w in re.findall(r"[\w-]+", title)} - {None}
            return bool(found) and not found & wanted

        return [p for p in fitting if not other_country(p)]

    def _untitled_next(self, head: Token) -> str | None:
        """"..., the environment secretary has said. / George Eustice told ITV News": the
        person named next, when no other office is given to them."""
        key = self._introduced_next(head)
        return key if key is not None and not self.persons[key].titles else None

    def _holds_other_office(self, key: str, wanted: set[str]) -> bool:
        titles = self.persons[key].titles
        return bool(titles) and not any(self._title_fits(t, wanted) for t in titles)

    def _own_qualifiers(self, person: _Person) -> set[str]:
        """Words of a person's titles that say whose or which office it is ("OPEC" of "OPEC
        secretary general"); "Deputy Commissioner" has none, so it may be "the RFS deputy
        commissioner" named later."""
        words = {w for title in person.titles for w in re.findall(r"\w+", title.lower())}
        role_words = {w for title in person.titles for role in self.lex.role_phrases_in(title) for w in role.split()}
        return words - role_words - load_gazetteer().role_qualifiers - {"the", "of"}

    def _first_named_after(self, key: str, pos: int) -> bool:
        """Whether the text first refers to this person after `pos`: "the former Nurnberg
        coach said ... United manager Louis van Gaal" are two people, not one."""
        return any(r.key == key for r in self.refs) and all(r.pos >= pos for r in self.refs if r.key == key)

    def _title_fits(self, title: str, wanted: set[str]) -> bool:
        return bool(self.lex.role_phrases_in(title) & wanted)

    @staticmethod
    def _best_qualified(fitting: list[_Person], qualifiers: list[str]) -> list[str]:
        """Those whose titles share the most of the phrase's qualifiers ("the main opposition
        leader" ~ "the opposition leader", not "President"); all of them when it has none."""
        if not qualifiers:
            return [p.key for p in fitting]
        def shared(person: _Person) -> int:
            return max(len({w[:STEM] for w in re.findall(r"\w+", t)} & set(qualifiers)) for t in person.titles)
        best = max((shared(p) for p in fitting), default=0)
        return [p.key for p in fitting if best and shared(p) == best]

    def _most_recent(self, keys: list[str], pos: int) -> str | None:
        earlier = [r for r in self.refs if r.pos < pos and r.key in keys]
        return earlier[-1].key if earlier else None

    def _pronoun_antecedent(self, head: Token, pronoun: str) -> str | None:
        """The named person a he/she refers to, unless someone unnamed became the subject
        since that person was last mentioned ("One of the patients ... wrote ... he said"),
        or the sentence already called that person by the other pronoun ("She said he ...")."""
        key = self._named_antecedent(head, pronoun)
        if key is not None and (
            self._unnamed_subject_since(key, head.idx, pronoun) or self._called_otherwise_before(head, pronoun, key)
        ):
            return None
        return key

    def _called_otherwise_before(self, head: Token, pronoun: str, key: str) -> bool:
        """ "She said he ...": a subject before `head` in its sentence is the other pronoun and
        stands for `key`, so this pronoun is someone else."""
        other = next(p for p in PERSON_PRONOUNS if p != pronoun)
        return any(
            t.lower_ == other and t.dep_ in SUBJECT_DEPS and not self._inside_quote(t.idx)
            and self._named_antecedent(t, other) == key
            for t in head.sent if t.i < head.i
        )

    def _named_antecedent(self, head: Token, pronoun: str) -> str | None:
        """Nearest first: a person, else a lone subject name, in this paragraph; then in
        the last few; then, unless the sentence before has an unnamed subject, someone named
        right after ('The situation, she said, was ... Mayor Ines Kovac ...'); then anyone
        before (a feature's "she said" paragraphs on); then a name the tagger missed that
        speaks in the next sentence."""
        for floor in (self._paragraph_start(head.idx), self._paragraph_floor(head.idx)):
            key = self._antecedent(head.idx, pronoun, floor) or self._sole_subject_before(head.idx, pronoun, floor)
            if key is not None:
                return key
        subject = self._last_subject_before(head.sent)
        if subject is not None and (self._unnamed_person(subject, pronoun) or self._unnamed_role(subject)):
            return None  # '"...," added the official. "...," he said': the one just before, unnamed
        return self._introduced_next(head) or self._antecedent(head.idx, pronoun, floor=0) or self._untagged_speaker_next(head)

    def _last_subject_before(self, sentence: Sentence) -> Token | None:
        """The last subject of the narration before `sentence`, outside quotes and relative
        clauses ("added the official, who is familiar with ...": the official)."""
        before = self.doc[self._token_at(self._previous_narration(sentence)).i : sentence.start]
        subjects = [
            t for t in before
            if (t.dep_ in SUBJECT_DEPS and t.head.dep_ != "relcl" or self._inverted_speaker(t))
            and not self._inside_quote(t.idx)
        ]
        return subjects[-1] if subjects else None

    def _inverted_speaker(self, token: Token) -> bool:
        """'"...," added the official': the speaker right after its verb, which the parser
        may take for the verb's object."""
        verb = token.head
        return token.dep_ == "dobj" and verb.i < token.i and verb.lemma_.lower() in self.lex.speech_verbs and (
            verb.i == 0 or self.doc[verb.i - 1].is_punct or self.doc[verb.i - 1].is_quote
        )

    def _unnamed_subject_since(self, key: str, pos: int, pronoun: str) -> bool:
        """Whether a main subject after the person's last mention before `pos` is an unnamed
        person the pronoun fits: "a man", "One of the patients", "The woman"."""
        last = max((r.pos for r in self.refs if r.key == key and r.pos < pos), default=None)
        if last is None:
            return False  # named only after the pronoun: nothing in between to check
        tokens = self.doc[self._token_at(last).sent.end:self._token_at(pos).i]
        return any(
            self._main_subject(t) and (self._unnamed_person(t, pronoun) or self._unnamed_role(t))
            and not self._inside_quote(t.idx)
            for t in tokens if t.dep_ in SUBJECT_DEPS
        )

    def _unnamed_role(self, subject: Token) -> bool:
        """"a military leader said", "an official said": a role holder introduced unnamed;
        also "the official" again, when taken for no one named ("a Palestinian official ...
        The Palestinian official said")."""
        unnamed = subject.lemma_.lower() in self.lex.anonymous_nouns - DOCUMENT_NOUNS
        repeated = (
            unnamed and "the" in self._determiners(subject) and not any(r.pos == subject.idx for r in self.refs)
            and any(t.lemma_ == subject.lemma_ and self._indefinite(t) for t in self.doc[: subject.i])
        )
        return (
            subject.pos_ == "NOUN" and subject.tag_ != "NNS" and (self._indefinite(subject) or repeated)
            and not any(c.dep_ == "appos" for c in subject.children)  # "A spokesman, Ali Musa, said"
            and (unnamed or bool(self.lex.role_phrases_in(self._span_text(*self._np_bounds(subject)))))
        )

    @staticmethod
    def _unnamed_person(subject: Token, pronoun: str) -> bool:
        if subject.lower_ == "one":  # "One of the patients"
            subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children), subject)
        gender = UNNAMED_PEOPLE.get(subject.lemma_.lower(), "")
        return subject.pos_ == "NOUN" and subject.tag_ != "NNS" and gender in (None, pronoun)  # "witnesses" are no she

    def _antecedent(self, pos: int, pronoun: str, floor: int | None = None) -> str | None:
        """The person a he/she refers to: the subject (else the only person) of the latest
        sentence before `pos` (and after `floor`, by default a few paragraphs back) that
        mentions someone the pronoun can refer to. A person already called by the other
        pronoun in this article is skipped, one already called by this pronoun is
        preferred; None when the choice is still ambiguous."""
        floor = self._paragraph_floor(pos) if floor is None else floor
        earlier = [r for r in self.refs if floor <= r.pos < pos and not self._doubtful_person(r.key)]
        for sentence_start in sorted({r.sentence_start for r in earlier}, reverse=True):
            group = [r for r in earlier if r.sentence_start == sentence_start]
            if sentence_start == self._token_at(pos).sent.start_char:
                # "In a conference with X, he asked": in the pronoun's own sentence only a
                # subject or agent before it ("When Smith arrived, he said", "a talk given
                # by Smith, when he said") can be whom it means
                group = [r for r in group if r.is_subject or self._agent(self._token_at(r.pos))] or [
                    r for r in group if self._addressed(self._token_at(r.pos), self._token_at(pos))
                ]
            compatible = [r for r in group if self._pronoun_of(r.key) in (None, pronoun)]
            if not compatible:
                continue  # only people of the other pronoun here: look further back
            if self._led_by_pronoun(sentence_start, pronoun, compatible):
                continue  # "she was more nervous than Rose-Lynn has ever been": she is still the earlier one
            if self._asks_pronoun(sentence_start, pronoun):
                continue  # "Arrington asked him ...": he who answers is the one asked, named before
            # "Buckley's voice ..., as Rose-Lynn summons": a possessor is the weaker candidate
            tier = [r for r in compatible if r.is_subject]
            if not tier:  # "The foreign minister rejected a meeting with X. He said": the minister
                role_holder = self._role_subject(sentence_start)
                if role_holder is not None and not self._doubtful_person(role_holder):
                    return role_holder if self._pronoun_of(role_holder) in (None, pronoun) else None
            tier = tier or self._not_possessors(compatible) or compatible
            # "While X agreed ..., Putin 'talks ...,' Y said": the main clause's subject is the one
            # who goes on speaking, whatever the genders of the others; but "A girl, X, died ...,
            # according to Y": the sentence is Y's
            cited = [r for r in tier if _according_to_object(self._token_at(r.pos))]
            tier = cited or [r for r in tier if self._main_subject(self._token_at(r.pos))] or tier
            confirmed = {r.key for r in tier if self._pronoun_of(r.key) == pronoun}
            keys = confirmed or {r.key for r in tier}
            return next(iter(keys)) if len(keys) == 1 else None
        return None

    def _pronoun_of(self, key: str) -> str | None:
        """"he"/"she" as the text says, else as a common given name says, else None."""
        known = self.pronouns.get(key)
        # the first given name tells: "María José Catalá" is she; "María" is "maria"
        given = slug(next(iter(_given_names(self.persons[key].name.split())), ""))
        if known is not None or not given:
            return known
        return "he" if given in MALE_GIVEN_NAMES else "she" if given in FEMALE_GIVEN_NAMES else None

    def _doubtful_person(self, key: str) -> bool:
        """A one-word name the tagger called a person that the article never gives a first
        name, never makes a subject and never calls he or she ("signed to Universal",
        "Universal's music division") may be an organisation: no pronoun refers to it; nor to
        a subject name written with "the" that a description took for a person ("the Red
        Crescent said ... '...,' the minister told Reuters")."""
        if key in self.bodies_promoted:
            return True
        if len(self.persons[key].name.split()) > 1 or key in self.pronouns:
            return False
        return not any(r.key == key and r.is_subject for r in self.refs)

    def _led_by_pronoun(self, sentence_start: int, pronoun: str, refs: list[_Ref]) -> bool:
        """The sentence opens on this pronoun as a subject, before any of `refs`, and
        none of them is its main subject."""
        if any(self._main_subject(self._token_at(r.pos)) for r in refs):
            return False
        first = min(r.pos for r in refs)
        sentence = self._token_at(sentence_start).sent
        return any(
            t.lower_ == pronoun and t.dep_ in SUBJECT_DEPS and t.idx < first and not self._inside_quote(t.idx)
            for t in sentence
        )

    def _asks_pronoun(self, sentence_start: int, pronoun: str) -> bool:
        """The sentence has someone question "him" or "her" (the pronoun's object form)."""
        sentence = self._token_at(sentence_start).sent
        return any(
            t.lemma_.lower() in QUESTIONING_VERBS
            and any(c.dep_ == "dobj" and c.lower_ == OBJECT_OF_PRONOUN[pronoun] for c in t.children)
            for t in sentence
        )

    def _not_possessors(self, refs: list[_Ref]) -> list[_Ref]:
        return [r for r in refs if self._token_at(r.pos).dep_ != "poss"]

    def _sole_subject_before(
        self, pos: int, pronoun: str | None, since: int | None = None, promote: bool = True
    ) -> str | None:
        """The one subject of the latest sentence before `pos` that holds a person or a
        name: the news habit of "Tusk said ... The Polish prime minister added ..." and
        "Erdogan said ... he said". A subject name the tagger did not take for a person
        ("Orban" as an organisation) becomes one here: a he, she or person's title
        referring back to it is the evidence (not without `promote`, when a fitting holder
        is named later: "Hamas said ... Israel's defense minister vowed ... Defense Minister X")."""
        floor = self._paragraph_floor(pos) if since is None else since
        refs = [r for r in self.refs if floor <= r.pos < pos]
        names = [t for t in self.name_subjects if floor <= t.idx < pos and self._known_surname(t.text) is None]
        if pronoun is not None:  # "Apple unveiled its new phone", "the Red Crescent said": no he or she
            names = [t for t in names if not self._called_it(t) and not self._with_article(t)]
            refs = [r for r in refs if r.key not in self.bodies_promoted]
        starts = {r.sentence_start for r in refs} | {t.sent.start_char for t in names}
        if not starts:
            return None
        latest = max(starts)
        people = [r for r in refs if r.sentence_start == latest and r.is_subject]
        names = [t for t in names if t.sent.start_char == latest]
        subjects = {r.key for r in people} | {t.i for t in names}
        # "X didn't know Y was coming": the main clause's subject; also when that subject is
        # a pronoun ("He rejected the argument that Y was not at risk": not Y)
        if len(subjects) > 1 or self._pronoun_leads(latest):
            people = [r for r in people if self._main_subject(self._token_at(r.pos))]
            names = [t for t in names if self._main_subject(t)]
            subjects = {r.key for r in people} | {t.i for t in names}
        if len(subjects) != 1:
            return None
        if names:
            return self._promote(names[0]) if promote else None
        key = next(iter(subjects))
        return key if pronoun is None or self._pronoun_of(key) in (None, pronoun) else None

    @staticmethod
    def _agent(token: Token) -> bool:
        while token.dep_ in {"compound", "flat"} and token.head is not token:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ == "by"

    @staticmethod
    def _addressed(token: Token, pronoun: Token) -> bool:
        """Whether the pronoun's own sentence asks the person for words ("When the BBC contacted
        analyst Tom Reyes, he said"; the parse often hangs such a verb on the title, so read the
        words) or speaks of their words ("Halvorsen's comments, including one in which he said")."""
        if token.dep_ == "poss" and token.head.lemma_.lower() in SPEECH_ACT_NOUNS:
            return token.head in pronoun.ancestors
        before = token.i - 1
        while before >= 0 and token.doc[before].pos_ in {"PROPN", "NOUN", "ADJ", "DET"}:
            before -= 1
        verb = token.doc[before] if before >= 0 else token
        return verb.pos_ == "VERB" and verb.lemma_.lower() in QUESTIONING_VERBS

    def _pronoun_leads(self, sentence_start: int) -> bool:
        subject = self._sentence_subject(sentence_start)
        return subject is not None and subject.lower_ in PERSON_PRONOUNS

    @staticmethod
    def _called_it(subject: Token) -> bool:
        """Whether the subject's own clause refers back to it as "its"."""
        return any(t.lower_ == "its" and t.dep_ == "poss" for t in subject.head.subtree)

    def _introduced_next(self, head: Token) -> str | None:
        """Cataphora: "The coach admitted: '...' Luis de la Fuente, whose side ..., said":
        a description whose person is named as the subject of the next sentence of the
        paragraph, and not before; also as the one whose words that subject is ("The
        opposition leader alleged '...' ... Nelson Chamisa's accusation came as ...")."""
        text, sentence_end = self.ann.article.text, head.sent.end_char
        paragraph_end = self._paragraph_end(head.idx)
        if not text[sentence_end:paragraph_end].strip():  # the paragraph's last sentence: the next one
            paragraph_end = self._paragraph_end(self._next_paragraph_start(paragraph_end))
        later = [r for r in self.refs if sentence_end <= r.pos < paragraph_end]
        if not later:
            return None
        first = [r for r in later if r.sentence_start == later[0].sentence_start]
        subjects = [self._token_at(r.pos) for r in first if r.is_subject] + [
            self._token_at(r.pos).head for r in first if self._speaker_of_words(self._token_at(r.pos))
        ]
        main = [s for s in subjects if self._main_subject(s)]
        keys = {r.key for r in first if any(self._token_at(r.pos) in s.subtree for s in main)}
        if len(keys) != 1:
            return None
        key = next(iter(keys))
        return None if self._named_before(key, head.idx, self.refs) else key

    def _untagged_speaker_next(self, head: Token) -> str | None:
        """"'...,' he commented. / Regarding X, Borja said": the one subject name the tagger did
        not take for a person in the next sentence, as the main subject of a speech verb, and
        a bare surname, someone already known ("Election commission chair X Y said" brings in
        someone new)."""
        following = next((t.sent for t in self.doc[head.sent.end :] if t.is_alpha), None)
        names = [t for t in self.name_subjects if following is not None and t.sent == following and self._known_surname(t.text) is None]
        speaks = len(names) == 1 and self._main_subject(names[0]) and names[0].head.lemma_.lower() in self.lex.speech_verbs
        speaks = speaks and self._name_bounds(names[0]) == (names[0].idx, names[0].idx + len(names[0]))
        return self._promote(names[0]) if speaks else None

    @staticmethod
    def _speaker_of_words(token: Token) -> bool:
        """The possessor of a subject that is what someone said ("Chamisa's accusation")."""
        said = token.head
        return token.dep_ == "poss" and said.lemma_.lower() in SPEECH_ACT_NOUNS and said.dep_ in SUBJECT_DEPS

    def _paragraph_end(self, pos: int) -> int:
        text = self.ann.article.text
        end = text.find("\n", min(pos, len(text)))
        return len(text) if end < 0 else end

    def _paragraph_start(self, pos: int) -> int:
        return self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, pos) - 1]

    def _next_paragraph_start(self, pos: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, pos)
        return self.paragraph_starts[index] if index < len(self.paragraph_starts) else len(self.ann.article.text)

    def _sentence_subject(self, sentence_start: int) -> Token | None:
        sentence = self._token_at(sentence_start).sent
        return next((t for t in sentence if t.dep_ in SUBJECT_DEPS and self._main_subject(t)), None)

    def _role_subject(self, sentence_start: int) -> str | None:
        """The person a role phrase that is the main subject of a sentence stands for."""
        subject = self._sentence_subject(sentence_start)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or self._mention_at(subject) is not None:
            return None
        phrase = self._span_text(*self._np_bounds(subject))
        # a role ("The Iranian Foreign Minister"), else a description ("The former banker")
        role = self.lex.role_phrases_in(phrase)
        resolved = self._by_role(subject, phrase) if role else self._described_person(subject)
        return resolved[1] if resolved is not None and resolved[1] in self.persons else None

    @staticmethod
    def _main_subject(token: Token) -> bool:
        while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
            token = token.head
        verb = token.head
        return token.dep_ in SUBJECT_DEPS and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def _promote(self, token: Token) -> str:
        """Register a subject name as a person; speakers already given its old id follow."""
        start, end = self._name_bounds(token)
        name = clean_name(self._span_text(start, end))
        # the tagger may have called each use of the name something else ("Araghchi": GPE, then ORG)
        same_name = [m for m in self.mentions if clean_name(m.text) == name]
        old_ids = {entity_id_for(name, m.label, m) for m in same_name} | {entity_id_for(name, "ORG")}
        key = self._register(name, [])
        if self._with_article(token):
            self.bodies_promoted.add(key)
        self.promoted.update(dict.fromkeys(old_ids, key))
        self._add_ref(token, key, is_subject=True)
        self._index_bare_surnames(only=key)  # "Kravets nodded." later on
        return key

    def final(self, speaker: Speaker | None) -> Speaker | None:
        """`speaker` under the id its name ended up with (see `_sole_subject_before`)."""
        if speaker is None or speaker.entity_id not in self.promoted:
            return speaker
        key = self.promoted[speaker.entity_id]
        return Speaker(self.persons[key].name, key, speaker.span)

    def _person_speaker(self, key: str | None, span: Span, token: Token, is_subject: bool) -> Speaker:
        if key is None:
            return Speaker(None, None, span)
        self._add_ref(token, key, is_subject)
        return Speaker(self.persons[key].name, key, span)

    # ----- helpers ------------------------------------------------------------------

    def _add_ref(self, token: Token, key: str, is_subject: bool) -> None:
        bisect.insort(self.refs, _Ref(token.idx, token.sent.start_char, is_subject, key), key=lambda r: r.pos)

    def _paragraph_floor(self, pos: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraph_starts[max(0, index - PRONOUN_LOOKBACK_PARAGRAPHS)]

    def _is_subject(self, token: Token) -> bool:
        """The name heads a subject, or stands beside one; a name modifying a common noun
        ("Another [Floyd] brother, Terrence, sighed") is not that subject."""
        while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
            if token.dep_ == "compound" and token.head.pos_ == "NOUN":
                return False
            token = token.head
        return token.dep_ in SUBJECT_DEPS or self._quoted_as_saying(token)

    @staticmethod
    def _quoted_as_saying(token: Token) -> bool:
        """ "The statement quoted [Ouattara] as saying": the one quoted is who speaks."""
        verb = token.head
        return token.dep_ == "dobj" and verb.lemma_ == "quote" and any(c.lower_ == "as" for c in verb.children)

    def _inside_quote(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.quoted)

    def _mention_at(self, token: Token) -> Mention | None:
        for mention in self.mentions:
            if mention.span.start <= token.idx < mention.span.end:
                return mention
        return None

    def _dateline_place(self, mention: Mention) -> bool:
        """A name in the dateline a line opens on ("ADDIS ABABA:", "OSLO (dpa) -"): where the
        story was filed and the wire that filed it, never a speaker, an organisation a
        description or "they" stands for, nor the long form of a country's name ("ADDIS
        ABABA: Ethiopia said" is Ethiopia)."""
        if mention.label == "PERSON":
            return False
        header = header_end(self._token_at(mention.span.start))  # "PARIS (AP) —", "Colombo, Aug 17 (PTI)"
        if header is not None and mention.span.end <= header:
            return True
        # a place in capitals set off by a colon; not a name with its acronym in brackets
        # ("The United States Geological Survey (USGS) said")
        opens_line = mention.span.start == self.doc.text.rfind("\n", 0, mention.span.start) + 1
        return opens_line and mention.text.isupper() and self.doc.text[mention.span.end:].lstrip()[:1] == ":"

    def _token_at(self, char: int) -> Token:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else self.doc[0]

    def _np_bounds(self, head: Token) -> tuple[int, int]:
        """Char range of the subject's core phrase: determiners, modifiers and
        "of"-complements, without appositions or relative clauses."""
        tokens = [head]
        stack = list(head.children)
        while stack:
            child = stack.pop()
            if child.dep_ in NP_CORE_DEPS and not (child.dep_ == "punct" and child.text in ",;:") and not self._speech_setting(child) and not self._opening_citation(child):
                tokens.append(child)
                stack.extend(child.children)
        tokens = self._contiguous(tokens, head)
        header = header_end(tokens[0]) if tokens[0].i < head.i else None
        if header is not None:  # "Colombo, Aug 17 (PTI) Sri Lanka government": the header is no part of the name
            tokens = [t for t in tokens if t.idx >= header] or [head]
        while len(tokens) > 1 and tokens[0].is_punct:  # '” Djokovic': a closing mark the parse hung on the name
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    @staticmethod
    def _opening_citation(token: Token) -> bool:
        """'Quoting police sources, PTI said': the parser may hang the opening participle on
        the source as a modifier; it is no part of the source's name."""
        return token.lower_ in CITING_WORDS and token.is_sent_start

    @staticmethod
    def _speech_setting(prep: Token) -> bool:
        """"(The coalition) in a statement", "(X) in an interview": where the words were said,
        no part of who said them."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        return prep.dep_ == "prep" and prep.lower_ == "in" and any(o.lemma_.lower() in SAID_IN_NOUNS for o in objects)

    def _name_bounds(self, head: Token) -> tuple[int, int]:
        tokens = [head] + [t for t in head.lefts if t.dep_ in {"compound", "flat"} or t.text == "-"]
        tokens = self._contiguous(tokens, head)
        while len(tokens) > 1 and tokens[0].is_lower and tokens[0].pos_ == "NOUN":
            tokens = tokens[1:]  # "news [agency] AP": a common noun before the name is no part of it
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    @staticmethod
    def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
        """The unbroken run of `tokens` around `head` (a parse may attach stray words)."""
        indexes = {t.i for t in tokens}
        start = end = head.i
        while start - 1 in indexes:
            start -= 1
        while end + 1 in indexes:
            end += 1
        return list(head.doc[start : end + 1])

    def _tokens_in(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract") if start < end else None
        return list(span) if span is not None else []

    def _span(self, start: int, end: int) -> Span:
        return Span(self.ann.article.id, start, end)

    def _span_text(self, start: int, end: int) -> str:
        return self.ann.article.text[start:end]

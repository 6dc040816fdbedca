"""Quotation extraction with speaker attribution: who said what.

`extract_quotes(ann)` returns direct quotes (text in quotation marks) and indirect, reported
speech ("X said that ...", "according to X, ..."), each with its content span, the speaker
resolved to a canonical entity where possible, where the speaker is referred to, and the cue.

Rules and the choices behind them:

- Direct quotes: every quotation-mark style (see `_quote_marks`). A quote split around its
  attribution ("A," he said, "B.") gives two quotes with the same speaker, and each
  paragraph of a multi-paragraph quote is its own quote: a `Quote` span is one contiguous
  stretch of quoted words, and the attribution is shared.
- Scare quotes: a quoted phrase of fewer than `FULL_QUOTE_MIN_WORDS` words is only a quote
  when it is a whole attributed utterance ("No," he said. / He said: "No.") or the object
  of a naming verb with a named speaker (calling them "wholly unsubstantiated"). A phrase
  with no attribution at all must contain a verb to be a quote, and a fragment inside a
  reported clause (said the evidence was "overwhelming and consistent") must also have at
  least `EMBEDDED_QUOTE_MIN_WORDS` words or run to the sentence's end inside the marks
  (says the idea "is actually not so crazy."); otherwise it stays part of the indirect quote.
  Unattributed Title Case phrases are names of works ("A Winter Without Light"), not speech.
  A short phrase followed by more of its sentence before a post-posed cue ('95 were "locally
  lost" due to jamming, the Air Force said') is part of the report; a verbless sentence
  right after an attributed quote ('"Give me a win," he said. "Please."') is the rest of it.
- Attribution of a direct quote: a speech verb right after it (`"...," Zelenskyy stressed`,
  also as recorded: `"...," X can be heard saying`),
  else a cue before it in the same sentence (`X said: "..."`, `X stated that ... "..."`,
  `According to X, "..."`); a cue after the quote that reports a clause of its own yields
  to one before it, and a cue before earlier quotes of the sentence governs a later quote
  its clause holds (and a cue after later quotes an earlier one, as does an "according to
  X" closing the clause that holds it). An outer reporter ('X said that the plan "...," the
  agency reported'; 'X condemned "...," spokesman Y said') leaves the quote to the inner
  speaker, and a news outlet after a named report only relays it ('X said, noting that Y
  "...," reported Xinhua'; 'X claimed that the chair asked MPs "...", according to The
  Guardian' is X's), as does a document without an owner ('X asserts ... "...," according
  to a statement' is X's), and so does a news outlet or a verb of reporting after a quote its
  speaker introduced with a colon ('X said: "...", Ukrayinska Pravda reported'), or one that
  reports between two pieces of a quote after its speaker's cue ('"A," X said, TVNZ.co.nz
  reports "B."'). A source an outlet cites speaks ('..., RBC reported, citing Peskov.', also
  at a paragraph's end), an unnamed one closing the paragraph leaving the words to the
  outlet. Inside someone's report a cue takes
  only quoted words that are its own content: a conjunct continuing the report ('said Y had
  spoken of it to others "and even to his mother"', 'but the chair "did not listen"'), a
  participle after one it phoned ('said Y called him "congratulating me"') or words it does
  not govern are the outer speaker's, and so are words of a cue whose subject is "it" or a
  group no one names ('X said ... that it underlined the "..."', 'X said refugees had told
  staff that "..."'; one unnamed person, 'a man ... shouting "..."', stays unknown); a
  reduced passive ('officers thought to have "..."') names no one. A verb joined to the writer's own shares its subject ('X called for talks
  and asked Y "..."'), and one with a subject of its own speaks for it ('and Kim forecast
  "..."'); one the parser joined to a main verb whose subject is a thing continues the
  clause before its "and" ('The decision by X came after Y posted ... and said "..."': Y).
  "a claim by X that "..."" is X's, as is "X made a statement that "..."", and so are words
  a speech act of X's takes as its object or that describe or list its object ('thanked
  voters "who ..."', 'condemned those ..., including "..."'), and a quoted predicate after X,
  an adverb perhaps first ('Speaking yesterday, X "strongly condemned ..."'). A relative
  clause telling of the quoted words ('"..." which was reported on Sunday') is no cue. A
  naming verb with nothing to name ('"...," he described') is a cue.
  "X quoted (paraphrased) Y as saying" credits Y, "X, who said" X, and a message
  ("in a tweet that said", '"...," read a note he sent') its sender; a participle after a
  preposition ('X said "yeah" before adding "..."', or parsed as its noun: 'X said on NBC's
  Meet the Press adding, "..."') speaks for the subject of the verb it hangs on, and one hung
  on a second reported clause ('X said ... and that he and Y had "...", hailing') for the
  reporter; a participle right after the quote speaks for the sentence's subject, not for
  its own object ('X described the talks as "...," emphasising Y's commitment'). 'X accused
  Y of "..."' puts a charge in X's words, a clause with a verb of at least
  `FULL_QUOTE_MIN_WORDS` words ('accused them of being "reckless"' is a scare quote). A
  quote with neither
  continues the speaker of the previous quote in its paragraph, or of the previous
  paragraph when that paragraph ended with the quote and its attribution (the wire
  convention for quotes running over paragraphs; a lead-in with no speaker, "That process
  led to a realization:", does not break it, nor does one paragraph of narration between
  that names no person or body and quotes nothing; such a quote taken on from the paragraph
  before is rather the next quote's, when only a space stands between them and that one has
  a cue), or of a report with a named speaker that
  closes the sentence or paragraph just before it (the quote opening its sentence, or led
  in by words without a verb: 'This time, "they might only have 24 hours".'). A quote
  opening a sentence after a speech act of its paragraph is the actor's, also after one that
  names something in quotes ('He termed the killing the "end of ...". "..."'). A quote
  opening its paragraph speaks
  for the person a present-tense caption after it names as its subject ('"..." Djokovic
  jokes about ...'), else for the one a narrative line before it introduces: its subject
  (a name, a role with the name beside it, or "the minister" when the line says or puts
  forward something), the one person a line about a group or thing names as its agent or
  beside its verb ('Led by MP X, the lawmakers castigated ...', 'The news was received
  well by ... Speaker X'), or X of a "Comments from X" heading; a story opening with a
  paragraph of quote speaks through the named subject of the speech verb that opens the
  next paragraph, and a bare "Quote:" label in a digest of labelled lines quotes whoever the
  last "Source:" line names. A quote repeating
  words already quoted is the first speaker's. Lyrics are quoted by whoever sings.
- Indirect speech: a speech verb (lexicon in wiretrace/data/speech_verbs.json) with a
  reported clause; a parenthetical "she said"; "according to X" (also "per" a text or
  talk: "Per a briefing by X"; not "per cent" nor ", per CNN") and "in his view";
  "X stated this" (content: the previous sentence); a "said X" set off inside the reported
  clause ("That bridge, said judge X, was built ...") is X's. Negated or infinitive cues ("did not
  say", "declined to say", "grounds to believe") attribute nothing, but the purpose of
  something done was said ("took to Twitter to say", "modified its report to claim that"). Evidential verbs
  (suggest, indicate, show) need a speaker-like subject (a name, pronoun, role,
  institution or anonymous source), so "evidence suggests that ..." is not reported speech.
  "As X noted, ..." reports the main clause; "according to X" inside a dash or bracket aside
  reports only the aside; a report nested in another's content is dropped; a second
  predicate the parser hung on the reported clause with its own auxiliary ("and did not rule
  out ...") is the speaker's act, while one with a subject of its own, "there" too ("... but
  there was no risk"), is reported. A clause with no verb right after its cue
  ("declared X the winner", "declared the results void") reports nothing. A cue after a clause that holds a quote but has its
  subject or verb outside the marks ('The situation was "as grim as in 2011," X said')
  reports the whole clause as well as saying the quote (not 'That is "why ...," X said',
  which points back, nor one a narrative lead-in introduces with a colon); a cue the parser hung on the clause it closes ('..., X said,
  referring to ...') reports what comes before it. "Let us remind you that" is the
  writer's. Content is clipped to the cue's paragraph.
- Speakers: see `_quote_speakers`. Anonymous sources ("a source said", "officials said")
  are attributions without a speaker: `speaker_id`/`speaker_name` stay None while
  `speaker_span` and `cue` show who the text credits. Unknown speakers are never guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wiretrace.analyse._quote_lexicon import Lexicon, load_lexicon
from wiretrace.analyse._quote_marks import QuotedText, find_quoted
from wiretrace.analyse._quote_speakers import (
    CITING_WORDS,
    DOCUMENT_NOUNS,
    DOCUMENT_OR_STATEMENT_NOUNS,
    MAKING_VERBS,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    SAID_IN_NOUNS,
    SPEAKER_LABELS,
    SPEECH_ACT_NOUNS,
    SUBJECT_DEPS,
    Speaker,
    TITLE_ABBREVIATIONS,
    SpeakerResolver,
    is_age_description,
    said_to_be,
)
from wiretrace.analyse.provenance import is_news_outlet
from wiretrace.model import Quote, Span
from wiretrace.nlp import Annotated
from wiretrace.nlp.datelines import dateline_end
from wiretrace.nlp.syntax import objects_of

FULL_QUOTE_MIN_WORDS = 4
# A fragment quoted inside a reported clause (added that a ceasefire "cannot mean
# surrender") reads as part of the paraphrase unless it is a substantial stretch of speech.
EMBEDDED_QUOTE_MIN_WORDS = 4
POST_CUE_MAX_TOKENS = 10  # words allowed between a quote and its post-posed cue (the speaker)
MEDIUM_TAKING_VERBS = frozenset({"take", "use", "turn", "appear", "post", "tweet", "write"})  # "took to Twitter to say"
MAX_UNPARSED_NAME_WORDS = 3  # '"...," Huguely said': a name the parser lost between quote and cue
NAMING_CUE_MAX_TOKENS = 6  # calling them "..." : the naming verb sits just before the quote
TITLE_CASE_SHORT_WORD = 3  # "of", "the", "and" stay lower case in titles of works
# What a speaker says things in ("in a tweet that said ...")
MEDIUM_NOUNS = DOCUMENT_NOUNS | {"tweet", "post", "letter", "note", "message", "email", "release", "memo", "video"}
RECORDING_VERBS = frozenset({"hear", "overhear", "see", "film", "record", "catch"})  # "X can be heard saying"
ASKED_VERBS = frozenset({"ask", "question", "press", "quiz"})  # "X, asked about ..., said"
READOUT_VERBS = frozenset({"convey", "voice"})  # 'X "conveyed the support of ..."' in a call readout
REMARK_NOUNS = frozenset({"comment", "remark", "excerpt", "transcript", "word", "answer", "reply"})
QUOTING_VERBS = {"quote", "cite", "paraphrase"}  # "quoted X as saying", "paraphrased X as saying": the object speaks
# 'accused X of "running down the clock"': the charge is put in the accuser's words
ACCUSING_VERBS = frozenset({"accuse"})
ANAPHORIC_OBJECTS = {"this", "so", "that"}  # "X stated this": the content is the sentence before
UTTERANCE_ENDS = {",", ".", "?", "!", "…"}
ASIDE_MARKS = {"--", "—", "–", "(", ")"}  # dashes and brackets that set off an aside
FIRST_AND_SECOND_POSSESSIVES = {"my", "our", "your"}
NON_SPEAKER_SUBJECTS = {"i", "we", "us", "you", "that", "which", "who", "there"}  # not attributions ("let us remind you that")
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a lead-in with one of these is a clause, not a bare name
# full stops that end no sentence: "Mr.", "No. 10", and ranks before a name ("Asst. Chief X")
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_COMPANY_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "plc", "llc", "bros"}  # "Acreage Holdings, Inc. (ACRG)" ends nothing
_ABBREVIATIONS = {"mr", "mrs", "ms", "st", "no", "jr", "sr"} | TITLE_ABBREVIATIONS | _MONTH_ABBREVIATIONS | _COMPANY_ABBREVIATIONS
_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n+")
# What follows a reported clause after a comma and tells of the report, not within it: a
# circumstance of the speaking ("..., ahead of a summit next week") or a remark on what was
# said (", a sentiment echoed by ...", ", many of them in ..."). ", which ..." and ", as ..."
# are too often part of what was said to be cut.
_TRAILING_ASIDE = re.compile(
    r",\s+(?:ahead of\b|amid\b|a (?:move|sentiment|step|view|claim|charge|position|statement|remark)\b"
    r"|(?:many|most|some) of (?:them|whom)\b)"
)
# Verbs that, joined to a reported clause without a subject of their own, are the speaker's next act.
_SPEAKERS_OWN_ACTS = frozenset({"ask", "urge", "call", "appeal", "add", "warn", "demand", "vow", "promise", "pledge"})
_TEXT_KEY = "wiretrace.text"  # Doc.user_data key of the cached text (see `_text`)


@dataclass
class _Attribution:
    cue: Token
    cue_text: str
    subject: Token | None
    style: str  # post | colon | split | clause | governing | act | introduced | naming | accusing | according | inherited | repeated


@dataclass
class _Direct:
    pieces: list[QuotedText]
    attribution: _Attribution | None = None
    speaker: Speaker | None = None
    short: bool = False  # fewer than FULL_QUOTE_MIN_WORDS words


@dataclass
class _Indirect:
    start: int
    end: int
    attribution: _Attribution
    speaker: Speaker | None = None


def extract_quotes(ann: Annotated) -> list[Quote]:
    """Direct and indirect quotes of one annotated article, in text order."""
    text, doc, lexicon = ann.article.text, ann.doc, load_lexicon()
    pieces = find_quoted(text)
    quoted = [(q.start, q.end) for q in pieces]
    candidates = _attribute_directs(text, doc, pieces, lexicon)
    directs = [d for d in candidates if _is_full_quote(text, doc, d) or _rejoinder(text, d, candidates)]
    _attribute_to_later_cues(text, doc, directs, pieces, lexicon)
    # a cue reaching past earlier quotes (see `_governing_cue`) still reports its own clause
    # (a phrase quoted inside a reported clause leaves the clause to its cue as well)
    posted = [_inside_posted_report(doc, d) for d in directs]
    used_cues = {
        d.attribution.cue.i for d, in_report in zip(directs, posted, strict=True)
        if d.attribution and d.attribution.style not in {"governing", "clause", "introduced"} and not in_report
    }
    in_clause = [in_report or _quoted_phrase(d) for d, in_report in zip(directs, posted, strict=True)]
    utterances = [(p.start, p.end) for d, phrase in zip(directs, in_clause, strict=True) if not phrase for p in d.pieces]
    phrases = [(p.start, p.end) for d, phrase in zip(directs, in_clause, strict=True) if phrase for p in d.pieces]
    indirects = _find_indirect(doc, quoted, utterances, phrases, used_cues, lexicon)
    resolver = SpeakerResolver(ann, quoted, lexicon)
    _resolve_in_text_order(resolver, directs, indirects)
    directs = [d for d in directs if not _unnamed_naming(d)]
    _continue_reports(text, doc, directs, indirects)
    _inherit_speakers(text, doc, directs)
    _inherit_from_next(text, directs)
    _credit_repeated(text, directs)
    _inherit_between(text, doc, directs)
    quotes = [q for d in directs for q in _direct_quotes(ann, d)]
    quotes += [_indirect_quote(ann, i) for i in indirects if _speaker_like(i, lexicon)]
    return sorted(quotes, key=lambda q: q.span.start)


# ----- direct quotes ------------------------------------------------------------------


def _attribute_directs(text: str, doc: Doc, pieces: list[QuotedText], lex: Lexicon) -> list[_Direct]:
    chains: dict[int, list[QuotedText]] = {}
    for piece in pieces:
        chains.setdefault(piece.chain, []).append(piece)
    directs = [_Direct(chain) for chain in chains.values()]
    for direct in directs:
        for piece in direct.pieces:
            direct.attribution = _attribution(text, doc, piece, pieces, lex)
            if direct.attribution:
                break
        else:  # no cue anywhere in the quote: a caption, or the paragraph before, may name its speaker
            direct.attribution = (
                _captioned(text, doc, direct) or _introduced_before(text, doc, direct.pieces[0], lex)
                or _opening_quote(text, doc, direct, lex)
            )
    return directs


def _attribution(text: str, doc: Doc, piece: QuotedText, pieces: list[QuotedText], lex: Lexicon) -> _Attribution | None:
    """A cue after the quote, else one before it. A cue after it that reports a clause of
    its own ('X acknowledged that ... "..." a day after Y said the campaign was under way')
    gives way to a cue before the quote, which governs it; so does an outer reporter whose
    report holds the inner one ('X said that the plan "...," the agency reported')."""
    post = _post_attribution(text, doc, piece, pieces, lex)
    if post is None:
        return _pre_attribution(text, doc, piece, pieces, lex)
    if _news_outlet(post.subject):  # '"...," Hamas said, noting that X "...," reported Xinhua': the outlet relays
        pre = _pre_attribution(text, doc, piece, pieces, lex)
        if pre is not None and pre.subject is not None and not _news_outlet(pre.subject):
            return _relayed_report(pre, _tokens_between(doc, piece.start, piece.end))
    if post.cue.sent.start_char > piece.end:  # a bare lead of its own ('"..." X said.') yields to a cue
        return _pre_attribution(text, doc, piece, pieces, lex) or post  # around the quote: 'It was, she said, "..."'
    if _reports_own_clause(post.cue, pieces):
        return _pre_attribution(text, doc, piece, pieces, lex) or post
    pre = _pre_attribution(text, doc, piece, pieces, lex)
    if pre is None or not _reports_inner(pre, post, _tokens_between(doc, piece.start, piece.end)):
        return post
    if post.style == "according":
        return pre  # "X claimed that ... '...', according to The Guardian": the outlet only relays X's report
    # the post-posed cue still attributes the quote as an utterance; the speaker is the inner one
    return _Attribution(pre.cue, pre.cue_text, pre.subject, post.style)


def _news_outlet(token: Token | None) -> bool:
    """The phrase `token` heads names a news outlet ("Xinhua news agency", "The Guardian")."""
    if token is None:
        return False
    words = [t.text for t in token.subtree if not t.is_punct and t.i <= token.i]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 2 and [w.lower() for w in words[-2:]] == ["news", "agency"]:
        words = words[:-2]
    return bool(words) and is_news_outlet(" ".join(words))


def _relayed_report(pre: _Attribution, quoted: list[Token]) -> _Attribution:
    """The report an outlet relays: the cue before the quote, or, when that cue does not
    report the quote as its own clause ('X claimed that the chair asked MPs "to shout"'),
    the speech verb above it whose reported clause holds the quote."""
    if not quoted or _in_reported_clause(quoted[0], pre.cue):
        return pre
    speech = load_lexicon().speech_verbs
    for verb in pre.cue.ancestors:
        subject = _subject_of(verb) if verb.lemma_.lower() in speech else None
        if subject is not None and not _news_outlet(subject) and _in_reported_clause(quoted[0], verb):
            return _Attribution(verb, verb.text, subject, "clause")
    return pre


def _reports_inner(pre: _Attribution, post: _Attribution, quoted: list[Token]) -> bool:
    """The cue before the quote governs the clause holding it, introduces it with a colon
    ('X said: "...", Ukrayinska Pravda reported'), or is a speaker's act whose own words it is
    ('Lindqvist condemned "...," spokesman Y said'), and the cue after the quote reports that
    cue's report: the quote is the inner speaker's."""
    relays = post.style == "according" and pre.cue in post.cue.ancestors  # "X claimed ..., according to The Guardian"
    if pre.subject is None or not quoted:
        return False
    if pre.style == "colon" and pre.cue.lemma_.lower() in load_lexicon().speech_verbs:
        # the quote is all the cue introduces, however the parse splits its sentences, and a
        # reporter after it relays it ("she and X sing together" after "She sings: '...'" do not)
        return _news_outlet(post.subject) or post.cue.lemma_.lower() == "report"
    reported = pre.style == "clause" and _in_reported_clause(quoted[0], pre.cue)
    own_words = pre.style in {"naming", "act"} and _may_voice(pre.subject) and pre.cue in quoted[0].ancestors
    return (reported or own_words) and (post.cue in pre.cue.ancestors or relays)


def _reports_own_clause(cue: Token, pieces: list[QuotedText]) -> bool:
    """The cue has an unquoted reported clause after it."""
    quoted = [(p.start, p.end) for p in pieces]
    return any(c.dep_ == "ccomp" and c.i > cue.i and not _inside(c.idx, quoted) for c in cue.children)


def _post_attribution(
    text: str, doc: Doc, piece: QuotedText, pieces: list[QuotedText], lex: Lexicon
) -> _Attribution | None:
    """`"...," Zelenskyy stressed.` / `"...?" asked X` / `«...», the minister said`."""
    if piece.close_mark is None:
        return None
    start = piece.close_mark + 1
    end = _sentence_end(text, start, _next_open(pieces, start))
    if text[start:end].strip() in {".", ""} and "\n" not in text[start:end]:  # '... upheld”. Senator X said.'
        following = _tokens_between(doc, end, _sentence_end(text, end, _next_open(pieces, end)))
        if _bare_lead(following, lex) and "\n" not in text[start : following[-1].idx if following else start]:
            end = following[-1].idx + len(following[-1])
    after = text[start:end].lstrip(" ,")
    window = _tokens_between(doc, start, end)
    bare = _bare_lead(window, lex) and not any(p.start <= start < p.end for p in pieces)  # not "“A. “B.”"
    # a full stop inside the marks ends the sentence: what follows is new, unless a comma
    # hangs the cue on the quote all the same ('“... stay home.” , WFP spokesperson X told')
    comma_next = text[start:end].lstrip(" ").startswith(",")
    if text[piece.start : piece.end].rstrip().endswith(".") and not after[:1].islower() and not bare and not comma_next:
        return None
    according = next((t for t in window if not t.is_punct), None)
    if according is not None and _is_according(according) and _directly_follows(according, start):
        # '"...," according to Red Cross spokesman X, who says ...'
        return _Attribution(according, "according to", _according_speaker(according), "according")
    cue = next((t for t in window if _post_cue_word(t, start, lex)), None)
    if cue is None or not _attribution_lead(window, cue):
        return None
    relative = cue.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in cue.children)
    if relative and piece.start <= cue.head.idx < piece.end:
        return None  # 'X "condemned the attack" which was reported on Sunday': the clause tells of the quoted words
    subject = _post_subject(cue, window, piece)
    if subject is None:
        return None  # `"...", repeated earlier accusations`: a verb, but nobody speaking here
    return _Attribution(cue, cue.text, subject, "post")


def _bare_lead(window: list[Token], lex: Lexicon) -> bool:
    """ `"... is solid." The company said in a press release.`: a sentence that is nothing but
    a speaker and a cue saying nothing of its own belongs to the quote before it, whatever
    the full stop inside the marks says."""
    cue = next((t for t in window if t.pos_ == "VERB" and t.lemma_.lower() in lex.speech_verbs), None)
    if cue is None or cue.dep_ != "ROOT" or not any(c.dep_ in {"nsubj"} for c in cue.children):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "dobj", "conj", "parataxis", "advcl"} for c in cue.children)


def _post_subject(cue: Token, window: list[Token], piece: QuotedText) -> Token | None:
    inverted = _directly_follows(cue, piece.close_mark + 1)
    subject = inverted and (_name_closing_lead(cue) or _inverted_subject(cue, window) or _unparsed_name_after(cue))
    subject = subject or _subject_in(cue, window, prefer_after=inverted) or _unparsed_name_before(cue, window)
    if subject is not None and piece.start <= subject.idx < piece.end:
        # The parser hung the cue on the quote's own verb ('"I think ...," X, an oncologist
        # at ..., told'), whose subject speaks inside the quote: the lead opens with the speaker.
        inside = {t.i for t in window}
        subject = next((_phrase_head(t, inside) for t in window if t.i < cue.i and _speakerish(t)), None)
    return _sender(subject) if subject is not None else None


def _name_closing_lead(cue: Token) -> Token | None:
    """'"...," said study co-author Jorge Velez, curator at ...': after an inverted cue, a
    person's name closing a run of titles and nouns (no 'of', no possessive: 'the wife of
    X', 'X's lawyer' are someone else) is the speaker, however the parser split the titles."""
    doc = cue.doc
    lead = list(itertools.takewhile(_title_or_name_word, doc[cue.i + 1 :]))
    stop = doc[lead[-1].i + 1] if lead and lead[-1].i + 1 < len(doc) else None
    closed = stop is None or stop.is_punct or stop.pos_ == "ADP"  # not "X's lawyer", "X told"
    return lead[-1] if lead and lead[-1].ent_type_ == "PERSON" and closed else None


def _title_or_name_word(token: Token) -> bool:
    return not (token.is_punct and token.text != "-") and token.pos_ not in {"ADP", "PART", "VERB", "AUX"}


def _unparsed_name_after(cue: Token) -> Token | None:
    """'"...," said PM Modi on ...': words in capitals right after an inverted cue name
    who spoke, even where the parse lost them (here it read the name as a verb); the last
    of them is the phrase's head."""
    run = list(itertools.takewhile(lambda t: t.is_title or t.is_upper and t.is_alpha, cue.doc[cue.i + 1 :]))
    if not run or any(_speakerish(t) for t in run):
        return None
    after = cue.doc[run[-1].i + 1] if run[-1].i + 1 < len(cue.doc) else None
    ends_phrase = after is None or after.is_punct or after.pos_ in {"ADP", "ADV", "SCONJ"}
    return run[-1] if ends_phrase else None  # not 'said ELN negotiator X'


def _unparsed_name_before(cue: Token, window: list[Token]) -> Token | None:
    """'"...," Huguely said': words in capitals alone between the quote and its cue name who
    spoke, even where the parse lost them (here it read the name as an adverb)."""
    words = [t for t in window if t.i < cue.i and not t.is_punct]
    named = words and len(words) <= MAX_UNPARSED_NAME_WORDS and all(_lost_name_word(t) for t in words)
    return words[-1] if named and not any(c.dep_ in SUBJECT_DEPS for c in cue.children) else None


def _lost_name_word(token: Token) -> bool:
    # a verb only as a modal before a past tense, which no modal takes: "May said"
    misread_modal = token.tag_ == "MD" and token.head.tag_ == "VBD"
    return token.is_title and token.is_alpha and (token.pos_ not in {"AUX", "VERB"} or misread_modal)


def _sender(subject: Token) -> Token:
    """'"...," read a note he sent to staff': a message speaks for whoever its relative
    clause says sent or wrote it."""
    if subject.lemma_.lower() not in MEDIUM_NOUNS:
        return subject
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    senders = [c for clause in clauses for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"}]
    return senders[0] if senders else subject


def _post_cue_word(token: Token, close_end: int, lex: Lexicon) -> bool:
    return _is_cue(token, lex.speech_verbs) or _inverted_cue_word(token, close_end, lex) or _bare_naming(token, lex)


def _bare_naming(token: Token, lex: Lexicon) -> bool:
    """'"...," he described': a naming verb with nothing after it to name describes the
    quote before it. 'described it as', 'referred to' and 'called them' name something else."""
    if not _is_cue(token, lex.naming_verbs):
        return False
    complements = {"dobj", "dative", "oprd", "attr", "ccomp", "xcomp"}
    after = [c for c in token.children if c.i > token.i]
    return not any(c.dep_ in complements or c.dep_ == "prep" and c.lower_ in {"as", "to"} for c in after)


def _inverted_cue_word(token: Token, close_end: int, lex: Lexicon) -> bool:
    """Right after the quote, a cue the parser took for something else: an inverted speech
    verb read as a participle modifying the speaker's noun ('"...," shared neighbor Ann Lee'),
    or the text of a message ('"...," read a note he sent')."""
    if not _directly_follows(token, close_end):
        return False
    if token.lemma_.lower() == "read":
        return any(c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in MEDIUM_NOUNS for c in token.children)
    return (
        token.tag_ in {"VBN", "VBD"}
        and token.dep_ == "amod"
        and token.head.i > token.i
        and token.lemma_.lower() in lex.speech_verbs
    )


def _inverted_subject(cue: Token, window: list[Token]) -> Token | None:
    """'"...," gushed the Lyon striker': with the verb before its speaker and no subject in
    the parse, the parser read the speaker as the verb's object, or the verb as a
    participle modifying the speaker's noun."""
    if _subject_of(cue) is not None:
        return None
    noun = cue.head if cue.dep_ == "amod" else next((c for c in cue.children if c.dep_ == "dobj"), None)
    inside = {t.i for t in window}
    return _phrase_head(noun, inside) if noun is not None and noun.i in inside else None


def _attribution_lead(window: list[Token], cue: Token) -> bool:
    """Between a quote and its post-posed cue there is at most a speaker phrase: no clause
    ("..." and urged donors ...) and nothing long. What describes the speaker (see
    `_speaker_description`) does not count, and a bare participle may close the quoted
    phrase ("... the little deal" announced in October, said X)."""
    description = _speaker_description(window, cue)
    lead = [t for t in window if t.i < cue.i and not t.is_punct and t.i not in description]
    if len(lead) > POST_CUE_MAX_TOKENS:
        return False
    governing = _governing_verb_group(cue)
    return not any(_joins_clauses(t, cue) or _clause_verb(t) and t.i not in governing for t in lead)


def _speaker_description(window: list[Token], cue: Token) -> set[int]:
    """Indices of the words that only describe the speaker before a post-posed cue: a title
    set off by commas after the name ("X, deputy administrator for ..., said"), parsed as an
    apposition or, when the tagger took a noun for a verb ("X, an oncologist at ... and lead
    author of the study, told"), any stretch between commas without a finite verb; a
    prepositional phrase on the name ("Judge X of the Southern District of New York wrote")
    and a relative clause on it that runs up to the cue ("X, who arrived wearing a green
    sweatshirt and cap, said")."""
    before = [t for t in window if t.i < cue.i]
    described = {t.i for head in before if head.dep_ == "appos" for t in head.subtree}
    # a relative clause running up to the cue, also where the parse lost the cue's subject
    modifiers = [t for t in before if t.dep_ == "relcl" and _closes_lead(t, cue)]
    subject = _subject_of(cue)
    if subject is not None and subject.i in {t.i for t in before}:
        modifiers += [c for c in subject.children if c.dep_ == "prep"]
    described |= {t.i for modifier in modifiers for t in modifier.subtree}
    return described | _set_off_by_commas(before, cue)


def _closes_lead(clause: Token, cue: Token) -> bool:
    """Only punctuation stands between the clause and the cue ('X, who ..., said'), not a
    further clause or speaker ('X, who ..., and the council said'); or the rest of the
    clause's object, which the parser made a second subject of the cue ('X, minister in the
    administration that controls [the east] said')."""
    rest = cue.doc[clause.right_edge.i + 1 : cue.i]
    if all(t.is_punct for t in rest):
        return True
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    run_on = len(subjects) > 1 and any(t.i == s.i for s in subjects for t in rest)
    return run_on and not any(t.pos_ in {"VERB", "AUX", "CCONJ"} or t.text == "," for t in rest)


def _set_off_by_commas(before: list[Token], cue: Token) -> set[int]:
    """The words between the first comma after the lead's first word and a comma right
    before the cue, when no finite verb makes them a clause."""
    commas = [t.i for t in before if t.text == ","]
    words = [t for t in before if not t.is_punct]
    if len(commas) < 2 or not words or commas[-1] != cue.i - 1:
        return set()
    first = next((i for i in commas if i > words[0].i), commas[-1])
    set_off = [t for t in before if first < t.i < commas[-1]]
    return set() if any(t.tag_ in FINITE_VERB_TAGS for t in set_off) else {t.i for t in set_off}


def _governing_verb_group(cue: Token) -> set[int]:
    """The cue's own auxiliaries ('X had said', 'Y has told'); and for 'she was quoted as
    saying', 'he was described as saying' the verb (with its auxiliaries) that the cue
    completes through a preposition, or for 'X can be heard saying', 'X was filmed saying'
    the verb of the recording that the cue completes."""
    own = {c.i for c in cue.children if c.dep_ in {"aux", "auxpass"}}
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in RECORDING_VERBS:
        verb = cue.head
    elif cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
        verb = cue.head.head
    else:
        return own
    return own | {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _joins_clauses(token: Token, cue: Token) -> bool:
    """'and urged donors', not the 'and' of a joint speaker ('she and Rose-Lynn sing'); a
    subordinator opening another clause ('..." while X tweeted'), not the cue's own ('..."
    as X put it')."""
    if token.pos_ == "SCONJ":
        return not (token.lower_ == "as" and token.head.i == cue.i)
    return token.pos_ == "CCONJ" and token.head.pos_ not in {"PRON", "PROPN", "NOUN"}


def _clause_verb(token: Token) -> bool:
    """A verb of its own clause; not a title, noun or adjective the tagger took for a verb
    ("WHO chief X said", "defender X said", "acting Chief Justice X said")."""
    mistagged = token.dep_ in {"compound", "amod"} or bool(load_lexicon().role_phrases_in(token.text))
    return token.pos_ in {"VERB", "AUX"} and not _bare_participle(token) and not _inside_name(token) and not mistagged


def _inside_name(token: Token) -> bool:
    """A first name the tagger took for a verb ("Leader Hakeem Jeffries", Hakeem as VBZ):
    a word of a person's name before its last word."""
    return token.ent_type_ == "PERSON" and token.i + 1 < len(token.doc) and token.nbor(1).ent_iob_ == "I"


def _pre_attribution(
    text: str, doc: Doc, piece: QuotedText, pieces: list[QuotedText], lex: Lexicon
) -> _Attribution | None:
    """`X said: "..."`, `X stated that ... "..."`, `calling them "..."`, `According to X, "..."`."""
    end = piece.open_mark
    previous_close = _previous_close(pieces, end)
    start = _sentence_start(text, end, previous_close)
    window = _tokens_between(doc, start, end)
    for token in reversed(_outside_closed_brackets(window)):
        if _is_according(token) and not _cue_before(token, lex):
            between = text[_subtree_end(token) : end]
            style = "according" if _only_punctuation(between) else "clause"
            return _Attribution(token, "according to", _according_speaker(token), style)
        if _is_cue(token, ACCUSING_VERBS) and (accusation := _accusation(token, window)) is not None:
            return accusation
        if (_is_cue(token, lex.speech_verbs | lex.naming_verbs) or _document_reads(token)) and not _in_compound_word(token):
            if _subordinate_elsewhere(token, doc, piece) or _voiceless_finding(token, lex):
                continue
            if _passes_quote_on(token, doc, piece, lex):
                continue
            attribution = _pre_cue(text, token, window, end, lex)
            if attribution is None:
                break  # a naming verb too far off to name the quote may still act on it (see `_governing_act`)
            if previous_close is not None and start == previous_close + 1:
                relayed = any(_is_cue(t, lex.speech_verbs) for t in window if t.i < token.i)
                if relayed and (token.lemma_.lower() == "report" or _news_outlet(attribution.subject)):
                    continue  # `"A," X said, TVNZ.co.nz reports "B."`: the outlet relays X's words
                if not _reports_clause(token, window):
                    attribution.style = "split"  # `"A," said X, "B."`: B is the rest of the utterance
            return attribution
    sentence = _tokens_between(doc, _sentence_start(text, end, None), end)  # past quoted titles in it
    return (
        _inverted_cue(window, lex)
        or _colon_intro(text, window, end)
        or _colon_intro(text, sentence, end)
        or _governing_cue(doc, piece, pieces, sentence, lex)
        or _governing_act(doc, piece, pieces, sentence, lex)
        or _speech_act_before(text, doc, piece, pieces, lex)
        or _quoted_predicate(doc, piece, window, lex)
        or _speech_noun_maker(window)
        or _labelled_quote(text, doc, window)
    )


def _quoted_predicate(doc: Doc, piece: QuotedText, window: list[Token], lex: Lexicon) -> _Attribution | None:
    """'X, the US secretary of state, "conveyed the unwavering support of ..."': quoted words
    that open with the sentence's own speech verb, right after its subject, report what the
    subject said in the words of a readout, an adverb perhaps before the verb ('X "strongly
    condemned the attack"'). ('She "lost her grip"' is a witness's words.)"""
    tokens = _tokens_between(doc, piece.start, piece.end)
    verb = next((t for t in tokens if t.pos_ != "ADV"), None)
    speech = lex.speech_verbs | lex.speech_act_verbs | READOUT_VERBS
    if verb is None or verb.tag_ not in {"VBD", "VBZ"} or verb.dep_ != "ROOT" or not window:
        return None
    if verb.lemma_.lower() not in speech:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.i < window[0].i or not _may_voice(subject):
        return None
    return _Attribution(verb, verb.text, subject, "clause")


def _speech_noun_maker(window: list[Token]) -> _Attribution | None:
    """'contradicted a claim by the governor's aide X that "..."', 'a warning from X that
    "..."', 'X made a statement that "..."': the words a speech noun's "that" clause quotes
    are the words of whoever it is by, or who made or issued it."""
    words = [t for t in window if not t.is_punct]
    if not words or words[-1].lower_ != "that" or words[-1].dep_ != "mark":
        return None
    clause = words[-1].head
    noun = clause.head if clause.dep_ in {"acl", "ccomp"} else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_ACT_NOUNS:
        return None
    maker = next((o for p in noun.children if p.lower_ in {"by", "from"} for o in p.children if o.dep_ == "pobj"), None)
    if maker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in MAKING_VERBS:
        maker = _subject_of(noun.head)
    return _Attribution(noun, noun.text, maker, "clause") if maker is not None and _may_voice(maker) else None


def _voiceless_finding(cue: Token, lex: Lexicon) -> bool:
    """'X said, adding that the decisions show the Commission "is serious"': what a thing
    shows or suggests is no one's words; a cue further back says them."""
    if cue.lemma_.lower() not in lex.finding_verbs | lex.evidential_verbs:
        return False
    subject = _subject_of(cue)
    return subject is not None and not _may_voice(subject)


def _passes_quote_on(cue: Token, doc: Doc, piece: QuotedText, lex: Lexicon) -> bool:
    """'officers thought to have "threatened ..."': a reduced passive names no speaker, and
    inside another's report ('X said Y had spoken of it to others "and possibly even to his
    mother"', 'X said Y called him "congratulating me"', 'X said the union told the chair
    ..., but the chair "did not listen to us"') a cue takes only quoted words that are its
    own content, not a conjunct continuing the report, a participle after the one it phoned
    or words it does not govern: the cue further back says them."""
    participle = cue.dep_ == "acl" and cue.tag_ in {"VBN", "VBD"} and cue.head.dep_ != "ROOT"  # the tagger may say VBD
    if participle and not any(c.dep_ == "agent" for c in cue.children):
        return True
    if not _inside_report(cue, lex):
        return False
    if _voiceless_subject(cue):
        return True
    first = _first_quoted(doc, piece)
    if first is None or cue not in first.ancestors:
        return True
    link = next(t for t in (first, *first.ancestors) if t.head == cue)  # what hangs the quote on the cue
    phoned = cue.lemma_.lower() in lex.naming_verbs and link.tag_ == "VBG"
    return link.dep_ in {"cc", "conj"} or phoned


def _inside_report(cue: Token, lex: Lexicon) -> bool:
    """The cue lies in a clause that a speech verb above it reports."""
    return any(_is_cue(v, lex.speech_verbs) and _in_reported_clause(cue, v) for v in cue.ancestors)


def _voiceless_subject(cue: Token) -> bool:
    """'X said ... that it underlined the "total chaos"', 'X said refugees had told staff
    that "..."': inside another's report, a cue whose subject is "it" or a group no one
    names passes the quote on to the reporter, who is the one on record. (One unnamed
    person, 'a man attacked ... shouting "..."', is someone else, unknown.)"""
    subject = _subject_of(cue)
    return subject is not None and (subject.lower_ == "it" or subject.tag_ == "NNS" and not _may_voice(subject))


def _cue_before(according: Token, lex: Lexicon) -> bool:
    """'X said, according to a statement issued by his office, "..."': the phrase says where
    X's words were published; X speaks."""
    head = according.head
    return head.i < according.i and head.lemma_.lower() in lex.speech_verbs and _subject_of(head) is not None


def _governing_act(
    doc: Doc, piece: QuotedText, pieces: list[QuotedText], sentence: list[Token], lex: Lexicon
) -> _Attribution | None:
    """'X expressed "sympathy and solidarity with the families"', 'X greeted the crowd with
    "Peace be with you"', 'X commended the police for their "..."': the words a speech
    act takes as its object, or with 'with' or 'for', are the actor's, and so are words
    that go on describing or listing its object ('thanked voters "who trusted us"',
    'condemned those ..., including "all those who ..."'). Words deeper in (criticised Y's
    policy of "...", deplored warnings that fuelled "...") are someone else's."""
    tokens = _tokens_between(doc, piece.start, piece.end)
    head = next((t for t in tokens if not piece.start <= t.head.idx < piece.end), None)
    if head is None:
        return None
    if head.dep_ == "relcl" or head.dep_ == "pobj" and head.head.lower_ == "including":
        head = head.head if head.dep_ == "relcl" else head.head.head  # the object described or listed
    if head.dep_ == "dobj":
        act = head.head
    elif head.dep_ in {"pobj", "pcomp"} and head.head.lower_ in {"with", "for"}:
        act = head.head.head.head if head.head.head.dep_ == "dobj" else head.head.head
    elif head.dep_ == "prep" and head.lower_ in {"with", "for"}:  # the quote takes the "for" in: 'commended his charges "for ..."'
        act = head.head.head if head.head.dep_ == "dobj" else head.head
    else:
        return None
    if not _is_cue(act, lex.speech_act_verbs):  # also the purpose of something done (see `_infinitive`)
        return None
    subject = _subject_of(act)
    return _Attribution(act, act.text, subject, "act") if subject is not None and _may_voice(subject) else None


def _speech_act_before(
    text: str, doc: Doc, piece: QuotedText, pieces: list[QuotedText], lex: Lexicon
) -> _Attribution | None:
    """'Prime Minister X acknowledged the result. "I congratulate the winner."': a quote
    opening a sentence, with no cue of its own, continues the sentence just before it in
    its paragraph when that sentence is someone's speech act and quotes nothing but the
    name the act gives ('He termed the killing the "end of an idea". "..."')."""
    start = _sentence_start(text, piece.open_mark, None)
    if text[start : piece.open_mark].strip():
        return None  # the quote does not open its sentence
    before_start = _sentence_start(text, max(start - 1, 0), None)
    if "\n" in text[before_start : piece.open_mark]:
        return None
    sentence = _tokens_between(doc, before_start, start)
    verb = next((t for t in sentence if t.dep_ == "ROOT"), None)
    quoted = [(p.start, p.end) for p in pieces]
    if verb is None or _inside(verb.idx, quoted):  # a sentence that is someone's quote acts on nothing
        return None
    if _overlaps(before_start, start, quoted):
        acts = lex.naming_verbs  # what else it quotes may be another's words
    else:
        acts = lex.speech_verbs | lex.speech_act_verbs | {"describe"}  # "X described the torment of the families. '...'" too
    if verb.lemma_.lower() not in acts:
        return None
    subject = _subject_of(verb)
    if subject is None or subject.lower_ == "it" or not _may_voice(subject):
        return None
    return _Attribution(verb, verb.text, subject, "act")


def _captioned(text: str, doc: Doc, direct: _Direct) -> _Attribution | None:
    """'"...I won many tournaments." Novak Djokovic offers his tips for a work-life balance.':
    a paragraph of a quote and one present-tense sentence after it about a person named as
    its subject is a caption, and the quote is that person's (any verb; captions describe
    rather than cite). A past tense tells the story on, and the quote stays as it was."""
    first, last = direct.pieces[0], direct.pieces[-1]
    para_start = text.rfind("\n", 0, first.open_mark) + 1
    para_end = text.find("\n", last.end)
    para_end = len(text) if para_end < 0 else para_end
    if last.close_mark is None or text[para_start : first.open_mark].strip():
        return None
    caption = text[last.close_mark + 1 : para_end]
    if any(mark in caption for mark in '"“”«»') or len(_sentence_ends(caption.strip())) > 1:
        return None
    if not _sentence_ends(text[last.start : last.close_mark + 1]):
        return None  # the words after the marks finish the quote's own sentence
    sentence = _tokens_between(doc, last.close_mark + 1, para_end)
    inside = {t.i for t in sentence}
    # misled by the quote, the parser may tag "jokes" a plural noun: its subject shows it is the verb
    present = [t for t in sentence if t.dep_ == "nsubj" and t.head.i in inside and t.head.tag_ in {"VBZ", "NNS"}]
    if not present:
        return None
    subject = present[0]
    named = subject if _person_name(subject) else _name_beside(subject)
    return _Attribution(subject.head, subject.head.text, named, "introduced") if named is not None else None


def _opening_quote(text: str, doc: Doc, direct: _Direct, lex: Lexicon) -> _Attribution | None:
    """'"We have rung the alarm bell loud and clear." / WHO chief X declared the outbreak a
    pandemic on Wednesday ...': a story that opens with a paragraph of quote speaks through
    the named subject of the speech verb that opens the paragraph after it."""
    first, last = direct.pieces[0], direct.pieces[-1]
    paragraph_end = text.find("\n", last.end)
    if text[: first.open_mark].strip() or last.close_mark is None or paragraph_end < 0:
        return None
    if text[last.close_mark + 1 : paragraph_end].strip():
        return None
    start = len(text) - len(text[paragraph_end:].lstrip())
    sentence = _tokens_between(doc, start, _sentence_end(text, start, None))
    root = next((t for t in sentence if t.dep_ == "ROOT"), None)
    subject = _subject_of(root) if root is not None and root.lemma_.lower() in lex.speech_verbs else None
    if subject is None or not _person_name(subject):
        return None
    return _Attribution(root, root.text, subject, "introduced")


def _introduced_before(text: str, doc: Doc, piece: QuotedText, lex: Lexicon) -> _Attribution | None:
    """'Tiff Macklem ... explains the decision and responds to questions.' / 'Comments from
    X after winning gold.' (then perhaps 'On her tactics:') / 'Serena was understandably
    happy afterwards.', then paragraphs of quotes with no cue: a quote opening its paragraph
    speaks for the one the narrative paragraph before introduces, by a speech verb, as the
    "from" of a speech noun, or as the named subject of a paragraph of one sentence (a name
    also set beside a role: "Samsung's senior vice president, Justin Denison, explained ...");
    a role with "the" introduces its holder only by a speech verb ("The minister suggested ...")."""
    para_start = text.rfind("\n", 0, piece.open_mark) + 1
    if text[para_start : piece.open_mark].strip():
        return None
    previous = _previous_paragraph(text, para_start)
    if previous is not None and previous[1] - previous[0] < 160 and text[previous[0] : previous[1]].rstrip().endswith(":"):
        # a line naming the speaker: "BRAZIL'S MINISTER OF THE ENVIRONMENT MARINA SILVA, speaking via a translator:"
        named = _colon_intro(text, _tokens_between(doc, previous[0], previous[1]), piece.open_mark)
        if named is not None:
            return named
        previous = _previous_paragraph(text, previous[0])  # a heading: "On her tactics for the race:"
    if previous is None or any(mark in text[previous[0] : previous[1]] for mark in '"“”«»'):
        return None
    sentence_start = _sentence_start(text, previous[1] - 1, None)
    sentence = _tokens_between(doc, sentence_start, previous[1])
    root = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    lone_sentence = not text[previous[0] : sentence_start].strip()
    if root.pos_ in {"VERB", "AUX"} and (lone_sentence or root.lemma_.lower() in lex.speech_verbs):
        subject = _subject_of(root)
    elif (heading := _remarks_heading(root)) is not None:
        subject = next((o for c in heading.children if c.lower_ == "from" for o in c.children if o.dep_ == "pobj"), None)
    else:
        return None
    known = subject is not None and (
        subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"} or _name_beside(subject) is not None
        or _role_voicing(subject, root, lex)
    )
    if not known:
        leader = _sole_agent_named(root, sentence) if lone_sentence else None
        return _Attribution(root, root.text, leader, "introduced") if leader is not None else None
    body = subject.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or subject.lemma_.lower() in lex.institution_nouns
    if lone_sentence and root.lemma_.lower() not in lex.speech_verbs and body:
        return None  # "The Command commended the community.": only a person's own words follow such a line
    return _Attribution(root, root.text, subject, "introduced")


def _sole_agent_named(root: Token, sentence: list[Token]) -> Token | None:
    """'Led by MP X, the lawmakers castigated the government.', 'The news was received well
    by the leadership, among them Speaker X.': a line about a group or a thing that names
    one person, as its agent or beside its verb (not one acted upon, "detained X"),
    introduces that person's words."""
    people = {e.root.i: e.root for e in root.doc.ents if e.label_ == "PERSON" and e.root in sentence}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    path = [person, *itertools.takewhile(lambda t: t != root, person.ancestors)]
    leads = any(t.dep_ == "agent" for t in path) or person.head == root and person.dep_ not in {"dobj", "nsubj", "nsubjpass"}
    return person if leads else None


def _role_voicing(subject: Token, verb: Token, lex: Lexicon) -> bool:
    """"The minister suggested actions such as ...": a role named with "the" introduces the
    words of whoever holds it, when the line tells what it said or put forward (a role that
    only arrived or met someone introduces nobody's words)."""
    voicing = verb.lemma_.lower() in lex.speech_verbs | lex.speech_act_verbs
    definite = any(c.lower_ == "the" for c in subject.children)
    return voicing and definite and subject.pos_ == "NOUN" and bool(lex.role_phrases_in(subject.text))


def _remarks_heading(root: Token) -> Token | None:
    """The speech noun heading a verbless line ("Comments from X after winning gold"), also
    where the parser made the name the line's root and the noun its subject."""
    nouns = [root] + [c for c in root.children if c.dep_ == "nsubj"]
    return next((n for n in nouns if _noun_lemma(n) in SPEECH_ACT_NOUNS | {"word", "reaction"}), None)


def _noun_lemma(token: Token) -> str:
    """The lemma of a noun, also of one the tagger took for a name ("Comments from X" as a heading)."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower()
    return token.lower_.removesuffix("s") if token.pos_ == "PROPN" else ""


def _name_beside(role: Token) -> Token | None:
    """"Samsung's senior vice president, Justin Denison, explained ...": the person's name
    set beside a role, which names that person."""
    names = [c for c in role.children if c.dep_ == "appos" and _person_name(c)]
    return names[0] if names and role.pos_ == "NOUN" else None


def _person_name(token: Token) -> bool:
    """A name the tagger did not take for a body's ("Djokovic" may carry no entity label)."""
    return token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", ""}


def _previous_paragraph(text: str, paragraph_start: int) -> tuple[int, int] | None:
    """[start, end) of the non-blank paragraph before the one starting at `paragraph_start`."""
    end = paragraph_start
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def _governing_cue(
    doc: Doc, piece: QuotedText, pieces: list[QuotedText], sentence: list[Token], lex: Lexicon
) -> _Attribution | None:
    """'X said that parliament is "paralysed" and it will "keep delaying" the talks "because
    they don't want a deal"': a cue before earlier quotes of the sentence still governs a
    later one that its clause holds."""
    first = _first_quoted(doc, piece)
    if first is None:
        return None
    quoted = [(p.start, p.end) for p in pieces]
    governing = (t for t in reversed(sentence) if t in first.ancestors and not _inside(t.idx, quoted))
    speech = (t for t in governing if _is_cue(t, lex.speech_verbs))
    cue = next((t for t in speech if not (_voiceless_subject(t) and _inside_report(t, lex))), None)  # see `_passes_quote_on`
    if cue is None:
        return None
    return _Attribution(cue, cue.text, _subject_in(cue, sentence, prefer_after=False), "governing")


def _attribute_to_later_cues(
    text: str, doc: Doc, directs: list[_Direct], pieces: list[QuotedText], lex: Lexicon
) -> None:
    """'Any support for "armed groups seeking to split the country" - a phrase ... - is
    "doomed", the ministry added': a cue after later quotes of the sentence governs an earlier quote
    its reported clause holds. Whether the phrase is a quote at all was already settled
    without this cue (it only names the speaker)."""
    quoted = [(p.start, p.end) for p in pieces]
    for direct in directs:
        piece = direct.pieces[-1]
        if direct.attribution is not None or piece.close_mark is None:
            continue
        first = _first_quoted(doc, piece)
        later = _tokens_between(doc, piece.close_mark + 1, _sentence_end(text, piece.close_mark + 1, None))
        # A quote opening its sentence was tried against the cues up to the next quote as
        # a lead-in (`_post_attribution`); a phrase set inside the writer's clause ('was a
        # "..." and had been ..., the ministry said') may hang on any cue after it.
        opening = direct.pieces[0].open_mark
        opens = not text[_sentence_start(text, opening, None) : opening].strip()
        beyond = (_next_open(pieces, piece.close_mark + 1) or len(text)) if opens else piece.close_mark
        outside = [t for t in later if t.idx > beyond and not _inside(t.idx, quoted)]
        joined = opens and _verbless_join(doc, piece.close_mark + 1, beyond)
        cue = next(
            (t for t in outside if _is_cue(t, lex.speech_verbs) and (joined or _in_reported_clause(first, t))), None
        )
        according = next((t for t in outside if _is_according(t)), None)
        if cue is not None:
            direct.attribution = _Attribution(cue, cue.text, _subject_in(cue, later, prefer_after=True), "governing")
        elif according is not None and first is not None and according.head in (first, *first.ancestors):
            # 'X had been "organizing attacks" in the region, according to Y': the source of the clause
            direct.attribution = _Attribution(according, "according to", _according_speaker(according), "governing")


def _verbless_join(doc: Doc, start: int, end: int) -> bool:
    """'“There are 44 dead” in East Flores, and “many are still under the mud,” X told AFP':
    words between two quotes with no verb of their own join them into one utterance, so the
    cue after the second is the first's as well, however the parser hung the first."""
    between = _tokens_between(doc, start, end)
    return end < len(doc.text) and not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _in_reported_clause(token: Token | None, cue: Token) -> bool:
    """`token` lies in a clause the cue reports (a ccomp of the cue)."""
    child = token
    while child is not None and child.head.i != child.i:
        if child.head.i == cue.i:
            return child.dep_ == "ccomp"
        child = child.head
    return False


def _inverted_cue(window: list[Token], lex: Lexicon) -> _Attribution | None:
    """'Added resident Tom Ruiz to the paper: "..."': a speech verb opening the lead-in,
    its speaker after it. The parser takes the verb for a participle ("added resident"),
    so it is known by its place and its capital alone."""
    words = [t for t in window if not t.is_space]
    if len(words) < 3 or words[-1].text not in {":", ","}:
        return None
    verb = words[0]
    if not verb.is_title or verb.lemma_.lower() not in lex.speech_verbs or verb.tag_ not in {"VBD", "VBN"}:
        return None
    named = [t for t in words[1:] if t.pos_ == "PROPN" or _speakerish(t)]
    if not named:
        return None
    return _Attribution(verb, verb.text, _phrase_head(named[0], {t.i for t in window}), "colon")


def _reports_clause(cue: Token, window: list[Token]) -> bool:
    """`"A," X said, adding that the rain was "the worst in years"`: after the cue comes a
    clause of the writer's own, so the quote is a phrase in it, not the utterance's rest."""
    return any(t.lower_ == "that" or t.pos_ in {"VERB", "AUX"} for t in window if t.i > cue.i)


def _outside_closed_brackets(window: list[Token]) -> list[Token]:
    """`window` without asides in brackets that close before its end: "(44 percent say
    they want ...), but also shows that ... "...": the cue inside is not this quote's."""
    kept: list[Token] = []
    opened: list[int] = []  # positions in `kept` where each open bracket's aside begins
    for token in window:
        if token.text == "(":
            opened.append(len(kept))
        elif token.text == ")" and opened:
            del kept[opened.pop() :]
            continue
        kept.append(token)
    return kept


def _colon_intro(text: str, window: list[Token], quote_open: int) -> _Attribution | None:
    """`Rutte put it bluntly: "..."`: a clause ending in a colon introduces the quote
    even without a speech verb; its subject is the speaker."""
    if not text[:quote_open].rstrip().endswith(":"):
        return None
    inside = {t.i for t in window}
    roots = [t for t in window if t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or t.head.i not in inside)]
    for verb in roots:
        subject = _subject_of(verb) or _nearest_name_before(verb, window)
        if subject is not None and subject.i in inside and _may_voice(subject):
            return _Attribution(verb, verb.text, subject, "colon")
    owner = _owner_of_remarks(window)
    if owner is not None:
        return _Attribution(owner.head, owner.head.text, owner, "colon")
    return _verbless_intro(window) if not roots else None


def _labelled_quote(text: str, doc: Doc, window: list[Token]) -> _Attribution | None:
    """'Source: X's statement after the talks' ... 'Quote: "..."': in news digests that
    label their lines, a bare "Quote:" gives the words of the person (or body) the last
    "Source:" line before it names first."""
    if [t.lower_ for t in window] != ["quote", ":"]:
        return None
    source = text.rfind("\nSource:", 0, window[0].idx)
    if source < 0:
        return None
    line_end = text.find("\n", source + 1)
    line = doc.char_span(source + 1, line_end if line_end >= 0 else len(text), alignment_mode="contract")
    named = next((e for e in line.ents if e.label_ in {"PERSON", "ORG"}), None) if line is not None else None
    return _Attribution(window[-1], window[0].text, named.root, "colon") if named is not None else None


def _owner_of_remarks(window: list[Token]) -> Token | None:
    """'Following are excerpts from Governor X's comments at his news conference:': the one
    whose remarks the lead-in announces."""
    for noun in (t for t in window if t.lemma_.lower() in REMARK_NOUNS):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.ent_type_ == "PERSON" or owner.lower_ in PERSON_POSSESSIVES):
            return owner
    return None


def _verbless_intro(window: list[Token]) -> _Attribution | None:
    """'Republican X, on losing in 2008: "..."' (or a lead-in the parser left without a
    verb): the first person the lead-in names is the speaker."""
    if any(t.tag_ in FINITE_VERB_TAGS for t in window):
        return None
    named = next((t for t in window if t.ent_type_ == "PERSON"), None) or _shouted_name(window)
    if named is None:
        return None
    subject = _phrase_head(named, {t.i for t in window})
    colon = next((t for t in reversed(window) if t.text == ":"), subject)
    return _Attribution(colon, colon.text, subject, "colon")


def _shouted_name(window: list[Token]) -> Token | None:
    """'AZERBAIJAN'S COP29 PRESIDENT MUKHTAR BABAYEV:': a speaker's line in capitals, which
    the tagger reads as no name; its name ends the first phrase."""
    phrase = list(itertools.takewhile(lambda t: t.text not in {",", ":"}, window))
    words = [t for t in phrase if t.is_alpha]
    shouted = len(words) >= 2 and all(t.is_upper for t in words)
    return phrase[-1] if shouted and phrase[-1].pos_ == "PROPN" else None


def _nearest_name_before(verb: Token, window: list[Token]) -> Token | None:
    """The speaker a long opening phrase hid from the parser ("In reply to ..., Senator
    X, the chair of ..., issued this statement:"): the nearest speaker-like word before
    the verb, skipping titles set off after a name."""
    inside = {t.i for t in window}
    titles = {t.i for head in window if head.dep_ == "appos" for t in head.subtree}
    candidates = [t for t in window if t.i < verb.i and t.i not in titles and _speakerish(t)]
    return _phrase_head(candidates[-1], inside) if candidates else None


def _may_voice(subject: Token) -> bool:
    """A name, a pronoun, a speaker-like noun or a document ('The statement read:'); not
    a thing ('That process led to a realization:' introduces the last speaker's words)."""
    if subject.pos_ in {"PROPN", "PRON"}:
        return True
    return subject.pos_ == "NOUN" and (_speakerish(subject) or subject.lemma_.lower() in DOCUMENT_NOUNS)


def _subordinate_elsewhere(cue: Token, doc: Doc, piece: QuotedText) -> bool:
    """'As campaigners protested outside, X expressed "..."', 'telling opponents who
    promised to challenge the results: "..."': a cue in a clause opened by a subordinator,
    or in a relative clause, that does not hold the quote sets the scene; it does not
    attribute."""
    first = _first_quoted(doc, piece)
    subordinate = cue.dep_ == "relcl" or any(c.dep_ == "mark" for c in cue.children)
    if subordinate and cue.dep_ != "relcl" and _only_punctuation(doc.text[_subtree_end(cue) : piece.open_mark]):
        return False  # "after X told the Knesset, "..."": the quote is what was told, however parsed
    return subordinate and first is not None and cue not in first.ancestors


def _pre_cue(text: str, cue: Token, window: list[Token], quote_open: int, lex: Lexicon) -> _Attribution | None:
    between = text[cue.idx + len(cue) : quote_open]
    if cue.lemma_.lower() in lex.naming_verbs and cue.lemma_.lower() not in lex.speech_verbs:
        after = [t for t in window if t.i > cue.i]
        if len(after) > NAMING_CUE_MAX_TOKENS and not _names_as(cue, after):
            return None
        style = "naming"
    elif _only_punctuation(between) or between.rstrip().endswith(":"):
        style = "colon"
    else:
        style = "clause"
    subject = _subject_in(cue, window, prefer_after=False) or _unparsed_name_before(cue, window)
    if subject is None and cue.dep_ == "pcomp" and cue.tag_ == "VBG":
        # 'X smiled and said "yeah" before adding "..."': the subject sits before an earlier
        # quote, outside the window, and speaks through the verb the phrase hangs on
        subject = _subject_of(cue)
    shouted = _shouted_name(window)
    if shouted is not None and subject is not None and subject.i <= shouted.i:
        subject = shouted  # "BRAZIL'S MINISTER OF ... MARINA SILVA, speaking via a translator:" misparsed
    return _Attribution(cue, cue.text, subject, style)


def _accusation(cue: Token, window: list[Token]) -> _Attribution | None:
    """'accused the PM of "..."': the quote right after the charge's 'of', near the verb."""
    after = [t for t in window if t.i > cue.i and not t.is_punct]
    if not after or after[-1].lower_ != "of":
        return None
    # near the verb, or however long the accused's name, the verb's own 'of'
    of = after[-1]
    governed = of.head == cue or of.head.dep_ == "dobj" and of.head.head == cue
    if len(after) > NAMING_CUE_MAX_TOKENS and not governed:
        return None
    return _Attribution(cue, cue.text, _subject_in(cue, window, prefer_after=False), "accusing")


def _names_as(cue: Token, after: list[Token]) -> bool:
    """'referred to the sinking of a patrol boat off the coast as "a deliberate provocation"':
    however long the thing named, an "as" of the naming verb's phrase right before the quote
    gives its name, when no comma sets the "as" apart ('called for X, as "..."') and the name
    is a noun phrase or four words or more; a lone quoted adjective so far from the verb
    ('dismissed the idea of ... as "fabricated"') is an evaluation in scare quotes."""
    words = [t for t in after if not t.is_punct]
    if not words or words[-1].lower_ != "as" or cue not in words[-1].ancestors or any(t.text == "," for t in after):
        return False
    named = next((t for t in cue.doc[words[-1].i + 1 :] if not t.is_punct), None)
    if named is None:
        return False
    phrase = itertools.takewhile(lambda t: not _is_closing_mark(t), cue.doc[named.i :])
    long_phrase = sum(1 for t in phrase if t.is_alpha) >= EMBEDDED_QUOTE_MIN_WORDS  # words, not an epithet
    return named.pos_ == "DET" or long_phrase


def _is_full_quote(text: str, doc: Doc, direct: _Direct) -> bool:
    """Scare quotes are not quotes. A short phrase needs a whole-utterance attribution
    or a naming verb (whose speaker must then be named, see `_unnamed_naming`). A phrase
    inside a reported clause needs four words (said the delay was "logistical problems,
    not politics"); one without any attribution must be a clause of its own, with a verb;
    an unattributed phrase in Title Case is the name of a work."""
    words = _WORD.findall(" ".join(text[p.start : p.end] for p in direct.pieces))
    direct.short = len(words) < FULL_QUOTE_MIN_WORDS
    attribution = direct.attribution
    if attribution is not None and attribution.style == "post" and direct.short:
        # '95 were "locally lost" due to ..., the Air Force said', 'The fall is a "concern,"
        # X said': a phrase mid-sentence, not the utterance
        if not _ends_utterance(text, direct) or not _opens_sentence(text, direct):
            return False
    if attribution is not None and attribution.style == "colon" and attribution.subject is None:
        return not direct.short  # 'by saying "Hey Siri"': a phrase nobody utters here
    if attribution is not None and _addressee(text, direct, attribution):
        return False  # 'X told "Face the Nation" on Sunday': the programme told, not speech
    if attribution is not None and attribution.style in {"post", "colon", "split", "according", "naming"}:
        return True
    # 'expressed "sympathy with the families"', a charge in the accuser's words
    if attribution is not None and attribution.style in {"act", "accusing"}:
        return len(words) >= EMBEDDED_QUOTE_MIN_WORDS
    if not _has_verb(doc, direct.pieces):
        # 'stated that X was "one of the most extraordinary examples of courage"': a long
        # phrase in a reported clause is the speaker's wording even without a verb
        reported = attribution is not None and attribution.style in {"clause", "governing"}
        return reported and len(words) >= EMBEDDED_QUOTE_MIN_WORDS and not _title_case(words)
    if direct.short:
        return attribution is None and _whole_sentence(text, direct)  # 'Nobody slept.' after a quote
    if attribution is not None:  # 'says the idea "is actually not so crazy."': words to the sentence's end
        return len(words) >= EMBEDDED_QUOTE_MIN_WORDS or _closes_sentence(text, direct)
    return not _title_case(words)


def _addressee(text: str, direct: _Direct, attribution: _Attribution) -> bool:
    """A Title Case name right after "told", with no colon between, is who was told."""
    between = text[attribution.cue.idx + len(attribution.cue) : direct.pieces[0].open_mark]
    words = _WORD.findall(text[direct.pieces[0].start : direct.pieces[-1].end])
    return attribution.cue.lemma_.lower() == "tell" and not between.strip() and _title_case(words)


def _rejoinder(text: str, direct: _Direct, directs: list[_Direct]) -> bool:
    """A verbless sentence quoted right after an attributed quote in its paragraph
    ('"Give me a big win," he said. "Please."') is the rest of that utterance."""
    if direct.attribution is not None or not _whole_sentence(text, direct):
        return False
    before = [d for d in directs if d.pieces[-1].end <= direct.pieces[0].start]
    if not before:
        return False
    previous = max(before, key=lambda d: d.pieces[-1].end)
    gap = text[previous.pieces[-1].end : direct.pieces[0].start]
    return previous.attribution is not None and "\n" not in gap


def _ends_utterance(text: str, direct: _Direct) -> bool:
    """'"No," he said' / '"No", he said': punctuation closes the quoted words."""
    last = direct.pieces[-1]
    after = text[last.close_mark + 1 :].lstrip() if last.close_mark is not None else ""
    return text[last.start : last.end].rstrip()[-1:] in UTTERANCE_ENDS or after[:1] in UTTERANCE_ENDS


def _opens_sentence(text: str, direct: _Direct) -> bool:
    """Nothing of its sentence comes before the quote, but perhaps a lead-in's colon."""
    opening = direct.pieces[0].open_mark
    before = text[_sentence_start(text, opening, None) : opening].strip()
    return not before or before.endswith(":")


def _closes_sentence(text: str, direct: _Direct) -> bool:
    return text[direct.pieces[-1].start : direct.pieces[-1].end].rstrip()[-1:] in {".", "!", "?"}


def _whole_sentence(text: str, direct: _Direct) -> bool:
    quoted = text[direct.pieces[0].start : direct.pieces[-1].end]
    return quoted[:1].isupper() and quoted.rstrip()[-1:] in {".", "!", "?"}


def _has_verb(doc: Doc, pieces: list[QuotedText]) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for p in pieces for t in _tokens_between(doc, p.start, p.end))


def _title_case(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words if len(w) > TITLE_CASE_SHORT_WORD)


def _unnamed_naming(direct: _Direct) -> bool:
    """`critics dubbed it "X"`: a short naming quote only counts with a named speaker."""
    naming = direct.attribution is not None and direct.attribution.style == "naming"
    return naming and direct.short and (direct.speaker is None or direct.speaker.name is None)


def _take_speaker(direct: _Direct, source: _Direct | _Indirect, style: str) -> None:
    """`direct`, which has no cue of its own, is said by `source`'s speaker, through its cue."""
    direct.attribution = _Attribution(source.attribution.cue, source.attribution.cue_text, None, style)
    direct.speaker = source.speaker


def _inherit_speakers(text: str, doc: Doc, directs: list[_Direct]) -> None:
    """An unattributed quote continues the previous speaker in its paragraph, or in the
    previous paragraph when that paragraph closed with the quote and its attribution, also
    past one paragraph of narration that names no person or body ('"...," said X. / The
    study found that ... / "..."')."""
    previous: _Direct | None = None
    for direct in sorted(directs, key=lambda d: d.pieces[0].start):
        if direct.attribution is None and previous is not None and previous.attribution is not None:
            if _continues(text, previous, direct) or _continues_past_narration(text, doc, previous, direct):
                _take_speaker(direct, previous, "inherited")
        previous = direct


def _continues_past_narration(text: str, doc: Doc, previous: _Direct, current: _Direct) -> bool:
    """The current quote opens the paragraph after one paragraph of narration, which names
    no person or body that could be speaking and quotes nothing, and the paragraph before
    that closed with the previous quote and at most its attribution."""
    last, first = previous.pieces[-1], current.pieces[0]
    if last.close_mark is None:
        return False
    tail_end = text.find("\n", last.close_mark)
    lead_start = text.rfind("\n", 0, first.open_mark) + 1
    if tail_end < 0 or tail_end >= lead_start or text[lead_start : first.open_mark].strip():
        return False
    tail, narration = text[last.close_mark + 1 : tail_end], text[tail_end:lead_start].strip()
    if not narration or "\n" in narration or any(mark in narration for mark in '"“”«»'):
        return False
    if len(_sentence_ends(tail.strip())) > 1:
        return False
    start = tail_end + text[tail_end:lead_start].index(narration)
    named = [t for t in _tokens_between(doc, start, start + len(narration)) if t.ent_type_ in {"PERSON", "ORG"}]
    return not named


def _inherit_from_next(text: str, directs: list[_Direct]) -> None:
    """'"The threat is still there." "The storm will be gone in 24 hours," Cooper said.': an
    unattributed quote right before an attributed one, with only a space between the two,
    is the same speaker's; so is one only guessed from the paragraph before (introduced by
    it, or continuing its speaker)."""
    ordered = sorted(directs, key=lambda d: d.pieces[0].start)
    for direct, following in zip(ordered, ordered[1:]):
        last = direct.pieces[-1]
        paragraph_start = text.rfind("\n", 0, direct.pieces[0].start) + 1
        guessed = direct.attribution is None or direct.attribution.style == "introduced" or (
            direct.attribution.style == "inherited" and direct.attribution.cue.idx < paragraph_start
        )
        if not guessed or following.attribution is None or last.close_mark is None:
            continue
        gap = text[last.close_mark + 1 : following.pieces[0].open_mark]
        if gap and not gap.strip(" \t"):
            _take_speaker(direct, following, "inherited")


def _words_end(token: Token) -> int:
    """Where the words of a token's phrase end (not the paragraph break the parser hung on it)."""
    last = max((t for t in token.subtree if not t.is_space), key=lambda t: t.i)
    return last.idx + len(last)


def _continue_reports(text: str, doc: Doc, directs: list[_Direct], indirects: list[_Indirect]) -> None:
    """'X said her home was flooded.' then a quote with no cue of its own: the quote is X's
    words, when the report closes the paragraph just before it or the sentence just before
    it in its paragraph ('X said people should act "fearlessly". "Fearlessly, ..."'), the
    quote opening its sentence or led in by words without a verb ('This time, "they might
    only have 24 hours".')."""
    for direct in directs:
        if direct.attribution is not None:
            continue
        opening = _verbless_lead_start(text, doc, direct)
        before = [i for i in indirects if i.end <= opening and i.speaker is not None and i.speaker.name]
        report = max(before, key=lambda i: i.end, default=None)
        if report is None or any(report.end <= d.pieces[0].open_mark < opening for d in directs):
            continue
        cue = report.attribution.cue
        # past the report's own attribution: "..., Stoltenberg said.\n\n'We are seeing ...'"
        end = _words_end(cue) if report.end <= cue.idx < opening else report.end
        gap = text[end : opening]  # "..., he said,\n\n'...'": a lead-in left at a paragraph's end
        if not gap.strip(" \n.!?,:") and ("\n" in gap or _sentence_ends(gap)):
            _take_speaker(direct, report, "inherited")


def _verbless_lead_start(text: str, doc: Doc, direct: _Direct) -> int:
    """Where the quote's sentence starts when the words around the quote hold no verb (the
    quoted words are the whole statement: 'Because of the cold, "they might have a day".'),
    else where the quote opens."""
    first, last = direct.pieces[0], direct.pieces[-1]
    start = _sentence_start(text, first.open_mark, None)
    end = _sentence_end(text, last.close_mark + 1, None) if last.close_mark is not None else last.end
    around = _tokens_between(doc, start, first.open_mark) + _tokens_between(doc, last.end, end)
    if any(t.pos_ in {"VERB", "AUX"} for t in around):
        return first.open_mark
    return start


def _credit_repeated(text: str, directs: list[_Direct]) -> None:
    """An unattributed quote repeating words already quoted and attributed ('Grisham has
    given "plenty of on-the-record statements"' after her own quote) is that speaker's."""
    attributed = [d for d in directs if d.speaker is not None and d.speaker.name is not None]
    for direct in directs:
        if direct.attribution is not None:
            continue
        words = f" {' '.join(_quoted_words(text, direct))} "
        earlier = [d for d in attributed if d.pieces[0].start < direct.pieces[0].start]
        source = next((d for d in earlier if words in f" {' '.join(_quoted_words(text, d))} "), None)
        if source is not None and words.strip():
            _take_speaker(direct, source, "repeated")


def _inherit_between(text: str, doc: Doc, directs: list[_Direct]) -> None:
    """A quote with no cue in the paragraph between two that quote the same speaker
    ('..." said Zarif. / Certain statements "..." / He added: "..."'), nobody else named
    beside it, is that speaker's too."""
    ordered = sorted(directs, key=lambda d: d.pieces[0].start)
    for previous, direct, following in zip(ordered, ordered[1:], ordered[2:]):
        if direct.attribution is not None or not _same_speaker(previous, following):
            continue
        first, last = direct.pieces[0], direct.pieces[-1]
        before = text[previous.pieces[-1].end : first.start]
        after = text[last.end : following.pieces[0].start]
        if len(_PARAGRAPH_BREAK.findall(before)) != 1 or len(_PARAGRAPH_BREAK.findall(after)) > 1:
            continue
        start = text.rfind("\n", 0, first.start) + 1
        end = text.find("\n", last.end)
        end = len(text) if end < 0 else end
        named = [
            e for e in doc.ents
            if start <= e.start_char < end and e.label_ in {"PERSON", "ORG"}
            and not any(p.start <= e.start_char < p.end for p in direct.pieces)
        ]
        if not named:
            _take_speaker(direct, previous, "inherited")


def _same_speaker(one: _Direct, other: _Direct) -> bool:
    return (
        one.speaker is not None and other.speaker is not None and one.speaker.entity_id is not None
        and one.speaker.entity_id == other.speaker.entity_id
    )


def _quoted_words(text: str, direct: _Direct) -> list[str]:
    return [w.lower() for p in direct.pieces for w in _WORD.findall(text[p.start : p.end])]


def _continues(text: str, previous: _Direct, current: _Direct) -> bool:
    last, first = previous.pieces[-1], current.pieces[0]
    gap = text[(last.close_mark or last.end) + 1 : first.open_mark]
    if "\n" not in gap:
        return True  # same paragraph
    tail, _, lead = gap.rpartition("\n")
    # a lead-in without a speaker ("That process led to a realization:") opens it too
    opens_paragraph = not lead.strip() or lead.rstrip().endswith(":") and not _sentence_ends(lead)
    one_sentence_tail = len(_sentence_ends(tail.strip())) <= 1
    # the tail is the previous quote's attribution, not a paragraph of its own in between
    return opens_paragraph and "\n" not in tail.rstrip() and one_sentence_tail


def _direct_quotes(ann: Annotated, direct: _Direct) -> list[Quote]:
    attribution, speaker = direct.attribution, direct.speaker
    return [
        Quote(
            span=Span(ann.article.id, piece.start, piece.end),
            text=ann.article.text[piece.start : piece.end],
            kind="direct",
            speaker_id=speaker.entity_id if speaker else None,
            speaker_name=speaker.name if speaker else None,
            speaker_span=speaker.span if speaker else None,
            cue=attribution.cue_text if attribution else None,
        )
        for piece in direct.pieces
    ]


# ----- indirect speech ----------------------------------------------------------------


def _find_indirect(
    doc: Doc,
    quoted: list[tuple[int, int]],
    utterances: list[tuple[int, int]],
    phrases: list[tuple[int, int]],
    used_cues: set[int],
    lex: Lexicon,
) -> list[_Indirect]:
    found = []
    reporting_verbs = lex.speech_verbs - lex.performance_verbs
    for token in doc:
        if token.i in used_cues or _inside(token.idx, quoted):
            continue
        if _is_according(token):
            indirect = _prepositional_cue(token, _according_speaker(token), "according to")
        elif _is_view_cue(token, lex):
            phrase = _text(doc)[token.head.idx : token.idx + len(token)]  # "in his view"
            indirect = _prepositional_cue(token.head, _view_holder(token), phrase)
        elif _is_cue(token, reporting_verbs):
            indirect = _reported_clause(token)
        else:
            continue
        ruling_out = utterances + _beyond_phrases(doc, indirect, phrases) if indirect is not None else []
        if indirect is not None and not _overlaps(indirect.start, indirect.end, ruling_out):
            found.append(_through_closing_phrase(doc, indirect, phrases))
    # "X claimed that ..., according to The Guardian", "..., X said at a briefing, APA
    # reports": the outlet only relays X's report
    relays = [o for o in found if _relays_report(o, found)]
    found = [i for i in found if i not in relays]
    return [i for i in found if not any(_nested_in(i, outer) for outer in found)]


def _quoted_phrase(direct: _Direct) -> bool:
    """Attributed through the clause that holds it, not as an utterance of its own (so is
    one inside a post-posed cue's report, see `_inside_posted_report`)."""
    return direct.attribution is not None and direct.attribution.style in {"clause", "governing", "act"}


def _inside_posted_report(doc: Doc, direct: _Direct) -> bool:
    """'The situation was "as grim as in 2011," X said', 'The strike is aimed at "forcing
    talks," the union said': the post-posed cue's reported clause has its verb or subject
    outside the marks, so the cue reports that clause as well as saying the quoted words
    within it ('Asked about it, "we will go," X said' is the quote alone, as is one a
    narrative lead-in introduces with a colon, and 'That is "why ...," X said' points back to
    what was said before)."""
    attribution = direct.attribution
    if attribution is None or attribution.style != "post":
        return False
    if doc.text[: direct.pieces[0].open_mark].rstrip().endswith(":"):
        return False  # 'By the time X learned it, she was surprised: "...," she said': a lead-in
    quoted = [(p.start, p.end) for p in direct.pieces]
    cue = attribution.cue
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if cue.dep_ == "parataxis" and _closes_clause(cue):  # the parser hung the cue on the clause
        clauses.append(cue.head)

    def reported_around_quote(clause: Token) -> bool:
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if any(s.lower_ in ANAPHORIC_OBJECTS for s in subjects):
            return False
        holds_quote = doc[clause.left_edge.i].idx <= direct.pieces[0].open_mark < _words_end(clause)
        return holds_quote and any(not _inside(t.idx, quoted) for t in (clause, *subjects))

    return any(reported_around_quote(c) for c in clauses)


def _beyond_phrases(doc: Doc, indirect: _Indirect, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted phrases that rule out a reported clause: all but those quoted inside it
    with some of the clause's own words outside the marks ('said Stone's conviction "should
    be thrown out"'), which are the speaker's exact words within the report. A clause that is
    all quote ('said that "we will fight"') is the direct quote alone."""
    text = _text(doc)

    def inside_with_words_around(start: int, end: int) -> bool:
        """Begins inside the clause (a closing full stop may lie past the clause's end)."""
        around = text[indirect.start : start] + text[end : indirect.end]
        inside = indirect.start <= start < indirect.end and end <= indirect.end + 1
        return inside and re.search(r"\w", re.sub(r"^\s*that\b", "", around)) is not None

    return [(start, end) for start, end in phrases if not inside_with_words_around(start, end)]


def _through_closing_phrase(doc: Doc, indirect: _Indirect, phrases: list[tuple[int, int]]) -> _Indirect:
    """A clause ending in a quoted phrase ends after the phrase's closing mark, not inside it
    ('Stone's conviction "should be thrown out."')."""
    text = _text(doc)
    for start, end in phrases:
        if indirect.start <= start < indirect.end < end + 1 and end < len(text):
            indirect.end = end + 1
    return indirect


def _relays_report(outer: _Indirect, found: list[_Indirect]) -> bool:
    """An attribution around a whole report of another's: by "according to", or a cue after
    its content ("..., X said, APA reports", "X said that ..., news agency AP reported")."""
    nested = [i for i in found if _nested_in(i, outer)]
    if outer.attribution.style == "according":  # the parser may hang "according to" an outlet inside the other's clause
        return bool(nested) or _news_outlet(outer.attribution.subject) and any(
            i is not outer and outer.start <= i.start < outer.end and outer.start <= i.attribution.cue.idx < outer.end
            for i in found
        )
    own = outer.attribution.subject.i if outer.attribution.subject is not None else None
    others = [i for i in nested if i.attribution.subject is None or i.attribution.subject.i != own]  # not its own participle
    return _trailing(outer) and any(_trailing(i) or _named_subject(i) for i in others)


def _named_subject(item: _Indirect) -> bool:
    """A report by someone named ("X said that ..."), not by a thing ("the ship, saying ...")."""
    subject = item.attribution.subject
    return subject is not None and subject.pos_ == "PROPN" and _speakerish(subject)


def _trailing(item: _Indirect) -> bool:
    return item.attribution.cue.idx >= item.end


def _nested_in(inner: _Indirect, outer: _Indirect) -> bool:
    """A report inside another's reported content ("The agency said its researchers ...
    concluded that ..."): the outer report already covers it."""
    inner_cue, outer_cue = inner.attribution.cue.idx, outer.attribution.cue.idx
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.start <= inner_cue < outer.end
        and not inner.start <= outer_cue < inner.end
    )


def _reported_clause(cue: Token) -> _Indirect | None:
    """The reported clause of a speech verb: its ccomp; the clause around a parenthetical
    cue ("The situation, she said, was ..."); the sentence before for "X stated this"."""
    subject = _line_subject(cue)
    if subject is None or subject.lower_ in NON_SPEAKER_SUBJECTS:
        return None
    # The parser may split one reported clause into several ("said whether X will agree
    # ... depends on ..."): together they are the content.
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not _verbless_clause(c)] or _stray_that_clause(cue)
    if clauses:
        first, last = clauses[0].left_edge.i, _reported_last(clauses[-1])
        if first <= subject.i <= last < cue.i:  # "[800,000 may flee ..., the UN agency (UNHCR)] said": the parser
            last = _before_speaker_phrase(subject, cue) or last  # ran the speaker into the clause before the cue
        start, end = _clip_to_line(cue, *_trim(cue.doc, first, last))
        if first <= subject.i <= last or start >= end:
            return None
        end = _before_trailing_aside(_text(cue.doc), start, end) if cue.i < first else end
        return _Indirect(start, end, _Attribution(cue, cue.text, subject, "clause"))
    if cue.dep_ == "parataxis" and cue.head.i != cue.i:  # "The situation, she said, was ..."
        last = cue.head.right_edge.i
        if _closes_clause(cue):  # up to the speaker, whom the parser may hang on the clause's last noun
            speaker_first = subject.left_edge.i if cue.head.i < subject.i < cue.i else cue.i
            last = min(cue.left_edge.i, speaker_first) - 1
        start, end = _clip_to_line(cue, *_trim(cue.doc, cue.head.left_edge.i, last))
        if start < end:
            return _Indirect(start, end, _Attribution(cue, cue.text, subject, "clause"))
    if _as_clause(cue):  # "As X noted at the time, <content>." / "<content>, as X said."
        head, (first, last) = cue.head, (cue.left_edge.i, cue.right_edge.i)
        span = (head.left_edge.i, head.right_edge.i)  # an aside within the content: all of it
        doc = cue.doc
        if all(t.is_punct for t in doc[head.left_edge.i : first]):
            span = (last + 1, head.right_edge.i)
        elif all(t.is_punct for t in doc[last + 1 : head.right_edge.i + 1]):
            span = (head.left_edge.i, first - 1)
        start, end = _clip_to_line(cue, *_trim(cue.doc, *span))
        if start < end:
            return _Indirect(start, end, _Attribution(cue, cue.text, subject, "clause"))
    if _refers_back(cue) and cue.sent.start > 0:
        previous = cue.doc[cue.sent.start - 1].sent
        start, end = _trim(cue.doc, previous.start, previous.end - 1)
        start = max(start, _text(cue.doc).rfind("\n", 0, end) + 1)
        if start < end:
            return _Indirect(start, end, _Attribution(cue, cue.text, subject, "clause"))
    return None


def _verbless_clause(clause: Token) -> bool:
    """'declared Maduro the winner', 'declared the results void': a small clause of the
    cue's object and what it is declared to be (a noun or adjective with a subject, or a
    name with the noun set beside it, but without a verb, not even a copula) reports no
    utterance. A head with neither, a bare noun, or one after "that" may be a verb the parser
    took for a noun ("said issues ... lead to his resignation", "said that the traces lead to ...")."""
    children = list(clause.children)
    with_verb = any(c.dep_ in {"cop", "aux", "auxpass"} for c in children)
    # right after its verb: further on, it may be one of a list reported with its verb left
    # out ("shows Labour on 48%, the Conservatives unchanged on 30%")
    next_to_cue = clause.left_edge.i == clause.head.i + 1
    if clause.pos_ not in {"NOUN", "PROPN", "ADJ"} or with_verb or _opens_with_that(clause) or not next_to_cue:
        return False
    declared_beside = clause.pos_ == "PROPN" and any(c.dep_ == "appos" for c in children)
    # "the winner", "void": a bare noun after a subject is more likely a verb ("issues lead")
    predicate = clause.pos_ == "ADJ" or any(c.dep_ in {"det", "poss"} for c in children)
    return declared_beside or (predicate and any(c.dep_ == "nsubj" and c.i < clause.i for c in children))


def _closes_clause(cue: Token) -> bool:
    """"The situation was grim, X said, referring to ...": a parenthetical cue after all of
    its clause's own words, with at most a participle of the speaker's after it, reports
    what comes before it."""
    head = cue.head
    after = [c for c in head.children if c.i > cue.i and not c.is_punct]
    return head.i < cue.i and all(c.dep_ == "advcl" and c.tag_ == "VBG" for c in after)


def _before_speaker_phrase(subject: Token, cue: Token) -> int | None:
    """Last token before the comma that sets off the speaker's phrase right before its cue."""
    doc = cue.doc
    head = subject
    while head.dep_ in {"appos", "compound"} and head.head.i < cue.i and doc[head.left_edge.i - 1].text != ",":
        head = head.head
    comma = head.left_edge.i - 1
    between = doc[head.right_edge.i + 1 : cue.i]
    if comma < 1 or doc[comma].text != "," or not all(t.is_punct for t in between):
        return None
    return comma - 1


def _before_trailing_aside(text: str, start: int, end: int) -> int:
    """The reported clause's end before an aside after a comma (outside quotation marks)."""
    for match in _TRAILING_ASIDE.finditer(text, start, end):
        if text.count("“", start, match.start()) == text.count("”", start, match.start()) and text.count('"', start, match.start()) % 2 == 0:
            return match.start()
    return end


def _stray_that_clause(cue: Token) -> list[Token]:
    """'told the Associated Press in an interview that ...': the parser may hang the
    reported clause on the hearer or the occasion. A that-clause (that as a conjunction,
    not a relative pronoun) on a noun of the cue's object or prepositional phrase is it."""
    nouns = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
    nouns += objects_of(cue)
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ in {"acl", "relcl"} and _opens_with_that(clause):
                return [clause]
            if clause.dep_ == "acl" and clause.tag_ == "VBN":  # "said in an update published Monday night that ..."
                deeper = [c for c in clause.children if c.dep_ == "ccomp" and _opens_with_that(c)]
                if deeper:
                    return deeper[:1]
    return []


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _reported_last(clause: Token) -> int:
    """Last token of a reported clause, before a second predicate the parser hung on it
    that is the speaker's own act: 'said inflation remained high and did not rule out
    tightening', 'said it had facilitated ... and blamed the UN'."""
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
            continue  # "prices rose and wages fell", "... but there was no risk": both reported
        # "did not rule out": the speaker's own act; "is transitional, will work to ...": still reported
        own_aux = any(c.dep_ == "aux" and c.lemma_ == "do" for c in conj.children) and not any(c.dep_ == "aux" for c in clause.children)
        past_after_perfect = conj.tag_ == "VBD" and any(c.dep_ == "aux" for c in clause.children)
        speech_act = conj.lemma_.lower() in _SPEAKERS_OWN_ACTS  # "said the claim was untrue and asked Nigerians to ..."
        if own_aux or past_after_perfect or speech_act:
            cc = [c for c in clause.children if c.dep_ == "cc" and c.i < conj.i]
            return (cc[-1].i if cc else conj.i) - 1
    return clause.right_edge.i


def _as_clause(cue: Token) -> bool:
    """"As X noted, ...", but not "lies as easily as it tells the truth", nor the time
    something was said of ("sat somberly as the sentence was announced")."""
    children = list(cue.children)
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and not any(c.dep_ in {"dobj", "ccomp"} for c in children)
        and not any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in children)
    )


def _line_subject(cue: Token) -> Token | None:
    """The cue's subject within its own paragraph line: the parser sometimes reaches
    across a line break (a photo credit above a paragraph is no speaker)."""
    text = _text(cue.doc)
    line_start = text.rfind("\n", 0, cue.idx) + 1
    sentence_start = max(dateline_end(text, line_start) or line_start, cue.sent.start_char)
    window = [t for t in cue.doc[cue.sent.start : cue.i] if t.idx >= sentence_start]
    subject = _subject_of(cue)
    if subject is not None and sentence_start <= subject.idx and "\n" not in text[min(subject.idx, cue.idx) : cue.idx]:
        return subject
    return _subject_in(cue, window, prefer_after=False) if window else None


def _clip_to_line(cue: Token, start: int, end: int) -> tuple[int, int]:
    """Reported content stays within the paragraph (line) of its cue, after its dateline."""
    text = _text(cue.doc)
    line_start = text.rfind("\n", 0, cue.idx) + 1
    line_start = dateline_end(text, line_start) or line_start
    line_end = text.find("\n", cue.idx)
    line_end = len(text) if line_end < 0 else line_end
    start, end = max(start, line_start), min(end, line_end)
    while start < end and text[start] in " ,;:":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _refers_back(cue: Token) -> bool:
    """"X stated this" / "This was stated by X": the reported content is what came before."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in ANAPHORIC_OBJECTS for c in cue.children)


def _prepositional_cue(first: Token, speaker: Token | None, cue_text: str) -> _Indirect | None:
    """"According to X, <content>." / "<content>, according to X." / "In his view, ..."
    `first` starts the cue phrase; the content is the larger side of the sentence."""
    if speaker is None:
        return None
    sentence_start, sentence_last = _enclosing_aside(first)
    phrase_last = _subtree_last(first)
    before = (sentence_start, first.i - 1)
    after = (phrase_last + 1, sentence_last)
    content_first, content_last = max(before, after, key=lambda r: r[1] - r[0])
    start, end = _clip_to_line(first, *_trim(first.doc, content_first, content_last))
    if start >= end:
        return None
    return _Indirect(start, end, _Attribution(first, cue_text, speaker, "according"))


def _enclosing_aside(token: Token) -> tuple[int, int]:
    """First and last token index of the dash or bracket aside holding `token`, else of
    its sentence: "Given that -- and the fact that X did Y, according to Z -- ..." reports
    only the aside."""
    sentence = token.sent
    opening = next((t.i for t in reversed(sentence[: token.i - sentence.start]) if t.text in ASIDE_MARKS), None)
    closing = next((t.i for t in sentence[token.i - sentence.start :] if t.text in ASIDE_MARKS), None)
    if opening is None or closing is None:
        return sentence.start, sentence.end - 1
    return opening + 1, closing - 1


def _is_view_cue(token: Token, lex: Lexicon) -> bool:
    """"In his view", "in the words of X", "in the assessment of X"; "in my opinion" is
    the writer's own."""
    if token.lower_ not in lex.view_nouns or token.head.lower_ != "in":
        return False
    holder = _view_holder(token)
    return holder is not None and holder.lower_ not in FIRST_AND_SECOND_POSSESSIVES


def _view_holder(view: Token) -> Token | None:
    for child in view.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _speaker_like(indirect: _Indirect, lex: Lexicon) -> bool:
    """Reported speech needs someone speaking. Speech verbs (said, told) always have one;
    evidential verbs (suggests, indicates, reports) need a name, pronoun, role, institution,
    document or anonymous source as subject: "evidence suggests that ..." is not reported
    speech. Findings (shows, found) are reported only from documents: "a poll shows that"."""
    cue, subject = indirect.attribution.cue, indirect.attribution.subject
    if cue.lemma_.lower() in lex.finding_verbs:  # "a poll shows that ...", not "Lopez found that ..."
        return subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS
    if indirect.speaker is not None and indirect.speaker.name is not None:
        return True
    if cue.lemma_.lower() not in lex.evidential_verbs:
        return True
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return (
        subject.lower_ in PERSON_PRONOUNS
        or any(c.dep_ == "poss" and c.ent_type_ in SPEAKER_LABELS for c in subject.children)  # NASA's scientists
        or lemma in lex.anonymous_nouns | lex.institution_nouns | DOCUMENT_NOUNS  # "the ministry reported"
        or subject.lower_ in lex.anonymous_nouns
        or bool(lex.role_phrases_in(subject.text))
    )


def _indirect_quote(ann: Annotated, indirect: _Indirect) -> Quote:
    speaker = indirect.speaker
    return Quote(
        span=Span(ann.article.id, indirect.start, indirect.end),
        text=ann.article.text[indirect.start : indirect.end],
        kind="indirect",
        speaker_id=speaker.entity_id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        speaker_span=speaker.span if speaker else None,
        cue=indirect.attribution.cue_text,
    )


# ----- speakers -----------------------------------------------------------------------


def _resolve_in_text_order(resolver: SpeakerResolver, directs: list[_Direct], indirects: list[_Indirect]) -> None:
    """Resolve every subject left to right, so pronouns and role phrases see the speakers
    named before them."""
    pending: list[_Direct | _Indirect] = [d for d in directs if d.attribution] + list(indirects)
    for item in sorted(pending, key=_subject_position):
        subject = item.attribution.subject
        if subject is not None:
            item.speaker = resolver.resolve(subject, _quoted_text(_text(subject.doc), item))
    for item in pending:
        item.speaker = resolver.final(item.speaker)


def _quoted_text(text: str, item: _Direct | _Indirect) -> str:
    return " ".join(text[p.start : p.end] for p in item.pieces) if isinstance(item, _Direct) else ""


def _subject_position(item: _Direct | _Indirect) -> int:
    attribution = item.attribution
    anchor = attribution.subject if attribution.subject is not None else attribution.cue
    return anchor.idx


def _subject_of(cue: Token) -> Token | None:
    """The speaker's head token: nsubj, the agent of a passive, or (for "adding that ..."
    and "..., calling them") the subject of the governing verb."""
    cited = _cited_source(cue) or _subject_set_off_before(cue)
    if cited is not None:
        return cited
    token = cue
    for _ in range(3):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        # the nearest of two subjects: "KYIV (Reuters) - President X acknowledged" parses both
        subject = _likeliest_subject(token, [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}])
        # "X called for the council to act, calling it ...": the parser may hang the
        # participle on the infinitive, whose subject is not the one speaking
        if subject is not None and (token.i == cue.i or not _infinitive(token)):
            return _clause_subject_past_expletive(subject, token, cue) or _antecedent(subject, token)
        if token.dep_ == "acl":  # "intelligence claiming that ...", but not "a prison dubbed ..."
            # a past tense on a sentence's root noun is its main verb the parser missed:
            # "A local civil defense chief, Colonel X, called on locals '...'" (also when tagged
            # a participle, set off after an apposition: "The UN chief, X, called ... and asked")
            set_off = token.tag_ == "VBN" and token.i > 0 and token.nbor(-1).text == ","
            main_verb = (token.tag_ == "VBD" or set_off) and token.head.dep_ == "ROOT"
            if token.tag_ == "VBG" and not _speakerish(token.head) and token.head.lemma_.lower() not in MEDIUM_NOUNS:
                return _acting_subject(token.head)  # "X called off [demonstrations] saying ...": X says it
            return token.head if token.tag_ == "VBG" or main_verb else None
        # "He ended by saying ...", and "X said on NBC's Meet the Press adding, '...'", where the
        # parser took the participle for the preposition's noun: the governing verb's subject
        if token.dep_ == "pcomp" or token.dep_ == "pobj" and token.tag_ == "VBG":
            token = token.head.head
            if token.pos_ not in {"VERB", "AUX"}:
                return None  # "access by saying 'Hey Siri'": nobody in particular
            quoted = _quoted_source(token)
            if quoted is not None:
                return quoted
            continue
        if token.dep_ not in {"conj", "advcl", "xcomp"} or token.head.i == token.i:
            return None
        token = _reporting_verb(_out_of_relative_clause(token)) if _hung_on_report(token) else _joined_verb(token)
        reporter = _parenthetical_reporter(token)
        if reporter is not None:
            return reporter
    return None


def _clause_subject_past_expletive(subject: Token, verb: Token, cue: Token) -> Token | None:
    """"It came after X issued an attack, saying: '...'": a participle hung on a sentence
    whose subject is an empty "it" speaks for the subject of the clause just before it."""
    if subject.lower_ != "it" or verb.i == cue.i or cue.tag_ != "VBG":
        return None
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < cue.i and any(m.dep_ == "mark" for m in c.children)]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return subjects[-1] if subjects else None


def _likeliest_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """Of the subjects the parser gave a verb, the speaker: the nearest, unless it stands
    inside the other's phrase or describes a name set off before it. A verb set off by a
    comma with a subject after it is an inserted "said X" ("That bridge, said judge X, was
    built"): the subject before belongs to the reported clause."""
    inserted = [s for s in subjects if s.i > verb.i] if verb.i > 0 and verb.nbor(-1).text == "," else []
    nearest = max(inserted or subjects, key=_closeness(verb), default=None)
    return _named_over_description(_outside_phrase(nearest, subjects), subjects)


def _outside_phrase(subject: Token | None, subjects: list[Token]) -> Token | None:
    """'A soldier appearing on TV channel Gabon 24 said': a second subject the parser found
    inside the first one's participle phrase is part of that phrase."""
    for other in subjects:
        phrases = [c for c in other.children if c.dep_ in {"acl", "relcl"}]
        if subject is not None and other.i < subject.i and any(c.i < subject.i for c in phrases):
            return other
    return subject


def _named_over_description(subject: Token | None, subjects: list[Token]) -> Token | None:
    """'"...," Hassan Nur, a policeman said': the parser took the description set off after
    the name for a second subject; the name speaks."""
    if subject is None or subject.pos_ != "NOUN" or not any(c.lower_ in {"a", "an"} for c in subject.children):
        return subject
    comma = subject.left_edge.i - 1
    named = [s for s in subjects if s.pos_ == "PROPN" and s.i + 1 == comma and subject.doc[comma].text == ","]
    return named[0] if named else subject


def _acting_subject(noun: Token) -> Token | None:
    """The subject of the nearest verb above a noun that a participle the parser hung on
    the noun belongs to ("X has called on protesters to call off demonstrations saying ...")."""
    for verb in noun.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if verb.pos_ in {"VERB", "AUX"} and subject is not None:
            return _antecedent(subject, verb)
    return None


def _parenthetical_reporter(verb: Token) -> Token | None:
    """'"Brutal" shelling rained down on Kherson, he said, ..., noting ...': a clause reported
    by a parenthetical cue speaks through that cue's subject, and so do participles on it."""
    speech_verbs = load_lexicon().speech_verbs
    cue = next((c for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech_verbs), None)
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
    return _antecedent(subject, cue) if subject is not None else None


def _out_of_relative_clause(participle: Token) -> Token:
    """The verb a participle set off by a comma hangs on: 'X won a referendum that will
    expand his powers, telling opponents ...' is X telling, though the parser hung the
    participle on the relative clause."""
    head = participle.head
    set_off = participle.i > 0 and participle.nbor(-1).text == ","
    if participle.tag_ == "VBG" and set_off and head.dep_ == "relcl" and head.head.head.pos_ in {"VERB", "AUX"}:
        return head.head.head
    return head


def _joined_verb(verb: Token) -> Token:
    """The verb a conjunct continues: its head, or, when that head's subject is a thing
    ('The decision by X came after Trump posted on Twitter and said "..."'), the clause
    with a speaking subject that ends right before the "and"."""
    head = verb.head
    if verb.dep_ != "conj" or _person_subject(head) or verb.nbor(-1).dep_ != "cc":
        return head
    before = [c for c in head.children if c.dep_ == "advcl" and c.right_edge.i + 2 == verb.i]
    return before[-1] if before and _person_subject(before[-1]) else head


def _closeness(verb: Token) -> Callable[[Token], tuple[bool, int]]:
    """Sort key: subjects before the verb by nearness, then those after it."""
    return lambda subject: (subject.i < verb.i, subject.i if subject.i < verb.i else -subject.i)


def _hung_on_report(verb: Token) -> bool:
    """A participle ('..., underlining that') or a joined speech verb ('said that the strike
    was supported ... and added that') the parser hung on a reported clause; a verb joined
    to the writer's own ('X called for talks and asked Y "..."') shares that verb's subject."""
    if verb.dep_ == "advcl":  # but 'A man attacked police shouting "..."': the man shouts
        return verb.tag_ == "VBG" and (verb.i > 0 and verb.nbor(-1).text == "," or not _person_subject(verb.head))
    speech_verbs = load_lexicon().speech_verbs
    joined = verb.dep_ == "conj" and verb.lemma_.lower() in speech_verbs
    in_report = any(t.dep_ == "ccomp" for t in (verb.head, *verb.head.ancestors))
    return joined and verb.head.lemma_.lower() not in speech_verbs and in_report


def _person_subject(verb: Token) -> bool:
    return any(
        c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and (_speakerish(c) or SpeakerResolver.person_noun(c))
        for c in verb.children
    )


def _antecedent(subject: Token, verb: Token) -> Token:
    """'praise from X, who said ...': a relative pronoun speaks for the noun its clause
    hangs on, and a message for whoever sent it (see `_author_of_medium`)."""
    if subject.tag_ not in {"WP", "WDT"} or verb.dep_ != "relcl":
        return subject
    return _author_of_medium(verb.head) or verb.head


def _author_of_medium(noun: Token) -> Token | None:
    """'X confirmed the capture in a tweet that said ...', 'X said in a statement that
    said ...': the message was X's, sent while X spoke. A message merely mentioned ('X
    rejected a report that said ...') is someone else's."""
    if noun.lemma_.lower() not in MEDIUM_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.dep_ == "dobj":  # "confirmed [the capture in a tweet]"
        verb = verb.head
    if verb.lemma_.lower() not in load_lexicon().speech_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _cited_source(verb: Token) -> Token | None:
    """'Citing the army's media wing, Dawn said ...', 'Quoting police sources, PTI reported
    ...', '..., Al Jazeera reports citing the Red Crescent': the reporter only relays; the
    source it cites speaks (and an unnamed one stays unknown). 'Citing security concerns,
    the minister said' cites no speaker."""
    cited = next((_cited_phrase(c) for c in verb.children if c.dep_ in {"advcl", "acl"}), None)
    if cited is None:  # the parser often takes an opening "Quoting police sources" for a noun phrase
        opening = next(t for t in verb.sent if not (t.is_punct or t.is_space))
        cited = _cited_phrase(opening) if opening.i < verb.i else None
    return cited if cited is not None and _speakerish_source(cited) else None


def _subject_set_off_before(cue: Token) -> Token | None:
    """'Mrs May, asked about the remarks on a show with X, said: "..."': the parser made the
    name the subject of the participle set off before the cue, which it left without one."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i and c.lemma_.lower() in ASKED_VERBS):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and subject.i + 1 < len(cue.doc) and cue.doc[subject.i + 1].text == ",":
            return subject
    return None


def _cited_phrase(participle: Token) -> Token | None:
    """The head of what an opening 'citing/quoting' participle cites (up to its comma). Where
    the parser hung the sentence's stop and a paragraph break on nothing, a name closing the
    sentence is still the head ('"...," RBC reported, citing Peskov.'); an unnamed source
    there ('Reuters said, citing a diplomatic source.') leaves the words to the reporter."""
    if participle.lower_ not in CITING_WORDS:
        return None
    doc, end = participle.doc, participle.i + 1
    while end < participle.sent.end and doc[end].text != ",":
        end += 1
    if end == participle.i + 1:
        return None
    head = doc[participle.i + 1 : end].root
    if not (head.is_punct or head.is_space):
        return head
    words = [t for t in doc[participle.i + 1 : end] if not (t.is_punct or t.is_space)]
    named = doc[words[0].i : words[-1].i + 1].root if words else None
    return named if named is not None and named.pos_ == "PROPN" else None


def _speakerish_source(noun: Token) -> bool:
    """A cited source that can speak: a speaker-like noun or a body's part ('the army's media wing')."""
    return _speakerish(noun) or any(c.dep_ == "poss" and _speakerish(c) for c in noun.children)


def _quoted_source(verb: Token) -> Token | None:
    """'The agency quoted X as saying', 'X was quoted by the agency as saying': who is
    quoted, not who quotes, is the speaker."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _reporting_verb(verb: Token) -> Token:
    """'X added that speculation stemmed from rumours, underlining that ...': a participle
    (or a joined speech verb) the parser hung on the reported clause belongs to the verb
    that reports it."""
    clause = verb
    # a second reported clause ('X said the "..." and that he and Y had "...", hailing ...')
    while clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        clause = clause.head
    governor, lex = clause.head, load_lexicon()
    reporting = lex.speech_verbs | lex.naming_verbs | lex.speech_act_verbs  # "X described the pain Y felt, saying"
    return governor if clause.dep_ == "ccomp" and governor.lemma_.lower() in reporting else verb


def _subject_in(cue: Token, window: list[Token], prefer_after: bool) -> Token | None:
    """The cue's subject when the parse puts it inside the attribution window; otherwise
    the speaker-like word nearest the cue (quotes often confuse the parser)."""
    inside = {t.i for t in window}
    subject = _subject_of(cue)
    # a participle right after the quote has no subject after it ('"...," emphasising Ankara's
    # commitment'); one with a reported clause of its own ('"...," stressing that "..."') leaves
    # the quote before it to the cue before it
    own_clause = any(c.dep_ == "ccomp" for c in cue.children)
    adjunct = not prefer_after or cue.tag_ == "VBG" and not own_clause
    if subject is not None and (subject.i in inside or adjunct and _adjunct_subject(cue, subject)):
        return subject
    if cue.dep_ in {"acl", "pcomp"}:
        return None  # "a script called ...", "by saying ...": no speaker to look for nearby
    if not prefer_after and all(t.is_punct or t.is_space for t in window if t.i < cue.i):  # 'Said X: "..."'
        named = [t for t in window if t.i > cue.i and (t.is_title or _speakerish(t))]
        if named:
            return _phrase_head(named[0], inside)
    # what a cue before the quote acts on ("praising X as a '...'") is not who speaks
    acted_on = set() if prefer_after else {t.i for c in cue.children if c.dep_ == "dobj" for t in c.subtree}
    candidates = [t for t in window if t.i != cue.i and t.i not in acted_on and _speakerish(t)]
    after = [t for t in candidates if t.i > cue.i]
    before = [t for t in candidates if t.i < cue.i]
    ordered = (after + before[::-1]) if prefer_after else (before[::-1] + after)
    return _phrase_head(ordered[0], inside) if ordered else None


def _adjunct_subject(cue: Token, subject: Token) -> bool:
    """'X stressed that "...," adding that "..."': a participle hung on the sentence's
    verb speaks with that verb's subject, though a quote stands between them; so does a
    verb joined to it ('X reiterated that ... "...," but said, "..."'), and a participle
    opening the sentence ('Describing the deal as "...", X said')."""
    participle = cue.tag_ == "VBG" and cue.dep_ == "advcl"
    hung = participle or cue.dep_ == "conj"
    opening = participle and cue.i < subject.i < cue.head.i  # the participle, its subject, their verb
    return (hung and subject.i < cue.i or opening) and subject.sent == cue.sent


def _speakerish(token: Token) -> bool:
    lex = load_lexicon()
    return (
        token.pos_ == "PROPN"
        or token.lower_ in PERSON_PRONOUNS
        or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or token.lemma_.lower() in lex.anonymous_nouns | lex.institution_nouns
        or bool(lex.role_phrases_in(token.text))
        or is_age_description(token)
    )


def _phrase_head(token: Token, inside: set[int]) -> Token:
    while token.dep_ in {"compound", "flat", "amod", "poss", "det"} and token.head.i in inside:
        if is_age_description(token):
            break  # "the 18-year-old said": "old" hangs on the cue itself
        token = token.head
    return token


def _according_speaker(according: Token) -> Token | None:
    if according.lower_ == "per":
        return _source_cited_in(_per_source(according))
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None and according.i + 1 < len(according.doc) and according.nbor(1).lower_ == "to":
        to = according.nbor(1)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    return (_ownerless_document_speaker(source) or _source_cited_in(source)) if source is not None else None


def _ownerless_document_speaker(document: Token) -> Token | None:
    """'Hamas asserts a deal is possible if Israel "...," according to a statement': a
    document named by its noun alone is the statement of the one the sentence's speech verb
    names, not a speaker of its own."""
    ownerless = all(c.dep_ == "det" for c in document.children) and document.pos_ == "NOUN"
    if not ownerless or document.lemma_.lower() not in DOCUMENT_OR_STATEMENT_NOUNS:
        return None
    verb = document.sent.root
    subject = _subject_of(verb) if verb.lemma_.lower() in load_lexicon().speech_verbs else None
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _source_cited_in(source: Token) -> Token:
    """'according to a report by Maghreb Arabe Press citing the Interior Ministry': the
    source the report cites, when it names one that can speak."""
    for participle in (t for t in source.subtree if t.dep_ in {"acl", "advcl"}):
        cited = _cited_phrase(participle)
        if cited is not None and _speakerish_source(cited):
            return cited
    return source


# ----- token and text helpers ---------------------------------------------------------


def _document_reads(token: Token) -> bool:
    """'The statement read "..."': a document's words, though "read" is no speech verb."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return token.lemma_ == "read" and subject is not None and subject.lemma_.lower() in DOCUMENT_OR_STATEMENT_NOUNS


def _is_cue(token: Token, verbs: frozenset[str]) -> bool:
    # a joined "noun" with a subject of its own is a verb the tagger missed ('and Kim forecast "..."')
    with_subject = token.pos_ == "NOUN" and token.dep_ == "conj" and any(c.dep_ == "nsubj" for c in token.children)
    is_verb = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or with_subject
    return (
        is_verb
        and token.lemma_.lower() in verbs
        and not (
            _negated(token) or _infinitive(token) or _bare_participle(token) or _aforesaid(token) or _aspectual(token)
            or said_to_be(token)
        )
    )


def _aspectual(token: Token) -> bool:
    """"would continue to be a crime scene", "as search efforts continue": "continue" speaks
    only on its own and of a speaker ('"...," he continued')."""
    if token.lemma_.lower() != "continue":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    thing = subject is not None and subject.pos_ == "NOUN" and not _speakerish(subject)
    return thing or any(c.dep_ in {"xcomp", "dobj"} for c in token.children)


def _aforesaid(token: Token) -> bool:
    """"the ministerial committee ... that said committee has finished": the legal "said"
    (the one just named) before a noun its sentence already named is no speech."""
    if token.lower_ != "said" or token.i + 1 >= len(token.doc):
        return False
    noun = token.doc[token.i + 1]
    return noun.tag_ == "NN" and any(t.lemma_ == noun.lemma_ for t in token.sent if t.i < token.i)


def _bare_participle(token: Token) -> bool:
    """"Asked whether ..., X said": a past participle without auxiliary is something done
    to the subject, not said by it ("was told by X" keeps its auxiliary). One with a
    subject of its own ("Trump tweeted") is a past tense the tagger misread."""
    return token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in token.children)


def _infinitive(token: Token) -> bool:
    """"grounds to believe", "is expected to announce": nobody says anything yet; but
    "went on to say", "continued to insist", "took to Twitter to say" and the purpose of
    something done ("modified its report a day later to claim that", "took to the stage to
    thank") report what was said."""
    head = token.head
    went_on = head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
    going_on = token.dep_ in {"xcomp", "advcl"} and (went_on or head.lemma_.lower() in {"continue", "proceed"})
    through_medium = token.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in MEDIUM_TAKING_VERBS  # the purpose was saying it
    # "X took to the stage to thank ...": done, unlike "X is expected to thank" (no past tense)
    # or "X called for the EU to act" (another's purpose: the infinitive has its own subject)
    done_for = token.dep_ == "advcl" and head.tag_ == "VBD" and head.lemma_.lower() not in load_lexicon().negating_verbs
    done_for = done_for and not _negated(head) and not any(c.dep_ == "nsubj" for c in token.children)
    said = going_on or through_medium or done_for
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not said


def _negated(token: Token) -> bool:
    """"did not say", "declined to say whether ...": no attribution."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    governor = token.head
    return token.dep_ == "xcomp" and (
        governor.lemma_.lower() in load_lexicon().negating_verbs or any(c.dep_ == "neg" for c in governor.children)
    )


def _in_compound_word(token: Token) -> bool:
    """"so-called", "self-described": a verb inside a hyphenated word is no cue."""
    return token.i > 0 and token.nbor(-1).text == "-" and token.nbor(-1).idx + 1 == token.idx


def _is_according(token: Token) -> bool:
    """"according to X", and "per" where it cites: "Per a briefing by X" (not "per cent")."""
    if token.lower_ == "per":
        return _per_source(token) is not None
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def _per_source(per: Token) -> Token | None:
    """What "per" cites: a text or talk ("Per an intelligence digest by X"). "per cent", "per
    day" and "as per the agreement" cite nobody, and ", per CNN" only sources a fact."""
    source = next((c for c in per.children if c.dep_ == "pobj"), None)
    if source is None or per.i > 0 and per.nbor(-1).lower_ == "as":
        return None
    return source if source.lemma_.lower() in SAID_IN_NOUNS else None


def _directly_follows(cue: Token, close_end: int) -> bool:
    """True for `"...," said X`: only punctuation between the quote and the cue."""
    return _only_punctuation(_text(cue.doc)[close_end : cue.idx])


def _text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins every token again on each `Doc.text`."""
    if _TEXT_KEY not in doc.user_data:
        doc.user_data[_TEXT_KEY] = doc.text
    return doc.user_data[_TEXT_KEY]


def _only_punctuation(text: str) -> bool:
    return not _WORD.search(text)


def _subtree_last(token: Token) -> int:
    return max(t.i for t in token.subtree)


def _subtree_end(token: Token) -> int:
    last = token.doc[_subtree_last(token)]
    return last.idx + len(last)


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Char range of tokens first..last without edge punctuation and a leading "that"."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ == "that"):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and not _kept_at_end(doc[last]):
        if doc[last].text == ")" and any(t.text == "(" for t in doc[first:last]):
            break  # "... Rapid Support Forces (RSF)": a bracket closing one the content opened
        last -= 1
    if first > last:
        return 0, 0
    return doc[first].idx, doc[last].idx + len(doc[last])


def _kept_at_end(token: Token) -> bool:
    return token.text == "%" or _is_closing_mark(token)  # "prices rose 5%"


def _is_closing_mark(token: Token) -> bool:
    """Keep a closing quotation mark whose opening mark is kept too."""
    return token.text in {'"', "”", "»", "’"} and any(
        t.text in {'"', "“", "«", "‘"} for t in token.doc[token.sent.start : token.i]
    )


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens wholly inside [start, end) (a span lookup, not a scan of the document)."""
    span = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    return list(span) if span is not None else []


def _first_quoted(doc: Doc, piece: QuotedText) -> Token | None:
    """The first token inside the quote marks."""
    return next(iter(_tokens_between(doc, piece.start, piece.end)), None)


def _next_open(pieces: list[QuotedText], pos: int) -> int | None:
    return next((p.open_mark for p in pieces if p.open_mark >= pos), None)


def _previous_close(pieces: list[QuotedText], pos: int) -> int | None:
    closes = [p.close_mark for p in pieces if p.close_mark is not None and p.close_mark < pos]
    return max(closes) if closes else None


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-final . ! ? (not after initials or Dr/Mr...)."""
    ends = []
    for match in re.finditer(r"[.!?]+[\"”’»]?(?=\s|$)", text):  # a closing mark may follow
        word = re.search(r"(\w+)$", text[: match.start()])
        if word and (len(word.group(1)) == 1 and word.group(1).isupper() or word.group(1).lower() in _ABBREVIATIONS):
            continue
        ends.append(match.end())
    return ends


def _sentence_end(text: str, start: int, ceiling: int | None) -> int:
    line_end = text.find("\n", start)
    limit = min(x for x in (ceiling, line_end if line_end >= 0 else None, len(text)) if x is not None)
    ends = _sentence_ends(text[start:limit])
    return start + ends[0] if ends else limit


def _sentence_start(text: str, end: int, floor: int | None) -> int:
    """Start of the sentence holding `end`; a line ending in a colon ("X said:") belongs
    to the quote on the next line."""
    line_start = text.rfind("\n", 0, end) + 1
    before = text[:line_start].rstrip()
    if not text[line_start:end].strip() and before.endswith(":"):
        line_start = text.rfind("\n", 0, len(before)) + 1
    lower = max(line_start, (floor + 1) if floor is not None else 0)
    ends = _sentence_ends(text[lower:end])
    return lower + ends[-1] if ends else lower


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in ranges)


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)

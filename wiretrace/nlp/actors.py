"""Capitals used as actors: "Pyongyang denied ...", "talks between Moscow and Pyongyang",
"weapons from Pyongyang" stand for the state; "visited Pyongyang", "in Kyiv" are the city.

The parse decides: a capital acts for its state when it is a subject, a possessor, the
agent of a passive, or the object of a preposition that relates parties rather than
places (between, with, by, from, against); a capital joined by "and" to such a capital
shares its role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wiretrace.nlp.gazetteer import country_index, name_key

ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
PARTY_PREPOSITIONS = {"between", "with", "by", "from", "against"}


def actor_capital_starts(doc: Doc) -> set[int]:
    """Character offsets where a capital named as an entity acts for its state."""
    index = country_index()
    starts = set()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC", "ORG"}:
            continue
        hit = index.get(name_key(ent.text))
        if hit is not None and hit[1] == "capital" and _acts(ent.root):
            starts.add(ent.start_char)
    return starts


def _acts(token: Token) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPOSITIONS

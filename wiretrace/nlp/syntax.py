"""Small questions about a parse that several stages ask."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def objects_of(token: Token, prepositions: Collection[str] | None = None) -> list[Token]:
    """The objects of the prepositions `token` governs ("members [of] the [council]"), only of
    those in `prepositions` (lower case) when given."""
    return [
        o for p in token.children
        if p.dep_ == "prep" and (prepositions is None or p.lower_ in prepositions)
        for o in p.children if o.dep_ == "pobj"
    ]

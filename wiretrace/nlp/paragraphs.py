"""`wiretrace_paragraph_breaks`: a spaCy component, before the parser, that starts a new
sentence after every line break.

Cleaned text keeps one paragraph per line, and a paragraph never continues a sentence of
the one before, but scraped paragraphs often lose their final full stop ("... according to
figures from the agency"). Without this the parser runs two paragraphs into one sentence,
and an attribution at the end of the second ("according to Inciweb") reaches back into the
first.

It also keeps a sentence going after a title abbreviation ("Hon. Biman Prasad"): the small
model ends sentences there, cutting the name from its verb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wiretrace.nlp.gazetteer import abbreviated_titles

COMPONENT = "wiretrace_paragraph_breaks"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    after_break = False
    titles = abbreviated_titles()
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif token.i > 0 and doc[token.i - 1].text in titles:
            token.is_sent_start = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    return doc

"""`wiretrace_entity_fixes`: a spaCy component, after "ner", that repairs the small model's
systematic entity errors with general rules and gazetteers (never a list of story names).

Rules, in order (each works on token spans, so offsets always stay those of the text):

1. tidy     - drop possessive endings, edge punctuation and line breaks from entity spans
              ("North Korea's" -> "North Korea", "Donetsk\\n  •" -> "Donetsk").
2. split    - an entity that starts with a known country and continues with two or more
              name-shaped words is a place followed by a person: "(President of) Ukraine
              Volodymyr Zelenskyy" -> GPE "Ukraine" + PERSON "Volodymyr Zelenskyy".
              Name words right after a title are a person ("spokesman Taras Humeniuk").
              A name-shaped last word of an entity right before a PERSON belongs to that
              person: "the UN Dorothy" + "Camille Shea" -> "the UN" + "Dorothy Camille Shea".
3. divisions- capitalised word(s) + Oblast/Region/Krai/Province/Raion/... -> one GPE span.
4. gazetteer- known countries, aliases (DPRK, ROK, UAE, US ...), demonyms, organisations
              (EU, UN, NATO ...), seats of power (Kremlin) and products (Shahed, Patriot):
              relabel an entity with exactly that span, or add one where there was none.
5. names    - every full name (two or more words) tagged PERSON becomes an article-level
              pattern: later (or earlier) occurrences of the full name or of its surname,
              possessive or not, are PERSON, whatever the model said.
6. merge    - adjacent PERSON fragments, and name-shaped words glued to a PERSON, become one
              PERSON ("Dorothy" + "Camille Shea").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from wiretrace.nlp.gazetteer import (
    GIVEN_NAMES, UN_UMBRELLA, Gazetteer, country_index, load_gazetteer, name_key, surface_labels,
)

COMPONENT = "wiretrace_entity_fixes"
STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Super"})
CITING_WORDS = frozenset({"citing", "quoting"})  # "Citing police sources, PTI said": the source speaks
UN_UMBRELLA_NAME = re.compile(rf"^{UN_UMBRELLA}$", re.IGNORECASE)
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
POSSESSIVE = {"'s", "’s", "'", "’"}
MAX_GAZETTEER_TOKENS = 8
MAX_DIVISION_NAME_TOKENS = 4
MAX_SPELLED_NAME_TOKENS = 12  # "United Nations Office for the Coordination of Humanitarian Affairs"
SPELLED_NAME_JOINERS = {"of", "for", "the", "and", "on", "&"}
NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el"}
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


@dataclass
class _Ent:
    start: int  # token index
    end: int  # token index, exclusive
    label: str


@Language.factory(COMPONENT)
def make_entity_fixes(nlp: Language, name: str) -> "EntityFixes":
    return EntityFixes(nlp, load_gazetteer())


class EntityFixes:
    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gz = gazetteer
        self.labels = surface_labels()
        self.countries = country_index()
        # Gazetteer names as token sequences, indexed by first token, longest first.
        self.forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for surface, label in self.labels.items():
            words = tuple(t.text for t in nlp.make_doc(surface))
            self.forms.setdefault(words[0], []).append((words, label))
        for candidates in self.forms.values():
            candidates.sort(key=lambda form: -len(form[0]))

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        known = self._gazetteer_matches(words)
        ents = [_Ent(e.start, e.end, e.label_) for e in doc.ents]
        ents = [e for e in (self._tidy(doc, e) for e in ents) if e is not None]
        ents = self._split_place_then_person(doc, ents)
        ents = self._places_and_acronyms(doc, ents)
        ents = self._places_after_in(doc, ents)
        ents = self._names_after_titles(doc, ents)
        ents = self._give_first_names_to_persons(doc, ents)
        ents = self._divisions(doc, ents)
        ents = self._gazetteer(doc, ents, known)
        ents = self._article_names(doc, words, ents)
        ents = self._merge_person_fragments(doc, ents)
        ents = _under_umbrella(doc, ents)
        ents = _names_spelled_out(doc, ents)
        ents = self._described_companies(doc, ents)
        # Remainders of trimmed entities: tidy them, and name "Ukraine" (left of "Ukraine -
        # Zelenskyy") by the gazetteer.
        ents = [e for e in (self._tidy(doc, e) for e in ents) if e is not None]
        ents = self._gazetteer(doc, ents, known)
        spans = [Span(doc, e.start, e.end, label=e.label) for e in ents if e.end > e.start]
        doc.ents = filter_spans(spans)
        return doc

    # ----- 1. tidy ------------------------------------------------------------------

    def _tidy(self, doc: Doc, ent: _Ent) -> _Ent | None:
        if self._ends_office(doc, ent):
            return None  # "Permanent Representative", "(Secretary of) State": an office
        start, end, label = ent.start, ent.end, ent.label
        if label == "PERSON" and _modifier_phrase(doc, start, end):
            return None  # "[Various Russian] attacks": adjectives before a noun, nobody's name
        if label == "PERSON" and all(t.text in self.gz.honorifics for t in doc[start:end]):
            return None  # "[Det] Con Richard Staff": a rank, the name comes after it
        if label == "ORG" and end - start > 2 and doc[start].text in self.gz.honorifics:
            if all(self._name_shaped(t) for t in doc[start + 1 : end]):
                label = "PERSON"  # "ACP Mohd Radzi Ahmad": a rank and a name, no body
        if label == "PERSON" and doc[start].text in STORM_WORDS:
            label = "EVENT"  # "Hurricane Daniel", "Typhoon Mangkhut": a storm's name is no person
        if label == "PERSON":
            start = self._after_leading_office(doc, start, end)
            while end - start > 1 and doc[start].text in self.gz.honorifics:
                start += 1  # "President Trump", "Mr Zelensky": the title is not the name
            end = next((t.i for t in doc[start + 1 : end] if t.text in POSSESSIVE), end)  # "Bezos's Blue Origin"
            if doc[end - 1].text in self.gz.organisation_words or end - start == 1 and _owns_as_it(doc[start]):
                label = "ORG"  # "Getty Images"; "Posco reported its profit"
            elif end - start > 1 and doc[end - 1].text in self.gz.facility_words and not _given_name(doc[start]):
                label = "FAC"  # "Kumamoto Castle", "Wembley Stadium" (not "Barbara Castle")
            elif end - start > 1 and doc[end - 1].text in self.gz.law_words and not _given_name(doc[start]):
                label = "LAW"  # "(General) Data Protection Regulation"
        if label in NAME_LABELS and doc[start].is_sent_start and (doc[start].tag_ == "VBG" or doc[start].lower_ in CITING_WORDS):
            start += 1  # "[Quoting] police sources", "[Quoting] Rafaelito Alejandro": an opening participle, no name
            if start == end:
                return None
        if label == "GPE" and end - start == 1 and self._owns_company_things(doc, start):
            label = "ORG"  # "Cisco's earnings": no place has earnings
        if label in NAME_LABELS:  # "North Korea's", "Chornomorsk in"
            while end > start and _trailing_junk(doc[end - 1]):
                end -= 1
        # Names lose edge punctuation; values only whitespace ("35%", "$40" keep their signs).
        edge = _is_filler if label in NAME_LABELS else _is_blank
        while end > start and edge(doc[end - 1]):
            end -= 1
        while start < end and edge(doc[start]):
            start += 1
        if label in NAME_LABELS and all((t.is_stop and not t.is_upper) or _is_filler(t) for t in doc[start:end]):
            return None  # what is left of a trimmed name: "the" (but not "US"; "two" stays a CARDINAL)
        if label in NAME_LABELS and end - start == 1 and doc[start].is_stop and _shouted(doc, start, end):
            return None  # "TELL US THE TRUTH": a pronoun in capitals
        # A line break inside an entity ends it: headlines and bullets glued to a name.
        for i in range(start, end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i if doc[i].is_space else i + 1
                break
        return _Ent(start, end, label) if end > start else None

    def _owns_company_things(self, doc: Doc, i: int) -> bool:
        """A one-word name the gazetteer does not know as a place, owning what only a
        company has: "Cisco's earnings", "Alphabet's CEO"."""
        if i + 2 >= len(doc) or doc[i + 1].text not in POSSESSIVE or doc[i].text in self.labels:
            return False
        owned = doc[i].head if doc[i].dep_ == "poss" else None
        words = {owned.text, *(c.text for c in owned.children)} if owned is not None else set()
        return bool(words & self.gz.company_possessions)  # "Cisco's [net] income"

    def _is_office(self, span: Span) -> bool:
        words = [t.lower_ for t in span if t.lower_ not in self.gz.role_qualifiers and t.lower_ != "the"]
        title = " ".join(words)
        # a plural typed for one holder ("French Prime Ministers Manuel Valls") is the title too
        return bool(words) and (title in self.gz.role_classes or title.endswith("s") and title[:-1] in self.gz.role_classes)

    def _ends_office(self, doc: Doc, ent: _Ent) -> bool:
        """`ent` is an office title, or the last words of one ("Secretary of [State]")."""
        if ent.label not in {"ORG", "WORK_OF_ART", "FAC", "PRODUCT"}:
            return False
        return any(self._is_office(doc[max(0, start) : ent.end]) for start in range(ent.start, ent.start - 3, -1))

    def _after_leading_office(self, doc: Doc, start: int, end: int) -> int:
        """Skip an office title the model put in a name: "Foreign Minister Cho Tae-yul", also
        the end of one begun before it: "Chief [Executive David Calhoun]"."""
        for cut in range(end - 1, start, -1):
            if any(self._is_office(doc[begin:cut]) for begin in range(max(0, start - 2), start + 1)):
                return cut
        return start

    # ----- 2. split -----------------------------------------------------------------

    def _split_place_then_person(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        out: list[_Ent] = []
        for ent in ents:
            place_end = self._leading_place_end(doc, ent) if ent.label != "PERSON" else None
            rest = doc[place_end : ent.end] if place_end is not None else None
            if rest is not None and len(rest) >= 2 and all(self._name_shaped(t) for t in rest):
                out.append(_Ent(ent.start, place_end, self.labels.get(doc[ent.start : place_end].text, "GPE")))
                out.append(_Ent(place_end, ent.end, "PERSON"))
            else:
                out.append(ent)
        return out

    def _places_and_acronyms(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """"[Mali] President Ibrahim Keita": a lone one-word "person" right before a title is
        the title's country when the gazetteer knows it as a place ("Jordan" alone stays a
        person). A one-word "person" in capitals is an acronym ("JAXA"), unless shouted."""
        for ent in ents:
            if ent.label != "PERSON" or ent.end - ent.start != 1:
                continue
            word, nxt = doc[ent.start], doc[ent.end] if ent.end < len(doc) else None
            before_title = nxt is not None and nxt.lower_ in self.gz.role_words | self.gz.role_qualifiers
            if before_title and self.labels.get(word.text) == "GPE":
                ent.label = "GPE"
            elif word.is_upper and word.is_alpha and len(word) > 1 and not _shouted(doc, ent.start, ent.end):
                ent.label = "ORG"
        return ents

    @staticmethod
    def _places_after_in(doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """"a news conference in [Sagamihara]": one unknown word after a locative "in" is a
        place the model took for a person (a person is "in" nothing but "in X's view"); so is
        a longer one joined to a place ("raids in [Sungai Dua] and Butterworth")."""
        places = {e.start for e in ents if e.label == "GPE"}
        for ent in ents:
            after = doc[ent.end] if ent.end < len(doc) else None
            possessive = after is not None and after.text in POSSESSIVE
            if ent.label != "PERSON" or ent.start == 0 or possessive or doc[ent.start - 1].lower_ != "in":
                continue
            joined = after is not None and after.lower_ in {"and", ","} and ent.end + 1 in places
            if ent.end - ent.start == 1 or joined:
                ent.label = "GPE"
        return ents

    def _leading_place_end(self, doc: Doc, ent: _Ent) -> int | None:
        """End of the longest known country name / alias at the start of `ent`, if any."""
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        for end in range(min(ent.end - 1, start + MAX_GAZETTEER_TOKENS), start, -1):
            if self.labels.get(doc[start:end].text) in {"GPE", "ORG"}:
                return end
        return None

    def _names_after_titles(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """Two or three name words right after a title are a person, whatever the model
        said: "Air Force spokesman [Taras Humeniuk]", "Minister [Anna Kovach]"."""
        for ent in ents:
            if ent.label == "PERSON" or ent.start == 0 or not 2 <= ent.end - ent.start <= 3:
                continue
            title = doc[ent.start - 1]
            is_title = title.lower_ in self.gz.role_words or title.text in self.gz.honorifics
            if is_title and all(self._name_shaped(t) for t in doc[ent.start : ent.end]):
                ent.label = "PERSON"
        return ents

    def _give_first_names_to_persons(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        for left, right in zip(ents, ents[1:]):
            if right.label != "PERSON" or left.label == "PERSON" or left.end != right.start:
                continue
            if not self._name_shaped(doc[left.end - 1]) or self._known_name(doc, left):
                continue  # "President of [the United States] [Joe Biden]": a known place keeps its words
            if left.end - left.start == 1:
                # "[Dorothy]ORG [Camille Shea]PERSON"; but a place or party stays itself:
                # "President of [Moldavia]GPE [Andrei Rusu]", "[Republican]NORP [Phil Bryant]".
                if left.label == "ORG":
                    left.label = "PERSON"  # merged with `right` in step 6
            elif not doc[left.end - 2].is_punct:
                left.end -= 1
                right.start -= 1
        return ents

    def _known_name(self, doc: Doc, ent: _Ent) -> bool:
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        return doc[start : ent.end].text in self.labels

    # ----- 3. administrative divisions ------------------------------------------------

    def _divisions(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        for token in doc:
            if token.lower_ not in self.gz.division_suffixes or token.i == 0:
                continue
            if token.is_lower and token.lower_.endswith("s"):  # "the Kherson and Zaporizhzhia regions"
                continue
            start = self._division_name_start(doc, token.i)
            if start is not None:
                ents = _overlay(ents, _Ent(start, token.i + 1, "GPE"))
        return ents

    def _division_name_start(self, doc: Doc, suffix_i: int) -> int | None:
        """Start of the capitalised name before a division suffix ("Ivano-Frankivsk")."""
        i = suffix_i
        while i > 0 and suffix_i - i < MAX_DIVISION_NAME_TOKENS:
            prev = doc[i - 1]
            if prev.is_title and (prev.pos_ == "PROPN" or not (prev.is_stop or prev.pos_ == "ADJ")):
                i -= 1
            elif prev.text == "-" and i - 2 >= 0 and doc[i - 2].is_title and not prev.whitespace_:
                i -= 1
            else:
                break
        if i == suffix_i or not doc[i].is_title:
            return None
        return i

    # ----- 4. gazetteer -------------------------------------------------------------

    def _gazetteer(self, doc: Doc, ents: list[_Ent], known: list[tuple[int, int, str]]) -> list[_Ent]:
        for start, end, label in known:
            covering = [e for e in ents if e.start < end and start < e.end]
            if not covering:
                if self._may_add(doc, start, end):
                    ents.append(_Ent(start, end, label))
                continue
            if len(covering) == 1 and self._same_name(doc, covering[0], start, end):
                # "Jordan" or "Chad" may be a person, but not in a list of countries ("between
                # Mali, Burkina Faso and Niger"); "Moldovan" or "Shaheds" never is.
                if covering[0].label != "PERSON" or label != "GPE" or _listed_with_place(doc, start, end, known):
                    covering[0].label = label
        return sorted(ents, key=lambda e: e.start)

    def _gazetteer_matches(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Longest known names, left to right, not overlapping."""
        matches: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            form = next((f for f in self.forms.get(words[i], ()) if tuple(words[i : i + len(f[0])]) == f[0]), None)
            if form is None:
                i += 1
                continue
            matches.append((i, i + len(form[0]), form[1]))
            i += len(form[0])
        return matches

    def _may_add(self, doc: Doc, start: int, end: int) -> bool:
        """Capitals are also towns and surnames elsewhere: add them only when tagged. An
        acronym among capitals is a shouted word ("HELP US NOW"), not a name."""
        if self.countries.get(name_key(doc[start:end].text), ("", ""))[1] == "capital":
            return False
        return not _shouted(doc, start, end)

    @staticmethod
    def _same_name(doc: Doc, ent: _Ent, start: int, end: int) -> bool:
        """`ent` is the gazetteer span, give or take a leading "the"."""
        lead = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        return lead == start and ent.end == end

    # ----- 5. article-level names ---------------------------------------------------

    def _article_names(self, doc: Doc, words: list[str], ents: list[_Ent]) -> list[_Ent]:
        full_names = self._full_names(doc, ents)
        if not full_names:
            return ents
        surnames = {_family_name(name) for name in full_names}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in sorted(full_names, key=len, reverse=True):
            by_first.setdefault(name[0], []).append(name)
        i = 0
        while i < len(doc):
            hit = next((n for n in by_first.get(words[i], ()) if tuple(words[i : i + len(n)]) == n), None)
            if hit is not None:
                ents = self._claim_person(doc, ents, i, i + len(hit))
                i += len(hit)
                continue
            if doc[i].text in surnames and self._bare_surname(doc, i):
                ents = self._claim_person(doc, ents, i, i + 1)
            i += 1
        return ents

    def _described_companies(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """"Drug firm Lupin said ... Lupin said", "clothing retailer Superdry": a name written
        right after a word for a company is a company, all through the article (the small
        model takes short brand names for people, or misses them)."""
        covered = {i for e in ents for i in range(e.start, e.end)}
        companies = set()
        for token in doc[:-1]:
            if not (token.is_lower and token.lower_ in self.gz.business_nouns):
                continue
            name = list(takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), doc[token.i + 1 :]))
            if not name:
                continue
            if not covered & {t.i for t in name}:
                ents = _overlay(ents, _Ent(name[0].i, name[-1].i + 1, "ORG"))
            companies.add(" ".join(t.text for t in name))
        return [_Ent(e.start, e.end, "ORG") if self._misread_company(doc, e, companies) else e for e in ents]

    def _misread_company(self, doc: Doc, ent: _Ent, companies: set[str]) -> bool:
        """A company's name tagged as a person or as a place no gazetteer knows."""
        text = doc[ent.start : ent.end].text
        return text in companies and (ent.label == "PERSON" or ent.label == "GPE" and text not in self.labels)

    def _full_names(self, doc: Doc, ents: list[_Ent]) -> set[tuple[str, ...]]:
        """PERSON entities that look like a full personal name: two or more proper-noun name
        words, the family name capitalised, not plural ("Virginia Democrats") and not a
        word the article also writes in lower case ("Magic Keyboard" ... "keyboard").
        Product names the model calls people mostly fail this and so are not spread."""
        lower_words = {t.text for t in doc if t.is_lower}
        names = set()
        for ent in ents:
            words = [t for t in doc[ent.start : ent.end] if t.text not in self.gz.honorifics]
            if ent.label != "PERSON" or len(doc[ent.start : ent.end].text.split()) < 2:
                continue  # "Rose-Lynn" is one given name
            family = words[0] if _family_name_first([t.text for t in words]) else words[-1]
            if not self._name_shaped(family) or family.tag_ == "NNPS" or family.lower_ in lower_words:
                continue
            if all(self._name_word(t) for t in words):
                names.add(tuple(t.text for t in doc[ent.start : ent.end]))
        return names

    def _name_word(self, token: Token) -> bool:
        """A word of a personal name: "Dorothy", "E.", "T.J.", "de", "Joon-kook"."""
        hyphenated = token.text == "-" or (token.i > 0 and token.nbor(-1).text == "-")
        particle = token.lower_ in NAME_PARTICLES or bool(INITIALS.match(token.text))
        return (token.pos_ == "PROPN" and self._name_shaped(token)) or hyphenated or particle

    def _bare_surname(self, doc: Doc, i: int) -> bool:
        """`doc[i]` stands alone as a name: not followed by another name word ("Zelenskyy
        Avenue"), and not a capitalised common word opening a sentence ("Little is known"
        when the article's person is Mark Little)."""
        if doc[i].is_sent_start and doc[i].pos_ not in {"PROPN", "NOUN"}:
            return False
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is None or not (nxt.is_title and nxt.pos_ == "PROPN")

    def _claim_person(self, doc: Doc, ents: list[_Ent], start: int, end: int) -> list[_Ent]:
        """Make [start, end) a PERSON unless it already is one or sits in the middle of a
        longer name. An entity it starts whose rest is name words is that person's full
        name ("Rose-Lynn Harlan"); otherwise an entity it sits at the edge of keeps its
        remainder ("Ukraine - [Zelenskyy]")."""
        for ent in ents:
            inside = ent.start <= start and end <= ent.end
            if inside and (ent.label == "PERSON" or (ent.start < start and end < ent.end)):
                return ents
            rest = doc[end : ent.end]
            if inside and ent.start == start and all(t.pos_ == "PROPN" and self._name_shaped(t) for t in rest):
                ent.label = "PERSON"
                return ents
        return _overlay(ents, _Ent(start, end, "PERSON"))

    # ----- 6. merge -----------------------------------------------------------------

    def _merge_person_fragments(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        ents = sorted(ents, key=lambda e: e.start)
        taken = {i for e in ents for i in range(e.start, e.end)}
        merged: list[_Ent] = []
        for ent in ents:
            if ent.label == "PERSON":
                while ent.start > 0 and ent.start - 1 not in taken and self._glued_name_word(doc[ent.start - 1]):
                    ent.start -= 1
                    taken.add(ent.start)
                while self._ends_on_particle(doc, ent) and ent.end not in taken:
                    ent.end += 1  # "[Marine Le] Pen": a particle never ends a name
                    taken.add(ent.end - 1)
            prev = merged[-1] if merged else None
            adjacent = prev is not None and prev.end == ent.start and "\n" not in doc[prev.end - 1].whitespace_
            if adjacent and prev.label == ent.label == "PERSON":
                prev.end = ent.end
                continue
            merged.append(ent)
        return merged

    def _ends_on_particle(self, doc: Doc, ent: _Ent) -> bool:
        """The name stops at a particle ("de", "Le", "van") with a name word right after it."""
        last = doc[ent.end - 1]
        return (
            ent.end < len(doc)
            and last.lower_ in NAME_PARTICLES
            and "\n" not in last.whitespace_
            and self._name_shaped(doc[ent.end])
        )

    def _glued_name_word(self, token: Token) -> bool:
        return token.pos_ == "PROPN" and self._name_shaped(token) and not token.is_sent_start

    def _name_shaped(self, token: Token) -> bool:
        """A capitalised word that could be part of a person's name."""
        return (
            token.is_alpha
            and token.is_title
            and len(token) > 1
            and token.text not in self.gz.honorifics
            and token.text not in self.gz.organisation_words
            and token.text not in self.gz.facility_words
            and token.text not in self.labels
            and token.lower_ not in self.gz.role_words
            and token.lower_ not in self.gz.role_qualifiers
            and token.lower_ not in self.gz.division_suffixes
            and not token.is_stop
        )


def _under_umbrella(doc: Doc, ents: list[_Ent]) -> list[_Ent]:
    """"[The United Nations] [World Food Programme]": the tagger may split a UN body's name
    in two; the umbrella and the body it runs are one name."""
    merged: list[_Ent] = []
    for ent in ents:
        previous = merged[-1] if merged else None
        umbrella = previous is not None and UN_UMBRELLA_NAME.match(doc[previous.start : previous.end].text)
        if umbrella and previous.end == ent.start and ent.label == "ORG" and doc[ent.end - 1].is_title:
            merged[-1] = _Ent(previous.start, ent.end, "ORG")
        else:
            merged.append(ent)
    return merged


def _names_spelled_out(doc: Doc, ents: list[_Ent]) -> list[_Ent]:
    """"the Office of the [United Nations High Commissioner for Refugees] (UNHCR)": the
    capitalised words right before a bracketed acronym whose initials spell it are one
    organisation's name, however the tagger cut them."""
    for i, token in enumerate(doc[2:-1], start=2):
        if not (doc[i - 1].text == "(" and doc[i + 1].text == ")" and token.is_upper and token.is_alpha):
            continue
        run = list(takewhile(_name_or_joiner, reversed(doc[max(0, i - 1 - MAX_SPELLED_NAME_TOKENS) : i - 1])))[::-1]
        starts = [t.i for t in run if t.is_title and _initials(doc[t.i : i - 1]) == token.text.lower()]
        if not starts or any(e.label == "ORG" and e.end == i - 1 and _name_start(doc, e) < starts[0] for e in ents):
            continue  # not "[The United Nations World Food Programme] (WFP)": a longer name already
        # what is left before the spelled name ("the Office of the") is part of no other name
        ents = [e for e in _overlay(ents, _Ent(starts[0], i - 1, "ORG")) if not run[0].i <= e.start < starts[0]]
    return ents


def _name_start(doc: Doc, ent: _Ent) -> int:
    return ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start


def _name_or_joiner(token: Token) -> bool:
    return token.is_title or token.lower_ in SPELLED_NAME_JOINERS


def _initials(span: Span) -> str:
    return "".join(t.text[0].lower() for t in span if t.is_title and t.lower_ not in SPELLED_NAME_JOINERS)


def _listed_with_place(doc: Doc, start: int, end: int, known: list[tuple[int, int, str]]) -> bool:
    """A known place right before or after the span, with only commas and "and"/"or" between."""
    joiners = {",", "and", "or", "&"}
    for other_start, other_end, label in known:
        if label != "GPE" or (other_start, other_end) == (start, end):
            continue
        between = doc[other_end:start] if other_end <= start else doc[end:other_start]
        if 0 < len(between) <= 2 and all(t.lower_ in joiners for t in between):
            return True
    return False


def _given_name(token: Token) -> bool:
    return token.lower_ in GIVEN_NAMES


def _owns_as_it(subject: Token) -> bool:
    """"Posco on Monday reported its net profit": a one-word name whose own clause calls
    what it has "its" (the first possessive after it) is a company or body, not a person."""
    if subject.dep_ != "nsubj":
        return False
    possessives = (t for t in subject.head.subtree if t.i > subject.i and t.dep_ == "poss" and t.pos_ == "PRON")
    first = next(possessives, None)
    return first is not None and first.lower_ == "its"


def _family_name_first(words: list[str]) -> bool:
    """Korean-style romanisation, a hyphenated lower-case given name after the family
    name: "Hwang Joon-kook", "Cho Tae-yul"."""
    return len(words) >= 4 and words[-2] == "-" and words[-1].isalpha() and words[-1].islower()


def _family_name(name: tuple[str, ...]) -> str:
    return name[0] if _family_name_first(list(name)) else name[-1]


def _modifier_phrase(doc: Doc, start: int, end: int) -> bool:
    """Opens on a common adjective and modifies the lowercase noun right after it."""
    following = doc[end] if end < len(doc) else None
    return (
        doc[start].tag_ == "JJ"
        and following is not None
        and following.pos_ == "NOUN"
        and following.is_lower
        and doc[end - 1].head.i == end
    )


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """An all-capitals span next to an all-capitals function word ("THE", "NOW"): a shouted
    phrase, not an acronym ("TELL US THE TRUTH", but "the US EPA")."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return doc[start:end].text.isupper() and any(t.is_upper and t.is_stop and len(t) > 1 for t in neighbours)


def _trailing_junk(token: Token) -> bool:
    """Not the end of a name: a possessive, punctuation, a function word ("Chornomorsk in")."""
    return token.text in POSSESSIVE or _is_filler(token) or (token.is_stop and token.is_lower)


def _is_blank(token: Token) -> bool:
    return token.is_space


def _is_filler(token: Token) -> bool:
    return token.is_space or (token.is_punct and token.text not in {"."}) or token.text in {"•", "·", "|"}


def _overlay(ents: list[_Ent], new: _Ent) -> list[_Ent]:
    """Put `new` in, trimming entities it overlaps at their edge and dropping the rest."""
    out: list[_Ent] = []
    for ent in ents:
        if ent.end <= new.start or new.end <= ent.start:
            out.append(ent)
        elif ent.start < new.start and ent.end <= new.end:
            out.append(_Ent(ent.start, new.start, ent.label))
        elif ent.start >= new.start and ent.end > new.end:
            out.append(_Ent(new.end, ent.end, ent.label))
    out.append(new)
    return sorted(out, key=lambda e: e.start)

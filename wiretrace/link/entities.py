"""Entity canonicalisation: stable ids per article, and merged entities across the corpus.

Ids are `<kind>:<slug>` keys derived from the name alone (`canonical_id`), so the
per-article stage assigns them without global state:

- countries, whatever form names them, are `gpe:<country>`: "DPRK", "North Korea",
  "North Korean" (a demonym) -> `gpe:north-korea`; "the Kremlin" (a seat of power) ->
  `gpe:russia`; a capital is its city (`gpe:pyongyang`) unless the annotation stage found
  it used as an actor ("Pyongyang denied ...", "talks between Moscow and Pyongyang");
- organisations by their full name: "EU" -> `org:european-union`;
- people by their name with transliteration variants of Slavic "-sky" surnames unified
  ("Zelensky", "Zelenskiy", "Zelenskyy's" -> `person:zelenskyy`);
- administrative divisions with "region" and "oblast" unified (`gpe:kursk-region`).

`canonicalise_article` then uses the article's own context: a bare surname takes the id of
the full name it abbreviates; a role phrase ("the Ukrainian leader", mention label
"ROLE") takes the id of the person the article gives that office to.

`merge_entities` works across articles: it merges a bare surname with the unique full-name
person having that surname, transliteration variants of full names, and role phrases with
the holder that the corpus's appositions ("President of Ukraine Volodymyr Zelenskyy") name.
Each `Entity.merged_ids` lists the per-article ids it absorbed; `entities_by_id` maps any
mention's `entity_id` to its corpus entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import replace

from wiretrace.model import ArticleFacts, Entity, Mention
from wiretrace.nlp.gazetteer import UN_UMBRELLA, country_index, load_gazetteer, name_key
from wiretrace.nlp.roles import Role, parse_role

# Labels whose mentions are names of things; values (DATE, CARDINAL, MONEY ...) get no id.
NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "ROLE"}
ROLE_LABEL = "ROLE"
ACRONYM_LABELS = {"ORG", "PERSON", "GPE", "PRODUCT"}  # labels the tagger gives an organisation's acronym
POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
SLAVIC_SKY_END = re.compile(r"sk(?:yy|yi|iy|ii|ij|y|i)$")  # Zelensky/-skiy/-skyi/-ski -> -skyy
LOOSE_Y_END = re.compile(r"(?:iy|yy|yi|ii|ij|y)$")  # Oleksiy/Oleksii, Yuriy/Yuri: matching only
DIVISION_SYNONYM = re.compile(r"\boblast\b")
KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Joon-kook", "Tae-yul"
APPOSITION_GAP = re.compile(r"^(?:\s*|\s*,\s*)$")
KNIGHTHOOD_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")  # "Sir Laurie": a knight by the given name


# ----- ids ---------------------------------------------------------------------------


def canonical_id(text: str, label: str) -> str:
    """Stable id for a name as written and its label; deterministic, no global state."""
    name = clean_name(text)
    label = label.upper()
    if label != "PERSON":
        country = country_of(name, label)
        if country is not None:
            return "gpe:" + slug(country)
        org = _organisation_of(name)
        if org is not None:
            return "org:" + slug(org)
    if label == "PERSON":
        return "person:" + slug(" ".join(_person_words(name)))
    if label in {"GPE", "LOC"}:
        return f"{label.lower()}:" + DIVISION_SYNONYM.sub("region", slug(name))
    return f"{label.lower()}:" + slug(name)


def clean_name(text: str) -> str:
    """The name without a possessive ending, a leading "the", extra whitespace or a bracket
    left open ("National Council (CNSP" -> "National Council")."""
    text = re.sub(r"\s*\([^)]*$", "", " ".join(text.split()))
    text = POSSESSIVE_END.sub("", text)
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def country_of(name: str, label: str) -> str | None:
    """The country a name stands for as an entity of `label`: its name, alias, seat of
    power or (for places, peoples and bodies) demonym; a capital is its city."""
    gz = load_gazetteer()
    if name in gz.seats_of_power:
        return gz.seats_of_power[name]
    hit = country_index().get(name_key(name))
    if hit is None:
        return None
    country, kind = hit
    if kind == "capital":  # a capital is its city unless the article's context says actor
        return None
    if kind == "demonym" and label not in {"NORP", "GPE", "LOC", "ORG"}:
        return None
    return country


def _organisation_of(name: str) -> str | None:
    organisations = load_gazetteer().organisations
    return organisations.get(name) or organisations.get(name.replace(".", ""))


def _person_words(name: str) -> list[str]:
    honorifics = load_gazetteer().honorifics
    words = [w for w in name.split() if w not in honorifics] or name.split()
    return [SLAVIC_SKY_END.sub("skyy", w) if w[:1].isupper() else w for w in words]


def family_name_key(name: str) -> str:
    """`person_key` of the family name: the first word for Korean-style names with a
    hyphenated lower-case given name ("Hwang Joon-kook"), else the last word."""
    words = clean_name(name).split()
    key = person_key(name)
    return key[0] if len(words) >= 2 and KOREAN_GIVEN_NAME.search(words[-1]) else key[-1]


def person_key(name: str) -> tuple[str, ...]:
    """Loose matching key of a person's name: case, hyphens and -iy/-yy/-y endings ignored."""
    words = slug(" ".join(_person_words(clean_name(name)))).split("-")
    return tuple(LOOSE_Y_END.sub("i", w) for w in words if w)


# ----- one article -----------------------------------------------------------------


def canonicalise_article(mentions: list[Mention], text: str = "", actor_starts: Collection[int] = ()) -> list[Mention]:
    """Copies of `mentions` with `entity_id` filled from the name and the article's context.

    `text` is the article's cleaned text (the mentions' spans point into it); without it,
    role phrases are resolved only by their office, not by apposition. `actor_starts` are
    the start offsets of capitals that act for their state (the syntax decides that, see
    `wiretrace.nlp.actors`); other capitals are their cities.
    """
    ordered = sorted(mentions, key=lambda m: m.span.start)
    persons = _ArticlePersons([m for m in ordered if m.label == "PERSON"])
    out: list[Mention] = []
    for mention in ordered:
        if mention.label not in NAMED_LABELS:
            out.append(replace(mention, entity_id=None))
        elif mention.label == "PERSON":
            knighted = KNIGHTHOOD_BEFORE.search(text[: mention.span.start]) is not None
            out.append(replace(mention, entity_id=persons.id_of(mention, knighted)))
        elif mention.label == ROLE_LABEL:
            out.append(mention)  # resolved below, once every person has an id
        else:
            out.append(replace(mention, entity_id=_place_or_thing_id(mention, mention.span.start in actor_starts)))
    return _resolve_roles(_link_acronyms(out, text), text)


def _link_acronyms(mentions: list[Mention], text: str = "") -> list[Mention]:
    """An acronym takes the id of the organisation the article spells out with those
    initials: "the Pacific Tsunami Warning Center (PTWC)", "ISRO" or "Isro" for the Indian
    Space Research Organisation, also where the tagger took it for a person or a place;
    or of the name it stands in brackets right after, whatever its letters ("the
    Disaster and Emergency Management Authority (AFAD)"), also past a last word the tagger
    cut off when the acronym closes with its initial ("the UN Intergovernmental Panel on
    Climate change (IPCC)"). Only within the article: elsewhere the letters may stand for
    another body."""
    spelled = {
        form: m.entity_id for m in mentions if m.label == "ORG" for form in initials_forms(m.text) if len(form) >= 2
    }
    for m in mentions:
        acronym = _bracketed_acronym(m, text) if m.label == "ORG" and " " in m.text.strip() else None
        if acronym is not None and acronym.upper() not in STOCK_EXCHANGES:  # "Apple Inc (NASDAQ)"
            spelled.setdefault(acronym.lower(), m.entity_id)
    return [
        replace(m, label="ORG", entity_id=spelled[m.text.lower()])
        if m.label in ACRONYM_LABELS and " " not in m.text.strip() and m.text.lower() in spelled
        else m
        for m in mentions
    ]


def _bracketed_acronym(mention: Mention, text: str) -> str | None:
    bracketed = BRACKETED_ACRONYM.match(text, mention.span.end)
    if bracketed is not None:
        return bracketed.group(1)
    cut = CUT_WORD_BEFORE_ACRONYM.match(text, mention.span.end)
    return cut.group(2) if cut is not None and cut.group(2)[-1].lower() == cut.group(1)[0] else None


def organisations_named_with(word: str, mentions: list[Mention]) -> list[Mention]:
    """The organisations whose name has `word`: what "the ministry" or "the bank" may stand for
    (its plural too: "the airline" of "Ethiopian Airlines")."""
    forms = {word, f"{word}s"}
    return [m for m in mentions if m.label == "ORG" and forms & set(m.text.lower().split())]


def spelled_out(mention: Mention, mentions: list[Mention]) -> str | None:
    """An acronym's full name, where the article spells it out (`_link_acronyms` gave both
    one id): "the DOH noted" -> "Department of Health"."""
    if " " in mention.text.strip() or mention.entity_id is None:
        return None
    longer = [m for m in mentions if m.entity_id == mention.entity_id and " " in clean_name(m.text)]
    return clean_name(longer[0].text) if longer else None


STOCK_EXCHANGES = frozenset({"NYSE", "NASDAQ", "LSE", "TSX", "ASX", "NSE", "BSE", "JSE", "HKEX", "SGX"})
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")  # "Name (AFAD)"
CUT_WORD_BEFORE_ACRONYM = re.compile(r"\s+([a-z]+)\s*\(([A-Z][A-Za-z&]{1,9})\)")  # "Name change (ABC)"
# The umbrella or country an acronym leaves out: "WFP" of the United Nations World Food
# Programme, "CBP" of U.S. Customs and Border Protection.
UMBRELLA_PREFIX = re.compile(rf"^(?:{UN_UMBRELLA}|(?:[A-Z]\.){{2,}})\s+(?=\S+\s+\S)", re.IGNORECASE)


def initials(name: str) -> str:
    """Lower-case initials of a multi-word name's capitalised words ("of", "the" skipped)."""
    words = re.findall(r"[A-Z][\w-]*", clean_name(name))
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def initials_forms(name: str) -> set[str]:
    """The initials an acronym may take: of the capitalised words ("DH"), and of every word
    but an article ("DOH" for "Department of Health", "DOJ" for "Department of Justice"); a
    UN body's also without the umbrella ("WFP" for "United Nations World Food Programme"),
    a national body's without its country's dotted initials ("CBP" for "U.S. Customs and
    Border Protection")."""
    every = [w for w in re.findall(r"[\w-]+", clean_name(name)) if w.lower() not in {"the", "a", "an"}]
    with_particles = "".join(w[0] for w in every).lower() if len(every) >= 2 else ""
    forms = {initials(name), with_particles} - {""}
    own_name = UMBRELLA_PREFIX.sub("", clean_name(name))
    return forms | initials_forms(own_name) if own_name != clean_name(name) else forms


class _ArticlePersons:
    """The article's people: full names, and which full name a bare surname abbreviates."""

    def __init__(self, person_mentions: list[Mention]):
        # (position, key, family name key, id) of every multi-word name
        self.full: list[tuple[int, tuple[str, ...], str, str]] = []
        for m in person_mentions:
            key = person_key(m.text)
            if len(key) >= 2:
                self.full.append((m.span.start, key, family_name_key(m.text), canonical_id(m.text, "PERSON")))

    def id_of(self, mention: Mention, knighted: bool = False) -> str:
        """`knighted`: the mention follows "Sir" or "Dame", which go with the given name
        ("Sir Laurie" is Sir Laurie Magnus)."""
        key = person_key(mention.text)
        longer = [
            (pos, full_id)
            for pos, full, family, full_id in self.full
            if len(full) > len(key) and (full[-len(key) :] == key or key == (family,) or knighted and full[:1] == key)
        ]
        if not longer:
            return canonical_id(mention.text, "PERSON")
        # Nearest full name before the mention; failing that, the first one after it.
        before = [full_id for pos, full_id in longer if pos < mention.span.start]
        return before[-1] if before else longer[0][1]


def _place_or_thing_id(mention: Mention, acts_for_state: bool) -> str:
    hit = country_index().get(name_key(clean_name(mention.text)))
    if acts_for_state and hit is not None and hit[1] == "capital":
        return "gpe:" + slug(hit[0])
    return canonical_id(mention.text, mention.label)


# ----- role phrases ---------------------------------------------------------------


def _resolve_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """Give each ROLE mention the id of the person holding that office in this article."""
    # Offices the article gives to named people ("President of Ukraine Volodymyr Zelenskyy").
    holders: list[tuple[Role, str]] = []
    for i, mention in enumerate(mentions):
        if mention.label != ROLE_LABEL:
            continue
        person = _apposed_person(mentions, i, text)
        role = parse_role(mention.text)
        if person is not None and role is not None and not role.past:
            holders.append((role, person.entity_id or ""))
    return [
        replace(m, entity_id=_role_holder(i, holders, mentions, text)) if m.label == ROLE_LABEL else m
        for i, m in enumerate(mentions)
    ]


def _apposed_person(mentions: list[Mention], i: int, text: str) -> Mention | None:
    """The PERSON right after ("President X Y") or right before ("X Y, president of") the role."""
    role = mentions[i]
    after = next((m for m in mentions[i + 1 :] if m.span.start >= role.span.end), None)
    before = next((m for m in reversed(mentions[:i]) if m.span.end <= role.span.start), None)
    for other in (after, before):
        if other is None or other.label != "PERSON":
            continue
        gap = text[role.span.end : other.span.start] if other is after else text[other.span.end : role.span.start]
        if text and APPOSITION_GAP.match(gap) and "\n" not in gap:
            return other
    return None


def _role_holder(i: int, holders: list[tuple[Role, str]], mentions: list[Mention], text: str) -> str | None:
    """The person the role phrase `mentions[i]` refers to: the one apposed to it, else the
    only holder of a fitting office in the article; else its office id (resolved across
    articles later) when it names a country, else None. Two fitting holders: unknown."""
    mention = mentions[i]
    apposed = _apposed_person(mentions, i, text)
    if apposed is not None:
        return apposed.entity_id
    role = parse_role(mention.text)
    if role is None or role.past:
        return None
    fitting = {pid for held, pid in holders if held.fits(role)}
    if len(fitting) == 1:
        return fitting.pop()
    return role.id if role.country else None


# ----- across articles --------------------------------------------------------------


def merge_entities(mentions_by_article: dict[str, list[Mention]]) -> list[Entity]:
    """Canonical entities over the corpus, with aliases and mention counts per article."""
    parent: dict[str, str] = {}
    found: list[tuple[str, Mention]] = [
        (article_id, m) for article_id, ms in mentions_by_article.items() for m in ms if m.entity_id
    ]
    for _, m in found:
        parent.setdefault(m.entity_id, m.entity_id)
    union = _UnionFind(parent)
    _merge_person_variants(found, union)
    _merge_roles_with_holders(found, union)
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for article_id, m in found:
        root = union.find(m.entity_id)
        if not root.startswith("role:"):  # else an office whose holder the corpus never names
            groups[root].append((article_id, m))
    return sorted((_entity(group) for group in groups.values()), key=lambda e: e.id)


def entities_by_id(entities: list[Entity]) -> dict[str, Entity]:
    """Every id a mention may carry (an entity's own id and its `merged_ids`) -> the entity.

    A mention's `entity_id` is the per-article id; after merging it may name a surname
    ("person:zelenskyy") or an office ("role:ukraine-head-of-state") folded into a person.
    """
    return {entity_id: e for e in entities for entity_id in (e.id, *e.merged_ids)}


def resolve_fact_ids(facts: ArticleFacts, corpus_ids: dict[str, str]) -> ArticleFacts:
    """`facts` with every per-article entity id replaced by its corpus entity's id.

    Facts are stored with per-article ids (the corpus merge changes as articles arrive);
    views over the corpus (reports, story comparison) resolve them with this at read time.
    `corpus_ids` maps each id to its entity's id, e.g. from `entities_by_id`.
    """

    def to_corpus(entity_id: str | None) -> str | None:
        return corpus_ids.get(entity_id, entity_id) if entity_id else entity_id

    return replace(
        facts,
        mentions=[replace(m, entity_id=to_corpus(m.entity_id)) for m in facts.mentions],
        quotes=[replace(q, speaker_id=to_corpus(q.speaker_id)) for q in facts.quotes],
        claims=[replace(c, asserter_id=to_corpus(c.asserter_id)) for c in facts.claims],
        denials=[replace(d, denier_id=to_corpus(d.denier_id)) for d in facts.denials],
        events=[replace(e, actors=list(dict.fromkeys(to_corpus(a) for a in e.actors))) for e in facts.events],
    )


class _UnionFind:
    def __init__(self, parent: dict[str, str]):
        self.parent = parent

    def find(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, keep: str, other: str) -> None:
        """Merge `other`'s group into `keep`'s; `keep`'s root stays the group's id."""
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


def _merge_person_variants(found: list[tuple[str, Mention]], union: _UnionFind) -> None:
    """Merge transliteration variants of one full name, then each bare surname with the
    unique full-name person having that family name."""
    names: dict[str, Counter[str]] = defaultdict(Counter)  # person id -> names as written
    for _, m in found:
        if m.label == "PERSON" and m.entity_id.startswith("person:"):
            names[m.entity_id][clean_name(m.text)] += 1
    # Each id's fullest name: its matching key and its family name.
    fullest = {pid: max(c, key=lambda n: (len(person_key(n)), c[n], n)) for pid, c in names.items()}
    keys = {pid: person_key(name) for pid, name in fullest.items()}
    full = sorted((pid for pid, key in keys.items() if len(key) >= 2), key=lambda p: (-sum(names[p].values()), p))
    by_full_key: dict[tuple[str, ...], str] = {}
    for pid in full:
        union.union(by_full_key.setdefault(keys[pid], pid), pid)
    by_family: dict[str, set[str]] = defaultdict(set)
    for pid in full:
        by_family[family_name_key(fullest[pid])].add(union.find(pid))
    for pid, key in keys.items():
        holders = by_family.get(key[0], set()) if len(key) == 1 else set()
        if len(holders) == 1:
            union.union(next(iter(holders)), pid)


def _merge_roles_with_holders(found: list[tuple[str, Mention]], union: _UnionFind) -> None:
    """Learn each office's holder from resolved role phrases, then resolve the open ones."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _, m in found:
        role = parse_role(m.text) if m.label == ROLE_LABEL else None
        if role is not None and role.country and not role.past and m.entity_id.startswith("person:"):
            votes[role.id][union.find(m.entity_id)] += 1
    for _, m in found:
        if m.label == ROLE_LABEL and m.entity_id.startswith("role:") and votes.get(m.entity_id):
            ballot = votes[m.entity_id]
            union.union(max(ballot, key=lambda pid: (ballot[pid], pid)), m.entity_id)


def _entity(group: list[tuple[str, Mention]]) -> Entity:
    ids = Counter(m.entity_id for _, m in group)
    names = Counter(clean_name(m.text) for _, m in group if m.label != ROLE_LABEL)
    entity_id = max((i for i in ids if not i.startswith("role:")), key=lambda i: _id_rank(i, ids[i]))
    counts: Counter[str] = Counter(article_id for article_id, _ in group)
    return Entity(
        id=entity_id,
        name=_display_name(entity_id, names),
        label=entity_id.split(":", 1)[0].upper(),  # ids are "<label>:<slug>"
        aliases=sorted(names, key=lambda n: (-names[n], n)),
        mentions_by_article=dict(sorted(counts.items())),
        merged_ids=sorted(ids),
    )


def _id_rank(entity_id: str, mentions: int) -> tuple[int, int, str]:
    """How well an id names its group: a person's fullest name, then the most mentioned."""
    words = entity_id.count("-") + 1 if entity_id.startswith("person:") else 0
    return words, mentions, entity_id


def _display_name(entity_id: str, names: Counter[str]) -> str:
    if entity_id.startswith("gpe:"):
        country = country_index().get(name_key(entity_id[4:].replace("-", " ")))
        if country is not None and country[1] == "name":
            return country[0]
    organisations = load_gazetteer().organisations
    if entity_id.startswith("org:"):
        full = next((org for org in organisations.values() if slug(org) == entity_id[4:]), None)
        if full is not None:
            return full
    if not names:
        return entity_id.split(":", 1)[1].replace("-", " ")
    longest = max(len(n.split()) for n in names)
    return max((n for n in names if len(n.split()) == longest), key=lambda n: (names[n], n))

"""Near-duplicate and syndication detection, incremental over batches of articles.

Each article is sketched once (MinHash signature, mod-sampled shingles, number set, entity
ids) and kept in a `DedupIndex`. A new article is compared only with candidates that an
index lookup returns, never with every stored article:

- LSH band keys of the MinHash signature find pairs of high Jaccard similarity (exact and
  near copies, wire copies under another headline);
- a posting list per sampled shingle finds pairs where the shorter text is largely
  contained in the longer one (an AMP page or teaser vs. the full report);
- a posting list per number finds cross-language pairs (a translation shares no words
  but the same figures, date and entities).

Candidates are verified on the sketches and joined by union-find into `DuplicateGroup`s:
one report, every copy listed, the canonical copy (earliest published, else longest)
first.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from wiretrace.link import minhash
from wiretrace.model import Article, ArticleFacts, DuplicateGroup

# Verification thresholds on the sketches.
NEAR_JACCARD = 0.5  # light edits and re-headlined wire copies stay far above this
CONTAINED_MIN = 0.75  # share of the shorter text's sampled shingles found in the longer
SHORT_VERSION_MAX_RATIO = 0.8  # "contained" needs the shorter text under 80% of the longer
MIN_CONTAINED_SAMPLE = 5  # a shorter text needs this many sampled shingles to be judged
TRANSLATION_MIN_NUMBERS = 3  # shared figures needed before a cross-language pair counts
TRANSLATION_NUMBER_JACCARD = 0.7
TRANSLATION_ENTITY_JACCARD = 0.5
TRANSLATION_MAX_DAYS = 1
# A sampled shingle or number shared by this many articles is boilerplate, not evidence.
MAX_POSTING = 200

# From the strictest to the loosest relation; a group is labelled with its loosest link.
KINDS = ("exact", "near", "syndicated", "contained", "translation")

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\w)|(?<![\w.,])\d+(?:[.,]\d+)?")
_SPACE = re.compile(r"\s+")
# A scale word after a figure: "12 thousand" / "12 тисяч" / "1,5 млн" meet "12,000" and "1.5 million".
# The named group that matched gives the factor.
_SCALE = re.compile(
    r"\s*(?:(?P<thousand>thousand|тисяч[аі]?|тысяч[аи]?|тис\.|тыс\.)"
    r"|(?P<million>million|мільйон(?:а|и|ів)?|миллион(?:а|ы|ов)?|млн\.?)"
    r"|(?P<billion>billion|мільярд(?:а|и|ів)?|миллиард(?:а|ы|ов)?|млрд\.?))(?!\w)",
    re.IGNORECASE,
)
_SCALE_FACTOR = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


@dataclass
class Sketch:
    """What the index keeps of one article: enough to verify a pair without its text."""

    signature: np.ndarray  # MinHash, uint32[NUM_PERM]
    sample: np.ndarray  # mod-sampled shingle hashes, sorted uint32
    text_key: str  # hash of the whitespace- and case-normalised text
    title_key: str  # normalised title ("" when none)
    outlet: str
    published: str | None
    length: int
    language: str | None
    numbers: frozenset[str]
    entities: frozenset[str]

    def to_dict(self) -> dict:
        return {
            "signature": _encode(self.signature),
            "sample": _encode(self.sample),
            "text_key": self.text_key,
            "title_key": self.title_key,
            "outlet": self.outlet,
            "published": self.published,
            "length": self.length,
            "language": self.language,
            "numbers": sorted(self.numbers),
            "entities": sorted(self.entities),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Sketch:
        return cls(
            signature=_decode(d["signature"]),
            sample=_decode(d["sample"]),
            text_key=d["text_key"],
            title_key=d["title_key"],
            outlet=d["outlet"],
            published=d["published"],
            length=d["length"],
            language=d["language"],
            numbers=frozenset(d["numbers"]),
            entities=frozenset(d["entities"]),
        )


@dataclass
class DedupIndex:
    """Sketches of every article seen, the verified duplicate links, and lookup tables.

    Only sketches and links are serialised; the lookup tables are rebuilt on load.
    """

    sketches: dict[str, Sketch] = field(default_factory=dict)
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # (id_a < id_b) -> kind
    _bands: dict[bytes, list[str]] = field(default_factory=lambda: defaultdict(list), repr=False)
    _shingles: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list), repr=False)
    _numbers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list), repr=False)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.sketches

    def add(self, article_id: str, sketch: Sketch) -> None:
        """Link the article to its verified duplicates already in the index, then index it."""
        for other in self._candidates(sketch):
            kind = classify_pair(sketch, self.sketches[other])
            if kind:
                self.links[_pair(article_id, other)] = kind
        self._index(article_id, sketch)

    def remove(self, article_id: str) -> None:
        """Forget an article and every link it took part in."""
        sketch = self.sketches.pop(article_id, None)
        if sketch is None:
            return
        self.links = {pair: kind for pair, kind in self.links.items() if article_id not in pair}
        for table, keys in self._keys(sketch):
            for key in keys:
                posting = table.get(key)
                if posting and article_id in posting:
                    posting.remove(article_id)

    def groups(self) -> list[DuplicateGroup]:
        """Every duplicate group, canonical copy first, in a stable order."""
        components = _components(self.links)
        groups = [self._group(members) for members in components]
        return sorted(groups, key=lambda g: g.article_ids[0])

    def pairs(self) -> set[tuple[str, str]]:
        """Every pair of articles in one group (links are transitive through the group)."""
        out: set[tuple[str, str]] = set()
        for group in self.groups():
            ids = sorted(group.article_ids)
            out.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
        return out

    def to_dict(self) -> dict:
        return {
            "sketches": {aid: s.to_dict() for aid, s in self.sketches.items()},
            "links": [[a, b, kind] for (a, b), kind in sorted(self.links.items())],
        }

    @classmethod
    def from_dict(cls, d: dict) -> DedupIndex:
        index = cls()
        for aid, raw in d.get("sketches", {}).items():
            index._index(aid, Sketch.from_dict(raw))
        index.links = {(a, b): kind for a, b, kind in d.get("links", [])}
        return index

    # -- internals ------------------------------------------------------------------------

    def _keys(self, sketch: Sketch) -> list[tuple[dict, Iterable]]:
        return [
            (self._bands, minhash.band_keys(sketch.signature)),
            (self._shingles, (int(h) for h in sketch.sample)),
            (self._numbers, sketch.numbers),
        ]

    def _index(self, article_id: str, sketch: Sketch) -> None:
        self.sketches[article_id] = sketch
        for table, keys in self._keys(sketch):
            for key in keys:
                table[key].append(article_id)

    def _candidates(self, sketch: Sketch) -> set[str]:
        found: set[str] = set()
        for key in minhash.band_keys(sketch.signature):
            found.update(self._bands.get(key, ()))
        shingle_hits = _hits(self._shingles, (int(h) for h in sketch.sample))
        found.update(aid for aid, n in shingle_hits.items() if self._may_contain(sketch, aid, n))
        if len(sketch.numbers) >= TRANSLATION_MIN_NUMBERS:
            number_hits = _hits(self._numbers, sketch.numbers)
            found.update(aid for aid, n in number_hits.items() if n >= TRANSLATION_MIN_NUMBERS)
        return found

    def _may_contain(self, sketch: Sketch, other: str, shared: int) -> bool:
        """Whether `shared` sampled shingles can make one of the two texts contained in the other."""
        smaller = min(sketch.sample.size, self.sketches[other].sample.size)
        return smaller >= MIN_CONTAINED_SAMPLE and shared >= CONTAINED_MIN * smaller

    def _group(self, members: set[str]) -> DuplicateGroup:
        ordered = sorted(members, key=lambda aid: _canonical_key(aid, self.sketches[aid]))
        kinds = [kind for pair, kind in self.links.items() if pair[0] in members]
        loosest = max(kinds, key=KINDS.index)
        digest = hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:12]
        return DuplicateGroup(id=f"dup-{digest}", article_ids=ordered, kind=loosest)


def find_duplicates(
    articles: list[Article],
    index: DedupIndex | None = None,
    facts: dict[str, ArticleFacts] | None = None,
) -> tuple[list[DuplicateGroup], DedupIndex]:
    """Add `articles` to the index (a new one when None) and return all duplicate groups.

    Articles already in the index are skipped, so adding a batch twice changes nothing.
    `facts` (by article id) is optional: with it, entity ids strengthen translation checks.
    """
    index = index if index is not None else DedupIndex()
    facts = facts or {}
    for article in sorted(articles, key=lambda a: a.id):
        if article.id not in index:
            index.add(article.id, sketch_article(article, facts.get(article.id)))
    return index.groups(), index


def sketch_article(article: Article, facts: ArticleFacts | None = None) -> Sketch:
    hashes = minhash.shingle_hashes(article.text)
    entities = frozenset(m.entity_id for m in facts.mentions if m.entity_id) if facts else frozenset()
    return Sketch(
        signature=minhash.signature(hashes),
        sample=minhash.mod_sample(hashes),
        text_key=hashlib.sha256(_normalise(article.text).encode()).hexdigest()[:32],
        title_key=_normalise(article.title or ""),
        outlet=(article.outlet or "").strip().lower(),
        published=article.published,
        length=len(article.text),
        language=article.language,
        numbers=numbers_in(article.text),
        entities=entities,
    )


def numbers_in(text: str) -> frozenset[str]:
    """Figures written in the text, normalised across languages' digit grouping.

    "12,000", "12 000" and "12.000" all become "12000"; a decimal comma becomes a point; a
    scale word multiplies ("12 тисяч" and "12 thousand" become "12000"), so a translation
    that spells its figures differently still shares them.
    """
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group()
        grouped = re.fullmatch(r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+", raw)
        figure = re.sub(r"\D", "", raw) if grouped else raw.replace(",", ".")
        scale = _SCALE.match(text, match.end())
        found.add(_scaled(figure, _SCALE_FACTOR[scale.lastgroup]) if scale else figure)
    return frozenset(found)


def _scaled(figure: str, factor: int) -> str:
    value = float(figure) * factor
    return str(int(value)) if value.is_integer() else str(value)


def classify_pair(a: Sketch, b: Sketch) -> str | None:
    """The kind of duplicate the two sketches are, or None when they are distinct reports."""
    if a.text_key == b.text_key:
        return "exact"
    if _is_short_version(a, b):
        return "contained"
    if minhash.estimated_jaccard(a.signature, b.signature) >= NEAR_JACCARD:
        same_page = a.outlet == b.outlet and a.title_key == b.title_key
        return "near" if same_page else "syndicated"
    if _is_translation(a, b):
        return "translation"
    return None


def _is_short_version(a: Sketch, b: Sketch) -> bool:
    """The clearly shorter text is mostly found inside the longer one (teaser, AMP, first take)."""
    short, long_ = sorted((a, b), key=lambda s: s.length)
    if short.length > SHORT_VERSION_MAX_RATIO * long_.length or short.sample.size < MIN_CONTAINED_SAMPLE:
        return False
    return minhash.sample_overlap(short.sample, long_.sample)[1] >= CONTAINED_MIN


def _is_translation(a: Sketch, b: Sketch) -> bool:
    if not (a.language and b.language and a.language != b.language):
        return False
    shared = a.numbers & b.numbers
    if len(shared) < TRANSLATION_MIN_NUMBERS or len(shared) / len(a.numbers | b.numbers) < TRANSLATION_NUMBER_JACCARD:
        return False
    days = _days_apart(a.published, b.published)
    if days is not None and days > TRANSLATION_MAX_DAYS:
        return False
    if a.entities and b.entities:
        return len(a.entities & b.entities) / len(a.entities | b.entities) >= TRANSLATION_ENTITY_JACCARD
    return True


def _hits(table: dict, keys: Iterable) -> dict[str, int]:
    """How many of `keys` list each id, ignoring over-long (boilerplate) posting lists."""
    hits: dict[str, int] = defaultdict(int)
    for key in keys:
        posting = table.get(key, ())
        if len(posting) <= MAX_POSTING:
            for aid in posting:
                hits[aid] += 1
    return hits


def _components(links: dict[tuple[str, str], str]) -> list[set[str]]:
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(a)] = root(b)
    members: dict[str, set[str]] = defaultdict(set)
    for x in parent:
        members[root(x)].add(x)
    return list(members.values())


def _canonical_key(article_id: str, sketch: Sketch) -> tuple:
    """Earliest published first; undated copies after dated ones, longest first."""
    return (sketch.published is None, sketch.published or "", -sketch.length, article_id)


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _encode(array: np.ndarray) -> str:
    return base64.b64encode(array.astype("<u4").tobytes()).decode("ascii")


def _decode(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)

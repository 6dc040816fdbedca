"""Incremental story clustering: single-pass online assignment against story centroids.

An article becomes a sparse vector over three channels, each weighted by rarity (IDF
learned incrementally from every article seen):

- content words of the title (counted twice) and body,
- canonical entity ids from the annotation stage,
- figures (dates and years removed: they tie every report of a week together),

so that terms and numbers distinctive of one event outweigh the actors a whole conflict
shares. Its similarity to a story is the cosine to the story centroid (the sum of its
members' unit vectors), damped by the distance in days between the article and the story's
date range (undated articles are compared on content alone). Candidate stories come from
an inverted index over each member's most distinctive features, so an article is never
compared with every story; posting lists longer than ``MAX_POSTING`` (shared actors,
generic words) are skipped for retrieval, as they cannot single out a story anyway.

An article joins its best story when the similarity reaches ``JOIN_THRESHOLD`` and starts
a new story otherwise; an article that mixes two stories is also listed in a second story
whose similarity is nearly as high (``SECONDARY_RATIO``), without moving its centroid.
After each batch, a changed story merges with a story whose centroid is close enough
(``_merge_bar``), which mends stories split by the order their first articles came in.
"""

from __future__ import annotations

import base64
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from wiretrace.link.dedup import numbers_in
from wiretrace.model import Article, ArticleFacts, Story

JOIN_THRESHOLD = 0.30
MERGE_THRESHOLD = 0.50  # two stories of MERGE_FULL_SIZE+ members this close are one story
MERGE_FULL_SIZE = 5  # below it, the bar falls towards JOIN_THRESHOLD (a lone article's)
SECONDARY_MIN = 0.25
SECONDARY_RATIO = 0.6  # a second story at >= 60% of the best similarity also gets the article
TIME_SCALE_DAYS = 30.0  # similarity decays with days outside the story's date range ...
TIME_FLOOR = 0.7  # ... towards 70% of its content value, never below
# Pseudo-documents in which no feature occurs: without them, in a small corpus on one
# topic the topic's own words (in every article) get no weight at all.
PRIOR_DOCS = 50
CHANNEL_WEIGHT = {"t": 1.0, "e": 1.2, "n": 1.5}
TOP_FEATURES = {"t": 60, "e": 20, "n": 10}  # features kept per article vector, per channel
INDEXED_FEATURES = 12  # an article's most distinctive features enter the story posting lists
CANDIDATES = 8  # stories scored in full after retrieval
MAX_POSTING = 300  # a feature in more stories than this cannot single one out
MAX_CENTROID = 3000  # a centroid over this many features keeps its heaviest half

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"}
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Reporting and calendar words carry no topic; IDF would damp them too, but only slowly.
_NEWS_WORDS = {
    "said", "says", "told", "according", "added", "stated", "noted", "reported", "report", "reports",
    "news", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "weeks", "month", "months", "year", "years", "today", "yesterday", "also", "would", "could",
}
_STOP = frozenset(STOP_WORDS) | _NEWS_WORDS | set(_MONTHS.split("|"))


# ------------------------------------------------------------------------------- features


def article_features(article: Article, facts: ArticleFacts | None) -> Counter[str]:
    """Raw counts of the article's features: ``t:`` words, ``e:`` entities, ``n:`` figures."""
    counts: Counter[str] = Counter()
    title = article.title or ""
    for text, repeat in ((title, 2), (article.text, 1)):
        for word in _WORD.findall(text.lower()):
            if word not in _STOP:
                counts["t:" + _stem(word)] += repeat
    for number in numbers_in(_DATE.sub(" ", f"{title}\n{article.text}")):
        if number not in {"0", "1"}:
            counts["n:" + number] += 1
    for entity in entity_keys(facts):
        counts["e:" + entity] += 1
    return counts


def entity_keys(facts: ArticleFacts | None) -> list[str]:
    """Canonical entity ids of the names mentioned (label + text when the id is missing)."""
    if facts is None:
        return []
    keys = []
    for mention in facts.mentions:
        if mention.entity_id:
            keys.append(mention.entity_id)
        elif mention.label in NAME_LABELS:
            keys.append(f"{mention.label.lower()}:{'-'.join(_WORD.findall(mention.text.lower()))}")
    return keys


def _stem(word: str) -> str:
    """Fold the plural so "troop"/"troops" and "sanction"/"sanctions" meet."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# ------------------------------------------------------------------------------- records


@dataclass
class _Member:
    """What the index keeps of one article."""

    ids: np.ndarray  # feature ids, sorted int32
    weights: np.ndarray  # unit-norm weights, float32
    title: str
    outlet: str
    published: str | None
    story: str  # primary story id
    secondary: list[str] = field(default_factory=list)

    def top_features(self) -> list[int]:
        order = np.argsort(-self.weights, kind="stable")[:INDEXED_FEATURES]
        return [int(i) for i in self.ids[order]]

    def to_list(self) -> list:
        return [_encode(self.ids, "<i4"), _encode(self.weights, "<f4"), self.title, self.outlet,
                self.published, self.story, self.secondary]

    @classmethod
    def from_list(cls, row: list) -> _Member:
        ids, weights, title, outlet, published, story, secondary = row
        return cls(_decode(ids, "<i4"), _decode(weights, "<f4"), title, outlet, published, story, secondary)


@dataclass
class _Cluster:
    """A story's centroid (sum of member unit vectors) and membership."""

    centroid: dict[int, float] = field(default_factory=dict)
    norm2: float = 0.0
    members: list[str] = field(default_factory=list)  # primary members
    secondary: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None

    def dot(self, member: _Member) -> float:
        c = self.centroid
        return sum(float(w) * c.get(int(i), 0.0) for i, w in zip(member.ids, member.weights))

    def centroid_cosine(self, other: _Cluster) -> float:
        small, large = sorted((self.centroid, other.centroid), key=len)
        dot = sum(w * large.get(fid, 0.0) for fid, w in small.items())
        return dot / math.sqrt(self.norm2 * other.norm2) if self.norm2 > 0 and other.norm2 > 0 else 0.0

    def cosine(self, member: _Member) -> float:
        return self.dot(member) / math.sqrt(self.norm2) if self.norm2 > 0 else 0.0

    def add(self, member: _Member) -> None:
        dot = self.dot(member)
        for i, w in zip(member.ids.tolist(), member.weights.tolist()):
            self.centroid[i] = self.centroid.get(i, 0.0) + w
        self.norm2 += 2 * dot + float(member.weights @ member.weights)
        if len(self.centroid) > MAX_CENTROID:
            self._prune()

    def subtract(self, member: _Member) -> None:
        for i, w in zip(member.ids.tolist(), member.weights.tolist()):
            left = self.centroid.get(i, 0.0) - w
            if left > 1e-6:
                self.centroid[i] = left
            else:
                self.centroid.pop(i, None)
        self.norm2 = sum(v * v for v in self.centroid.values())

    def _prune(self) -> None:
        heaviest = sorted(self.centroid.items(), key=lambda kv: -kv[1])[: MAX_CENTROID // 2]
        self.centroid = dict(heaviest)
        self.norm2 = sum(v * v for _, v in heaviest)

    def widen_dates(self, published: str | None) -> None:
        day = published[:10] if published else None
        if day:
            self.date_start = min(self.date_start or day, day)
            self.date_end = max(self.date_end or day, day)

    def to_dict(self) -> dict:
        keys = np.fromiter(self.centroid.keys(), dtype=np.int32, count=len(self.centroid))
        values = np.fromiter(self.centroid.values(), dtype=np.float32, count=len(self.centroid))
        return {"centroid": [_encode(keys, "<i4"), _encode(values, "<f4")], "members": self.members,
                "secondary": self.secondary, "dates": [self.date_start, self.date_end]}

    @classmethod
    def from_dict(cls, d: dict) -> _Cluster:
        keys, values = (_decode(d["centroid"][0], "<i4"), _decode(d["centroid"][1], "<f4"))
        centroid = dict(zip(keys.tolist(), values.tolist()))
        return cls(centroid, sum(v * v for v in centroid.values()), d["members"], d["secondary"], *d["dates"])


# ------------------------------------------------------------------------------- the index


@dataclass
class StoryIndex:
    """Incremental clustering state: vocabulary, document frequencies, stories, members."""

    vocab: dict[str, int] = field(default_factory=dict)
    features: list[str] = field(default_factory=list)  # feature by id
    df: list[int] = field(default_factory=list)
    n_docs: int = 0
    members: dict[str, _Member] = field(default_factory=dict)
    clusters: dict[str, _Cluster] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # entity id -> display name
    _postings: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set), repr=False)

    def story_ids(self) -> list[str]:
        return sorted(self.clusters)

    def stories(self) -> list[Story]:
        return [self.story(sid) for sid in self.story_ids()]

    def story_of(self, article_id: str) -> list[str]:
        """The article's primary story first, then any secondary ones."""
        member = self.members.get(article_id)
        return [member.story, *member.secondary] if member else []

    def story(self, story_id: str) -> Story:
        cluster = self.clusters[story_id]
        ranked = self._ranked(cluster)
        entities = self._key_entities(cluster)
        outlets = Counter(self.members[a].outlet for a in ranked if self.members[a].outlet)
        return Story(
            id=story_id,
            label=self._label(ranked, entities),
            article_ids=ranked,
            date_start=cluster.date_start,
            date_end=cluster.date_end,
            outlets=[o for o, _ in outlets.most_common()],
            key_entities=entities,
        )

    # -- vectors ----------------------------------------------------------------------------

    def observe(self, features: Counter[str]) -> None:
        """Count one article in the document frequencies."""
        self.n_docs += 1
        for feature in features:
            fid = self.vocab.get(feature)
            if fid is None:
                fid = self.vocab[feature] = len(self.features)
                self.features.append(feature)
                self.df.append(0)
            self.df[fid] += 1

    def vectorise(self, features: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sub-linear TF x IDF per channel, the heaviest features of each, unit length."""
        by_channel: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for feature, count in features.items():
            fid = self.vocab.get(feature)
            if fid is None:
                continue
            idf = math.log((self.n_docs + PRIOR_DOCS) / (self.df[fid] + 1))
            channel = feature[0]
            by_channel[channel].append(((1 + math.log(count)) * idf * CHANNEL_WEIGHT[channel], fid))
        kept = [pair for ch, pairs in by_channel.items() for pair in sorted(pairs, reverse=True)[: TOP_FEATURES[ch]]]
        kept.sort(key=lambda pair: pair[1])
        ids = np.array([fid for _, fid in kept], dtype=np.int32)
        weights = np.array([w for w, _ in kept], dtype=np.float32)
        norm = float(np.linalg.norm(weights))
        return ids, (weights / norm if norm > 0 else weights)

    # -- assignment -------------------------------------------------------------------------

    def similarities(self, member: _Member) -> list[tuple[float, str]]:
        """(similarity, story id) for the best candidate stories, best first."""
        shortlist = self._shortlist(zip(member.ids.tolist(), member.weights.tolist()))
        scored = [(self.clusters[sid].cosine(member) * self._time_factor(member, sid), sid) for sid in shortlist]
        return sorted(scored, reverse=True)

    def _shortlist(self, weighted: Iterable[tuple[int, float]], exclude: str | None = None) -> list[str]:
        """The CANDIDATES stories sharing the most weight with `weighted` features.

        Only these are scored in full, which keeps the cost per article bounded however
        large the corpus grows (no comparison with every story).
        """
        partial: dict[str, float] = defaultdict(float)
        for fid, weight in weighted:
            posting = self._postings.get(fid)
            if posting and len(posting) <= MAX_POSTING:
                for sid in posting:
                    partial[sid] += weight
        partial.pop(exclude, None)
        return sorted(partial, key=lambda sid: -partial[sid])[:CANDIDATES]

    def place(self, article_id: str, member: _Member) -> set[str]:
        """Assign a new member to stories; returns the ids of the stories it changed."""
        scored = self.similarities(member)
        if scored and scored[0][0] >= JOIN_THRESHOLD:
            best_sim, best = scored[0]
        else:
            best_sim, best = 1.0, f"story-{article_id}"
            self.clusters[best] = _Cluster()
        member.story = best
        member.secondary = [
            sid for sim, sid in scored[1:2] if sim >= SECONDARY_MIN and sim >= SECONDARY_RATIO * best_sim
        ]
        self.members[article_id] = member
        cluster = self.clusters[best]
        cluster.add(member)
        cluster.members.append(article_id)
        cluster.widen_dates(member.published)
        for sid in member.secondary:
            self.clusters[sid].secondary.append(article_id)
        for fid in member.top_features():
            self._postings[fid].add(best)
        return {best, *member.secondary}

    def _time_factor(self, member: _Member, story_id: str) -> float:
        cluster = self.clusters[story_id]
        return _time_factor((member.published, member.published), (cluster.date_start, cluster.date_end))

    # -- merging ----------------------------------------------------------------------------

    def merge_close(self, story_ids: set[str]) -> set[str]:
        """Merge each of `story_ids` with any story whose centroid is nearly the same.

        Single-pass assignment splits a story when its first articles differ more from
        each other than from the threshold; once each part has a few members, their
        centroids show they are one. Returns the ids of the stories that absorbed others.
        """
        absorbed_into: set[str] = set()
        queue = sorted(story_ids)
        while queue:
            sid = queue.pop()
            if sid not in self.clusters:
                continue
            partner = self._closest_story(sid)
            if partner is None:
                continue
            keep, gone = sorted((sid, partner), key=lambda s: (-len(self.clusters[s].members), s))
            self._absorb(keep, gone)
            absorbed_into.add(keep)
            queue.append(keep)
        return {s for s in absorbed_into if s in self.clusters}

    def _closest_story(self, story_id: str) -> str | None:
        cluster = self.clusters[story_id]
        heaviest = sorted(cluster.centroid.items(), key=lambda kv: -kv[1])[:INDEXED_FEATURES * 2]
        best, best_margin = None, 0.0
        for other in sorted(self._shortlist(heaviest, exclude=story_id)):
            sim = cluster.centroid_cosine(self.clusters[other]) * _time_factor(
                (cluster.date_start, cluster.date_end), (self.clusters[other].date_start, self.clusters[other].date_end)
            )
            margin = sim - _merge_bar(min(len(cluster.members), len(self.clusters[other].members)))
            if margin >= best_margin:
                best, best_margin = other, margin
        return best

    def _absorb(self, keep: str, gone: str) -> None:
        into, source = self.clusters[keep], self.clusters.pop(gone)
        for fid, weight in source.centroid.items():
            into.centroid[fid] = into.centroid.get(fid, 0.0) + weight
        into.norm2 = sum(v * v for v in into.centroid.values())
        into.date_start, into.date_end = into.date_start or source.date_start, into.date_end or source.date_end
        into.widen_dates(source.date_start)
        into.widen_dates(source.date_end)
        for aid in source.members:
            member = self.members[aid]
            member.story = keep
            member.secondary = [s for s in member.secondary if s not in (keep, gone)]
            into.members.append(aid)
            for fid in member.top_features():
                self._postings[fid].add(keep)
                self._postings[fid].discard(gone)
        into.secondary = [a for a in into.secondary if self.members[a].story != keep]
        for aid in source.secondary:
            member = self.members[aid]
            member.secondary = [s for s in member.secondary if s != gone]
            if member.story != keep and keep not in member.secondary:
                member.secondary.append(keep)
                into.secondary.append(aid)

    # -- removal ----------------------------------------------------------------------------

    def drop(self, article_id: str) -> set[str]:
        """Take an article out of its stories; returns the ids of the stories it was in.

        Document frequencies keep counting it: they describe every article seen, and
        recounting would need each article's full feature set, which is not kept.
        """
        member = self.members.pop(article_id, None)
        if member is None:
            return set()
        for sid in member.secondary:
            if sid in self.clusters:
                self.clusters[sid].secondary.remove(article_id)
        cluster = self.clusters[member.story]
        cluster.members.remove(article_id)
        cluster.subtract(member)
        self._rebuild_cluster_meta(member.story)
        return {member.story, *member.secondary}

    def _rebuild_cluster_meta(self, story_id: str) -> None:
        cluster = self.clusters[story_id]
        for posting in self._postings.values():
            posting.discard(story_id)
        if not cluster.members:
            for aid in cluster.secondary:
                self.members[aid].secondary.remove(story_id)
            del self.clusters[story_id]
            return
        cluster.date_start = cluster.date_end = None
        for aid in cluster.members:
            cluster.widen_dates(self.members[aid].published)
            for fid in self.members[aid].top_features():
                self._postings[fid].add(story_id)

    # -- presentation -----------------------------------------------------------------------

    def _ranked(self, cluster: _Cluster) -> list[str]:
        """Members by similarity to the centroid; ties by id for a stable order."""
        scored = [(cluster.cosine(self.members[a]), a) for a in [*cluster.members, *cluster.secondary]]
        return [a for _, a in sorted(scored, key=lambda sa: (-sa[0], sa[1]))]

    def _key_entities(self, cluster: _Cluster, limit: int = 8) -> list[str]:
        features = self.features
        entities = [(w, features[fid][2:]) for fid, w in cluster.centroid.items() if features[fid].startswith("e:")]
        return [e for _, e in sorted(entities, key=lambda we: (-we[0], we[1]))[:limit]]

    def _label(self, ranked: list[str], entities: list[str]) -> str:
        actors = [_strip_article(self.names.get(e) or _display(e)) for e in entities[:2]]
        headline = next((self.members[a].title for a in ranked if self.members[a].title), "")
        if not headline:
            headline = ", ".join(self._top_terms(self.clusters[self.members[ranked[0]].story]))
        return f"{' / '.join(actors)}: {headline}" if actors else headline

    def _top_terms(self, cluster: _Cluster, limit: int = 5) -> list[str]:
        features = self.features
        words = [(w, features[fid][2:]) for fid, w in cluster.centroid.items() if features[fid].startswith("t:")]
        return [t for _, t in sorted(words, reverse=True)[:limit]]

    # -- persistence ------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "features": self.features,
            "df": self.df,
            "n_docs": self.n_docs,
            "members": {aid: m.to_list() for aid, m in self.members.items()},
            "clusters": {sid: c.to_dict() for sid, c in self.clusters.items()},
            "names": self.names,
        }

    @classmethod
    def from_dict(cls, d: dict) -> StoryIndex:
        index = cls(
            vocab={f: i for i, f in enumerate(d["features"])},
            features=list(d["features"]),
            df=list(d["df"]),
            n_docs=d["n_docs"],
            members={aid: _Member.from_list(row) for aid, row in d["members"].items()},
            clusters={sid: _Cluster.from_dict(c) for sid, c in d["clusters"].items()},
            names=dict(d["names"]),
        )
        for aid, member in index.members.items():
            for fid in member.top_features():
                index._postings[fid].add(member.story)
        return index


# ------------------------------------------------------------------------------- public API


def assign_stories(new: list[tuple[Article, ArticleFacts]], index: StoryIndex) -> list[Story]:
    """Add a batch of articles to the stories in `index`; returns every story that changed.

    The whole batch is counted in the document frequencies before any article is placed,
    so one batch is weighted consistently; articles are placed oldest first (undated
    last), as a news stream would have brought them. Articles already placed are skipped.
    """
    fresh = [(a, f) for a, f in new if a.id not in index.members]
    fresh = list({a.id: (a, f) for a, f in fresh}.values())
    features = {a.id: article_features(a, f) for a, f in fresh}
    for article, facts in fresh:
        index.observe(features[article.id])
        _learn_names(index, facts)
    changed: set[str] = set()
    for article, _ in sorted(fresh, key=lambda af: _arrival_key(af[0])):
        ids, weights = index.vectorise(features[article.id])
        member = _Member(ids, weights, article.title or "", article.outlet or "", article.published, story="")
        changed |= index.place(article.id, member)
    changed |= index.merge_close(changed)
    return [index.story(sid) for sid in sorted(changed) if sid in index.clusters]


def remove_article(article_id: str, index: StoryIndex) -> list[Story]:
    """Take a deleted article out of its stories; returns the stories that still exist and changed.

    A story left without members disappears from ``index.story_ids()``.
    """
    changed = index.drop(article_id)
    return [index.story(sid) for sid in sorted(changed) if sid in index.clusters]


def _learn_names(index: StoryIndex, facts: ArticleFacts | None) -> None:
    """Remember the longest surface form of each entity for story labels."""
    if facts is None:
        return
    for mention, key in zip(
        [m for m in facts.mentions if m.entity_id or m.label in NAME_LABELS], entity_keys(facts), strict=True
    ):
        if len(mention.text) > len(index.names.get(key, "")):
            index.names[key] = mention.text


def _arrival_key(article: Article) -> tuple:
    return (article.published is None, article.published or "", article.id)


def _merge_bar(smaller_size: int) -> float:
    """Centroid similarity needed to merge two stories, by the size of the smaller one.

    A centroid of one article is just that article, so it merges as it would have joined;
    averages of more articles are smoother and resemble each other more, so the bar rises.
    """
    share = min(1.0, (smaller_size - 1) / (MERGE_FULL_SIZE - 1))
    return JOIN_THRESHOLD + (MERGE_THRESHOLD - JOIN_THRESHOLD) * share


def _time_factor(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> float:
    """Damping for the days between two date ranges; 1 when either is undated."""
    a_start, a_end, b_start, b_end = (_day(x) for x in (*a, *b))
    if None in (a_start, a_end, b_start, b_end):
        return 1.0
    gap = max((b_start - a_end).days, (a_start - b_end).days, 0)
    return TIME_FLOOR + (1 - TIME_FLOOR) * math.exp(-gap / TIME_SCALE_DAYS)


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _display(entity_id: str) -> str:
    return entity_id.split(":", 1)[-1].replace("-", " ").title()


def _encode(array: np.ndarray, dtype: str) -> str:
    return base64.b64encode(array.astype(dtype).tobytes()).decode("ascii")


def _decode(text: str, dtype: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype).astype(dtype[1:])

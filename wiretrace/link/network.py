"""Who appears with whom: a co-mention network of canonical entities, and a story's cast.

`co_mention_network` links two people, organisations or countries each time one sentence
(or bullet line) names both; an edge's `weight` is the number of such sentences and
`articles` the number of articles they share a sentence in. Per-article entity ids
(a surname, an office such as "role:ukraine-head-of-state") are folded into the merged
entity when the corpus `entities` are given. Demonyms count as their country ("North
Korean troops" names North Korea), following the canonical ids of the link stage.

`to_gexf` writes GEXF 1.3 (Gephi's format) and `to_json` a plain dict of nodes and edges.
`story_entities` ranks a story's entities by mentions and articles, with what each said
in every outlet.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from itertools import combinations

from wiretrace.analyse.timeline import text_units
from wiretrace.link.entities import entities_by_id
from wiretrace.model import Article, ArticleFacts, Entity, Mention, Span, Story

NETWORK_LABELS = ("PERSON", "ORG", "GPE")
_PREFIX_LABEL = {"person": "PERSON", "org": "ORG", "gpe": "GPE"}
GEXF_NAMESPACE = "http://gexf.net/1.3"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class NetworkNode:
    id: str  # canonical Entity.id
    name: str
    label: str  # PERSON, ORG, GPE
    mentions: int
    articles: int


@dataclass
class NetworkEdge:
    source: str
    target: str
    weight: int  # sentences naming both
    articles: int  # articles with at least one such sentence


@dataclass
class CoMentionNetwork:
    nodes: list[NetworkNode] = field(default_factory=list)  # most mentioned first
    edges: list[NetworkEdge] = field(default_factory=list)  # heaviest first


@dataclass
class EntityQuote:
    article_id: str
    outlet: str | None
    span: Span
    text: str
    kind: str


@dataclass
class StoryEntity:
    """One entity of a story: how much it appears and what it said, outlet by outlet."""

    id: str
    name: str
    label: str
    mentions: int
    articles: int
    outlets: list[str]
    quotes: list[EntityQuote]


def co_mention_network(
    articles: list[Article],
    facts: dict[str, ArticleFacts],
    entities: list[Entity] | None = None,
    labels: tuple[str, ...] = NETWORK_LABELS,
) -> CoMentionNetwork:
    """Entities named together in one sentence, over the given articles."""
    resolve = _resolver(entities or [])
    names: dict[str, Counter[str]] = defaultdict(Counter)
    mention_counts: Counter[str] = Counter()
    article_sets: dict[str, set[str]] = defaultdict(set)
    sentence_pairs: Counter[tuple[str, str]] = Counter()
    pair_articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in articles:
        mentions = facts[article.id].mentions if article.id in facts else []
        for sentence_ids in _ids_by_sentence(article.text, mentions, resolve, labels, names, mention_counts):
            for entity_id in sentence_ids:
                article_sets[entity_id].add(article.id)
            for pair in combinations(sorted(sentence_ids), 2):
                sentence_pairs[pair] += 1
                pair_articles[pair].add(article.id)
    nodes = [
        NetworkNode(eid, _display(eid, names[eid], entities), _label_of(eid, resolve), count, len(article_sets[eid]))
        for eid, count in mention_counts.items()
    ]
    edges = [NetworkEdge(a, b, weight, len(pair_articles[(a, b)])) for (a, b), weight in sentence_pairs.items()]
    return CoMentionNetwork(
        nodes=sorted(nodes, key=lambda n: (-n.mentions, n.id)),
        edges=sorted(edges, key=lambda e: (-e.weight, e.source, e.target)),
    )


def _resolver(entities: list[Entity]) -> dict[str, Entity]:
    return entities_by_id(entities) if entities else {}


def _canonical(mention: Mention, resolve: dict[str, Entity]) -> str | None:
    if not mention.entity_id:
        return None
    entity = resolve.get(mention.entity_id)
    return entity.id if entity else mention.entity_id


def _label_of(entity_id: str, resolve: dict[str, Entity]) -> str:
    """The label an id stands for: its prefix ("gpe:" for demonyms too), else the entity's."""
    prefix_label = _PREFIX_LABEL.get(entity_id.split(":", 1)[0])
    if prefix_label:
        return prefix_label
    entity = resolve.get(entity_id)
    return entity.label if entity else entity_id.split(":", 1)[0].upper()


def _ids_by_sentence(
    text: str,
    mentions: list[Mention],
    resolve: dict[str, Entity],
    labels: tuple[str, ...],
    names: dict[str, Counter[str]],
    mention_counts: Counter[str],
) -> list[set[str]]:
    """The network entities of each sentence; counts mentions and surface names on the way."""
    units = text_units(text)
    found: list[set[str]] = [set() for _ in units]
    starts = [u[0] for u in units]
    for mention in mentions:
        entity_id = _canonical(mention, resolve)
        if entity_id is None or _label_of(entity_id, resolve) not in labels:
            continue
        mention_counts[entity_id] += 1
        names[entity_id][mention.text] += 1
        index = _unit_index(starts, units, mention.span.start)
        if index is not None:
            found[index].add(entity_id)
    return found


def _unit_index(starts: list[int], units: list[tuple[int, int, bool]], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < units[i][1] else None


def _display(entity_id: str, names: Counter[str], entities: list[Entity] | None) -> str:
    for entity in entities or []:
        if entity.id == entity_id:
            return entity.name
    return names.most_common(1)[0][0] if names else entity_id


# ----- export -----------------------------------------------------------------------


def to_json(network: CoMentionNetwork) -> dict:
    """Nodes and edges as plain JSON-ready dicts."""
    return {"nodes": [asdict(n) for n in network.nodes], "edges": [asdict(e) for e in network.edges]}


def to_gexf(network: CoMentionNetwork, description: str = "wiretrace co-mention network") -> str:
    """The network as a GEXF 1.3 document (undirected, weighted)."""
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "wiretrace"
    ET.SubElement(meta, "description").text = _xml_safe(description)
    graph = ET.SubElement(root, "graph", {"mode": "static", "defaultedgetype": "undirected"})
    _attributes(graph, "node", [("label", "string"), ("mentions", "integer"), ("articles", "integer")])
    _attributes(graph, "edge", [("articles", "integer")])
    nodes = ET.SubElement(graph, "nodes")
    for node in network.nodes:
        element = ET.SubElement(nodes, "node", {"id": _xml_safe(node.id), "label": _xml_safe(node.name)})
        _values(element, [node.label, node.mentions, node.articles])
    edges = ET.SubElement(graph, "edges")
    for number, edge in enumerate(network.edges):
        element = ET.SubElement(edges, "edge", {
            "id": str(number), "source": _xml_safe(edge.source), "target": _xml_safe(edge.target),
            "weight": str(edge.weight),
        })
        _values(element, [edge.articles])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _attributes(graph: ET.Element, kind: str, columns: list[tuple[str, str]]) -> None:
    block = ET.SubElement(graph, "attributes", {"class": kind})
    for index, (title, value_type) in enumerate(columns):
        ET.SubElement(block, "attribute", {"id": str(index), "title": title, "type": value_type})


def _values(element: ET.Element, values: list[object]) -> None:
    block = ET.SubElement(element, "attvalues")
    for index, value in enumerate(values):
        ET.SubElement(block, "attvalue", {"for": str(index), "value": _xml_safe(str(value))})


def _xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot carry at all (escaping does not help) are dropped."""
    return _XML_INVALID.sub("", text)


# ----- a story's cast ---------------------------------------------------------------


def story_entities(
    story: Story,
    articles: dict[str, Article],
    facts: dict[str, ArticleFacts],
    entities: list[Entity] | None = None,
    labels: tuple[str, ...] = NETWORK_LABELS,
) -> list[StoryEntity]:
    """The story's entities, most mentioned first, with their quotes across outlets."""
    members = [articles[a] for a in story.article_ids if a in articles]
    network = co_mention_network(members, facts, entities, labels)
    resolve = _resolver(entities or [])
    quotes: dict[str, list[EntityQuote]] = defaultdict(list)
    outlets: dict[str, set[str]] = defaultdict(set)
    for article in members:
        article_facts = facts.get(article.id)
        for mention in article_facts.mentions if article_facts else []:
            entity_id = _canonical(mention, resolve)
            if entity_id:
                outlets[entity_id].add(article.outlet or article.id)
        for quote in article_facts.quotes if article_facts else []:
            speaker = resolve.get(quote.speaker_id).id if quote.speaker_id in resolve else quote.speaker_id
            if speaker:
                quotes[speaker].append(EntityQuote(article.id, article.outlet, quote.span, quote.text, quote.kind))
    ranked = sorted(network.nodes, key=lambda n: (-n.mentions, -n.articles, n.id))
    return [
        StoryEntity(n.id, n.name, n.label, n.mentions, n.articles, sorted(outlets[n.id]), quotes.get(n.id, []))
        for n in ranked
    ]

"""Co-mention network: sentence co-occurrence weights, merged ids, GEXF and JSON export."""

import json
import xml.etree.ElementTree as ET

from wiretrace.link.network import co_mention_network, story_entities, to_gexf, to_json
from wiretrace.model import Article, ArticleFacts, Entity, Mention, Quote, Span, Story

NS = {"g": "http://gexf.net/1.3"}


def make_article(aid: str, text: str, outlet: str) -> Article:
    return Article(id=aid, source="test", input_format="text", raw=text, text=text, text_hash=aid, outlet=outlet)


def mention(article: Article, surface: str, label: str, entity_id: str | None, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(surface, start + 1)
    return Mention(Span(article.id, start, start + len(surface)), surface, label, entity_id)


A = make_article("a", "Lena Holt met officials in Chile. Holt praised the Andes Mining Board.\nChile said nothing.", "Ledger")
B = make_article("b", "Chile & Peru talks: Lena Holt said \"progress <real>\" was made.", "Post")
ENTITIES = [
    Entity("person:lena-holt", "Lena Holt", "PERSON", merged_ids=["person:holt"]),
    Entity("gpe:chile", "Chile", "GPE"),
    Entity("gpe:peru", "Peru", "GPE"),
    Entity("org:andes-mining-board", "Andes Mining Board", "ORG"),
]


def facts() -> dict[str, ArticleFacts]:
    quote_start = B.text.index("progress")
    return {
        "a": ArticleFacts("a", mentions=[
            mention(A, "Lena Holt", "PERSON", "person:lena-holt"),
            mention(A, "Chile", "GPE", "gpe:chile"),
            mention(A, "Holt", "PERSON", "person:holt", occurrence=1),
            mention(A, "Andes Mining Board", "ORG", "org:andes-mining-board"),
            mention(A, "Chile", "GPE", "gpe:chile", occurrence=1),
        ]),
        "b": ArticleFacts("b", mentions=[
            mention(B, "Chile", "GPE", "gpe:chile"),
            mention(B, "Peru", "GPE", "gpe:peru"),
            mention(B, "Lena Holt", "PERSON", "person:lena-holt"),
            mention(B, "talks", "EVENT", None),
        ], quotes=[Quote(Span("b", quote_start, quote_start + 15), "progress <real>", "direct", "person:lena-holt")]),
    }


def edges_of(network) -> dict[tuple[str, str], tuple[int, int]]:
    return {(e.source, e.target): (e.weight, e.articles) for e in network.edges}


def test_weights_count_sentences_and_articles_with_merged_ids():
    network = co_mention_network([A, B], facts(), ENTITIES)
    edges = edges_of(network)
    assert edges[("gpe:chile", "person:lena-holt")] == (2, 2)
    assert edges[("org:andes-mining-board", "person:lena-holt")] == (1, 1)
    assert edges[("gpe:chile", "gpe:peru")] == (1, 1)
    assert ("gpe:chile", "org:andes-mining-board") not in edges  # different sentences
    nodes = {n.id: n for n in network.nodes}
    assert nodes["person:lena-holt"].mentions == 3 and nodes["person:lena-holt"].articles == 2
    assert nodes["gpe:chile"].mentions == 3
    assert "person:holt" not in nodes


def test_gexf_parses_and_escapes():
    network = co_mention_network([A, B], facts(), ENTITIES)
    network.nodes[0].name = 'Odd <"name"> & \x01co'
    document = to_gexf(network)
    root = ET.fromstring(document.encode("utf-8"))
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    nodes = root.findall("g:graph/g:nodes/g:node", NS)
    edges = root.findall("g:graph/g:edges/g:edge", NS)
    assert len(nodes) == len(network.nodes) and len(edges) == len(network.edges)
    assert nodes[0].get("label") == 'Odd <"name"> & co'
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    assert sorted(int(e.get("weight")) for e in edges) == sorted(e.weight for e in network.edges)


def test_json_round_trips():
    data = to_json(co_mention_network([A, B], facts(), ENTITIES))
    assert json.loads(json.dumps(data)) == data
    assert {"source", "target", "weight", "articles"} <= data["edges"][0].keys()


def test_story_entities_ranked_with_quotes_across_outlets():
    story = Story("s", "talks", ["a", "b"])
    cast = story_entities(story, {"a": A, "b": B}, facts(), ENTITIES)
    assert [e.id for e in cast[:2]] == ["gpe:chile", "person:lena-holt"]
    holt = cast[1]
    assert holt.outlets == ["Ledger", "Post"]
    assert [q.text for q in holt.quotes] == ["progress <real>"]
    assert B.text[holt.quotes[0].span.start:holt.quotes[0].span.end] == "progress <real>"

"""The presentation layer over a hand-built dossier: HTML, Markdown, JSON and CSV.

The dossier is written by hand from the model dataclasses (no pipeline), so each test
knows exactly which facts exist and where their spans are. One article is hostile: its
title, text, author, outlet and URL carry markup and script, which must never come out
live in any format.
"""

from __future__ import annotations

import csv
import html
import json
import re
import xml.etree.ElementTree as ET

import pytest

from wiretrace.model import (
    Article,
    ArticleFacts,
    Claim,
    Denial,
    DuplicateGroup,
    Entity,
    Event,
    IngestError,
    Mention,
    Quote,
    SourceRef,
    Span,
    Story,
)
from wiretrace.present import annotated, export
from wiretrace.present.dossier import Dossier, anchor_id, sentence_of
from wiretrace.present.html import render_html
from wiretrace.present.markdown import md_article_text, md_inline, render_markdown

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"

HARBOR_TEXT = (
    "Officials in Northland said on Monday that as many as 5,000 soldiers had crossed the border.\n"
    '"We will not retreat one step," General Ada Mirren told reporters in Portvale.\n'
    "According to Reuters, the soldiers arrived by rail on 6 January.\n"
    "The Eastland foreign ministry denied the reports, calling them fabrications."
)
VALLEY_TEXT = (
    "About 8,000 soldiers are now in the border region, General Ada Mirren said on Wednesday.\n"
    "Mirren added that the soldiers arrived by rail on 6 January and were being trained.\n"
    "Eastland officials dismissed reports that soldiers had crossed the border as propaganda."
)
HOSTILE_TEXT = (
    f"Breaking {SCRIPT} news | with pipes | and *stars*.\n"
    f"# Not a heading {IMG}\n"
    "- not a list: up to 9,000 soldiers were seen, a blogger claimed."
)


def span_of(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(article.id, start, start + len(phrase))


def make_article(aid: str, text: str, **meta) -> Article:
    return Article(id=aid, source=f"in/{aid}.txt", input_format="text", raw=text, text=text, text_hash="h" + aid,
                   language="en", **meta)


def build_dossier() -> Dossier:
    harbor = make_article("aaaa000000000001", HARBOR_TEXT, title="Northland reports 5,000 soldiers at border",
                          outlet="Harbor Times", author="Lena Ost", url="https://harbor.example/a1",
                          published="2025-01-10", published_note="meta article:published_time")
    valley = make_article("bbbb000000000002", VALLEY_TEXT, title="8,000 soldiers in border region, general says",
                          outlet="Valley Post", published="2025-01-15")
    copy = make_article("cccc000000000003", VALLEY_TEXT, title="8,000 soldiers in border region (syndicated)",
                        outlet="Wire Digest", published="2025-01-15")
    hostile = make_article("dddd000000000004", HOSTILE_TEXT, title=f"Hostile {SCRIPT}", outlet=f"Evil{IMG}",
                           author="Mallory | Eve", url=JS_URL, published=None, published_note="no date on page")
    mirren = "person:ada-mirren"
    facts = {
        harbor.id: ArticleFacts(
            article_id=harbor.id,
            mentions=[Mention(span_of(harbor, "Northland"), "Northland", "GPE", "gpe:northland"),
                      Mention(span_of(harbor, "Ada Mirren"), "Ada Mirren", "PERSON", mirren),
                      Mention(span_of(harbor, "Reuters"), "Reuters", "ORG", "org:reuters")],
            quotes=[Quote(span_of(harbor, "We will not retreat one step,"), "We will not retreat one step,", "direct",
                          mirren, "Ada Mirren", span_of(harbor, "Ada Mirren"), "told")],
            claims=[Claim(span_of(harbor, HARBOR_TEXT.splitlines()[0]), "as many as 5,000", 5000.0, hedge="as many as",
                          counted="soldiers", unit_class="people", asserter_id="gpe:northland",
                          asserter_name="Northland officials", date="2025-01-06",
                          value_span=span_of(harbor, "as many as 5,000"))],
            denials=[Denial(span_of(harbor, HARBOR_TEXT.splitlines()[3]), "denial", "denied",
                            "gpe:eastland", "Eastland foreign ministry", "the reports")],
            sources=[SourceRef(span_of(harbor, "According to Reuters"), "reuters", "Reuters", "wire", "according to")],
            events=[Event(span_of(harbor, "the soldiers arrived by rail on 6 January"), "soldiers arrived by rail",
                          "2025-01-06", "2025-01-06", "day", "6 January", actors=[mirren])],
        ),
        valley.id: ArticleFacts(
            article_id=valley.id,
            mentions=[Mention(span_of(valley, "Ada Mirren"), "Ada Mirren", "PERSON", mirren),
                      Mention(span_of(valley, "Mirren added"), "Mirren", "PERSON", mirren)],
            quotes=[Quote(span_of(valley, "About 8,000 soldiers are now in the border region"),
                          "About 8,000 soldiers are now in the border region", "indirect", mirren, "Ada Mirren",
                          span_of(valley, "Ada Mirren"), "said")],
            claims=[Claim(span_of(valley, VALLEY_TEXT.splitlines()[0]), "About 8,000", 8000.0, hedge="about",
                          counted="soldiers", unit_class="people", asserter_id=mirren, asserter_name="Ada Mirren",
                          date="2025-01-13")],
            denials=[Denial(span_of(valley, VALLEY_TEXT.splitlines()[2]), "denial", "dismissed ... as propaganda",
                            "gpe:eastland", "Eastland officials", "reports that soldiers had crossed the border")],
            events=[Event(span_of(valley, "the soldiers arrived by rail on 6 January"), "soldiers arrived by rail",
                          "2025-01-06", "2025-01-06", "day", "6 January", actors=[mirren])],
        ),
        hostile.id: ArticleFacts(
            article_id=hostile.id,
            claims=[Claim(span_of(hostile, "up to 9,000 soldiers were seen, a blogger claimed."), "up to 9,000", 9000.0,
                          hedge="up to", counted=f"soldiers {SCRIPT}", unit_class="people", asserter_name=f"blog{IMG}",
                          date="2025-01-14")],
            quotes=[Quote(span_of(hostile, f"news | with pipes"), f"news | with pipes", "indirect",
                          speaker_id="person:not-in-the-entity-list", speaker_name=f"Mallory {SCRIPT}")],
            sources=[SourceRef(span_of(hostile, "Breaking"), "evil-wire", f"Evil {SCRIPT} wire", "other", "Source:")],
        ),
    }
    entities = [
        Entity(mirren, "Ada Mirren", "PERSON", ["Ada Mirren", "Mirren"], {harbor.id: 1, valley.id: 2}),
        Entity("gpe:northland", "Northland", "GPE", ["Northland"], {harbor.id: 1}),
        Entity("org:reuters", "Reuters", "ORG", [f"Reuters{SCRIPT}"], {harbor.id: 1}),
    ]
    story = Story("story-1", "Soldiers at the Northland border", [harbor.id, valley.id, copy.id],
                  "2025-01-06", "2025-01-15", ["Harbor Times", "Valley Post", "Wire Digest"], [mirren, "gpe:northland", "org:unlisted"])
    return Dossier(
        title="Test dossier",
        generated_at="2025-02-01T00:00:00+00:00",
        articles=[harbor, valley, copy, hostile],
        facts=facts,
        entities=entities,
        duplicate_groups=[DuplicateGroup("dup-1", [valley.id, copy.id], "exact")],
        stories=[story],
        comparisons={},
        errors=[IngestError(f"in/bad{SCRIPT}.txt", "empty file")],
    )


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return build_dossier()


@pytest.fixture(scope="module")
def page(dossier) -> str:
    return render_html(dossier)


def all_spans(d: Dossier) -> list[Span]:
    return [
        fact.span
        for facts in d.facts.values()
        for kind in ("mentions", "quotes", "claims", "denials", "sources", "events")
        for fact in getattr(facts, kind)
    ]


# ---------------------------------------------------------------- fixture sanity


def test_fixture_spans_cover_what_they_claim(dossier):
    by_id = {a.id: a for a in dossier.articles}
    for facts in dossier.facts.values():
        for quote in facts.quotes:
            assert quote.span.text_in(by_id[quote.span.article_id].text) == quote.text
    harbor = dossier.articles[0]
    claim = dossier.facts[harbor.id].claims[0]
    assert claim.value_span.text_in(harbor.text) == "as many as 5,000"


# ---------------------------------------------------------------- HTML security


def test_html_escapes_every_hostile_string(page):
    assert SCRIPT not in page
    assert "<img" not in page
    assert "onerror=alert(1)>" not in page
    assert html.escape(SCRIPT, quote=False) in page
    assert html.escape(IMG) in page or html.escape(IMG, quote=False) in page


def test_headline_quotes_stay_literal_in_element_text(dossier):
    from dataclasses import replace

    harbor = replace(dossier.articles[0], title='Northland\'s "border" <b>news</b>')
    page = render_html(replace(dossier, articles=[harbor, *dossier.articles[1:]]))
    assert html.escape(harbor.title, quote=False) in page
    assert "<b>news</b>" not in page
    assert 'title="Northland&#39;s &#34;border&#34; &lt;b&gt;news&lt;/b&gt;"' in page  # attributes stay fully escaped


def test_html_never_links_javascript_urls(page):
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs
    assert all(h.startswith("#") or h.startswith("https://") or h.startswith("http://") for h in hrefs)
    assert 'href="https://harbor.example/a1"' in page
    assert "javascript:alert(document.cookie)" in page  # shown as inert text only
    assert not any("javascript" in h.lower() for h in hrefs)


def test_html_only_script_is_the_inline_details_opener_pinned_by_csp(page):
    import base64
    import hashlib

    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 1 and "openTarget" in scripts[0]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline'; img" not in csp.split("script-src")[1]


# ---------------------------------------------------------------- HTML anchors and content


def test_every_fact_span_has_an_anchor_and_every_link_resolves(page, dossier):
    ids = set(re.findall(r'id="([^"]+)"', page))
    for span in all_spans(dossier):
        assert anchor_id(span) in ids, span
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets, "the report links into the article texts"
    assert targets <= ids, targets - ids


def test_links_from_claims_quotes_and_events_jump_to_their_spans(page, dossier):
    harbor = dossier.articles[0]
    facts = dossier.facts[harbor.id]
    for fact in (facts.claims[0], facts.quotes[0], facts.events[0], facts.denials[0]):
        assert f'href="#{anchor_id(fact.span)}"' in page


def test_ids_are_unique(page):
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_overlapping_spans_render_as_non_overlapping_segments(dossier):
    harbor = dossier.articles[0]
    segs = annotated.segments(harbor, dossier.facts[harbor.id])
    assert "".join(s.text for s in segs) == harbor.text
    covered = {k for s in segs for k in s.kinds}
    assert covered == {"entity", "quote", "claim", "denial", "source", "event"}
    quote_with_entity = [s for s in segs if "quote" in s.kinds and "entity" in s.kinds]
    assert not quote_with_entity  # the speaker's name is outside the quote
    claim_and_entity = [s for s in segs if {"claim", "entity"} <= set(s.kinds)]
    assert [s.text for s in claim_and_entity] == ["Northland"]


def test_article_text_keeps_exact_characters_between_marks(page, dossier):
    harbor = dossier.articles[0]
    start = page.index(f'id="art-{harbor.id}"')
    body = page[page.index('<div class="text">', start) : page.index("</div>", page.index('<div class="text">', start))]
    plain = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert plain.removeprefix('<div class="text">') == harbor.text


def test_story_section_has_chart_claims_denials_timeline_and_duplicates(page):
    story = page[page.index('id="story-story-1"') : page.index('id="who-said-what"')]
    assert "Soldiers at the Northland border" in story
    assert "as many as 5,000" in story and "About 8,000" in story
    assert "Eastland foreign ministry" in story
    assert "2025-01-06" in story and "soldiers arrived by rail" in story
    assert "exact copies" in story and "Wire Digest" in story
    assert "Reuters" in story
    assert "Ada Mirren" in story and "We will not retreat one step" in story


def test_story_chart_is_well_formed_svg_with_a_marker_per_dated_figure(page):
    svgs = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert svgs
    root = ET.fromstring(svgs[0])
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    texts = [t.text or "" for t in root.iter(f"{ns}text")]
    assert any("Jan 2025" in t or "2025" in t for t in texts), texts
    assert any("asserted by" in t for t in texts)
    links = [a for a in root.iter(f"{ns}a")]
    assert len(links) == 2  # the story's two dated soldier counts (the copy's claim is its article's)
    shapes = {child.tag for a in links for child in a if child.tag != f"{ns}title"}
    assert f"{ns}polygon" in shapes  # "more than" and "about" are hedges, drawn as triangles/diamonds


def test_corroboration_counts_duplicates_once(dossier):
    from wiretrace.present import views
    from wiretrace.present.dossier import DossierIndex

    ix = DossierIndex(dossier)
    dossier.facts["cccc000000000003"] = ArticleFacts(
        article_id="cccc000000000003",
        claims=[Claim(span_of(dossier.articles[2], VALLEY_TEXT.splitlines()[0]), "About 8,000", 8000.0, hedge="about",
                      counted="soldiers", unit_class="people", date="2025-01-13")],
    )
    try:
        rows = views.claim_rows(ix, [a.id for a in dossier.articles])
    finally:
        del dossier.facts["cccc000000000003"]
    eight = [r for r in rows if r.claim.value == 8000]
    assert len(eight) == 2 and all(r.same_figure == 1 for r in eight)


def test_denials_are_set_against_the_assertions_they_dispute(dossier):
    from wiretrace.present import views
    from wiretrace.present.dossier import DossierIndex

    ix = DossierIndex(dossier)
    view = views.story_view(ix, dossier.stories[0])
    by_cue = {row.cue: row for row in view.denials}
    dismissal = by_cue["dismissed ... as propaganda"]
    harbor_claim = dossier.facts["aaaa000000000001"].claims[0]
    assert harbor_claim.span in [ref.span for ref in dismissal.contested]
    assert dismissal.quantities == ["soldiers"]
    assert by_cue["denied"].contested == []  # "the reports" names no quantity


def test_unknown_publication_date_shows_the_note(page):
    assert "unknown: no date on page" in page


def test_ingest_errors_listed_escaped(page):
    assert "empty file" in page
    assert "in/bad&lt;script&gt;" in page


def test_large_corpus_collapses_articles_and_caps_tables():
    d = build_dossier()
    base = d.articles[0]
    many = [make_article(f"{i:016x}", base.text, title=f"Copy {i}", outlet=f"Outlet {i % 7}", published="2025-01-10")
            for i in range(260)]
    d.articles = many
    d.facts = {a.id: ArticleFacts(a.id, claims=[Claim(Span(a.id, 0, 20), "5,000", 5000.0, counted="soldiers")])
               for a in many}
    d.stories, d.duplicate_groups = [], []
    page = render_html(d)
    assert "<details open>" not in page
    assert "Showing 200 of 260;" in page
    assert page.count('class="doc"') == 260


def test_story_disagreement_from_the_comparison_is_shown(page):
    story = page[page.index('id="story-story-1"') : page.index('id="who-said-what"')]
    disagreements = story[story.index("<h4>Disagreements</h4>") : story.index("<h4>Denials vs assertions</h4>")]
    assert "as many as 5,000" in disagreements and "About 8,000" in disagreements
    assert "7 days apart" in disagreements


def test_a_supplied_comparison_is_rendered_not_recomputed(dossier):
    from dataclasses import replace

    from wiretrace.analyse.compare import compare_story

    story = dossier.stories[0]
    comparison = compare_story(story, {a.id: a for a in dossier.articles}, dossier.facts, dossier.duplicate_groups)
    comparison.claim_groups[0].quantity = f"troops at the crossing {SCRIPT}"
    page = render_html(replace(dossier, comparisons={story.id: comparison}))
    assert html.escape(f"troops at the crossing {SCRIPT}", quote=False) in page
    assert SCRIPT not in page


# ---------------------------------------------------------------- Markdown


def test_markdown_has_claims_table_and_sections(dossier):
    md = render_markdown(dossier)
    assert "| Figure | What is counted | Hedge | Asserted by | Date | Outlet | Same figure | Sentence |" in md
    assert "as many as 5,000" in md and "About 8,000" in md
    for heading in ("## Corpus overview", "## Stories", "## Who said what", "## Numeric claims",
                    "## Denials and unverified reports", "## Timeline", "## Entities", "## Articles"):
        assert heading in md


def test_markdown_tables_keep_their_shape_with_hostile_cells(dossier):
    md = render_markdown(dossier)
    lines = md.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| Figure |"))
    columns = lines[header].count(" | ") + 1
    for line in lines[header + 2 :]:
        if not line.startswith("|"):
            break
        assert len(re.split(r"(?<!\\)\|", line.strip())) - 2 == columns, line
    assert not re.search(r"(?<!\\)<(script|img|/script)", md), "raw HTML must be backslash-escaped"
    assert "](javascript" not in md and "<javascript" not in md


def test_markdown_links_resolve_to_anchors_at_each_fact(dossier):
    md = render_markdown(dossier)
    ids = set(re.findall(r'<a id="([^"]+)"></a>', md))
    for facts in dossier.facts.values():
        for fact in [*facts.quotes, *facts.claims, *facts.denials, *facts.sources, *facts.events]:
            assert anchor_id(fact.span) in ids
    targets = set(re.findall(r"\]\(#([^) ]+)", md))
    assert targets and targets <= ids | {"corpus-overview", "stories", "who-said-what", "numeric-claims",
                                         "denials-and-unverified-reports", "sources-by-article", "timeline",
                                         "entities", "articles"}, targets - ids


def test_markdown_escapes_inline_and_block_markup():
    assert md_inline("a | b\nc") == r"a \| b c"
    assert md_inline("<script>") == r"\<script\>"
    assert md_inline("AT&T &amp; co!") == r"AT&T \&amp; co!"
    text = "# heading\n- item\n1. one\n> quote\nplain *text*"
    block = md_article_text(make_article("e" * 16, text), ArticleFacts("e" * 16))
    assert block.splitlines() == [r"\# heading", "", r"\- item", "", r"1\. one", "", r"\> quote", "", r"plain \*text\*"]


# ---------------------------------------------------------------- JSON


def test_json_round_trips_with_spans(dossier):
    data = json.loads(export.to_json_text(dossier))
    assert data == json.loads(json.dumps(export.to_json(dossier)))
    assert [a["id"] for a in data["articles"]] == [a.id for a in dossier.articles]
    assert "raw" not in data["articles"][0]
    claim = data["facts"]["aaaa000000000001"]["claims"][0]
    assert claim["span"] == {"article_id": "aaaa000000000001", "start": 0, "end": len(HARBOR_TEXT.splitlines()[0])}
    text = data["articles"][0]["text"]
    quote = data["facts"]["aaaa000000000001"]["quotes"][0]
    assert text[quote["span"]["start"] : quote["span"]["end"]] == quote["text"]
    assert data["stories"][0]["article_ids"][0] == "aaaa000000000001"
    assert data["errors"][0]["reason"] == "empty file"


def test_json_text_is_stable(dossier):
    assert export.to_json_text(dossier) == export.to_json_text(build_dossier())


# ---------------------------------------------------------------- CSV


def test_csv_files_parse_with_the_right_rows(dossier, tmp_path):
    paths = export.write_csv(dossier, tmp_path / "csv")
    names = {p.name for p in paths}
    assert names == {f"{n}.csv" for n in ("articles", "entities", "quotes", "claims", "denials", "sources", "events", "stories")}
    tables = {p.stem: list(csv.DictReader(p.open(encoding="utf-8", newline=""))) for p in paths}
    assert len(tables["articles"]) == 4
    assert len(tables["claims"]) == 3 and len(tables["quotes"]) == 3
    assert len(tables["denials"]) == 2 and len(tables["sources"]) == 2 and len(tables["events"]) == 2
    assert len(tables["entities"]) == 3 and len(tables["stories"]) == 1
    by_id = {a.id: a for a in dossier.articles}
    for kind in ("quotes", "claims", "denials", "sources", "events"):
        for row in tables[kind]:
            text = by_id[row["article_id"]].text
            start, end = int(row["start"]), int(row["end"])
            assert row["span_text"] == text[start:end]
            assert row["span_text"] in row["sentence"] or " ".join(row["span_text"].split()) in row["sentence"]
    hostile_quote = next(r for r in tables["quotes"] if r["article_id"] == "dddd000000000004")
    assert hostile_quote["text"] == "news | with pipes" and hostile_quote["speaker_name"] == f"Mallory {SCRIPT}"
    assert tables["stories"][0]["article_ids"] == "aaaa000000000001; bbbb000000000002; cccc000000000003"


def test_sentence_of_expands_to_the_whole_sentence():
    text = 'First one. He said "we stay" today. Last.'
    start = text.index("we stay")
    assert sentence_of(text, Span("x", start, start + 7)) == 'He said "we stay" today.'
    assert sentence_of(text, Span("x", 0, len("First one."))) == "First one."
    assert sentence_of("Line one\nLine two", Span("x", 9, 13)) == "Line two"


def test_html_page_parses_as_html(page):
    from html.parser import HTMLParser

    class Depth(HTMLParser):
        VOID = {"meta", "br", "img", "input", "link", "hr", "line", "circle", "polygon", "path", "polyline"}

        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag not in self.VOID:
                self.stack.append(tag)

        def handle_startendtag(self, tag, attrs):
            pass

        def handle_endtag(self, tag):
            assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
            self.stack.pop()

    parser = Depth()
    parser.feed(page)
    assert parser.stack == []

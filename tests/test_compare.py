"""Story comparison: claim groups, corroboration, disagreements, denials, merged timeline."""

from wiretrace.analyse.compare import (
    ClaimRef,
    compare_story,
    range_gap,
    story_reference,
    value_range,
)
from wiretrace.model import (
    Article,
    ArticleFacts,
    Claim,
    Denial,
    DuplicateGroup,
    Event,
    SourceRef,
    Span,
    Story,
)


def make_article(aid: str, text: str, outlet: str | None, published: str | None) -> Article:
    return Article(id=aid, source="test", input_format="text", raw=text, text=text, text_hash=aid,
                   outlet=outlet, published=published)


def span_of(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(article.id, start, start + len(phrase))


def claim(article: Article, sentence: str, number: str, value: float, counted: str, hedge: str | None = None,
          asserter: str | None = None) -> Claim:
    sentence_span = span_of(article, sentence)
    number_start = article.text.index(number, sentence_span.start)
    return Claim(span=sentence_span, value_text=number, value=value, hedge=hedge, counted=counted,
                 unit_class="people", asserter_id=asserter, asserter_name=asserter,
                 value_span=Span(article.id, number_start, number_start + len(number)))


A_TEXT = "Officials said around 11,000 North Korean soldiers are training in Russia."
B_TEXT = "Over 12,000 troops from the DPRK are now in Russia, the envoy said."
D_TEXT = "Some 3,000 North Korean soldiers are in Russia, a think tank estimated."
E_TEXT = "At least 500 Russian soldiers were killed in the assault on the town."
F_TEXT = "Pyongyang has sent 11,500 soldiers to Russia, according to North Korea watchers at the agency."
K_TEXT = "The Kremlin dismissed reports of North Korean troops as disinformation."


def corpus():
    a = make_article("a", A_TEXT, "Daily Ledger", "2024-10-18")
    c = make_article("c", A_TEXT, "Metro Post", "2024-10-18")  # syndicated copy of a
    b = make_article("b", B_TEXT, "Wire Weekly", "2024-10-25")
    d = make_article("d", D_TEXT, "Harbour Times", "2024-10-20")
    e = make_article("e", E_TEXT, "Harbour Times", "2024-10-21")
    f = make_article("f", F_TEXT, "Evening Star", "2024-10-19")
    k = make_article("k", K_TEXT, "Evening Star", None)
    facts = {
        "a": ArticleFacts("a", claims=[claim(a, A_TEXT, "around 11,000", 11000, "North Korean soldiers", "around",
                                             "person:officials")]),
        "c": ArticleFacts("c", claims=[claim(c, A_TEXT, "around 11,000", 11000, "North Korean soldiers", "around",
                                             "person:officials")]),
        "b": ArticleFacts("b", claims=[claim(b, B_TEXT, "Over 12,000", 12000, "troops from the DPRK", "over",
                                             "person:envoy")]),
        "d": ArticleFacts("d", claims=[claim(d, D_TEXT, "Some 3,000", 3000, "North Korean soldiers", "some")]),
        "e": ArticleFacts("e", claims=[claim(e, E_TEXT, "At least 500", 500, "Russian soldiers", "at least")]),
        "f": ArticleFacts("f", claims=[claim(f, F_TEXT, "11,500", 11500, "soldiers")],
                          sources=[SourceRef(span_of(f, "North Korea watchers"), "nk-watch", "North Korea watchers",
                                             "media", "according to")]),
        "k": ArticleFacts("k", denials=[Denial(span_of(k, K_TEXT), "denial", "dismissed ... as disinformation",
                                               "gpe:russia", "The Kremlin", "reports of North Korean troops")]),
    }
    articles = {x.id: x for x in (a, b, c, d, e, f, k)}
    story = Story("s1", "troops", ["a", "b", "c", "d", "e", "f", "k"])
    groups = [DuplicateGroup("g1", ["a", "c"], "syndicated")]
    return story, articles, facts, groups


def test_claims_about_one_quantity_group_together():
    comparison = compare_story(*corpus())
    groups = {g.quantity: g for g in comparison.claim_groups}
    troops = comparison.claim_groups[0]
    assert sorted(r.article_id for r in troops.claims) == ["a", "b", "c", "d", "f"]
    assert "gpe:north-korea" in troops.key_terms and troops.key_terms[0] == "troops"
    killed = [g for g in groups.values() if "e" in {r.article_id for r in g.claims}]
    assert len(killed) == 1 and "killed" in killed[0].key_terms and len(killed[0].claims) == 1



def test_figures_without_a_counted_thing_are_not_compared():
    story, articles, facts, groups = corpus()
    loose = make_article("m", "The ministry put the bill at $1.3 billion, London said.", "Metro Post", "2024-10-19")
    other = make_article("n", "Costs reached $28 billion this year.", "Wire Weekly", "2024-10-19")
    for article, number, value in ((loose, "$1.3 billion", 1.3e9), (other, "$28 billion", 2.8e10)):
        figure = claim(article, article.text, number, value, "")
        figure.counted, figure.unit_class = None, "money"
        facts[article.id] = ArticleFacts(article.id, claims=[figure])
        articles[article.id] = article
        story.article_ids.append(article.id)
    comparison = compare_story(story, articles, facts, groups)
    grouped = {r.article_id for g in comparison.claim_groups for r in g.claims}
    assert not grouped & {"m", "n"}
    assert all(g.quantity for g in comparison.claim_groups)

def test_corroboration_counts_syndicated_copies_once():
    troops = compare_story(*corpus()).claim_groups[0]
    # a and c are one report: Daily Ledger, Wire Weekly, Harbour Times, Evening Star
    assert troops.independent_outlets == 4
    # officials, the envoy, Harbour Times' own figure, the cited watchers
    assert troops.independent_sources == 4


def test_series_is_dated_and_sorted_without_copies():
    troops = compare_story(*corpus()).claim_groups[0]
    assert [(p.date, p.value) for p in troops.series] == [
        ("2024-10-18", 11000), ("2024-10-19", 11500), ("2024-10-20", 3000), ("2024-10-25", 12000),
    ]


def test_disagreements_are_close_in_time_and_far_apart_in_value():
    troops = compare_story(*corpus()).claim_groups[0]
    pairs = {(d.first.article_id, d.second.article_id) for d in troops.disagreements}
    assert pairs == {("a", "d"), ("f", "d"), ("d", "b")}
    assert all(d.days_apart <= 14 for d in troops.disagreements)


def test_ranges_overlap_means_agreement():
    def ref(value, hedge=None, value_max=None):
        return ClaimRef("x", 0, Span("x", 0, 1), "", value, value_max, hedge, None, None, None, None, None, "x")

    assert range_gap(value_range(ref(12000, "over")), value_range(ref(15000))) == 0.0
    assert range_gap(value_range(ref(10000, None, 12000)), value_range(ref(11000))) == 0.0
    assert round(range_gap(value_range(ref(10000)), value_range(ref(12000))), 2) == 0.2
    assert range_gap(value_range(ref(5000, "up to")), value_range(ref(4000))) == 0.0


def test_denial_is_set_against_the_assertions_it_targets():
    comparison = compare_story(*corpus())
    (conflict,) = comparison.denials_vs_assertions
    troops = comparison.claim_groups[0]
    assert conflict.group_ids == [troops.id]
    assert {r.article_id for r in conflict.assertions} == {"a", "b", "c", "d", "f"}


def test_first_reported_and_reference_date():
    story, articles, facts, groups = corpus()
    comparison = compare_story(story, articles, facts, groups)
    assert comparison.first_reported_by.article_id in {"a", "c"}
    assert comparison.reference_date == story_reference(list(articles.values())).isoformat() == "2024-10-19"


def event(article: Article, sentence: str, date_text: str, start: str, actors: list[str]) -> Event:
    return Event(span_of(article, sentence), sentence, start, start, "day", date_text, actors)


def test_timeline_merges_same_event_and_keeps_all_sources():
    early = make_article("x", "On 8 October the minister said troops had crossed the border.", "Ledger", "2024-10-09")
    late = make_article("y", "The minister said on 8 October that troops crossed the border.", "Post", "2024-10-12")
    other = make_article("z", "On 8 October a storm closed the port.", "Post", "2024-10-12")
    undated = make_article("u", "• 8 October: The minister said troops crossed the border near the river", None, None)
    facts = {
        "x": ArticleFacts("x", events=[event(early, early.text, "On 8 October", "2024-10-08", ["person:minister"])]),
        "y": ArticleFacts("y", events=[event(late, late.text, "on 8 October", "2024-10-08", ["person:minister"])]),
        "z": ArticleFacts("z", events=[event(other, other.text, "On 8 October", "2024-10-08", [])]),
        "u": ArticleFacts("u"),
    }
    articles = {a.id: a for a in (early, late, other, undated)}
    comparison = compare_story(Story("s", "border", ["y", "z", "x", "u"]), articles, facts, [])
    merged = comparison.timeline
    assert len(merged) == 2
    crossing = next(m for m in merged if "troops" in m.description)
    assert [s.article_id for s in crossing.sources] == ["x", "y", "u"]
    assert crossing.first_reported_by == "Ledger"
    redated = next(s for s in crossing.sources if s.article_id == "u")
    assert redated.event_index is None and undated.text[redated.span.start:redated.span.end].startswith("8 October")
    assert {aid: (b.bound, b.date_start) for aid, b in comparison.publication_bounds.items()} == {
        "u": ("after", "2024-10-08")}


def test_undated_article_figure_is_placed_by_its_publication_bound_but_not_compared():
    dated = make_article("p", "On 2 May officials said 400 volunteers had joined the rescue.", "Ledger", "2024-05-06")
    undated = make_article("q", "Rescue teams were formed on 4 May 2024. Some 900 volunteers joined the rescue effort.",
                           "Post", None)
    facts = {
        "p": ArticleFacts("p", claims=[claim(dated, dated.text, "400", 400, "volunteers")]),
        "q": ArticleFacts("q", claims=[claim(undated, "Some 900 volunteers joined the rescue effort.", "Some 900", 900,
                                             "volunteers", "some")]),
    }
    comparison = compare_story(Story("s", "rescue", ["p", "q"]), {"p": dated, "q": undated}, facts, [])
    (group,) = comparison.claim_groups
    assert [(p.date, p.value, p.date_bound) for p in group.series] == [
        ("2024-05-04", 900, "after"), ("2024-05-06", 400, None),
    ]
    assert group.disagreements == []  # the 900 has no known date to compare with


def test_a_figure_stated_twice_in_one_report_is_charted_once_under_its_asserter():
    text = "Over 11,000 soldiers are training. The spy chief said around 11,000 soldiers are training."
    article = make_article("l", text, "Ledger", "2024-10-30")
    lede = claim(article, "Over 11,000 soldiers are training.", "Over 11,000", 11000, "soldiers", "over")
    attributed = claim(article, "The spy chief said around 11,000 soldiers are training.", "around 11,000", 11000,
                       "soldiers", "around", "person:spy-chief")
    facts = {"l": ArticleFacts("l", claims=[lede, attributed])}
    comparison = compare_story(Story("s", "troops", ["l"]), {"l": article}, facts, [])
    (group,) = comparison.claim_groups
    assert [(p.value, p.label) for p in group.series] == [(11000, "person:spy-chief")]

"""Story comparison over the five seed articles (skipped when ../shared is absent).

The figures are placed by hand at the seed sentences that state them (the claim extractor
is tested on its own); the test checks grouping, series order and the story timeline,
which re-dates the three undated seeds against the story's reference date.
"""

from pathlib import Path

import pytest

from wiretrace.analyse.compare import compare_story
from wiretrace.analyse.timeline import extract_events
from wiretrace.model import Article, ArticleFacts, Claim, Span, Story

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
PUBLISHED = {"000": "2025-02-02", "001": "2025-01-09"}  # the others carry no date


def seed_articles() -> dict[str, Article]:
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not present")
    articles = {}
    for path in sorted(SEEDS.glob("*.txt")):
        key, text = path.name[:3], path.read_text(encoding="utf-8")
        articles[key] = Article(id=key, source=str(path), input_format="text", raw=text, text=text,
                                text_hash=key, outlet=f"outlet-{key}", published=PUBLISHED.get(key))
    return articles


def figure(article: Article, number: str, value: float, counted: str, hedge: str | None, asserter: str) -> Claim:
    at = article.text.index(number)
    start, end = article.text.rfind("\n", 0, at) + 1, article.text.find("\n", at)
    return Claim(Span(article.id, start, end), number, value, hedge=hedge, counted=counted, unit_class="people",
                 asserter_id=asserter, asserter_name=asserter, value_span=Span(article.id, at, at + len(number)))


@pytest.fixture(scope="module")
def comparison():
    from wiretrace.nlp import annotate

    articles = seed_articles()
    facts = {}
    for key, article in articles.items():
        ann = annotate(article)
        facts[key] = ArticleFacts(key, mentions=ann.mentions, events=extract_events(ann))
    facts["001"].claims = [figure(articles["001"], "over 12,000", 12000, "North Korean troops", "over", "envoy")]
    facts["003"].claims = [figure(articles["003"], "around 11,000", 11000, "North Korean soldiers", "around", "spy")]
    facts["004"].claims = [figure(articles["004"], "10,000", 10000, "soldiers from various branches", None, "president")]
    return compare_story(Story("s", "seeds", list(articles)), articles, facts, [])


def test_troop_figures_form_one_group(comparison):
    (group,) = comparison.claim_groups
    assert sorted(r.value for r in group.claims) == [10000, 11000, 12000]
    assert group.independent_outlets == 3 and group.independent_sources == 3


def test_series_places_the_undated_early_figure_by_its_bound(comparison):
    (group,) = comparison.claim_groups
    # 004 reports "early October" events, so its 10,000 sits at its lower bound; 003 states
    # no past date but still expects deployment "by 1 November": it appeared before that.
    assert [(p.value, p.date, p.date_bound) for p in group.series] == [
        (10000, "2024-10-01", "after"), (11000, "2024-11-01", "before"), (12000, "2025-01-09", None)]


def test_story_timeline_dates_the_undated_bullets(comparison):
    assert comparison.reference_date == "2025-01-09"
    by_text = {(m.date_text, m.date_start) for m in comparison.timeline}
    assert {("18 June", "2024-06-18"), ("4 October", "2024-10-04"), ("11 October", "2024-10-11"),
            ("by 1 November", "2024-11-01")} <= by_text
    june = next(m for m in comparison.timeline if m.date_text == "18 June")
    assert june.dated_by_story and june.sources[0].article_id == "002"
    bound = comparison.publication_bounds["002"]
    assert (bound.bound, bound.date_start) == ("after", "2024-10-11")

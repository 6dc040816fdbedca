"""The five real seed articles, end to end through the API (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace import Wiretrace

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds not present")

EXPECTED = {  # file prefix -> (title start, author, published)
    "000": ("North Korea's war experience threatens global security", None, "2025-02-02T18:15"),
    "001": ("North Korea is gaining combat experience in Ukraine", "Ivan Diakonov", "2025-01-09T04:47"),
    "002": ("Zelenskyy warns: North Korean troops join Russia", None, None),
    "003": ("Ukraine demands global response to North Korea", None, None),
    "004": ("North Korea trains soldiers for war against Ukraine", "Liliana Oleniak", None),
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    wt = Wiretrace(tmp_path_factory.mktemp("seeds") / "seeds.db")
    wt.build([SEEDS])
    yield wt
    wt.close()


def by_file(wt: Wiretrace) -> dict[str, object]:
    return {Path(a.source).name[:3]: a for a in wt.articles()}


def test_five_clean_articles_with_their_metadata(seeds):
    articles = by_file(seeds)
    assert sorted(articles) == sorted(EXPECTED)
    for key, (title, author, published) in EXPECTED.items():
        article = articles[key]
        assert article.title.startswith(title)
        assert article.author == author
        assert article.published == published
        assert published or article.published_note  # an absent date says why
        assert article.language == "en"
        for debris in ("client/title.list_title", "Read also", "Become a Patron", "Visited 2 times", "North KoreaUNUSAwar"):
            assert debris not in article.text


def test_eleven_direct_quotes_with_named_speakers(seeds):
    direct = [q for a in seeds.articles() for q in seeds.facts(a.id).quotes if q.kind == "direct"]
    assert len(direct) == 11
    assert all(q.speaker_name for q in direct)
    speakers = {q.speaker_name for q in direct}
    assert any("Zelenskyy" in s for s in speakers) and any("Shea" in s for s in speakers)


def test_troop_figures_with_their_asserters(seeds):
    claims = [c for a in seeds.articles() for c in seeds.facts(a.id).claims]
    wanted = {10000: "Zelenskyy", 11000: "Budanov", 12000: "Shea"}
    for value, asserter in wanted.items():
        found = [c for c in claims if c.value == value and c.unit_class == "people"]
        assert found, f"no claim of {value}"
        assert any(asserter in (c.asserter_name or "") for c in found), [c.asserter_name for c in found]
    assert any(c.value == 12000 and c.hedge == "over" for c in claims)
    assert any(c.value == 11000 and c.hedge == "around" for c in claims)


def test_the_kremlin_denial_and_the_wire_sources(seeds):
    articles = by_file(seeds)
    denials = seeds.facts(articles["002"].id).denials
    assert any(d.kind == "denial" and d.denier_id == "gpe:russia" for d in denials)
    relied_on = {key: {s.source_id for s in seeds.facts(a.id).sources} for key, a in articles.items()}
    assert "ap" in relied_on["000"]
    assert "reuters" in relied_on["001"]
    assert "ukrinform" in relied_on["003"]


def test_one_story_whose_timeline_dates_18_june_2024(seeds):
    [story] = seeds.stories()
    assert len(story.article_ids) == 5
    dossier = seeds.dossier()
    timeline = dossier.comparisons[story.id].timeline
    assert any(e.date_start == "2024-06-18" and "Pyongyang" in e.description for e in timeline)

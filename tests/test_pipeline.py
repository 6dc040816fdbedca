"""End to end through the Python API and the CLI: build, re-build, bad input, resume, report."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiretrace import Wiretrace
from wiretrace.cli import main
from wiretrace.link import linker

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"

PAGE = """Kyiv Wire
Home  World  Politics  Economy  Sport
Ukraine says Russian strike on Odesa port destroyed 40,000 tonnes of grain

14 March 2025, 10:42
By Marta Koval

A Russian missile strike on the port of Odesa overnight destroyed about 40,000 tonnes of grain awaiting export, Ukraine's infrastructure ministry said on Friday.

"This is a deliberate attack on global food security," Deputy Minister Oleh Demchenko told reporters in Kyiv.

According to Reuters, two grain terminals and a loading crane were hit. Demchenko said repairs would take at least three weeks.

The Russian Defence Ministry denied targeting civilian infrastructure and called the reports "fabrications".

Read also:
09:15 Parliament passes budget amendments
08:40 Weather: frost expected in the west
Support independent journalism! Donate now.
Tags: OdesaGrainPortWar
"""


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "odesa.txt").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    return folder


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "in")


def test_build_stores_a_clean_annotated_article_and_skips_bad_files(tmp_path, corpus):
    with Wiretrace(tmp_path / "w.db") as wt:
        report = wt.build([corpus])
        assert len(report.added) == 1
        assert {Path(e.source).name for e in report.errors} == {"empty.txt", "binary.txt"}
        assert all(e.reason for e in report.errors)
        [article] = wt.articles()
        assert article.title.startswith("Ukraine says Russian strike on Odesa port")
        assert "Read also" not in article.text and "Donate" not in article.text
        assert "deliberate attack on global food security" in article.text
        facts = wt.facts(article.id)
        for fact in [*facts.mentions, *facts.quotes, *facts.claims, *facts.events, *facts.sources]:
            assert fact.span.article_id == article.id
            assert 0 <= fact.span.start < fact.span.end <= len(article.text)
        assert any(q.kind == "direct" and "global food security" in q.text for q in facts.quotes)
        assert any(c.value == 40000 for c in facts.claims)
        assert wt.stories(), "every linked article belongs to a story"


def test_rebuilding_the_same_files_changes_nothing(tmp_path, corpus):
    with Wiretrace(tmp_path / "w.db") as wt:
        wt.build([corpus])
        before = wt.store.counts()
        stories_before = wt.stories()
        report = wt.build([corpus])
        assert report.added == [] and len(report.unchanged) == 1
        assert wt.store.counts() == before
        assert wt.stories() == stories_before


def test_a_run_killed_before_linking_is_finished_by_the_next_run(tmp_path, corpus, monkeypatch):
    def crash(store):
        raise KeyboardInterrupt

    with Wiretrace(tmp_path / "w.db") as wt:
        monkeypatch.setattr(linker, "link_pending", crash)
        with pytest.raises(KeyboardInterrupt):
            wt.build([corpus])
        assert len(wt.articles()) == 1 and wt.stories() == []
        monkeypatch.undo()
        wt.build([corpus])
        assert len(wt.stories()) == 1 and wt.store.unlinked_article_ids() == []


def test_delete_updates_stories(tmp_path, corpus):
    with Wiretrace(tmp_path / "w.db") as wt:
        wt.build([corpus])
        [article] = wt.articles()
        assert wt.delete(article.id)
        assert wt.articles() == [] and wt.stories() == []
        assert not wt.delete(article.id)


def test_cli_build_report_articles_show(tmp_path, corpus):
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output and "binary.txt" in result.output

    listing = runner.invoke(main, ["articles", "--db", db])
    article_id = listing.output.split()[0]
    shown = runner.invoke(main, ["show", article_id[:6], "--db", db])
    assert "Odesa" in shown.output and "Marta Koval" in shown.output

    out = tmp_path / "r.html"
    assert runner.invoke(main, ["report", "--db", db, "--format", "html", "--out", str(out)]).exit_code == 0
    assert "<html" in out.read_text(encoding="utf-8").lower()
    as_json = runner.invoke(main, ["report", "--db", db, "--format", "json"])
    assert json.loads(as_json.output)["articles"][0]["id"] == article_id
    stories = runner.invoke(main, ["stories", "--db", db])
    assert stories.exit_code == 0 and "1 articles" in stories.output
    missing = runner.invoke(main, ["show", "nope", "--db", db])
    assert missing.exit_code != 0 and "no article" in missing.output


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="bundled samples missing")
def test_bundled_sample_builds_into_a_multi_story_report(tmp_path):
    with Wiretrace(tmp_path / "w.db") as wt:
        report = wt.build([SAMPLES])
        assert len(report.added) >= 8
        assert len(wt.stories()) >= 2
        assert wt.store.counts()["quotes"] > 0 and wt.store.counts()["claims"] > 0
        titles = [a.title for a in wt.articles() if a.title]
        page = wt.report("html")
        md = wt.report("md")
    assert titles and all(html.escape(t, quote=False) in page for t in titles)
    assert all(t.split()[0] in md for t in titles)


def test_worker_processes_store_the_same_facts_as_one_process(tmp_path, corpus):
    (corpus / "copy.txt").write_text(PAGE.replace("Kyiv Wire", "Odesa Daily"), encoding="utf-8")
    with Wiretrace(tmp_path / "one.db") as one, Wiretrace(tmp_path / "two.db") as two:
        one.build([corpus])
        two.build([corpus], jobs=2)
        assert one.store.counts() == two.store.counts()
        assert [a.id for a in one.articles()] == [a.id for a in two.articles()]
        for article in one.articles():
            assert one.facts(article.id) == two.facts(article.id)


def test_an_article_in_another_language_keeps_its_quotes_but_gets_no_claims_or_denials():
    from wiretrace.clean import prepare_article
    from wiretrace.ingest import RawDoc
    from wiretrace.pipeline import analyse_article

    text = (
        "Удар по терміналу в Чорноморську\n\n"
        "Внаслідок атаки 17 червня знищено близько 12 тисяч тонн пшениці, заявили в міністерстві.\n\n"
        "«Ворог цілеспрямовано б'є по продовольству», — наголосив Савчук. "
        "У Кремлі заперечили удар по цивільній інфраструктурі.\n"
    )
    article = prepare_article(RawDoc("uk.txt", "text", text.encode("utf-8"), text, None, "utf-8"))
    assert article.language == "uk"
    facts = analyse_article(article)
    assert [q.text for q in facts.quotes] == ["Ворог цілеспрямовано б'є по продовольству"]
    assert facts.claims == [] and facts.denials == []

"""The Python API: one object over one database, covering what the CLI does.

    from wiretrace import Wiretrace
    wt = Wiretrace("corpus.db")
    wt.build(["scraped/"])
    for story in wt.stories():
        print(story.label, len(story.article_ids))
    open("report.html", "w").write(wt.report("html"))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from wiretrace import pipeline
from wiretrace.analyse.compare import compare_story
from wiretrace.link import linker
from wiretrace.link.entities import entities_by_id, resolve_fact_ids
from wiretrace.link.network import CoMentionNetwork, co_mention_network
from wiretrace.model import Article, ArticleFacts, Entity, IngestError, Story
from wiretrace.present import Dossier, render_html, render_markdown, to_json_text, write_csv
from wiretrace.store import Store

REPORT_FORMATS = ("html", "md", "json")


class Wiretrace:
    """A wiretrace corpus stored in one SQLite file."""

    def __init__(self, db_path: str | Path = "wiretrace.db") -> None:
        self.store = Store(db_path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Wiretrace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def build(
        self,
        paths: Iterable[str | Path],
        on_progress: pipeline.ProgressCallback | None = None,
        jobs: int = 1,
    ) -> pipeline.BuildReport:
        """Ingest, clean, annotate, analyse, store and link; re-running changes nothing.

        `jobs` > 1 analyses articles in that many worker processes.
        """
        return pipeline.build(self.store, paths, on_progress, jobs)

    def articles(self) -> list[Article]:
        return self.store.articles()

    def article(self, id_or_prefix: str) -> Article | None:
        return self.store.article(id_or_prefix) or self.store.find_article(id_or_prefix)

    def facts(self, article_id: str) -> ArticleFacts:
        return self.store.facts(article_id)

    def entities(self) -> list[Entity]:
        return self.store.entities()

    def stories(self) -> list[Story]:
        return self.store.stories()

    def story(self, id_or_prefix: str) -> Story | None:
        return self.store.story(id_or_prefix) or next(
            (s for s in self.store.stories() if s.id.startswith(id_or_prefix)), None
        )

    def errors(self) -> list[IngestError]:
        return self.store.errors()

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        return self.store.search(query, limit)

    def delete(self, article_id: str) -> bool:
        """Remove an article and its facts; its story, duplicates and entities are updated."""
        if not self.store.delete_article(article_id):
            return False
        linker.unlink_article(self.store, article_id)
        return True

    def dossier(self, story_ids: Iterable[str] | None = None) -> Dossier:
        """Everything the report shows, optionally narrowed to some stories."""
        stories = self.store.stories()
        if story_ids is not None:
            wanted = set(story_ids)
            stories = [s for s in stories if s.id in wanted]
        articles = self.store.articles()
        if story_ids is not None:
            keep = {a for s in stories for a in s.article_ids}
            articles = [a for a in articles if a.id in keep]
        by_id = {a.id: a for a in articles}
        entities = self.store.entities()
        corpus_ids = {alias: e.id for alias, e in entities_by_id(entities).items()}
        facts = {a: resolve_fact_ids(f, corpus_ids) for a, f in self.store.all_facts().items() if a in by_id}
        stories = [replace(s, key_entities=list(dict.fromkeys(corpus_ids.get(e, e) for e in s.key_entities))) for s in stories]
        groups = self.store.duplicate_groups()
        return Dossier(
            title="wiretrace dossier",
            generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            articles=articles,
            facts=facts,
            entities=[e for e in entities if by_id.keys() & e.mentions_by_article.keys()],
            duplicate_groups=[g for g in groups if by_id.keys() & set(g.article_ids)],
            stories=stories,
            comparisons={s.id: compare_story(s, by_id, facts, groups) for s in stories},
            errors=self.store.errors(),
        )

    def report(self, fmt: str = "html", story_ids: Iterable[str] | None = None) -> str:
        """Render the dossier as "html", "md" or "json" text."""
        dossier = self.dossier(story_ids)
        if fmt == "html":
            return render_html(dossier)
        if fmt == "md":
            return render_markdown(dossier)
        if fmt == "json":
            return to_json_text(dossier)
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")

    def network(self, story_ids: Iterable[str] | None = None) -> CoMentionNetwork:
        """Who is named with whom (people, organisations, countries), for Gephi or JSON."""
        d = self.dossier(story_ids)
        return co_mention_network(d.articles, d.facts, d.entities)

    def write_csv(self, out_dir: str | Path) -> list[Path]:
        return write_csv(self.dossier(), Path(out_dir))

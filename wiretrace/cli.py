"""The `wiretrace` command line: a thin layer over `wiretrace.api.Wiretrace`."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import click

from wiretrace.api import REPORT_FORMATS, Wiretrace
from wiretrace.link.network import to_gexf
from wiretrace.link.network import to_json as network_json
from wiretrace.model import Article

DB_OPTION = click.option(
    "--db", default="wiretrace.db", show_default=True, envvar="WIRETRACE_DB", help="SQLite database file."
)


def open_corpus(db: str) -> Wiretrace:
    """The corpus at `db`; a path that is no usable SQLite file is an error message, not a traceback."""
    try:
        return Wiretrace(db)
    except sqlite3.Error as exc:
        raise click.ClickException(f"cannot open database {db}: {exc}") from exc


class Progress:
    """Progress on stderr: a live line on a terminal, a line every `every` items otherwise."""

    def __init__(self, every: int = 25) -> None:
        self.started = time.monotonic()
        self.every = every
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, source: str) -> None:
        rate = done / max(time.monotonic() - self.started, 1e-6)
        line = f"{done} documents ({rate:.1f}/s)  {source}"
        if self.tty:
            click.echo(f"\r\033[K{line[:150]}", err=True, nl=False)
        elif done % self.every == 0:
            click.echo(line, err=True)

    def finish(self) -> None:
        if self.tty:
            click.echo("", err=True)


@click.group()
@click.version_option(package_name="wiretrace")
def main() -> None:
    """Turn scraped news from many outlets into a sourced story dossier."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1), help="Worker processes.")
@DB_OPTION
def build(paths: tuple[Path, ...], jobs: int, db: str) -> None:
    """Ingest, clean, annotate and store PATHS (files or folders of .txt, .html, .jsonl).

    A path or document that cannot be used (missing, unreadable, empty, binary, no article
    text...) is reported on stderr with its reason, recorded for `wiretrace errors`, and
    skipped; the rest is built. Exit status 1 when there were such errors and no document
    at all could be used (none added, none already stored); 0 otherwise.
    """
    progress = Progress()
    with open_corpus(db) as wt:
        report = wt.build(paths, on_progress=progress, jobs=jobs)
        progress.finish()
        for error in report.errors:
            click.echo(f"skipped {error.source}: {error.reason}", err=True)
        click.echo(
            f"{len(report.added)} added, {len(report.unchanged)} already stored, "
            f"{len(report.errors)} skipped; {len(wt.stories())} stories in {db}"
        )
    if report.errors and not (report.added or report.unchanged):
        click.get_current_context().exit(1)  # nothing usable: let scripts notice, after the summary


@main.command()
@click.option("--format", "fmt", type=click.Choice([*REPORT_FORMATS, "csv"]), default="html", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), help="Output file (a folder for csv); stdout if omitted.")
@click.option("--story", "story_ids", multiple=True, help="Only these stories (repeatable).")
@DB_OPTION
def report(fmt: str, out: Path | None, story_ids: tuple[str, ...], db: str) -> None:
    """Write the dossier as HTML, Markdown, JSON, or CSV files."""
    with open_corpus(db) as wt:
        if fmt == "csv":
            folder = out or Path("csv")
            with _writing_to(folder):
                paths = wt.write_csv(folder)
            click.echo("\n".join(str(p) for p in paths))
            return
        text = wt.report(fmt, story_ids or None)
    _emit(text, out)


@contextmanager
def _writing_to(out: Path) -> Iterator[None]:
    """An output path that cannot be written (a file where a folder is due, or the
    reverse, no permission) is a message naming it, not a traceback."""
    try:
        yield
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc


def _emit(text: str, out: Path | None) -> None:
    """Write `text` to `out`, or to stdout when no file is given."""
    if out:
        with _writing_to(out):
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text)


@main.command()
@DB_OPTION
def articles(db: str) -> None:
    """List stored articles."""
    with open_corpus(db) as wt:
        for a in wt.articles():
            click.echo(f"{a.id}  {a.published or 'undated':<19}  {a.outlet or '?':<20.20}  {a.title or '(untitled)'}")


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the article and its facts as JSON.")
@DB_OPTION
def show(article_id: str, as_json: bool, db: str) -> None:
    """Show one article (an id prefix is enough): metadata, cleaned text and facts."""
    with open_corpus(db) as wt:
        article = _find_article(wt, article_id)
        facts = wt.facts(article.id)
    if as_json:
        click.echo(json.dumps({"article": asdict(article), "facts": asdict(facts)}, ensure_ascii=False, indent=2))
        return
    _print_article(article)
    click.echo(
        f"\n{len(facts.mentions)} mentions, {len(facts.quotes)} quotes, {len(facts.claims)} claims, "
        f"{len(facts.denials)} denials, {len(facts.sources)} sources, {len(facts.events)} events"
    )
    for q in facts.quotes:
        click.echo(f"  quote [{q.span.start}:{q.span.end}] {q.speaker_name or 'unknown'}: {q.text[:100]}")
    for c in facts.claims:
        click.echo(f"  claim [{c.span.start}:{c.span.end}] {c.value_text} {c.counted or ''} ({c.asserter_name or 'unattributed'})")


def _print_article(a: Article) -> None:
    click.echo(f"id:        {a.id}\nsource:    {a.source}\ntitle:     {a.title}\noutlet:    {a.outlet}")
    click.echo(f"author:    {a.author}\npublished: {a.published or 'unknown'} ({a.published_note})")
    click.echo(f"language:  {a.language}\n\n{a.text}")


@main.command()
@DB_OPTION
def stories(db: str) -> None:
    """List stories: id, size, date range, label."""
    with open_corpus(db) as wt:
        for s in wt.stories():
            dates = f"{s.date_start or '?'}..{s.date_end or '?'}"
            click.echo(f"{s.id}  {len(s.article_ids):>4} articles  {dates:<23}  {s.label}")


@main.command()
@click.argument("story_id")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md", show_default=True)
@DB_OPTION
def story(story_id: str, fmt: str, db: str) -> None:
    """Show one story's dossier (Markdown by default)."""
    with open_corpus(db) as wt:
        found = wt.story(story_id) if story_id else None  # "" would be a prefix of every id
        if found is None:
            raise click.ClickException(f"no story with id {story_id!r}")
        click.echo(wt.report(fmt, [found.id]))


@main.command()
@DB_OPTION
def entities(db: str) -> None:
    """List canonical entities with their aliases and how many articles mention them."""
    with open_corpus(db) as wt:
        for e in sorted(wt.entities(), key=lambda e: -sum(e.mentions_by_article.values())):
            total = sum(e.mentions_by_article.values())
            click.echo(f"{e.id:<40} {total:>4} mentions in {len(e.mentions_by_article)} articles  ({', '.join(e.aliases)})")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["gexf", "json"]), default="gexf", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), help="Output file; stdout if omitted.")
@click.option("--story", "story_ids", multiple=True, help="Only these stories (repeatable).")
@DB_OPTION
def network(fmt: str, out: Path | None, story_ids: tuple[str, ...], db: str) -> None:
    """Export the entity co-mention network as GEXF (for Gephi) or JSON."""
    with open_corpus(db) as wt:
        graph = wt.network(story_ids or None)
    _emit(to_gexf(graph) if fmt == "gexf" else json.dumps(network_json(graph), ensure_ascii=False, indent=2), out)


@main.command()
@click.argument("query")
@DB_OPTION
def search(query: str, db: str) -> None:
    """Full-text search over cleaned article text (SQLite FTS5 syntax)."""
    with open_corpus(db) as wt:
        try:
            hits = wt.search(query)
        except sqlite3.OperationalError as exc:  # FTS5 syntax: an unclosed quote, a bare operator
            raise click.ClickException(f"invalid search query {query!r}: {exc}") from exc
        for article_id, snippet in hits:
            click.echo(f"{article_id}  {snippet}")


@main.command()
@click.argument("article_id")
@DB_OPTION
def delete(article_id: str, db: str) -> None:
    """Delete an article; its story, duplicate group and entities are updated."""
    with open_corpus(db) as wt:
        article = _find_article(wt, article_id)
        if not wt.delete(article.id):
            raise click.ClickException(f"no article with id {article_id!r}")
        click.echo(f"deleted {article.id}")


def _find_article(wt: Wiretrace, id_prefix: str) -> Article:
    """The article with this id, or the only one whose id starts with it."""
    article = wt.article(id_prefix)
    if article is None:
        raise click.ClickException(f"no article with id {id_prefix!r}")
    return article


@main.command()
@DB_OPTION
def errors(db: str) -> None:
    """List inputs that could not be ingested, with the reason."""
    with open_corpus(db) as wt:
        for e in wt.errors():
            click.echo(f"{e.source}: {e.reason}")


if __name__ == "__main__":
    main()

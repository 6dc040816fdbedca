"""The command line on bad arguments: a message naming the problem, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wiretrace.cli import main


@pytest.mark.parametrize("command", [["errors"], ["articles"], ["report", "--format", "md"], ["build", "x.txt"]])
@pytest.mark.parametrize("db_kind", ["missing folder", "not a database", "a folder"])
def test_an_unusable_database_path_is_a_clean_error(tmp_path: Path, command: list[str], db_kind: str) -> None:
    db = {"missing folder": tmp_path / "nowhere" / "w.db", "not a database": tmp_path / "notes.db", "a folder": tmp_path}[db_kind]
    (tmp_path / "notes.db").write_text("these are my notes, not SQLite\n" * 100)
    result = CliRunner().invoke(main, [*command, "--db", str(db)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert f"Error: cannot open database {db}: " in result.output


@pytest.fixture(scope="module")
def one_article_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    page = root / "odesa.txt"
    page.write_text(
        "Odesa strike\n\nDock workers in the port of Odesa walked out on Tuesday, the union said. "
        "The strike could halt grain exports for three days, officials warned.\n"
    )
    db = root / "w.db"
    assert CliRunner().invoke(main, ["build", str(page), "--db", str(db)]).exit_code == 0
    return db


@pytest.mark.parametrize("command", ["show", "delete"])
@pytest.mark.parametrize("prefix", ["", "%", "_", "' OR 1=1 --"])
def test_an_article_id_that_is_not_hex_matches_nothing(one_article_db: Path, command: str, prefix: str) -> None:
    result = CliRunner().invoke(main, [command, prefix, "--db", str(one_article_db)])
    assert result.exit_code == 1 and f"no article with id {prefix!r}" in result.output
    listed = CliRunner().invoke(main, ["articles", "--db", str(one_article_db)]).output
    assert len(listed.splitlines()) == 1  # nothing was deleted


def test_an_upper_case_id_prefix_finds_the_article(one_article_db: Path) -> None:
    article_id = CliRunner().invoke(main, ["articles", "--db", str(one_article_db)]).output.split()[0]
    result = CliRunner().invoke(main, ["show", article_id[:6].upper(), "--db", str(one_article_db)])
    assert result.exit_code == 0 and f"id:        {article_id}" in result.output


def test_an_empty_story_id_matches_no_story(one_article_db: Path) -> None:
    result = CliRunner().invoke(main, ["story", "", "--db", str(one_article_db)])
    assert result.exit_code == 1 and "no story with id ''" in result.output


@pytest.mark.parametrize("query", ['"unclosed', "AND", "NEAR("])
def test_a_malformed_search_query_is_a_clean_error(one_article_db: Path, query: str) -> None:
    result = CliRunner().invoke(main, ["search", query, "--db", str(one_article_db)])
    assert result.exit_code == 1 and f"Error: invalid search query {query!r}: " in result.output
    assert "[port]" in CliRunner().invoke(main, ["search", "port", "--db", str(one_article_db)]).output


@pytest.mark.parametrize(
    "command, out",
    [
        (["report", "--format", "csv"], "a-file"),  # a folder is due
        (["report", "--format", "md"], "a-folder"),
        (["report", "--format", "html"], "a-file/report.html"),
        (["network", "--format", "gexf"], "a-folder"),
    ],
)
def test_an_unwritable_output_path_is_a_clean_error(
    one_article_db: Path, tmp_path: Path, command: list[str], out: str
) -> None:
    (tmp_path / "a-file").write_text("in the way")
    (tmp_path / "a-folder").mkdir()
    result = CliRunner().invoke(main, [*command, "--out", str(tmp_path / out), "--db", str(one_article_db)])
    assert result.exit_code == 1 and f"Error: cannot write {tmp_path / out}: " in result.output

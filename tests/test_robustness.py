"""The robustness promises, end to end through the CLI and the Python API.

Bad input gets a clear error and loses nothing (empty, binary, oversized, mis-encoded,
malformed HTML and JSONL, a crash mid-run); re-running is idempotent; one bad file never
kills a batch; every output format treats article text as hostile; long runs show progress.
All inputs are written here into tmp_path.
"""

from __future__ import annotations

import base64
import codecs
import csv
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import wiretrace.ingest
from wiretrace import Wiretrace, pipeline
from wiretrace.cli import Progress, main
from wiretrace.store import FACT_TABLES

REPO = Path(__file__).resolve().parents[1]

PORT_STORY = (
    "Dock workers in the port of {city} walked out on Tuesday, the union said. The strike could "
    "halt grain exports for three days, officials warned.\n\n"
    "The port authority said talks with the union would resume on Thursday in {city}.\n"
)
UKRAINIAN_PAGE = (
    "Страйк докерів в Одесі\n\n"
    "Одеса, 18 червня. Докери порту оголосили страйк і вимагають підвищення зарплат. "
    "Профспілка заявила, що робота терміналів зупиниться щонайменше на три дні.\n"
)
FRENCH_PAGE = (
    "Grève au port de Marseille\n\n"
    "Les dockers du port de Marseille ont entamé une grève mardi, a déclaré le syndicat. Les "
    "exportations de céréales pourraient être arrêtées pendant trois jours, ont averti les élus.\n"
)
SIZE_LIMIT = 50_000


def run_cli(*args: str | Path) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def port_page(city: str, headline: str) -> str:
    return f"{headline}\n\n{PORT_STORY.format(city=city)}"


def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


# -- one batch of good and bad inputs ---------------------------------------------------------

GOOD = {
    "good.txt": "Dock workers in the port of Odesa",
    "ukrainian-cp1251.txt": "Докери порту оголосили страйк",
    "utf16.txt": "Dock workers in the port of Mykolaiv",
    "french-latin1.txt": "ont entamé une grève mardi",
    "unclosed.html": "repelled a drone attack on the port of Izmail",
    "only-p.html": "Pilots at Reni went on strike",
    "nested.html": "Deeply nested report about the port of Kherson",
    "garbage.html": "Tug crews joined the strike",
    "batch.jsonl:1": "Dock workers in the port of Chornomorsk",
}
BAD = {  # source -> a word the reason must contain
    "empty.txt": "empty",
    "blank.html": "empty",
    "binary.txt": "binary",
    "huge.txt": "too large",
    "scripts-only.html": "no readable text",
    "notes.pdf": "unsupported file type",
    "batch.jsonl:2": "malformed JSON: Unterminated string starting at (column 11)",
    "batch.jsonl:3": '"text" or "html"',
    "batch.jsonl:4": "expected an object",
}


def write_mixed_batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text(port_page("Odesa", "Port strike halts Odesa grain exports"), encoding="utf-8")
    (folder / "ukrainian-cp1251.txt").write_bytes(UKRAINIAN_PAGE.encode("cp1251"))
    utf16 = port_page("Mykolaiv", "Grain talks resume in Mykolaiv")
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + utf16.encode("utf-16-le"))
    (folder / "french-latin1.txt").write_bytes(FRENCH_PAGE.encode("latin-1"))
    (folder / "unclosed.html").write_text(
        "<html><body><p>Ukraine's navy said on Monday it had repelled a drone attack on the port of "
        "Izmail, the regional governor said.<p>No casualties were reported <div><b>unclosed"
    )
    (folder / "only-p.html").write_text("<html><body><p>Pilots at Reni went on strike on Friday, their union said.")
    depth = 3000  # deeper than libxml2's default limit of 256 and its huge_tree limit
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * depth
        + "<p>Deeply nested report about the port of Kherson, where cranes stood idle.</p>"
        + "</div>" * depth + "</body></html>"
    )
    (folder / "garbage.html").write_text("<<<>>> </div></div> <p <a href=> &&&; <p>Tug crews joined the strike. <!-- ")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_bytes(b"  \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (folder / "huge.txt").write_text("A very long page about ports. " * (SIZE_LIMIT // 20))
    (folder / "scripts-only.html").write_text(
        "<html><head><style>p{color:red}</style><script>var tracking = 1;</script></head>"
        "<body><script>document.write('ad')</script><noscript></noscript></body></html>"
    )
    (folder / "batch.jsonl").write_text(jsonl(
        {"url": "https://example.org/chornomorsk", "title": "Chornomorsk strike",
         "text": PORT_STORY.format(city="Chornomorsk")},
        '{"title": "cut off half-way',
        {"url": "https://example.org/no-body", "title": "A record without a body"},
        "[1, 2, 3]",
    ))
    return folder


@pytest.fixture
def small_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wiretrace.ingest, "MAX_DOCUMENT_BYTES", SIZE_LIMIT)


def source_key(source: str, folder: Path) -> str:
    return str(Path(source).relative_to(folder)) if source.startswith(str(folder)) else source


def test_mixed_batch_stores_every_good_file_and_names_every_bad_one(tmp_path: Path, small_size_limit: None) -> None:
    folder = write_mixed_batch(tmp_path / "in")
    db = tmp_path / "w.db"
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.4 not an article")

    result = run_cli("build", folder, pdf, "--db", db)

    assert f"{len(GOOD)} added, 0 already stored, {len(BAD)} skipped" in result.stdout
    for name, reason_word in BAD.items():
        path = pdf if name == "notes.pdf" else folder / name
        line = next((ln for ln in result.stderr.splitlines() if ln.startswith(f"skipped {path}: ")), None)
        assert line is not None, f"{name} not reported: {result.stderr}"
        assert reason_word in line
    listed = run_cli("errors", "--db", db).stdout.splitlines()
    assert len(listed) == len(BAD)
    assert all(re.match(r"^\S+: \w", line) for line in listed)  # "path: reason"

    with Wiretrace(db) as wt:
        stored = {source_key(a.source, folder): a for a in wt.articles()}
    assert stored.keys() == GOOD.keys()
    for name, phrase in GOOD.items():
        assert phrase in stored[name].text, name


def test_legacy_encodings_are_stored_exactly(tmp_path: Path, small_size_limit: None) -> None:
    folder = write_mixed_batch(tmp_path / "in")
    with Wiretrace(tmp_path / "w.db") as wt:
        wt.build([folder])
        by_name = {Path(a.source).name: a for a in wt.articles()}
    ukrainian, french = by_name["ukrainian-cp1251.txt"], by_name["french-latin1.txt"]
    assert ukrainian.encoding == "cp1251"
    assert ukrainian.title == "Страйк докерів в Одесі"
    assert ukrainian.raw == UKRAINIAN_PAGE  # nothing lost: the decoded input is kept whole
    assert french.title == "Grève au port de Marseille"
    assert "élus" in french.text and "\ufffd" not in french.text
    assert by_name["utf16.txt"].title == "Grain talks resume in Mykolaiv"


def test_a_crash_while_processing_one_document_skips_only_that_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_extract = pipeline.extract_denials

    def explode_on_poison(ann):  # stands in for any bug an odd page might trigger
        if "POISON" in ann.article.text:
            raise RuntimeError("extractor blew up")
        return real_extract(ann)

    monkeypatch.setattr(pipeline, "extract_denials", explode_on_poison)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(port_page("Odesa", "Odesa strike"))
    (folder / "b.txt").write_text(port_page("POISON Izmail", "Izmail strike"))
    (folder / "c.txt").write_text(port_page("Reni", "Reni strike"))

    result = run_cli("build", folder, "--db", tmp_path / "w.db")

    assert "2 added, 0 already stored, 1 skipped" in result.stdout
    assert f"skipped {folder / 'b.txt'}: processing failed: RuntimeError: extractor blew up" in result.stderr


# -- crash mid-run ----------------------------------------------------------------------------


def write_many_pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    cities = ["Odesa", "Izmail", "Reni", "Mykolaiv", "Kherson", "Chornomorsk", "Pivdennyi"]
    for n in range(count):
        city = cities[n % len(cities)]
        paragraphs = [
            f"Dock workers in {city} extended their strike for a {n + 2}th day on Monday, the union said.",
            f"About {1000 + 37 * n:,} tonnes of grain were waiting at the {city} terminals, officials said.",
            f'"We will not return until wages rise," union leader Petro Bondar told reporters in {city}.',
            "The port authority denied that ships had been turned away, according to Reuters.",
        ]
        (folder / f"page{n:02d}.txt").write_text(f"Strike in {city}, day {n + 2}\n\n" + "\n\n".join(paragraphs) + "\n")
    return folder


def stored_article_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet, or the schema is still being written
        return 0


def kill_build_after_first_commit(folder: Path, db: Path) -> None:
    """Start `wiretrace build` in a subprocess and SIGKILL it once an article is committed."""
    # `python -m wiretrace.cli` would do nothing: the module has no __main__ guard.
    command = [sys.executable, "-c", "from wiretrace.cli import main; main()"]
    process = subprocess.Popen(
        [*command, "build", str(folder), "--db", str(db)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if stored_article_count(db) > 0:
                break
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def assert_no_half_written_article(wt: Wiretrace) -> None:
    conn = wt.store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    article_ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
    fts_ids = [r[0] for r in conn.execute("SELECT article_id FROM articles_fts")]
    assert sorted(fts_ids) == sorted(article_ids)
    for table in FACT_TABLES:
        fact_ids = {r[0] for r in conn.execute(f"SELECT DISTINCT article_id FROM {table}")}
        assert fact_ids <= article_ids, table
    for story in wt.stories():
        assert set(story.article_ids) <= article_ids


def test_a_build_killed_mid_run_is_completed_by_the_next_one(tmp_path: Path) -> None:
    pages = 20
    folder = write_many_pages(tmp_path / "in", pages)
    db = tmp_path / "w.db"

    kill_build_after_first_commit(folder, db)

    with Wiretrace(db) as wt:
        assert_no_half_written_article(wt)
        survived = len(wt.articles())
        assert survived > 0  # the killed run did commit articles
        resumed = wt.build([folder])
        assert len(resumed.added) + len(resumed.unchanged) == pages
        assert len(resumed.unchanged) == survived
        assert wt.store.unlinked_article_ids() == []
        assert_no_half_written_article(wt)
        assert sum(len(s.article_ids) for s in wt.stories()) >= pages
        counts = wt.store.counts()

        third = wt.build([folder])
        assert third.added == [] and third.errors == [] and len(third.unchanged) == pages
        assert wt.store.counts() == counts

    fresh_db = tmp_path / "fresh.db"
    with Wiretrace(fresh_db) as wt:
        wt.build([folder])
    assert report_without_timestamp(db) == report_without_timestamp(fresh_db)  # the crash lost nothing


# -- idempotence and progress -----------------------------------------------------------------


def report_without_timestamp(db: Path) -> dict:
    report = json.loads(run_cli("report", "--format", "json", "--db", db).stdout)
    report.pop("generated_at")
    return report


def write_jsonl_corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    cities = ["Odesa", "Izmail", "Reni", "Mykolaiv"]
    records = [
        {"url": f"https://example.org/{n}", "title": f"Strike in {cities[n % 4]}, report {n}",
         "published": f"2025-03-{n % 28 + 1:02d}", "outlet": f"Outlet {n % 3}",
         "text": PORT_STORY.format(city=cities[n % 4]) + f"Report number {n} followed.\n"}
        for n in range(count)
    ]
    (folder / "feed.jsonl").write_text(jsonl(*records, "{not json"))
    return folder


def test_building_twice_changes_nothing_and_long_runs_show_progress(tmp_path: Path) -> None:
    documents = 26  # one more than the non-terminal progress interval
    folder = write_jsonl_corpus(tmp_path / "in", documents - 1)
    db = tmp_path / "w.db"

    first = run_cli("build", folder, "--db", db)
    assert f"{documents - 1} added, 0 already stored, 1 skipped" in first.stdout
    progress = [ln for ln in first.stderr.splitlines() if " documents (" in ln]
    assert progress and progress[0].startswith("25 documents (") and progress[0].endswith(f"{folder / 'feed.jsonl'}:25")
    with Wiretrace(db) as wt:
        before = (wt.store.counts(), wt.stories(), wt.errors())
    report = report_without_timestamp(db)

    second = run_cli("build", folder, "--db", db)

    assert f"0 added, {documents - 1} already stored, 1 skipped" in second.stdout
    with Wiretrace(db) as wt:
        assert (wt.store.counts(), wt.stories(), wt.errors()) == before
    assert report_without_timestamp(db) == report


def test_progress_on_a_non_terminal_prints_every_nth_document_with_its_source(capsys: pytest.CaptureFixture) -> None:
    progress = Progress(every=5)
    for done in range(1, 13):
        progress(done, f"in/page{done}.txt")
    progress.finish()
    lines = capsys.readouterr().err.splitlines()
    assert [ln.split(" documents")[0] for ln in lines] == ["5", "10"]
    assert lines[0].endswith("in/page5.txt") and lines[1].endswith("in/page10.txt")


# -- hostile text through every output format ---------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
TEMPLATE = "{{ 7*7 }}"
PIPES = "| a | b |"
HOSTILE_TITLE = f"Port strike {SCRIPT} {IMG} {TEMPLATE} {PIPES}"
HOSTILE_RECORD = {
    "url": "javascript:alert(1)",
    "title": HOSTILE_TITLE,
    "author": f"Eve {SCRIPT}{IMG}",
    "outlet": f"Evil {IMG} News",
    "published": "2025-03-14",
    "text": (
        f"Officials in Kyiv said 40,000 tonnes of grain were destroyed {SCRIPT} on Tuesday, the ministry said. "
        f'"We will rebuild the port {IMG} within {TEMPLATE} weeks," said Oleh Demchenko {PIPES}. '
        f"The Russian Defence Ministry denied targeting the port {SCRIPT}, according to Reuters.\n\n"
        f"President Volodymyr Zelenskyy said 12,000 soldiers {IMG} had been sent, Procter & Gamble <Ltd> said."
    ),
}


class TagCollector(HTMLParser):
    """Every start tag with its attributes, the text inside <script> tags, and the text data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.data: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.data.append(data)


@pytest.fixture(scope="module")
def hostile_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    (folder / "hostile.jsonl").write_text(jsonl(HOSTILE_RECORD))
    db = root / "w.db"
    run_cli("build", folder, "--db", db)
    outputs = {fmt: root / f"report.{fmt}" for fmt in ("html", "md", "json")}
    for fmt, path in outputs.items():
        run_cli("report", "--format", fmt, "--out", path, "--db", db)
    run_cli("report", "--format", "csv", "--out", root / "csv", "--db", db)
    run_cli("network", "--format", "gexf", "--out", root / "net.gexf", "--db", db)
    return {**outputs, "csv": root / "csv", "gexf": root / "net.gexf"}


def test_html_report_runs_no_script_from_the_text(hostile_outputs: dict[str, Path]) -> None:
    page = hostile_outputs["html"].read_text(encoding="utf-8")
    parser = TagCollector()
    parser.feed(page)

    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert len(parser.scripts) == 1  # the report's own script, allowed by its hash and nothing else
    own_hash = "sha256-" + base64.b64encode(hashlib.sha256(parser.scripts[0].encode()).digest()).decode()
    assert f"'{own_hash}'" in csp
    assert not any(tag == "img" for tag, _ in parser.tags)
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)
    text = "".join(parser.data)
    assert HOSTILE_TITLE in text  # shown, as text
    assert TEMPLATE in text and "within 49 weeks" not in text


def markdown_table_blocks(md: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in md.splitlines():
        if line.startswith("|"):
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def test_markdown_report_escapes_html_and_table_pipes(hostile_outputs: dict[str, Path]) -> None:
    md = hostile_outputs["md"].read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "7\\*7" in md and "within 49 weeks" not in md
    unescaped_pipe = re.compile(r"(?<!\\)\|")
    tables = markdown_table_blocks(md)
    assert tables
    for table in tables:  # a pipe in the text must not add a column
        assert len({len(unescaped_pipe.findall(row)) for row in table}) == 1, table


def test_json_and_csv_keep_the_text_exactly(hostile_outputs: dict[str, Path]) -> None:
    report = json.loads(hostile_outputs["json"].read_text(encoding="utf-8"))
    [article] = report["articles"]
    assert article["title"] == HOSTILE_TITLE and article["text"] == HOSTILE_RECORD["text"]

    with (hostile_outputs["csv"] / "articles.csv").open(encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["title"] == HOSTILE_TITLE and row["text"] == HOSTILE_RECORD["text"]
    assert row["url"] == "javascript:alert(1)"


def test_gexf_is_well_formed_xml(hostile_outputs: dict[str, Path]) -> None:
    root = ET.parse(hostile_outputs["gexf"]).getroot()
    labels = [node.get("label") for node in root.iter("{http://gexf.net/1.3}node")]
    assert labels and all(label and "<script" not in label for label in labels)


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    escape_codes = "\x1b[2J\x1b[31m"  # clear the screen, then red
    (folder / "ansi.txt").write_text(port_page(f"Odesa{escape_codes}", "Odesa strike"))
    (folder / "feed.jsonl").write_text(jsonl({"title": f"Reni{escape_codes} strike", "text": PORT_STORY.format(city="Reni\x00")}))
    db = tmp_path / "w.db"
    run_cli("build", folder, "--db", db)

    listing = run_cli("articles", "--db", db).stdout
    shown = [run_cli("show", line.split()[0], "--db", db).stdout for line in listing.splitlines()]

    assert len(shown) == 2
    for output in [listing, *shown]:
        assert "\x1b" not in output and "\x00" not in output
    assert "port of Odesa[2J[31m walked out" in shown[0] + shown[1]  # the visible text stays


# -- bugs once known: empty bodies, `python -m`, copies in a parallel batch -------------------


MENU_PAGE = "Home\nWorld\nPolitics\nSport\nLogin\nSubscribe\n"


def test_a_page_with_no_article_text_is_refused_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "menu.txt").write_text(MENU_PAGE)
    (folder / "story.txt").write_text(port_page("Odesa", "Odesa strike"))
    with Wiretrace(tmp_path / "w.db") as wt:
        report = wt.build([folder])
        stored = [Path(a.source).name for a in wt.articles()]
    assert stored == ["story.txt"] and len(report.added) == 1  # the batch goes on
    [error] = report.errors
    assert Path(error.source).name == "menu.txt"
    assert error.reason.startswith("no article text: every line is boilerplate")


@pytest.mark.parametrize("module", ["wiretrace", "wiretrace.cli"])
def test_python_dash_m_runs_the_cli(tmp_path: Path, module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", module, "errors", "--db", str(tmp_path / "w.db")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0 and (tmp_path / "w.db").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_identical_files_in_one_batch_are_stored_once(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(port_page("Odesa", "Odesa strike"))
    result = run_cli("build", folder, "--jobs", jobs, "--db", tmp_path / "w.db")
    assert "1 added, 2 already stored, 0 skipped" in result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_copy_of_a_refused_file_is_refused_without_a_second_analysis(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(MENU_PAGE)
    (folder / "b.txt").write_text(MENU_PAGE)
    (folder / "c.txt").write_text(port_page("Odesa", "Odesa strike"))
    result = run_cli("build", folder, "--jobs", jobs, "--db", tmp_path / "w.db")
    assert "1 added, 0 already stored, 2 skipped" in result.stdout
    assert f"skipped {folder / 'b.txt'}: same bytes as {folder / 'a.txt'}, which was not stored" in result.stderr


def test_a_missing_path_is_reported_and_the_other_paths_are_built(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(port_page("Odesa", "Odesa strike"))
    missing = tmp_path / "gone" / "missing.jsonl"
    db = tmp_path / "w.db"

    result = run_cli("build", missing, good, "--db", db)

    assert "1 added, 0 already stored, 1 skipped" in result.stdout
    assert f"skipped {missing}: no such file or directory" in result.stderr
    assert run_cli("errors", "--db", db).stdout == f"{missing}: no such file or directory\n"


def test_build_fails_only_when_no_document_could_be_used(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--db", str(db)])
    assert result.exit_code == 1
    assert "0 added, 0 already stored, 1 skipped" in result.stdout and "no such file or directory" in result.stderr

    good = tmp_path / "good.txt"
    good.write_text(port_page("Odesa", "Odesa strike"))
    run_cli("build", good, "--db", db)
    run_cli("build", good, tmp_path / "missing", "--db", db)  # already stored counts as usable


def test_a_file_name_that_is_not_utf8_is_stored_under_a_printable_source(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"odesa-\xff.txt")).write_text(port_page("Odesa", "Odesa strike"))
    (folder / os.fsdecode(b"empty-\xff.txt")).write_bytes(b"")
    db = tmp_path / "w.db"
    result = run_cli("build", folder, "--db", db)
    assert "1 added, 0 already stored, 1 skipped" in result.stdout
    assert f"skipped {folder}/empty-\\xff.txt: empty file" in result.stderr
    with Wiretrace(db) as wt:
        assert [a.source for a in wt.articles()] == [f"{folder}/odesa-\\xff.txt"]


def test_a_malformed_url_from_the_scraper_does_not_cost_the_article(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl({"url": "http://[::1", "title": "Odesa strike", "text": PORT_STORY.format(city="Odesa")}))
    with Wiretrace(tmp_path / "w.db") as wt:
        report = wt.build([feed])
        [article] = wt.articles()
    assert report.errors == [] and article.title == "Odesa strike" and article.url is None


@pytest.mark.parametrize("as_type", [str, Path])
def test_one_path_given_alone_is_one_path(tmp_path: Path, as_type: type) -> None:
    page = tmp_path / "odesa.txt"
    page.write_text(port_page("Odesa", "Odesa strike"))
    with Wiretrace(tmp_path / "w.db") as wt:
        report = wt.build(as_type(page))  # not [page]: a str must not be read letter by letter
    assert len(report.added) == 1 and report.errors == []

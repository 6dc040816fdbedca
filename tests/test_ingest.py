"""Ingest: decoding, folder walking, JSONL records, and a reason for every refusal."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from wiretrace.ingest import RawDoc, iter_inputs
from wiretrace.ingest.encoding import Decoded, DecodeError, decode_bytes
from wiretrace.model import IngestError

UKRAINIAN = (
    "Одеса, 18 червня. Докери порту оголосили страйк і вимагають підвищення зарплат. "
    "Профспілка заявила, що робота терміналів зупиниться щонайменше на три дні."
)
ENGLISH = "Dock workers in the port walked out on Tuesday, the union said.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def collect(*paths: Path | str, **kwargs) -> tuple[list[RawDoc], list[IngestError]]:
    items = list(iter_inputs(paths, **kwargs))
    return [i for i in items if isinstance(i, RawDoc)], [i for i in items if isinstance(i, IngestError)]


# -- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [UKRAINIAN, "Київ заперечує ці дані.", "Москва отрицает участие своих военных в учениях."],
)
def test_cp1251_cyrillic_decodes_exactly(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.encoding == "cp1251"
    assert decoded.text == text


def test_utf8_bom_is_detected_and_stripped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + UKRAINIAN.encode("utf-8"))
    assert decoded.encoding == "utf-8-sig"
    assert decoded.text == UKRAINIAN


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode_bytes(bom + ENGLISH.encode(codec))
    assert decoded.text == ENGLISH


def test_plain_utf8_is_taken_as_is() -> None:
    text = "“Curly” quotes — and a dash, Zürich"
    assert decode_bytes(text.encode("utf-8")) == Decoded(text, "utf-8")


@pytest.mark.parametrize(
    "data, reason",
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"), (bytes(range(1, 32)) * 20, "control characters")],
)
def test_binary_bytes_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


# -- files and folders --------------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_ignores_other_extensions(tmp_path: Path) -> None:
    write(tmp_path, "b/second.txt", ENGLISH)
    write(tmp_path, "a.html", "<html><body><p>Hello port</p></body></html>")
    write(tmp_path, "b/notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden/ignored.txt", ENGLISH)
    write(tmp_path, "c/third.HTM", "<p>upper-case extension</p>")
    docs, errors = collect(tmp_path)
    assert errors == []
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["a.html", "b/second.txt", "c/third.HTM"]
    assert [d.input_format for d in docs] == ["html", "text", "html"]
    assert docs[0].html and docs[0].text is None
    assert docs[1].text == ENGLISH and docs[1].html is None
    assert docs[1].raw_bytes == ENGLISH.encode("utf-8")


def test_cp1251_file_is_read_as_ukrainian(tmp_path: Path) -> None:
    path = write(tmp_path, "ua.txt", UKRAINIAN.encode("cp1251"))
    (doc,), errors = collect(path)
    assert errors == []
    assert doc.text == UKRAINIAN and doc.encoding == "cp1251"
    assert doc.raw_bytes == UKRAINIAN.encode("cp1251")


def test_every_bad_input_gets_a_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    good_first = write(tmp_path, "00_good.txt", ENGLISH)
    empty = write(tmp_path, "01_empty.txt", b"")
    blank = write(tmp_path, "02_blank.txt", b"  \n\t\n")
    binary = write(tmp_path, "03_binary.txt", b"GIF89a\x00\x01\x02\x00\x00\xff")
    big = write(tmp_path, "04_big.txt", "x" * 2000)
    good_last = write(tmp_path, "05_good.html", "<p>Port strike enters its third day.</p>")
    docs, errors = collect(tmp_path, max_bytes=1000)
    assert [d.source for d in docs] == [str(good_first), str(good_last)]
    reasons = {e.source: e.reason for e in errors}
    assert set(reasons) == {str(empty), str(blank), str(binary), str(big)}
    assert reasons[str(empty)] == "empty file"
    assert reasons[str(blank)] == "empty file"
    assert "binary" in reasons[str(binary)]
    assert "too large" in reasons[str(big)] and "1,000" in reasons[str(big)]


def test_explicitly_named_unknown_or_missing_files_are_reported(tmp_path: Path) -> None:
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    good = write(tmp_path, "ok.txt", ENGLISH)
    missing = tmp_path / "missing.txt"
    docs, errors = collect(pdf, missing, good)
    assert [d.source for d in docs] == [str(good)]
    assert [e.source for e in errors] == [str(pdf), str(missing)]
    assert "unsupported file type '.pdf'" in errors[0].reason
    assert errors[1].reason == "no such file or directory"


def test_undecodable_bytes_are_refused_with_a_reason(tmp_path: Path) -> None:
    # A BOM promising UTF-16 followed by an unpaired surrogate cannot be decoded.
    path = write(tmp_path, "broken.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")
    _, (error,) = collect(path)
    assert error.source == str(path)
    assert "invalid utf-16" in error.reason


# -- JSONL ------------------------------------------------------------------------------


def test_jsonl_good_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://example.org/a", "title": "Port strike", "text": "Dockers walked out.", "author": " Ann Lee "}),
        "",
        '{"title": "broken", "text": "no closing brace"',
        json.dumps({"html": "<p>Strike ends</p>", "published": "2025-06-20", "outlet": "Harbour Daily"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no body at all", "text": "   "}),
        json.dumps({"text": "Ports reopen.", "published": 20250621}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    docs, errors = collect(path)
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:4", f"{path}:7"]
    first, second, third = docs
    assert first.input_format == "jsonl" and first.text == "Dockers walked out." and first.html is None
    assert first.hints == {"url": "https://example.org/a", "title": "Port strike", "author": "Ann Lee"}
    assert first.raw_bytes == lines[0].encode("utf-8")
    assert second.html == "<p>Strike ends</p>" and second.text is None
    assert second.hints == {"published": "2025-06-20", "outlet": "Harbour Daily"}
    assert third.hints == {}  # a non-string date is ignored, not trusted
    reasons = {e.source: e.reason for e in errors}
    assert reasons[f"{path}:3"].startswith("malformed JSON:")
    assert "expected an object" in reasons[f"{path}:5"]
    assert 'no non-empty "text" or "html"' in reasons[f"{path}:6"]


def test_jsonl_line_identity_is_independent_of_position(tmp_path: Path) -> None:
    record = json.dumps({"text": "Same article."})
    one = write(tmp_path, "one.jsonl", record + "\n")
    two = write(tmp_path, "two.jsonl", codecs.BOM_UTF8.decode("utf-8") + json.dumps({"text": "Other"}) + "\r\n" + record + "\r\n")
    (a,), _ = collect(one)
    (_, b), _ = collect(two)
    assert a.raw_bytes == b.raw_bytes


def test_empty_jsonl_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "nothing.jsonl", "\n\n")
    _, (error,) = collect(path)
    assert error.source == str(path) and "empty" in error.reason


def test_jsonl_line_nested_too_deeply_is_refused_and_the_file_goes_on(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": "Port reopens."}) + "\n")
    docs, (error,) = collect(path)
    assert [d.source for d in docs] == [f"{path}:2"]
    assert error.source == f"{path}:1" and error.reason == "malformed JSON: nested too deeply"


def test_jsonl_lone_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    line = '{"title": "Port \\udc80 strike", "text": "Dockers \\ud800 walked out \\ud83d\\ude00."}'
    (doc,), errors = collect(write(tmp_path, "surrogates.jsonl", line + "\n"))
    assert errors == []
    assert doc.text == "Dockers \ufffd walked out \U0001F600."  # a real pair stays one character
    assert doc.hints["title"] == "Port \ufffd strike"
    doc.text.encode("utf-8")  # storable and printable


# -- odd things in a folder ---------------------------------------------------------------


def test_broken_links_link_loops_and_pipes_are_reported_not_followed(tmp_path: Path) -> None:
    good = write(tmp_path, "in/good.txt", ENGLISH)
    folder = good.parent
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "dangling.html").symlink_to(folder / "gone.html")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop: never followed
    os.mkfifo(folder / "pipe.txt")  # reading it would block the batch for ever
    docs, errors = collect(folder)
    assert [d.source for d in docs] == [str(good)]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons.keys() == {"loop-a.txt", "loop-b.txt", "dangling.html", "pipe.txt"}
    assert all(reasons[name].startswith("broken symbolic link") for name in ("loop-a.txt", "loop-b.txt", "dangling.html"))
    assert reasons["pipe.txt"] == "not a regular file (a pipe, socket or device)"
    _, (named,) = collect(folder / "pipe.txt")  # named explicitly: reported, not read
    assert named.reason == reasons["pipe.txt"]


def test_unreadable_files_and_folders_are_reported_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated, because the tests may run as root, who can read anything.
    good = write(tmp_path, "a/good.txt", ENGLISH)
    locked_file = write(tmp_path, "b/locked.txt", ENGLISH)
    locked_folder = tmp_path / "c"
    write(locked_folder, "inside.txt", ENGLISH)
    real_scandir, real_read_bytes = os.scandir, Path.read_bytes

    def scandir(path):
        if Path(path) == locked_folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def read_bytes(self: Path) -> bytes:
        if self == locked_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, errors = collect(tmp_path)
    assert [d.source for d in docs] == [str(good)]
    assert [(e.source, e.reason) for e in errors] == [
        (str(locked_file), "cannot read file: Permission denied"),
        (str(locked_folder), "cannot read folder: Permission denied"),
    ]


def test_hostile_file_names_become_printable_sources(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    undecodable = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 file system
    (folder / undecodable).write_text(ENGLISH)
    (folder / "red\x1b[31m\nname.txt").write_text(ENGLISH + "!")
    docs, errors = collect(folder)
    assert errors == []
    assert [Path(d.source).name for d in docs] == ["caf\\xe9.txt", "red\\x1b[31m\\nname.txt"]
    for doc in docs:
        doc.source.encode("utf-8")  # storable in SQLite, printable on one line


def test_jsonl_url_that_does_not_parse_is_dropped_not_trusted(tmp_path: Path) -> None:
    lines = [json.dumps({"url": url, "text": "Dockers walked out."}) for url in ("http://[::1", "[::1/x", "https://example.org/a")]
    docs, errors = collect(write(tmp_path, "urls.jsonl", "\n".join(lines) + "\n"))
    assert errors == []
    assert [d.hints.get("url") for d in docs] == [None, None, "https://example.org/a"]


def test_an_oversized_jsonl_line_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    small, huge = json.dumps({"text": "Port reopens."}), json.dumps({"text": "x" * 49_988})
    assert len(huge) == 50_000
    path = write(tmp_path, "dump.jsonl", "\r\n".join([small, huge, small + " ", huge]))  # the last one unterminated
    docs, errors = collect(path, max_bytes=1000)
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:3"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:{n}", "JSONL line too large: 50,000 bytes (limit 1,000)") for n in (2, 4)
    ]


def test_a_line_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    record = json.dumps({"text": "y" * 88})
    assert len(record) == 100
    path = write(tmp_path, "edge.jsonl", codecs.BOM_UTF8.decode("utf-8") + record + "\r\n" + record + " \n")
    docs, errors = collect(path, max_bytes=100)
    assert [d.source for d in docs] == [f"{path}:1"]
    assert [e.reason for e in errors] == ["JSONL line too large: 101 bytes (limit 100)"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_utf16_jsonl_file_is_refused_once_with_the_reason(tmp_path: Path, codec: str) -> None:
    text = "".join(json.dumps({"text": f"Story {n}."}) + "\n" for n in range(3))
    data = text.encode(codec) if codec == "utf-16" else codecs.BOM_UTF16_BE + text.encode(codec)
    path = write(tmp_path, "windows.jsonl", data)
    docs, [error] = collect(path)
    assert docs == [] and error.source == str(path)
    assert "UTF-16" in error.reason and "must be UTF-8" in error.reason

"""Ingest: files and folders in, decoded documents (or reasons for refusal) out.

`iter_inputs` walks the given paths in a deterministic order and yields one `RawDoc`
per readable document: a .txt page, an .html/.htm page, or one line of a .jsonl file.
Anything it cannot read becomes an `IngestError` naming the problem, and the batch goes
on: one bad file in a scrape of thousands must not stop the run.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from wiretrace.ingest.encoding import DecodeError, decode_bytes, escape_controls, replace_lone_surrogates, strip_controls
from wiretrace.model import IngestError, InputFormat

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # larger files (or JSONL lines) are not news articles
FORMAT_BY_SUFFIX: dict[str, InputFormat] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_HINT_FIELDS = ("url", "title", "published", "outlet", "author")
READ_CHUNK_BYTES = 1024 * 1024  # how much of an oversized JSONL line is read at a time, to skip it


@dataclass
class RawDoc:
    """One decoded input document, before any cleaning."""

    source: str  # file path as `source_name` prints it, or "path:LINE" for a JSONL line
    input_format: InputFormat
    raw_bytes: bytes  # exactly the input bytes (for JSONL: the line's bytes) -> identity hash
    # Decoded text has its control characters (not tabs or newlines) removed.
    text: str | None  # decoded plain-text input (.txt), or the JSONL "text" field
    html: str | None  # decoded HTML input (.html/.htm), or the JSONL "html" field
    encoding: str
    hints: dict = field(default_factory=dict)  # JSONL-provided url/title/published/outlet/author


def iter_inputs(
    paths: Iterable[str | Path], max_bytes: int | None = None
) -> Iterator[RawDoc | IngestError]:
    """Yield a RawDoc or an IngestError for every document under `paths`.

    Folders are walked recursively in sorted order (symbolic links to folders are not
    followed, so a link loop cannot trap the walk) and files with other extensions are
    silently ignored; a file named explicitly with an unsupported extension is reported.
    `max_bytes` defaults to `MAX_DOCUMENT_BYTES`, read at call time so a caller (or a
    test) can change the module-wide limit.
    """
    if max_bytes is None:
        max_bytes = MAX_DOCUMENT_BYTES
    for path in map(Path, paths):
        if os.path.isdir(path):  # unlike Path.is_dir, never raises (a path we may not search)
            yield from _read_folder(path, max_bytes)
        else:
            yield from _read_path(path, max_bytes)


def read_file(path: Path, max_bytes: int | None = None) -> Iterator[RawDoc | IngestError]:
    """Yield the documents of one supported file (several for JSONL)."""
    if max_bytes is None:
        max_bytes = MAX_DOCUMENT_BYTES
    input_format = _input_format(path)
    try:
        if input_format == "jsonl":
            yield from _read_jsonl(path, max_bytes)
        else:
            yield _read_page(path, input_format, max_bytes)
    except OSError as exc:
        yield IngestError(source_name(path), f"cannot read file: {exc.strerror or exc}")


def source_name(path: Path) -> str:
    """`path` as a storable, printable string for `source`: bytes that are not UTF-8 and
    control characters are spelled as escapes (`\\xff`), so a hostile file name can neither
    break the store (SQLite takes only valid UTF-8) nor drive the terminal it is shown on."""
    return escape_controls(os.fsencode(path).decode("utf-8", "backslashreplace"))


def _read_folder(folder: Path, max_bytes: int) -> Iterator[RawDoc | IngestError]:
    """Every supported file below `folder`, in sorted order; a subfolder that cannot be
    listed is reported in its place instead of silently losing what it holds."""
    unlisted: dict[Path, str] = {}

    def note_unlisted(exc: OSError) -> None:
        unlisted[Path(exc.filename)] = f"cannot read folder: {exc.strerror or exc}"

    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=note_unlisted):
        # Hidden files and folders (editor backups, .git, .DS_Store-like droppings) are never articles.
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += (Path(root, n) for n in names if not n.startswith(".") and _input_format(Path(n)) is not None)
    for path in sorted([*files, *unlisted]):
        if path in unlisted:
            yield IngestError(source_name(path), unlisted[path])
        else:
            yield from _read_path(path, max_bytes)


def _read_path(path: Path, max_bytes: int) -> Iterator[RawDoc | IngestError]:
    try:
        problem = _unreadable_because(path)
    except OSError as exc:  # e.g. a parent folder we may not search
        problem = f"cannot read file: {exc.strerror or exc}"
    if problem:
        yield IngestError(source_name(path), problem)
    else:
        yield from read_file(path, max_bytes)


def _unreadable_because(path: Path) -> str | None:
    """Why `path` is no file we can read, or None."""
    if not path.exists():
        if path.is_symlink():
            return "broken symbolic link (its target is missing, or the links form a loop)"
        return "no such file or directory"
    if not path.is_file():  # reading a named pipe would block the whole batch
        return "not a regular file (a pipe, socket or device)"
    if _input_format(path) is None:
        return f"unsupported file type {path.suffix or '(no extension)'!r}; expected one of {', '.join(FORMAT_BY_SUFFIX)}"
    return None


def _input_format(path: Path) -> InputFormat | None:
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def _read_page(path: Path, input_format: InputFormat, max_bytes: int) -> RawDoc | IngestError:
    size = path.stat().st_size
    if size > max_bytes:
        return _too_large(source_name(path), "file", size, max_bytes)
    data = path.read_bytes()
    if not data.strip():
        return IngestError(source_name(path), "empty file")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return IngestError(source_name(path), str(exc))
    text = strip_controls(decoded.text)
    if not text.strip():
        return IngestError(source_name(path), f"empty file (only whitespace once decoded as {decoded.encoding})")
    is_html = input_format == "html"
    return RawDoc(
        source=source_name(path),
        input_format=input_format,
        raw_bytes=data,
        text=None if is_html else text,
        html=text if is_html else None,
        encoding=decoded.encoding,
    )


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDoc | IngestError]:
    """One article per line; blank lines are skipped, bad lines reported one by one."""
    name = source_name(path)
    seen_any = False
    with path.open("rb") as handle:
        if handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            # Split on b"\n", every UTF-16 line would be garbage with a misleading reason.
            yield IngestError(name, "JSONL file in UTF-16 (it starts with a UTF-16 byte-order mark); JSON Lines must be UTF-8")
            return
        handle.seek(0)
        for number, line in enumerate(_lines(handle, max_bytes), start=1):
            if isinstance(line, int):
                yield _too_large(f"{name}:{number}", "JSONL line", line, max_bytes)
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]  # a UTF-8 BOM belongs to the file, not to the first record
            record_bytes = line.rstrip(b"\r\n")
            if not record_bytes.strip():
                continue
            seen_any = True
            yield _jsonl_record(f"{name}:{number}", record_bytes, max_bytes)
    if not seen_any:
        yield IngestError(name, "empty file (no JSONL records)")


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """Each line of `handle`, or for a line too long to be a record its size in bytes:
    a multi-gigabyte line (a whole dump without line breaks) is never held in memory."""
    room = max_bytes + len(codecs.BOM_UTF8) + len(b"\r\n")  # enough for any record within the limit
    while line := handle.readline(room):
        if line.endswith(b"\n") or len(line) < room:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := handle.readline(READ_CHUNK_BYTES)):
            size += len(line)
        line_break = len(line) - len(line.rstrip(b"\r\n"))
        yield size - line_break


def _too_large(source: str, what: str, size: int, max_bytes: int) -> IngestError:
    return IngestError(source, f"{what} too large: {size:,} bytes (limit {max_bytes:,})")


def _jsonl_record(source: str, data: bytes, max_bytes: int) -> RawDoc | IngestError:
    if len(data) > max_bytes:
        return _too_large(source, "JSONL line", len(data), max_bytes)
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return IngestError(source, f"JSONL line is not valid UTF-8: {exc.reason} at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return IngestError(source, f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:  # thousands of nested brackets: hostile, and no article anyway
        return IngestError(source, "malformed JSON: nested too deeply")
    if not isinstance(record, dict):
        return IngestError(source, f"JSONL line is a {type(record).__name__}, expected an object")
    text, html = _string_field(record, "text"), _string_field(record, "html")
    if not (text and text.strip()) and not (html and html.strip()):
        return IngestError(source, 'JSONL record has no non-empty "text" or "html" field')
    hints = _hints(record)
    return RawDoc(
        source=source,
        input_format="jsonl",
        raw_bytes=data,
        text=text if text and text.strip() else None,
        html=html if html and html.strip() else None,
        encoding="utf-8",
        hints=hints,
    )


def _hints(record: dict) -> dict[str, str]:
    """The record's non-empty string metadata; a URL that does not parse is not trusted."""
    hints = {key: value.strip() for key in JSONL_HINT_FIELDS if (value := _string_field(record, key)) and value.strip()}
    if "url" in hints and not _parsable_url(hints["url"]):
        del hints["url"]
    return hints


def _parsable_url(url: str) -> bool:
    try:  # parsed as the outlet lookup does: with or without a scheme
        urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        return False
    return True


def _string_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    return strip_controls(replace_lone_surrogates(value)) if isinstance(value, str) else None

"""Read files, folders or stdin into articles, never raising for one bad record."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from veille.errors import SkipReason
from veille.ingest.dated_text import read_dated_text
from veille.ingest.html import looks_like_html, read_html
from veille.ingest.json_records import read_json, read_jsonl, stream_jsonl
from veille.ingest.records import Notice, ReadOptions, Record, Skipped
from veille.ingest.streams import (
    bom_encoding,
    check_head,
    decode,
    read_head,
    read_rest,
    rejoin,
    text_lines,
)
from veille.ingest.tabular import read_table, sniff_delimiter, stream_table
from veille.types import Article

EXTENSIONS = (".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".htm")
STDIN = "-"


def _sniff(text: str) -> str:
    """The format of text without a file name (stdin): json, jsonl or dated text."""
    head = text.lstrip()
    if looks_like_html(head[:5000]) and head.startswith("<"):
        return ".html"
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].rstrip()
        return ".jsonl" if first.endswith("}") else ".json"
    return ".txt"


def read_bytes(
    data: bytes, path: str, stem: str, suffix: str, options: ReadOptions | None = None
) -> list[Record]:
    """Read the content of one file (or stdin) in the format that `suffix` names.

    Args:
        data: the raw bytes.
        path: the name used in reports.
        stem: the base of the ids of records that have none.
        suffix: `.jsonl`, `.json`, `.csv`, `.tsv`, `.html`; anything else is dated text;
            the empty string means: guess from the content.
        options: how records are judged (the plausible date range).

    Returns:
        Articles, notices and skips, in input order.
    """
    return list(read_stream(io.BytesIO(data), path, stem, suffix, options))


def read_stream(
    stream: BinaryIO, path: str, stem: str, suffix: str, options: ReadOptions | None = None
) -> Iterator[Record]:
    """Read one file (or stdin) lazily: JSON Lines a line at a time, CSV and TSV a record at
    a time, after a bounded head that tells the format, the encoding and the separator; a
    JSON file, a page or a dated text is one value or one article, read whole.

    Args:
        stream: the raw bytes, read as the records are pulled.
        path: the name used in reports.
        stem: the base of the ids of records that have none.
        suffix: as for `read_bytes`; the empty string means: guess from the head.
        options: how records are judged (the plausible date range).

    Yields:
        Articles, notices and skips, in input order.
    """
    head, ended = read_head(stream)
    rest = rejoin(head, stream)
    if bom_encoding(head) is None:  # UTF-16 and UTF-32 are rare: read whole
        kind = suffix.lower() or _sniff(head.decode("utf-8-sig", "replace"))
        if kind == ".jsonl":
            yield from stream_jsonl(rest, path, stem, options)
            return
        if kind in (".csv", ".tsv"):
            yield from _stream_table(head, ended, rest, path, stem, kind, options)
            return
    yield from _read_whole(read_rest(head, ended, stream), path, stem, suffix, options)


def _stream_table(
    head: bytes,
    ended: bool,
    rest: io.BufferedReader,
    path: str,
    stem: str,
    kind: str,
    options: ReadOptions | None,
) -> Iterator[Record]:
    """A CSV or TSV stream: the head is checked (UTF-8, not blank) and gives the separator."""
    refused = check_head(head, path)
    if refused is not None:
        yield refused
        return
    text = head.decode("utf-8-sig", "replace")
    if ended and not text.strip():
        yield Skipped(path, 1, SkipReason.EMPTY_FILE, "no rows")
        return
    delimiter = sniff_delimiter(text, "\t" if kind == ".tsv" else ",")
    yield from stream_table(text_lines(rest, path), path, stem, delimiter, options)


def _read_whole(
    data: bytes | bytearray, path: str, stem: str, suffix: str, options: ReadOptions | None
) -> list[Record]:
    """Read a whole file in the format that `suffix` names, or the one its content shows."""
    text = decode(data, path)
    if isinstance(text, Skipped):
        return [text]
    suffix = suffix.lower() or _sniff(text)
    if suffix == ".jsonl":
        return read_jsonl(text, path, stem, options)
    if suffix == ".json":
        return read_json(text, path, stem, options)
    if suffix in (".html", ".htm"):
        return read_html(text, path, stem, options)
    if suffix in (".csv", ".tsv"):
        return read_table(text, path, stem, "\t" if suffix == ".tsv" else ",", options)
    return read_dated_text(text, path, stem, options)


def _files_under(folder: Path) -> list[Path]:
    """Files with a known extension under `folder`, recursively, sorted, hidden ones left out."""
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in EXTENSIONS
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Record]:
    """Read one file as its records are pulled (see `read_stream`); a file that cannot be
    opened or read is one skip."""
    try:
        with path.open("rb") as stream:
            yield from read_stream(stream, str(path), path.stem, path.suffix, options)
    except OSError as exc:
        yield Skipped(str(path), None, SkipReason.UNREADABLE, exc.strerror or str(exc))


def read_path(
    path: str | Path, stdin: BinaryIO | None = None, options: ReadOptions | None = None
) -> Iterator[Record]:
    """Read a file, a folder (recursively, sorted) or stdin (`-`).

    Args:
        path: a file, a folder, or `-`.
        stdin: the binary stream to read for `-`.
        options: how records are judged (the plausible date range).

    Yields:
        Articles, notices and skips; nothing is raised for a bad record or file.
    """
    if str(path) == STDIN:
        if stdin is None:
            yield Skipped(STDIN, None, SkipReason.UNREADABLE, "no standard input")
            return
        yield from read_stream(stdin, "<stdin>", "stdin", "", options)
        return
    target = Path(path)
    if target.is_dir():
        for file in _files_under(target):
            yield from read_file(file, options)
    elif target.exists():
        yield from read_file(target, options)
    else:
        yield Skipped(str(target), None, SkipReason.UNREADABLE, "no such file or folder")


def read_paths(
    paths: Iterable[str | Path],
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Record]:
    """Read several paths in order; no path at all means stdin.

    Args:
        paths: files, folders, or `-`.
        stdin: the binary stream to read for `-`.
        options: how records are judged (the plausible date range).

    Yields:
        Articles, notices and skips.
    """
    given = list(paths) or [STDIN]
    for path in given:
        yield from read_path(path, stdin, options)


def articles_only(
    records: Iterable[Record], report: Callable[[Skipped | Notice], None]
) -> Iterator[Article]:
    """Pass the articles on and hand every skip and notice to `report`.

    Args:
        records: what a reader yielded.
        report: called once per skip or notice, in input order.

    Yields:
        The articles.
    """
    for record in records:
        if isinstance(record, Article):
            yield record
        else:
            report(record)

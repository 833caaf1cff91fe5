"""Read files, folders or stdin into articles, never raising for one bad record."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from veille.errors import SkipReason
from veille.ingest.dated_text import read_dated_text
from veille.ingest.html import looks_like_html, read_html
from veille.ingest.json_records import read_json, read_jsonl, stream_jsonl
from veille.ingest.records import Notice, ReadOptions, Record, Skipped
from veille.ingest.tabular import read_table
from veille.types import Article

EXTENSIONS = (".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".htm")
STDIN = "-"


# Byte-order marks of the Unicode encodings read besides UTF-8 (longest first).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _guess_encodings(data: bytes) -> list[str]:
    """The three encodings charset-normalizer finds likeliest (a hint for the user: on
    short texts the order is not reliable)."""
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data[:65536])][:3]


def _decode(data: bytes, path: str) -> str | Skipped:
    """Strict UTF-8 (a BOM is dropped), or UTF-16/32 with their BOM; any other encoding
    skips the file, naming the line of the first bad byte and the encoding it looks like."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                detail = f"{encoding} with a bad sequence at offset {exc.start}"
                return Skipped(path, None, SkipReason.NOT_UTF8, detail)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        detail = f"byte 0x{byte} at offset {exc.start}"
        guesses = _guess_encodings(data)
        if guesses:
            detail += f"; it may be {' or '.join(guesses)}: convert it to UTF-8"
            detail += f" (iconv -f {guesses[0]} -t utf-8)"
        return Skipped(path, line, SkipReason.NOT_UTF8, detail)


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
    text = _decode(data, path)
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
    """Read one file; a file that cannot be opened is one skip. JSON Lines are read a line
    at a time, so that a file of any size is read in steady memory."""
    try:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as lines:
                yield from stream_jsonl(lines, str(path), path.stem, options)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), None, SkipReason.UNREADABLE, exc.strerror or str(exc))
        return
    yield from read_bytes(data, str(path), path.stem, path.suffix, options)


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
        yield from read_bytes(stdin.read(), "<stdin>", "stdin", "", options)
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

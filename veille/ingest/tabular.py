"""CSV and TSV files with the columns text, id, date, url, source, lang, title."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from veille.errors import SkipReason
from veille.ingest.records import ReadOptions, Record, Skipped, article_from_mapping
from veille.ingest.streams import UndecodableLine


@contextmanager
def _long_fields() -> Iterator[None]:
    """Let the csv module read fields of any length (a 2 MB article), then restore."""
    previous = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def sniff_delimiter(text: str, default: str) -> str:
    """The separator of the header line (the first line of `text`, the whole file or its
    head): `;` or tab when the header has a `text` column that way and not with `default`
    (spreadsheets write `;` where `,` is a decimal mark)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    fields = {f.strip().strip('"') for f in header.split(default)}
    if "text" in fields:
        return default
    for other in (";", "\t", ","):
        if other != default and "text" in {f.strip().strip('"') for f in header.split(other)}:
            return other
    return default


def read_table(
    text: str, path: str, stem: str, delimiter: str, options: ReadOptions | None = None
) -> list[Record]:
    """Read a whole CSV (`delimiter=","`) or TSV (`"\\t"`) file with a header row.

    Args:
        text: the decoded file content.
        path: the file, for reports.
        stem: the file stem; rows without an id get `<stem>-<line>`.
        delimiter: the field separator (`;` or tab are sniffed from the header).
        options: how records are judged (the plausible date range).

    Returns:
        Articles, notices and skips; a file without a `text` column is one skip.
    """
    if not text.strip():
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "no rows")]
    delimiter = sniff_delimiter(text, delimiter)
    return list(stream_table(io.StringIO(text, newline=""), path, stem, delimiter, options))


def stream_table(
    lines: Iterable[str], path: str, stem: str, delimiter: str, options: ReadOptions | None = None
) -> Iterator[Record]:
    """Read a CSV or TSV file with a header row a record at a time (a file of any size in
    steady memory).

    Args:
        lines: the decoded lines, line ends kept; the reader may raise UndecodableLine.
        path: the file, for reports.
        stem: the file stem; rows without an id get `<stem>-<line>`.
        delimiter: the field separator, as is.
        options: how records are judged (the plausible date range).

    Yields:
        Articles, notices and skips; a file without a `text` column is one skip, and the
        reading stops at a quotation mark never closed or a line that is not UTF-8.
    """
    reader = csv.DictReader(lines, delimiter=delimiter, strict=True)
    try:
        with _long_fields():
            fields = [f.strip().lower() for f in reader.fieldnames or []]
    except csv.Error as exc:
        yield Skipped(path, 1, SkipReason.BAD_ROW, str(exc))
        return
    except UndecodableLine as exc:
        yield exc.skipped
        return
    if "text" not in fields:
        yield Skipped(path, 1, SkipReason.BAD_ROW, "no 'text' column in the header")
        return
    reader.fieldnames = fields
    yielded = False
    for line, row in _rows(reader, path):
        yielded = True
        if isinstance(row, Skipped):
            yield row
        elif None in row:
            yield Skipped(path, line, SkipReason.BAD_ROW, "more fields than the header")
        else:
            yield from article_from_mapping(row, path, line, f"{stem}-{line}", options)
    if not yielded:
        yield Skipped(path, 1, SkipReason.EMPTY_FILE, "a header but no rows")


def _rows(
    reader: csv.DictReader[str], path: str
) -> Iterator[tuple[int, dict[str | Any, str | Any] | Skipped]]:
    """(line, row) for each row; the last one is a skip when the reading stops early."""
    while True:
        line = reader.line_num + 1
        try:
            with _long_fields():
                row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            detail = str(exc)
            if "unexpected end of data" in detail:
                detail = "a quotation mark is never closed; the rest of the file is not read"
            yield line, Skipped(path, line, SkipReason.BAD_ROW, detail)
            return
        except UndecodableLine as exc:
            yield line, exc.skipped
            return
        yield line, row

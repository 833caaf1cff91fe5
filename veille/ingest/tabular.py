"""CSV and TSV files with the columns text, id, date, url, source, lang, title."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from veille.errors import SkipReason
from veille.ingest.records import ReadOptions, Record, Skipped, article_from_mapping


@contextmanager
def _long_fields() -> Iterator[None]:
    """Let the csv module read fields of any length (a 2 MB article), then restore."""
    previous = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _sniff_delimiter(text: str, default: str) -> str:
    """The separator of the header line: `;` or tab when the header has a `text` column
    that way and not with `default` (spreadsheets write `;` where `,` is a decimal mark)."""
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
    """Read a CSV (`delimiter=","`) or TSV (`"\\t"`) file with a header row.

    Args:
        text: the decoded file content.
        path: the file, for reports.
        stem: the file stem; rows without an id get `<stem>-<line>`.
        delimiter: the field separator.
        options: how records are judged (the plausible date range).

    Returns:
        Articles, notices and skips; a file without a `text` column is one skip.
    """
    if not text.strip():
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "no rows")]
    delimiter = _sniff_delimiter(text, delimiter)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[Record] = []
    with _long_fields():
        try:
            fields = [f.strip().lower() for f in reader.fieldnames or []]
        except csv.Error as exc:
            return [Skipped(path, 1, SkipReason.BAD_ROW, str(exc))]
        if "text" not in fields:
            return [Skipped(path, 1, SkipReason.BAD_ROW, "no 'text' column in the header")]
        reader.fieldnames = fields
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                detail = str(exc)
                if "unexpected end of data" in detail:
                    detail = "a quotation mark is never closed; the rest of the file is not read"
                out.append(Skipped(path, line, SkipReason.BAD_ROW, detail))
                break
            if None in row:
                out.append(Skipped(path, line, SkipReason.BAD_ROW, "more fields than the header"))
                continue
            out.extend(article_from_mapping(row, path, line, f"{stem}-{line}", options))
    if not out:
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "a header but no rows")]
    return out

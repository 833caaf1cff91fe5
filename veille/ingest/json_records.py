"""JSON Lines (one object a line) and JSON (one object or a list of objects)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from veille.errors import SkipReason
from veille.ingest.records import ReadOptions, Record, Skipped, article_from_mapping

TOO_DEEP = "nested too deeply to read"


def stream_jsonl(
    lines: Iterable[bytes], path: str, stem: str, options: ReadOptions | None = None
) -> Iterator[Record]:
    """Read JSON Lines one line at a time (a file of any size in steady memory); a line
    that is not UTF-8 or does not parse is skipped, the others are kept.

    Args:
        lines: the raw lines of the file, in order.
        path: the file, for reports.
        stem: the file stem; records without an id get `<stem>-<line>`.
        options: how records are judged (the plausible date range).

    Yields:
        Articles, notices and skips, in file order.
    """
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        seen_any = seen_any or bool(raw.strip())
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            detail = f"byte 0x{raw[exc.start : exc.start + 1].hex()} at column {exc.start + 1}"
            yield Skipped(path, number, SkipReason.NOT_UTF8, detail)
            continue
        if line.strip():
            records = read_jsonl(line, path, stem, options, first_line=number)
            del raw, line  # not held while a long article of this line is coded
            yield from records
    if not seen_any:
        yield Skipped(path, 1, SkipReason.EMPTY_FILE, "no records")


def read_jsonl(
    text: str, path: str, stem: str, options: ReadOptions | None = None, first_line: int = 1
) -> list[Record]:
    """Read JSON Lines; a line that does not parse is skipped and the others are kept.

    Args:
        text: the decoded file content.
        path: the file, for reports.
        stem: the file stem; records without an id get `<stem>-<line>`.
        options: how records are judged (the plausible date range).
        first_line: the line number of the first line of `text` in its file.

    Returns:
        Articles, notices and skips, in file order.
    """
    out: list[Record] = []
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=first_line):
        if not line.strip():
            continue
        seen_any = True
        try:
            value: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Skipped(path, number, SkipReason.BAD_JSON, exc.msg))
            continue
        except RecursionError:
            out.append(Skipped(path, number, SkipReason.BAD_JSON, TOO_DEEP))
            continue
        if not isinstance(value, dict):
            kind = type(value).__name__
            out.append(Skipped(path, number, SkipReason.BAD_ROW, f"a {kind}, not an object"))
            continue
        out.extend(article_from_mapping(value, path, number, f"{stem}-{number}", options))
    if not seen_any:
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "no records")]
    return out


def read_json(text: str, path: str, stem: str, options: ReadOptions | None = None) -> list[Record]:
    """Read a JSON file holding one article object or a list of them.

    Args:
        text: the decoded file content.
        path: the file, for reports.
        stem: the file stem: the id of a lone object, `<stem>-<n>` for the n-th of a list.
        options: how records are judged (the plausible date range).

    Returns:
        Articles, notices and skips; a file that does not parse is one skip.
    """
    if not text.strip():
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "no records")]
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return [Skipped(path, exc.lineno, SkipReason.BAD_JSON, exc.msg)]
    except RecursionError:
        return [Skipped(path, 1, SkipReason.BAD_JSON, TOO_DEEP)]
    if isinstance(value, dict):
        return article_from_mapping(value, path, 1, stem, options)
    if not isinstance(value, list):
        kind = type(value).__name__
        return [Skipped(path, 1, SkipReason.BAD_ROW, f"a {kind}, not an object or a list")]
    out: list[Record] = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            detail = f"item {index} is a {type(item).__name__}, not an object"
            out.append(Skipped(path, None, SkipReason.BAD_ROW, detail))
            continue
        out.extend(article_from_mapping(item, path, None, f"{stem}-{index}", options))
    if not value:
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "an empty list")]
    return out

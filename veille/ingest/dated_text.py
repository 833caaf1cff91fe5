"""The "dated text" format: an optional `date YYYY-MM[-DD]` line or prefix, then the text."""

from __future__ import annotations

import re

from veille.errors import SkipReason
from veille.ingest.dates import normalize_date
from veille.ingest.records import (
    Notice,
    NoticeReason,
    ReadOptions,
    Record,
    Skipped,
    clean_text,
    finish,
    markup_to_text,
    out_of_range,
)
from veille.types import Article

# `date 2023-02 Le texte…`, `Date: 2023-02-05\nLe texte…`, after optional leading whitespace.
_PREFIX = re.compile(r"\s*date\s*:?[ \t]+(?P<date>\d[\w/.:+-]*)(?:\s+|$)", re.IGNORECASE)


def read_dated_text(
    text: str, path: str, article_id: str, options: ReadOptions | None = None
) -> list[Record]:
    """Read one article in the dated-text format.

    Args:
        text: the decoded file content.
        path: the file, for reports.
        article_id: the id to give the article (the file stem).
        options: how the date is judged (the plausible range).

    Returns:
        `[Skipped]` for an empty file; otherwise the article (its text without the date
        prefix, stripped), preceded by a notice when the date is missing or bad.
    """
    if not text.strip():
        return [Skipped(path, 1, SkipReason.EMPTY_FILE, "no text")]
    body = text
    date: str | None = None
    notice: Notice | None = None
    match = _PREFIX.match(text)
    if match is None:
        notice = Notice(path, 1, NoticeReason.NO_DATE, "", article_id)
    else:
        body = text[match.end() :]
        date = normalize_date(match["date"])
        line = text.count("\n", 0, match.start("date")) + 1
        if date is None:
            notice = Notice(path, line, NoticeReason.BAD_DATE, repr(match["date"]), article_id)
        else:
            notice = out_of_range(date, options or ReadOptions(), path, line, article_id)
            date = None if notice else date
    body = markup_to_text(clean_text(body)).strip()
    if not body:
        return [Skipped(path, 1, SkipReason.NO_TEXT, "a date but no text")]
    article = Article(id=article_id, text=body, date=date)
    return finish(article, path, 1, notice)

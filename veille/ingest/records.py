"""What a reader yields besides articles: skipped records and notices, with positions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from veille.errors import SkipReason
from veille.ingest.dates import normalize_date
from veille.types import Article


class NoticeReason(StrEnum):
    """Why an article that was kept deserves a warning."""

    NO_DATE = "no_date"
    BAD_DATE = "bad_date"


@dataclass(frozen=True)
class Skipped:
    """An input record that could not be read; it is reported and the others go on."""

    path: str
    line: int | None
    reason: SkipReason
    detail: str = ""

    def position(self) -> str:
        """`PATH:LINE`, or `PATH` when the line is unknown."""
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Notice:
    """A warning about an article that was kept (no date, a date that did not parse)."""

    path: str
    line: int | None
    reason: NoticeReason
    detail: str = ""
    article_id: str = ""

    def position(self) -> str:
        """`PATH:LINE`, or `PATH` when the line is unknown."""
        return self.path if self.line is None else f"{self.path}:{self.line}"


Record = Article | Skipped | Notice

_OPTIONAL = ("url", "source", "title")


def _optional_str(value: Any) -> str | None:
    """A record field as a stripped string, None when absent or empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def date_of(
    raw: Any, path: str, line: int | None, article_id: str
) -> tuple[str | None, Notice | None]:
    """Normalise a record's date; return a notice when it is missing or does not parse."""
    text = _optional_str(raw)
    if text is None:
        return None, Notice(path, line, NoticeReason.NO_DATE, "", article_id)
    iso = normalize_date(text)
    if iso is None:
        return None, Notice(path, line, NoticeReason.BAD_DATE, repr(text), article_id)
    return iso, None


def article_from_mapping(
    record: Mapping[str, Any], path: str, line: int | None, default_id: str
) -> list[Record]:
    """Turn one JSON object or CSV row into an article (plus a notice), or a skip.

    Args:
        record: the fields of the record; `text` is required, `id`, `date`, `url`,
            `source`, `lang`, `title` are optional.
        path: the file the record comes from, for reports.
        line: the record's line in that file, if known.
        default_id: the id to use when the record has none.

    Returns:
        `[Skipped]` when there is no text; otherwise the article, preceded by a notice
        when its date is missing or bad.
    """
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        detail = "no 'text' field" if text is None else "empty or not a string 'text'"
        return [Skipped(path, line, SkipReason.NO_TEXT, detail)]
    article_id = _optional_str(record.get("id")) or default_id
    date, notice = date_of(record.get("date"), path, line, article_id)
    extra = {key: _optional_str(record.get(key)) for key in _OPTIONAL}
    article = Article(
        id=article_id,
        text=text,
        date=date,
        lang=_optional_str(record.get("lang")) or "fr",
        source=extra["source"],
        url=extra["url"],
        title=extra["title"],
    )
    return [article] if notice is None else [notice, article]

"""What a reader yields besides articles: skipped records and notices, with positions."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
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
    DATE_OUT_OF_RANGE = "date_out_of_range"
    FOREIGN_SCRIPT = "foreign_script"


# C0 controls but tab, newline and carriage return; DEL; C1 controls (ESC, CSI, OSC…);
# lone surrogates (a JSON "\ud800" escape): removed from every text field before coding.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` without control characters, NUL bytes and lone surrogates."""
    return _CONTROL.sub("", value)


def markup_to_text(text: str) -> str:
    """`text` itself, or its main text when it is HTML markup (see veille.ingest.html)."""
    from veille.ingest.html import extract_page, looks_like_html

    return extract_page(text).text if looks_like_html(text) else text


@dataclass(frozen=True)
class ReadOptions:
    """How readers judge records: the plausible range of article dates (ISO strings,
    compared on their prefix). The caller gives the upper bound: there is no hidden clock."""

    earliest: str = "1900-01-01"
    latest: str | None = None

    @classmethod
    def until(
        cls, today: dt.date, years_ahead: int = 1, earliest: str = "1900-01-01"
    ) -> ReadOptions:
        """Dates from `earliest` to `years_ahead` years after `today`."""
        try:
            latest = today.replace(year=today.year + years_ahead)
        except ValueError:  # 29 February
            latest = today.replace(year=today.year + years_ahead, day=28)
        return cls(earliest, latest.isoformat())

    def plausible(self, iso: str) -> bool:
        """Whether a normalised date (YYYY, YYYY-MM or YYYY-MM-DD) lies in the range."""
        if iso < self.earliest[: len(iso)]:
            return False
        return self.latest is None or iso <= self.latest[: len(iso)]


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
    """A record field as a stripped string without control characters, None when absent
    or empty."""
    if value is None:
        return None
    text = clean_text(str(value)).strip()
    return text or None


def date_of(
    raw: Any, path: str, line: int | None, article_id: str, options: ReadOptions
) -> tuple[str | None, Notice | None]:
    """Normalise a record's date; return a notice when it is missing, does not parse, or
    lies outside the plausible range (the article is then kept undated)."""
    text = _optional_str(raw)
    if text is None:
        return None, Notice(path, line, NoticeReason.NO_DATE, "", article_id)
    iso = normalize_date(text)
    if iso is None:
        return None, Notice(path, line, NoticeReason.BAD_DATE, repr(clean_text(text)), article_id)
    notice = out_of_range(iso, options, path, line, article_id)
    return (None, notice) if notice else (iso, None)


def out_of_range(
    iso: str, options: ReadOptions, path: str, line: int | None, article_id: str
) -> Notice | None:
    """The notice for a date outside the plausible range, or None when it is inside."""
    if options.plausible(iso):
        return None
    span = f"{options.earliest} to {options.latest or 'any later date'}"
    detail = f"{iso} is outside {span}; the article is kept undated"
    return Notice(path, line, NoticeReason.DATE_OUT_OF_RANGE, detail, article_id)


def article_from_mapping(
    record: Mapping[str, Any],
    path: str,
    line: int | None,
    default_id: str,
    options: ReadOptions | None = None,
) -> list[Record]:
    """Turn one JSON object or CSV row into an article (plus a notice), or a skip.

    Args:
        record: the fields of the record; `text` is required, `id`, `date`, `url`,
            `source`, `lang`, `title` are optional.
        path: the file the record comes from, for reports.
        line: the record's line in that file, if known.
        default_id: the id to use when the record has none.
        options: the plausible date range (default: from 1900, no upper bound).

    Returns:
        `[Skipped]` when there is no text; otherwise the article, preceded by a notice
        when its date is missing or bad.
    """
    raw = record.get("text")
    text = markup_to_text(clean_text(raw)) if isinstance(raw, str) else None
    if text is None or not text.strip():
        detail = "no 'text' field" if raw is None else "empty or not a string 'text'"
        return [Skipped(path, line, SkipReason.NO_TEXT, detail)]
    article_id = _optional_str(record.get("id")) or default_id
    date, notice = date_of(record.get("date"), path, line, article_id, options or ReadOptions())
    extra = {key: _optional_str(record.get(key)) for key in _OPTIONAL}
    article = Article(
        id=article_id,
        text=text,
        date=date,
        lang=_optional_str(record.get("lang")),
        source=extra["source"],
        url=extra["url"],
        title=extra["title"],
    )
    return finish(article, path, line, notice)


def script_notice(article: Article, path: str, line: int | None) -> Notice | None:
    """A notice when most letters of the text are not Latin (Arabic, CJK, Cyrillic…): the
    article is coded with its `lang` (or the language detected), which will find little."""
    scripts: Counter[str] = Counter()
    for ch in article.text[:20000]:
        if ch.isalpha():
            scripts[unicodedata.name(ch, "UNKNOWN").split(" ")[0]] += 1
    total = sum(scripts.values())
    if not total or scripts["LATIN"] / total >= 0.5:
        return None
    script, count = scripts.most_common(1)[0]
    detail = (
        f"{count * 100 // total} % of its letters are {script.lower()}, not latin: "
        + (f"coded as {article.lang!r}" if article.lang else "its language is detected")
        + "; give the record its language"
    )
    return Notice(path, line, NoticeReason.FOREIGN_SCRIPT, detail, article.id)


def finish(article: Article, path: str, line: int | None, notice: Notice | None) -> list[Record]:
    """The article preceded by its notices (date, script), in that order."""
    notices = [n for n in (notice, script_notice(article, path, line)) if n is not None]
    return [*notices, article]

"""HTML as input: a page (or markup pasted into a text field) reduced to its main text by
trafilatura, a maintained extractor, before anything is coded."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.errors import SkipReason
from veille.ingest.records import (
    ReadOptions,
    Record,
    Skipped,
    clean_text,
    date_of,
    finish,
)
from veille.text import safe_link
from veille.types import Article

# Tags that mark a text as markup rather than prose that mentions a "<".
_TAG = re.compile(
    r"</?(?:!doctype|html|head|body|p|div|span|a|b|i|u|em|strong|br|hr|article|section|"
    r"main|header|footer|nav|h[1-6]|ul|ol|li|table|tr|td|img|script|style|iframe|font)\b[^>]*>",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """What an HTML page gives: its main text and, when the page says them, metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether `text` is markup: a document type or <html> first, or two known tags."""
    head = text.lstrip()[:15].lower()
    if head.startswith(("<!doctype", "<html")):
        return True
    return len(_TAG.findall(text, 0, 200_000)) >= 2


def extract_page(markup: str) -> Page:
    """The main text of a page (boilerplate, scripts and styles left out) and its title,
    date and URL when its metadata has them; an empty text when nothing is left."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, favor_recall=True, include_comments=False, with_metadata=True
    )
    if doc is None:
        return Page("")
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return Page(
        text=(fields.get("text") or "").strip(),
        title=fields.get("title") or None,
        date=fields.get("date") or None,
        url=fields.get("url") or None,
    )


def read_html(text: str, path: str, stem: str, options: ReadOptions | None = None) -> list[Record]:
    """Read one HTML page: its main text is the article, dated by the page's metadata.

    Args:
        text: the decoded page.
        path: the file, for reports.
        stem: the article's id (the file stem).
        options: how the date is judged (the plausible range).

    Returns:
        `[Skipped]` when no main text is found; otherwise the article, preceded by a
        notice when the page gives no date (or a bad or implausible one).
    """
    page = extract_page(text)
    if not page.text:
        return [Skipped(path, None, SkipReason.NO_TEXT, "no main text in the page")]
    date, notice = date_of(page.date, path, None, stem, options or ReadOptions())
    article = Article(
        id=stem,
        text=clean_text(page.text),
        date=date,
        title=clean_text(page.title) if page.title else None,
        url=safe_link(page.url),
    )
    return finish(article, path, None, notice)

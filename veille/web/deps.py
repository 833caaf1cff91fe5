"""Request dependencies: a cursor per request, checked filters, pagination."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import duckdb
from fastapi import Depends, Query, Request

from veille.errors import Errors, UsageError
from veille.store import locking
from veille.store.filters import EventFilter
from veille.web.errors import NotFound

MAX_PER_PAGE = 500


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request, closed after it (an ingest may write the
    file between two requests); waits while a writer holds the file."""
    state = request.app.state
    con = locking.connect(state.db_path, True, state.lock_wait)
    try:
        yield con
    finally:
        con.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]

_CODE_HELP = "a country (CHN) or the start of an actor code (CHNGOV)"


def event_filter(
    request: Request,
    source: Annotated[
        str | None, Query(max_length=40, description=f"Source: {_CODE_HELP}.")
    ] = None,
    target: Annotated[
        str | None, Query(max_length=40, description=f"Target: {_CODE_HELP}.")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=40, description=f"Either side: {_CODE_HELP}.")
    ] = None,
    cameo: Annotated[
        str | None, Query(max_length=8, description="CAMEO code or its start (04, 042).")
    ] = None,
    root: Annotated[str | None, Query(max_length=4, description="CAMEO root (01-20).")] = None,
    quad: Annotated[
        str | None,
        Query(
            max_length=2,
            description="Quad class: 1 verbal coop., 2 material "
            "coop., 3 verbal conflict, 4 material conflict.",
        ),
    ] = None,
    since: Annotated[
        str | None, Query(max_length=32, description="First date, YYYY[-MM[-DD]].")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=32, description="Last date, inclusive of its period.")
    ] = None,
    lang: Annotated[str | None, Query(max_length=8, description="Article language (fr).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the text.")] = None,
    both: Annotated[bool, Query(description="source/target match in either direction.")] = False,
    count_duplicates: Annotated[
        bool | None,
        Query(
            description="Count every copy of a story (the same wire story in several "
            "outlets); by default a story's events and quotes count once."
        ),
    ] = None,
) -> EventFilter:
    """The filters of a query string, checked (UsageError → 400)."""
    if count_duplicates is None:
        count_duplicates = bool(getattr(request.app.state, "count_duplicates", False))
    raw = dict(source=source, target=target, country=country, cameo=cameo, root=root,
               quad=quad, since=since, until=until, lang=lang, q=q, both=both,
               count_duplicates=count_duplicates)  # fmt: skip
    checked = EventFilter.checked(**raw)
    codes = request.app.state.cameo.codes()
    if checked.cameo and not any(code.startswith(checked.cameo) for code in codes):
        raise UsageError(Errors.E008.format(value=checked.cameo, what="known CAMEO code"))
    return checked


Filters = Annotated[EventFilter, Depends(event_filter)]


@dataclass(frozen=True)
class Page:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def check(self, total: int) -> None:
        """A page past the end (other than an empty first page) is not found."""
        if self.page > 1 and self.offset >= total:
            raise NotFound(f"page {self.page} is past the end ({total} rows)")

    def envelope(self, total: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
        pages = max(1, -(-total // self.per_page))
        return {"ok": True, "page": self.page, "per_page": self.per_page, "total": total,
                "pages": pages, "rows": rows}  # fmt: skip


def pagination(
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=MAX_PER_PAGE, description=f"Rows per page (max {MAX_PER_PAGE}).")
    ] = 50,
) -> Page:
    return Page(page, per_page)


Paging = Annotated[Page, Depends(pagination)]

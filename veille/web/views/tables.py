"""Events and quotes tables: filters, pagination, JSON twins and CSV downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from veille.store.analysis import count_events, count_quotes, list_events, list_quotes
from veille.store.filters import EventFilter
from veille.web.deps import Cursor, Filters, Page, Paging
from veille.web.render import render
from veille.web.security import csv_cell

router = APIRouter()

Counter = Callable[[Any, EventFilter], int]
Lister = Callable[[Any, EventFilter, int | None, int], list[dict[str, Any]]]


def _listing(
    cur: Cursor, f: EventFilter, page: Page, count: Counter, rows: Lister
) -> dict[str, Any]:
    total = count(cur, f)
    page.check(total)
    out = page.envelope(total, rows(cur, f, page.per_page, page.offset))
    out["filters"] = f.params()
    return out


def _csv(rows: list[dict[str, Any]], name: str) -> Response:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/api/events", tags=["events"], summary="Events, oldest first")
def api_events(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    """Coded events (negated ones left out), filtered and paginated."""
    return _listing(cur, f, page, count_events, list_events)


@router.get("/events.json", include_in_schema=False)
def events_json(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    return _listing(cur, f, page, count_events, list_events)


@router.get("/events.csv", tags=["events"], summary="Every matching event as CSV")
def events_csv(cur: Cursor, f: Filters) -> Response:
    return _csv(list_events(cur, f, None), "events.csv")


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, cur: Cursor, f: Filters, page: Paging) -> HTMLResponse:
    ctx = _listing(cur, f, page, count_events, list_events)
    return render(request, "events.html", ctx)


@router.get("/api/quotes", tags=["quotes"], summary="Quotes, oldest first")
def api_quotes(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    """Quotes with their speakers. `source` or `country` match the start of the speaker's
    code; `q` searches the quote and the speaker; dates and `lang` are the article's."""
    return _listing(cur, f, page, count_quotes, list_quotes)


@router.get("/quotes.json", include_in_schema=False)
def quotes_json(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    return _listing(cur, f, page, count_quotes, list_quotes)


@router.get("/quotes.csv", tags=["quotes"], summary="Every matching quote as CSV")
def quotes_csv(cur: Cursor, f: Filters) -> Response:
    return _csv(list_quotes(cur, f, None), "quotes.csv")


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(request: Request, cur: Cursor, f: Filters, page: Paging) -> HTMLResponse:
    ctx = _listing(cur, f, page, count_quotes, list_quotes)
    return render(request, "quotes.html", ctx)

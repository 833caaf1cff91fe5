"""Overview (`/`): most active dyads and actors for a period, and a quad-class timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from veille.store.aggregates import actor_counts, timeline, top_dyads
from veille.store.filters import EventFilter
from veille.web.charts import stacked_chart
from veille.web.deps import Cursor, Filters
from veille.web.render import render, url

router = APIRouter()
Limit = Annotated[int, Query(ge=1, le=100, description="How many dyads and actors.")]


def overview_context(cur: Cursor, f: EventFilter, limit: int) -> dict[str, Any]:
    return {
        "ok": True,
        "filters": f.params(),
        "dyads": top_dyads(cur, f, limit),
        "actors": actor_counts(cur, f, limit),
        "timeline": timeline(cur, f),
    }


@router.get("/api/overview", tags=["pages"], summary="Most active dyads and actors, timeline")
def api_overview(cur: Cursor, f: Filters, limit: Limit = 10) -> dict[str, Any]:
    return overview_context(cur, f, limit)


@router.get("/index.json", include_in_schema=False)
def overview_json(cur: Cursor, f: Filters, limit: Limit = 10) -> dict[str, Any]:
    return overview_context(cur, f, limit)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, cur: Cursor, f: Filters, limit: Limit = 10) -> HTMLResponse:
    ctx = overview_context(cur, f, limit)
    keep = f.with_(since=None, until=None, quad=None).params()

    def href(month: str, quad: int) -> str:
        return url("/events", **keep, since=month, until=month, quad=quad)

    ctx["chart"] = stacked_chart(ctx["timeline"], href)
    return render(request, "index.html", ctx)

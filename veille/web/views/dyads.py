"""Dyad page (`/dyads/CHN/RUS`): monthly quad-class bars, mean Goldstein, events per bar."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from veille.store.aggregates import dyad_series
from veille.store.analysis import list_events
from veille.store.filters import EventFilter
from veille.store.rows import check_code, check_date
from veille.web.charts import stacked_chart
from veille.web.deps import Cursor, Filters
from veille.web.render import path_part, render, url

router = APIRouter()
By = Annotated[Literal["month"], Query(description="Time step of the series (month).")]
Month = Annotated[str | None, Query(max_length=7, description="Show the events of this month.")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="…and of this quad class.")]
SELECTED_LIMIT = 200


def _pair(a: str, b: str, f: EventFilter) -> EventFilter:
    return f.with_(source=check_code(a), target=check_code(b), both=True)


def series_context(cur: Cursor, a: str, b: str, f: EventFilter) -> dict[str, Any]:
    pair = _pair(a, b, f)
    assert pair.source is not None and pair.target is not None
    series = dyad_series(cur, pair.source, pair.target, f)
    return {"ok": True, "a": pair.source, "b": pair.target, "by": "month", "series": series}


def dyad_context(
    cur: Cursor, a: str, b: str, f: EventFilter, month: str | None, quad: int | None
) -> dict[str, Any]:
    ctx = series_context(cur, a, b, f.with_(quad=None))  # `quad` selects a bar's events
    ctx["selected"] = None
    if month:
        month = check_date(month)[:7]
        chosen = _pair(a, b, f).with_(since=month, until=month, quad=quad)
        rows = list_events(cur, chosen, SELECTED_LIMIT)
        ctx["selected"] = {"month": month, "quad": quad, "events": rows,
                           "filters": chosen.params()}  # fmt: skip
    return ctx


@router.get("/api/dyads/{a}/{b}/series", tags=["dyads"], summary="Monthly series of a dyad")
def api_series(cur: Cursor, a: str, b: str, f: Filters, by: By = "month") -> dict[str, Any]:
    """Events between `a` and `b` per month, both directions: counts per quad class
    (`quads`: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict),
    mean Goldstein, and the same for `a_to_b` and `b_to_a`."""
    return series_context(cur, a, b, f)


@router.get("/dyads/{a}/{b}.json", include_in_schema=False)
def dyad_json(
    cur: Cursor, a: str, b: str, f: Filters, month: Month = None, quad: Quad = None
) -> dict[str, Any]:
    return dyad_context(cur, a, b, f, month, quad)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
def dyad_page(
    request: Request, cur: Cursor, a: str, b: str, f: Filters,
    month: Month = None, quad: Quad = None,
) -> HTMLResponse:  # fmt: skip
    ctx = dyad_context(cur, a, b, f, month, quad)
    base = f"/dyads/{path_part(ctx['a'])}/{path_part(ctx['b'])}"
    keep = f.with_(source=None, target=None, both=False, quad=None).params()

    def href(m: str, q: int) -> str:
        return url(base, **keep, month=m, quad=q) + "#dyad-events"

    ctx["chart"] = stacked_chart(ctx["series"], href)
    ctx["base"] = base
    return render(request, "dyad.html", ctx)

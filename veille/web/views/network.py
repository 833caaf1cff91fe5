"""Relations network (`/network`): actors on a circle, edges coloured by mean Goldstein."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veille.store.aggregates import top_dyads
from veille.store.filters import EventFilter
from veille.web.charts import network_layout
from veille.web.deps import Cursor, Filters
from veille.web.render import render

router = APIRouter()


def network_context(cur: Cursor, f: EventFilter) -> dict[str, Any]:
    return {"ok": True, "filters": f.params(), "dyads": top_dyads(cur, f, limit=None)}


@router.get("/api/network", tags=["pages"], summary="Every dyad of a period (network edges)")
def api_network(cur: Cursor, f: Filters) -> dict[str, Any]:
    return network_context(cur, f)


@router.get("/network.json", include_in_schema=False)
def network_json(cur: Cursor, f: Filters) -> dict[str, Any]:
    return network_context(cur, f)


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, cur: Cursor, f: Filters) -> HTMLResponse:
    ctx = network_context(cur, f)
    ctx["nodes"], ctx["edges"] = network_layout(ctx["dyads"])
    return render(request, "network.html", ctx)

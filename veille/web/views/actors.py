"""Actors: the list with counts (`/api/actors`) and the actor page (`/actors/CHN`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veille.store.aggregates import actor_counts, count_actors, partners
from veille.store.analysis import list_events, list_quotes
from veille.store.filters import EventFilter
from veille.store.rows import check_code
from veille.web.deps import Cursor, Filters, Paging
from veille.web.errors import NotFound
from veille.web.render import render

router = APIRouter()
LIST_LIMIT = 100


@router.get("/api/actors", tags=["actors"], summary="Actors with their event counts")
def api_actors(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    """Actors (country, or organisation code) by number of events, as source and as target,
    per quad class, with mean Goldstein. `country` keeps codes that start with it."""
    total = count_actors(cur, f)
    page.check(total)
    return page.envelope(total, actor_counts(cur, f, page.per_page, page.offset))


def actor_context(cur: Cursor, code: str, f: EventFilter) -> dict[str, Any]:
    code = check_code(code)
    rows = actor_counts(cur, f.with_(country=code, source=None, target=None), 1)
    summary = next((r for r in rows if r["code"] == code), None)
    quotes = list_quotes(cur, f.with_(source=code, country=None), LIST_LIMIT)
    if summary is None and not quotes:
        raise NotFound(f"no events or quotes for actor {code!r}")
    ranked = partners(cur, code, f)
    cooperation = sorted((p for p in ranked if p["cooperation"]),
                         key=lambda p: (-p["cooperation"], p["partner"]))  # fmt: skip
    conflict = sorted((p for p in ranked if p["conflict"]),
                      key=lambda p: (-p["conflict"], p["partner"]))  # fmt: skip
    plain = f.with_(country=None, both=False)
    return {
        "ok": True,
        "code": code,
        "summary": summary,
        "as_source": list_events(cur, plain.with_(source=code, target=None), LIST_LIMIT),
        "as_target": list_events(cur, plain.with_(target=code, source=None), LIST_LIMIT),
        "partners_cooperation": cooperation,
        "partners_conflict": conflict,
        "quotes": quotes,
    }


@router.get("/api/actors/{code}", tags=["actors"], summary="One actor: events, partners, quotes")
def api_actor(cur: Cursor, code: str, f: Filters) -> dict[str, Any]:
    return actor_context(cur, code, f)


@router.get("/actors/{code}.json", include_in_schema=False)
def actor_json(cur: Cursor, code: str, f: Filters) -> dict[str, Any]:
    return actor_context(cur, code, f)


@router.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, cur: Cursor, code: str, f: Filters) -> HTMLResponse:
    return render(request, "actor.html", actor_context(cur, code, f))

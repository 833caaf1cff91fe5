"""Templates: one Jinja environment per app, autoescaping on, and small URL helpers."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def url(path: str, **params: Any) -> str:
    """`path` with the given query parameters (None, '' and False left out)."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(kept)}" if kept else path


def page_url(request: Request, page: int) -> str:
    """The current URL with another page number."""
    params = dict(request.query_params)
    params["page"] = str(page)
    return url(request.url.path, **params)


def path_part(value: str) -> str:
    """One path segment, percent-encoded (slashes too)."""
    return quote(value, safe="@")


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"


def make_env() -> jinja2.Environment:
    """The template environment; autoescape is on for every template."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("veille.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(url=url, page_url=page_url, QUAD_NAMES=QUAD_NAMES)
    env.filters.update(path_part=path_part, signed=signed)
    return env


def render(
    request: Request, template: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    """Render `template` with `context` (plus the request) as an HTML response."""
    env: jinja2.Environment = request.app.state.templates
    html = env.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)

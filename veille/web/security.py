"""What the web app does with untrusted data and requests: security headers, HEAD, a Host
allow-list, links only to http(s) URLs, CSV cells a spreadsheet will not run.

Docs: docs/web.md ("Security").
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response

# Only our own scripts, styles and images; no framing, no plugins, no referrer leak.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Handler = Callable[[Request], Awaitable[Response]]


def csv_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _host_name(header: str) -> str:
    """The host of a Host header, without its port ("[::1]:8000" -> "::1")."""
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host names the server answers to: loopback names, the bound address unless it
    is a wildcard, and the names the user allows."""
    hosts = {*LOOPBACK_HOSTS, *extra}
    if bind not in {"0.0.0.0", "::", ""}:
        hosts.add(bind)
    return sorted(_host_name(h).lower() for h in hosts)


def install(app: FastAPI, hosts: list[str] | None = None) -> None:
    """Add the security middleware to `app`; `hosts=None` answers any Host header."""
    allowed = {h.lower() for h in hosts} if hosts is not None else None

    @app.middleware("http")
    async def harden(request: Request, call_next: Handler) -> Response:
        host = _host_name(request.headers.get("host", "")).lower()
        if allowed is not None and host not in allowed:
            response: Response = PlainTextResponse("unknown host", status_code=400)
        elif request.method == "HEAD":
            request.scope["method"] = "GET"
            got = await call_next(request)
            response = Response(status_code=got.status_code, headers=dict(got.headers))
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

"""Errors that carry an HTTP status, and the one JSON error shape."""

from __future__ import annotations

from typing import Any

from veille.errors import StoreError, UsageError, VeilleError


class WebError(VeilleError):
    """An error shown to a web client with an HTTP status."""

    status = 500


class NotFound(WebError):
    """The article, actor or page asked for does not exist."""

    status = 404


def status_of(exc: VeilleError) -> int:
    """The HTTP status of a veille error: bad user values are 400, a broken store 500."""
    if isinstance(exc, WebError):
        return exc.status
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, StoreError):
        return 500
    return 500


def error_body(status: int, error: str, errors: list[str] | None = None) -> dict[str, Any]:
    """`{"ok": false, "error": ..., "errors": [...], "status": ...}`: every JSON error."""
    return {"ok": False, "error": error, "errors": errors or [error], "status": status}

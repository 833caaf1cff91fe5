"""The app factory: a read-only DuckDB connection, routers, static files, error handlers.

Docs: docs/web.md
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from veille.errors import Errors, StoreError, VeilleError
from veille.events.cameo import CameoTable
from veille.store.duckdb_store import DEFAULT_LOCK_WAIT, Store
from veille.web import security
from veille.web.errors import error_body, status_of
from veille.web.render import make_env, render
from veille.web.views import actors, articles, dyads, network, overview, tables


def _check(db_path: str, wait: float) -> None:
    """A missing or unreadable file is a StoreError before anything is served; a database
    made before stories is migrated (docs/stories.md)."""
    if not Path(db_path).is_file():
        raise StoreError(Errors.E007.format(path=db_path, reason="no such database"))
    Store.open(db_path, create=False, read_only=True, wait=wait).close()


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith((".json", ".csv"))


def _error(request: Request, status: int, error: str, errors: list[str] | None = None) -> Response:
    """The JSON error shape for API and .json requests, an HTML page for the others."""
    if _wants_json(request):
        return JSONResponse(error_body(status, error, errors), status_code=status)
    return render(request, "error.html", {"status": status, "error": error}, status=status)


def _install_handlers(app: FastAPI) -> None:
    async def on_veille(request: Request, exc: Exception) -> Response:
        status = status_of(exc) if isinstance(exc, VeilleError) else 500
        return _error(request, status, str(exc))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        ]
        return _error(request, 400, "invalid request parameters", errors)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(request, exc.status_code, str(exc.detail))

    async def on_other(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "internal error")

    app.add_exception_handler(VeilleError, on_veille)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(Exception, on_other)


def create_app(
    db_path: str,
    hosts: list[str] | None = None,
    lock_wait: float = DEFAULT_LOCK_WAIT,
    count_duplicates: bool = False,
) -> FastAPI:
    """A FastAPI app serving the database at `db_path`, opened read-only.

    Args:
        db_path: a veille DuckDB file (built by `veille ingest` or `veille.fixtures`).
        hosts: the Host header names to answer (`security.allowed_hosts`); None: any.
        lock_wait: seconds a request waits while an ingest writes the file.
        count_duplicates: the default of the `count_duplicates` parameter: count every
            copy of a story rather than once.

    Each request opens the file read-only and closes it (veille.store.locking), so that
    `veille ingest` can write between requests while the server keeps answering.

    Raises:
        StoreError: the file is missing or not a readable DuckDB database.
    """
    _check(db_path, lock_wait)
    app = FastAPI(
        title="veille",
        summary="Political events, actors and quotes coded from French news.",
        version="0.1.0",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the schema
        redoc_url=None,  # itself is served at /openapi.json
    )
    app.state.db_path = db_path
    app.state.lock_wait = lock_wait
    app.state.count_duplicates = count_duplicates
    app.state.templates = make_env()
    app.state.cameo = CameoTable.load()
    static = resources.files("veille.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    for module in (overview, dyads, actors, articles, tables, network):
        app.include_router(module.router)
    _install_handlers(app)
    security.install(app, hosts)
    return app

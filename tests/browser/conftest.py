"""Browser fixtures: the fixture database served by uvicorn on a loopback port, and a
headless Debian Chromium driven by Playwright.

Without /usr/bin/chromium or the `playwright` package the browser tests are skipped, except
when the `CI` environment variable is set: there a missing browser fails loudly (`.ci/run`
and `make browser-deps` install it). Playwright never downloads a browser here: it drives
Debian's chromium through `executable_path` (another binary: set VEILLE_CHROMIUM).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_tab import Tab

CHROMIUM = Path(os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (install it with `make browser-deps`)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def _browser_ready() -> None:
    """Skip (or, under CI, fail) when Chromium or Playwright is missing."""
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def base_url(_browser_ready: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving `create_app` over the fixture database, in a background thread."""
    import uvicorn

    from veille.fixtures import build_fixture_db
    from veille.web import create_app

    db = build_fixture_db(tmp_path_factory.mktemp("browser") / "fixture.duckdb")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(str(db)), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start", pytrace=False)
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def browser_context(
    _browser_ready: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """A headless Chromium with a fresh, temporary profile."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
            locale="fr-FR",
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture()
def tab(browser_context: Any, base_url: str) -> Iterator[Tab]:
    """A fresh page that records (and dismisses) every dialog and console error, and blocks
    (and records) any request that would leave the test server: no CDN, no tracker."""
    page = browser_context.new_page()
    found = Tab(page, base_url)

    def off_site(route: Any) -> None:
        found.external.append(route.request.url)
        route.abort()

    page.route(re.compile(rf"^(?!{re.escape(base_url)}/)"), off_site)

    def on_dialog(dialog: Any) -> None:
        found.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda msg: msg.type == "error" and found.errors.append(msg.text))
    page.on("pageerror", lambda exc: found.errors.append(str(exc)))

    def on_response(response: Any) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            found.errors.append(f"{response.status} {response.url}")

    page.on("response", on_response)
    try:
        yield found
    finally:
        page.close()

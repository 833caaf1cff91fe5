"""The spaCy models are pinned by version and wheel hash (requirements/models.txt), in step
with pyproject.toml and with the package each language folder names."""

from __future__ import annotations

import importlib
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from veille.coders import available_languages

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([0-9][^\s\\]*)\s*\\?\s*--hash=sha256:([0-9a-f]{64})$")


def hashed_pins() -> dict[str, str]:
    """name → version from requirements/models.txt; every requirement must carry a hash."""
    text = (ROOT / "requirements" / "models.txt").read_text(encoding="utf-8")
    logical = re.sub(r"\\\n\s*", "\\ ", text)  # join continuation lines
    pins: dict[str, str] = {}
    for line in logical.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"requirements/models.txt: not `name==version --hash=sha256:…`: {line}"
        pins[match.group(1).lower()] = match.group(2)
    return pins


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements.extend(extra)
    pins: dict[str, str] = {}
    for requirement in requirements:
        name, sep, version = requirement.partition("==")
        if sep:
            pins[name.strip().lower()] = version.strip()
    return pins


def test_every_hashed_model_has_the_version_pyproject_pins() -> None:
    hashed, pinned = hashed_pins(), pyproject_pins()
    assert hashed, "no model in requirements/models.txt"
    for name, version in hashed.items():
        assert pinned.get(name) == version, f"{name}: {version} hashed, {pinned.get(name)} pinned"


@pytest.mark.parametrize("lang", available_languages())
def test_every_language_model_is_hash_pinned(lang: str) -> None:
    defaults = importlib.import_module(f"veille.lang.{lang}").Defaults
    assert defaults.package.lower() in hashed_pins(), f"{lang}: {defaults.package} has no hash"


@pytest.mark.parametrize("name", sorted(hashed_pins()))
def test_an_installed_model_is_the_pinned_version(name: str) -> None:
    try:
        installed = metadata.version(name)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{name} is not installed (an optional extra)")
    assert installed == hashed_pins()[name]


def test_make_install_requires_the_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/models.txt" in makefile

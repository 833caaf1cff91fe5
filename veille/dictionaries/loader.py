"""Finding and reading the dictionaries of a PETRARCH setup.

A `PETR_config.ini` names the files in its `[Dictionaries]` section (`verbfile_name`,
`actorfile_list`, `agentfile_name`, `discardfile_name`, `issuefile_name`); names are
read relative to the folder given, then to the file's own folder. Without one, files are
found by their conventional names (`*.verbs.txt`, `*.actors.txt`, ...), optionally only
those starting with a prefix such as `PETR.Validate.`.
"""

from __future__ import annotations

import configparser
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from veille.dictionaries.actors import read_actors
from veille.dictionaries.agents import read_agents
from veille.dictionaries.files import Dictionaries
from veille.dictionaries.lists import read_discards, read_issues
from veille.dictionaries.verbs import read_verbs
from veille.errors import DictionaryError

CONFIG_NAME = "PETR_config.ini"
_KEYS = {
    "verbs": "verbfile_name",
    "actors": "actorfile_list",
    "agents": "agentfile_name",
    "discards": "discardfile_name",
    "issues": "issuefile_name",
}
_GLOBS = {
    "verbs": ("*.verbs.txt", "*.verbs", "CAMEO*.txt"),
    "actors": ("*.actors.txt", "*.actors"),
    "agents": ("*.agents.txt", "*.agents"),
    "discards": ("*.discards.txt", "*.discards"),
    "issues": ("*.issues.txt", "*Issue*.txt"),
}
T = TypeVar("T")


def load_dictionaries(directory: Path, *, prefix: str = "", strict: bool = False) -> Dictionaries:
    """Read every dictionary of a PETRARCH setup.

    Args:
        directory: a folder (with or without a `PETR_config.ini`), or the ini file itself.
        prefix: without a config, only files whose name starts with it are used.
        strict: raise on malformed lines instead of reporting them as notices.

    Returns:
        The dictionaries found; a kind with no file is None (no actors: empty).

    Raises:
        DictionaryError: the folder or a named file is missing, the config cannot be
            read, two files claim the same single kind, or a file is malformed.
    """
    directory = Path(directory)
    config = directory if directory.is_file() else directory / CONFIG_NAME
    if not config.parent.is_dir():
        raise DictionaryError(str(directory), None, "no such folder")
    files = _from_config(config, directory) if config.is_file() else _by_name(directory, prefix)
    return Dictionaries(
        actors=tuple(read_actors(p, strict=strict) for p in files.get("actors", [])),
        agents=_one(files, "agents", lambda p: read_agents(p, strict=strict)),
        verbs=_one(files, "verbs", lambda p: read_verbs(p, strict=strict)),
        discards=_one(files, "discards", lambda p: read_discards(p, strict=strict)),
        issues=_one(files, "issues", lambda p: read_issues(p, strict=strict)),
    )


def _one(files: dict[str, list[Path]], kind: str, read: Callable[[Path], T]) -> T | None:
    paths = files.get(kind, [])
    return read(paths[0]) if paths else None


def _from_config(config: Path, directory: Path) -> dict[str, list[Path]]:
    """The files a `PETR_config.ini` names, resolved to existing paths."""
    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"))
    try:
        parser.read(config, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise DictionaryError(str(config), None, f"cannot read the config: {exc}") from exc
    if not parser.has_section("Dictionaries"):
        raise DictionaryError(str(config), None, "no [Dictionaries] section")
    base = directory if directory.is_dir() else config.parent
    files: dict[str, list[Path]] = {}
    for kind, key in _KEYS.items():
        value = parser.get("Dictionaries", key, fallback="").strip()
        names = [n.strip() for n in value.split(",") if n.strip()]
        files[kind] = [_resolve(name, base, config, key) for name in names]
    return files


def _resolve(name: str, base: Path, config: Path, key: str) -> Path:
    for candidate in (base / name, config.parent / name, base / Path(name).name):
        if candidate.is_file():
            return candidate
    raise DictionaryError(str(config), None, f"{key}: no file {name!r} beside it or in {base}")


def _by_name(directory: Path, prefix: str) -> dict[str, list[Path]]:
    """Files found by conventional names; a single kind found twice is an error."""
    files: dict[str, list[Path]] = {}
    for kind, globs in _GLOBS.items():
        found = sorted({p for g in globs for p in directory.glob(g) if p.name.startswith(prefix)})
        if len(found) > 1 and kind != "actors":
            names = ", ".join(p.name for p in found)
            raise DictionaryError(
                str(directory),
                None,
                f"several {kind} files ({names}): write a {CONFIG_NAME} or give a prefix",
            )
        files[kind] = found
    return files

"""The real PETRARCH-2 dictionaries in ../shared/data/petrarch2, read as they are.

The counts were established by reading the files (and checked against grep counts of
block headers, `&` synsets and `-` pattern lines); each notice names a real defect of
the file. The files are read, never copied; the tests skip when the folder is absent.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from veille.dictionaries import (
    load_dictionaries,
    read_actors,
    read_agents,
    read_discards,
    read_issues,
    read_lines,
    read_verbs,
)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "petrarch2"
pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"PETRARCH-2 dictionaries not found at {DATA}"
)

READERS: dict[str, Callable[[Path], Any]] = {
    "actors": read_actors,
    "agents": read_agents,
    "verbs": read_verbs,
    "discards": read_discards,
    "issues": read_issues,
}

# fmt: off
# file, reader, entries, notices by kind
FILES = [
    ("PETR.Validate.actors.txt", "actors", 128, {}),
    ("PETR.Validate.agents.txt", "agents", 88, {}),
    ("PETR.Validate.verbs.txt", "verbs", 473, {"trailing_text": 1, "unsupported": 1}),
    ("PETR.Validate.discards.txt", "discards", 9, {}),
    ("CAMEO.2.0.txt", "verbs", 4664, {"bad_pattern": 2, "unknown_synset": 2}),
    ("CAMEO.verbpatterns.150430.txt", "verbs", 11005, {"bad_pattern": 4, "no_code": 2}),
    ("Phoenix.Countries.actors.txt", "actors", 18390, {"bad_date": 7, "malformed": 1}),
    ("Phoenix.International.actors.txt", "actors", 7841, {"bad_date": 1, "trailing_text": 3}),
    ("Phoenix.MilNonState.actors.txt", "actors", 1021, {}),
    ("Phoenix.agents.txt", "agents", 2243, {"malformed": 1, "no_code": 1}),
    ("Phoenix.discards.txt", "discards", 506, {}),
    ("Phoenix.IssueCoding.txt", "issues", 2972, {"no_code": 13, "malformed": 4, "stray_tag": 1}),
]
# fmt: on


@functools.cache
def _book(name: str, kind: str) -> Any:
    """Each file is read once per session."""
    return READERS[kind](DATA / name)


def _entries(book: Any) -> int:
    for name in ("actors", "agents", "discards", "phrases"):
        if hasattr(book, name):
            return len(getattr(book, name))
    return int(book.patterns)


@pytest.mark.parametrize(("name", "kind", "entries", "notices"), FILES)
def test_petrarch_file_counts_and_no_line_lost(
    name: str, kind: str, entries: int, notices: dict[str, int]
) -> None:
    path = DATA / name
    book = _book(name, kind)
    assert _entries(book) == entries
    assert dict(Counter(n.kind.value for n in book.notices)) == notices
    # every content line is an entry (or part of one) or a reported notice
    assert book.lines() == {line.number for line in read_lines(path)}


def test_petrarch_validate_dictionaries_load_together() -> None:
    found = load_dictionaries(DATA, prefix="PETR.Validate.")
    assert found.verbs is not None and found.agents is not None and found.discards is not None
    assert (len(found.verbs.synsets), len(found.verbs.blocks)) == (17, 261)
    assert sum(len(b.verbs) for b in found.verbs.blocks) == 269
    assert [len(a.actors) for a in found.actors] == [128]
    assert found.issues is None
    assert [n.line for n in found.notices()] == [447, 992]


def test_petrarch_cameo_verbs_structure() -> None:
    cameo = _book("CAMEO.2.0.txt", "verbs")
    assert (len(cameo.synsets), len(cameo.blocks), len(cameo.transformations)) == (40, 397, 8)
    assert sum(len(b.verbs) for b in cameo.blocks) == 1817
    tabari = _book("CAMEO.verbpatterns.150430.txt", "verbs")
    assert (len(tabari.synsets), len(tabari.blocks)) == (38, 396)


def test_petrarch_validate_dated_roles() -> None:
    book = _book("PETR.Validate.actors.txt", "actors")
    actors = {a.name.text: a for a in book.actors}
    sam = actors["SAM_GAMGEE"]
    # the file's own comment: the second restriction overrides the third
    assert sam.codes_on(date(2010, 1, 10)) == ("ORCHOB",)
    assert sam.codes_on(date(2011, 1, 1)) == ("HOBMIL",)
    assert sam.codes_on(date(2014, 1, 1)) == ("HOBELI",)


def test_petrarch_full_phoenix_config(tmp_path: Path) -> None:
    ini = tmp_path / "PETR_config.ini"
    actor_files = ", ".join(str(DATA / f"Phoenix.{n}.actors.txt") for n in ("MilNonState",))
    ini.write_text(
        "[Dictionaries]\n"
        f"verbfile_name = {DATA / 'CAMEO.2.0.txt'}\n"
        f"actorfile_list = {actor_files}\n"
        f"agentfile_name = {DATA / 'Phoenix.agents.txt'}\n"
        f"discardfile_name = {DATA / 'Phoenix.discards.txt'}\n"
        f"issuefile_name = {DATA / 'Phoenix.IssueCoding.txt'}\n"
    )
    found = load_dictionaries(tmp_path)
    assert [len(a.actors) for a in found.actors] == [1021]
    assert found.verbs is not None and found.verbs.path.name == "CAMEO.2.0.txt"
    assert found.issues is not None and len(found.issues.categories) == 52
    assert len(found.notices()) == 4 + 2 + 18  # verbs, agents, issues

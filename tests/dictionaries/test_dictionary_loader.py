"""Finding the dictionaries of a PETRARCH setup: PETR_config.ini or conventional names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from veille.dictionaries import load_dictionaries
from veille.errors import DictionaryError


def _counts(path: Path) -> tuple[int, int, int, int, int, int]:
    d = load_dictionaries(path)
    assert d.verbs is not None and d.agents is not None
    assert d.discards is not None and d.issues is not None
    return (
        sum(len(a.actors) for a in d.actors),
        len(d.agents.agents),
        len(d.verbs.blocks),
        d.verbs.patterns,
        len(d.discards.discards),
        len(d.issues.phrases),
    )


def test_loader_reads_a_petr_config(toy: Path) -> None:
    assert _counts(toy) == (6, 6, 2, 5, 3, 3)


def test_loader_accepts_the_ini_itself(toy: Path) -> None:
    assert _counts(toy / "PETR_config.ini") == (6, 6, 2, 5, 3, 3)


def test_loader_finds_conventional_names(toy: Path, tmp_path: Path) -> None:
    for name in ("toy.actors.txt", "toy.agents.txt", "toy.verbs.txt", "toy.discards.txt"):
        shutil.copy(toy / name, tmp_path / name)
    shutil.copy(toy / "toy.issues.txt", tmp_path / "toy.issues.txt")
    assert _counts(tmp_path) == (6, 6, 2, 5, 3, 3)


def test_loader_prefix_chooses_among_several(toy: Path, tmp_path: Path) -> None:
    shutil.copy(toy / "toy.verbs.txt", tmp_path / "a.verbs.txt")
    shutil.copy(toy / "toy.verbs.txt", tmp_path / "b.verbs.txt")
    with pytest.raises(DictionaryError, match="several verbs files"):
        load_dictionaries(tmp_path)
    found = load_dictionaries(tmp_path, prefix="b.")
    assert found.verbs is not None and found.verbs.path.name == "b.verbs.txt"
    assert found.actors == () and found.agents is None


def test_loader_config_naming_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "PETR_config.ini").write_text("[Dictionaries]\nverbfile_name = gone.txt\n")
    with pytest.raises(DictionaryError, match=r"verbfile_name: no file 'gone\.txt'"):
        load_dictionaries(tmp_path)


def test_loader_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="no such folder"):
        load_dictionaries(tmp_path / "nowhere" / "deeper")


def test_loader_collects_notices_of_every_file(toy: Path, tmp_path: Path) -> None:
    shutil.copy(toy / "toy.verbs.txt", tmp_path / "x.verbs.txt")
    (tmp_path / "x.actors.txt").write_text("SOMEONE\n\t[XXX 19901301-19911231]\n")
    (tmp_path / "x.agents.txt").write_text("WANDERER\n")
    notices = load_dictionaries(tmp_path).notices()
    assert [(n.path.name, n.line) for n in notices] == [("x.actors.txt", 2), ("x.agents.txt", 1)]

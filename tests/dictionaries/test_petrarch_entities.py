"""Actor and agent phrases found in upper-cased words (no spaCy model)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veille.dictionaries import read_actors, read_agents
from veille.dictionaries.entities import PhraseIndex, combine
from veille.dictionaries.files import Dictionaries

ACTORS = """\
SAN_THEODOROS [SAN]
SAN THEODOROS ARMY [SANMIL]
NUEVO-RICO [NUE]
GENERAL ALCAZAR [SANGOV]
"""
AGENTS = """\
MINISTER [~GOV]
RELIEF_AGENCY [NGO~]
"""


@pytest.fixture
def index(write: Callable[[str, str], Path]) -> PhraseIndex:
    actors = read_actors(write("a.actors.txt", ACTORS))
    agents = read_agents(write("a.agents.txt", AGENTS))
    return PhraseIndex(Dictionaries(actors=(actors,), agents=agents))


def _found(index: PhraseIndex, text: str) -> list[tuple[str, str]]:
    words = text.upper().split()
    return [
        (
            " ".join(words[m.start : m.end]),
            m.actor.name.text if m.actor else m.agent.text if m.agent else "",
        )
        for m in index.find(words)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the San Theodoros minister",
            [("SAN THEODOROS", "SAN_THEODOROS"), ("MINISTER", "MINISTER")],
        ),
        # the longest phrase wins; a blank lets a few other words come between
        ("San Theodoros army", [("SAN THEODOROS ARMY", "SAN THEODOROS ARMY")]),
        ("San Theodoros regular army", [("SAN THEODOROS REGULAR ARMY", "SAN THEODOROS ARMY")]),
        ("General Ramon Alcazar", [("GENERAL RAMON ALCAZAR", "GENERAL ALCAZAR")]),
        # ... but not across a comma or a coordination, and `_` asks for neighbours
        ("General Tapioca , Alcazar", []),
        ("General Tapioca and Alcazar", []),
        ("San new Theodoros", []),
        # a hyphenated name as the English tokenizer splits it
        ("Nuevo - Rico", [("NUEVO - RICO", "NUEVO-RICO")]),
        ("the relief agencies", [("RELIEF AGENCIES", "RELIEF_AGENCY")]),
    ],
)
def test_find(index: PhraseIndex, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(index, text) == expected


def test_combine(write: Callable[[str, str], Path]) -> None:
    agents = {a.text: a for a in read_agents(write("b.agents.txt", AGENTS)).agents}
    minister, relief = agents["MINISTER"], agents["RELIEF_AGENCY"]
    assert combine("SAN", [minister]) == "SANGOV"
    assert combine("SAN", [relief, minister]) == "NGOSANGOV"
    assert combine("SANGOV", [minister]) == "SANGOV"  # not twice
    assert combine("---", [minister]) == "---GOV"

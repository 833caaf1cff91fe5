"""People counted in a crowd are civilians of their country ("six Tibétains", "des milliers
de Soudanais"), while a bare people noun may stand for its country ("les Iraniens ont
riposté"). A person described as of the opposition is of the opposition, also when the
description is an apposition without determiner ("X, opposant de longue date") or names
the opposition through the party of a title ("le chef du principal parti d'opposition").
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
CROWDS = [
    ("2024-03-01", "Des centaines de Tibétains ont manifesté devant l'ambassade.", "Tibétains",
     ["CHNCVL"]),
    ("2024-03-01", "Six Soudanais ont été blessés par des tirs.", "Soudanais", ["SDNCVL"]),
    ("2024-03-01", "Des milliers de Géorgiens ont défilé à Tbilissi.", "Géorgiens", ["GEOCVL"]),
    ("2024-03-01", "Les Iraniens ont riposté par des tirs de missiles.", "Iraniens", ["IRN"]),
]
OPPOSITION = [
    ("2021-03-01", "Jean Kabila, opposant de longue date au régime, a dénoncé des fraudes à "
     "Kinshasa.", "Jean Kabila", ["CODOPP"]),
    ("2021-03-01", "Paul Mbala, chef du principal parti d'opposition, a été arrêté à Kinshasa.",
     "Paul Mbala", ["CODOPP"]),
    ("2021-03-01", "Le dirigeant du premier parti d'opposition, Paul Mbala, a été arrêté à "
     "Kinshasa.", "Paul Mbala", ["CODOPP"]),
    ("2021-03-01", "Le chef du parti au pouvoir a salué la victoire à Dakar.",
     "Le chef du parti", ["SENGOV"]),
]
# fmt: on


def _codes(coder: Coder, date: str, text: str, form: str) -> list[str]:
    return sorted({a.code for a in actors_named(coder, date, text, form)})


@pytest.mark.parametrize(("date", "text", "form", "codes"), CROWDS)
def test_people_counted_are_civilians(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes


@pytest.mark.parametrize(("date", "text", "form", "codes"), OPPOSITION)
def test_a_person_described_as_opposition_is_opposition(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes

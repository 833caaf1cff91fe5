"""Agent nouns of the prosecution, the press, armed units, mediators and rights defenders
are actors of their sector, of the place their sentence names; a UN force, mission or
agency ("onusienne") is the UN's wherever it is."""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
AGENT_NOUNS = [
    ("2024-05-07", "Au Gabon, le ministère public a requis dix ans de prison.",
     "le ministère public", ["GABJUD"]),
    ("2024-05-07", "En Tunisie, le site d'information a été suspendu.", "le site d'information",
     ["TUNMED"]),
    ("2024-05-07", "Au Tchad, une patrouille a été prise pour cible.", "une patrouille",
     ["TCDMIL"]),
    ("2024-05-07", "Au Niger, la garde présidentielle a encerclé le palais.",
     "la garde présidentielle", ["NERMIL"]),
    ("2024-05-07", "Au Burundi, les défenseurs des droits humains ont été arrêtés.",
     "les défenseurs des droits humains", ["BDINGO"]),
    ("2024-05-07", "Au Mozambique, des extrémistes ont incendié une église.", "des extrémistes",
     ["MOZREB"]),
]
UN_BODIES = [
    ("2024-05-07", "Au Liban, la force onusienne a essuyé des tirs.", "la force onusienne",
     ["IGOUNO"]),
    ("2024-05-07", "En Haïti, une agence onusienne a suspendu ses distributions.",
     "une agence onusienne", ["IGOUNO"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), AGENT_NOUNS + UN_BODIES)
def test_agent_nouns_are_actors_of_their_sector(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == codes

"""A place that names a treaty or a meeting after it ("les accords de Minsk", "la
Convention de Vienne", "le sommet de Vilnius") is neither an actor nor the place of its
sentence; a country after a contracted "du" ("l'accord du Mali") still is one.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
LABELS = [
    ("2019-04-02", "Kiev accuse Moscou de ne pas respecter les accords de Minsk.", "Minsk", []),
    ("2021-02-11", "Les États-Unis ont rejoint l'accord de Paris sur le climat.", "Paris", []),
    ("2023-07-12", "Au sommet de Vilnius, les alliés ont promis des armes à Kiev.", "Vilnius",
     []),
    ("2022-03-01", "Ce bombardement viole la convention de Genève, selon l'ONU.", "Genève", []),
]
NOT_LABELS = [
    ("2019-04-02", "Le projet a reçu l'accord du Mali et du Niger.", "Mali", ["MLI"]),
    ("2019-04-02", "Le Burkina Faso a signé un accord avec le Ghana.", "Ghana", ["GHA"]),
]
# the phrase without its own country takes the place named before it, not the label's
AFTER_LABELS = [
    ("2020-07-24", "Washington rappelle la Convention de Vienne aux diplomates. Le régime "
     "a expulsé deux espions.", "Le régime", ["USAGOV"]),
    ("2021-02-11", "Le Canada a quitté l'accord de Kyoto. Le gouvernement a invoqué les "
     "coûts.", "Le gouvernement", ["CANGOV"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), LABELS + NOT_LABELS + AFTER_LABELS)
def test_a_place_that_names_a_treaty_is_no_actor(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == codes

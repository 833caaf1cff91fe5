"""An arrival: "le ministre est arrivé à Moscou" is a visit (042) when the traveller is a
government's (triggers.yaml `bare_sectors`), or when a visit is named ("pour une visite
officielle"); the model's passive reading of "est arrivé" is undone for the verbs whose
perfect takes "être" (grammar.yaml `being_verbs`). Troops, migrants or a candidate
arriving somewhere are no visit."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
VISITS = [
    ("Le Premier ministre hongrois est arrivé vendredi à Pékin.", "HUN", "CHN"),
    ("Le ministre turc des Affaires étrangères est arrivé à Moscou pour une visite de travail.",
     "TUR", "RUS"),
    ("La présidente slovaque est arrivée à Varsovie pour deux jours.", "SVK", "POL"),
    ("Arrivé mardi à Nairobi, le président sud-africain a rencontré son homologue.", "ZAF", "KEN"),
]
NOT_VISITS = [
    "Des centaines de migrants tunisiens sont arrivés à Lampedusa.",
    "Les troupes russes sont arrivées à Kherson dans la nuit.",
    "Le candidat socialiste est arrivé en tête au premier tour.",
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target"), VISITS)
def test_an_arrival_of_a_leader_is_a_visit(
    fr_coder: Coder, text: str, source: str, target: str
) -> None:
    assert (source, target, "042") in triples(fr_coder, text)


@pytest.mark.parametrize("text", NOT_VISITS)
def test_other_arrivals_are_no_visit(fr_coder: Coder, text: str) -> None:
    assert not any(code == "042" for _, _, code in triples(fr_coder, text))

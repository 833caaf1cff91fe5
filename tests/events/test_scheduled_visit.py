"""A scheduled visit: "X est attendu à Y" is X's visit to Y (042); "X attend Y" is no
event, and a crowd or a decision expected somewhere is no visit."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


triples = partial(event_triples, full_code=True)


# fmt: off
VISITS = [
    ("Le chef de la diplomatie allemande est attendu à Varsovie le 3 mai.", "DEU", "POL"),
    ("Le Premier ministre indien est attendu en France la semaine prochaine.", "IND", "FRA"),
    ("La présidente péruvienne sera attendue jeudi à Quito.", "PER", "ECU"),
    ("Le ministre allemand de la Défense, Boris Pistorius, est attendu à Kiev le 5 mars prochain.",
     "DEU", "UKR"),
]
NOT_VISITS = [
    "La Chine attend une réponse des États-Unis.",
    "Des milliers de manifestants sont attendus à Paris samedi.",
    "Une décision de la Russie est attendue en juin.",
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target"), VISITS)
def test_expected_somewhere_is_a_visit(
    fr_coder: Coder, text: str, source: str, target: str
) -> None:
    assert (source, target, "042") in triples(fr_coder, text)


@pytest.mark.parametrize("text", NOT_VISITS)
def test_waiting_is_no_visit(fr_coder: Coder, text: str) -> None:
    found = triples(fr_coder, text)
    assert not any(c.startswith("04") for _, _, c in found), found

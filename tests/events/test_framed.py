"""A judgement framed as someone's view ("Selon X, la décision de Y est inacceptable") is
X's criticism of Y (111); without a framing phrase, a named target, a criticism word, or
in the conditional, it is no event (veille/events/framed.py)."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
FRAMED = [
    ("Selon Varsovie, l'attitude de Minsk est irresponsable.", "POL", "BLR"),
    ("Pour le chef de la diplomatie suédoise, la décision turque est « inacceptable ».",
     "SWE", "TUR"),
    ("Aux yeux du gouvernement japonais, les essais nord-coréens constituent une provocation.",
     "JPN", "PRK"),
    ("D'après le ministre canadien, les taxes américaines sont injustes.", "CAN", "USA"),
    ("Pour Berlin, le vote du Parlement hongrois est un scandale.", "DEU", "HUN"),
    # not a copula: the actor named nearest the criticism word
    ("Selon le porte-parole chinois, il n'appartient pas au Japon de tenir des propos "
     "irresponsables.", "CHN", "JPN"),
]
NOT_FRAMED = [
    # no framing phrase: the writer's words
    "L'attitude de Minsk est irresponsable.",
    # no actor named as the target
    "Selon Varsovie, la situation est dangereuse.",
    # no criticism word
    "Selon Varsovie, la décision de Minsk est importante.",
    # a conditional
    "Selon Varsovie, une décision de Minsk serait inacceptable.",
    # "pour" without a comma is no framing
    "La décision de Minsk est inacceptable pour la Pologne.",
    # framed, but a fact, not a judgement
    "Selon l'armée ukrainienne, les troupes russes ont reculé près de Kherson.",
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target"), FRAMED)
def test_framed_judgement_is_criticism(
    fr_coder: Coder, text: str, source: str, target: str
) -> None:
    assert (source, target, "11") in event_triples(fr_coder, text)


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_unframed_or_untargeted_is_no_criticism(fr_coder: Coder, text: str) -> None:
    found = event_triples(fr_coder, text)
    assert not any(code == "11" for _, _, code in found), found

"""A refinement reads the trigger's adverbs: "soutenir militairement" is military aid
(072), "financièrement" financial aid (071), "déclarer persona non grata" (read by the
model as an adverb) an expulsion of diplomats (161); an adverb that names no kind of act
("vivement") leaves the code as it is."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le Royaume-Uni soutient militairement la Pologne.", ("GBR", "POL", "072")),
    ("Le Japon a soutenu financièrement les Philippines.", ("JPN", "PHL", "071")),
    ("Rome a déclaré persona non grata un diplomate iranien.", ("ITA", "IRN", "161")),
    ("Le Canada a vivement soutenu l'Ukraine.", ("CAN", "UKR", "050")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_adverbs_refine_the_code(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert expected in found, found

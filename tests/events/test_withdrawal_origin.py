"""A withdrawal (0874) targets the country its troops leave, named in a "de" complement,
also when that name sits inside the troops' own mention ("le retrait des soldats
tchadiens du Mali"); a withdrawal from an agreement is no military retreat."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le retrait des soldats tchadiens du Mali a commencé lundi.",
     ("TCD", "MLI", "0874"), ("TCD", "TCD", "0874")),
    ("La France a retiré ses troupes du Mali.", ("FRA", "MLI", "0874"), ("FRA", "FRA", "0874")),
    ("Le Royaume-Uni a retiré ses soldats d'Irak en 2009.",
     ("GBR", "IRQ", "0874"), ("GBR", "GBR", "0874")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "wrong"), CASES)
def test_a_withdrawal_targets_the_country_left(
    fr_coder: Coder, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert expected in found, found
    assert wrong not in found, found


def test_leaving_an_agreement_is_no_retreat(fr_coder: Coder) -> None:
    found = triples(fr_coder, "Le retrait des États-Unis de l'accord de Paris a été critiqué.")
    assert not any(code == "0874" for _, _, code in found), found

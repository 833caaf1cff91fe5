"""The agent of a passive that the parser hangs on its "à" complement ("accordée à la
Tunisie par l'Union européenne") is still the doer, not a part of the recipient."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Une aide financière de 800 millions d'euros a été accordée à la Tunisie par l'Union "
     "européenne.", ("IGOEUREEC", "TUN", "07")),
    ("Des chars ont été livrés à l'Ukraine par l'Allemagne.", ("DEU", "UKR", "07")),
    ("Un prêt de deux milliards de dollars a été octroyé au Pakistan par l'Arabie saoudite.",
     ("SAU", "PAK", "07")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_agent_hung_on_the_recipient_is_the_doer(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_triples(fr_coder, text)

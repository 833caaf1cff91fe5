"""A mutual act named by a noun whose participle says between whom ("un cessez-le-feu
conclu entre X et Y", "l'accord signé entre X et Y") has X and Y as its parties."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("La trêve conclue entre le Soudan et le Soudan du Sud a été rompue mardi.",
     ("SDN", "SSD", "08")),
    ("L'accord signé entre le Pérou et la Bolivie ouvre un corridor commercial.",
     ("PER", "BOL", "05")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participle_names_the_parties(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    s, t, root = expected
    assert expected in found, found
    assert (t, s, root) in found, found

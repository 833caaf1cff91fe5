"""Coordinated complements with the preposition repeated ("à l'Ukraine et à la
Moldavie") name several targets, whether the parser hangs the second name on the first or
on the noun they complete."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Les États-Unis ont imposé des sanctions à l'Iran et à la Corée du Nord.",
     {("USA", "IRN", "16"), ("USA", "PRK", "16")}),
    ("La France a livré des armes à l'Ukraine et à la Moldavie.",
     {("FRA", "UKR", "07"), ("FRA", "MDA", "07")}),
    ("Le Japon a accordé une aide financière au Sri Lanka et au Népal.",
     {("JPN", "LKA", "07"), ("JPN", "NPL", "07")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_coordinated_complement_is_a_target(
    fr_coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = event_triples(fr_coder, text)
    assert expected <= found, found

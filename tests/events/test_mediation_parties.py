"""A mediation named beside another act ("X et Y ont négocié sous l'égide de Z") is Z's
mediation (045) between the subjects of that act; the talks stay the parties' own."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("L'Éthiopie et l'Érythrée ont négocié sous l'égide de l'Union africaine.",
     {("IGOAFRAU", "ETH", "045"), ("IGOAFRAU", "ERI", "045")}),
    ("La Serbie et le Kosovo ont discuté sous les auspices de l'Union européenne.",
     {("IGOEUREEC", "SRB", "045"), ("IGOEUREEC", "KSV", "045")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mediator_stands_between_the_subjects(
    fr_coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = triples(fr_coder, text)
    assert expected <= found, found
    assert not any(code == "045" and s != t and s in {"ETH", "ERI", "SRB"} for s, t, code in found)

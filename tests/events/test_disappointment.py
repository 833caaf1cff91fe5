"""Disappointment told by a noun ("a fait part de sa déception", "a communiqué sa
déception à X") is a disapproval (CAMEO 110) by the one who feels it; a crowd's
disappointment with no actor named is no event."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("La Russie a communiqué sa profonde déception aux États-Unis.", ("RUS", "USA", "110")),
    ("Le Maroc a fait part de sa déception face à la décision algérienne.", ("MAR", "DZA", "110")),
    ("Le gouvernement australien a exprimé sa déception au Japon.", ("AUS", "JPN", "110")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disappointment_is_disapproval(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(fr_coder, text)


def test_a_crowds_disappointment_is_no_event(fr_coder: Coder) -> None:
    assert not triples(fr_coder, "La déception des supporters était grande après la défaite.")

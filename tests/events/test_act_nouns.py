"""A criticism or rejection with no target of its own that answers an actor's act named
by a plain noun ("sa déception après la décision américaine", "face à l'attitude de X")
targets that actor; a neutral reaction does not take it as a target."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Le Mexique a exprimé sa colère après la décision canadienne.", ("MEX", "CAN", "11")),
    ("La Corée du Sud a fait part de sa déception face à l'attitude de Tokyo.",
     ("KOR", "JPN", "11")),
]
NEUTRAL = [
    ("Le ministre belge s'est exprimé après la décision néerlandaise.", "NLD"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disapproval_targets_the_act_maker(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "maker"), NEUTRAL)
def test_neutral_reaction_takes_no_target(fr_coder: Coder, text: str, maker: str) -> None:
    found = event_triples(fr_coder, text)
    assert not any(t == maker for _, t, _ in found), found

"""Anger and discontent told by a noun ("a exprimé sa colère contre les sanctions de X",
"a fait part de son mécontentement face à la décision de X") are a criticism (111) by
their owner of the doer; a crowd's anger with no actor named is no event."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("L'Argentine a exprimé sa colère contre les sanctions britanniques.",
     ("ARG", "GBR", "111")),
    ("Le Vietnam a fait part de son mécontentement face à la décision chinoise.",
     ("VNM", "CHN", "111")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anger_is_criticism(fr_coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(fr_coder, text)


def test_a_crowds_anger_is_no_event(fr_coder: Coder) -> None:
    assert not triples(fr_coder, "La colère des habitants du quartier était palpable.")

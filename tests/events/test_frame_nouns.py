"""A meeting named at the start or the end of a clause's time ("au début de la réunion",
"à la fin du sommet", grammar.yaml `frames`) was attended by the clause's subject."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Au début de la réunion, le ministre japonais a salué son homologue indien.",
     ("JPN", "IND", "04")),
    ("À la fin du sommet, le président angolais a félicité son homologue zambien.",
     ("AGO", "ZMB", "04")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_framing_meeting_is_the_subjects(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_triples(fr_coder, text)

"""An event noun given as the reason of an act done to someone, with a possessive
("X a remercié Y pour son aide", "a félicité Y pour sa médiation"), is that someone's
doing (grammar.yaml `cause_cases`), not the subject's; without an object the possessive
stays the subject's ("X a fait part de son soutien à Y")."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Le président ukrainien a remercié la Pologne pour son aide.",
     ("POL", "UKR", "07"), ("UKR", "POL", "07")),
    ("L'Iran a félicité le Qatar pour sa médiation.",
     ("QAT", "IRN", "04"), ("IRN", "QAT", "04")),
    ("Le Premier ministre libanais a remercié l'Arabie saoudite pour sa médiation.",
     ("SAU", "LBN", "04"), ("LBN", "SAU", "04")),
]
OWN = [
    ("L'Égypte a fait part de son soutien au gouvernement libyen.", ("EGY", "LBY", "05")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "wrong"), CASES)
def test_the_possessive_of_a_reason_is_the_object(
    fr_coder: Coder, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), OWN)
def test_without_an_object_the_possessive_is_the_subject(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_triples(fr_coder, text)

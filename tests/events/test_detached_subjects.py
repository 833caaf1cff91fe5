"""Of two subjects the parser hangs on one verb, the one nearest the verb is the doer:
the phrase set off before it ("Au Mali, dernière étape de sa tournée, …") is detached.
A single subject is read as before."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Au Ghana, la dernière étape de sa tournée, le ministre des Affaires étrangères turc "
     "a rencontré le président ghanéen.", ("TUR", "GHA", "04")),
    ("À Lima, première étape de son voyage, le chef de la diplomatie espagnole a rencontré "
     "le président péruvien.", ("ESP", "PER", "04")),
    ("Le ministre des Affaires étrangères turc a rencontré le président ghanéen.",
     ("TUR", "GHA", "04")),
]
COORDINATED = [
    ("Le président kényan, William Ruto, et le président tanzanien, Samia Suluhu Hassan, "
     "se sont engagés à renforcer leur coopération.", {("KEN", "TZA", "03"), ("TZA", "KEN", "03")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_nearest_subject_is_the_doer(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_triples(fr_coder, text)


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_subjects_both_act(
    fr_coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= event_triples(fr_coder, text)

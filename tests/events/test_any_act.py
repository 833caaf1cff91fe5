"""An event noun under "toute" names any such act, none in particular ("la
Chine rejette toute ingérence"): it is no event; with an article as well ("tous les tirs")
the acts happened."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
ANY = [
    ("« Nous répondrons fermement à toute attaque russe », a prévenu le président finlandais.",
     ("RUS", "FIN", "19")),
    ("L'Égypte a mis en garde contre toute offensive israélienne à Rafah.",
     ("ISR", "PSE", "19")),
]
HAPPENED = [
    ("Le Japon a condamné tous les tirs de missiles nord-coréens.", ("JPN", "PRK", "11")),
]
# fmt: on


@pytest.mark.parametrize(("text", "not_an_event"), ANY)
def test_any_such_act_is_no_event(
    fr_coder: Coder, text: str, not_an_event: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    assert not_an_event not in found, found


@pytest.mark.parametrize(("text", "expected"), HAPPENED)
def test_all_the_acts_happened(fr_coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_triples(fr_coder, text)

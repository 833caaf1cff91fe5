"""A release or an expulsion named by a noun ("la libération de X par Y", "l'expulsion de
X") names who was freed or expelled in its "de" complement: they are the target, the "par"
agent the source; freed people are never the source of their own release."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("La libération de deux journalistes italiens par le Hamas a été saluée.",
     ("PSE", "ITA", "08"), ("ITA", None, "08")),
    ("Le Hamas a annoncé la libération de deux otages américains.",
     ("PSE", "USA", "08"), ("USA", "PSE", "08")),
    ("La libération de quatre marins turcs par les autorités libyennes a eu lieu lundi.",
     ("LBY", "TUR", "08"), ("TUR", "LBY", "08")),
]
# An expulsion refined to another code (diplomats: 161) still names the expelled in "de".
EXPELLED = [
    ("Moscou a annoncé l'expulsion de trois diplomates estoniens.",
     ("RUS", "EST", "16"), ("EST", "RUS", "16")),
    ("L'expulsion de deux diplomates néerlandais par l'Iran a été annoncée mardi.",
     ("IRN", "NLD", "16"), ("NLD", "IRN", "16")),
    ("Le Mali a exigé l'expulsion des inspecteurs de l'ONU.",
     ("MLI", "IGOUNO", "10"), ("IGOUNO", "MLI", "16")),
]
NO_SOURCE = [
    "Le Mali a obtenu la libération de deux otages allemands.",
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "wrong"), CASES + EXPELLED)
def test_the_freed_or_expelled_are_the_target(
    fr_coder: Coder, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    assert expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize("text", NO_SOURCE)
def test_the_freed_do_not_free_themselves(fr_coder: Coder, text: str) -> None:
    found = event_triples(fr_coder, text)
    assert not any(s == "DEU" and root == "08" for s, _, root in found), found

"""A neutral incise whose quote condemns: "« Les provocations de X sont inacceptables », a
ajouté Y" is Y's criticism of X (111) — the speaker of the quote is its source, as for a
verb that condemns by itself ("a dénoncé")."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow


# (text, source, target)
# fmt: off
CASES = [
    ("« Il faut que le Venezuela cesse ses provocations », a estimé le ministre colombien.",
     "COL", "VEN"),
    ("« Les ingérences de l'Iran sont inacceptables », a ajouté le ministre saoudien.",
     "SAU", "IRN"),
    ("« Les provocations de la Russie sont inacceptables », a lâché le ministre polonais.",
     "POL", "RUS"),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target"), CASES)
def test_a_judged_incise_speaks_for_its_speaker(
    fr_coder: Coder, text: str, source: str, target: str
) -> None:
    coded = fr_coder.code(Article(id="incise", text=text, date="2023-02-15"))
    found = {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
        for e in coded.events
    }
    assert (source, target, "111") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "La population du nord se sent lâchée par le gouvernement nigérian.",
        "Le ministre a glissé une lettre au président sénégalais.",
        "La Cour suprême a tranché en faveur du gouvernement kényan.",
    ],
)
def test_a_figurative_speech_verb_outside_an_incise_says_nothing(
    fr_coder: Coder, text: str
) -> None:
    coded = fr_coder.code(Article(id="figure", text=text, date="2023-02-15"))
    assert not any(e.cameo_root == "01" for e in coded.events), coded.events

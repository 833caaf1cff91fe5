"""Intent stated by an adjective heading its clause: "X est prêt à négocier avec Y" is an
expression of intent (03) refined by the act it governs, not the act itself; "un prêt"
stays a loan."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

Triple = tuple[str | None, str | None, str, bool]


def triples(coder: Coder, text: str) -> set[Triple]:
    coded = coder.code(Article(id="intent", text=text, date="2023-02-15"))
    return {
        (
            e.source.country or e.source.code if e.source else None,
            e.target.country or e.target.code if e.target else None,
            e.cameo,
            e.negated,
        )
        for e in coded.events
    }


# (text, source, target, code, negated)
# fmt: off
CASES = [
    ("La Malaisie est prête à envoyer une aide humanitaire au Cambodge.",
     "MYS", "KHM", "0333", False),
    ("Les États-Unis sont prêts à négocier avec l'Iran.", "USA", "IRN", "036", False),
    ("Le Japon n'est pas prêt à reprendre le dialogue avec la Chine.", "JPN", "CHN", "036", True),
    ("Le Canada est prêt à livrer des missiles à la Pologne.", "CAN", "POL", "0332", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target", "code", "negated"), CASES)
def test_ready_to_act_is_intent(
    fr_coder: Coder, text: str, source: str, target: str, code: str, negated: bool
) -> None:
    found = triples(fr_coder, text)
    assert (source, target, code, negated) in found, found
    assert not any(c[:2] in {"04", "07"} and not n for _, _, c, n in found), found


def test_a_loan_is_no_intent(fr_coder: Coder) -> None:
    found = triples(fr_coder, "La Banque mondiale a accordé un prêt de deux milliards au Kenya.")
    assert not any(c.startswith("03") for _, _, c, _ in found), found

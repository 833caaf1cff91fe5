"""An infinitive of purpose ("pour protester", "afin de négocier") is done by the subject
of the verb it completes, not by that verb's object (grammar.yaml `purpose_marks`), also
when the parser hangs it on the object noun."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
PURPOSE = [
    ("La Chine a convoqué l'ambassadeur du Japon pour protester contre la visite.",
     ("CHN", "JPN", "114"), ("JPN", "CHN", "114")),
    ("L'Algérie a convoqué l'ambassadeur de France pour protester contre ces déclarations.",
     ("DZA", "FRA", "114"), ("FRA", "DZA", "114")),
    ("Le Maroc a reçu le ministre mauritanien pour signer un accord de pêche.",
     ("MAR", "MRT", "057"), ("MRT", "MAR", "057")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "wrong"), PURPOSE)
def test_the_subject_does_the_purpose(
    fr_coder: Coder, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert expected in found
    assert wrong not in found

"""More words of stance: «réprouver», «ridiculiser» criticise (111), «encenser» and «ses
remerciements à X» praise (051), «une exhortation à X» is an appeal (020)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le gouvernement bolivien a réprouvé l'attitude du Chili.", ("BOL", "CHL", "111")),
    ("Le président vénézuélien a ridiculisé le président colombien.", ("VEN", "COL", "111")),
    ("Le Premier ministre libanais a encensé la médiation française.", ("LBN", "FRA", "051")),
    ("Le président gabonais a adressé ses remerciements au Rwanda.", ("GAB", "RWA", "051")),
    ("Le secrétaire général de l'ONU a lancé une exhortation à l'Arménie.",
     ("IGOUNO", "ARM", "020")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stance_words(fr_coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(fr_coder, text)

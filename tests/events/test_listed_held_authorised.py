"""Three light-verb constructions: putting X on a blacklist is a sanction (163), placing X
in police custody ("garde à vue") an arrest (173), and authorising an arms sale the sale
(062), while "mettre en garde" stays a warning and an authorisation of nothing named is
no sale."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le Trésor américain a placé quatre sociétés iraniennes sur sa liste noire.",
     ("USA", "IRN", "163")),
    ("Londres a inscrit deux banques russes sur la liste noire.", ("GBR", "RUS", "163")),
    ("Ottawa a mis trois responsables birmans sur sa liste noire.", ("CAN", "MMR", "163")),
    ("La police turque a placé le journaliste suédois en garde à vue.", ("TUR", "SWE", "173")),
    ("Le Congrès américain a autorisé la vente de chasseurs F-16 à la Turquie.",
     ("USA", "TUR", "062")),
    ("Paris a autorisé l'exportation de missiles vers l'Inde.", ("FRA", "IND", "062")),
]
NOT_THESE = [
    ("Washington a mis en garde Pékin contre une invasion de Taïwan.", {"163", "173"}),
    ("Le Japon a autorisé ses ressortissants à quitter la Birmanie.", {"062", "061"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_light_verb_construction_is_coded(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "codes"), NOT_THESE)
def test_without_its_words_it_is_not(fr_coder: Coder, text: str, codes: set[str]) -> None:
    found = triples(fr_coder, text)
    assert not any(code in codes for _, _, code in found), found

"""A conditional is no event, also when the model tags it an imperfect ("riposterait",
"livreraient"): the ending after the future stem's "r" marks it (cues.yaml
`conditional_endings`); an imperfect built on the lemma's own stem ("attaquait",
"déclarait") is a past act and stays an event."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, codes=True)

# fmt: off
CONDITIONALS = [
    ("Le Kremlin a prévenu que Moscou riposterait si l'OTAN envoyait des troupes.",
     ("RUS", "RUS", "19")),
    ("Selon des diplomates, Washington livrerait bientôt des missiles au Japon.",
     ("USA", "JPN", "07")),
    ("D'après la presse locale, les deux pays signeraient un accord de paix en juin.",
     None),
    ("Le Brésil ne reconnaîtrait pas le nouveau gouvernement bolivien.",
     ("BRA", "BOL", "05")),
]
IMPERFECTS = [
    ("La Turquie bombardait les positions kurdes en Syrie depuis des mois.",
     ("TUR", "SYR", "19")),
    ("Le Japon livrait déjà des blindés à l'Ukraine.", ("JPN", "UKR", "07")),
]
# fmt: on


@pytest.mark.parametrize(("text", "forbidden"), CONDITIONALS)
def test_a_conditional_tagged_imperfect_is_no_event(
    fr_coder: Coder, text: str, forbidden: tuple[str, str, str] | None
) -> None:
    found = triples(fr_coder, text)
    if forbidden is None:
        assert not any(root == "05" for _, _, root in found), found
    else:
        assert forbidden not in found, found


@pytest.mark.parametrize(("text", "expected"), IMPERFECTS)
def test_an_imperfect_stays_an_event(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(fr_coder, text)

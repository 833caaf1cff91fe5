"""Which concessions (CAMEO 08) happen inside a country: restrictions eased at home
(081-083) and a retreat from no one named (087) get the source's own country as their
implicit target; a release or international involvement allowed is made to someone else
and, with no one named, is no dyadic event. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
AT_HOME = [
    ("censorship-lifted", "Le gouvernement birman a levé la censure sur la presse.",
     ("MMR", "MMR", "08")),
    ("curfew-lifted", "Le gouvernement égyptien a levé le couvre-feu au Caire.",
     ("EGY", "EGY", "08")),
    ("forces-withdrew", "Les forces tchadiennes se sont retirées.", ("TCD", "TCD", "08")),
]
TO_SOMEONE = [
    ("prisoners-released", "La junte malienne a libéré trente prisonniers.", ("MLI", "MLI", "08")),
    ("inspectors-allowed", "Le gouvernement tchadien a autorisé l'entrée des inspecteurs.",
     ("TCD", "TCD", "08")),
]
# fmt: on


@pytest.mark.parametrize(("text", "triple"), [c[1:] for c in AT_HOME], ids=[c[0] for c in AT_HOME])
def test_restrictions_eased_at_home_are_domestic(fr_coder: Coder, text: str, triple: tuple) -> None:
    assert triple in event_triples(fr_coder, text)


@pytest.mark.parametrize(
    ("text", "triple"), [c[1:] for c in TO_SOMEONE], ids=[c[0] for c in TO_SOMEONE]
)
def test_other_concessions_are_not_done_to_oneself(
    fr_coder: Coder, text: str, triple: tuple
) -> None:
    assert triple not in event_triples(fr_coder, text)


def test_a_release_to_someone_named_is_kept(fr_coder: Coder) -> None:
    text = "La junte malienne a libéré trente soldats ivoiriens."
    assert ("MLI", "CIV", "08") in event_triples(fr_coder, text)

"""An event noun bare after "de" names a kind of thing, and its words belong to the
complement: "un avion de combat russe" is a Russian aircraft, the target of who downs it
(not a country shooting at itself)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


triples = partial(event_triples, codes=False)


# (text, source, target, root)
# fmt: off
CASES = [
    ("L'armée grecque a abattu un avion de combat turc.", "GRC", "TUR", "19"),
    ("Un drone de combat iranien a été abattu par l'armée israélienne.", "ISR", "IRN", "19"),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target", "root"), CASES)
def test_the_kinds_demonym_names_the_target(
    fr_coder: Coder, text: str, source: str, target: str, root: str
) -> None:
    found = triples(fr_coder, text)
    assert (source, target, root) in found, found
    assert (source, source, root) not in found, found

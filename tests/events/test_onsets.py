"""The start of an event: "X a annoncé le lancement d'une offensive contre Y" is X's
offensive against Y; the announcement only carries it (no separate statement)."""

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
    ("L'Azerbaïdjan a annoncé le lancement d'une offensive contre l'Arménie.", "AZE", "ARM", "19"),
    ("L'Éthiopie a annoncé le déclenchement d'une offensive contre l'Érythrée.",
     "ETH", "ERI", "19"),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target", "root"), CASES)
def test_announcing_the_start_carries_the_event(
    fr_coder: Coder, text: str, source: str, target: str, root: str
) -> None:
    found = triples(fr_coder, text)
    assert (source, target, root) in found, found
    assert not any(r == "01" for _, _, r in found), found

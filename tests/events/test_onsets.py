"""The start of an event: "X a annoncé le lancement d'une offensive contre Y" is X's
offensive against Y; the announcement only carries it (no separate statement)."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow


def triples(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    coded = coder.code(Article(id="onset", text=text, date="2023-02-15"))
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo_root,
        )
        for e in coded.events
        if not e.negated
    }


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

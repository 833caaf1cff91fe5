"""An event noun bare after "de" names a kind of thing, and its words belong to the
complement: "un avion de combat russe" is a Russian aircraft, the target of who downs it
(not a country shooting at itself)."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow


def triples(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    coded = coder.code(Article(id="kind", text=text, date="2023-02-15"))
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

"""One act reported for several actors: "X a condamné …, imité par Y", "…, de même que Y"."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples as pairs
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


# (text, sources that must all get the event, its target, its root)
# fmt: off
CASES = [
    ("Le Japon a condamné l'essai de missile de la Corée du Nord, imité par le Canada, "
     "l'Australie et la Nouvelle-Zélande.",
     {"JPN", "CAN", "AUS", "NZL"}, "PRK", "11"),
    ("La Pologne a rappelé son ambassadeur en Biélorussie, suivie par la Lituanie et la Lettonie.",
     {"POL", "LTU", "LVA"}, "BLR", "16"),
    ("Le Royaume-Uni a imposé des sanctions à l'Iran, de même que le Canada.",
     {"GBR", "CAN"}, "IRN", "16"),
    ("À l'instar de la Suède, la Norvège a critiqué la Hongrie.",
     {"SWE", "NOR"}, "HUN", "11"),
]
# fmt: on


@pytest.mark.parametrize(("text", "sources", "target", "root"), CASES)
def test_followers_are_sources_of_the_same_event(
    fr_coder: Coder, text: str, sources: set[str], target: str | None, root: str
) -> None:
    found = pairs(fr_coder, text)
    for source in sources:
        assert any(
            s == source and r == root and (target is None or t == target) for s, t, r in found
        ), (source, found)


def test_followers_are_not_targets(fr_coder: Coder) -> None:
    found = pairs(fr_coder, "Le Japon a condamné l'essai de missile, imité par le Canada.")
    assert not any(t == "CAN" for _, t, _ in found), found


def test_a_meeting_followed_by_journalists_adds_no_source(fr_coder: Coder) -> None:
    found = pairs(fr_coder, "L'Allemagne a condamné l'attaque, suivie d'une minute de silence.")
    assert {s for s, _, _ in found} <= {"DEU"}, found

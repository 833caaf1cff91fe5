"""Where an agreement is signed or a meeting held is no party to it: "X et Y ont signé un
accord de paix à La Havane" codes X and Y, not Cuba (also when the place hangs on the
object, or is the only other name in the sentence)."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples as pairs
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


# (text, the venue's country, an expected triple)
# fmt: off
CASES = [
    ("L'Érythrée a signé un accord de paix avec l'Éthiopie à Riyad.", "SAU", ("ERI", "ETH", "05")),
    ("Le Soudan et le Tchad ont signé un accord de paix à Doha.", "QAT", ("SDN", "TCD", "05")),
    ("L'Arménie a signé jeudi à Washington un accord avec l'Azerbaïdjan.", "USA",
     ("ARM", "AZE", "05")),
]
# fmt: on


@pytest.mark.parametrize(("text", "venue", "expected"), CASES)
def test_a_signing_venue_is_no_party(
    fr_coder: Coder, text: str, venue: str, expected: tuple[str, str, str] | None
) -> None:
    found = pairs(fr_coder, text)
    assert not any(t == venue and r == "05" for _, t, r in found), found
    assert expected is None or expected in found, found

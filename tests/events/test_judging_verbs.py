"""«juger» with an adjective of blame ("a jugé inacceptable la décision de X") criticises
the doer of what it judges (111); with «coupable» it stays a court's verdict (116)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le président français a jugé « inacceptable » la décision de la Russie.",
     ("FRA", "RUS", "111")),
    ("Le chef de la diplomatie turque a jugé illégales les sanctions de l'Union européenne.",
     ("TUR", "IGOEUREEC", "111")),
    ("Le gouvernement chilien a jugé irresponsable l'attitude du Pérou.",
     ("CHL", "PER", "111")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_judged_blameworthy_is_criticism(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(fr_coder, text)


def test_judged_guilty_stays_a_verdict(fr_coder: Coder) -> None:
    found = triples(fr_coder, "Un tribunal russe a jugé coupable un militant ukrainien.")
    assert any(code == "116" for _, _, code in found), found
    assert not any(code == "111" for _, _, code in found), found

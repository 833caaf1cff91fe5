"""A warning, a promise or a demand whose act is told in a "que" clause ("a prévenu que son
pays riposterait à toute attaque israélienne", "a promis que son pays enverrait une aide
au Népal") takes its target from that act, and the act itself, only warned of or
promised, is no event of its own."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# fmt: off
CASES = [
    ("Le président iranien a prévenu que son pays riposterait à toute attaque israélienne.",
     ("IRN", "ISR", "13"), ("IRN", "ISR", "19")),
    ("Le Premier ministre indien a promis que son pays enverrait une aide au Népal.",
     ("IND", "NPL", "03"), ("IND", "NPL", "07")),
    ("Le ministre turc a averti que son armée frapperait les positions kurdes en Syrie.",
     ("TUR", "SYR", "13"), ("TUR", "SYR", "19")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "not_done"), CASES)
def test_the_que_clause_gives_the_target(
    fr_coder: Coder, text: str, expected: tuple[str, str, str], not_done: tuple[str, str, str]
) -> None:
    found = event_triples(fr_coder, text)
    assert expected in found, found
    assert not_done not in found, found

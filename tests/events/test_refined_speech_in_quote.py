"""A speech verb inside a quote is the quote's own statement and is not coded again, but
one whose complements refine it into an act ("rappeler notre ambassadeur": 161,
"annoncer des sanctions": 163) is that act, done by the speaker."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
ACTS = [
    ("« Nous rappelons notre ambassadeur à Ankara », a déclaré le ministre grec.",
     ("GRC", "TUR", "161")),
    ("« Nous annonçons aujourd'hui des sanctions contre la Biélorussie », a déclaré le "
     "Premier ministre lituanien.", ("LTU", "BLR", "163")),
]
STATEMENTS = [
    "« Nous rappelons que la Grèce est un pays souverain », a déclaré le ministre grec.",
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_refined_speech_verb_in_quote_is_an_act(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert expected in found, found


@pytest.mark.parametrize("text", STATEMENTS)
def test_plain_speech_verb_in_quote_is_not_coded_again(fr_coder: Coder, text: str) -> None:
    found = triples(fr_coder, text)
    assert not any(code.startswith("16") for _, _, code in found), found

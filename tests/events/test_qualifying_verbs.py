"""«qualifier X de …» with a word of blame ("a qualifié d'injustes les sanctions de X",
"a qualifié la décision de X d'erreur") criticises the doer of X (111), with a word of
praise it praises (051), though the object is itself an event noun; a neutral judgement
("a qualifié la réforme de nécessaire") is no criticism."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CASES = [
    ("Le Premier ministre australien a qualifié les sanctions chinoises « d'inacceptables ».",
     ("AUS", "CHN", "111")),
    ("Le chef de la diplomatie indienne a qualifié d'injustes les sanctions américaines.",
     ("IND", "USA", "111")),
    ("Le président argentin a qualifié la décision britannique d'erreur grave.",
     ("ARG", "GBR", "111")),
    ("La Corée du Sud a qualifié de provocation les manœuvres nord-coréennes.",
     ("KOR", "PRK", "111")),
    ("Le gouvernement ghanéen a qualifié la médiation nigériane de succès.",
     ("GHA", "NGA", "051")),
    ("Le président chilien a qualifié le président bolivien de « malhonnête ».",
     ("CHL", "BOL", "111")),
    ("Le ministre chypriote a qualifié de ridicule la proposition turque.",
     ("CYP", "TUR", "111")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_qualified_by_blame_or_praise(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(fr_coder, text)


def test_a_neutral_qualification_is_no_criticism(fr_coder: Coder) -> None:
    found = triples(fr_coder, "Le gouvernement italien a qualifié la réforme de nécessaire.")
    assert not any(code in {"111", "051"} for _, _, code in found), found

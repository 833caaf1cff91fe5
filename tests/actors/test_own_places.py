"""A phrase without a country of its own that names its place right after it ("la police
à Kaboul", "les forces de sécurité en Irak") is of that place, not of the one named in
the sentence before.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
OWN_PLACES = [
    ("2022-05-03", "Paris a condamné l'attentat. La police à Kaboul a arrêté trois hommes.",
     "La police", ["AFGCOP"]),
    ("2021-09-14", "Washington a promis des armes. Les forces de sécurité en Irak ont été "
     "visées par un drone.", "Les forces de sécurité", ["IRQMIL"]),
    # a place of the verb, not of the phrase: the place before it still decides
    ("2022-05-03", "Au Sénégal, la police a arrêté un militant à Paris.", "la police",
     ["SENCOP"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), OWN_PLACES)
def test_a_phrase_is_of_the_place_it_names(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == codes

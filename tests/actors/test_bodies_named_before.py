"""A body with no country of its own ("le parquet", "les militaires") is of the country of
the last body of its sector named with one a few sentences before ("la justice
américaine", "l'armée israélienne"), rather than of a place the sentence before named; a
place named in its own sentence still wins.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
BODIES = [
    ("2023-04-18", "La justice américaine a inculpé un homme d'affaires chinois. Pékin a "
     "protesté. Le parquet fédéral l'accuse d'espionnage.", "Le parquet fédéral", ["USAJUD"]),
    ("2024-02-06", "L'armée israélienne a frappé Rafah. Le Hamas a riposté depuis le Liban. "
     "Les militaires ont visé un dépôt d'armes.", "Les militaires", ["ISRMIL"]),
    ("2024-02-06", "La police française a interpellé deux suspects. Au Sénégal, la police a "
     "dispersé une marche.", "la police", ["SENCOP"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), BODIES)
def test_a_body_is_of_the_country_of_its_sector_named_before(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == codes

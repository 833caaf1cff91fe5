"""A capitalised noun alone after a definite article that begins the name of an
organisation named before ("le Conseil" after "le Conseil national syrien", "le Front"
after "le Front Polisario") stands for that organisation; with a complement of its own
("le Conseil de sécurité") it is another name.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
SHORT_NAMES = [
    ("2013-03-04", "Le Conseil national syrien a boycotté la réunion. Interrogé par une radio, "
     "un membre du Conseil a dénoncé des pressions.", "Conseil", ["SYROPP"]),
    ("2021-10-02", "Le Front Polisario a rejeté le plan marocain. Le Front réclame un "
     "référendum.", "Le Front", ["ESHREB"]),
    ("2023-06-15", "La Commission européenne a infligé une amende à Meta. La Commission "
     "reproche au groupe des abus.", "La Commission", ["IGOEUREEC"]),
]
NOT_SHORT = [  # no organisation of that first word named before: no actor from it
    ("2021-10-02", "Le Front a tenu bon malgré la tempête.", "Le Front", []),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), SHORT_NAMES + NOT_SHORT)
def test_a_short_name_stands_for_the_organisation_named_before(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == codes

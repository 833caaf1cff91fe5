"""Country and person names match only when written with their capital: a common word
that spells a name in lower case ("la réunion", a meeting) is no actor."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

CASES = [  # (text, form, code or None)
    ("La réunion des ministres s'est tenue mardi à Paris.", "réunion", None),
    ("Le président a quitté la réunion sans déclaration.", "réunion", None),
    ("Un cyclone a frappé La Réunion dimanche.", "Réunion", "REU"),
    ("Le ministre est arrivé à la Réunion pour une visite.", "Réunion", "REU"),
    ("Le Niger a rappelé son ambassadeur.", "Niger", "NER"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "form", "code"), CASES)
def test_names_need_their_capital(fr_coder: Coder, text: str, form: str, code: str | None) -> None:
    coded = fr_coder.code(Article(id="cased", text=text, date="2024-05-02"))
    found = [a.code for a in coded.actors if form in a.text]
    assert found == ([code] if code else [])

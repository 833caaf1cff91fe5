"""What a description says inside it: the adjective of a name belongs to the name, a
country adjective beats an institution's usual country, a name right after a title's
adjective is the holder of that title.

Each case is a short text of our own: (date, text, the phrase as written, expected code).
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# fmt: off
PHRASES = [
    ("2021-05-01", "Le président de la Commission européenne a critiqué Pékin.",
     "Le président de la Commission européenne", "IGOEUREEC"),
    ("2021-05-01", "La présidente de la Banque centrale européenne a relevé les taux.",
     "La présidente de la Banque centrale européenne", "IGOEUREEC"),
    ("2024-05-01", "Joe Biden a parlé à Washington. L'Assemblée nationale française a adopté "
     "une résolution. Joe Biden a répondu.", "L'Assemblée nationale française", "FRALEG"),
    ("2023-05-01", "Le Premier ministre malien a parlé à Bamako. L'Assemblée nationale a voté "
     "la loi.", "L'Assemblée nationale", "MLILEG"),
    ("2021-05-01", "Le chef de la diplomatie européenne Josep Borrell a rencontré le ministre "
     "iranien.", "Le chef de la diplomatie européenne Josep Borrell", "IGOEUREEC"),
    ("2023-05-01", "Le ministre chinois des Affaires étrangères Wang Yi a reçu son homologue.",
     "Le ministre chinois des Affaires étrangères Wang Yi", "CHNGOV"),
    ("2019-06-01", "Les négociations ont repris à Genève. La partie iranienne a présenté "
     "une nouvelle offre.", "La partie iranienne", "IRNGOV"),
    ("2019-06-01", "Le camp russe a rejeté le texte soumis au vote.", "Le camp russe", "RUSGOV"),
    ("2019-06-01", "Les discussions butent sur les frontières. Le côté serbe refuse tout "
     "compromis.", "Le côté serbe", "SRBGOV"),
    ("2015-03-01", "Le gouvernement birman en exil a appelé au boycott des élections.",
     "Le gouvernement birman en exil", "MMROPP"),
    ("2015-03-01", "Le parlement biélorusse en exil a siégé à Vilnius.",
     "Le parlement biélorusse en exil", "BLROPP"),
    ("2024-04-01", "Le Pakistan a accusé l'Inde d'ingérence. Son ennemi juré a dénoncé "
     "une provocation.", "Son ennemi juré", "IND"),
    ("2024-04-01", "La Corée du Sud a mis en garde la Corée du Nord. Son ennemi a "
     "riposté.",
     "Son ennemi", "PRK"),
]

# "une partie de …" is a share, not a side
NOT_SIDES = [
    ("2019-06-01", "Une grande partie de la population syrienne a fui vers la Turquie.",
     "Une grande partie"),
    ("2019-06-01", "Une partie des soldats ukrainiens a quitté la ville.", "Une partie"),
    ("2012-06-01", "Le candidat a salué son rival Hamdine Sabahi après le scrutin.",
     "son rival"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "code"), PHRASES)
def test_code_read_inside_the_phrase(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == [code]


@pytest.mark.parametrize(("date", "text", "form"), NOT_SIDES)
def test_a_share_is_no_side(fr_coder: Coder, date: str, text: str, form: str) -> None:
    coded = fr_coder.code(Article(id="inside", text=text, date=date))
    assert not [a for a in coded.actors if a.text.startswith(form)]

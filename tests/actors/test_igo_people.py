"""Heads and envoys of international organisations, coded by the office they held on the
article's date (the same person is coded by nationality before and after).

Each case is a short text of our own: (date, text, the name as written, expected code).
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# fmt: off
OFFICIALS = [
    ("2020-06-01", "Michelle Bachelet a demandé une enquête indépendante sur les violences.",
     "Michelle Bachelet", "IGOUNO"),
    ("2016-02-01", "Michelle Bachelet a inauguré une école à Valparaiso.",
     "Michelle Bachelet", "CHLGOV"),
    ("2016-03-01", "Zeid Ra'ad Al Hussein a dénoncé des exécutions sommaires.",
     "Zeid Ra'ad Al Hussein", "IGOUNO"),
    ("2013-05-01", "Navi Pillay a réclamé l'accès des observateurs au pays.",
     "Navi Pillay", "IGOUNO"),
    ("2019-02-01", "Filippo Grandi a appelé les États à accueillir davantage de réfugiés.",
     "Filippo Grandi", "IGOUNO"),
    ("2015-09-01", "António Guterres a visité un camp de réfugiés au Liban.",
     "António Guterres", "IGOUNO"),
    ("2016-05-01", "Staffan de Mistura a suspendu les pourparlers de Genève.",
     "Staffan de Mistura", "IGOUNO"),
    ("2013-01-10", "Lakhdar Brahimi a rencontré des opposants au Caire.",
     "Lakhdar Brahimi", "IGOUNO"),
    ("2018-04-01", "Ghassan Salamé a présenté un plan pour des élections.",
     "Ghassan Salamé", "IGOUNO"),
    ("2017-01-05", "Christine Lagarde a averti Athènes sur le niveau de sa dette.",
     "Christine Lagarde", "IGOBUSIMF"),
    ("2021-03-01", "Christine Lagarde a maintenu les taux directeurs inchangés.",
     "Christine Lagarde", "IGOEUREEC"),
    ("2015-03-01", "Mario Draghi a lancé un vaste programme de rachat de dettes.",
     "Mario Draghi", "IGOEUREEC"),
    ("2020-05-01", "Kristalina Georgieva a promis une aide d'urgence aux pays pauvres.",
     "Kristalina Georgieva", "IGOBUSIMF"),
    ("2019-05-01", "David Malpass a critiqué les prêts chinois en Afrique.",
     "David Malpass", "IGOUNODEVWBK"),
    ("2015-04-01", "Yukiya Amano a salué l'accord conclu à Lausanne.",
     "Yukiya Amano", "IGOUNO"),
    ("2019-01-25", "Luis Almagro a reconnu Juan Guaido comme président par intérim.",
     "Luis Almagro", "IGOOAS"),
    ("2016-01-01", "Peter Maurer a exigé l'accès aux détenus.",
     "Peter Maurer", "NGOHLHIRC"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "code"), OFFICIALS)
def test_igo_official_on_the_date(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == [code]


# Names written after their title in lowercase ("roi Salmane"), which the alias spells so.
# fmt: off
TITLED_NAMES = [
    ("2019-11-01", "Mardi, le roi Salmane a reçu le secrétaire d'État américain.",
     "le roi Salmane", "SAUGOV"),
    ("2023-09-01", "À Niamey, le général Tiani a reçu une délégation malienne.",
     "le général Tiani", "NERGOV"),
    ("2012-04-01", "Le capitaine Sanogo a promis de rendre le pouvoir aux civils.",
     "Le capitaine Sanogo", "MLIGOV"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "code"), TITLED_NAMES)
def test_lowercase_title_alias(fr_coder: Coder, date: str, text: str, form: str, code: str) -> None:
    assert [a.code for a in actors_named(fr_coder, date, text, form)] == [code]


# A bare title of an office ("le haut représentant") is the holder named last, also when
# its head noun is no person noun and the article's country is a region.
# fmt: off
BARE_OFFICES = [
    ("2023-06-01", "Les Européens sont divisés. Josep Borrell a appelé au calme. « Il faut "
     "protéger les civils », a ajouté le haut représentant.", "le haut représentant",
     "Josep Borrell"),
    ("2021-02-10", "L'Europe hésite. Josep Borrell s'est rendu à Moscou. Le haut représentant "
     "y a été humilié.", "Le haut représentant", "Josep Borrell"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "name"), BARE_OFFICES)
def test_a_bare_office_title_is_its_holder_named_last(
    fr_coder: Coder, date: str, text: str, form: str, name: str
) -> None:
    coded = fr_coder.code(Article(id="igo", text=text, date=date))
    assert [a.name for a in coded.actors if a.text == form] == [name]
    speakers = [q.speaker.name for q in coded.quotes if q.speaker is not None]
    assert speakers in ([], [name])


# A bare title whose holder the registry does not know in that office is the person the
# article itself named with that title.
NAMED_BY_THE_ARTICLE = [
    (
        "2024-06-01",
        "Le porte-parole du gouvernement malien, le colonel Abdoulaye Maïga, a "
        "dénoncé les sanctions. Le porte-parole a accusé la France.",
        "Le porte-parole",
        "Abdoulaye Maïga",
    ),
]


@pytest.mark.parametrize(("date", "text", "form", "name"), NAMED_BY_THE_ARTICLE)
def test_a_bare_title_is_the_holder_the_article_named(
    fr_coder: Coder, date: str, text: str, form: str, name: str
) -> None:
    assert [a.name for a in actors_named(fr_coder, date, text, form)] == [name]

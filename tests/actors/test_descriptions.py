"""Descriptions that stand for an actor named before, and actors named by what they are.

Each case is a short article of our own: (date, text, mention text, expected code). The
mention is looked up in the second sentence when the text has two.
"""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article, CodedArticle

pytestmark = pytest.mark.slow


def code(coder: Coder, text: str, date: str) -> CodedArticle:
    return coder.code(Article(id="desc", text=text, date=date))


def codes_of(coded: CodedArticle, form: str, after: int) -> list[str]:
    return [a.code for a in coded.actors if a.text == form and a.start >= after]


# fmt: off
COUNTRY_DESCRIPTIONS = [
    ("2023-06-01", "La Bolivie a expulsé un diplomate chilien. Le pays sud-américain accuse "
     "Santiago d'ingérence.", "Le pays sud-américain", "BOL"),
    ("2023-06-01", "Le Danemark a convoqué l'ambassadeur russe. Le royaume dénonce une "
     "violation de son espace aérien.", "Le royaume", "DNK"),
    ("2023-06-01", "Le Koweït a reçu le ministre iranien. L'émirat souhaite apaiser les "
     "tensions dans la région.", "L'émirat", "KWT"),
    ("2023-06-01", "Le Tchad a fermé sa frontière avec le Soudan. Son voisin a protesté "
     "mercredi.", "Son voisin", "SDN"),
    ("2023-06-01", "Le Sénégal a signé un accord avec l'Espagne. Le pays africain recevra "
     "des garde-côtes.", "Le pays africain", "SEN"),
    ("2023-06-01", "Le Burkina Faso a reçu une délégation turque. Le pays sahélien achète "
     "des drones à Ankara.", "Le pays sahélien", "BFA"),
    ("2023-06-01", "Le gouvernement cubain a libéré des prisonniers. L'île a aussi accueilli "
     "un émissaire du Vatican.", "L'île", "CUB"),
    ("2023-06-01", "L'armée israélienne a bombardé Khan Younès. L'enclave palestinienne "
     "est privée d'eau.", "L'enclave palestinienne", "PSE"),
    ("2023-06-01", "Le Japon a convoqué l'ambassadeur chinois. Un incident a eu lieu dans la "
     "capitale japonaise mardi.", "la capitale japonaise", "JPN"),
    ("2023-06-01", "Le Qatar a annoncé un nouveau cycle de négociations. L'émirat gazier "
     "accueillera les délégations.", "L'émirat gazier", "QAT"),
]

ORGANISATIONS = [
    ("2023-06-01", "L'Union africaine a suspendu le Gabon. L'organisation continentale exige "
     "des élections.", "L'organisation continentale", "IGOAFRAU"),
    ("2023-06-01", "Les Vingt-Sept ont gelé des avoirs iraniens. Le bloc européen vise "
     "aussi des banques.", "Le bloc européen", "IGOEUREEC"),
    ("2023-06-01", "Amnesty International a dénoncé des exécutions en Iran. L'ONG réclame "
     "une enquête.", "L'ONG", "NGOHRIAMN"),
    ("2023-06-01", "L'Otan a tenu un sommet à Vilnius. L'Alliance a promis des armes à "
     "Kiev.", "L'Alliance", "IGOWSTNAT"),
    ("2023-06-01", "La CPI a ouvert une enquête sur le Venezuela. La juridiction a convoqué "
     "des témoins.", "La juridiction", "IGOJUDICC"),
]

NAMED_BY_WHAT_THEY_ARE = [
    ("2023-06-01", "Le groupe pétrolier russe a suspendu ses livraisons à la Hongrie.",
     "Le groupe pétrolier russe", "RUSBUS"),
    ("2023-06-01", "Les agences russes ont annoncé la mort d'un général.",
     "Les agences russes", "RUSMED"),
    ("2023-06-01", "À Lyon, les forces de l'ordre ont interpellé vingt personnes.",
     "les forces de l'ordre", "FRACOP"),
    ("2023-06-01", "La chambre basse du Parlement japonais a adopté le budget.",
     "La chambre basse du Parlement japonais", "JPNLEG"),
    ("2023-06-01", "Gazprom a réduit ses exportations vers l'Europe.", "Gazprom", "RUSBUS"),
    ("2023-06-01", "Les rebelles houthis ont attaqué un cargo en mer Rouge.",
     "Les rebelles houthis", "YEMREB"),
    ("2023-06-01", "L'agence officielle jordanienne Petra a publié le communiqué du roi.",
     "L'agence officielle jordanienne", "JORMED"),
    ("2023-06-01", "Les eurodéputés ont voté contre le traité.", "eurodéputés", "IGOEUREEC"),
    ("2023-06-01", "À Bamako, l'Assemblée nationale a voté la loi de finances.",
     "l'Assemblée nationale", "MLILEG"),
    ("2023-06-01", "Des manifestants ont encerclé l'ambassade de Russie à Chisinau.",
     "Des manifestants", "MDACVL"),
    # the adjective of a capital stands for its country
    ("2023-06-01", "Les autorités moscovites ont interdit le rassemblement.",
     "Les autorités moscovites", "RUSGOV"),
    ("2023-06-01", "Le quotidien madrilène a publié une longue enquête.",
     "Le quotidien madrilène", "ESPMED"),
    ("2023-06-01", "La police algéroise a dispersé le cortège.", "La police algéroise", "DZACOP"),
]

OFFICES = [
    ("2019-05-01", "Le locataire de la Maison Blanche a menacé l'Iran de sanctions.",
     "Le locataire de la Maison Blanche", "USAGOV"),
    ("2019-05-01", "Le maître du Kremlin a reçu le président turc à Sotchi.",
     "Le maître du Kremlin", "RUSGOV"),
    ("2019-05-01", "Le président russe a reçu le guide suprême iranien à Téhéran.",
     "le guide suprême iranien", "IRNGOV"),
    ("2019-05-01", "L'ancien président américain a critiqué la politique chinoise de Washington.",
     "L'ancien président américain", "USAELI"),
]

DESCRIBED_PEOPLE = [
    ("2022-04-01", "Petro Kovalenko, vice-ministre ukrainien de l'Énergie, a dénoncé les frappes.",
     "Petro Kovalenko", "UKRGOV"),
]

GROUP_MEMBERS = [
    ("2024-01-15", "Le chef des Houthis a menacé les navires américains.", "Le chef des Houthis",
     "YEMREB"),
    ("2024-01-15", "Les combattants du Hamas ont tiré des roquettes sur Ashkelon.",
     "Les combattants du Hamas", "PSEREB"),
]

POSSESSORS = [
    ("2023-06-01", "Le Hezbollah et ses supplétifs ont quitté le gouvernement libanais.",
     "ses supplétifs", "LBNREB"),
    ("2023-06-01", "Le Maroc a rappelé son ambassadeur à Paris.", "son ambassadeur", "MARGOV"),
]
# fmt: on


@pytest.mark.parametrize(
    "date, text, form, expected",
    COUNTRY_DESCRIPTIONS + ORGANISATIONS,
    ids=[c[2] for c in COUNTRY_DESCRIPTIONS + ORGANISATIONS],
)
def test_description_resolves_to_what_was_named_before(
    fr_coder: Coder, date: str, text: str, form: str, expected: str
) -> None:
    coded = code(fr_coder, text, date)
    found = codes_of(coded, form, text.index(". ") + 2)
    assert found == [expected], [(a.text, a.code) for a in coded.actors]


@pytest.mark.parametrize(
    "date, text, form, expected",
    NAMED_BY_WHAT_THEY_ARE + OFFICES + DESCRIBED_PEOPLE + GROUP_MEMBERS + POSSESSORS,
    ids=[
        c[2]
        for c in NAMED_BY_WHAT_THEY_ARE + OFFICES + DESCRIBED_PEOPLE + GROUP_MEMBERS + POSSESSORS
    ],
)
def test_actor_named_by_what_it_is(
    fr_coder: Coder, date: str, text: str, form: str, expected: str
) -> None:
    coded = code(fr_coder, text, date)
    assert expected in codes_of(coded, form, 0), [(a.text, a.code) for a in coded.actors]


def test_a_description_without_a_fitting_country_stays_unresolved(fr_coder: Coder) -> None:
    text = "La Norvège a condamné l'attaque. Le pays africain n'a pas réagi."
    coded = code(fr_coder, text, "2023-06-01")
    assert codes_of(coded, "Le pays africain", 0) == [], coded.actors


def test_a_lowercase_word_is_not_a_company(fr_coder: Coder) -> None:
    coded = code(fr_coder, "Au total, trente soldats maliens ont été tués.", "2023-06-01")
    assert not [a for a in coded.actors if a.code.endswith("BUS")], coded.actors


def test_a_later_mention_of_a_surname_finds_the_person(fr_coder: Coder) -> None:
    text = "Kim Jong-un a inspecté une usine de missiles. M. Kim a promis de renforcer l'arsenal."
    coded = code(fr_coder, text, "2023-06-01")
    assert codes_of(coded, "M. Kim", text.index(". ") + 2) == ["PRKGOV"], coded.actors

"""Two general readings of an actor from its context, not from a list.

An institution that many countries have ("le Conseil constitutionnel", "l'Assemblée
nationale") is the one of the place or of the article's country; the country of its alias
is only the fallback, and it does not make the article's country either. A person of the
registry who held no office on the article's date takes the sector of the description
that names them ("l'opposant X", "X, chef de l'opposition"), in every mention of them;
an office held on the date wins over any description.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# (date, text, mention text, expected codes of the mentions with that text)
# fmt: off
LOCAL_INSTITUTIONS = [
    ("2023-05-10", "Au Bénin, le Conseil constitutionnel a rejeté le recours de l'opposition.",
     "Conseil constitutionnel", ["BENJUD"]),
    ("2023-05-10", "L'Assemblée nationale a adopté le budget, a annoncé le gouvernement togolais.",
     "Assemblée nationale", ["TGOLEG"]),
    ("2023-05-10", "Le Conseil constitutionnel a censuré la loi, a regretté Emmanuel Macron.",
     "Conseil constitutionnel", ["FRAJUD"]),
    # an article that names only people: its country is the first one's on the date
    ("2022-07-10", "Le président Macky Sall a dissous l'Assemblée nationale. La police a "
     "dispersé les manifestants.", "Assemblée nationale", ["SENLEG"]),
    ("2022-07-10", "Le président Macky Sall a dissous l'Assemblée nationale. La police a "
     "dispersé les manifestants.", "La police", ["SENCOP"]),
]
DESCRIBED_PEOPLE = [
    ("2022-07-10", "L'opposant Ousmane Sonko a été interpellé à Dakar. M. Sonko dénonce un "
     "complot.", "Sonko", ["SENOPP"]),
    ("2022-07-10", "Ousmane Sonko, principal opposant au président Macky Sall, a été interpellé.",
     "Ousmane Sonko", ["SENOPP"]),
    ("2022-07-10", "« Nous irons jusqu'au bout », a lancé Ousmane Sonko, le chef de l'opposition "
     "sénégalaise.", "Ousmane Sonko", ["SENOPP"]),
    # in office on the date: the office wins
    ("2024-06-01", "L'ancien opposant Ousmane Sonko, désormais Premier ministre, a reçu les "
     "syndicats.", "Ousmane Sonko", ["SENGOV"]),
    ("2024-06-01", "Le Premier ministre Ousmane Sonko a reçu les syndicats.", "Ousmane Sonko",
     ["SENGOV"]),
]
# fmt: on


def _codes(coder: Coder, date: str, text: str, form: str) -> list[str]:
    return sorted({a.code for a in actors_named(coder, date, text, form)})


@pytest.mark.parametrize(("date", "text", "form", "codes"), LOCAL_INSTITUTIONS)
def test_an_institution_many_countries_have_is_the_places(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes


def test_the_alias_country_of_a_local_institution_is_not_the_articles(
    fr_coder: Coder,
) -> None:
    text = (
        "Le président Macky Sall a dissous l'Assemblée nationale. Le président a ensuite "
        "convoqué des élections anticipées."
    )
    coded = fr_coder.code(Article(id="places", text=text, date="2022-07-10"))
    assert "Emmanuel Macron" not in {a.name for a in coded.actors}


@pytest.mark.parametrize(("date", "text", "form", "codes"), DESCRIBED_PEOPLE)
def test_a_person_out_of_office_is_what_the_description_says(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes


# "un porte-parole", "un ministre": someone of that office's kind, not its holder; a name
# that a description places in another country than the registry's person of that name is
# a homonym, of the described country.
# (date, text, mention text, expected (code, name) pairs of the mentions with that text)
# fmt: off
SOMEONE_NOT_THE_HOLDER = [
    ("2023-03-01", "Un porte-parole de la Maison Blanche a démenti les faits.",
     "Un porte-parole de la Maison Blanche", [("USAGOV", None)]),
    ("2023-03-01", "Un ministre russe a démenti. Le ministre russe des Affaires étrangères a "
     "confirmé.", "Le ministre russe des Affaires étrangères", [("RUSGOV", "Sergey Lavrov")]),
    ("2022-07-10", "« Nous ne céderons pas », a déclaré Amadou Ba, porte-parole du gouvernement "
     "ivoirien.", "Amadou Ba", [("CIVGOV", "Amadou Ba")]),
    ("2022-07-10", "« Nous ne céderons pas », a déclaré Emmanuel Macron, le président français.",
     "Emmanuel Macron", [("FRAGOV", "Emmanuel Macron")]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "pairs"), SOMEONE_NOT_THE_HOLDER)
def test_someone_of_an_office_or_a_homonym(
    fr_coder: Coder, date: str, text: str, form: str, pairs: list[tuple[str, str | None]]
) -> None:
    coded = fr_coder.code(Article(id="someone", text=text, date=date))
    assert sorted({(a.code, a.name) for a in coded.actors if a.text == form}) == pairs


# Locals (protesters, police) placed by the "à X" of their own sentence, not by a place
# named in the sentence before.
# fmt: off
PLACES_OF_THEIR_SENTENCE = [
    ("2023-09-01", "Les talibans ont interdit la marche à Kaboul. Des manifestants ont brûlé des "
     "drapeaux à Téhéran.", "Des manifestants", ["IRNCVL"]),
    ("2023-09-01", "Les talibans ont interdit la marche à Kaboul. Des manifestants ont brûlé des "
     "drapeaux.", "Des manifestants", ["AFGCVL"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), PLACES_OF_THEIR_SENTENCE)
def test_locals_are_of_their_sentences_place(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes


# A politician named before every office the data give them was not in government then:
# the opposition; one elected or appointed and about to take office is coded in office.
# fmt: off
BEFORE_OFFICE = [
    ("2021-03-01", "Ousmane Sonko a été arrêté à Dakar.", "Ousmane Sonko", ["SENOPP"]),
    ("2023-06-01", "Bassirou Diomaye Faye a été incarcéré à Dakar.", "Bassirou Diomaye Faye",
     ["SENOPP"]),
    ("2024-03-28", "Bassirou Diomaye Faye a été élu président du Sénégal.",
     "Bassirou Diomaye Faye", ["SENGOV"]),
    ("2012-11-10", "Xi Jinping a été désigné à Pékin.", "Xi Jinping", ["CHNGOV"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "codes"), BEFORE_OFFICE)
def test_a_politician_before_office_is_in_the_opposition(
    fr_coder: Coder, date: str, text: str, form: str, codes: list[str]
) -> None:
    assert _codes(fr_coder, date, text, form) == codes

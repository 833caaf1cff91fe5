"""People who speak for a body: its spokesman, its president, its commander are of the
body's sector ("le porte-parole de la police" is police, "le président du Sénat" the
legislature, not the head of state); a country's own security council is that country's
government, not the UN's; a holder named after a comma ends the title's phrase.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# (date, text, mention text, expected code)
# fmt: off
BODY_PEOPLE = [
    ("2024-03-02", "Le porte-parole de la police ghanéenne a démenti toute bavure.",
     "Le porte-parole de la police ghanéenne", "GHACOP"),
    ("2024-03-02", "Une porte-parole de l'opposition bolivienne a rejeté les résultats.",
     "Une porte-parole de l'opposition bolivienne", "BOLOPP"),
    ("2024-03-02", "Le commandant de l'armée nigérienne a rencontré les chefs coutumiers.",
     "Le commandant de l'armée nigérienne", "NERMIL"),
    ("2022-10-05", "Le président du Sénat français a reçu une délégation ukrainienne.",
     "Le président du Sénat français", "FRALEG"),
    ("2024-03-02", "Le président du tribunal de Conakry a renvoyé le procès.",
     "Le président du tribunal de Conakry", "GINJUD"),
]
SECURITY_COUNCILS = [
    ("2023-01-10", "Le Conseil de sécurité nationale israélien s'est réuni lundi soir.",
     "Le Conseil de sécurité nationale israélien", "ISRGOV"),
    ("2023-01-10", "Le Conseil national de sécurité turc a recommandé des mesures.",
     "Le Conseil national de sécurité turc", "TURGOV"),
    ("2023-01-10", "Le Conseil de sécurité a adopté une résolution sur Haïti.",
     "Le Conseil de sécurité", "IGOUNO"),
]
GROUP_POSSESSIVES = [
    ("2024-01-12", "Les rebelles houthis ont tiré un missile. Leur porte-parole a revendiqué "
     "le tir dans la soirée.", "Leur porte-parole", "YEMREB"),
]
MEMBERS = [  # an unknown name apposed to a noun of a body; supporters are not their leader
    ("2024-03-02", "« Le scrutin doit avoir lieu », a déclaré Khalifa Sall, un candidat de "
     "l'opposition sénégalaise.", "Khalifa Sall", "SENOPP"),
    ("2024-03-02", "Awa Ndiaye, militante d'une ONG ivoirienne, a témoigné devant le juge.",
     "Awa Ndiaye", "CIVNGO"),
    ("2024-03-02", "Les partisans d'Ousmane Sonko ont manifesté à Dakar.",
     "Les partisans d'Ousmane Sonko", "SENOPP"),
    ("2024-03-02", "L'état-major sud-coréen a signalé un tir depuis le Nord.",
     "L'état-major sud-coréen", "KORMIL"),
    ("2024-03-02", "Au Niger, le colonel-major Issa Maïga a lu un communiqué.",
     "Issa Maïga", "NERMIL"),
]
PARTICIPLE_NOUNS = [  # agent nouns the tagger reads as participles ("opposant": opposer)
    ("2024-03-15", "L'opposant Jean-Pierre Bemba a dénoncé la fraude en RDC.",
     "L'opposant Jean-Pierre Bemba", "CODOPP"),
    ("2024-03-15", "« Nous irons jusqu'au bout », a lancé Moussa Koné, le principal opposant "
     "malien.", "Moussa Koné", "MLIOPP"),
]
NAMED_AFTER_NOUN = [  # an organisation noun followed by the name is that name
    ("2023-06-15", "Le quotidien Le Figaro a révélé l'affaire.", "Le quotidien Le Figaro",
     "FRAMED"),
    ("2023-06-15", "Le Parlement irakien a voté la loi.", "Le Parlement irakien", "IRQLEG"),
    ("2023-06-15", "La Cour internationale de justice a rendu son avis.", "justice", None),
]
NAMED_KINDS = [  # "les ONG X et Y": the named organisation, not the kind
    ("2024-08-20", "« Ces exécutions sont illégales », ont dénoncé les ONG Amnesty "
     "International et Human Rights Watch.", "les ONG Amnesty International", "NGOHRIAMN"),
]
ACRONYMS = [  # an alias written in capitals names its actor only in capitals
    ("2024-08-20", "Les garde-côtes ont tiré au canon à eau sur un navire.", "eau", None),
    ("2024-08-20", "Les EAU ont condamné l'attaque.", "EAU", "ARE"),
    ("2024-08-20", "L'Otan a condamné l'attaque.", "Otan", "IGOWSTNAT"),
]
DEPUTIES = [  # a deputy or a vice-president is not the holder of the office
    ("2024-03-15", "Le secrétaire d'État adjoint américain a rencontré des diplomates.",
     "Le secrétaire d'État adjoint américain", "USAGOV", None),
    ("2022-06-01", "Le vice-président américain a rencontré des diplomates.",
     "Le vice-président américain", "USAGOV", "Kamala Harris"),
    ("2024-03-15", "Le vice-président iranien a rencontré des diplomates.",
     "Le vice-président iranien", "IRNGOV", None),
    ("2024-03-15", "« Nous refusons », a affirmé à la télévision d'État le vice-président "
     "iranien, Hamid Karimi.", "Hamid Karimi", "IRNGOV", "Hamid Karimi"),
]
MONARCHS = [  # "le roi" after a king and a president is the king
    ("2024-08-20", "Le roi Abdallah II a reçu Emmanuel Macron à Amman. Le monarque a salué "
     "l'amitié entre les deux pays.", "Le monarque", "JORGOV"),
]
POPES = [  # the Pope is the Holy See's, whatever the article's country
    ("2024-08-20", "En visite au Timor oriental, le pape a appelé à la paix.", "le pape",
     "VATREL"),
    ("2016-05-10", "Le pape François a reçu le prix Charlemagne.", "Le pape François",
     "VATREL"),
]
INDEFINITES = [  # "un responsable américain" is someone new, not the American named before
    ("2020-01-03", "Donald Trump a publié un message. Un responsable militaire américain a "
     "ensuite confirmé la frappe.", "Un responsable militaire américain", "USAMIL"),
]
FOES_WORDS = [  # Israel in the words of its foes
    ("2024-08-20", "Téhéran a promis de punir le régime sioniste.", "le régime sioniste",
     "ISRGOV"),
]
MEDIA_ARE_NO_PLACE = [  # the agency a quote is given to does not make the article's country
    ("2024-08-20", "« La situation est sous contrôle », a dit le ministre à l'agence Reuters.",
     "le ministre", None),
]
COUNTRY_TITLES = [  # a title only one country has goes to that country's holder named last
    ("2024-08-20", "Antony Blinken a rencontré Wang Yi à Pékin. Le secrétaire d'État a "
     "ensuite quitté la Chine.", "Le secrétaire d'État", "USAGOV", "Antony Blinken"),
]
APPOSED_HOLDERS = [
    ("2023-06-01", "Le chef de la diplomatie européenne, Josep Borrell, a appelé au calme.",
     "Le chef de la diplomatie européenne, Josep Borrell", "Josep Borrell"),
]
# fmt: on


def _codes(coder: Coder, date: str, text: str, form: str) -> list[str]:
    return [a.code for a in actors_named(coder, date, text, form)]


@pytest.mark.parametrize(("date", "text", "form", "code"), BODY_PEOPLE)
def test_a_person_of_a_body_is_of_its_sector(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), SECURITY_COUNCILS)
def test_a_national_security_council_is_its_country(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), GROUP_POSSESSIVES)
def test_a_groups_spokesman_is_of_the_group(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), MEMBERS)
def test_a_member_of_a_body_is_of_the_body(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


def test_a_different_first_name_is_another_person(fr_coder: Coder) -> None:
    text = (
        "Le président sénégalais Macky Sall a reporté l'élection. « Nous refusons ce report », "
        "a déclaré Khalifa Sall, un candidat de l'opposition. M. Sall a répondu."
    )
    coded = fr_coder.code(Article(id="bodies", text=text, date="2024-02-05"))
    names = {a.text: a.name for a in coded.actors}
    assert names["Khalifa Sall"] == "Khalifa Sall"
    assert names["M. Sall"] == "Macky Sall"


@pytest.mark.parametrize(("date", "text", "form", "code"), PARTICIPLE_NOUNS)
def test_an_agent_noun_read_as_a_participle(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), NAMED_AFTER_NOUN)
def test_a_name_after_an_organisation_noun(
    fr_coder: Coder, date: str, text: str, form: str, code: str | None
) -> None:
    assert _codes(fr_coder, date, text, form) == ([code] if code else [])


@pytest.mark.parametrize(("date", "text", "form", "code"), NAMED_KINDS)
def test_a_kind_followed_by_a_named_one(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), ACRONYMS)
def test_an_acronym_names_in_capitals(
    fr_coder: Coder, date: str, text: str, form: str, code: str | None
) -> None:
    assert _codes(fr_coder, date, text, form) == ([code] if code else [])


@pytest.mark.parametrize(("date", "text", "form", "code", "name"), DEPUTIES)
def test_a_deputy_is_not_the_holder(
    fr_coder: Coder, date: str, text: str, form: str, code: str, name: str | None
) -> None:
    assert [(a.code, a.name) for a in actors_named(fr_coder, date, text, form)] == [(code, name)]


@pytest.mark.parametrize(("date", "text", "form", "code"), MONARCHS)
def test_a_monarchs_title_is_a_monarchys(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), POPES)
def test_the_pope_is_the_holy_sees(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), INDEFINITES)
def test_an_indefinite_description_is_someone_new(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert [(a.code, a.name) for a in actors_named(fr_coder, date, text, form)] == [(code, None)]


@pytest.mark.parametrize(("date", "text", "form", "code"), FOES_WORDS)
def test_israel_in_its_foes_words(
    fr_coder: Coder, date: str, text: str, form: str, code: str
) -> None:
    assert _codes(fr_coder, date, text, form) == [code]


@pytest.mark.parametrize(("date", "text", "form", "code"), MEDIA_ARE_NO_PLACE)
def test_a_news_agency_is_no_place(
    fr_coder: Coder, date: str, text: str, form: str, code: str | None
) -> None:
    assert _codes(fr_coder, date, text, form) == ([code] if code else [])


@pytest.mark.parametrize(("date", "text", "form", "code", "name"), COUNTRY_TITLES)
def test_a_countrys_own_title(
    fr_coder: Coder, date: str, text: str, form: str, code: str, name: str
) -> None:
    assert [(a.code, a.name) for a in actors_named(fr_coder, date, text, form)] == [(code, name)]


@pytest.mark.parametrize(("date", "text", "form", "name"), APPOSED_HOLDERS)
def test_a_name_after_a_comma_holds_the_title(
    fr_coder: Coder, date: str, text: str, form: str, name: str
) -> None:
    assert [a.name for a in actors_named(fr_coder, date, text, form)] == [name]

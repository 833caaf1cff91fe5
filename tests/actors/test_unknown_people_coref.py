"""People the registry does not know get their names last (from the description around
them, or the article's country): the pronouns that follow them ("Elle a refusé", "a-t-il
dit") are theirs, and so are the quotes such a pronoun attributes.
"""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# (date, text, pronoun as written, the person's name)
# fmt: off
PRONOUNS = [
    ("2020-09-08", "L'opposante Maria Kolesnikova a été enlevée à Minsk. Elle a refusé de "
     "quitter le pays.", "Elle", "Maria Kolesnikova"),
    ("2021-05-03", "Le syndicaliste Oumar Keita a été arrêté à Bamako. Il a dénoncé une "
     "manœuvre.", "Il", "Oumar Keita"),
    ("2021-05-03", "Oumar Keita a été arrêté à Bamako. Il a dénoncé une manœuvre.", "Il",
     "Oumar Keita"),
]
QUOTES = [
    ("2020-09-08", "L'opposante Maria Kolesnikova a été enlevée à Minsk. « Je reste ici », "
     "a-t-elle dit.", "Je reste", "Maria Kolesnikova"),
    ("2021-05-03", "Le journaliste Moussa Diarra a été libéré à Bamako. « Je continuerai », "
     "a-t-il assuré.", "Je continuerai", "Moussa Diarra"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "form", "name"), PRONOUNS)
def test_a_pronoun_after_an_unknown_person_is_theirs(
    fr_coder: Coder, date: str, text: str, form: str, name: str
) -> None:
    assert [a.name for a in actors_named(fr_coder, date, text, form)] == [name]


@pytest.mark.parametrize(("date", "text", "start", "name"), QUOTES)
def test_a_quote_of_an_unknown_persons_pronoun_is_theirs(
    fr_coder: Coder, date: str, text: str, start: str, name: str
) -> None:
    coded = fr_coder.code(Article(id="late", text=text, date=date))
    said = [q.speaker.name if q.speaker else None for q in coded.quotes if q.text.startswith(start)]
    assert said == [name]


# (date, text, pronoun as written): a pronoun of the other gender is not the person the
# description names ("le porte-parole … Jean Morel" then "elle", which is the country)
OTHER_GENDER = [
    (
        "2019-03-12",
        "Comme l'a rappelé le porte-parole de l'ambassade de France au Niger, Jean "
        "Morel : « la France restera, car elle va financer les écoles ».",
        "elle",
    ),
    (
        "2021-05-03",
        "Le syndicaliste Oumar Keita a été arrêté à Bamako. Elle a dénoncé une manœuvre.",
        "Elle",
    ),
]


@pytest.mark.parametrize(("date", "text", "form"), OTHER_GENDER)
def test_a_pronoun_of_the_other_gender_is_not_the_unknown_person(
    fr_coder: Coder, date: str, text: str, form: str
) -> None:
    names = {a.name for a in actors_named(fr_coder, date, text, form)}
    assert not names & {"Jean Morel", "Oumar Keita"}

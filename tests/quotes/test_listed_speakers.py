"""A quote said jointly by the people of a list ("ont déclaré X, Y et Z") is listed once for
each of them; a name after a comma without a coordinator is an apposition, not a list.

Each case is a short article of our own; the assertions read `CodedArticle.quotes`.
"""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# (date, text, the quote's first words, the speakers' names in order)
# fmt: off
LISTS = [
    ("2023-06-01", "« Nous exigeons un cessez-le-feu immédiat », ont déclaré Emmanuel Macron, "
     "Olaf Scholz et Rishi Sunak dans un communiqué commun.", "Nous exigeons",
     ["Emmanuel Macron", "Olaf Scholz", "Rishi Sunak"]),
    ("2023-06-01", "« Nous resterons unis », ont affirmé Olaf Scholz et Emmanuel Macron.",
     "Nous resterons", ["Olaf Scholz", "Emmanuel Macron"]),
    ("2023-06-01", "Emmanuel Macron, Olaf Scholz et Giorgia Meloni ont appelé à « une "
     "désescalade rapide ».", "une désescalade", ["Emmanuel Macron", "Olaf Scholz",
                                                  "Giorgia Meloni"]),
    ("2023-06-01", "Le président brésilien Lula et son homologue argentin ont qualifié la "
     "rencontre de « constructive ».", "constructive",
     ["Luiz Inácio Lula da Silva", "Alberto Fernández"]),
]
NOT_LISTS = [  # one speaker: an apposition, or a person named as the addressee
    ("2023-06-01", "« Nous resterons unis », a affirmé Olaf Scholz, chancelier allemand.",
     "Nous resterons", ["Olaf Scholz"]),
    ("2023-06-01", "« Vous pouvez compter sur nous », a assuré Emmanuel Macron à Volodymyr "
     "Zelensky et à son gouvernement.", "Vous pouvez", ["Emmanuel Macron"]),
    ("2024-07-05", "Orban est arrivé à Moscou. Le voyage s'inscrit dans une « mission de "
     "paix », a écrit son porte-parole Zoltan Kovacs sur X, au-dessus d'une image de la "
     "rencontre entre Orban et Poutine.", "mission de paix", ["Zoltan Kovacs"]),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "start", "names"), LISTS + NOT_LISTS)
def test_a_quote_is_listed_for_each_speaker_of_a_list(
    fr_coder: Coder, date: str, text: str, start: str, names: list[str]
) -> None:
    coded = fr_coder.code(Article(id="listed", text=text, date=date))
    said = [q for q in coded.quotes if q.text.startswith(start)]
    assert [q.speaker.name if q.speaker else None for q in said] == names
    assert len({(q.start, q.end) for q in said}) == 1  # one passage, several speakers


# A quote standing as its own sentence, attributed by the sentence after it when that one
# points back at it or is only a speech verb; a reply or a verb with its own content ("a
# répliqué que …") is someone else's, and a speech verb in the sentence before wins.
# (date, text, the quote's first words, the speaker's name)
# fmt: off
NEXT_SENTENCE = [
    ("2023-06-01", "Kiev a été bombardée. « Nous ne reculerons pas. » Le président ukrainien "
     "Volodymyr Zelensky a tenu ces propos devant le Parlement.", "Nous ne reculerons",
     "Volodymyr Zelenskyy"),
    ("2023-06-01", "Kiev a été bombardée. « Nous ne reculerons pas. » Volodymyr Zelensky a "
     "ainsi réagi aux frappes russes.", "Nous ne reculerons", "Volodymyr Zelenskyy"),
    ("2023-06-01", "Volodymyr Zelensky a parlé lundi. « Nous ne reculerons pas. » Dmitri "
     "Peskov a ainsi été contredit.", "Nous ne reculerons", "Volodymyr Zelenskyy"),
    ("2023-06-01", "Volodymyr Zelensky a pris la parole lundi. « Nous ne reculerons pas. » "
     "Dmitri Peskov a répliqué que Moscou poursuivrait.", "Nous ne reculerons",
     "Volodymyr Zelenskyy"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "start", "name"), NEXT_SENTENCE)
def test_a_quote_alone_is_attributed_by_the_sentence_after(
    fr_coder: Coder, date: str, text: str, start: str, name: str
) -> None:
    coded = fr_coder.code(Article(id="next", text=text, date=date))
    said = [q for q in coded.quotes if q.text.startswith(start)]
    assert [q.speaker.name if q.speaker else None for q in said] == [name]


# The outlet a statement was given to ("a déclaré à Reuters X") describes no one: the
# speaker keeps the description apposed to them, not the outlet's code.
# fmt: off
GIVEN_TO_OUTLETS = [
    ("2020-09-08", "Minsk a arrêté l'opposante. « Elle est maintenant en détention », a déclaré "
     "à Reuters Anton Bitchkovski.", "Elle est", "Anton Bitchkovski", "BLR"),
    ("2020-09-08", "Minsk a arrêté l'opposante. « Elle est maintenant en détention », a déclaré "
     "à Reuters Anton Bitchkovski, porte-parole des garde-frontières.", "Elle est",
     "Anton Bitchkovski", "BLRCOP"),
]
# fmt: on


@pytest.mark.parametrize(("date", "text", "start", "name", "code"), GIVEN_TO_OUTLETS)
def test_the_outlet_is_not_the_speakers_description(
    fr_coder: Coder, date: str, text: str, start: str, name: str, code: str
) -> None:
    coded = fr_coder.code(Article(id="outlet", text=text, date=date))
    said = [q.speaker for q in coded.quotes if q.text.startswith(start)]
    assert [(s.name, s.code) if s else None for s in said] == [(name, code)]

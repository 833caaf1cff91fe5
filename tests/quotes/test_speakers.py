"""Quotes and their speakers: quotation marks, quotes over two sentences, incises, "selon".

Each case is a short article of our own; the assertions read `CodedArticle.quotes`.
"""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article, CodedArticle, Quote

pytestmark = pytest.mark.slow


def code(coder: Coder, text: str, date: str = "2023-02-15") -> CodedArticle:
    return coder.code(Article(id="quotes", text=text, date=date))


def quote_starting(coded: CodedArticle, start: str) -> Quote:
    found = [q for q in coded.quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in coded.quotes]}"
    return found[0]


# (case id, text, the quote's first words, its full text, speaker name, speaker code)
# fmt: off
CASES = [
    ("guillemets-incise",
     "Sergueï Lavrov a pris la parole mardi. « Nous sommes prêts à discuter », a-t-il assuré.",
     "Nous sommes", "Nous sommes prêts à discuter", "Sergey Lavrov", "RUSGOV"),
    ("anglais-incise",
     "Sergueï Lavrov a pris la parole mardi. “Nous sommes prêts à discuter”, a-t-il assuré.",
     "Nous sommes", "Nous sommes prêts à discuter", "Sergey Lavrov", "RUSGOV"),
    ("droits-incise",
     'Sergueï Lavrov a pris la parole mardi. "Nous sommes prêts à discuter", a-t-il assuré.',
     "Nous sommes", "Nous sommes prêts à discuter", "Sergey Lavrov", "RUSGOV"),
    ("deux-phrases",
     "Le ministre chinois des Affaires étrangères Wang Yi est arrivé à Moscou. « Nos relations "
     "sont solides. Elles ne visent aucun pays tiers », a-t-il déclaré.",
     "Nos relations", "Nos relations sont solides. Elles ne visent aucun pays tiers",
     "Wang Yi", "CHNGOV"),
    ("poursuivi",
     "Wang Yi a rencontré mercredi des diplomates russes. « La coopération progresse », "
     "a-t-il affirmé. « Nous irons plus loin », a-t-il poursuivi.",
     "Nous irons", "Nous irons plus loin", "Wang Yi", "CHNGOV"),
    ("ajoute-description",
     "Wang Yi a rencontré Sergueï Lavrov. « Pékin soutient le dialogue », a ajouté le "
     "ministre chinois.",
     "Pékin soutient", "Pékin soutient le dialogue", "Wang Yi", "CHNGOV"),
    ("ajoute-nom",
     "La réunion a duré trois heures. « Le dialogue reste ouvert », a ajouté Annalena Baerbock.",
     "Le dialogue", "Le dialogue reste ouvert", "Annalena Baerbock", "DEUGOV"),
    ("fait-remarquer-que",
     "Vladimir Poutine a fait remarquer que « les sanctions occidentales ont échoué ».",
     "les sanctions", "les sanctions occidentales ont échoué", "Vladimir Putin", "RUSGOV"),
    ("selon",
     "Selon Emmanuel Macron, « l'Europe doit se réarmer ».",
     "l'Europe", "l'Europe doit se réarmer", "Emmanuel Macron", "FRAGOV"),
    ("selon-description",
     "Selon le président iranien, « les négociations ne sont pas mortes ».",
     "les négociations", "les négociations ne sont pas mortes", "Ebrahim Raisi", "IRNGOV"),
    ("deux-points",
     "Olaf Scholz a été clair : « L'Allemagne ne livrera pas d'avions de combat ».",
     "L'Allemagne", "L'Allemagne ne livrera pas d'avions de combat", "Olaf Scholz", "DEUGOV"),
    ("incise-au-milieu",
     "« Cette guerre, a déclaré Antony Blinken, doit prendre fin. »",
     "Cette guerre", "Cette guerre, a déclaré Antony Blinken, doit prendre fin.",
     "Antony Blinken", "USAGOV"),
]
# fmt: on


@pytest.mark.parametrize(
    "text, start, full, name, speaker_code", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quote_text_offsets_and_speaker(
    fr_coder: Coder, text: str, start: str, full: str, name: str, speaker_code: str
) -> None:
    quote = quote_starting(code(fr_coder, text), start)
    assert quote.text == full
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker is not None, quote
    assert (quote.speaker.name, quote.speaker.code) == (name, speaker_code)


def test_two_quotes_in_a_row_keep_their_own_text(fr_coder: Coder) -> None:
    text = (
        "Wang Yi a rencontré mercredi des diplomates russes. « La coopération progresse », "
        "a-t-il affirmé. « Nous irons plus loin », a-t-il poursuivi."
    )
    coded = code(fr_coder, text)
    assert [q.text for q in coded.quotes] == ["La coopération progresse", "Nous irons plus loin"]
    assert [q.speaker.name if q.speaker else None for q in coded.quotes] == ["Wang Yi"] * 2


@pytest.mark.parametrize(
    "text, heading",
    [
        (
            "« Pékin et Moscou, une amitié sans limites »\nLe ministre chinois des Affaires "
            "étrangères est arrivé mardi à Moscou.",
            "Pékin et Moscou, une amitié sans limites",
        ),
        (
            "“Le dialogue avant tout”\n\nLa ministre allemande des Affaires étrangères a "
            "rencontré son homologue chinois.",
            "Le dialogue avant tout",
        ),
    ],
    ids=["guillemets", "anglais"],
)
def test_heading_in_quotes_has_no_speaker(fr_coder: Coder, text: str, heading: str) -> None:
    coded = code(fr_coder, text)
    found = [q for q in coded.quotes if q.text == heading]
    assert len(found) <= 1
    if found:
        assert found[0].speaker is None, found[0]

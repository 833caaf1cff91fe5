"""Sentence bounds on news typography: quotes with incises, headings, multi-word names."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder

pytestmark = pytest.mark.slow


def sentences(coder: Coder, text: str) -> list[str]:
    return [s.text.strip() for s in coder.nlp(text).sents if s.text.strip()]


# (case id, text, the sentences expected)
# fmt: off
CASES = [
    ("quote-two-sentences-incise",
     "Wang Yi est arrivé à Moscou. « Nos relations sont solides. Elles ne visent aucun pays "
     "tiers », a-t-il déclaré. La visite doit durer deux jours.",
     ["Wang Yi est arrivé à Moscou.",
      "« Nos relations sont solides. Elles ne visent aucun pays tiers », a-t-il déclaré.",
      "La visite doit durer deux jours."]),
    ("quote-english-marks",
     "“Le cessez-le-feu tient. Les convois passent”, a affirmé le porte-parole. Il a ensuite "
     "quitté la salle.",
     ["“Le cessez-le-feu tient. Les convois passent”, a affirmé le porte-parole.",
      "Il a ensuite quitté la salle."]),
    ("quote-exclamation-incise",
     "« Nous ne céderons pas ! », a lancé le président iranien devant la foule.",
     ["« Nous ne céderons pas ! », a lancé le président iranien devant la foule."]),
    ("quote-after-que",
     "Le ministre a estimé que « la situation reste grave. Rien n'est réglé ». Il n'a pas "
     "donné de détails.",
     ["Le ministre a estimé que « la situation reste grave. Rien n'est réglé ».",
      "Il n'a pas donné de détails."]),
    ("heading-line",
     "Pékin et Moscou resserrent les rangs\nLe ministre chinois des Affaires étrangères est "
     "arrivé mardi à Moscou.",
     ["Pékin et Moscou resserrent les rangs",
      "Le ministre chinois des Affaires étrangères est arrivé mardi à Moscou."]),
    ("heading-in-quotes",
     "« Une amitié sans limites »\n\nLe président russe a reçu son homologue chinois.",
     ["« Une amitié sans limites »",
      "Le président russe a reçu son homologue chinois."]),
    ("name-wang-yi",
     "Le chef de la diplomatie chinoise Wang Yi a rencontré Sergueï Lavrov mercredi.",
     ["Le chef de la diplomatie chinoise Wang Yi a rencontré Sergueï Lavrov mercredi."]),
    ("name-wang-yi-apposition",
     "Wang Yi, le chef de la diplomatie chinoise, a été reçu par Vladimir Poutine.",
     ["Wang Yi, le chef de la diplomatie chinoise, a été reçu par Vladimir Poutine."]),
    ("name-initial",
     "Le secrétaire d'État Antony J. Blinken a rencontré Wang Yi à Munich.",
     ["Le secrétaire d'État Antony J. Blinken a rencontré Wang Yi à Munich."]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentence_bounds(fr_coder: Coder, text: str, expected: list[str]) -> None:
    assert sentences(fr_coder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi est arrivé mardi à Moscou.",
        "Mercredi, Wang Yi a rencontré Vladimir Poutine.",
        "Le ministre a reçu Wang Yi. Wang Yi a ensuite quitté Moscou.",
    ],
)
def test_wang_yi_is_never_cut(fr_coder: Coder, text: str) -> None:
    doc = fr_coder.nlp(text)
    for token in doc:
        if token.text == "Yi":
            assert not token.is_sent_start
            assert token.sent == doc[token.i - 1].sent


def test_wang_yi_is_one_actor_mention(fr_coder: Coder) -> None:
    from veille.types import Article

    text = "Mercredi, Wang Yi a rencontré Vladimir Poutine."
    coded = fr_coder.code(Article(id="names", text=text, date="2023-02-22"))
    names = {(a.text, a.name) for a in coded.actors}
    assert ("Wang Yi", "Wang Yi") in names, names

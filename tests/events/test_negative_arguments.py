"""A subject or object that is no one ("aucun pays n'a …", "personne n'a …") negates the
verb with "ne": nobody did it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

# (case id, text, triple that must not be output as a positive event)
# fmt: off
NOBODY = [
    ("no-country-condemned", "Aucun pays européen n'a condamné l'attaque russe contre l'Ukraine.",
     ("EUR", "RUS", "11")),
    ("no-one-claimed", "Personne n'a revendiqué l'attentat contre l'ambassade de France à Bamako.",
     ("MLI", "FRA", "01")),
    ("no-official-met", "Aucun responsable américain n'a rencontré le président iranien.",
     ("USA", "IRN", "04")),
    ("no-one-is-the-object", "Aucun responsable américain n'a rencontré personne.",
     ("USA", "USA", "04")),
    ("passive-no-one-allowed", "Aucun journaliste n'a été autorisé par la Chine à entrer au Tibet.",
     ("CHN", "CHN", "08")),
]
# fmt: on


@pytest.mark.parametrize(("text", "triple"), [c[1:] for c in NOBODY], ids=[c[0] for c in NOBODY])
def test_no_one_as_an_argument_negates(fr_coder: Coder, text: str, triple: tuple) -> None:
    assert triple not in event_triples(fr_coder, text)


def test_someone_is_not_no_one(fr_coder: Coder) -> None:
    """ "une personne" (with a determiner) is someone: the arrest happened."""
    text = "Une personne a été arrêtée par la police iranienne."
    assert ("IRN", "IRN", "17") in event_triples(fr_coder, text)


def test_no_one_negates_only_its_own_verb(fr_coder: Coder) -> None:
    """ "aucun journaliste n'a été autorisé à couvrir la rencontre": the meeting happened."""
    text = (
        "Aucun journaliste n'a été autorisé à couvrir la rencontre entre Xi Jinping et Joe Biden."
    )
    assert ("CHN", "USA", "04") in event_triples(fr_coder, text)


def test_a_negated_event_is_output_as_negated(fr_coder: Coder) -> None:
    text = "Aucun pays européen n'a condamné l'attaque russe contre l'Ukraine."
    coded = fr_coder.code(Article(id="neg", text=text, date="2023-06-15"))
    condemned = [e for e in coded.events if e.cameo_root == "11"]
    assert condemned and all(e.negated for e in condemned)

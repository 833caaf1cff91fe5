"""Spelling variants of known people's names, and qualified agent nouns the tagger reads
as adjectives."""

from __future__ import annotations

import pytest

from tests.actors.found import actors_named
from veille.actors.gazetteer import Entry
from veille.actors.spellings import SpellingIndex
from veille.pipeline import Coder

NAMES = {
    "ibrahim traore": Entry("person", person="ibrahim_traore"),
    "sergey lavrov": Entry("person", person="sergey_lavrov"),
    "mohamed bazoum": Entry("person", person="mohamed_bazoum"),
    "ali khamenei": Entry("person", person="ali_khamenei"),
    "ali larijani": Entry("person", person="ali_larijani"),
    "moscou": Entry("alias", code="RUS"),
}

# fmt: off
VARIANTS = [
    (["ibrahima", "traore"], "ibrahim_traore"),
    (["serguei", "lavrov"], "sergey_lavrov"),
    (["mohammed", "bazoum"], "mohamed_bazoum"),
    (["sergey", "lavrof"], "sergey_lavrov"),
    (["ali", "larijan"], "ali_larijani"),  # of two Alis, the one whose surname is close
]
NOT_VARIANTS = [
    ["ibrahim", "diallo"],  # another surname
    ["moussa", "traore"],  # another first name
    ["ali", "khamenei", "junior"],  # not as many words
    ["lavrov"],  # one word
]
# fmt: on


@pytest.mark.parametrize(("words", "person"), VARIANTS)
def test_spellings_find_a_close_variant(words: list[str], person: str) -> None:
    entry = SpellingIndex(NAMES).find(words)
    assert entry is not None and entry.person == person


@pytest.mark.parametrize("words", NOT_VARIANTS)
def test_spellings_leave_other_names(words: list[str]) -> None:
    assert SpellingIndex(NAMES).find(words) is None


# (date, text, mention text, expected code, expected name)
# fmt: off
CODED = [
    ("2023-02-01", "Le coup d'État a été mené par le capitaine Ibrahima Traoré.",
     "Ibrahima Traoré", "BFAGOV", "Ibrahim Traoré"),
    ("2024-10-02", "Israël a tué le chef du Hezbollah et un important général iranien, "
     "Karim Bakhtiari, lors d'une frappe.", "Karim Bakhtiari", "IRNMIL", "Karim Bakhtiari"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("date", "text", "form", "code", "name"), CODED)
def test_variants_and_qualified_nouns_in_text(
    fr_coder: Coder, date: str, text: str, form: str, code: str, name: str
) -> None:
    assert [(a.code, a.name) for a in actors_named(fr_coder, date, text, form)] == [(code, name)]

"""The dictionary coder on English sentences, with the toy dictionaries of resources/.

The sentences and dictionaries are written for veille (Hergé's imaginary countries).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from veille.dictionaries import load_dictionaries
from veille.dictionaries.coder import DictionaryCoder
from veille.dictionaries.validation import CoderSettings

DAY = date(2000, 1, 1)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder(english: Language) -> DictionaryCoder:
    toy = Path(__file__).resolve().parent / "resources"
    return DictionaryCoder(load_dictionaries(toy), english)


def _triples(coder: DictionaryCoder, text: str, day: date = DAY, **options: object) -> set:
    settings = CoderSettings(**options)  # type: ignore[arg-type]
    return {(e.source, e.target, e.code) for e in coder.code(text, day, settings)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pattern with a synset and a target slot
        ("Borduria promised aid to Syldavia.", {("BOR", "SYL", "033")}),
        ("Borduria promised new relief supplies to Syldavia on Monday.", {("BOR", "SYL", "033")}),
        # the verb's own code; an agent joined to the actor of its phrase
        ("The Bordurian minister pledged to help Syldavia.", {("BORGOV", "SYL", "031")}),
        # a given plural of an agent, the agent's `of` phrase
        ("The chiefs of staff of Borduria promised to help Syldavia.", {("BORMIL", "SYL", "030")}),
        # a multi-word verb with its listed forms
        ("Borduria signed up Syldavia for the treaty.", {("BOR", "SYL", "057")}),
        # a PETRARCH-2 prepositional phrase read as words
        ("Borduria wrote a letter of protest to Syldavia.", {("BOR", "SYL", "111")}),
        # an actor with two codes is two actors; no event of an actor with itself
        ("Borduria promised aid to the twin cities.", {("BOR", "SYL", "033")}),
        # coordination: one event per member
        (
            "Borduria and Syldavia promised to help Ottokar IV.",
            {("BOR", "SYLELI", "030"), ("SYL", "SYLELI", "030")},
        ),
        # reported speech: both verbs are coded
        (
            "Borduria promised that Syldavia would pledge support to Ottokar IV.",
            {("BOR", "SYL", "030"), ("SYL", "SYLELI", "031")},
        ),
        # an adverbial clause of a coded verb is not coded again
        (
            "Borduria promised aid to Syldavia after Ottokar IV pledged support to Szohod.",
            {("BOR", "SYL", "033")},
        ),
        # a coordinated verb shares the subject
        (
            "Borduria promised aid to Syldavia and pledged support to Ottokar IV.",
            {("BOR", "SYL", "033"), ("BOR", "SYLELI", "031")},
        ),
        # a null-coded block verb without a pattern gives nothing
        ("Borduria wrote to Syldavia.", set()),
        # discards: of the sentence, of the story
        ("Borduria promised aid to Syldavia after the football match.", set()),
        ("Borduria promised aid to Syldavia after a chess olympiad.", set()),
    ],
)
def test_sentences(coder: DictionaryCoder, text: str, expected: set) -> None:
    assert _triples(coder, text) == expected


@pytest.mark.parametrize(
    ("day", "source"),
    [(date(1940, 1, 1), "BORMIL"), (date(1955, 6, 1), "BORGOV"), (date(1970, 1, 1), "BORELI")],
)
def test_dated_roles(coder: DictionaryCoder, day: date, source: str) -> None:
    assert _triples(coder, "Kurvi Tasch promised to visit Syldavia.", day) == {
        (source, "SYL", "030")
    }


def test_require_dyad(coder: DictionaryCoder) -> None:
    text = "Borduria has promised nothing."
    assert _triples(coder, text) == set()
    assert _triples(coder, text, require_dyad=False) == {("BOR", "---", "030")}


def test_events_name_their_dictionary_lines(coder: DictionaryCoder) -> None:
    text = "Borduria promised aid to Syldavia."
    (event,) = coder.code(text, DAY)
    origin = event.origin
    assert origin.verb == "PROMISE"
    assert origin.pattern_line is not None and origin.pattern_line > origin.verb_line
    assert text[slice(*origin.trigger)] == "promised"
    assert text[slice(*origin.sentence)] == text

"""Property tests of the coder: any text is coded without an exception, every offset slices
the text to what it names, and every event's actors are among the article's actors."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.pipeline import Coder
from veille.types import Article, CodedArticle

pytestmark = pytest.mark.slow
CASES = int(os.environ.get("VEILLE_FUZZ_CASES", "60"))

# Pieces of political French (so that actors, events and quotes happen), punctuation, quote
# marks and line breaks, mixed with arbitrary Unicode.
WORDS = [
    "Le président russe", "Vladimir Poutine", "Emmanuel Macron", "la Chine", "Pékin", "Kiev",
    "son homologue", "le ministre turc des Affaires étrangères", "il", "elle", "les deux pays",
    "a déclaré", "a condamné", "a rencontré", "accuse", "a reçu", "menace de", "a frappé",
    "s'est rendu à", "a appelé à", "n'a pas", "selon", "les frappes", "des sanctions contre",
    "«", "»", "“", "”", '"', ".", ",", ":", "?", "\n", "\n\n", "-t-il", "a-t-elle ajouté",
]  # fmt: skip
pieces = st.one_of(st.sampled_from(WORDS), st.text(max_size=6))
texts = st.lists(pieces, min_size=1, max_size=40).map(" ".join)


def _slot(code: str | None, country: str | None) -> str | None:
    return country or code


def _check_offsets(text: str, coded: CodedArticle) -> None:
    for actor in coded.actors:
        assert text[actor.start : actor.end] == actor.text
    for quote in coded.quotes:
        assert text[quote.start : quote.end] == quote.text
    for event in coded.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        start = event.sentence_start
        assert text[start : start + len(event.sentence)] == event.sentence


def _check_event_actors(coded: CodedArticle) -> None:
    known = {_slot(a.code, a.country) for a in coded.actors} | {a.code for a in coded.actors}
    for event in coded.events:
        for ref in (event.source, event.target):
            if ref is not None:
                assert _slot(ref.code, ref.country) in known, (ref, known)


@settings(
    max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_any_text_is_coded_with_true_offsets(fr_coder: Coder, text: str) -> None:
    coded = fr_coder.code(Article(id="prop", text=text, date="2023-02-15"))
    _check_offsets(text, coded)
    _check_event_actors(coded)


@settings(max_examples=max(CASES // 3, 10), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=st.text(min_size=1, max_size=300))
def test_any_unicode_is_coded_without_an_exception(fr_coder: Coder, text: str) -> None:
    coded = fr_coder.code(Article(id="prop", text=text, date=None))
    _check_offsets(text, coded)

"""A statement's addressee taken from elsewhere in the sentence is a weak sign
(veille/data/evidence.tsv, target:sentence@01): alone the statement is output, with
another weak sign (a speaker found by coreference, a quotation) it falls under the
threshold. Other events keep their full weight. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples
from veille.events.evidence import confidence, load_weights
from veille.pipeline import Coder
from veille.settings import Settings

THRESHOLD: float = Settings.load()["events.min_confidence"]
WEIGHTS = load_weights()


@pytest.mark.parametrize(
    ("tags", "root", "kept"),
    [
        (["target:sentence"], "01", True),
        (["target:sentence", "source-by:coref"], "01", False),
        (["target:sentence", "in-quote"], "01", False),
        (["target:object", "source-by:coref"], "01", True),
        (["target:sentence", "source-by:coref"], "04", True),
    ],
)
def test_a_guessed_addressee_is_one_weak_sign(tags: list[str], root: str, kept: bool) -> None:
    assert (confidence(tags, WEIGHTS, root) >= THRESHOLD) is kept


NAMED = "Le ministre malien de la Défense a déclaré que la situation restait calme au Burkina Faso."
PRONOUN = (
    "Le ministre malien de la Défense était lundi à Bamako. "
    "Il a déclaré que la situation restait calme au Burkina Faso."
)


@pytest.mark.slow
def test_a_named_speaker_keeps_the_addressee_from_the_sentence(fr_coder: Coder) -> None:
    assert ("MLI", "BFA", "01") in event_triples(fr_coder, NAMED)


@pytest.mark.slow
def test_a_pronoun_speaker_with_a_guessed_addressee_is_not_output(fr_coder: Coder) -> None:
    assert ("MLI", "BFA", "01") not in event_triples(fr_coder, PRONOUN)

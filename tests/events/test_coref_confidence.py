"""An argument resolved by coreference (a pronoun, a description of an actor named
elsewhere) weighs less in an event's confidence (veille/data/evidence.tsv): one such sign
leaves the event above the default threshold, with another weak sign (inside a quotation,
a statement recoded from its words) the event falls under it."""

from __future__ import annotations

import pytest

from veille.events.evidence import confidence, load_weights
from veille.pipeline import Coder
from veille.settings import Settings
from veille.types import Article

THRESHOLD: float = Settings.load()["events.min_confidence"]
WEIGHTS = load_weights()


@pytest.mark.parametrize(
    ("tags", "kept"),
    [
        (["source-by:coref"], True),
        (["target-by:coref"], True),
        (["source-by:coref", "target-by:coref"], True),
        (["source-by:coref", "in-quote"], False),
        (["target-by:coref", "in-quote"], False),
        (["source-by:coref", "code:judged"], False),
        (["source-by:lexicon", "in-quote"], True),
    ],
)
def test_coreference_is_one_weak_sign(tags: list[str], kept: bool) -> None:
    assert (confidence(tags, WEIGHTS, "04") >= THRESHOLD) is kept


@pytest.mark.slow
def test_a_pronoun_source_alone_is_output(fr_coder: Coder) -> None:
    text = (
        "Le président sénégalais est arrivé mardi à Rabat. "
        "Il a rencontré le roi du Maroc dans la soirée."
    )
    coded = fr_coder.code(Article(id="case", text=text, date="2023-02-15"))
    met = [e for e in coded.events if e.cameo_root == "04" and e.trigger.text == "rencontré"]
    assert met, coded.events
    assert "source-by:coref" in met[0].evidence
    assert met[0].confidence >= THRESHOLD

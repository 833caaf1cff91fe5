"""The gold-score gate (see tests/gold_gate.py): scores may not drop below the floors."""

from __future__ import annotations

import json

import pytest

from tests.gold_gate import BASELINE, METRICS, SETS, SHARED_EVAL, gold_digest, score_set
from veille.pipeline import Coder

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (SHARED_EVAL / "score.py").exists(),
        reason=f"{SHARED_EVAL} is absent (a user's own clone): the gold gate runs in CI",
    ),
]
BASE = json.loads(BASELINE.read_text("utf-8"))


@pytest.mark.parametrize("name", list(SETS))
def test_gold_gate_scores_stay_above_floors(fr_coder: Coder, name: str) -> None:
    assert gold_digest(name) == BASE[name]["gold_sha256"], (
        f"the {name} gold files changed: re-pin with `python tests/gold_gate.py --update`"
    )
    scores = score_set(fr_coder, name)
    below = {m: (scores[m], BASE[name]["floors"][m]) for m in METRICS}
    below = {m: v for m, v in below.items() if v[0] < v[1]}
    assert not below, f"{name}: scores below their floors (score, floor): {below}"


def test_gold_gate_seed_meets_the_issue_bar(fr_coder: Coder) -> None:
    """Issue 2: on the seed, ≥5 of 6 required triples with precision ≥ 0.8, 5/5 quotes
    with the right speaker, ≥13 of 15 actors with the right code."""
    scores = score_set(fr_coder, "seed")
    assert scores["event_recall"] >= 5 / 6 - 1e-9
    assert scores["event_precision"] >= 0.8
    assert scores["quote_recall"] == 1.0
    assert scores["actor_strict"] >= 13 / 15 - 1e-9

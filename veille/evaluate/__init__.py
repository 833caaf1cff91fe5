"""Score coded articles against gold files, with the rules of `shared/eval/score.py`.

Events are scored as (source country, target country, CAMEO root) triples per article;
quotes by the start of their text and their speaker; actors by overlapping text and code.
Also per CAMEO root: precision over predicted triples of that root, recall over required
gold triples whose main root it is. See `shared/eval/GUIDELINES.md`.
"""

from veille.evaluate.gold import (
    GoldActor,
    GoldArticle,
    GoldEvent,
    GoldQuote,
    gold_from_dict,
    load_gold,
    load_json_records,
)
from veille.evaluate.matching import (
    Triple,
    canon,
    matches,
    norm,
    pred_triples,
    same_person,
    slot,
)
from veille.evaluate.report import ArticleScore, Counts, EvalReport, Miss, RootRow, evaluate

__all__ = [
    "ArticleScore",
    "Counts",
    "EvalReport",
    "GoldActor",
    "GoldArticle",
    "GoldEvent",
    "GoldQuote",
    "Miss",
    "RootRow",
    "Triple",
    "canon",
    "evaluate",
    "gold_from_dict",
    "load_gold",
    "load_json_records",
    "matches",
    "norm",
    "pred_triples",
    "same_person",
    "slot",
]

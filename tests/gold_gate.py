"""The gold-score gate: code the gold articles of ../shared/eval and score them with
../shared/eval/score.py; the floors are pinned in tests/eval_baseline.json.

    python tests/gold_gate.py            # print the scores next to the floors
    python tests/gold_gate.py --update   # raise the floors to today's scores
    python tests/gold_gate.py --update --allow-regression   # also lower them (say why!)

The baseline pins the sha256 of the gold files: a changed gold set fails the gate until
it is re-pinned on purpose.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
BASELINE = Path(__file__).with_name("eval_baseline.json")
METRICS = ("event_precision", "event_recall", "event_f1", "quote_recall", "actor_strict")
SETS: dict[str, tuple[list[str], list[str]]] = {
    "seed": (["seed.txt"], ["seed.gold.json"]),
    "dev": (
        ["dev/fr_dev.jsonl", "dev/wikinews_dev.jsonl"],
        ["dev/fr_dev.gold.jsonl", "dev/wikinews_dev.gold.jsonl"],
    ),
    "news_2": (["dev/news_2.jsonl"], ["dev/news_2.gold.jsonl"]),
}


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def score_set(coder: Any, name: str) -> dict[str, float]:
    """Code one gold set with `coder` and score it with the shared scorer."""
    from veille.ingest import read_paths
    from veille.serialize import to_json
    from veille.types import Article

    inputs, golds = SETS[name]
    paths = [str(SHARED_EVAL / p) for p in inputs]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(to_json(c) + "\n" for c in coder.code_many(articles)), "utf-8")
        cmd = [sys.executable, str(SHARED_EVAL / "score.py")]
        cmd += [str(SHARED_EVAL / g) for g in golds] + ["--pred", str(pred), "--json"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def gold_digest(name: str) -> str:
    return digest([SHARED_EVAL / g for g in SETS[name][1]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--allow-regression", action="store_true")
    args = parser.parse_args()
    from veille.pipeline import Coder

    coder = Coder.load("fr")
    baseline = json.loads(BASELINE.read_text("utf-8"))
    for name in SETS:
        scores = score_set(coder, name)
        new = {"gold_sha256": "", "floors": dict.fromkeys(METRICS, 0.0)}
        floors = baseline.setdefault(name, new)["floors"]
        for metric in METRICS:
            mark = "ok" if scores[metric] >= floors[metric] else "BELOW"
            print(f"{name:5} {metric:16} {scores[metric]:.3f}  floor {floors[metric]:.3f}  {mark}")
        if args.update:
            for metric in METRICS:
                if scores[metric] >= floors[metric] or args.allow_regression:
                    floors[metric] = scores[metric]
            baseline[name]["gold_sha256"] = gold_digest(name)
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()

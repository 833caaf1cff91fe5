"""Developer tool: code the seed and the dev articles and score them with ../shared's scorer.

python tools/dev_eval.py [--verbose]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from veille.ingest import read_paths  # type: ignore[attr-defined]
from veille.pipeline import Coder
from veille.serialize import to_json
from veille.types import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def main() -> None:
    verbose = "--verbose" in sys.argv
    coder = Coder.load("fr")
    sets = {
        "seed": ([SHARED / "seed.txt"], [SHARED / "seed.gold.json"]),
        "dev": (
            [SHARED / "dev" / "fr_dev.jsonl", SHARED / "dev" / "wikinews_dev.jsonl"],
            [SHARED / "dev" / "fr_dev.gold.jsonl", SHARED / "dev" / "wikinews_dev.gold.jsonl"],
        ),
    }
    for name, (inputs, golds) in sets.items():
        articles = [a for a in read_paths([str(p) for p in inputs]) if isinstance(a, Article)]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            for coded in coder.code_many(articles):
                out.write(to_json(coded) + "\n")
        cmd = [sys.executable, str(SHARED / "score.py"), *map(str, golds), "--pred", out.name]
        if verbose:
            cmd.append("--verbose")
        res = subprocess.run([*cmd, "--json"], capture_output=True, text=True, check=True)
        print(name, json.dumps(json.loads(res.stdout)))
        if verbose:
            print(res.stderr)


if __name__ == "__main__":
    main()

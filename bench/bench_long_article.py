"""Benchmark: peak memory of coding one very long article (issue 9: bounded resources).

Builds one article of SIZE megabytes by repeating the texts of the French Wikinews corpus
(`../shared/corpus/wikinews-fr-2012.jsonl`, read at run time), codes it with `Coder.code`
and prints the resident memory after loading the pipeline, the peak while coding, the time
and what was found. The article is coded in pieces of `nlp.max_chunk_chars`, one parse at a
time, so the peak should not grow with SIZE beyond the text itself and the results.

    PYTHONPATH=. python bench/bench_long_article.py [SIZE_MB ...]   # default: 3
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from veille.pipeline import Coder
from veille.types import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr-2012.jsonl"


def rss_mb() -> float:
    """The current resident set size, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def long_text(size_mb: float) -> str:
    """Corpus texts, joined by blank lines and repeated until `size_mb` megabytes."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line]
    target = int(size_mb * 1_000_000)
    parts: list[str] = []
    total = 0
    while total < target:
        for t in texts:
            parts.append(t)
            total += len(t.encode()) + 2
            if total >= target:
                break
    return "\n\n".join(parts)


def main() -> None:
    sizes = [float(s) for s in sys.argv[1:]] or [3.0]
    coder = Coder.load("fr")
    coder.code(Article(id="warm", text="Paris a condamné Moscou.", date="2012-05-01"))
    print(f"after load: RSS {rss_mb():.0f} MB (peak {peak_mb():.0f} MB)", flush=True)
    for size in sizes:
        text = long_text(size)
        article = Article(id=f"long-{size:g}MB", text=text, date="2012-06-01")
        start = time.perf_counter()
        coded = coder.code(article)
        spent = time.perf_counter() - start
        print(
            f"{size:g} MB ({len(text):,} chars): {spent:.0f} s, peak RSS {peak_mb():.0f} MB, "
            f"events {len(coded.events)}, quotes {len(coded.quotes)}, actors {len(coded.actors)}",
            flush=True,
        )
        del coded, article, text


if __name__ == "__main__":
    main()

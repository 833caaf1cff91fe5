"""Benchmark: peak memory of coding one very long article (issue 9: bounded resources).

Builds one article of SIZE megabytes by repeating the texts of the French Wikinews corpus
(`../shared/corpus/wikinews-fr-2012.jsonl`, read at run time), codes it with `Coder.code`
and prints the resident memory after loading the pipeline, the peak while coding, the time
and what was found. The article is coded in pieces of `nlp.max_chunk_chars`, one parse at a
time, so the peak should not grow with SIZE beyond the text itself and the results.

With `--cli`, each article is written to a JSON Lines file and coded end to end by
`veille code` in a child process (reading, coding, writing the JSON line); the child's
resident memory is sampled every few seconds and its peak printed.

    PYTHONPATH=. python bench/bench_long_article.py [--cli] [SIZE_MB ...]   # default: 3
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from veille.pipeline import Coder
from veille.types import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr-2012.jsonl"


def rss_mb(pid: int | str = "self") -> float:
    """The resident set size of a process (this one by default), from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
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


def code_in_child(size: float, every: float = 5.0) -> None:
    """Code one article of `size` MB with `veille code` in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "long.jsonl", Path(tmp) / "coded.jsonl"
        record = {"id": f"long-{size:g}MB", "date": "2012-06-01", "text": long_text(size)}
        src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        del record
        command = [sys.executable, "-m", "veille", "code", "--workers", "1", str(src)]
        samples: list[str] = []
        start = time.perf_counter()
        with out.open("wb") as fh:
            child = subprocess.Popen(command, stdout=fh, stderr=subprocess.DEVNULL)
            while child.poll() is None:
                try:
                    samples.append(f"{rss_mb(child.pid):.0f}")
                except OSError:
                    break
                time.sleep(every)
        spent = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        coded = json.loads(out.read_text(encoding="utf-8"))
        print(
            f"veille code, {size:g} MB: exit {child.returncode}, {spent:.0f} s, "
            f"peak RSS {peak:.0f} MB, output {out.stat().st_size / 1e6:.1f} MB, "
            f"events {len(coded['events'])}, quotes {len(coded['quotes'])}, "
            f"actors {len(coded['actors'])}",
            flush=True,
        )
        print(f"  RSS every {every:g} s (MB): {' '.join(samples)}", flush=True)


def main() -> None:
    args = sys.argv[1:]
    sizes = [float(s) for s in args if s != "--cli"] or [3.0]
    if "--cli" in args:
        for size in sizes:
            code_in_child(size)
        return
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

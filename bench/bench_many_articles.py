"""Benchmark: memory while streaming a file of many small articles (issue 9: bounded resources).

Writes a JSON Lines file of N short articles (default 100,000), one line at a time, then runs
the input side of `veille ingest` over it and samples the resident memory every N/10 articles:

- `read`: the reader alone (`read_paths` + `articles_only`), the whole file;
- `csv`: the reader over the same articles written as a CSV file (id, date, text);
- `stdin`: the reader over the JSON Lines coming through a pipe, as `veille code` reads its
  standard input (`cat many.jsonl |`);
- `code`: `veille code` itself over the JSON Lines on a pipe (`cat many.jsonl | veille code
  --workers 1 > /dev/null`), in this process with the coder stubbed: reading, the coding loop,
  the JSON lines written and the progress lines on stderr;
- `ingest`: reading, the batch driver and the database writer of `veille ingest`
  (`ingest_in_batches`, one transaction per `store.batch_size` articles) with the progress
  callback of the CLI, and the coder stubbed (coding 100,000 articles takes hours on a laptop;
  the coder's own memory is measured by bench_long_article.py; the stub names the language,
  as the coder does, since the articles carry none). The progress lines go to
  stderr, which is not a terminal here, so they are the plain lines of `veille ingest`.

Memory is steady when the samples stop growing after the first few: the reader holds one line,
the driver a few batches. The seconds beside the samples give the writer's rate: with the
default `store.batch_size` (20) most of it is opening the database (tens of milliseconds per
opening, once per written batch and once per `CHECK_BATCHES` checked batches).

    PYTHONPATH=. python bench/bench_many_articles.py [N] [read|csv|stdin|code|ingest ...]
    # default: 100000, all five
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any, BinaryIO, cast
from unittest.mock import patch

from veille import cli
from veille.cli.common import progress
from veille.ingest import Record, articles_only, read_paths
from veille.settings import Settings
from veille.store.loader import ingest_in_batches
from veille.types import Article, CodedArticle

SENTENCE = (
    "le gouvernement a annoncé mardi une réforme des retraites que les syndicats contestent "
    "depuis des mois ; le ministre a reçu son homologue allemand à Paris pour en parler"
)
WORDS = SENTENCE.split()


def rss_mb() -> float:
    """The current resident set size, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def records(n: int) -> Iterator[dict[str, str]]:
    """N distinct short articles (about 400 characters each)."""
    for i in range(n):
        shift = i % len(WORDS)
        words = WORDS[shift:] + WORDS[:shift]
        text = f"Article {i}. " + " ".join(words) + f" (dépêche {i * 7919 % 100003})."
        yield {"id": f"a{i}", "date": f"2020-03-{1 + i % 28:02d}", "text": text}


def write_articles(path: Path, n: int) -> None:
    """The N articles as JSON Lines, written a line at a time."""
    with path.open("w", encoding="utf-8") as out:
        for record in records(n):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(path: Path, n: int) -> None:
    """The N articles as a CSV file, written a row at a time."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["id", "date", "text"])
        writer.writeheader()
        writer.writerows(records(n))


class StubCoder:
    """Codes nothing, at once: the ingest driver and writer without the NLP."""

    def code(self, article: Article) -> CodedArticle:
        return CodedArticle(id=article.id, date=article.date, lang=article.lang or "fr")

    def code_many(
        self, articles: Iterable[Article], on_error: object = None
    ) -> Iterator[CodedArticle]:
        return (self.code(article) for article in articles)


def sampled(articles: Iterable[Article], every: int, samples: list[str]) -> Iterator[Article]:
    """Pass the articles on, noting the resident memory every `every` articles."""
    start = time.perf_counter()

    def note(n: int, end: str = "") -> None:
        spent = time.perf_counter() - start
        samples.append(f"{n:>7} articles  RSS {rss_mb():6.1f} MB  {spent:6.1f} s{end}")

    n = 0
    for n, article in enumerate(articles, start=1):
        if n % every == 0:
            note(n)
        yield article
    note(n, " (end)")


def run(
    name: str, source: Iterable[Record], n: int, drive: Callable[[Iterable[Article]], None]
) -> None:
    samples: list[str] = []
    skipped: list[object] = []
    articles = articles_only(source, skipped.append)
    before = rss_mb()
    drive(sampled(articles, max(n // 10, 1), samples))
    print(f"{name}: RSS before {before:.1f} MB", flush=True)
    for line in samples:
        print(f"  {line}", flush=True)
    print(f"  skipped or noticed: {len(skipped)}", flush=True)


def count(articles: Iterable[Article]) -> None:
    """Pull every article, keeping none."""
    for _ in articles:
        pass


def code_on_stdin(path: Path, n: int) -> None:
    """`cat many.jsonl | veille code --workers 1 > /dev/null`, in this process, the coder
    stubbed: the reader, the coding loop, the JSON lines and the progress lines."""
    samples: list[str] = []
    select = articles_only

    def sampling(records: Iterable[Record], report: Callable[[Any], None]) -> Iterator[Article]:
        return sampled(select(records, report), max(n // 10, 1), samples)

    stderr = io.StringIO()
    before = rss_mb()
    with (
        patch.object(cli.common, "load_coder", lambda settings, options: StubCoder()),
        patch.object(cli.common, "articles_only", sampling),
        subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE) as pipe,
        open(os.devnull, "w") as sink,
        patch.object(sys, "stdin", io.TextIOWrapper(cast(BinaryIO, pipe.stdout))),
        redirect_stdout(sink),
        redirect_stderr(stderr),
    ):
        try:
            cli.main(["code", "--workers", "1"])
        except SystemExit as end:
            status = end.code
    progress = [line for line in stderr.getvalue().splitlines() if "articles coded" in line]
    print(f"code: RSS before {before:.1f} MB; exit status {status}", flush=True)
    for line in samples:
        print(f"  {line}", flush=True)
    print(f"  progress lines on stderr: {len(progress)}, the last: {progress[-1:]}", flush=True)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    modes = sys.argv[2:] or ["read", "csv", "stdin", "code", "ingest"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.jsonl"
        write_articles(path, n)
        size = path.stat().st_size / 1e6
        print(f"{n:,} articles, {size:.1f} MB; RSS {rss_mb():.1f} MB", flush=True)
        if "read" in modes:
            run("read", read_paths([path]), n, count)
        if "csv" in modes:
            table = Path(tmp) / "many.csv"
            write_csv(table, n)
            print(f"csv: {table.stat().st_size / 1e6:.1f} MB", flush=True)
            run("csv", read_paths([table]), n, count)
        if "stdin" in modes:
            with subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE) as pipe:
                assert pipe.stdout is not None
                run("stdin", read_paths([], stdin=cast(BinaryIO, pipe.stdout)), n, count)
        if "code" in modes:
            code_on_stdin(path, n)
        if "ingest" in modes:
            db = Path(tmp) / "many.duckdb"
            batch = Settings.load()["store.batch_size"]

            def ingest(articles: Iterable[Article]) -> None:
                with progress() as advance:
                    counts = ingest_in_batches(db, StubCoder(), articles, advance, batch_size=batch)
                print(f"ingest: {counts.new} new, {counts.present} present", flush=True)

            run("ingest", read_paths([path]), n, ingest)


if __name__ == "__main__":
    main()

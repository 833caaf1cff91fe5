"""Benchmark: a near-duplicate pass over 10,000 articles (signatures, then linking).

The corpus is assembled here from the sentences of ../shared/corpus/ and the dev articles
(read at run time, never stored): each original story is a random run of sentences from
random articles; a share of the articles are copies of an earlier story with light random
edits (words dropped or changed), a cut at another length, and no headline in common. The
articles are written into a fresh database, then linked in batches as `Store.add_batch`
would link them; the links found are scored against the copies made.

    PYTHONPATH=. python bench/bench_dedup.py [N_ARTICLES] [COPY_SHARE]
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from veille.store import Store
from veille.store.stories import link_stories
from veille.stories import StoryParams, signature

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = sorted(p for p in (SHARED / "eval" / "dev").glob("*.jsonl") if ".gold." not in p.name)
SOURCES = [SHARED / "corpus" / "wikinews-fr-2012.jsonl", *DEV]
BATCH = 500
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+")


def sentences() -> list[str]:
    """Every sentence of six words or more of the shared articles."""
    out: list[str] = []
    for path in SOURCES:
        for line in path.read_text("utf-8").splitlines():
            text = json.loads(line)["text"]
            out += [s.strip() for s in _SENTENCE_END.split(text) if len(s.split()) >= 6]
    return out


def _edit(text: str, rnd: random.Random) -> str:
    """A light edit: about 3 % of the words dropped or replaced, sometimes cut shorter."""
    tokens = text.split()
    kept = [w if rnd.random() > 0.015 else rnd.choice(tokens) for w in tokens
            if rnd.random() > 0.015]  # fmt: skip
    if rnd.random() < 0.4:
        kept = kept[: int(len(kept) * rnd.uniform(0.6, 0.9))]
    return " ".join(kept)


def corpus(
    n: int, copy_share: float, seed: int = 8
) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(id, text) for `n` articles, and the story each copy belongs to (its original's id)."""
    rnd = random.Random(seed)
    pool = sentences()
    articles: list[tuple[str, str]] = []
    originals: list[tuple[str, str]] = []
    truth: dict[str, str] = {}
    for i in range(n):
        aid = f"bench-{i:06d}"
        if originals and rnd.random() < copy_share:
            root, text = rnd.choice(originals)
            articles.append((aid, _edit(text, rnd)))
            truth[aid] = root
        else:
            text = " ".join(rnd.sample(pool, rnd.randint(6, 16)))
            originals.append((aid, text))
            articles.append((aid, text))
            truth[aid] = aid
    return articles, truth


def _store(path: Path, articles: list[tuple[str, str]]) -> duckdb.DuckDBPyConnection:
    Store.open(path).close()
    con = duckdb.connect(str(path))
    ids = [a for a, _ in articles]
    con.execute(
        "INSERT INTO articles (id, lang, text, content_hash, coded_at) SELECT unnest(?::VARCHAR[]),"
        " 'fr', unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), now()::TIMESTAMP",
        [ids, [t for _, t in articles], ids],
    )
    return con


def main(n: int, copy_share: float) -> None:
    params = StoryParams()
    articles, truth = corpus(n, copy_share)
    words = sum(len(t.split()) for _, t in articles)
    print(f"{n:,} articles ({words:,} words), {sum(a != s for a, s in truth.items()):,} copies")
    start, cpu = time.perf_counter(), time.process_time()
    signed = sum(signature(text, params) is not None for _, text in articles)
    print(f"signatures: {time.perf_counter() - start:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU ({signed:,} articles long enough)")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        con = _store(Path(folder) / "bench.duckdb", articles)
        start, cpu = time.perf_counter(), time.process_time()
        found: dict[str, str] = {}
        for first in range(0, n, BATCH):
            con.begin()
            found |= link_stories(con, articles[first : first + BATCH], params)
            con.commit()
        print(f"linking (signatures included), batches of {BATCH}: "
              f"{time.perf_counter() - start:.1f} s wall, {time.process_time() - cpu:.1f} s CPU "
              "(DuckDB's own threads not counted)")  # fmt: skip
        con.close()
    copies = [a for a, s in truth.items() if a != s]
    linked = sum(found[a] == truth[a] for a in copies)
    wrong = sum(found[a] not in (a, truth[a]) for a in truth)
    share = linked / max(1, len(copies))
    print(f"copies linked to their story: {linked:,} of {len(copies):,} ({share:.1%}); "
          f"articles linked to a wrong story: {wrong:,}")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000,
         float(sys.argv[2]) if len(sys.argv) > 2 else 0.3)  # fmt: skip

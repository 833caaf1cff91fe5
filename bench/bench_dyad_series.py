"""Benchmark: the dyad series behind /api/dyads/{a}/{b}/series on 1,000,000 events.

Builds a DuckDB file with synthetic events (DuckDB `range()`, no Python loop), then times
the series query directly and through the FastAPI TestClient. Target: under 200 ms.

    PYTHONPATH=. python bench/bench_dyad_series.py [N_EVENTS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from veille.store import Store
from veille.store.aggregates import dyad_series

TARGET_MS = 200.0
RUNS = 9
COUNTRIES = ["CHN", "RUS", "USA", "FRA", "IRN", "DEU", "GBR", "IND", "TUR", "UKR", "ISR", "BRA"]

_FILL = """
INSERT INTO events
SELECT
    'a' || (i // 20) AS article_id, (i % 20)::INTEGER AS seq,
    strftime(DATE '2015-01-01' + ((i * 7919) % 3650)::INTEGER, '%Y-%m-%d') AS date,
    c[1 + (i % 12)] || 'GOV', c[1 + (i % 12)], NULL, 'x',
    c[1 + ((i // 12 + i) % 12)], c[1 + ((i // 12 + i) % 12)], NULL, 'y',
    lpad((1 + i % 20)::VARCHAR, 2, '0') || '0', lpad((1 + i % 20)::VARCHAR, 2, '0'),
    ((i * 37) % 201) / 10.0 - 10.0, 1 + (i % 4), NULL, NULL,
    'Une phrase synthétique.', 0, 'phrase', 4, 10, (i % 50 = 0), 0.5, TRUE
FROM (SELECT range AS i, ? AS c FROM range(?))
"""


def build(path: Path, n: int) -> None:
    """A veille database with `n` synthetic events (and no articles)."""
    Store.open(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute(_FILL, [COUNTRIES, n])


def _median_ms(fn: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(n: int = 1_000_000) -> None:
    from fastapi.testclient import TestClient

    from veille.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        build(path, n)
        print(f"built {n:,} events in {time.perf_counter() - start:.1f} s")
        with duckdb.connect(str(path), read_only=True) as con:
            months = dyad_series(con, "CHN", "RUS")
            total = sum(m["total"] for m in months)
            query_ms = _median_ms(lambda: dyad_series(con, "CHN", "RUS"))
        client = TestClient(create_app(str(path)))
        assert client.get("/api/dyads/CHN/RUS/series").status_code == 200
        http_ms = _median_ms(lambda: client.get("/api/dyads/CHN/RUS/series?by=month"))
    print(f"CHN-RUS: {len(months)} months, {total:,} events")
    print(f"dyad series query: median {query_ms:.1f} ms ({query_ms / TARGET_MS:.2f} of 200 ms)")
    print(f"through TestClient: median {http_ms:.1f} ms ({http_ms / TARGET_MS:.2f} of 200 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)

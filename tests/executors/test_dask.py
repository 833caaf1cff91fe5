"""The Dask executor on a two-worker LocalCluster gives what one process gives, and leaves
its results as Parquet files DuckDB can query (skipped without the extra veille[dask])."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tests.executors.fakes import FakeCoder, articles, load_fake, news
from veille.executors import InProcess
from veille.executors.dask_executor import DaskExecutor
from veille.pipeline import Coder
from veille.settings import Settings
from veille.types import Article


def _settings(tmp_path: Path, size: int) -> Settings:
    values = {"executor.partition_size": str(size), "executor.parquet_dir": str(tmp_path)}
    return Settings.load(None, values)


def _pairs(executor: DaskExecutor, items: list[Article]) -> list[tuple[str, object]]:
    failures: list[str] = []
    try:
        out = [(a.id, c) for a, c in executor.pairs(items, lambda a, e: failures.append(a.id))]
    finally:
        executor.close()
    return [*out, ("failed", failures)]


def test_dask_gives_what_one_process_gives_and_leaves_parquet(tmp_path: Path) -> None:
    items = articles(21, {4: "PANNE."})
    alone = list(InProcess(FakeCoder, 4).pairs(items, lambda a, e: None))
    executor = DaskExecutor(_settings(tmp_path, 4), 2, loader=load_fake)
    got = _pairs(executor, items)
    assert got[:-1] == [(a.id, c) for a, c in alone]
    assert got[-1] == ("failed", ["a4"])
    assert len(list(tmp_path.glob("part-*.parquet"))) == 6
    with duckdb.connect() as con:
        sql = "SELECT count(*), sum(events) FROM read_parquet(?)"
        rows = con.execute(sql, [f"{tmp_path}/*.parquet"]).fetchall()
    assert rows == [(20, sum(len(c.events) for _, c in alone))]


@pytest.mark.slow
def test_dask_events_equal_the_single_process_run(tmp_path: Path, fr_coder: Coder) -> None:
    items = news()
    alone = [(a.id, c) for a, c in zip(items, fr_coder.code_many(items), strict=True)]
    assert sum(len(c.events) for _, c in alone) >= 4  # the comparison is not vacuous
    got = _pairs(DaskExecutor(_settings(tmp_path, 3), 2), items)
    assert got == [*alone, ("failed", [])]


def test_dask_a_worker_that_dies_loses_only_its_article(tmp_path: Path) -> None:
    items = articles(9, {4: "MORT."})
    got = _pairs(DaskExecutor(_settings(tmp_path, 3), 2, loader=load_fake), items)
    assert [i for i, _ in got[:-1]] == [a.id for a in items if a.id != "a4"]
    assert got[-1] == ("failed", ["a4"])

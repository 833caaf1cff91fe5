"""Coding on a Dask cluster (the optional extra `veille[dask]`: dask, distributed, pyarrow).

The articles are cut into partitions of `executor.partition_size`; each partition is coded
by one Dask worker, which loads the pipeline once (a loader cached in the worker process)
and writes its results as one Parquet file, `part-NNNNNN.parquet`, in a folder shared with
the client (`executor.parquet_dir`, or a temporary folder). The client loads each file back
through DuckDB, in input order, and hands the results on (to stdout or to the store's one
writer). Kept folders can be queried in place:

    SELECT id, json_extract(coded, '$.events') FROM read_parquet('DIR/*.parquet')

Dask is imported only inside the functions that use it: veille runs without the extra.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from veille.errors import Errors, UsageError
from veille.executors.chunking import (
    BrokenWorker,
    Chunk,
    ChunkCoder,
    OnError,
    Outcome,
    chunked,
    code_chunk,
    pairs_of,
    run_ordered,
)
from veille.executors.local import Loader, load_coder
from veille.options import CodingOptions
from veille.serialize import from_dict, to_json
from veille.settings import Settings
from veille.types import Article, CodedArticle

_CODERS: dict[tuple[str, str, str], ChunkCoder] = {}  # in each worker: loaded once
# For the LocalCluster veille starts: a killer article must not take down worker after worker
# (it is isolated and reported instead); monitors that tick less often halve the CPU Dask
# spends on itself (about 0.12 → 0.06 of a core with two workers, measured idle).
LOCAL_CLUSTER_CONFIG = {
    "distributed.scheduler.allowed-failures": 0,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _worker_coder(loader: Loader, options: CodingOptions, settings: Settings) -> ChunkCoder:
    """The pipeline of this worker process, loaded on its first partition only."""
    key = (
        f"{loader.__module__}.{loader.__qualname__}",
        repr(options),
        json.dumps(settings.as_dict()),
    )
    if key not in _CODERS:
        _CODERS[key] = loader(options, settings)
    return _CODERS[key]


def _partition_file(folder: str, start: int) -> Path:
    return Path(folder) / f"part-{start:09d}.parquet"


def code_partition(
    articles: list[Article],
    start: int,
    folder: str,
    loader: Loader,
    options: CodingOptions,
    settings: Settings,
) -> list[tuple[int, Exception]]:
    """On a worker: code a partition, write its Parquet file, return its failures
    (index in the partition, exception)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    outcomes = code_chunk(_worker_coder(loader, options, settings), articles)
    coded = [o for o in outcomes if not isinstance(o, Exception)]
    table = pa.table(
        {
            "position": pa.array([start + i for i, o in enumerate(outcomes)
                                  if not isinstance(o, Exception)], pa.int64()),
            "id": pa.array([c.id for c in coded], pa.string()),
            "date": pa.array([c.date for c in coded], pa.string()),
            "source": pa.array([c.source for c in coded], pa.string()),
            "events": pa.array([len(c.events) for c in coded], pa.int32()),
            "coded": pa.array([to_json(c) for c in coded], pa.string()),
        }
    )  # fmt: skip
    pq.write_table(table, _partition_file(folder, start))
    return [(i, o) for i, o in enumerate(outcomes) if isinstance(o, Exception)]


def read_partition(path: Path) -> list[CodedArticle]:
    """The coded articles of one Parquet file, loaded through DuckDB in input order."""
    import duckdb

    with duckdb.connect() as con:
        rows = con.execute(
            "SELECT coded FROM read_parquet(?) ORDER BY position", [str(path)]
        ).fetchall()
    return [from_dict(json.loads(row[0])) for row in rows]


class _DaskBackend:
    """Partitions as Dask futures; a partition whose worker died (KilledWorker) is coded
    again one article at a time by the driver."""

    loses_pending = False  # Dask reschedules the other tasks of a dead worker itself

    def __init__(
        self, client: Any, folder: str, loader: Loader, options: CodingOptions, settings: Settings
    ):
        self._client = client
        self._folder = folder
        self._args = (loader, options, settings)

    def submit(self, chunk: Chunk) -> tuple[Chunk, Any]:
        future = self._client.submit(
            code_partition, chunk.articles, chunk.start, self._folder, *self._args, pure=False
        )
        return chunk, future

    def result(self, handle: tuple[Chunk, Any]) -> list[Outcome]:
        from distributed import KilledWorker

        chunk, future = handle
        try:
            failures = dict(future.result())
        except KilledWorker as exc:
            raise BrokenWorker(str(exc)) from exc
        coded = iter(read_partition(_partition_file(self._folder, chunk.start)))
        return [failures[i] if i in failures else next(coded) for i in range(len(chunk.articles))]

    def restart(self) -> None:
        """Nothing to do: Dask's nannies replace dead workers."""


class DaskExecutor:
    """Codes on a Dask cluster: the one at `scheduler`, or a LocalCluster of `workers`
    single-threaded worker processes started for the run."""

    def __init__(
        self,
        settings: Settings,
        workers: int,
        scheduler: str = "",
        loader: Loader = load_coder,
        options: CodingOptions | None = None,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self.scheduler = scheduler
        self.loader = loader
        self.options = options or CodingOptions()
        self._client: Any = None
        self._cluster: Any = None
        self._temp: str | None = None

    def _connect(self) -> Any:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            reason = "the Dask executor needs the extra: pip install 'veille[dask]'"
            raise UsageError(Errors.E008.format(value="dask", what=f"executor ({reason})")) from exc
        if self._client is None:
            if self.scheduler:
                self._client = Client(self.scheduler)
            else:
                with dask.config.set(LOCAL_CLUSTER_CONFIG):
                    self._cluster = LocalCluster(
                        n_workers=self.workers, threads_per_worker=1, processes=True,
                        dashboard_address=None,
                    )  # fmt: skip
                    self._client = Client(self._cluster)
        return self._client

    def _folder(self) -> str:
        kept = self.settings["executor.parquet_dir"]
        if kept:
            Path(kept).mkdir(parents=True, exist_ok=True)
            return str(kept)
        if self._temp is None:
            self._temp = tempfile.mkdtemp(prefix="veille-dask-")
        return self._temp

    def pairs(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[tuple[Article, CodedArticle]]:
        """(article, coded) for each article coded, in input order; failures to `on_error`."""
        backend = _DaskBackend(
            self._connect(), self._folder(), self.loader, self.options, self.settings
        )
        chunks = chunked(articles, self.settings["executor.partition_size"])
        in_flight = max(1, self.workers) * self.settings["executor.chunks_in_flight"]
        return pairs_of(run_ordered(backend, chunks, in_flight), on_error)

    def close(self) -> None:
        """Close the client (and the LocalCluster it started); remove a temporary folder."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

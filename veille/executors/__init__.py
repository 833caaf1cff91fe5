"""Executors: where articles are coded — in process, in local worker processes, or on a Dask
cluster. Every executor gives the same results in the same order as one process.

    with open_executor(settings, make_coder) as executor:
        for article, coded in executor.pairs(articles, on_error):
            ...
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol

from veille.errors import Errors, UsageError
from veille.executors.chunking import ChunkCoder, OnError, batches, chunked, code_chunk
from veille.executors.local import InProcess, Loader, LocalPool, load_coder
from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import Article, CodedArticle

KINDS = ("local", "dask")


class Executor(Protocol):
    """Codes articles, yielding (article, coded article) in input order."""

    def pairs(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[tuple[Article, CodedArticle]]: ...

    def close(self) -> None: ...


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(settings: Settings, workers: int | None = None) -> int:
    """`workers`, else the setting executor.workers; 0 means one per core."""
    n = settings["executor.workers"] if workers is None else workers
    if n < 0:
        raise UsageError(Errors.E008.format(value=n, what="number of workers (0: one per core)"))
    return n or cores()


@contextmanager
def open_executor(
    settings: Settings,
    make_coder: Callable[[], ChunkCoder],
    workers: int | None = None,
    kind: str | None = None,
    scheduler: str | None = None,
    loader: Loader = load_coder,
    options: CodingOptions | None = None,
) -> Iterator[Executor]:
    """The executor the settings (or the arguments, which win) ask for; closed on exit.

    Args:
        settings: the run's settings (executor.*).
        make_coder: builds the coder when coding in process.
        workers: worker processes (0: one per core, 1: in process); None: the setting.
        kind: "local" or "dask"; None: the setting executor.kind.
        scheduler: a Dask scheduler address; None: the setting (empty: a LocalCluster).
        loader: what each worker process calls to load its coder.
        options: the run's language and date for undated articles, given to `loader`.

    Raises:
        UsageError: an unknown kind, a negative number of workers, or Dask not installed.
    """
    kind = kind or settings["executor.kind"]
    if kind not in KINDS:
        raise UsageError(Errors.E008.format(value=kind, what="executor (local or dask)"))
    n = worker_count(settings, workers)
    in_process = InProcess(make_coder, settings["executor.chunk_size"])
    executor: Executor
    if kind == "dask":
        from veille.executors.dask_executor import DaskExecutor

        address = settings["executor.scheduler"] if scheduler is None else scheduler
        executor = DaskExecutor(settings, n, address, loader, options)
    elif n == 1:
        executor = in_process
    else:
        executor = LocalPool(settings, n, in_process, loader, options)
    try:
        yield executor
    finally:
        executor.close()


__all__ = [
    "ChunkCoder",
    "Executor",
    "InProcess",
    "LocalPool",
    "OnError",
    "batches",
    "chunked",
    "code_chunk",
    "cores",
    "load_coder",
    "open_executor",
    "worker_count",
]

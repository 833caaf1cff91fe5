"""Coding on this machine: in the calling process, or in a pool of worker processes.

Each worker process is started with `spawn` (a fresh interpreter: no state forked from the
parent) and loads the pipeline once, in its initializer; chunks of articles are sent to the
workers and their results taken back in input order, so that the output is the same as with
one process. The parent never loads the model.

Memory: a worker holds the pipeline (about 0.5-0.6 GB with fr_core_news_md) and the chunk it
codes; the parent holds at most `workers × chunks_in_flight` chunks. What spaCy keeps growing
over a long run (its string store) is bounded by replacing the workers every
`recycle_chunks` chunks.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

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
from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import Article, CodedArticle

Loader = Callable[[CodingOptions, Settings], ChunkCoder]


def load_coder(options: CodingOptions, settings: Settings) -> ChunkCoder:
    """The real coders (what a worker loads unless a test gives another loader): one
    pipeline per language, each loaded when the first article in it comes."""
    from veille.coders import Coders

    return Coders(settings, options)


class InProcess:
    """Codes in the calling process, with a coder built on first use (so that an ingest of
    known articles only loads no model)."""

    def __init__(self, make_coder: Callable[[], ChunkCoder], chunk_size: int) -> None:
        self._make = make_coder
        self._coder: ChunkCoder | None = None
        self.chunk_size = chunk_size

    def _outcomes(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Outcome]]]:
        for chunk in chunks:
            if self._coder is None:
                self._coder = self._make()
            yield chunk, code_chunk(self._coder, chunk.articles)

    def pairs(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[tuple[Article, CodedArticle]]:
        """(article, coded) for each article coded, in input order; failures to `on_error`."""
        return pairs_of(self._outcomes(chunked(articles, self.chunk_size)), on_error)

    def close(self) -> None:
        """Nothing to release."""


# --- inside a worker process -------------------------------------------------------------
_WORKER: ChunkCoder | Exception | None = None


def _start_worker(loader: Loader, options: CodingOptions, settings: Settings) -> None:
    """Load the pipeline once per worker; a failure (model missing...) is kept and raised
    with the first chunk, as the error it is rather than as a dead pool."""
    global _WORKER
    try:
        _WORKER = loader(options, settings)
    except Exception as exc:
        _WORKER = exc


def _code_in_worker(articles: list[Article]) -> list[Outcome]:
    if isinstance(_WORKER, Exception):
        raise _WORKER
    assert _WORKER is not None, "the worker was started without its initializer"
    return code_chunk(_WORKER, articles)


# --- in the parent ------------------------------------------------------------------------
class _PoolBackend:
    """A `spawn` process pool; a dead worker breaks the pool, which is then replaced."""

    loses_pending = True

    def __init__(
        self, workers: int, loader: Loader, options: CodingOptions, settings: Settings
    ) -> None:
        self._args = (workers, loader, options, settings)
        self._pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        workers, loader, options, settings = self._args
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(loader, options, settings),
        )

    def submit(self, chunk: Chunk) -> Future[list[Outcome]]:
        try:
            return self._pool.submit(_code_in_worker, chunk.articles)
        except BrokenProcessPool as exc:  # broken since: the chunk is taken back as such
            broken: Future[list[Outcome]] = Future()
            broken.set_exception(exc)
            return broken

    def result(self, handle: Future[list[Outcome]]) -> list[Outcome]:
        try:
            return handle.result()
        except BrokenProcessPool as exc:
            raise BrokenWorker(str(exc)) from exc

    def restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class LocalPool:
    """Codes with `workers` worker processes, each loading the pipeline once.

    Input that fits in one chunk is coded in process by `fallback` (one chunk keeps only one
    worker busy, and starting a pool would cost more than it saves).
    """

    def __init__(
        self,
        settings: Settings,
        workers: int,
        fallback: InProcess,
        loader: Loader = load_coder,
        options: CodingOptions | None = None,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self.fallback = fallback
        self.loader = loader
        self.options = options or CodingOptions()
        self._backend: _PoolBackend | None = None

    def pairs(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[tuple[Article, CodedArticle]]:
        """(article, coded) for each article coded, in input order; failures to `on_error`."""
        size = self.settings["executor.chunk_size"]
        it = iter(articles)
        head = list(islice(it, size + 1))
        if len(head) <= size:
            return self.fallback.pairs(head, on_error)
        if self._backend is None:
            self._backend = _PoolBackend(self.workers, self.loader, self.options, self.settings)
        results = run_ordered(
            self._backend,
            chunked(chain(head, it), size),
            in_flight=self.workers * self.settings["executor.chunks_in_flight"],
            recycle=self.settings["executor.recycle_chunks"],
        )
        return pairs_of(results, on_error)

    def close(self) -> None:
        """Stop the worker processes."""
        if self._backend is not None:
            self._backend.close()
            self._backend = None

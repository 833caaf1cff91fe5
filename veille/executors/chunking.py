"""What every executor shares: chunks of articles, coding one chunk, and a driver that keeps
chunks in input order, bounds what is in flight, and isolates an article that kills a worker.

An executor codes chunks somewhere (this process, worker processes, a Dask cluster) through a
`Backend`; `run_ordered` submits the chunks, takes their results back in input order, and when
a worker dies codes the chunk it held again one article at a time, so that only the article
that kills a worker is lost (reported as `WorkerDied`, E012) and the run goes on.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol, TypeVar

from veille.errors import CodingError, Errors, WorkerDied
from veille.types import Article, CodedArticle

T = TypeVar("T")
OnError = Callable[[Article, Exception], None]
Outcome = CodedArticle | Exception  # what coding one article gave: its result or its failure


class ChunkCoder(Protocol):
    """What an executor needs of a coder (`veille.pipeline.Coder` is one)."""

    def code_many(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[CodedArticle]: ...


@dataclass(frozen=True)
class Chunk:
    """Consecutive articles of the input; `start` is the 0-based position of the first."""

    start: int
    articles: list[Article]


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items (the last may be shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def chunked(articles: Iterable[Article], size: int) -> Iterator[Chunk]:
    """The articles in chunks of `size`, each knowing its position in the input."""
    start = 0
    for batch in batches(articles, size):
        yield Chunk(start, batch)
        start += len(batch)


def _sendable(exc: Exception, article: Article) -> Exception:
    """The exception itself when it can cross a process boundary, else a CodingError."""
    try:
        pickle.dumps(exc)
    except Exception:
        return CodingError(Errors.E009.format(id=article.id, reason=f"{type(exc).__name__}: {exc}"))
    return exc


def code_chunk(coder: ChunkCoder, articles: Sequence[Article]) -> list[Outcome]:
    """Code articles with `coder`; one outcome per article, in order (a failure is kept
    as its exception rather than raised)."""
    failed: dict[int, Exception] = {}

    def on_error(article: Article, exc: Exception) -> None:
        failed[id(article)] = _sendable(exc, article)

    coded = iter(list(coder.code_many(articles, on_error)))
    return [failed[id(a)] if id(a) in failed else next(coded) for a in articles]


class BrokenWorker(Exception):
    """Internal signal of a backend: the worker coding a chunk died (not a VeilleError: the
    driver turns it into `WorkerDied` for the one article that causes it)."""


class Backend(Protocol):
    """Where chunks are coded. `result` raises BrokenWorker when the worker died."""

    # True when a dead worker takes every pending chunk with it (a process pool)
    loses_pending: bool

    def submit(self, chunk: Chunk) -> Any: ...

    def result(self, handle: Any) -> list[Outcome]: ...

    def restart(self) -> None: ...


def run_ordered(
    backend: Backend, chunks: Iterable[Chunk], in_flight: int, recycle: int = 0
) -> Iterator[tuple[Chunk, list[Outcome]]]:
    """Submit chunks to `backend` with at most `in_flight` pending, and yield each with its
    outcomes in input order.

    Args:
        backend: where chunks are coded.
        chunks: the chunks, read lazily.
        in_flight: most chunks submitted and not yet taken back (bounds memory).
        recycle: restart the backend after this many chunks (0: never).
    """
    pending: deque[tuple[Chunk, Any]] = deque()
    for sent, chunk in enumerate(chunks):
        if recycle and sent and sent % recycle == 0:
            while pending:
                yield _take(backend, pending)
            backend.restart()
        pending.append((chunk, backend.submit(chunk)))
        if len(pending) >= in_flight:
            yield _take(backend, pending)
    while pending:
        yield _take(backend, pending)


def _take(backend: Backend, pending: deque[tuple[Chunk, Any]]) -> tuple[Chunk, list[Outcome]]:
    chunk, handle = pending.popleft()
    try:
        return chunk, backend.result(handle)
    except BrokenWorker:
        backend.restart()
    outcomes = _one_by_one(backend, chunk)
    if backend.loses_pending:  # after isolating: a resubmitted killer must not hit them
        for i, (other, _) in enumerate(pending):
            pending[i] = (other, backend.submit(other))
    return chunk, outcomes


def _one_by_one(backend: Backend, chunk: Chunk) -> list[Outcome]:
    """Code a chunk whose worker died one article at a time: the article that kills a
    worker again becomes a `WorkerDied` failure, the others are coded."""
    outcomes: list[Outcome] = []
    for offset, article in enumerate(chunk.articles):
        position = chunk.start + offset
        try:
            outcomes += backend.result(backend.submit(Chunk(position, [article])))
        except BrokenWorker as exc:
            backend.restart()
            outcomes.append(WorkerDied(article.id, position + 1, str(exc) or "no reason given"))
    return outcomes


def pairs_of(
    results: Iterable[tuple[Chunk, list[Outcome]]], on_error: OnError | None
) -> Iterator[tuple[Article, CodedArticle]]:
    """(article, coded article) for each article coded, in input order; a failure goes to
    `on_error` (raised without one)."""
    for chunk, outcomes in results:
        for article, outcome in zip(chunk.articles, outcomes, strict=True):
            if not isinstance(outcome, Exception):
                yield article, outcome
            elif on_error is not None:
                on_error(article, outcome)
            elif isinstance(outcome, CodingError):
                raise outcome
            else:
                reason = f"{type(outcome).__name__}: {outcome}"
                raise CodingError(Errors.E009.format(id=article.id, reason=reason)) from outcome

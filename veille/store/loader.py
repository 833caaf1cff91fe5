"""Code articles and store them, skipping those whose content is already stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol, TypeVar

from veille.store.duckdb_store import DEFAULT_LOCK_WAIT, Store
from veille.store.hashing import content_hash
from veille.stories import StoryParams
from veille.types import Article, CodedArticle

T = TypeVar("T")
CHECK_BATCHES = 10  # batches whose articles are checked against the database in one opening


class ArticleCoder(Protocol):
    """What `ingest_articles` needs of a coder (`veille.pipeline.Coder` is one)."""

    def code(self, article: Article) -> CodedArticle: ...


@dataclass
class IngestCounts:
    new: int = 0
    present: int = 0


def ingest_articles(
    store: Store,
    coder: ArticleCoder,
    articles: Iterable[Article],
    advance: Callable[[Article], None] | None = None,
) -> IngestCounts:
    """Code and store each article whose content is not stored yet.

    Args:
        store: the open database.
        coder: codes one article.
        articles: the articles to ingest.
        advance: called after each article (a progress bar).

    Returns:
        How many were added and how many were already present (and not coded again).
    """
    counts = IngestCounts()
    for article in articles:
        if store.has(content_hash(article)):
            counts.present += 1
        elif store.add(article, coder.code(article)):
            counts.new += 1
        else:
            counts.present += 1
        if advance is not None:
            advance(article)
    return counts


class PairCoder(Protocol):
    """Codes articles in order, skipping failures (an executor of `veille.executors`)."""

    def pairs(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[tuple[Article, CodedArticle]]: ...


class _OneByOne:
    """A coder of one article at a time seen as a PairCoder."""

    def __init__(self, coder: ArticleCoder) -> None:
        self._coder = coder

    def pairs(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[tuple[Article, CodedArticle]]:
        for article in articles:
            try:
                coded = self._coder.code(article)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
                continue
            yield article, coded


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def write_batch(
    path: str | Path,
    batch: list[tuple[Article, CodedArticle]],
    wait: float,
    stories: StoryParams | None = None,
) -> int:
    """The one writer of an ingest: store a batch of coded articles in one transaction.

    Returns:
        How many were added (the others' content was stored already).

    Raises:
        StoreError: the file stayed locked longer than `wait`, or the write failed (then
            nothing of the batch is kept).
    """
    with Store.open(path, wait=wait, stories=stories) as store:
        return len(store.add_batch(batch))


def _unknown(
    path: str | Path,
    articles: Iterable[Article],
    size: int,
    wait: float,
    known: Callable[[Article], None],
    stories: StoryParams | None = None,
) -> Iterator[Article]:
    """The articles whose content is not stored, checked `CHECK_BATCHES` batches at a time
    (an opening of the file costs tens of milliseconds); `known` is called with each of the
    others. A repeat inside one checked window is coded, then not stored (`add_batch`)."""
    for batch in _batches(articles, size * CHECK_BATCHES):
        with Store.open(path, wait=wait, stories=stories) as store:
            digests = [content_hash(article) for article in batch]
            stored = store.stored_hashes(digests)
        for article, digest in zip(batch, digests, strict=True):
            if digest in stored:
                known(article)
            else:
                yield article


def ingest_in_batches(
    path: str | Path,
    coder: ArticleCoder | PairCoder,
    articles: Iterable[Article],
    advance: Callable[[Article], None] | None = None,
    batch_size: int = 20,
    wait: float = DEFAULT_LOCK_WAIT,
    on_error: Callable[[Article, Exception], None] | None = None,
    stories: StoryParams | None = None,
) -> IngestCounts:
    """Like `ingest_articles`, holding the database only while a batch is written: the
    file is opened to see which articles of the next batches are new (`CHECK_BATCHES` at
    once), closed while they are coded,
    and opened again to store them (`write_batch`, one transaction per batch), so that
    readers (`veille serve`, query commands) keep answering during a long ingest.

    Args:
        path: the database file (created when missing).
        coder: codes one article, or an executor (worker processes, Dask) that codes many.
        articles: the articles, read lazily.
        advance: called after each article.
        batch_size: articles stored in one transaction.
        wait: seconds to wait for the file when another process holds it.
        on_error: called with an article whose coding failed, which is then skipped
            (without it the failure is raised).
        stories: the `stories.*` settings (near-duplicate articles; defaults when None).

    Raises:
        StoreError: the file stayed locked longer than `wait`, or a write failed.
        CodingError: an article could not be coded and no `on_error` was given.
    """
    counts = IngestCounts()
    step = advance or (lambda _: None)

    def known(article: Article) -> None:
        counts.present += 1
        step(article)

    def failed(article: Article, exc: Exception) -> None:
        step(article)
        if on_error is None:
            raise exc
        on_error(article, exc)

    pairing = coder if hasattr(coder, "pairs") else _OneByOne(coder)
    fresh = _unknown(path, articles, batch_size, wait, known, stories)
    for batch in _batches(pairing.pairs(fresh, failed), batch_size):
        added = write_batch(path, batch, wait, stories)
        counts.new += added
        counts.present += len(batch) - added
        for article, _ in batch:
            step(article)
    return counts

"""Code articles and store them, skipping those whose content is already stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

from veille.store.duckdb_store import DEFAULT_LOCK_WAIT, Store, content_hash
from veille.stories import StoryParams
from veille.types import Article, CodedArticle


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


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest_in_batches(
    path: str | Path,
    coder: ArticleCoder,
    articles: Iterable[Article],
    advance: Callable[[Article], None] | None = None,
    batch_size: int = 20,
    wait: float = DEFAULT_LOCK_WAIT,
    stories: StoryParams | None = None,
) -> IngestCounts:
    """Like `ingest_articles`, holding the database only while a batch is written: the
    file is opened to see which articles of a batch are new, closed while they are coded,
    and opened again to store them, so that readers (`veille serve`, query commands) keep
    answering during a long ingest. Each article is still stored in one transaction.

    Args:
        path: the database file (created when missing).
        coder: codes one article.
        articles: the articles, read lazily.
        advance: called after each article.
        batch_size: articles coded between two writes.
        wait: seconds to wait for the file when another process holds it.
        stories: the `stories.*` settings (near-duplicate articles; defaults when None).

    Raises:
        StoreError: the file stayed locked longer than `wait`, or a write failed.
    """
    counts = IngestCounts()
    for batch in _batches(articles, batch_size):
        with Store.open(path, wait=wait, stories=stories) as store:
            fresh = [a for a in batch if not store.has(content_hash(a))]
        coded = [(a, coder.code(a)) for a in fresh]
        with Store.open(path, wait=wait, stories=stories) as store:
            added = sum(store.add(article, result) for article, result in coded)
        counts.new += added
        counts.present += len(batch) - added
        if advance is not None:
            for article in batch:
                advance(article)
    return counts

"""Code articles and store them, skipping those whose content is already stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from veille.store.duckdb_store import Store, content_hash
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

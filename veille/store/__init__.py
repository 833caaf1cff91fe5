"""The DuckDB store of coded articles."""

from __future__ import annotations

from veille.store.duckdb_store import Store
from veille.store.hashing import content_hash
from veille.store.loader import IngestCounts, ingest_articles, ingest_in_batches
from veille.store.rows import (
    DyadMonth,
    DyadTotal,
    EventRow,
    QuoteRow,
    SpeakerCount,
    Summary,
    row_dict,
)

__all__ = [
    "DyadMonth",
    "DyadTotal",
    "EventRow",
    "IngestCounts",
    "QuoteRow",
    "SpeakerCount",
    "Store",
    "Summary",
    "content_hash",
    "ingest_articles",
    "ingest_in_batches",
    "row_dict",
]

"""Ingest: files, folders or stdin in dated-text, JSON Lines, JSON, CSV or TSV → articles."""

from __future__ import annotations

from veille.ingest.dates import normalize_date
from veille.ingest.readers import (
    EXTENSIONS,
    articles_only,
    read_bytes,
    read_file,
    read_path,
    read_paths,
)
from veille.ingest.records import (
    Notice,
    NoticeReason,
    ReadOptions,
    Record,
    Skipped,
    clean_text,
)

__all__ = [
    "EXTENSIONS",
    "Notice",
    "NoticeReason",
    "ReadOptions",
    "Record",
    "Skipped",
    "articles_only",
    "clean_text",
    "normalize_date",
    "read_bytes",
    "read_file",
    "read_path",
    "read_paths",
]

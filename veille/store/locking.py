"""Sharing one DuckDB file between processes: short locks and patient waits.

DuckDB lets one process write a file, and no process write it while others read it. veille
therefore never keeps a file open longer than it needs: `veille serve` opens it read-only
for each request, query commands for one command, and `veille ingest` for writing one batch
(coding happens with the file closed). Whoever finds the file locked waits, retrying with a
growing pause, up to `store.lock_wait` seconds, then fails with a one-line error.
"""

from __future__ import annotations

import time

import duckdb

from veille.errors import Errors, StoreError

FIRST_PAUSE = 0.005
LONGEST_PAUSE = 0.2


def is_lock_conflict(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection to `path`, waiting up to `wait` seconds while another process holds a
    conflicting lock.

    Raises:
        StoreError: the file stayed locked (E007, saying so), or cannot be opened.
    """
    deadline = time.monotonic() + wait
    pause = FIRST_PAUSE
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not is_lock_conflict(exc) or time.monotonic() >= deadline:
                reason = str(exc).splitlines()[0]
                if is_lock_conflict(exc):
                    reason = f"in use by another process for {wait:g} s ({reason})"
                raise StoreError(Errors.E007.format(path=path, reason=reason)) from exc
        time.sleep(min(pause, max(deadline - time.monotonic(), 0)))
        pause = min(pause * 2, LONGEST_PAUSE)

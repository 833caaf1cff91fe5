"""Crash safety: `kill -9` during an ingest, then the same ingest again, stores every
article exactly once with all its rows (each article is one transaction)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

CHILD = Path(__file__).with_name("crash_ingest.py")
ROOT = Path(__file__).resolve().parents[2]
N = 300


def _run(db: Path, kill_at: int | None) -> tuple[int, int]:
    """Run the child; with `kill_at`, SIGKILL it once it has stored that many articles
    (0: right after opening the database) and return how many it had stored."""
    cmd = [sys.executable, str(CHILD), str(db), str(N)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    stored = 0
    for line in proc.stdout:
        stored += line.startswith("stored")
        if kill_at is not None and (line == "open\n" if kill_at == 0 else stored >= kill_at):
            proc.send_signal(signal.SIGKILL)
            break
        if kill_at is None and not line.startswith(("open", "stored")):
            new, present = map(int, line.split())
            proc.wait(timeout=60)
            assert proc.returncode == 0
            return new, present
    proc.wait(timeout=60)
    assert kill_at is not None and proc.returncode == -signal.SIGKILL
    return stored, 0


def _ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles").fetchall()]
    finally:
        con.close()


# Five kill points: the database just opened, after the first article, in the middle, and
# near and at the last article.
@pytest.mark.parametrize("kill_at", [0, 1, 150, N - 1, N])
def test_kill_then_resume_stores_every_article_once(tmp_path: Path, kill_at: int) -> None:
    db = tmp_path / "crash.duckdb"
    stored, _ = _run(db, kill_at)
    assert stored >= kill_at
    kept = _ids(db)
    assert len(kept) >= kill_at and len(set(kept)) == len(kept)  # what was stored survived
    new, present = _run(db, None)
    assert (new + present, present) == (N, len(kept))
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM articles").fetchall()]
        assert sorted(ids) == sorted(f"a{i}" for i in range(N))  # none lost, none twice
        for table in ("events", "quotes", "actors"):
            counts = con.execute(f"SELECT count(*), count(DISTINCT article_id) FROM {table}")
            assert counts.fetchone() == (N, N), table  # one row each, no orphan, no double
    finally:
        con.close()

"""Readers beside a writer: while `veille ingest` writes 2,000 articles (in batches, holding
the file only while it writes), a query through the library and HTTP requests to the web app
keep answering, and see the count of articles grow to the end."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from veille.store import Store

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from veille.web import create_app

CHILD = Path(__file__).with_name("crash_ingest.py")
ROOT = Path(__file__).resolve().parents[2]
N = 2000


def test_queries_and_http_keep_answering_during_an_ingest(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    cmd = [sys.executable, str(CHILD), str(db), str(N), "batches"]
    writer = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        while not db.exists() and writer.poll() is None:
            time.sleep(0.01)
        seen_cli: list[int] = []
        seen_http: list[int] = []
        with TestClient(create_app(str(db))) as client:
            while writer.poll() is None:
                with Store.open(db, create=False, read_only=True) as store:
                    seen_cli.append(store.summary().articles)
                response = client.get("/api/articles", params={"per_page": 1})
                assert response.status_code == 200, response.text
                seen_http.append(response.json()["total"])
        out, _ = writer.communicate(timeout=120)
    finally:
        writer.kill()
    assert writer.returncode == 0 and out.split() == [str(N), "0"]
    assert len(seen_cli) >= 5 and len(seen_http) >= 5  # the readers answered all along
    assert seen_cli == sorted(seen_cli) and seen_http == sorted(seen_http)
    assert seen_cli[0] < N  # they answered while the ingest was still writing
    with Store.open(db, create=False, read_only=True) as store:
        assert store.summary().articles == N

"""Session fixtures: the fixture database (built once) and a TestClient over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from veille.fixtures import build_fixture_db
from veille.web import create_app


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("web") / "fixture.duckdb")


@pytest.fixture(scope="session")
def client(fixture_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(fixture_db))) as test_client:
        yield test_client

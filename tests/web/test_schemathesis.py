"""schemathesis over the OpenAPI schema of the web app: any request the schema allows (and
hypothesis's variations of it) gets an answer, never a server error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from veille.fixtures import build_fixture_db  # noqa: E402
from veille.web import create_app  # noqa: E402

CASES = int(os.environ.get("VEILLE_FUZZ_CASES", "25"))
_DB = build_fixture_db(Path(tempfile.mkdtemp(prefix="veille-st-")) / "fixture.duckdb")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(_DB)))


@schema.parametrize()
@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_with_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    assert response.headers.get("x-content-type-options") == ["nosniff"]

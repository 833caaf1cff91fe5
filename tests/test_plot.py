"""`veille plot`: PNG charts of a dyad and of an actor."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from veille.errors import UsageError
from veille.fixtures import build_fixture_db
from veille.plot import plot_actor, plot_dyad

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("plot") / "fixture.duckdb")


def _is_png(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(PNG_MAGIC) and data[12:16] == b"IHDR" and len(data) > 10_000


def test_plot_dyad_writes_png(db: Path, tmp_path: Path) -> None:
    out = plot_dyad(db, "CHN", "RUS", tmp_path / "dyad.png")
    assert _is_png(out)


def test_plot_actor_writes_png(db: Path, tmp_path: Path) -> None:
    out = plot_actor(db, "irn", tmp_path / "actor.png")
    assert _is_png(out)


def test_plot_without_events_is_a_usage_error(db: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        plot_dyad(db, "BRA", "ARG", tmp_path / "none.png")


def test_plot_cli_command(db: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from veille.cli import app

    out = tmp_path / "cli.png"
    result = CliRunner().invoke(
        app, ["plot", "dyad", "CHN", "RUS", "-o", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert _is_png(out)


def test_plot_into_a_missing_folder_is_a_usage_error(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "x.png"
    with pytest.raises(UsageError, match="no such folder"):
        plot_dyad(db, "CHN", "RUS", target)
    assert not target.parent.exists()

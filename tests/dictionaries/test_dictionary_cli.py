"""`veille dictionaries DIR`: counts per kind and notices, as a table or one JSON object."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from veille import cli

runner = CliRunner()


def test_cli_dictionaries_json(toy: Path) -> None:
    result = runner.invoke(cli.app, ["dictionaries", str(toy), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    counts = {(c["file"], c["kind"]): c["count"] for c in out["counts"]}
    assert counts[("toy.actors.txt", "actors")] == 6
    assert counts[("toy.verbs.txt", "patterns")] == 5
    assert counts[("toy.issues.txt", "issue phrases")] == 3
    assert out["notices"] == [] and out["notice_counts"] == {}


def test_cli_dictionaries_table_lists_notices(tmp_path: Path) -> None:
    (tmp_path / "x.actors.txt").write_text("SOMEONE\n\t[XXX 19901301-19911231]\n")
    result = runner.invoke(cli.app, ["dictionaries", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 notices: bad_date 1" in result.stdout
    assert "x.actors.txt:2: bad_date" in result.stdout


def test_cli_dictionaries_error_is_one_line_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "x.actors.txt").write_text("+SYNONYM_FIRST\n")
    result = runner.invoke(cli.app, ["dictionaries", str(tmp_path)])
    assert result.exit_code == 2
    assert "x.actors.txt:1:" in result.stderr

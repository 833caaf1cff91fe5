"""Every threshold of the event coder is a setting, and docs/settings.md says what
settings.py declares: the same type, default and meaning for each key."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.settings import SETTINGS, Setting, Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def _rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`") and cells[0].endswith("`"):
            rows[cells[0].strip("`")] = cells[1:]
    return rows


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_the_settings_table_is_built_from_settings_py(setting: Setting) -> None:
    key = setting.key
    row = _rows().get(key)
    assert row is not None, f"{key} has no row in docs/settings.md"
    kind, default, help_ = row
    assert kind == setting.type.__name__
    assert default == f"`{Settings.load()[key]}`", f"{key}: documented default {default}"
    assert help_ == setting.help


def test_every_confidence_threshold_is_a_setting() -> None:
    thresholds = [s.key for s in SETTINGS if "confidence" in s.key]
    assert thresholds == ["events.min_confidence"]
    assert "`events.min_confidence`" in DOC.read_text("utf-8")

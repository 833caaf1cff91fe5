from __future__ import annotations

from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.settings import SETTINGS, Settings


def test_settings_defaults_cover_every_declared_setting() -> None:
    settings = Settings.load()
    assert set(settings.as_dict()) == {s.key for s in SETTINGS}


def test_settings_user_file_and_overrides_merge_key_by_key(tmp_path: Path) -> None:
    user = tmp_path / "veille.toml"
    user.write_text("[quotes]\nmin_chars = 5\n", "utf-8")
    settings = Settings.load(user, {"events.keep_sourceless": "true"})
    assert settings["quotes.min_chars"] == 5
    assert settings["events.keep_sourceless"] is True
    assert settings["quotes.speaker_lookback"] == 2


@pytest.mark.parametrize(
    "overrides",
    [{"nope.key": "1"}, {"quotes.min_chars": "many"}, {"actors.default_country": "perhaps"}],
)
def test_settings_reject_unknown_keys_and_bad_values(overrides: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="E004"):
        Settings.load(None, overrides)


def test_settings_documented() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "settings.md").read_text("utf-8")
    for setting in SETTINGS:
        assert f"`{setting.key}`" in doc, f"{setting.key} is not in docs/settings.md"

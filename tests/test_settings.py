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


@pytest.mark.parametrize(
    ("key", "value"),
    [("nlp.max_chunk_chars", "3"), ("nlp.max_chunk_chars", "5000000"),
     ("events.min_confidence", "1.5"), ("events.min_confidence", "-0.1"),
     ("quotes.min_chars", "0"), ("actors.person_window", "-1"), ("ingest.years_ahead", "-2")],
)  # fmt: skip
def test_settings_out_of_bounds_are_refused(key: str, value: str) -> None:
    with pytest.raises(ConfigError, match=f"E004.*{key}.* is not in "):
        Settings.load(None, {key: value})


def test_settings_in_bounds_are_kept() -> None:
    settings = Settings.load(None, {"nlp.max_chunk_chars": "100", "events.min_confidence": "1"})
    assert settings["nlp.max_chunk_chars"] == 100
    assert settings["events.min_confidence"] == 1.0


def test_settings_missing_config_file_is_named_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"E010\] cannot read the config file .*missing.toml"):
        Settings.load(tmp_path / "missing.toml")


def test_settings_documented() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "settings.md").read_text("utf-8")
    for setting in SETTINGS:
        assert f"`{setting.key}`" in doc, f"{setting.key} is not in docs/settings.md"

"""Settings: each declared once here, defaults in `default_config.toml`.

A `Settings` object travels explicitly through the pipeline; there is no global config.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from veille.errors import ConfigError, Errors


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("nlp.max_chunk_chars", int, "longest piece of text given to spaCy at once"),
    Setting("nlp.batch_size", int, "articles parsed together by `code_many`"),
    Setting("nlp.data_cache", bool, "keep what start-up builds from the data files on disk"),
    Setting("nlp.prefilter", bool, "parse only sentences that may hold an event, quote or actor"),
    Setting("actors.default_country", bool, "give agents without a country the article's main one"),
    Setting("actors.default_country_min_mentions", int, "mentions needed to be the main country"),
    Setting("actors.person_window", int, "sentences back a description may find its person"),
    Setting("actors.place_window", int, "sentences a named place gives its country to locals"),
    Setting("actors.elect_days", int, "days before an office its elected holder is coded in it"),
    Setting("actors.former_after_days", int, "days after an office its holder keeps its code"),
    Setting("events.min_confidence", float, "events less confident than this are not output"),
    Setting("events.domestic_roots", list, "codes whose implicit target is the source's country"),
    Setting("events.reciprocal_roots", list, "roots whose event nouns code both directions"),
    Setting("events.no_context_roots", list, "roots never given a target from the sentence"),
    Setting("events.target_required_roots", list, "roots that are no event without an addressee"),
    Setting("events.keep_sourceless", bool, "emit events whose source is unknown"),
    Setting("quotes.min_chars", int, "shortest quoted passage that counts as a quote"),
    Setting("quotes.speaker_lookback", int, "sentences searched back for a quote's speaker"),
    Setting("store.path", str, "default DuckDB file"),
    Setting("store.lock_wait", float, "seconds to wait while another process holds the file"),
    Setting("store.batch_size", int, "articles an ingest stores in one transaction"),
    Setting("executor.kind", str, "how articles are coded: local (processes) or dask"),
    Setting("executor.workers", int, "worker processes; 0: one per core, 1: in process"),
    Setting("executor.chunk_size", int, "articles sent to a local worker at once"),
    Setting("executor.chunks_in_flight", int, "chunks queued per local worker (bounds memory)"),
    Setting("executor.recycle_chunks", int, "chunks after which local workers are replaced"),
    Setting("executor.scheduler", str, "Dask scheduler address; empty: a LocalCluster"),
    Setting("executor.partition_size", int, "articles per Dask partition (one Parquet file)"),
    Setting("executor.parquet_dir", str, "folder kept for the Dask Parquet output; empty: temp"),
    Setting("ingest.earliest_date", str, "earliest plausible article date (YYYY-MM-DD)"),
    Setting("ingest.years_ahead", int, "latest plausible article date: years after today"),
    Setting("stories.num_perm", int, "MinHash permutations per article signature"),
    Setting("stories.shingle_words", int, "words per shingle of a story signature"),
    Setting("stories.band_rows", int, "signature values per LSH band (fewer: more candidates)"),
    Setting("stories.threshold", float, "estimated Jaccard similarity that makes one story"),
    Setting("stories.containment", float, "share of a shorter copy found in the longer one"),
    Setting("stories.min_words", int, "articles with fewer words are never linked to a story"),
)
_BY_KEY = {s.key: s for s in SETTINGS}
# Bounds (inclusive; None: open) of numeric settings, checked whenever a value is read.
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "nlp.max_chunk_chars": (100, 1_000_000),  # spaCy refuses longer texts
    "nlp.batch_size": (1, 10_000),
    "actors.default_country_min_mentions": (1, None),
    "actors.person_window": (0, None),
    "actors.place_window": (0, None),
    "actors.elect_days": (0, None),
    "actors.former_after_days": (0, None),
    "events.min_confidence": (0.0, 1.0),
    "quotes.min_chars": (1, None),
    "quotes.speaker_lookback": (0, None),
    "ingest.years_ahead": (0, 1000),
    "store.lock_wait": (0.0, 3600.0),
    "store.batch_size": (1, 100_000),
    "executor.workers": (0, 1024),
    "executor.chunk_size": (1, 100_000),
    "executor.chunks_in_flight": (1, 1000),
    "executor.recycle_chunks": (0, None),
    "executor.partition_size": (1, 1_000_000),
    "stories.num_perm": (16, 1024),
    "stories.shingle_words": (1, 10),
    "stories.band_rows": (1, 32),
    "stories.threshold": (0.0, 1.0),
    "stories.containment": (0.0, 1.0),
    "stories.min_words": (1, None),
}


def _bounded(key: str, value: Any) -> Any:
    low, high = BOUNDS.get(key, (None, None))
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{low if low is not None else '…'} to {high if high is not None else '…'}"
        raise ConfigError(Errors.E004.format(key=key, reason=f"{value!r} is not in {span}"))
    return value


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in tree.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, full + "."))
        else:
            out[full] = value
    return out


def _coerce(key: str, value: Any) -> Any:
    return _bounded(key, _typed(key, value))


def _typed(key: str, value: Any) -> Any:
    setting = _BY_KEY.get(key)
    if setting is None:
        raise ConfigError(Errors.E004.format(key=key, reason="unknown setting"))
    if isinstance(value, str) and setting.type is not str:
        try:
            if setting.type is bool:
                if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError(value)
                return value.lower() in ("true", "1", "yes")
            if setting.type is list:  # `-s events.domestic_roots='["14", "17"]'` or 14,17
                text = value.strip()
                if text.startswith("["):
                    return list(tomllib.loads(f"v = {text}")["v"])
                return [x.strip() for x in text.split(",") if x.strip()]
            return setting.type(value)
        except (ValueError, tomllib.TOMLDecodeError) as exc:
            reason = f"expected {setting.type.__name__}, got {value!r}"
            raise ConfigError(Errors.E004.format(key=key, reason=reason)) from exc
    if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, setting.type):
        reason = f"expected {setting.type.__name__}, got {value!r}"
        raise ConfigError(Errors.E004.format(key=key, reason=reason))
    return value


class Settings:
    """Resolved settings: the packaged defaults, a user file, then single overrides."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    @classmethod
    def load(
        cls, path: str | Path | None = None, overrides: dict[str, str] | None = None
    ) -> Settings:
        text = resources.files("veille").joinpath("default_config.toml").read_text("utf-8")
        values = {k: _coerce(k, v) for k, v in _flatten(tomllib.loads(text)).items()}
        if path is not None:
            try:
                user = tomllib.loads(Path(path).read_text("utf-8"))
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise ConfigError(Errors.E010.format(path=path, reason=reason)) from exc
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(Errors.E010.format(path=path, reason=str(exc))) from exc
            values.update({k: _coerce(k, v) for k, v in _flatten(user).items()})
        for key, raw in (overrides or {}).items():
            values[key] = _coerce(key, raw)
        return cls(values)

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            raise ConfigError(Errors.E004.format(key=key, reason="unknown setting"))
        return self._values[key]

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

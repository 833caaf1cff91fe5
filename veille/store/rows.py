"""Typed rows returned by `Store` queries, and checks of the values users pass to them."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from veille.errors import Errors, UsageError
from veille.ingest.dates import normalize_date

_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]{0,17}")
_ROOT = re.compile(r"(0[1-9]|1[0-9]|20)")
_CAMEO = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")


@dataclass(frozen=True)
class EventRow:
    """One stored event with its article's id and date, its story (the id of the story's
    first article) and whether it is counted (false: another copy of the story counts it)."""

    article_id: str
    seq: int
    date: str | None
    source_code: str | None
    source_country: str | None
    source_name: str | None
    source_text: str | None
    target_code: str | None
    target_country: str | None
    target_name: str | None
    target_text: str | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    sentence: str
    trigger_text: str
    negated: bool
    confidence: float
    story: str
    counted: bool


@dataclass(frozen=True)
class QuoteRow:
    """One stored quote with its article's id and date, its story and whether it counts."""

    article_id: str
    date: str | None
    text: str
    speaker_name: str | None
    speaker_code: str | None
    speaker_text: str | None
    verb: str | None
    story: str
    counted: bool


@dataclass(frozen=True)
class DyadMonth:
    """Events from `source` to `target` in one month: counts per quad class, mean Goldstein."""

    source: str
    target: str
    month: str
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float

    @property
    def total(self) -> int:
        return self.verbal_coop + self.material_coop + self.verbal_conflict + self.material_conflict


@dataclass(frozen=True)
class DyadTotal:
    """All events of one directed dyad (country slot: country, region or organisation code)."""

    source: str | None
    target: str | None
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: float

    @property
    def total(self) -> int:
        return self.verbal_coop + self.material_coop + self.verbal_conflict + self.material_conflict


@dataclass(frozen=True)
class SpeakerCount:
    speaker: str | None
    code: str | None
    quotes: int


@dataclass(frozen=True)
class Summary:
    """What a database holds: articles, events by dyad and quad class, quotes by speaker;
    `stories` counts the articles that are not a copy of another (docs/stories.md)."""

    articles: int
    events: int
    quotes: int
    dyads: list[DyadTotal]
    speakers: list[SpeakerCount]
    stories: int = 0


def check_code(value: str) -> str:
    """An actor code from a user (`chn` → `CHN`); UsageError E008 if it is not one."""
    code = value.strip().upper()
    if not _CODE.fullmatch(code):
        raise UsageError(Errors.E008.format(value=value, what="actor code (e.g. CHN, RUSGOV)"))
    return code


def check_root(value: str) -> str:
    """A CAMEO root (`4` → `04`); UsageError E008 if it is not 01…20."""
    root = value.strip().zfill(2)
    if not _ROOT.fullmatch(root):
        raise UsageError(Errors.E008.format(value=value, what="CAMEO root (01 to 20)"))
    return root


def check_cameo(value: str) -> str:
    """A CAMEO code prefix (`042`, `0231`); UsageError E008 otherwise."""
    code = value.strip()
    if not _CAMEO.fullmatch(code):
        raise UsageError(Errors.E008.format(value=value, what="CAMEO code (e.g. 042)"))
    return code


def check_date(value: str) -> str:
    """A date from a user, normalised (`2023/02` → `2023-02`); UsageError E008 otherwise."""
    iso = normalize_date(value)
    if iso is None:
        raise UsageError(Errors.E008.format(value=value, what="date (YYYY, YYYY-MM, YYYY-MM-DD)"))
    return iso


def check_limit(value: int) -> int:
    """A positive row limit; UsageError E008 otherwise."""
    if value < 1:
        raise UsageError(Errors.E008.format(value=value, what="limit (a positive number)"))
    return value


def row_dict(row: Any) -> dict[str, Any]:
    """A query row as a plain dict (for JSON output)."""
    return dataclasses.asdict(row)

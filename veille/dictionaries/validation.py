"""Reader of PETRARCH validation files (`PETR.UnitTest.records.xml`): records and settings.

Each `<Sentence>` gives a text, a date, a category and gold `<EventCoding>` rows; the
shipped `<Parse>` is not read. A `<Config option=... value=...>` changes a setting for every
later sentence, in file order, as PETRARCH does. Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from veille.errors import DictionaryError


@dataclass(frozen=True)
class CoderSettings:
    """The PETRARCH options that change coding (others are read and ignored)."""

    require_dyad: bool = True
    new_actor_length: int = 0


@dataclass(frozen=True)
class GoldEvent:
    """One gold `(source, target, code)` triple; unknown actors are quoted texts."""

    source: str
    target: str
    code: str


@dataclass(frozen=True)
class Record:
    """One `<Sentence>`: its text, date, category, gold events and the settings then."""

    id: str
    category: str
    day: date
    text: str
    events: frozenset[GoldEvent]
    error: str | None
    settings: CoderSettings
    scored: bool


@dataclass(frozen=True)
class ValidationFile:
    """The records of a validation file and the dictionary files its environment names."""

    path: Path
    records: tuple[Record, ...]
    include: frozenset[str]
    files: dict[str, str] = field(default_factory=dict)

    def scored(self) -> list[Record]:
        """The records PETRARCH scores: `sentence="true"` in an `<Include>` category."""
        return [r for r in self.records if r.scored]


_FILE_TAGS = {
    "Verbfile": "verbs",
    "Actorfile": "actors",
    "Agentfile": "agents",
    "Discardfile": "discards",
}


def read_validation(path: Path) -> ValidationFile:
    """Read a PETRARCH validation XML file.

    Raises:
        DictionaryError: the file cannot be read or is not well-formed XML.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DictionaryError(str(path), None, f"cannot read the validation file: {exc}") from exc
    files: dict[str, str] = {}
    include: frozenset[str] = frozenset()
    env = root.find("Environment")
    if env is not None:
        for tag, kind in _FILE_TAGS.items():
            found = env.find(tag)
            if found is not None and found.text:
                files[kind] = found.text.strip()
        inc = env.find("Include")
        if inc is not None and inc.text:
            include = frozenset(inc.text.split())
    settings = CoderSettings()
    records: list[Record] = []
    sentences = root.find("Sentences")
    for element in sentences if sentences is not None else []:
        if element.tag == "Config":
            settings = _configure(settings, element)
        elif element.tag == "Sentence":
            records.append(_record(element, settings, include, path))
    return ValidationFile(path, tuple(records), include, files)


def _configure(settings: CoderSettings, element: ET.Element) -> CoderSettings:
    option = (element.get("option") or "").strip()
    value = (element.get("value") or "").strip()
    if option == "require_dyad":
        return replace(settings, require_dyad=value.lower() == "true")
    if option == "new_actor_length" and value.isdigit():
        return replace(settings, new_actor_length=int(value))
    return settings


def _record(
    element: ET.Element, settings: CoderSettings, include: frozenset[str], path: Path
) -> Record:
    ident = element.get("id", "")
    raw_date = element.get("date", "")
    try:
        day = date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8]))
    except ValueError as exc:
        raise DictionaryError(str(path), None, f"record {ident}: bad date {raw_date!r}") from exc
    text_element = element.find("Text")
    text = " ".join((text_element.text or "").split()) if text_element is not None else ""
    events: set[GoldEvent] = set()
    error: str | None = None
    for coding in element.findall("EventCoding"):
        if coding.get("error"):
            error = coding.get("error")
        source, target, code = (coding.get(k) for k in ("sourcecode", "targetcode", "eventcode"))
        if source is not None and target is not None and code is not None:
            events.add(GoldEvent(_unquote(source), _unquote(target), code))
    category = element.get("category", "")
    scored = element.get("sentence", "").lower() == "true" and category in include
    return Record(ident, category, day, text, frozenset(events), error, settings, scored)


def _unquote(code: str) -> str:
    return code.strip().strip('"').strip()

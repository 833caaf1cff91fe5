"""Gold articles (events, quotes, actors) as `shared/eval/GUIDELINES.md` writes them, and
the readers of gold and prediction files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.errors import Errors, UsageError
from veille.evaluate.matching import Triple


@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str | None
    root: str
    required: bool = True
    also: tuple[Triple, ...] = ()
    note: str = ""

    def options(self) -> list[Triple]:
        """The main triple, then its acceptable alternatives."""
        return [(self.source, self.target, self.root), *self.also]


@dataclass(frozen=True)
class GoldQuote:
    starts_with: str
    speaker: str | None = None
    code: str | None = None
    required: bool = True


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str
    name: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    actors: tuple[GoldActor, ...] = ()


def _gold_event(d: dict[str, Any]) -> GoldEvent:
    base = (d["source"], d["target"], d["root"])
    also = tuple(
        (alt.get("source", base[0]), alt.get("target", base[1]), alt.get("root", base[2]))
        for alt in d.get("also", [])
    )
    return GoldEvent(*base, required=d.get("required", True), also=also, note=d.get("note", ""))


def gold_from_dict(d: dict[str, Any]) -> GoldArticle:
    """A gold article from its JSON object (GUIDELINES.md)."""
    return GoldArticle(
        id=d["id"],
        events=tuple(_gold_event(e) for e in d.get("events", [])),
        quotes=tuple(
            GoldQuote(q["starts_with"], q.get("speaker"), q.get("code"), q.get("required", True))
            for q in d.get("quotes", [])
        ),
        actors=tuple(GoldActor(a["text"], a["code"], a.get("name")) for a in d.get("actors", [])),
    )


def load_json_records(path: str | Path) -> list[dict[str, Any]]:
    """Objects of a `.jsonl` file (one a line) or a `.json` file (one object or a list).

    Raises:
        UsageError: the file cannot be read or is not JSON (E006).
    """
    name = str(path)
    try:
        text = Path(name).read_text("utf-8")
        if name.endswith(".jsonl"):
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            items = data if isinstance(data, list) else [data]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(Errors.E006.format(path=name, reason=str(exc))) from exc
    if not all(isinstance(item, dict) for item in items):
        raise UsageError(Errors.E006.format(path=name, reason="records must be JSON objects"))
    return items


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file (`.json` or `.jsonl`).

    Raises:
        UsageError: the file cannot be read, or a record lacks a required field (E006).
    """
    try:
        return [gold_from_dict(d) for d in load_json_records(path)]
    except (KeyError, TypeError) as exc:
        raise UsageError(Errors.E006.format(path=path, reason=f"bad gold record: {exc}")) from exc

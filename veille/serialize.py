"""The one serialiser between typed records and the JSON of CONTRACT.md."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

from veille.types import (
    ActorMention,
    ActorRef,
    CodedArticle,
    Event,
    Plover,
    Quote,
    Span,
    Speaker,
)


def to_dict(article: CodedArticle) -> dict[str, Any]:
    """Turn a coded article into the contract's JSON object (a plain dict)."""
    return dataclasses.asdict(article)


def to_json(article: CodedArticle) -> str:
    """One JSON Lines record (no trailing newline), UTF-8 characters kept as they are."""
    return "".join(iter_json(article))


PART_RECORDS = 1000  # records per part of `iter_json`


def iter_json(article: CodedArticle) -> Iterator[str]:
    """The text of `to_json(article)`, in consecutive parts of at most about PART_RECORDS
    records: a long article's results are turned into JSON a part at a time, never all into
    dicts and one string at once. An article with fewer records comes as one part."""
    parts: list[str] = []
    records = 0
    for n, f in enumerate(dataclasses.fields(article)):
        value = getattr(article, f.name)
        parts.append(f"{', ' if n else '{'}{json.dumps(f.name)}: ")
        if not isinstance(value, list):
            parts.append(json.dumps(value, ensure_ascii=False))
            continue
        parts.append("[")
        for i, record in enumerate(value):
            item = json.dumps(dataclasses.asdict(record), ensure_ascii=False)
            parts.append(f", {item}" if i else item)
            records += 1
            if records >= PART_RECORDS:
                yield "".join(parts)
                parts, records = [], 0
        parts.append("]")
    parts.append("}")
    yield "".join(parts)


def _ref(d: dict[str, Any] | None) -> ActorRef | None:
    return ActorRef(**d) if d else None


def _event(d: dict[str, Any]) -> Event:
    plover = d.get("plover")
    return Event(
        source=_ref(d.get("source")),
        target=_ref(d.get("target")),
        cameo=d["cameo"],
        cameo_root=d.get("cameo_root") or d["cameo"][:2],
        goldstein=float(d["goldstein"]),
        quad_class=int(d["quad_class"]),
        plover=Plover(**plover) if plover else None,
        sentence=d.get("sentence", ""),
        sentence_start=int(d.get("sentence_start", 0)),
        trigger=Span(**d["trigger"]),
        negated=bool(d.get("negated", False)),
        confidence=float(d.get("confidence", 0.5)),
        evidence=tuple(str(tag) for tag in d.get("evidence", ())),
    )


def _quote(d: dict[str, Any]) -> Quote:
    speaker = d.get("speaker")
    return Quote(
        text=d["text"],
        start=int(d["start"]),
        end=int(d["end"]),
        speaker=Speaker(**speaker) if speaker else None,
        verb=d.get("verb"),
    )


def from_dict(d: dict[str, Any]) -> CodedArticle:
    """Read a contract JSON object back into typed records."""
    return CodedArticle(
        id=d["id"],
        date=d.get("date"),
        lang=d.get("lang", "fr"),
        source=d.get("source"),
        url=d.get("url"),
        title=d.get("title"),
        actors=[ActorMention(**a) for a in d.get("actors", [])],
        events=[_event(e) for e in d.get("events", [])],
        quotes=[_quote(q) for q in d.get("quotes", [])],
    )

"""Typed records of the output contract (shared/design/CONTRACT.md).

Every stage passes these records, never loose dicts; `veille.serialize` is the one
place that turns them into JSON and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One dated input document, as read by `veille.ingest`."""

    id: str
    text: str
    date: str | None = None
    lang: str | None = None  # None: detected from the text when it is coded
    source: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor is, resolved on the article's date (no surface text)."""

    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as it appears in the text, with character offsets."""

    text: str
    start: int
    end: int
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event's source or target: the resolved actor plus the words that named it."""

    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    plover: Plover | None
    sentence: str
    sentence_start: int
    trigger: Span
    negated: bool = False
    confidence: float = 0.5
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    code: str | None
    text: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Speaker | None
    verb: str | None = None


@dataclass(slots=True)
class CodedArticle:
    id: str
    date: str | None
    lang: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

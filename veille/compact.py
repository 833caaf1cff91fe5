"""Compact results: what one article's coding keeps in memory until it is written.

A long article gives thousands of records (about 10,000 actor mentions, 1,500 events and
1,400 quotes per megabyte of news text), all held until the article is written. They are kept
small here, without changing a single value:

- short strings that recur (an actor's words, a trigger word, a verb, an evidence tag) are
  interned, so that each distinct string is stored once;
- equal small records (an event's source or target, its PLOVER pair, a quote's speaker, an
  evidence tuple) are shared through a bounded pool;
- events of one sentence share that sentence's string.

Records are frozen (immutable), so sharing them is invisible to every reader.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from veille.types import Event, Quote, Span

T = TypeVar("T")

POOL_SIZE = 8192  # distinct small records kept for sharing; the pool is emptied when full
_pool: dict[object, object] = {}


def share(record: T) -> T:
    """An equal record already in the pool, else `record` itself (now pooled)."""
    if record is None:
        return record
    kept = _pool.get(record)
    if kept is not None:
        return kept  # type: ignore[return-value]
    if len(_pool) >= POOL_SIZE:
        _pool.clear()
    _pool[record] = record
    return record


def words(text: str) -> str:
    """`text` as the one interned string of its value (short recurring words)."""
    return sys.intern(text)


def _maybe(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def events(found: Iterable[Event], offset: int) -> list[Event]:
    """Events of a piece at `offset` of its article, moved there and compacted."""
    out: list[Event] = []
    sentence: str | None = None
    for e in found:
        if sentence != e.sentence:
            sentence = e.sentence  # consecutive events of one sentence share its string
        t = e.trigger
        out.append(
            Event(
                source=share(e.source),
                target=share(e.target),
                cameo=words(e.cameo),
                cameo_root=words(e.cameo_root),
                goldstein=e.goldstein,
                quad_class=e.quad_class,
                plover=share(e.plover),
                sentence=sentence,
                sentence_start=e.sentence_start + offset,
                trigger=Span(words(t.text), t.start + offset, t.end + offset),
                negated=e.negated,
                confidence=e.confidence,
                evidence=share(tuple(words(tag) for tag in e.evidence)),
            )
        )
    return out


def quotes(found: Iterable[Quote], offset: int) -> list[Quote]:
    """Quotes of a piece at `offset` of its article, moved there and compacted."""
    return [
        Quote(
            text=q.text,
            start=q.start + offset,
            end=q.end + offset,
            speaker=share(q.speaker),
            verb=_maybe(q.verb),
        )
        for q in found
    ]

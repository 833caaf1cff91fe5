"""What the caller of a coding run decides for all its articles (no spaCy import here: the
executors send it to their worker processes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodingOptions:
    """The run's choices (picklable).

    Attributes:
        lang: code every article in this language (None: each in its own, given or detected).
        undated: the ISO date an article without a date is resolved against (who held
            which office); None: the offices the data leave open.
    """

    lang: str | None = None
    undated: str | None = None

"""veille's own model of PETRARCH/TABARI dictionaries: plain, frozen, typed records.

Every record keeps the number of the line it was read from, so a coder can say which
dictionary line fired, and a test can check that no line was silently lost.
Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path


class NoticeKind(StrEnum):
    """Why a line was kept out of the model (reported, never fatal)."""

    MALFORMED = "malformed"
    BAD_DATE = "bad_date"
    TRAILING_TEXT = "trailing_text"
    UNSUPPORTED = "unsupported"
    NO_CODE = "no_code"
    UNKNOWN_SYNSET = "unknown_synset"
    UNKNOWN_MARKER = "unknown_marker"
    DISJUNCTION = "disjunction"
    BAD_PATTERN = "bad_pattern"
    DUPLICATE = "duplicate"
    STRAY_TAG = "stray_tag"


@dataclass(frozen=True)
class Notice:
    """A line that was read but not taken into the model, with the reason."""

    path: Path
    line: int
    kind: NoticeKind
    detail: str

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}: {self.kind.value}: {self.detail}"


@dataclass(frozen=True)
class Phrase:
    """Words as written: `joined[i]` is True when word i must follow word i-1 directly (`_`).

    `exact` is True when the phrase ended with `_` (TABARI: the last word is not a stem).
    """

    text: str
    words: tuple[str, ...]
    joined: tuple[bool, ...]
    exact: bool
    line: int


# ---------------------------------------------------------------- actors


@dataclass(frozen=True)
class Role:
    """A code an actor holds, maybe only between two dates (both ends included).

    `codes` is empty for the null code `[---]`; `[A/B]` gives two codes.
    """

    codes: tuple[str, ...]
    start: date | None
    end: date | None
    line: int

    @property
    def dated(self) -> bool:
        """Whether the role has a date restriction."""
        return self.start is not None or self.end is not None

    def applies(self, day: date) -> bool:
        """Whether the restriction holds on `day`."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    """A primary phrase, its `+` synonyms and its roles, in file order."""

    name: Phrase
    synonyms: tuple[Phrase, ...]
    roles: tuple[Role, ...]
    line: int

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """The codes on `day`: the first dated role that applies, else the first undated one."""
        if day is not None:
            for role in self.roles:
                if role.dated and role.applies(day):
                    return role.codes
        for role in self.roles:
            if not role.dated:
                return role.codes
        return ()


# ---------------------------------------------------------------- agents


class AgentPlace(StrEnum):
    """`~GOV` is added after the actor code; `NGO~` before it."""

    AFTER = "after"
    BEFORE = "before"


@dataclass(frozen=True)
class Agent:
    """An agent: its written form, every surface form it stands for, and its code."""

    text: str
    forms: tuple[Phrase, ...]
    code: str
    place: AgentPlace
    line: int

    def apply(self, actor_code: str) -> str:
        """Combine the agent with an actor code (`FRA` + `~GOV` -> `FRAGOV`)."""
        if self.place is AgentPlace.AFTER:
            return actor_code + self.code
        return self.code + actor_code


# ---------------------------------------------------------------- discards, issues


@dataclass(frozen=True)
class Discard:
    """A phrase that stops coding of its sentence, or of the whole story (`+`)."""

    phrase: Phrase
    story: bool
    line: int


@dataclass(frozen=True)
class IssuePhrase:
    """`n:word phrase [CODE]` inside an issue category, with its expanded surface forms."""

    text: str
    forms: tuple[str, ...]
    code: str
    category: str | None
    line: int


@dataclass(frozen=True)
class IssueIgnore:
    """`~phrase` (sentence) or `~~phrase` (story): cancels the issues of its category."""

    text: str
    story: bool
    category: str | None
    line: int


@dataclass(frozen=True)
class IssueCategory:
    """`<ISSUE CATEGORY="..." TYPE="...">`."""

    name: str
    type: str
    line: int

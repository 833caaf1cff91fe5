"""veille's model of a verb dictionary: blocks, verbs, patterns and their elements, synsets.

Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from veille.dictionaries.model import Phrase


class Marker(StrEnum):
    """The actor slots of a pattern."""

    SOURCE = "$"
    TARGET = "+"
    COMPOUND = "%"
    SKIP = "^"


@dataclass(frozen=True)
class Word:
    """A literal word; `joined` when `_` ties it to the element before it."""

    text: str
    joined: bool = False


@dataclass(frozen=True)
class SynsetRef:
    """A `&LABEL` standing for any member of that synset."""

    label: str
    joined: bool = False


@dataclass(frozen=True)
class Slot:
    """An actor slot (`$`, `+`, `%`) or a skipped noun phrase (`^`)."""

    marker: Marker
    joined: bool = False


@dataclass(frozen=True)
class NounPhrase:
    """PETRARCH-2 `{A B HEAD}`: the last element is the head, the others modify it."""

    elements: tuple[Element, ...]


@dataclass(frozen=True)
class PrepPhrase:
    """PETRARCH-2 `(PREP ...)`: a preposition and the noun phrase(s) it governs."""

    preposition: str
    elements: tuple[Element, ...]


Element = Word | SynsetRef | Slot | NounPhrase | PrepPhrase


@dataclass(frozen=True)
class EventCode:
    """A pattern or verb code: `[042]`, `[042:043]` (with the reverse-direction code),
    `[:173]` (reverse only); `[---]` is the null code (no event)."""

    text: str
    code: str | None
    reverse: str | None

    @property
    def null(self) -> bool:
        """Whether the code produces no event."""
        return self.code is None and self.reverse is None


@dataclass(frozen=True)
class Pattern:
    """`- BEFORE * AFTER [CODE]`: the elements before and after the verb (`*`).

    `verb_joined` is True when `_` ties the verb to the element before it (`IN_*`).
    """

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: EventCode
    text: str
    line: int
    verb_joined: bool = False


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a verb: its words and which of them the parser sees as the verb."""

    words: tuple[str, ...]
    head: int


@dataclass(frozen=True)
class Verb:
    """A verb line of a block: as written, its forms, and its own code if it has one."""

    text: str
    forms: tuple[VerbForm, ...]
    code: EventCode | None
    line: int


@dataclass(frozen=True)
class VerbBlock:
    """`--- NAME [CODE] ---` with its verbs and patterns."""

    name: str
    code: EventCode
    verbs: tuple[Verb, ...]
    patterns: tuple[Pattern, ...]
    line: int


@dataclass(frozen=True)
class SynsetMember:
    """One `+` line of a synset: a phrase, or another synset (TABARI nesting)."""

    phrase: Phrase | None
    synset: str | None
    plural: bool
    line: int


@dataclass(frozen=True)
class Synset:
    """`&LABEL` and its members; a label ending in `_` asks for no plurals."""

    label: str
    members: tuple[SynsetMember, ...]
    line: int


@dataclass(frozen=True)
class Transformation:
    """A PETRARCH-2 `~` verb transformation: `~ a (a b ATTACK) SAY = a b 015`."""

    pattern: tuple[str, ...]
    result: tuple[str, ...]
    line: int

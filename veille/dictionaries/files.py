"""What each reader returns: the entries of one file, its notices, and the lines they cover."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from veille.dictionaries.model import (
    Actor,
    Agent,
    Discard,
    IssueCategory,
    IssueIgnore,
    IssuePhrase,
    Notice,
)
from veille.dictionaries.verbmodel import Synset, Transformation, VerbBlock


def _notice_lines(notices: Iterable[Notice]) -> set[int]:
    return {n.line for n in notices}


@dataclass(frozen=True)
class ActorDictionary:
    """The actors of one `.actors` file."""

    path: Path
    actors: tuple[Actor, ...]
    notices: tuple[Notice, ...] = ()

    def lines(self) -> set[int]:
        """Every line number an entry or a notice came from."""
        covered = _notice_lines(self.notices)
        for actor in self.actors:
            covered.add(actor.line)
            covered.update(s.line for s in actor.synonyms)
            covered.update(r.line for r in actor.roles)
        return covered


@dataclass(frozen=True)
class AgentDictionary:
    """The agents of one `.agents` file (substitution markers already expanded)."""

    path: Path
    agents: tuple[Agent, ...]
    markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    marker_lines: tuple[int, ...] = ()
    notices: tuple[Notice, ...] = ()

    def lines(self) -> set[int]:
        """Every line number an entry, a marker definition or a notice came from."""
        return {a.line for a in self.agents} | set(self.marker_lines) | _notice_lines(self.notices)


@dataclass(frozen=True)
class VerbDictionary:
    """Synsets, verb blocks and transformations of one verb dictionary."""

    path: Path
    synsets: dict[str, Synset]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[Transformation, ...] = ()
    notices: tuple[Notice, ...] = ()

    @property
    def patterns(self) -> int:
        """How many patterns all blocks hold."""
        return sum(len(b.patterns) for b in self.blocks)

    def lines(self) -> set[int]:
        """Every line number an entry or a notice came from."""
        covered = _notice_lines(self.notices) | {t.line for t in self.transformations}
        for synset in self.synsets.values():
            covered.add(synset.line)
            covered.update(m.line for m in synset.members)
        for block in self.blocks:
            covered.add(block.line)
            covered.update(v.line for v in block.verbs)
            covered.update(p.line for p in block.patterns)
        return covered


@dataclass(frozen=True)
class DiscardList:
    """The phrases of one discard file."""

    path: Path
    discards: tuple[Discard, ...]
    notices: tuple[Notice, ...] = ()

    def lines(self) -> set[int]:
        """Every line number an entry or a notice came from."""
        return {d.line for d in self.discards} | _notice_lines(self.notices)


@dataclass(frozen=True)
class IssueList:
    """Issue categories, coded phrases and ignore phrases of one issues file."""

    path: Path
    categories: tuple[IssueCategory, ...]
    phrases: tuple[IssuePhrase, ...]
    ignores: tuple[IssueIgnore, ...]
    closing_lines: tuple[int, ...] = ()
    notices: tuple[Notice, ...] = ()

    def lines(self) -> set[int]:
        """Every line number an entry, a tag or a notice came from."""
        covered = {c.line for c in self.categories} | {p.line for p in self.phrases}
        covered |= {i.line for i in self.ignores} | set(self.closing_lines)
        return covered | _notice_lines(self.notices)


@dataclass(frozen=True)
class Dictionaries:
    """Everything a PETRARCH configuration names, read into veille's model."""

    actors: tuple[ActorDictionary, ...] = ()
    agents: AgentDictionary | None = None
    verbs: VerbDictionary | None = None
    discards: DiscardList | None = None
    issues: IssueList | None = None

    def notices(self) -> list[Notice]:
        """The notices of every file, in file order."""
        found: list[Notice] = [n for a in self.actors for n in a.notices]
        for part in (self.agents, self.verbs, self.discards, self.issues):
            if part is not None:
                found.extend(part.notices)
        return found

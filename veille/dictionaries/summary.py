"""A summary of loaded dictionaries: counts per kind and notices (`veille dictionaries`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from veille.dictionaries.files import Dictionaries


@dataclass(frozen=True)
class Count:
    """How many entries of one kind one file holds."""

    file: str
    kind: str
    count: int


def summarize(found: Dictionaries) -> list[Count]:
    """Counts per file and kind, in a fixed order (actors, agents, verbs, discards, issues)."""
    rows: list[Count] = []
    for book in found.actors:
        name = book.path.name
        rows.append(Count(name, "actors", len(book.actors)))
        rows.append(Count(name, "synonyms", sum(len(a.synonyms) for a in book.actors)))
        rows.append(Count(name, "roles", sum(len(a.roles) for a in book.actors)))
    if found.agents is not None:
        rows.append(Count(found.agents.path.name, "agents", len(found.agents.agents)))
    if found.verbs is not None:
        verbs, name = found.verbs, found.verbs.path.name
        rows.append(Count(name, "synsets", len(verbs.synsets)))
        rows.append(Count(name, "verb blocks", len(verbs.blocks)))
        rows.append(Count(name, "verbs", sum(len(b.verbs) for b in verbs.blocks)))
        rows.append(Count(name, "patterns", verbs.patterns))
        rows.append(Count(name, "transformations", len(verbs.transformations)))
    if found.discards is not None:
        rows.append(Count(found.discards.path.name, "discards", len(found.discards.discards)))
    if found.issues is not None:
        issues, name = found.issues, found.issues.path.name
        rows.append(Count(name, "issue categories", len(issues.categories)))
        rows.append(Count(name, "issue phrases", len(issues.phrases)))
        rows.append(Count(name, "issue ignores", len(issues.ignores)))
    return rows


def notice_counts(found: Dictionaries) -> dict[str, int]:
    """How many notices of each kind, most frequent first."""
    return dict(Counter(n.kind.value for n in found.notices()).most_common())

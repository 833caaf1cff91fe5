"""Scores of coded records against PETRARCH gold: exact records, event P/R/F1, per category.

A record is exactly right when its set of (source, target, code) triples equals the gold
set; a `noevents` or `error` record expects none. Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class RecordResult:
    """One record's gold and coded triples."""

    id: str
    category: str
    gold: frozenset[Triple]
    coded: frozenset[Triple]

    @property
    def exact(self) -> bool:
        """Whether the coded triples are exactly the gold ones."""
        return self.gold == self.coded


@dataclass
class Tally:
    """Counts over a set of records."""

    records: int = 0
    exact: int = 0
    true_positives: int = 0
    coded: int = 0
    gold: int = 0

    def add(self, result: RecordResult) -> None:
        """Count one record."""
        self.records += 1
        self.exact += result.exact
        self.true_positives += len(result.gold & result.coded)
        self.coded += len(result.coded)
        self.gold += len(result.gold)

    @property
    def precision(self) -> float:
        """Coded triples that are gold (1.0 when nothing was coded)."""
        return self.true_positives / self.coded if self.coded else 1.0

    @property
    def recall(self) -> float:
        """Gold triples that were coded (1.0 when there are none)."""
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded to 4 places."""
        return {
            "records": self.records,
            "exact": self.exact,
            "event_precision": round(self.precision, 4),
            "event_recall": round(self.recall, 4),
            "event_f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "coded": self.coded,
            "gold": self.gold,
        }


@dataclass
class Scores:
    """Totals and per-category tallies of a set of record results."""

    total: Tally = field(default_factory=Tally)
    categories: dict[str, Tally] = field(default_factory=dict)
    results: list[RecordResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """One JSON-ready object: totals at the top level, then per category."""
        out: dict[str, object] = dict(self.total.to_dict())
        out["categories"] = {k: t.to_dict() for k, t in sorted(self.categories.items())}
        return out


def score(results: Iterable[RecordResult]) -> Scores:
    """Tally results in total and per category."""
    scores = Scores()
    for result in results:
        scores.results.append(result)
        scores.total.add(result)
        scores.categories.setdefault(result.category, Tally()).add(result)
    return scores

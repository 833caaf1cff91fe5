"""The arguments found for one trigger (`Found`: sources and targets with the rules that
found them, and how they pair) and the small tests on them that decide a target (the
source's own forces as a means, a target abroad) or the source's kind (`bare_sectors`)."""

from __future__ import annotations

from dataclasses import dataclass

from veille.events.arguments import ArgumentFinder
from veille.events.grammar import Arg
from veille.events.rules import INSTRUMENT_SECTORS, MUTUAL_CODES, distinct, other_country


@dataclass
class Found:
    """A trigger's sources and targets, each with the rule that found them (evidence)."""

    sources: list[Arg]
    s_rule: str
    targets: list[Arg]
    t_rule: str

    def swapped(self) -> Found:
        """The sources as targets and the targets as sources ("a reçu les critiques de X")."""
        return Found(self.targets, self.t_rule, self.sources, self.s_rule)

    def pairs(self, code: str) -> list[tuple[Arg, Arg | None]]:
        """Every source with every distinct target, else each source alone; co-signers of a
        mutual act ("X et Y ont signé à Z") are also each other's targets."""
        sources = self.sources
        pairs: list[tuple[Arg, Arg | None]] = [
            (s, t) for s in sources for t in self.targets if distinct(s, t)
        ]
        pairs = pairs or [(s, None) for s in sources]
        if len(sources) > 1 and code[:3] in MUTUAL_CODES:
            pairs += [(s, t) for s in sources for t in sources if other_country(s, t)]
        return pairs

    def each_other(self) -> list[tuple[Arg, Arg | None]]:
        """Co-subjects who did the act to each other, each one's country to the other's."""
        return [(s, t) for s in self.sources for t in self.sources if other_country(s, t)]


def foreign(sources: list[Arg], targets: list[Arg]) -> bool:
    """A target of another country than every source's."""
    own = {s.actor.country for s in sources}
    return any(t.actor.country not in own for t in targets)


def of_sectors(sources: list[Arg], sectors: list[str]) -> bool:
    """A source of one of the sectors (a trigger's `bare_sectors`)."""
    return any((s.actor.sector or "") in sectors for s in sources)


def instrument(sources: list[Arg], target: Arg) -> bool:
    """The source's own armed forces or police, moved or used: a means, not a target."""
    own = {s.actor.country for s in sources}
    return target.actor.country in own and target.actor.sector in INSTRUMENT_SECTORS


def beyond(finder: ArgumentFinder, means: Arg) -> list[Arg]:
    """Where the means were sent: "des troupes à la frontière ukrainienne"."""
    if means.span == (0, 0):
        return []
    root = finder.doc[means.span[0] : means.span[1]].root
    for child in root.children:
        if (
            child.dep_ == "nmod"
            and finder.case(child) in finder.g.target_cases - finder.g.place_cases
        ):
            found = finder.at(child, deep=True)
            if found:
                return found
    return []

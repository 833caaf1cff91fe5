"""What the sentence tests of events compare: the (source, target, code) of each event."""

from __future__ import annotations

from veille.pipeline import Coder
from veille.types import ActorRef, Article

Triple = tuple[str | None, str | None, str]


def event_triples(
    coder: Coder, text: str, *, full_code: bool = False, codes: bool = True
) -> set[Triple]:
    """(source, target, CAMEO root — or the full code) of each event that is not negated.

    A side is its actor's country, or, with `codes`, its code when it has no country (an
    IGO); with `full_code` the full CAMEO code instead of its root.
    """

    def side(ref: ActorRef | None) -> str | None:
        if ref is None:
            return None
        return ref.country or ref.code if codes else ref.country

    coded = coder.code(Article(id="case", text=text, date="2023-02-15"))
    return {
        (side(e.source), side(e.target), e.cameo if full_code else e.cameo_root)
        for e in coded.events
        if not e.negated
    }

"""Recoding a statement by what it reports: an accusation (CAMEO 112)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from veille.events.evidence import confidence
from veille.types import Event

ACCUSATION = "112"
ACCUSABLE_ROOTS = {"07", "17", "18", "19", "20"}  # what a statement can accuse someone of


def accusations(
    doc: Doc,
    events: list[Event],
    coding: Callable[[str], dict[str, Any]],
    weights: dict[str, float],
) -> list[Event]:
    """A statement that reports someone else's violence accuses them (CAMEO 112):
    "l'UE affirme que les drones ont été fournis par l'Iran" is the EU accusing Iran."""
    by_trigger = {e.trigger.start: e for e in events}
    out = []
    for e in events:
        if e.cameo != "010" or e.source is None:
            out.append(e)
            continue
        verb = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        reported = [
            by_trigger.get(t.idx)
            for c in (verb.root.children if verb is not None else [])
            if c.dep_ in {"ccomp", "xcomp", "obj", "advcl"}
            for t in c.subtree
        ]
        hit = next(
            (
                r
                for r in reported
                if r is not None
                and r.cameo_root in ACCUSABLE_ROOTS
                and r.source is not None
                and r.source.country != e.source.country
            ),
            None,
        )
        if hit is None:
            out.append(e)
            continue
        tags = [t for t in e.evidence if not t.startswith("target")]
        tags += ["code:accusation", "target:accused", "target-by:event"]
        out.append(
            replace(
                e,
                target=hit.source,
                **coding(ACCUSATION),
                evidence=tuple(tags),
                confidence=confidence(tags, weights, ACCUSATION[:2]),
            )
        )
    return out

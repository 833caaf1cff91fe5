"""What an event is: the rules that take a coded candidate out, or take its target away.

- A news outlet (sector MED) is not the source of the news it reports: a statement it
  makes with a reporting verb ("rapporte l'agence", "a annoncé la télévision d'État",
  with the outlet as subject or as the object the parser reads in an incise) codes
  nothing, and an outlet is not the addressee of what is said to it ("a déclaré à
  l'AFP", "sur RTL").
- Source and target are different actors: a country is not the target of its own acts
  ("le président sud-coréen … Séoul"), except for the codes of `events.domestic_roots`
  (roots or full codes: protest, coercion, assault, fighting, demands on one's own government …).
- The roots of `events.target_required_roots` are not events without an addressee.
- An event whose confidence is under `events.min_confidence` is not output.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from veille.events.arguments import ArgumentFinder
from veille.events.evidence import (
    BELOW_THRESHOLD,
    MEDIA_SOURCE,
    NO_ADDRESSEE,
    Dropped,
    confidence,
)
from veille.events.grammar import Arg
from veille.settings import Settings
from veille.types import ActorRef, Event

MEDIA = "MED"
# The sectors that are a country's own organs: a country and its government are one actor;
# a country and its opposition, rebels, civil society or businesses are two.
STATE_SECTORS = {"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
STATEMENT = "01"
REPORTING = {"code:speech", "code:accusation"}  # a statement made by a reporting verb


def is_media(actor: ActorRef | None) -> bool:
    """A news outlet or its journalists (CAMEO sector MED)."""
    return actor is not None and (actor.sector == MEDIA or actor.code.endswith(MEDIA))


def same_actor(s: ActorRef | None, t: ActorRef | None) -> bool:
    """The same words, or a country and one of its own organs ("l'Iran" and Téhéran's
    government, "le président sud-coréen" and "Séoul"); a country and its opposition,
    rebels or civil society are two actors."""
    if s is None or t is None:
        return False
    if s.code == t.code and s.text and s.text == t.text:
        return True
    bare = (s.code == s.country and _state(t)) or (t.code == t.country and _state(s))
    return s.country is not None and s.country == t.country and bare


def _state(actor: ActorRef) -> bool:
    """An actor that is the state itself (its government, armed forces, police, courts,
    parliament), not its opposition, rebels, civilians, businesses or media."""
    return (actor.sector or "") in STATE_SECTORS


def reporting_outlet(verb: Token, finder: ArgumentFinder) -> Arg | None:
    """The news outlet a statement verb reports for: its subject, or the outlet named right
    after it in an incise that the parser read as its object ("…, a annoncé la télévision
    d'État", "rapporte mardi l'agence Interfax")."""
    for child in verb.children:
        inverted = child.dep_ == "obj" and child.i > verb.i
        if child.dep_ in {"nsubj", "nsubj:pass"} or inverted:
            for arg in finder.at(child):
                if arg.actor.sector == MEDIA or arg.actor.code.endswith(MEDIA):
                    return arg
    return None


class EventFilter:
    """Applies the rules above to the candidates of one document, in order."""

    def __init__(self, settings: Settings, weights: dict[str, float]) -> None:
        self.domestic = tuple(settings["events.domestic_roots"])  # roots or full codes
        self.need_target = set(settings["events.target_required_roots"])
        self.min_confidence: float = settings["events.min_confidence"]
        self.weights = weights

    def _untarget(self, e: Event, why: str) -> Event:
        tags = [t for t in e.evidence if not t.startswith("target")]
        return replace(e, target=None, evidence=(*tags, "target:none", f"untargeted:{why}"))

    def one(self, e: Event) -> Event | Dropped:
        """The event as it may be output, or why it may not."""
        statement = e.cameo_root == STATEMENT
        if is_media(e.source) and (statement or REPORTING & set(e.evidence)):
            return Dropped(e, MEDIA_SOURCE)
        if is_media(e.target) and statement:
            e = self._untarget(e, "media")
        if same_actor(e.source, e.target) and not e.cameo.startswith(self.domestic):
            e = self._untarget(e, "same-actor")
        if e.target is None and e.cameo_root in self.need_target:
            return Dropped(e, NO_ADDRESSEE)
        e = replace(e, confidence=confidence(list(e.evidence), self.weights, e.cameo_root))
        if e.confidence < self.min_confidence:
            return Dropped(e, BELOW_THRESHOLD)
        return e

    def apply(self, events: list[Event]) -> tuple[list[Event], list[Dropped]]:
        """The events kept (in order, duplicates of a kept one removed) and those dropped."""
        kept: list[Event] = []
        dropped: list[Dropped] = []
        seen: set[tuple[str | None, str | None, str, int]] = set()
        for event in events:
            out = self.one(event)
            if isinstance(out, Dropped):
                dropped.append(out)
                continue
            key = (
                out.source.code if out.source else None,
                out.target.code if out.target else None,
                out.cameo,
                out.trigger.start,
            )
            if key not in seen:
                seen.add(key)
                kept.append(out)
        return kept, dropped

"""Quotes said by several people named in a list: "« … », ont déclaré X, Y et Z", "X et Y
ont jugé la rencontre « constructive »". The speaker found first is one of them; the others
are the people that the list joins to that speaker with commas and a coordinator.
"""

from __future__ import annotations

from spacy.tokens import Doc

from veille.actors.mentions import Mention
from veille.nlp.sents import sentence
from veille.quotes.speakers import Attribution, SpeakerResolver
from veille.types import Actor

LIST_COMMA = ","


def _named_at(mentions: list[Mention], i: int) -> Mention | None:
    """The longest mention of a named person that starts at token `i`."""
    best: Mention | None = None
    for m in mentions:
        a = m.actor
        named = m.start == i and a is not None and bool(a.name) and m.kind != "pronoun"
        if named and (best is None or m.end > best.end):
            best = m
    return best


def _alone(first: Mention, mentions: list[Mention]) -> bool:
    """No other person is named inside the phrase ("son porte-parole X sur X, au-dessus
    d'une photo de Y": the list after it would be Y's)."""
    return not any(
        first.start <= m.start and m.end <= first.end and m.actor != first.actor
        for m in mentions
        if m.actor is not None and m.actor.name
    )


def _list_after(
    doc: Doc, mentions: list[Mention], first: Mention, joins: frozenset[str]
) -> list[Mention]:
    """The people listed after `first`: ", Y", " et Z", ", et Z"; only a list that a
    coordinator closes (", Y" alone may be an apposition)."""
    found: list[Mention] = []
    pos, joined = first.end, False
    while pos < len(doc):
        gap = pos
        while gap < len(doc) and (doc[gap].text == LIST_COMMA or doc[gap].lower_ in joins):
            joined = joined or doc[gap].lower_ in joins
            gap += 1
        nxt = _named_at(mentions, gap) if gap > pos else None
        if nxt is None:
            break
        found.append(nxt)
        pos = nxt.end
        if joined:
            break  # "X, Y et Z": the coordinator opens the last one
    return found if joined else []


def co_speakers(
    doc: Doc, res: SpeakerResolver, said: Attribution, joins: frozenset[str]
) -> list[Attribution]:
    """The other people of the list that names the speaker of a quote, in its sentence."""
    actor = said.actor
    if actor is None or not actor.name or said.verb is None:
        return []
    sent = sentence(doc, said.verb.i)
    people = [m for m in res.mentions if sent.start <= m.start < sent.end]
    starts = [m for m in people if m.actor == actor and m.kind != "pronoun" and _alone(m, people)]
    seen: set[Actor] = {actor}
    out: list[Attribution] = []
    for first in starts:
        for other in _list_after(doc, people, first, joins):
            refined = res.refine(other)
            if refined.actor is not None and refined.actor not in seen:
                seen.add(refined.actor)
                out.append(Attribution(refined.actor, refined.text, said.verb))
    return out

"""Consultations (CAMEO 04): who a mediator stands between, and where a meeting was held.

"X a joué le rôle de médiateur entre Y et Z": Y and Z are the targets of X's mediation
(045), not its sources. "X et Y se sont rencontrés à Genève": a meeting in a country that
is neither side's is a meeting at a third location (044).
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.events.arguments import ArgumentFinder
from veille.events.grammar import Arg

MEDIATE = "045"
MEET = "040"
THIRD_PLACE = "044"
_NOT_PHRASE = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj", "xcomp", "acl"}


def between(finder: ArgumentFinder, trigger: Token) -> list[Arg]:
    """The actors of "entre X et Y" on the trigger or on its complement ("servir
    d'intermédiaire entre X et Y", "assurer la médiation entre X et Y")."""
    near = [trigger, *(c for c in trigger.children if c.dep_ not in _NOT_PHRASE)]
    up = trigger
    while up.dep_ in {"nmod", "obj"} and up.head.i != up.i:
        up = up.head  # "jouer le rôle de médiateur entre X et Y" (hung on the verb)
        near.append(up)
    for word in near:
        for child in word.children:
            if finder.case(child) in finder.g.between_cases:
                both = finder.at(child) + finder.and_next(child)
                found = list(dict.fromkeys(both))
                if found:
                    return found
    return []


def parties(finder: ArgumentFinder, trigger: Token) -> list[Arg]:
    """Those a mediation named beside another act stands between: the subjects of the
    verb it qualifies ("X et Y ont négocié sous l'égide de Z": X and Y)."""
    verb = trigger.head
    if not trigger.dep_.startswith("obl") or verb.i == trigger.i or verb.pos_ != "VERB":
        return []
    found = finder.subject(verb)
    return found if len(found) > 1 else []


def _clause(trigger: Token) -> list[Token]:
    """The words of the trigger's clause, not entering other clauses; for a meeting noun
    that is a subject ("la rencontre … s'est tenue à Genève"), its verb's."""
    top = trigger.head if trigger.dep_.startswith("nsubj") else trigger
    out, frontier = [], [top]
    while frontier:
        tok = frontier.pop()
        out.append(tok)
        frontier += [c for c in tok.children if c.dep_ not in _NOT_PHRASE]
    return out


def third_place(finder: ArgumentFinder, trigger: Token, source: Arg, target: Arg) -> bool:
    """A place named in the meeting's clause that is neither side's country."""
    sides = {source.actor.country, target.actor.country}
    for tok in _clause(trigger):
        if not finder.is_venue(tok):
            continue
        place = finder.at(tok)
        if place and place[0].actor.country not in sides:
            return True
    return False

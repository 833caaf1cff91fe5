"""One act, several actors: "X a condamné l'attaque, imité par Y et Z", "…, de même que Y".

Wire stories often report one statement or measure and then the actors who did the same:
a participle ("imité par", "suivi par") or a marker ("de même que", "tout comme", "à
l'instar de") attached to the verb that carries the event. Those actors are further
sources of the same event. The words are language data (`cues.yaml`:
`follower_participles`, `follower_markers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.events.arguments import ArgumentFinder
from veille.events.grammar import Arg
from veille.lang import Cues
from veille.lang.grammar import Grammar
from veille.text import fold

HOST_DEPS = {"nsubj", "nsubj:pass"}  # a participle may hang on the subject
SKIP_DEPS = {"punct", "nsubj", "nsubj:pass", "obj"}
NOMINAL = {"NOUN", "PROPN"}
LIGHT_DEPS = {"obj", "obl", "obl:arg"}  # "imposer des sanctions": the verb carries the noun


def _case(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ == "case":
            return fold(c.text).rstrip("'")
    return ""


class Followers:
    """Finds the actors who did the same as an event's source."""

    def __init__(self, cues: Cues, grammar: Grammar) -> None:
        self.cases = grammar.follower_cases
        self.participles = {fold(w) for w in cues.follower_participles}
        self.markers = tuple(fold(w) for w in cues.follower_markers)

    def of(self, trigger: Token, finder: ArgumentFinder) -> list[Arg]:
        """The further sources of the event `trigger` names, in text order."""
        if not self.participles and not self.markers:
            return []
        verb = trigger
        if trigger.pos_ in NOMINAL and trigger.dep_ in LIGHT_DEPS:
            verb = trigger.head
        hosts = [verb, *[c for c in verb.children if c.dep_ in HOST_DEPS]]
        out: list[Arg] = []
        for host in hosts:
            for child in host.children:
                if child.i == trigger.i:
                    continue
                found = self._participle(child, finder) or self._marked(child, finder)
                out += [a for a in found if a.actor.code not in {x.actor.code for x in out}]
        return out

    def _participle(self, tok: Token, finder: ArgumentFinder) -> list[Arg]:
        """ "imité par le Brésil, le Canada et la Colombie" (the parser may hang the later
        names on the participle itself)."""
        if fold(tok.text) not in self.participles:
            return []
        out: list[Arg] = []
        for c in tok.children:
            agent = c.dep_ == "obl:agent" or (c.dep_ in {"obl", "nmod"} and _case(c) in self.cases)
            if agent or (c.dep_ == "conj" and c.pos_ in NOMINAL and out):
                out += finder.at(c)
        return out

    def _marked(self, tok: Token, finder: ArgumentFinder) -> list[Arg]:
        """ "…, de même que les États-Unis", "à l'instar de la France, …": a complement
        introduced by a marker (the parser hangs the name anywhere below it)."""
        if not self.markers or tok.dep_ in SKIP_DEPS:
            return []
        span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
        if not fold(" ".join(t.text for t in span)).replace("' ", "'").startswith(self.markers):
            return []
        for word in span:
            found = finder.at(word) if word.pos_ in NOMINAL else []
            if found:
                return found
        return []

"""Whom it was done to, and where: the target of a verbal trigger (object, prepositional
complements, the target inside a promised action, an implicit target named elsewhere in
the sentence), the parties "entre X et Y", and the place of an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from veille.actors.mentions import Mention
from veille.events.grammar import APPOSED, OBJ, OBL, Arg, _own
from veille.events.lookup import ActorLookup
from veille.nlp.sents import sentence
from veille.text import fold
from veille.types import Actor


class TargetArguments(ActorLookup):
    """The target, the parties and the place of an event."""

    if TYPE_CHECKING:  # provided by NominalArguments

        def noun_source(
            self,
            noun: Token,
            reciprocal: bool = False,
            own_words: bool = False,
            patient: bool = False,
            requested: bool = False,
            framed: int = -1,
            attended: bool = False,
        ) -> list[Arg]: ...

    def complements(
        self, trigger: Token, mode: str, travel: bool = False, venues: bool = False
    ) -> list[Arg]:
        """The target: object first, then prepositional complements, looking inside them.
        "en X" names a target only for travel ("se rendre en France"), else a place; with
        `venues`, "à Genève" is where a meeting took place, not who met."""
        if mode == "none":
            return []
        cases = self.g.target_cases if travel else self.g.target_cases - self.g.place_cases
        cases = cases - self.g.topic_cases if venues else cases  # "négocier sur le nucléaire"
        objs = [c for c in trigger.children if c.dep_ in OBJ]
        obls = [c for c in trigger.children if c.dep_ in OBL and self._case(c) in cases]
        obls = [c for c in obls if not (venues and self.is_venue(c))]
        obls = [c for c in obls if fold(c.lemma_) not in self.g.on_behalf]  # "à la demande de X"
        addressees = [c for c in obls if self._case(c) in self.g.addressee_cases]
        order = objs if mode == "obj" else obls if mode == "obl" else objs + obls
        objs = [c for c in objs if not _own(c)] if mode != "obl" else []  # not "ses forces"
        for child in objs:  # an actor named as the object itself comes first
            found = self.at(child)
            if found:
                return found
        for child in trigger.children if objs else []:  # "exiger d'Israël la libération de"
            if child.dep_ == "obl:arg" and self._case(child) in self.g.of_cases:
                found = self.at(child)
                if found:
                    return found
        for child in objs:
            if child.pos_ == "NOUN" and self.is_trigger(child):
                found = self.noun_source(child, own_words=True)  # "condamner les frappes russes"
                found = self._no_venue(found, venues)
                if found:
                    return found
        for child in addressees if mode != "obj" else []:  # "demander à X la levée …"
            found = self.at(child, deep=True)
            if found:
                return found
        for child in order:
            if _own(child) and child.i in self.by_token:
                continue
            found = self._no_venue(self.at(child, deep=True), venues)
            if found:
                return found
        return self._nested_destination(trigger, cases) if travel else []

    def _no_venue(self, found: list[Arg], venues: bool) -> list[Arg]:
        """With `venues`, the actors found that are not a place named inside the object
        ("un accord de paix à La Havane": where it was signed)."""
        if not venues:
            return found
        out = []
        for arg in found:
            m = self.by_token.get(arg.span[0]) if arg.span != (0, 0) else None
            if m is None or not self.is_venue(self.doc[m.head]):
                out.append(arg)
        return out

    def _nested_destination(self, trigger: Token, cases: frozenset[str]) -> list[Arg]:
        """ "se rendra la semaine prochaine en Allemagne", "arrivé dimanche à Moscou": the
        place the parser hung on a time noun."""
        for child in trigger.children:
            if child.dep_ in OBL | OBJ and not self._case(child) and child.i not in self.by_token:
                for c in child.children:
                    if c.dep_ == "nmod" and self._case(c) in cases and self.at(c):
                        return self.at(c)
        return []

    def is_venue(self, tok: Token) -> bool:
        """A complement that names a place (a country or city, not a person or body)."""
        m = self.by_token.get(tok.i)
        return (
            m is not None
            and m.kind == "name"
            and m.actor is not None
            and m.actor.code == m.actor.country
            and self._case(tok) in self.g.destination_cases
        )

    def content_target(self, trigger: Token, mode: str) -> list[Arg]:
        """The target inside the promised or demanded action ("promettre de remettre le
        pouvoir au président")."""
        for clause in trigger.children:
            if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ == "VERB" and mode == "any":
                inner = [c for c in clause.children if c.dep_ in OBJ]
                inner += [
                    c
                    for c in clause.children
                    if c.dep_ in OBL and self._case(c) in self.g.companion_cases
                ]
                for child in inner:
                    found = self.at(child)
                    if found:
                        return found
        return []

    def between(self, verb: Token) -> list[Arg]:
        """The parties of "… a été signé entre X et Y" (two or more, else none)."""
        for child in verb.children:
            if child.dep_.startswith("obl") and self._case(child) in self.g.between_cases:
                both = self.at(child) + self._and_next(child)
                return both if len(both) > 1 else []
        return []

    def in_sentence(self, trigger: Token, sources: list[Arg], venues: bool = False) -> list[Arg]:
        """An implicit target: the nearest other actor named in the trigger's sentence,
        after the trigger first."""
        sent = sentence(self.doc, trigger.i)
        own = {a.actor.code for a in sources}
        spans = [a.span for a in sources]
        seen: set[int] = set()
        after: list[tuple[int, Arg]] = []
        before: list[tuple[int, Arg]] = []
        for i in range(sent.start, sent.end):
            m = self.by_token.get(i)
            if m is None or id(m) in seen or m.kind in {"pronoun", "anaphor", "group"}:
                continue
            seen.add(id(m))
            if any(s <= m.head < e for s, e in spans):
                continue
            text = self.doc[m.start : m.end].text
            if self._cited(m):
                continue  # "selon l'AFP": a source of the news is not a party to the event
            if venues and self.is_venue(self.doc[m.head]):
                continue  # "signé à La Havane": where, not with whom
            for actor in m.members or ([m.actor] if m.actor else []):
                if actor.code in own or actor.country in {a.actor.country for a in sources}:
                    continue
                arg = Arg(actor, text, "context", (m.start, m.end))
                (after if m.start > trigger.i else before).append((abs(m.start - trigger.i), arg))
        ranked = sorted(after, key=lambda x: x[0]) + sorted(before, key=lambda x: x[0])
        return [ranked[0][1]] if ranked else []

    def _cited(self, m: Mention) -> bool:
        head = self.doc[m.head]
        if m.actor is not None and m.actor.sector == "MED":
            return True
        if head.dep_ == "nmod" and fold(head.head.lemma_) in self.g.on_behalf:
            return True  # "à la demande de X": X asked; X is not who the event is about
        return any(
            fold(c.text) in self.g.according_cases for c in head.children if c.dep_ == "case"
        )

    def place(self, trigger: Token) -> list[Arg]:
        """Where it happened: the last country or city named in the sentence, else the
        article's main country (for events whose doer the text leaves unnamed)."""
        sent = sentence(self.doc, trigger.i)
        found: Arg | None = None
        for i in range(sent.start, sent.end):
            m = self.by_token.get(i)
            if m is None or m.kind != "name" or not m.actor or m.actor.code != m.actor.country:
                continue
            if self._locative(self.doc[m.start : m.end].root):  # not "les critiques de Washington"
                found = Arg(m.actor, self.doc[m.start : m.end].text, "context", (m.start, m.end))
        if found is None and self.default:
            found = Arg(Actor(code=self.default, country=self.default), "", "context")
        return [found] if found else []

    def _locative(self, tok: Token) -> bool:
        """A name that says where: "à Dakar", "en Syrie", "dans la capitale, Damas"."""
        for _ in range(3):
            if self._case(tok) in self.g.where_cases:
                return True
            if tok.dep_ not in APPOSED or tok.head is tok:
                return False
            tok = tok.head
        return False

    def origin(self, trigger: Token, sources: list[Arg]) -> list[Arg]:
        """The country a withdrawal leaves, named in a "de" complement of its words, also
        inside the troops' own mention ("le retrait des troupes françaises du Niger")."""
        own = {s.actor.country for s in sources}
        for tok in trigger.subtree:
            if tok.pos_ != "PROPN" or self._case(tok) not in self.g.of_cases:
                continue
            words = sorted([tok, *(c for c in tok.children if c.dep_.startswith("flat"))])
            entry = self.gaz.names.get(fold(" ".join(w.text for w in words)))
            if entry is not None and entry.kind == "country" and entry.code not in own:
                code = entry.code or ""
                return [Arg(Actor(code=code, country=code), tok.text, "parse", (tok.i, tok.i + 1))]
        return []

"""Arguments of nominal events: "la visite de X à Y", "sa visite", "les frappes israéliennes
sur Gaza", "l'expulsion de migrants par le Pakistan", "lors de son déplacement, X …".

A mixin of `ArgumentFinder` (veille/events/arguments.py), which gives it the token-to-actor
look-ups declared below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from veille.events.grammar import (
    AGENT,
    NOMINAL_LINKS,
    OBJ,
    OBL,
    SUBJ,
    Arg,
    _own,
)
from veille.text import fold
from veille.types import Actor

if TYPE_CHECKING:
    from collections.abc import Callable

    from veille.actors.gazetteer import Gazetteer
    from veille.lang.grammar import Grammar


class NominalArguments:
    """Source, target and patient of an event named by a noun."""

    if TYPE_CHECKING:  # provided by ArgumentFinder
        doc: Doc
        gaz: Gazetteer
        g: Grammar

        is_trigger: Callable[[Token], bool]
        onsets: set[str]

        def at(self, tok: Token, deep: bool = False) -> list[Arg]: ...
        def subject(self, verb: Token, speaker: bool = False) -> list[Arg]: ...
        def is_venue(self, tok: Token) -> bool: ...
        def _case(self, tok: Token) -> str: ...
        def _and_next(self, tok: Token) -> list[Arg]: ...
        def _demonym_in(
            self, tokens: list[Token], deps: frozenset[str] | set[str] = frozenset({"amod"})
        ) -> list[Arg]: ...

    def opposed(self, noun: Token) -> list[Arg]:
        """ "une manifestation anti-américaine": the country an "anti-" adjective names."""
        for c in noun.children:
            if c.dep_ in {"amod", "acl"} and c.norm_.startswith("anti-"):
                found = self._demonym_in([c])
                if found:
                    return found
        return []

    def noun_complements(self, noun: Token, sources: list[Arg], venues: bool = False) -> list[Arg]:
        """Target of a nominal event: "visite à Moscou", "la visite qu'a effectuée X à Y"
        (with `venues`, "la réunion à Genève" names a place, not a target)."""
        own = {a.actor for a in sources}
        places = [
            c for c in noun.children if c.dep_ in OBL and self._case(c) in self.g.target_cases
        ]
        places += self.against(noun)
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":  # "la frappe a visé un navire"
            places += [c for c in noun.head.children if c.dep_ == "obj"]
        for clause in noun.children:
            if clause.dep_ in {"acl", "acl:relcl"}:
                places += [c for c in clause.children if self._case(c) in self.g.target_cases]
                for c in clause.children:
                    if c.dep_ in SUBJ | OBJ:
                        places += [
                            x
                            for x in c.subtree
                            if x.dep_ == "nmod" and self._case(x) in self.g.dative_cases
                        ]
        if noun.dep_ in OBJ | {"obl:arg"} and noun.head.pos_ == "VERB":  # "mettre en garde contre"
            places += [
                c
                for c in noun.head.children
                if c.i != noun.i and c.dep_ in OBL and self._case(c) in self.g.target_cases
            ]
        if noun.dep_ == "nmod":  # "à l'issue de sa visite au Japon" (hung on "issue")
            places += [
                c
                for c in noun.head.children
                if c.dep_ == "nmod" and c.i > noun.i and self._case(c) in self.g.target_cases
            ]
        to = self.g.addressee_cases  # "X à Moscou", "X aux rebelles": off the source's words
        for arg in sources:
            places += [
                t
                for t in self.doc[arg.span[0] : arg.span[1]]
                for t in t.children
                if t.dep_ == "nmod" and self._case(t) in to and t.i >= arg.span[1]
            ]
        for child in places:
            if venues and (self.is_venue(child) or self._case(child) in self.g.topic_cases):
                continue
            found = [a for a in self.at(child, deep=True) if a.actor not in own]
            if found:
                return found
        return []

    def against(self, noun: Token) -> list[Token]:
        """The "contre Y" or "sur Y" of a nominal event, also when parsed under its "de X"
        ("une attaque des rebelles contre l'armée", "les tirs d'artillerie israéliens sur
        Gaza"): then X is the doer, not the victim."""
        cases = self.g.against_cases
        found = [c for c in noun.children if c.dep_ in OBL and self._case(c) in cases]
        for child in noun.children:
            if child.dep_ == "nmod" and child.i > noun.i:
                found += [c for c in child.children if c.dep_ in OBL and self._case(c) in cases]
        return found

    def noun_patient(self, noun: Token) -> list[Arg]:
        """ "la prise de l'ambassade", "l'assassinat de X": who underwent a violent act."""
        if self.against(noun):
            return []
        for child in noun.children:
            if child.dep_ == "nmod" and self._case(child) in self.g.of_cases:
                found = self.at(child) or self._demonym_in([child, *child.children])
                if found:  # "l'arrestation de deux journalistes français"
                    return found
        return []

    def _frame(self, noun: Token) -> Token | None:
        """The plain noun that frames an event noun ("une commission d'enquête", "une
        mission d'observation"): who sets up or mandates the frame acts. None when the
        frame is what a trigger verb acts on ("dénoncer la vague d'attaques")."""
        head = noun.head
        if noun.dep_ != "nmod" or self._case(noun) not in self.g.source_cases - self.g.agent_cases:
            return None
        if head.pos_ != "NOUN" or self.is_trigger(head):
            return None
        onset = fold(head.lemma_) in self.onsets  # "a annoncé le lancement d'une offensive"
        if head.dep_ in OBJ | {"obl:arg"} and self.is_trigger(head.head) and not onset:
            return None
        return head

    def listed_after(self, noun: Token, first: Token, found: list[Arg]) -> list[Arg]:
        """The names the parser hung on the noun after its "de X" complement, which list
        more of them: "les critiques de X, de Y et de Z" (not yet in `found`)."""
        more: list[Arg] = []
        for child in noun.children:
            if child.dep_ in {"appos", "conj"} and child.pos_ == "PROPN" and child.i > first.i:
                more += [a for a in self.at(child) if a not in found and a not in more]
        return more

    def noun_source(
        self,
        noun: Token,
        reciprocal: bool = False,
        own_words: bool = False,
        patient: bool = False,
        requested: bool = False,
        framed: int = -1,
        attended: bool = False,
    ) -> list[Arg]:
        """Who acts in a nominal event: "la visite de X", "sa visite", "frappe israélienne";
        with `own_words`, only what the noun phrase itself says (not a light verb's subject);
        with `requested` (a demand, an appeal), a demonym in "de X" is what is asked for;
        `framed`: the index of the event noun this frame noun holds (not searched);
        with `attended` (visits, talks), "après"/"avant" frame it too ("après sa visite,
        X …"; not "après l'attaque, X …", where X did not attack)."""
        patient = patient and not self.against(noun)  # "contre Y": the "de X" is the doer
        found = self._phrase_source(noun, reciprocal, patient, requested, framed)
        if found or own_words:
            return found
        return self._context_source(noun, patient, requested, attended)

    def _phrase_source(
        self, noun: Token, reciprocal: bool, patient: bool, requested: bool, framed: int
    ) -> list[Arg]:
        """The doer the noun phrase itself names: "entre X et Y", "par X", "de X",
        "frappe israélienne", a relative or participle clause."""
        for child in noun.children:
            if child.i == framed:
                continue
            for party in self._between_words(child) if reciprocal else []:
                both = self.at(party) + self._and_next(party)
                if len(both) > 1:
                    return both
        found = self._nested_agent(noun)  # "par X" names the doer before any "de X"
        if found:
            return found
        agent_first = sorted(noun.children, key=lambda c: self._case(c) not in self.g.agent_cases)
        for child in agent_first:  # "la condamnation de X par Y": Y acts
            case = self._case(child)
            if child.i == framed:
                continue
            if (
                child.dep_ == "nmod"
                and case in self.g.source_cases
                and (case in self.g.agent_cases or not patient)
            ):
                found = self.at(child)
                if not found and not requested:  # "l'exigence d'une médiation qatarie":
                    found = self._demonym_in([child, *child.children])  # what is asked
                if not found and self.is_trigger(child):  # "l'offre de médiation de X"
                    found = self.noun_source(child, own_words=True)
                if found:
                    return found + self.listed_after(noun, child, found)
        return self._modifier_source(noun)

    def _between_words(self, child: Token) -> list[Token]:
        """The "entre X et Y" a noun's dependent holds: itself ("un accord entre X et Y"),
        or a complement of its participle ("un cessez-le-feu conclu entre X et Y")."""
        if child.dep_ == "nmod":
            return [child] if self._case(child) in self.g.between_cases else []
        if child.dep_ != "acl" or "VerbForm=Part" not in str(child.morph):
            return []
        return [
            c
            for c in child.children
            if c.dep_.startswith("obl") and self._case(c) in self.g.between_cases
        ]

    def _modifier_source(self, noun: Token) -> list[Arg]:
        """A demonym adjective, or the subject of a relative or participle clause."""
        for child in noun.children:
            if child.dep_ == "amod" and child.norm_ in self.gaz.demonyms:
                code = self.gaz.demonyms[child.norm_]
                return [Arg(Actor(code=code, country=code), child.text, "parse")]
            if child.dep_ == "acl:relcl":
                for c in child.children:
                    if c.dep_ in SUBJ | OBJ and self.at(c):
                        return self.at(c)
            if child.dep_ == "acl":  # "une attaque perpétrée par des manifestants"
                for c in child.children:  # ("persona non grata par X": parsed as obl:arg)
                    if (c.dep_ in AGENT or self._case(c) in self.g.agent_cases) and self.at(c):
                        return self.at(c)
        return []

    def _context_source(
        self, noun: Token, patient: bool, requested: bool, attended: bool
    ) -> list[Arg]:
        """The doer the clause around the noun gives: a frame noun's, the subject of the
        verb the noun completes, the clause that a framing word opens."""
        in_state = noun.dep_.startswith("obl") and self._case(noun) in self.g.state_cases
        frame = None if _own(noun) else self._frame(noun)  # "sa visite": its own doer
        if frame is not None:  # "X a créé une commission d'enquête": X investigates
            found = self.noun_source(frame, patient=patient, requested=requested, framed=noun.i)
            if found:
                return found
        if self._case(noun) in self.g.state_cases and any(c.dep_ == "cop" for c in noun.children):
            return self.subject(noun)  # "X est en visite à Bagdad" (the noun heads the clause)
        reason = self._reason_of(noun)
        if reason:
            return reason
        if (
            in_state  # "en grève"
            or noun.dep_ in OBJ | {"obl:arg", "nsubj:pass"}
            or any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)
        ):
            head = noun.head if noun.dep_ != "ROOT" else noun
            if head.pos_ in {"VERB", "AUX"} or head.i == noun.i:
                return self.subject(head) if head.i != noun.i else []
        return self._clause_subject(
            noun, self.g.frames | self.g.sequels if attended else self.g.frames
        )

    def _reason_of(self, noun: Token) -> list[Arg]:
        """ "X a remercié Y pour son aide", "a félicité Y pour sa médiation": an event noun
        owned by a possessive and given as the reason of an act done to an actor is that
        actor's doing, not the subject's."""
        head = noun.head
        if not _own(noun) or not noun.dep_.startswith("obl") or head.pos_ != "VERB":
            return []
        if self._case(noun) not in self.g.cause_cases:
            return []
        for child in head.children:
            if child.dep_ == "obj" and child.i < noun.i:
                return self.at(child)
        return []

    def _clause_subject(self, noun: Token, frames: frozenset[str]) -> list[Arg]:
        """ "au dernier jour de sa visite, X …", "lors d'un entretien avec Y, X …", "lors
        du sommet, X …", "X a joué le rôle de médiateur": the event is the doing of the
        clause's subject (a bare "lors du sommet" only when it opens the clause)."""
        own = _own(noun)
        current, frame = noun, False
        for _ in range(3):
            head = current.head
            if head.i == current.i or current.dep_ not in NOMINAL_LINKS:
                return []
            if fold(head.lemma_) in self.g.role_nouns:
                own = True
            frame = frame or fold(head.lemma_) in frames or self._case(current) in frames
            if head.pos_ in {"VERB", "AUX"}:
                subjects = [c.i for c in head.children if c.dep_ in SUBJ]
                fronted = bool(subjects) and current.i < min(subjects)
                named = self._named_party(noun)
                return self.subject(head) if own or (frame and (named or fronted)) else []
            current = head
        return []

    def _nested_agent(self, noun: Token) -> list[Arg]:
        """The agent of a nominal event hanging off its complement: "l'expulsion de
        migrants par le Pakistan", "une frappe de drone revendiquée par les houthis"."""
        for child in noun.children:
            if (
                child.dep_ == "nmod"
                and self._case(child) in self.g.agent_cases
                and self.at(child, deep=True)
            ):
                return self.at(child, deep=True)
        for child in noun.children:  # under its "de" complement, not "une enquête sur X"
            if (
                child.dep_ != "nmod"
                or child.i < noun.i
                or self._case(child) not in self.g.nesting_cases
            ):
                continue
            for c in child.children:
                if (
                    c.dep_ == "nmod"
                    and self._case(c) in self.g.agent_cases
                    and self.at(c, deep=True)
                ):
                    return self.at(c, deep=True)
                if c.dep_ == "acl":
                    agents = [a for a in c.children if a.dep_ in AGENT]
                    if agents and self.at(agents[0]):
                        return self.at(agents[0])
        return []

    def _named_party(self, noun: Token) -> bool:
        """ "un entretien avec X", "une réunion qu'il a organisée à Y": the event noun
        names someone or somewhere of its own."""
        words = [*noun.children]
        words += [c for w in noun.children if w.dep_ in {"acl", "acl:relcl"} for c in w.children]
        return any(self._case(c) in self.g.target_cases | self.g.between_cases for c in words)

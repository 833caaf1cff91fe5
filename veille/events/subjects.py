"""Who did it and who underwent it: the source of a verbal trigger, read from the
dependency parse.

Handles active and passive voice, coordinated and fronted subjects, agents ("par X"),
control and infinitival clauses ("X a décidé d'expulser", "accuser l'Iran de fournir"),
relative clauses and participles ("X, tué par Y").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from veille.events.grammar import (
    AGENT,
    CLIMB,
    OBJ,
    PASS_SUBJ,
    SUBJ,
    Arg,
    _passive,
    _perfect,
    is_past_participle,
)
from veille.events.lookup import ActorLookup
from veille.events.members import included, listed_subject
from veille.text import fold


class SubjectArguments(ActorLookup):
    """The source and the patient of a verb."""

    if TYPE_CHECKING:  # provided by TargetArguments

        def complements(
            self, trigger: Token, mode: str, travel: bool = False, venues: bool = False
        ) -> list[Arg]: ...

    def subject(self, verb: Token, speaker: bool = False) -> list[Arg]:
        """Who did it: the subject, the agent of a passive, or a controller up the tree;
        with `speaker`, for the verb of an incise ("», a démenti le ministre"), the quote's
        speaker (the parser often reads an inverted subject as the object)."""
        for q in self.quotes if speaker else []:
            if q.verb_i == verb.i and q.actor is not None:
                text = q.quote.speaker.text if q.quote.speaker else ""
                return [Arg(q.actor, text or "", "parse")]
        current = verb
        agent = self._agent(verb)
        if agent is not None and (_passive(verb, self.g) or is_past_participle(verb)):
            return self.at(agent, deep=True)  # "reçu par X, Y a …": X did it
        for _ in range(4):
            passive = _passive(current, self.g)
            for child in _nearest_subject_first(current):
                if passive and (child.dep_ in AGENT or self._by(child)):
                    by = [c for c in child.children if self._case(c) in self.g.agent_cases]
                    return self.at(by[0] if by else child, deep=True)
                if not passive and (
                    child.dep_ in SUBJ | PASS_SUBJ or child.text.lower() in self.g.inverted_subjects
                ):
                    found = self._named_subject(current, child)
                    if found is not None:
                        return found
            listed = [] if passive else listed_subject(self, current)
            if listed:
                return listed
            if passive and current.dep_ == "xcomp" and _perfect(current, self.g):
                return []  # "dit avoir été agressée": the controller underwent it
            if current.dep_ == "acl:relcl":
                return self._noun_head(current)
            if current.dep_ == "acl" and is_past_participle(current):
                for c in current.children:  # "X, tué par Y": Y did it, X underwent it
                    if c.dep_ in AGENT:
                        return self.at(c, deep=True)
                return []
            if self._fronted_participle(current):  # "Tués par des soldats, trois civils …"
                return self.at(next(c for c in current.children if c.dep_ in AGENT), deep=True)
            if current.dep_ in {"acl", "nmod"}:
                return self._described(current)
            if current.dep_ not in CLIMB or current.head.i == current.i:
                return []
            controller = self._object_controller(current)
            if controller:
                return controller
            current = current.head
            if current.pos_ in {"NOUN", "PROPN"} and current.dep_ in OBJ | {"obl", "obl:arg"}:
                current = current.head  # "a évoqué des progrès et affirmé": conj on the noun
        return []

    def _named_subject(self, verb: Token, child: Token) -> list[Arg] | None:
        """The actors a subject names, with a fronted conjunct and listed members; None
        for a pronoun that names none (the caller looks further)."""
        found = self.at(child) or self._affiliation(child)
        found += self._fronted_conjunct(verb, child)
        found += [a for a in included(self, child) if a not in found]
        if found or child.pos_ != "PRON" or fold(child.text) in self.g.relative_subjects:
            if not found and child.dep_ in SUBJ and fold(child.text) in self.g.relative_subjects:
                return self._noun_head(verb)
            return found
        return None

    def _described(self, clause: Token) -> list[Arg]:
        """The doer of a clause or complement hung on a noun: the noun's actor, else its
        purpose complement."""
        noun = clause.head
        if self._purpose(clause) and noun.dep_ in OBJ and noun.head.pos_ == "VERB":
            return self.subject(noun.head)  # "a convoqué l'ambassadeur pour protester"
        head_args = self.at(noun)
        if head_args:
            return head_args
        for c in clause.head.children:
            if c.dep_ in {"nmod", "obl"} and any(
                fold(x.text) in self.g.purpose_cases for x in c.children if x.dep_ == "case"
            ):
                return self.at(c)
        return []

    def _agent(self, verb: Token) -> Token | None:
        """The "par X" of a passive or participle, also when the parser hung it on a
        complement of time ("convoqué lundi par X")."""
        for child in verb.children:
            if child.dep_ in AGENT:
                return child
        for child in verb.children:
            if child.dep_ in {"obl:mod", "obl", "nmod"}:
                found = next((c for c in child.children if c.dep_ in AGENT), None)
                if found is not None:
                    return found
        return None

    def _affiliation(self, noun: Token) -> list[Arg]:
        """ "le candidat des Frères musulmans", "Navi Pillay, haute-commissaire des Nations
        unies": a person described by who they belong to."""
        if noun.pos_ == "PROPN":
            for appos in noun.children:
                if appos.dep_ == "appos":
                    found = self.at(appos) or self._affiliation_of(appos)
                    if found:
                        return found
            return []
        if noun.pos_ != "NOUN":
            return []
        return self._affiliation_of(noun) or self._demonym_in(list(noun.children))

    def _affiliation_of(self, noun: Token) -> list[Arg]:
        """The actor in a noun's "de X" complement, through quantities ("des dizaines de
        milliers d'Israéliens")."""
        for child in noun.children:
            if (
                child.dep_ == "nmod"
                and self._case(child) in self.g.source_cases - self.g.agent_cases
            ):
                found = self.at(child)
                if not found and fold(child.lemma_) in self.quantities:
                    found = self._affiliation_of(child)
                if found:
                    return found
        return []

    def _fronted_conjunct(self, verb: Token, subject: Token) -> list[Arg]:
        """ "Washington et Londres ont imposé …" parsed with the verb as a conjunct of the
        first name: that name is a subject too."""
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ not in {"PROPN", "NOUN"} or head.i > subject.i:
            return []
        if not any(t.dep_ == "cc" for t in self.doc[head.i : subject.i]):
            return []
        return self.at(head)

    def _object_controller(self, clause: Token) -> list[Arg]:
        """ "accuser l'Iran de fournir", "demander à l'Allemagne de livrer": the object
        of the governing verb does what the infinitive says."""
        if clause.dep_ not in {"xcomp", "advcl", "ccomp"} or clause.pos_ != "VERB":
            return []
        if self._purpose(clause):
            return []  # "X a reçu Y pour discuter": X's purpose (subject control)
        verb = clause.head
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        for child in verb.children:
            if (
                child.dep_ == "obj" or (passive and child.dep_ in PASS_SUBJ)
            ) and child.i < clause.i:
                return self.at(child)
            if (
                fold(verb.lemma_) in self.object_control
                and self._case(child) in self.g.dative_cases
            ):
                found = self.at(child)
                if found:
                    return found
        return []

    def _purpose(self, clause: Token) -> bool:
        """An infinitive of purpose ("pour protester", "afin de négocier")."""
        return "VerbForm=Inf" in str(clause.morph) and any(
            c.dep_ == "mark" and fold(c.text) in self.g.purpose_marks for c in clause.children
        )

    def _noun_head(self, verb: Token) -> list[Arg]:
        return self.at(verb.head)

    def _fronted_participle(self, verb: Token) -> bool:
        """ "Enlevés par des jihadistes, deux humanitaires …": a participle without an
        auxiliary, with its agent, opening the sentence."""
        kids = list(verb.children)
        return (
            (verb.dep_ in {"advcl", "ROOT"} or bool(verb.is_sent_start))
            and is_past_participle(verb)
            and any(c.dep_ in AGENT for c in kids)
            and not any(c.dep_.startswith("aux") for c in kids)
        )

    def passive_subject(self, verb: Token) -> list[Arg]:
        """Who underwent it: the subject of a passive, or the noun a participle describes."""
        if verb.dep_ == "acl" and is_past_participle(verb):
            found = self.at(verb.head)
            if (
                not found and verb.head.dep_ in SUBJ | PASS_SUBJ
            ):  # "des obus tirés par X sont tombés sur Y"
                found = self.complements(verb.head.head, "obl")
            return found
        if verb.dep_ != "ROOT" and self._fronted_participle(verb):
            for child in verb.head.children:
                if child.dep_ in SUBJ | PASS_SUBJ:
                    return self.at(child, deep=True)
        bare = not any(c.dep_.startswith("aux") for c in verb.children)
        if verb.dep_ == "advcl" and bare and is_past_participle(verb) and self._agent(verb):
            return self.subject(verb.head)  # "reçu par X, Y a plaidé": Y was received
        if not _passive(verb, self.g):
            return []
        for child in verb.children:
            if child.dep_ in PASS_SUBJ or child.dep_ == "nsubj":
                return self.at(child, deep=True)
        if verb.dep_ == "xcomp" and _perfect(verb, self.g):  # "elle affirme avoir été agressée"
            return self.subject(verb.head)
        return []

    def _by(self, tok: Token) -> bool:
        """ "a été assassiné par Israël" parsed as an adjunct, or hung off one ("bombardée
        cette nuit par des drones", "accordée à la Tunisie par l'UE"): "par X" is still
        the agent."""
        if tok.dep_ not in {"obl", "obl:mod", "obl:arg", "obj"}:
            return False
        if self._case(tok) in self.g.agent_cases:
            return True
        if self._case(tok) not in {"", *self.g.state_cases, *self.g.dative_cases}:
            return False  # a bare, "en" or "à" adjunct: "cette nuit", "accordée à X par Y"
        return any(c.dep_ == "nmod" and self._case(c) in self.g.agent_cases for c in tok.children)


def _nearest_subject_first(verb: Token) -> list[Token]:
    """The verb's children, its subjects nearest first: of two subjects the parser hung
    on one verb ("Au Mali, dernière étape de sa tournée, le ministre a rencontré …"),
    the one set off before the other is a detached phrase, not the doer."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJ and c.i < verb.i]
    if len(subjects) < 2:
        return children
    doc = verb.doc
    between = doc[subjects[0].i + 1 : subjects[-1].i]
    if any(t.pos_ == "CCONJ" for t in between):
        return children  # "X, son ministre, et Y, son homologue, se sont engagés": both
    rest = [c for c in children if c not in subjects]
    return sorted(subjects, key=lambda c: -c.i) + rest

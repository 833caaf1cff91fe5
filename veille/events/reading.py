"""A trigger's sources and targets read from the parse, with the rule that found each."""

from __future__ import annotations

from spacy.tokens import Token

from veille.events.arguments import ArgumentFinder
from veille.events.control import governed_act, misparsed_subject
from veille.events.grammar import Arg
from veille.events.lexicon import TriggerLexicon
from veille.events.meetings import MEDIATE, MEET, between, parties
from veille.events.rules import (
    CONFLICT_ROOTS,
    CROWD_ROOTS,
    MUTUAL_CODES,
    NOUN_POS,
    PATIENT_CODES,
    REACTION_DEPS,
    REACTION_ROOTS,
    REQUEST_ROOTS,
    TRAVEL_CODES,
    VERB_POS,
    distinct,
    verb_as_noun,
)
from veille.resources import Resources
from veille.schemas import TriggerRow
from veille.settings import Settings
from veille.text import fold


class ArgumentReader(TriggerLexicon):
    """The trigger table, and the arguments of each trigger."""

    def __init__(self, res: Resources, settings: Settings) -> None:
        super().__init__(res, settings)
        self.receiving = {fold(v) for v in res.lang.cues.receiving_verbs}
        self.domestic = tuple(settings["events.domestic_roots"])
        self.reciprocal_roots = set(settings["events.reciprocal_roots"])

    def _governed_targets(
        self, token: Token, sources: list[Arg], finder: ArgumentFinder
    ) -> list[Arg]:
        """The targets of the act a promise, threat, demand or refusal is about."""
        act = governed_act(token, lambda t: self._trigger(t) is not None, self.grammar)
        row = self._trigger(act) if act is not None else None
        if act is None or row is None:
            return []
        code, _, mode, _ = self._refine(act, row)
        if code is None:
            return []
        targets = self._arguments(act, row, code, mode, finder)[2]
        return [t for t in targets if all(distinct(s, t) for s in sources)]

    def _arguments(
        self, token: Token, row: TriggerRow, code: str, mode: str, finder: ArgumentFinder
    ) -> tuple[list[Arg], str, list[Arg], str]:
        """Sources and targets read from the parse, with the rule that found each."""
        noun = token.pos_ in NOUN_POS and not verb_as_noun(token, self.grammar)
        if noun and row.pos != "NOUN" and not any(c.dep_ == "cop" for c in token.children):
            noun = False  # "a téléphoné" tagged as a noun is read as the verb
        patient = undergone(row, code)  # "l'assassinat de X": X underwent it
        sources, s_rule = self._sources(token, row, code, noun, finder)
        if noun and token.dep_ == "obj" and fold(token.head.lemma_) in self.receiving:
            # "X a obtenu la levée des sanctions américaines": the US eases for X
            sources = finder.noun_source(token, own_words=True, patient=patient)
            targets, t_rule = finder.subject(token.head), "receiver"
            return sources, "noun", targets, t_rule if targets else "none"
        targets, t_rule = self._targets(token, (code, patient), mode, noun, sources, finder)
        subject = misparsed_subject(token, self.grammar) if not sources else None
        if subject is not None:  # "L'ONU menace de retirer …" read as an adjective
            sources, s_rule = finder.at(subject), "subject"
        if not targets and code[:2] in REACTION_ROOTS:
            targets, t_rule = self._reacted_to(token, code, sources, finder), "reaction"
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        if not sources and noun and code[:2] in CROWD_ROOTS:
            sources, s_rule = finder.place(token), "place"  # "des émeutes ont éclaté à Dakar"
        if not sources and passive and code.startswith(self.domestic):
            sources, s_rule = finder.place(token), "place"  # "deux soldats ont été tués"
        return sources, s_rule, targets, t_rule if targets else "none"

    def _sources(
        self, token: Token, row: TriggerRow, code: str, noun: bool, finder: ArgumentFinder
    ) -> tuple[list[Arg], str]:
        """Who did it: the doer of an event noun, else the verb's subject (the speaker of an
        incise that is an act), a noun-tagged participle's doer, a passive's subject."""
        mediate = code[:3] == MEDIATE  # "médiateur entre X et Y": X and Y are its targets
        reciprocal = code[:2] in self.reciprocal_roots and not mediate
        patient = undergone(row, code)
        if noun:
            requested = code[:2] in REQUEST_ROOTS
            attended = code[:2] == MEET[:2]
            found = finder.noun_source(
                token, reciprocal, patient=patient, requested=requested, attended=attended
            )
            return found, "noun"
        # "», a démenti le ministre": a 01 incise with its own code acts through the speaker
        speaker = code[:2] == "01" and fold(token.lemma_) not in self.neutral_speech
        sources, s_rule = finder.subject(token, speaker=speaker), "subject"
        if not sources and token.pos_ in NOUN_POS:  # "Sanctionnée par X, …" tagged a noun
            sources, s_rule = finder.noun_source(token, patient=patient), "noun"
        if not sources and (row.passive or row.governs):  # "X est attendu à Y": X comes
            sources, s_rule = finder.passive_subject(token), "passive"
        return sources, s_rule

    def _targets(
        self,
        token: Token,
        coded: tuple[str, bool],
        mode: str,
        noun: bool,
        sources: list[Arg],
        finder: ArgumentFinder,
    ) -> tuple[list[Arg], str]:
        """To whom: a passive's subject for a conflict, the parties of a mediation, the
        complements (not a venue), what an event noun opposes or names, what a clause says;
        `coded`: the code, and whether its noun's "de" complement underwent it."""
        code, patient = coded
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        undergoes = passive and mode != "none" and code[:2] >= CONFLICT_ROOTS
        targets, t_rule = (finder.passive_subject(token) if undergoes else []), "passive"
        travel = code[:3] in TRAVEL_CODES
        # "se réunir à Genève", "signer un accord à Washington": a place, not a party
        venues = (code[:2] == MEET[:2] or code[:3] in MUTUAL_CODES) and not travel
        if not targets and code[:3] == MEDIATE:
            targets, t_rule = between(finder, token) or parties(finder, token), "between"
        if not targets:  # "X a été sanctionné": X underwent it
            targets = finder.complements(token, mode, travel=travel, venues=venues)
            t_rule = "object"
        if noun and not targets:
            targets, t_rule = finder.opposed(token), "noun"  # "une manifestation anti-X"
        if noun and not targets and patient:
            targets, t_rule = finder.noun_patient(token), "patient"
        if noun and not targets and mode != "none":
            targets, t_rule = finder.noun_complements(token, sources, venues=venues), "noun"
        if token.pos_ in VERB_POS and not targets and mode != "none":
            targets, t_rule = finder.passive_subject(token), "passive"
            if not targets:
                targets, t_rule = finder.content_target(token, mode), "content"
        return targets, t_rule

    def _reacted_to(
        self, token: Token, code: str, sources: list[Arg], finder: ArgumentFinder
    ) -> list[Arg]:
        """A statement or criticism of an event ("la condamnation de l'essai nord-coréen",
        "son inquiétude après le tir d'un missile nord-coréen") targets who did it; a
        criticism or rejection of a decision ("sa déception après la décision américaine",
        cues.yaml `act_nouns`) who took it."""
        words = list(token.children)
        if token.dep_ in {"obj", "obl:arg"}:  # "fait part de son inquiétude après …"
            words += [c for c in token.head.children if c.i != token.i]
        for child in words:
            act = code[:2] in DISAPPROVAL_ROOTS and fold(child.lemma_) in self.act_nouns
            if child.dep_ not in REACTION_DEPS or (self._trigger(child) is None and not act):
                continue
            found = finder.noun_source(child, own_words=True)
            found = [f for f in found if all(distinct(s, f) for s in sources)]
            if found:
                return found
        return []


DISAPPROVAL_ROOTS = {"11", "12"}  # a decision disapproved of or rejected targets its maker


def undergone(row: TriggerRow, code: str) -> bool:
    """An event done to its noun's "de" complement ("l'expulsion de X": X is expelled),
    by its code or by its trigger's own code: a refinement keeps the reading ("l'expulsion
    de diplomates" is coded 161, yet the diplomats are still the expelled)."""
    return code.startswith(PATIENT_CODES) or row.code.startswith(PATIENT_CODES)

"""The grammar the argument finders read: dependency labels, the small predicates on
tokens they share, and `Arg`, one resolved argument.

The labels are Universal Dependencies (every model's labels are mapped to them by
`veille/lang/<code>/labels.yaml`); the words of a language (case words, pronouns) are in
its `grammar.yaml`, read as `veille.lang.grammar.Grammar`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from veille.actors.mentions import Mention
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

SUBJ = {"nsubj", "expl:subj"}
PASS_SUBJ = {"nsubj:pass"}
AGENT = {"obl:agent"}
OBJ = {"obj", "iobj"}
OBL = {"obl", "obl:arg", "obl:mod", "nmod", "iobj"}
APPOSED = {"appos", "conj", "flat:name", "nmod"}  # "dans la capitale, Damas"; "à Alep et Homs"
CLAUSES = {"acl:relcl", "ccomp", "acl", "advcl", "conj", "parataxis", "punct", "cc"}
CLIMB = {"xcomp", "conj", "advcl", "ccomp"}
NOMINAL_LINKS = {"nmod", "obl", "obl:arg", "obl:mod", "advmod", "obj"}


def _own(noun: Token) -> bool:
    """ "ses forces", "leurs troupes": a possessive marks the subject's own people."""
    return any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)


def _passive(verb: Token, g: Grammar) -> bool:
    """ "a été reçu" is passive; "se sont rassemblés" (parsed with être) is not."""
    kids = list(verb.children)
    reflexive = any(c.dep_.startswith("expl") or c.lower_ in g.reflexive_clitics for c in kids)
    deps = {c.dep_ for c in kids}
    agentive = {"nsubj:pass", "obl:agent"} <= deps  # "a été assiégée par" with "été" as cop
    bare = is_past_participle(verb) and any(c.dep_ in AGENT for c in kids)  # "accusé par X"
    active = "nsubj" in deps  # "est arrivé": être, but an active subject
    if fold(verb.lemma_) in g.being_verbs and not deps & AGENT:
        active = True  # "le ministre est arrivé" tagged a passive: être is its tense
    return ("aux:pass" in deps or agentive or bare) and not reflexive and not active


def _perfect(verb: Token, g: Grammar) -> bool:
    """ "avoir été agressée": a perfect infinitive (what the speaker says happened)."""
    return any(c.dep_ == "aux:tense" and fold(c.text) in g.perfect_auxiliary for c in verb.children)


def _wider(m: Mention, old: Mention) -> bool:
    """A longer mention wins a token; on the same words "les deux dirigeants" read as the
    pair of actors named before wins over a guess of one actor."""
    if m.end - m.start != old.end - old.start:
        return m.end - m.start > old.end - old.start
    return bool(m.members) and not old.members


def is_past_participle(tok: Token) -> bool:
    """ "tué", "accueilli": a past participle used without an auxiliary."""
    morph = str(tok.morph)
    return "VerbForm=Part" in morph and "Tense=Pres" not in morph


@dataclass(frozen=True)
class Arg:
    """One resolved argument: the actor and the words that named it."""

    actor: Actor
    text: str
    via: str  # parse | context
    span: tuple[int, int] = (0, 0)  # tokens of the mention

"""Actors named in a list: the members a noun phrase lists ("plusieurs pays, dont la
France et l'Allemagne, ont condamné …", grammar.yaml `inclusion_words`), countries listed
as an apposition ("l'Espagne, le Chili et l'Argentine"), and every giver a receiving verb
names ("a reçu les critiques de X, de Y et de Z"): each of them did the act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from veille.events.grammar import OBJ, PASS_SUBJ, SUBJ, Arg
from veille.text import fold

if TYPE_CHECKING:
    from veille.events.arguments import ArgumentFinder
    from veille.events.lookup import ActorLookup

LIST_DEPS = {"acl:relcl", "nmod", "appos"}  # how the parser hangs "dont X" on the noun


def included(finder: ActorLookup, noun: Token) -> list[Arg]:
    """The members a noun lists ("plusieurs pays, dont la France"): a verbless
    complement opened by an inclusion word, with its conjuncts."""
    for child in noun.children:
        if (
            child.dep_ in LIST_DEPS
            and child.pos_ in {"NOUN", "PROPN"}
            and any(fold(c.text) in finder.g.inclusion_words for c in child.children)
        ):
            return finder.at(child)
    return []


def listed_subject(finder: ActorLookup, verb: Token) -> list[Arg]:
    """ "De nombreux pays, dont le Brésil, ont critiqué …" when the parser made the
    subject a bare adjunct before the verb: the members it lists."""
    if any(c.dep_ in SUBJ | PASS_SUBJ for c in verb.children):
        return []
    for child in verb.children:
        bare = not any(c.dep_ == "case" for c in child.children)
        if child.i < verb.i and child.dep_ == "obl:mod" and child.pos_ == "NOUN" and bare:
            return included(finder, child)
    return []


def places(args: list[Arg]) -> bool:
    """Countries or regions named as such (not their governments nor people)."""
    return bool(args) and all(a.actor.code == a.actor.country for a in args)


def listed_names(finder: ActorLookup, appos: Token, deep: bool) -> list[Arg]:
    """ "l'Espagne, le Chili et l'Argentine" read as an apposition: one country is no
    apposition of another, so the names are a list (with their conjuncts)."""
    found = finder._one(appos, deep)
    if not places(found):
        return []
    for conj in appos.children:
        if conj.dep_ == "conj" and conj.pos_ == "PROPN":
            found += [a for a in finder._one(conj, deep) if places([a]) and a not in found]
    return found


def givers(finder: ArgumentFinder, trigger: Token) -> list[Arg]:
    """Who gave what a receiving verb's object names: its "de" complement, with the names
    listed after it ("a reçu les critiques de X, de Y et de Z")."""
    for obj in (c for c in trigger.children if c.dep_ in OBJ and c.pos_ == "NOUN"):
        for child in obj.children:
            if child.dep_ == "nmod" and finder.case(child) in finder.g.of_cases:
                found = finder.at(child)
                if found:
                    return found + finder.listed_after(obj, child, found)
    return []

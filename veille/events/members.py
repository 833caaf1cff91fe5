"""Actors a noun phrase lists as its members: "plusieurs pays, dont la France et
l'Allemagne, ont condamné …" — each member named after an inclusion word (grammar.yaml
`inclusion_words`) did the act too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from veille.events.grammar import PASS_SUBJ, SUBJ, Arg
from veille.text import fold

if TYPE_CHECKING:
    from veille.events.arguments import ArgumentFinder

LIST_DEPS = {"acl:relcl", "nmod", "appos"}  # how the parser hangs "dont X" on the noun


def included(finder: ArgumentFinder, noun: Token) -> list[Arg]:
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


def listed_subject(finder: ArgumentFinder, verb: Token) -> list[Arg]:
    """ "De nombreux pays, dont le Brésil, ont critiqué …" when the parser made the
    subject a bare adjunct before the verb: the members it lists."""
    if any(c.dep_ in SUBJ | PASS_SUBJ for c in verb.children):
        return []
    for child in verb.children:
        bare = not any(c.dep_ == "case" for c in child.children)
        if child.i < verb.i and child.dep_ == "obl:mod" and child.pos_ == "NOUN" and bare:
            return included(finder, child)
    return []

"""Acts that another act governs: "menace de sanctionner X", "refuse de livrer des armes à
X", "promet une aide à X", "exige le retrait des troupes de X".

A promise, an offer, a threat, a demand or a refusal names the act it is about. That act
did not happen (it is promised, threatened, demanded or refused): it is not an event of its
own, it tells the governing act what it is about (its refinement), and its target is the
governing act's target when the governing act names none itself ("l'Algérie menace de
rompre ses relations avec le Maroc": Algeria threatens Morocco).

The parser also reads a present-tense "X menace de …" as an adjective of X with the
infinitive hung on X: `governing_predicate` recognises that shape, so that X is the source.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from veille.events.rules import NOUN_POS, VERB_POS, infinitive_clause, infinitive_mark
from veille.lang.grammar import Grammar
from veille.text import fold

# Roots of the acts that govern another act: appeal (02), express intent (03), demand (10), reject
# (12), threaten (13). A refused act stays an event of its own, negated ("a refusé de
# négocier"): refusal does not take its act out, the others do.
GOVERNING_ROOTS = {"02", "03", "10", "12", "13"}
REMOVING_ROOTS = {"02", "03", "10", "13"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "acl"}
NOUN_DEPS = {"obj", "nmod", "obl:arg"}


def _clause(child: Token, g: Grammar) -> bool:
    """An infinitive the act governs: "de sanctionner", "à réformer"."""
    if child.dep_ == "xcomp" and child.pos_ in VERB_POS:
        return "VerbForm=Inf" in str(child.morph)
    return infinitive_clause(child) or (child.dep_ in CLAUSE_DEPS and infinitive_mark(child, g))


def governs_clause(token: Token, g: Grammar) -> bool:
    """The word heads an infinitive it governs: "disposé à négocier", "veut rencontrer"."""
    return any(_clause(child, g) for child in token.children)


def misparsed_subject(token: Token, g: Grammar) -> Token | None:
    """ "L'ONU menace de retirer …" read as an adjective (or a noun) of "ONU" with the
    infinitive hung on "ONU": the noun is the act's subject."""
    head = token.head
    if token.dep_ != "amod" or head.i >= token.i or head.pos_ not in {"PROPN", "NOUN"}:
        return None
    if any(c.dep_ == "acl" and c.i > token.i and _clause(c, g) for c in head.children):
        return head
    return None


def governed_act(token: Token, is_trigger: Callable[[Token], bool], g: Grammar) -> Token | None:
    """The act a trigger governs: its infinitive complement, the event noun it takes as
    object or "de" complement ("promet une aide", "la menace de sanctions"), or the act of
    its "que" clause ("a prévenu que son pays riposterait à toute attaque")."""
    children = list(token.children)
    subject = misparsed_subject(token, g)
    if subject is not None:
        children += [c for c in subject.children if c.dep_ == "acl" and c.i > token.i]
    for child in children:
        if _clause(child, g) and is_trigger(child):
            return child
    for child in children:
        if child.dep_ in NOUN_DEPS and child.pos_ in NOUN_POS and is_trigger(child):
            return child
    for child in children:  # "a prévenu que son pays riposterait à toute attaque"
        if child.dep_ == "ccomp" and child.pos_ in VERB_POS and is_trigger(child):
            return child
    return None


def governor(token: Token, is_trigger: Callable[[Token], bool], g: Grammar) -> Token | None:
    """The trigger that governs this one, if any."""
    head = token.head
    if head.i == token.i:
        return None
    candidates = [head]
    if token.dep_ == "acl":  # "L'ONU menace de retirer": the act hangs on the subject
        candidates += [c for c in head.children if c.dep_ == "amod" and c.i < token.i]
    for cand in candidates:
        act = governed_act(cand, is_trigger, g) if is_trigger(cand) else None
        if act is not None and act.i == token.i:
            return cand
    return None


def governed_words(token: Token, is_trigger: Callable[[Token], bool], g: Grammar) -> set[str]:
    """The lemmas of the governed act's words (for the refinements of the governing act,
    when the parser did not make them its complement)."""
    act = governed_act(token, is_trigger, g)
    if act is None or act.head.i == token.i:
        return set()
    return {fold(t.lemma_) for t in act.subtree}

"""Sentences and clauses of an English spaCy parse, as the dictionary coder needs them.

Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentences ended by `.`, `!` or `?` (the parser also splits where a parse fails)."""
    found: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if token.text in (".", "!", "?") and token.i + 1 < len(doc):
            found.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        found.append((start, len(doc)))
    return found


def governs(head: Token, verb: Token) -> bool:
    """Whether `verb` depends on `head` other than as reported speech (`said that ...`):
    no clausal complement (`ccomp`) between them."""
    token = verb
    for _ in range(16):
        if token.i == head.i:
            return True
        if token.dep_ == "ccomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def chain_head(verb: Token) -> Token:
    """The verb that governs a chain of complements (`is` of `is about to restore`)."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_end(verb: Token, sentence_end: int) -> int:
    """Where the verb's clause ends: its subtree, without a following coordinated verb;
    up to the end of the sentence when the parse broke off right after it."""
    end = verb.right_edge.i + 1
    if end < sentence_end and verb.doc[end].is_sent_start:
        end = sentence_end
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
            end = min(end, child.left_edge.i)
    return end

"""Sentence lookups computed once per Doc (`Token.sent` scans the doc at every call)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

KEY = "veille_sent_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token index, the (start, end) of its sentence."""
    cached = doc.user_data.get(KEY)
    if cached is None or len(cached) != len(doc):
        cached = []
        for sent in doc.sents:
            cached.extend([(sent.start, sent.end)] * len(sent))
        doc.user_data[KEY] = cached
    return cached


def sentence(doc: Doc, i: int) -> Span:
    """The sentence of token `i`."""
    start, end = sentence_bounds(doc)[i]
    return doc[start:end]

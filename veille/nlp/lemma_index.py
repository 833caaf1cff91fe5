"""Cheap lemma look-ups: the French rule lemmatizer tests `form in index` against a list of
tens of thousands of words for every new (word, part of speech) pair; a hashed index answers
the same question at once. The lemmas are unchanged: only membership is asked of the index.

The index stays a list (an `IndexList`, a list with a hashed `in`), so that the pipeline
can still be saved with `nlp.to_disk`; the `veille_lemma_index` component hashes the table
again whenever the lemmatizer's tables are read back from disk (`spacy.load`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

INDEX_TABLE = "lemma_index"


class IndexList(list[str]):
    """A list of words whose `in` is a set look-up (it is never changed after it is made)."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set

    def __reduce__(self) -> tuple[type[IndexList], tuple[list[str]]]:
        return (IndexList, (list(self),))


def hash_lemma_index(nlp: Language) -> int:
    """Turn the list values of the lemmatizer's `lemma_index` table into `IndexList`s;
    return how many were converted (0 when the pipeline has no such table)."""
    if "lemmatizer" not in nlp.pipe_names:
        return 0
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(INDEX_TABLE):
        return 0
    table = lookups.get_table(INDEX_TABLE)
    converted = 0
    for key in list(table.keys()):
        value = table[key]
        if isinstance(value, list) and not isinstance(value, IndexList):
            table[key] = IndexList(value)
            converted += 1
    return converted


class LemmaIndex:
    """Changes no Doc: hashes the lemmatizer's index when it is made and when the pipeline
    is read from disk (after the lemmatizer, which comes before it)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        hash_lemma_index(nlp)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the index is the lemmatizer's."""

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaIndex:
        hash_lemma_index(self.nlp)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LemmaIndex:
        hash_lemma_index(self.nlp)
        return self


@Language.factory("veille_lemma_index")
def make_lemma_index(nlp: Language, name: str) -> LemmaIndex:
    """Create the component that keeps the lemmatizer's index hashed."""
    return LemmaIndex(nlp)


__all__ = ["IndexList", "LemmaIndex", "hash_lemma_index"]

"""Cheap lemma look-ups: the French rule lemmatizer tests `form in index` against a list of
tens of thousands of words for every new (word, part of speech) pair; a frozenset answers
the same question at once. The lemmas are unchanged: only membership is asked of the index.
"""

from __future__ import annotations

from spacy.language import Language

INDEX_TABLE = "lemma_index"


def hash_lemma_index(nlp: Language) -> int:
    """Turn the list values of the lemmatizer's `lemma_index` table into frozensets;
    return how many were converted (0 when the pipeline has no such table).

    The pipeline is for coding only afterwards: spaCy cannot serialise a set back to disk.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return 0
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(INDEX_TABLE):
        return 0
    table = lookups.get_table(INDEX_TABLE)
    converted = 0
    for key in list(table.keys()):
        value = table[key]
        if isinstance(value, list):
            table[key] = frozenset(value)
            converted += 1
    return converted

"""Tokenizer additions read from language data: a civility glued to the name it precedes
("M.Ma") is split off, as if a space followed it, so that the name is a word of
its own for the NER, the gazetteer and quote attribution; hyphenated nouns that the
tokenizer would cut ("état-major") are kept whole."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex

UPPER = "A-ZÀ-ÖØ-Þ"  # an uppercase letter starts the glued name


def split_glued_civilities(nlp: Language, civilities: list[str]) -> None:
    """Add a tokenizer prefix for each civility that ends in a full stop ("M.", "MM.")."""
    dotted = sorted({c[:-1] for c in civilities if c.endswith(".")}, key=len, reverse=True)
    if not dotted:
        return
    alternatives = "|".join(re.escape(c) for c in dotted)
    glued = rf"(?:{alternatives})\.(?=[{UPPER}])"
    prefixes = [*(nlp.Defaults.prefixes or []), glued]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def keep_whole(nlp: Language, words: list[str]) -> None:
    """Hyphenated words the tokenizer would split ("état-major"), kept whole, as written
    and capitalised, so that the parser reads one noun."""
    tokenizer: Tokenizer = nlp.tokenizer
    for word in words:
        for form in {word, word[:1].upper() + word[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])

"""Which language an article is in, when it does not say: py3langid, an offline identifier
(a naive Bayes model over byte n-grams of 97 languages, shipped inside its wheel; numpy only).

The model is read once per process, on first use (about 0.3 s). Only the opening of a long
text is read: news states its language in its first paragraphs. A text too short or too
mixed to tell (the best language below `MIN_PROBABILITY`) is in the `fallback` language.
"""

from __future__ import annotations

import functools
from typing import Any

SAMPLE_CHARS = 3000  # the opening read of a long text
MIN_LETTERS = 20  # fewer letters than this: not enough to tell
MIN_PROBABILITY = 0.5  # below this the guess is not trusted


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess(text: str) -> tuple[str, float]:
    """The most likely language of `text` (ISO 639-1 code where one exists) and its
    probability (0 to 1)."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "und", 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def detect(text: str, fallback: str) -> str:
    """The language of `text`, or `fallback` when the text is too short or too mixed to
    tell. The answer may be a language veille has no folder for."""
    code, probability = guess(text)
    return code if probability >= MIN_PROBABILITY else fallback

"""Text utilities every stage shares (language-neutral, no spaCy)."""

from __future__ import annotations

import functools
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, without accents, one apostrophe: the key every lookup uses."""
    text = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).lower())
    return "".join(c for c in text if not unicodedata.combining(c))

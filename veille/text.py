"""Text utilities every stage shares (language-neutral, no spaCy)."""

from __future__ import annotations

import functools
import unicodedata
from urllib.parse import urlsplit

LINK_SCHEMES = {"http", "https"}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, without accents, one apostrophe: the key every lookup uses."""
    text = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def safe_link(url: str | None) -> str | None:
    """`url` if it is an http(s) URL with a host (a link may point there), else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None

"""Text utilities every stage shares (language-neutral, no spaCy)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
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


def pieces(text: str, size: int) -> Iterator[str]:
    """`text` in consecutive pieces of about `size` characters, each cut right after a
    space or a line end (never inside a word; a word longer than `size` is not cut), so
    that a long text can be read a piece at a time."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut <= start:  # a word longer than the piece: cut after it
                ahead = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
                cut = min(ahead, default=len(text) - 1)
            end = cut + 1
        yield text[start:end]
        start = end

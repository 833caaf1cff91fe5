"""The content hash that recognises an article already stored, however it was re-encoded."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from veille.text import pieces
from veille.types import Article

HASH_PIECE = 1_000_000  # characters of text normalised at a time for its content hash
_SPACES = re.compile(r"\s+")


def content_hash(article: Article) -> str:
    """sha256 of the article's date and its text with Unicode and whitespace normalised.

    Args:
        article: the article as read.

    Returns:
        64 hex digits; the same text re-encoded, re-wrapped or re-indented hashes the same.
    """
    digest = hashlib.sha256(f"{article.date or ''}\n".encode())
    started = pending = False  # any text hashed yet; a space owed before the next text
    for piece in pieces(article.text, HASH_PIECE):  # a long text is never copied whole
        norm = _SPACES.sub(" ", unicodedata.normalize("NFC", piece))
        core = norm.strip(" ")
        if not core:
            pending = pending or (started and bool(norm))
            continue
        if started and (pending or norm[0] == " "):
            digest.update(b" ")
        digest.update(core.encode("utf-8"))
        started, pending = True, norm[-1] == " "
    return digest.hexdigest()

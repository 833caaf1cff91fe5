"""Near-duplicate articles: MinHash signatures, LSH band keys and the test of one story.

The same wire story in several outlets (light edits, another headline, cut at another
length) shares most of its 3-word shingles. Each article long enough gets a MinHash
signature (datasketch, `stories.num_perm` permutations) of the shingles of its normalised
text; the signature is cut into bands of `stories.band_rows` values, and two articles that
share a band key are candidates. The signatures' estimates sort out the plausible candidates;
one is the same story when the Jaccard similarity of the two shingle sets (computed exactly)
reaches `stories.threshold`, or when that share of the shorter text is in the longer one
(`stories.containment`: a copy cut shorter). Storing and linking live in
`veille.store.stories`; this module is pure computation.

Docs: docs/stories.md
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

from veille.settings import Settings
from veille.text import pieces

SCHEME = "affine32"  # datasketch's hashing scheme; 32-bit values, stored as uint32
SEED = 1
_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
SLACK = 0.15  # how far below a threshold an estimate may be and still be checked exactly
Shingles = np.ndarray[Any, np.dtype[np.uint64]]
_WORD_HASHES: dict[str, int] = {}
_WORD_CACHE_SIZE = 500_000
TEXT_PIECE = 1_000_000  # characters of text turned into words at a time
SKETCH_SLICE = 20_000  # shingles per MinHash update


@dataclass(frozen=True)
class StoryParams:
    """The `stories.*` settings. `num_perm`, `shingle_words` and `band_rows` shape what is
    stored (signatures and band keys) and must not change for a database; the others may."""

    num_perm: int = 128
    shingle_words: int = 3
    band_rows: int = 3
    threshold: float = 0.6
    containment: float = 0.8
    min_words: int = 40

    @classmethod
    def from_settings(cls, settings: Settings) -> StoryParams:
        return cls(**{name: settings[f"stories.{name}"] for name in cls.__dataclass_fields__})

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows

    def layout(self) -> str:
        """What stored signatures and band keys depend on, as one comparable string."""
        return (
            f"minhash {SCHEME} crc32 seed={SEED} num_perm={self.num_perm} "
            f"shingle_words={self.shingle_words} band_rows={self.band_rows}"
        )


@dataclass(frozen=True)
class Signature:
    """An article's MinHash values (uint32) and its number of distinct shingles."""

    values: np.ndarray[Any, np.dtype[np.uint32]]
    shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), shingles)


def words(text: str) -> list[str]:
    """The words of `text` in lower case without accents (punctuation and spacing vanish)."""
    plain = _MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))
    return _WORD.findall(plain)


@cache
def _template(num_perm: int) -> MinHash:
    return MinHash(num_perm, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)


def _word_hashes(tokens: list[str]) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """CRC-32 of each word, memoised across articles (news vocabulary repeats)."""
    cache = _WORD_HASHES
    try:
        codes = [cache[w] for w in tokens]
    except KeyError:
        if len(cache) > _WORD_CACHE_SIZE:
            cache.clear()
        for word in set(tokens).difference(cache):
            cache[word] = zlib.crc32(word.encode("utf-8"))
        codes = [cache[w] for w in tokens]
    return np.array(codes, dtype=np.uint64)


def shingle_hashes(tokens: list[str], size: int) -> Shingles:
    """32-bit hashes of the distinct runs of `size` words (order-sensitive), sorted."""
    if len(tokens) < size:
        return np.zeros(0, dtype=np.uint64)
    return np.unique(_mix(_word_hashes(tokens), size))


def _mix(hashes: np.ndarray[Any, np.dtype[np.uint64]], size: int) -> Shingles:
    """The 32-bit hash of every run of `size` consecutive word hashes (len ≥ size)."""
    count = len(hashes) - size + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        mixed = (mixed * np.uint64(0x100000001B3) + hashes[offset : offset + count]) & _MASK64
    mixed ^= mixed >> np.uint64(29)
    mixed = (mixed * np.uint64(0xBF58476D1CE4E5B9)) & _MASK64
    return mixed >> np.uint64(32)


def shingles_of(text: str, params: StoryParams) -> Shingles | None:
    """The sorted distinct shingle hashes of `text`; None when it has fewer than
    `stories.min_words` words (never linked). Computed a piece of the text at a time (the
    last words of a piece start the next one's first shingles): the same hashes as over
    the whole text, in memory bounded by the number of distinct shingles."""
    size = params.shingle_words
    parts: list[Shingles] = []
    carry = np.zeros(0, dtype=np.uint64)
    count = 0
    for tokens in map(words, pieces(text, TEXT_PIECE)):
        count += len(tokens)
        hashes = np.concatenate([carry, _word_hashes(tokens)])
        if len(hashes) >= size:
            parts.append(np.unique(_mix(hashes, size)))
        carry = hashes[max(0, len(hashes) - size + 1) :] if size > 1 else hashes[:0]
    if count < max(params.min_words, size):
        return None
    return np.unique(np.concatenate(parts)) if len(parts) > 1 else parts[0]


def sketch(shingles: Shingles, params: StoryParams) -> Signature:
    """The MinHash signature (datasketch) of a set of shingle hashes, fed a slice at a
    time (datasketch holds num_perm values per shingle of a batch)."""
    template = _template(params.num_perm)
    minhash = MinHash(
        params.num_perm, seed=SEED, scheme=SCHEME, hashfunc=int,
        permutations=template.permutations,
    )  # fmt: skip
    for start in range(0, len(shingles), SKETCH_SLICE):
        minhash.update_batch(shingles[start : start + SKETCH_SLICE].tolist())
    return Signature(np.asarray(minhash.hashvalues, dtype=np.uint32), len(shingles))


def signature(text: str, params: StoryParams) -> Signature | None:
    """The MinHash signature of `text`, or None when it has fewer than `min_words` words."""
    shingles = shingles_of(text, params)
    return None if shingles is None else sketch(shingles, params)


def band_keys(sig: Signature, params: StoryParams) -> list[int]:
    """One 63-bit key per band: equal keys mean equal values over the whole band."""
    rows = params.band_rows
    values = sig.values[: params.bands * rows].astype(np.uint64).reshape(params.bands, rows)
    keys = np.arange(params.bands, dtype=np.uint64) + np.uint64(1)
    for column in range(rows):
        keys = (keys * np.uint64(0x100000001B3) ^ values[:, column]) & _MASK64
        keys ^= keys >> np.uint64(31)
        keys = (keys * np.uint64(0x94D049BB133111EB)) & _MASK64
    return [int(k) for k in keys >> np.uint64(1)]


def jaccard(a: Signature, b: Signature) -> float:
    """The estimated Jaccard similarity of two articles' shingle sets."""
    return float(np.count_nonzero(a.values == b.values)) / len(a.values)


def containment(a: Signature, b: Signature, similarity: float) -> float:
    """The estimated share of the smaller shingle set found in the larger one."""
    shared = similarity * (a.shingles + b.shingles) / (1.0 + similarity)
    return min(1.0, shared / max(1, min(a.shingles, b.shingles)))


def plausible(a: Signature, b: Signature, params: StoryParams) -> float | None:
    """The estimated Jaccard similarity when the estimates leave `a` and `b` possibly one
    story (with room for the estimates' error, SLACK), else None."""
    similarity = jaccard(a, b)
    if similarity >= params.threshold - SLACK:
        return similarity
    if containment(a, b, similarity) >= params.containment - SLACK:
        return similarity
    return None


def same_story(a: Shingles, b: Shingles, params: StoryParams) -> float | None:
    """The exact Jaccard similarity of two shingle sets when they are one story, else None:
    it reaches `threshold`, or the smaller set lies in the larger for `containment`."""
    shared = len(np.intersect1d(a, b, assume_unique=True))
    similarity = shared / max(1, len(a) + len(b) - shared)
    if similarity >= params.threshold or shared >= params.containment * min(len(a), len(b)):
        return similarity
    return None

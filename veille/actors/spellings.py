"""Spelling variants of known people's names: "Ibrahima Traoré" for Ibrahim Traoré,
"Sergueï Lavrov" for Sergey Lavrov. Transliterations differ in a letter or two, most
often in the first name; a name the gazetteer lacks is matched to a known person's name
of as many words when one word is the same and the other is close enough.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from veille.actors.gazetteer import Entry

CLOSE = 0.75  # similarity of the differing word (difflib ratio)
MIN_LETTERS = 4  # shorter words are too easily close to another


def _close(a: str, b: str) -> float:
    if len(a) < MIN_LETTERS or len(b) < MIN_LETTERS or a[0] != b[0]:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


class SpellingIndex:
    """Two-word and longer person names by their first and by their last word."""

    def __init__(self, names: dict[str, Entry]) -> None:
        self.by_last: dict[str, list[tuple[list[str], Entry]]] = {}
        self.by_first: dict[str, list[tuple[list[str], Entry]]] = {}
        for key, entry in names.items():
            words = key.split()
            if entry.kind != "person" or not entry.person or len(words) < 2:
                continue
            self.by_last.setdefault(words[-1], []).append((words, entry))
            self.by_first.setdefault(words[0], []).append((words, entry))

    def find(self, words: list[str]) -> Entry | None:
        """The one known person whose name differs from `words` (folded) by a close
        spelling of one word, or None when none or several people fit."""
        if len(words) < 2:
            return None
        scored: dict[str, tuple[float, Entry]] = {}
        for same, at in ((self.by_last, len(words) - 1), (self.by_first, 0)):
            for known, entry in same.get(words[at], []):
                if len(known) != len(words):
                    continue
                diff = [(a, b) for a, b in zip(words, known, strict=True) if a != b]
                if len(diff) != 1:
                    continue
                score = _close(*diff[0])
                person = entry.person or ""
                if score >= CLOSE and score > scored.get(person, (0.0, entry))[0]:
                    scored[person] = (score, entry)
        if len(scored) != 1:
            return None
        return next(iter(scored.values()))[1]

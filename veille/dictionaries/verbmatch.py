"""Verb forms and TABARI/PETRARCH-1 patterns matched against the words of a sentence.

A pattern `- BEFORE * AFTER [CODE]` holds when its elements before the verb are found,
right to left, before it, and those after it, left to right, after it. Words the pattern
does not name may come between two elements unless `_` ties them. `$`, `+` and `%` take
an actor or agent phrase at that place, `^` skips one noun phrase, `&SET` takes any
phrase of the synset. Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from veille.dictionaries.files import VerbDictionary
from veille.dictionaries.patterns import expand_synset
from veille.dictionaries.verbmodel import (
    Element,
    EventCode,
    Marker,
    NounPhrase,
    Pattern,
    PrepPhrase,
    Slot,
    SynsetRef,
    Verb,
    VerbBlock,
    Word,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class VerbHit:
    """A dictionary verb found at words `start..end`, the head word at `head`."""

    start: int
    end: int
    head: int
    block: VerbBlock
    verb: Verb

    @property
    def code(self) -> EventCode:
        """The verb's own code, else its block's."""
        return self.verb.code if self.verb.code is not None else self.block.code


@dataclass(frozen=True)
class Scene:
    """What a pattern is matched against: words, and the spans of phrases in them."""

    words: Sequence[str]
    mentions: Sequence[Span]
    chunks: Sequence[Span]
    low: int
    high: int
    sentence_end: int = 0
    cache: dict[str, list[Span]] = field(default_factory=dict, compare=False, repr=False)
    positions: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def at(self, word: str) -> list[int]:
        """Where `word` is inside the window."""
        if not self.positions:
            self.positions[""] = []
            for i in range(self.low, self.high):
                self.positions.setdefault(self.words[i], []).append(i)
        return self.positions.get(word, [])


@dataclass(frozen=True)
class PatternHit:
    """A pattern that held, with the phrase each actor slot took."""

    pattern: Pattern
    slots: dict[Marker, Span]
    size: int = 0


class VerbIndex:
    """The verbs and synsets of a verb dictionary, ready to match."""

    def __init__(self, verbs: VerbDictionary) -> None:
        self._by_head: dict[str, list[tuple[tuple[str, ...], int, VerbBlock, Verb]]] = {}
        for block in verbs.blocks:
            for verb in block.verbs:
                for form in verb.forms:
                    words = tuple(w.upper() for w in form.words)
                    entry = (words, form.head, block, verb)
                    self._by_head.setdefault(words[form.head], []).append(entry)
        for entries in self._by_head.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._flattened: dict[int, tuple[list[Element], list[Element]]] = {}
        self._synsets: dict[str, list[tuple[str, ...]]] = {}
        for label in verbs.synsets:
            try:
                phrases = expand_synset(label, verbs.synsets)
            except KeyError:
                phrases = []
            self._synsets[label] = [tuple(p.upper().split()) for p in phrases]

    def verbs_at(self, words: Sequence[str], i: int) -> list[VerbHit]:
        """The longest verb forms whose head word is `words[i]`, one per dictionary verb
        (a form may be listed in several blocks)."""
        hits: list[VerbHit] = []
        for form, head, block, verb in self._by_head.get(words[i], ()):
            start = i - head
            end = start + len(form)
            if hits and end - start < hits[0].end - hits[0].start:
                break
            if start >= 0 and tuple(words[start:end]) == form:
                hits.append(VerbHit(start, end, i, block, verb))
        return hits

    def choose(self, hits: list[VerbHit], scene: Scene) -> tuple[VerbHit, PatternHit | None]:
        """The hit with the most specific pattern that holds; without one, the first hit
        whose code is not null."""
        best: tuple[VerbHit, PatternHit] | None = None
        best_size = -1
        for hit in hits:
            found = self.best_pattern(hit, scene)
            if found is not None and found.size > best_size:
                best, best_size = (hit, found), found.size
        if best is not None:
            return best
        return next((h for h in hits if not h.code.null), hits[0]), None

    def synset(self, label: str) -> list[tuple[str, ...]]:
        """The phrases of a synset as word tuples (empty when it is not defined)."""
        return self._synsets.get(label, [])

    def best_pattern(self, hit: VerbHit, scene: Scene) -> PatternHit | None:
        """The most specific pattern of the verb's block that holds (ties: file order)."""
        best: PatternHit | None = None
        best_size = -1
        for pattern in hit.block.patterns:
            before, after = self._flat(pattern)
            size = len(before) + len(after)
            if size <= best_size:
                continue
            slots = self._match(pattern, before, after, hit, scene)
            if slots is not None:
                best, best_size = PatternHit(pattern, slots, size), size
        return best

    def _flat(self, pattern: Pattern) -> tuple[list[Element], list[Element]]:
        found = self._flattened.get(id(pattern))
        if found is None:
            found = self._flattened[id(pattern)] = (
                flatten(pattern.before),
                flatten(pattern.after),
            )
        return found

    def _match(
        self,
        pattern: Pattern,
        before: list[Element],
        after: list[Element],
        hit: VerbHit,
        scene: Scene,
    ) -> dict[Marker, Span] | None:
        slots: dict[Marker, Span] = {}
        # Which markers are bound at step k depends on k only, so a step that failed at a
        # place fails there again: remembering it keeps the search polynomial.
        if not self._forward(after, 0, hit.end, scene, slots, set()):
            return None
        adjacent = pattern.verb_joined
        last = len(before) - 1
        if not self._backward(before, last, hit.start, adjacent, scene, slots, set()):
            return None
        return slots

    def _forward(
        self,
        elements: list[Element],
        k: int,
        at: int,
        scene: Scene,
        slots: dict[Marker, Span],
        failed: set[tuple[int, int, bool]],
    ) -> bool:
        if k == len(elements):
            return True
        if (k, at, False) in failed:
            return False
        element = elements[k]
        adjacent = _joined(element)
        for start, end in self._spans(element, scene):
            if start < at or end > scene.high or (adjacent and start != at):
                continue
            if not _bind(element, (start, end), slots):
                continue
            if self._forward(elements, k + 1, end, scene, slots, failed):
                return True
            _unbind(element, slots)
        failed.add((k, at, False))
        return False

    def _backward(
        self,
        elements: list[Element],
        k: int,
        at: int,
        adjacent: bool,
        scene: Scene,
        slots: dict[Marker, Span],
        failed: set[tuple[int, int, bool]],
    ) -> bool:
        if k < 0:
            return True
        if (k, at, adjacent) in failed:
            return False
        element = elements[k]
        spans = sorted(self._spans(element, scene), key=lambda s: -s[1])
        for start, end in spans:
            if end > at or start < scene.low or (adjacent and end != at):
                continue
            if not _bind(element, (start, end), slots):
                continue
            if self._backward(elements, k - 1, start, _joined(element), scene, slots, failed):
                return True
            _unbind(element, slots)
        failed.add((k, at, adjacent))
        return False

    def _spans(self, element: Element, scene: Scene) -> list[Span]:
        """Where an element can match inside the scene's window (cached per scene)."""
        if isinstance(element, Word):
            key = "w " + element.text.upper()
        elif isinstance(element, SynsetRef):
            key = "s " + element.label
        elif isinstance(element, Slot):
            key = "c" if element.marker is Marker.SKIP else "m"
        else:
            return []
        found = scene.cache.get(key)
        if found is None:
            found = scene.cache[key] = list(self._find(element, scene))
        return found

    def _find(self, element: Element, scene: Scene) -> Iterator[Span]:
        words, low, high = scene.words, scene.low, scene.high
        if isinstance(element, Word):
            yield from ((i, i + 1) for i in scene.at(element.text.upper()))
        elif isinstance(element, SynsetRef):
            found = {
                (i, i + len(phrase))
                for phrase in self.synset(element.label)
                if phrase
                for i in scene.at(phrase[0])
                if i + len(phrase) <= high and tuple(words[i : i + len(phrase)]) == phrase
            }
            # left to right, the longest phrase first at each place
            yield from sorted(found, key=lambda s: (s[0], -s[1]))
        elif isinstance(element, Slot):
            spans = scene.chunks if element.marker is Marker.SKIP else scene.mentions
            yield from ((a, b) for a, b in spans if low <= a and b <= high)


def flatten(elements: Sequence[Element]) -> list[Element]:
    """PETRARCH-2 noun and prepositional phrases read as their words in order."""
    flat: list[Element] = []
    for element in elements:
        if isinstance(element, NounPhrase):
            flat.extend(flatten(element.elements))
        elif isinstance(element, PrepPhrase):
            flat.append(Word(element.preposition))
            flat.extend(flatten(element.elements))
        else:
            flat.append(element)
    return flat


def _joined(element: Element) -> bool:
    return isinstance(element, Word | SynsetRef | Slot) and element.joined


def _bind(element: Element, span: Span, slots: dict[Marker, Span]) -> bool:
    if isinstance(element, Slot) and element.marker is not Marker.SKIP:
        if element.marker in slots:
            return False
        slots[element.marker] = span
    return True


def _unbind(element: Element, slots: dict[Marker, Span]) -> None:
    if isinstance(element, Slot) and element.marker is not Marker.SKIP:
        slots.pop(element.marker, None)

"""Verb forms and patterns matched against upper-cased words (no spaCy model)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veille.dictionaries import read_verbs
from veille.dictionaries.verbmatch import PatternHit, Scene, VerbHit, VerbIndex
from veille.dictionaries.verbmodel import Marker

VERBS = """\
&GOODS
+GRAIN
+SPARE PARTS

--- SHIP [070] ---
SHIP {SHIPS SHIPPED SHIPPING}
- * &GOODS TO + [071]
- * ARMS_TO + [072]
- NEVER_* [073]
- $ ALSO * [074]
- * ^ BY_SEA [075]

--- HAND_OVER [---] ---
HAND_+OVER {HANDS_+OVER HANDED_+OVER}
- * + TO $ [080:081]

--- SAIL [---] ---
SAIL

--- SAIL [030] ---
SAIL
- * AWAY [031]
"""


@pytest.fixture
def index(write: Callable[[str, str], Path]) -> VerbIndex:
    return VerbIndex(read_verbs(write("t.verbs.txt", VERBS)))


Spans = list[tuple[int, int]]


def _match(
    index: VerbIndex, text: str, mentions: Spans | None = None, chunks: Spans | None = None
) -> tuple[VerbHit, PatternHit | None]:
    words = text.upper().split()
    verb = next(i for i, w in enumerate(words) if index.verbs_at(words, i))
    scene = Scene(words, mentions or [], chunks or [], 0, len(words), len(words))
    return index.choose(index.verbs_at(words, verb), scene)


@pytest.mark.parametrize(
    ("text", "mentions", "code"),
    [
        ("A shipped grain to B", [(0, 1), (4, 5)], "071"),
        ("A shipped spare parts to B", [(0, 1), (5, 6)], "071"),  # a two-word synset member
        ("A shipped much grain quickly to B", [(0, 1), (6, 7)], "071"),  # words between
        ("A shipped arms to B", [(0, 1), (4, 5)], "072"),
        ("A shipped arms quickly to B", [(0, 1), (5, 6)], None),  # `_`: next word only
        ("A never shipped arms", [(0, 1)], "073"),
        ("A never really shipped arms", [(0, 1)], None),
        ("A also shipped arms", [(0, 1)], "074"),  # `$` before the verb
        ("A shipped grain", [(0, 1)], None),  # `+` needs an actor
    ],
)
def test_patterns(index: VerbIndex, text: str, mentions: Spans, code: str | None) -> None:
    hit, found = _match(index, text, mentions)
    assert hit.block.name == "SHIP"
    assert (found.pattern.code.code if found else None) == code


def test_slots_and_skips(index: VerbIndex) -> None:
    _, found = _match(index, "A also shipped arms", [(0, 1)])
    assert found is not None and found.slots == {Marker.SOURCE: (0, 1)}
    _, found = _match(index, "A shipped the old boats by sea", [(0, 1)], [(2, 5)])
    assert found is not None and found.pattern.code.code == "075"
    _, found = _match(index, "A shipped the old boats by sea", [(0, 1)], [])
    assert found is None  # `^` needs a noun phrase


def test_multiword_verb_and_paired_code(index: VerbIndex) -> None:
    hit, found = _match(index, "A handed over B to C", [(0, 1), (3, 4), (5, 6)])
    assert (hit.start, hit.end, hit.head) == (1, 3, 2)
    assert found is not None
    assert (found.pattern.code.code, found.pattern.code.reverse) == ("080", "081")
    assert found.slots == {Marker.TARGET: (3, 4), Marker.SOURCE: (5, 6)}


def test_a_form_in_two_blocks(index: VerbIndex) -> None:
    words = ["A", "SAIL", "AWAY"]
    assert len(index.verbs_at(words, 1)) == 2
    hit, found = _match(index, "A sail away")
    assert found is not None and found.pattern.code.code == "031"
    hit, found = _match(index, "A sail home")
    assert found is None and hit.code.code == "030"  # the block whose code is not null


def test_a_pattern_that_fails_late_on_a_long_clause(write: Callable[[str, str], Path]) -> None:
    """Without remembering failed steps this is C(80, 6) tries; with it, a few thousand."""
    verbs = read_verbs(
        write("slow.verbs.txt", "--- SHIP [070] ---\nSHIP\n- * A A A A A A Z [099]\n")
    )
    index = VerbIndex(verbs)
    words = ["X", "SHIPS", *(["A"] * 80)]
    scene = Scene(words, [], [], 0, len(words), len(words))
    hit, found = index.choose(index.verbs_at(words, 1), scene)
    assert found is None and hit.code.code == "070"

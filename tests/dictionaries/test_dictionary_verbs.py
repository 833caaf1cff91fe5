"""The verb reader: blocks, verb forms, synsets, pattern markers, notices and errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veille.dictionaries import NoticeKind, expand_synset, read_verbs
from veille.dictionaries.patterns import PatternError, parse_code, parse_pattern
from veille.dictionaries.verbmodel import (
    Element,
    Marker,
    NounPhrase,
    PrepPhrase,
    Slot,
    SynsetRef,
    Word,
)
from veille.errors import DictionaryError

S, T, C, K = Marker.SOURCE, Marker.TARGET, Marker.COMPOUND, Marker.SKIP

# fmt: off
PATTERNS: list[tuple[str, tuple[Element, ...], tuple[Element, ...], bool]] = [
    ("* AID", (), (Word("AID"),), False),
    ("$ * TALKS WITH %", (Slot(S),), (Word("TALKS"), Word("WITH"), Slot(C)), False),
    ("* ^ + SUPPORT", (), (Slot(K), Slot(T), Word("SUPPORT")), False),
    ("* &AID TO +", (), (SynsetRef("&AID"), Word("TO"), Slot(T)), False),
    ("IN_*", (Word("IN"),), (), True),
    ("* OFF_SHORE", (), (Word("OFF"), Word("SHORE", joined=True)), False),
    ("SUGGESTED_+ *", (Word("SUGGESTED"), Slot(T, joined=True)), (), False),
    ("*SCEPTICAL", (), (Word("SCEPTICAL", joined=True),), False),
    ("* {ARMS SHIPMENT}", (), (NounPhrase((Word("ARMS"), Word("SHIPMENT"))),), False),
    ("* (TO BORDER)", (), (PrepPhrase("TO", (Word("BORDER"),)),), False),
    ("* (TO)", (), (PrepPhrase("TO", ()),), False),
    ("* (OVER {&AID ATTACK}) $", (),
     (PrepPhrase("OVER", (NounPhrase((SynsetRef("&AID"), Word("ATTACK"))),)), Slot(S)), False),
]
# fmt: on


@pytest.mark.parametrize(("text", "before", "after", "joined"), PATTERNS)
def test_verbs_pattern_markers(
    text: str, before: tuple[Element, ...], after: tuple[Element, ...], joined: bool
) -> None:
    assert parse_pattern(text) == (before, after, joined)


@pytest.mark.parametrize(
    "text", ["NO VERB HERE", "* ONE * TWO", "* (OPEN", "* CLOSE)", "* {A | B}", "{* INSIDE}"]
)
def test_verbs_bad_patterns_are_refused(text: str) -> None:
    with pytest.raises(PatternError):
        parse_pattern(text)


@pytest.mark.parametrize(
    ("text", "code", "reverse", "null"),
    [
        ("042", "042", None, False),
        ("042:043", "042", "043", False),
        (":173", None, "173", False),
        ("---", None, None, True),
        ("075A", "075A", None, False),
    ],
)
def test_verbs_codes(text: str, code: str | None, reverse: str | None, null: bool) -> None:
    parsed = parse_code(text)
    assert (parsed.code, parsed.reverse, parsed.null) == (code, reverse, null)


def test_verbs_blocks_verbs_and_patterns(toy: Path) -> None:
    book = read_verbs(toy / "toy.verbs.txt")
    assert [(b.name, b.code.text) for b in book.blocks] == [("PROMISE", "030"), ("WRITE", "---")]
    promise, write = book.blocks
    assert [(v.text, v.code and v.code.text) for v in promise.verbs] == [
        ("PROMISE", None),
        ("PLEDGE", "031"),
    ]
    assert [f.words for f in promise.verbs[0].forms] == [
        ("PROMISE",),
        ("PROMISES",),
        ("PROMISED",),
        ("PROMISING",),
    ]
    assert [p.code.text for p in promise.patterns] == ["033", "036:036", "032"]
    assert [p.line for p in write.patterns] == [26, 27]
    assert book.notices == ()


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        (
            "WRITE {WRITES WROTE WRITTEN WRITING}",
            [
                (("WRITE",), 0),
                (("WRITES",), 0),
                (("WROTE",), 0),
                (("WRITTEN",), 0),
                (("WRITING",), 0),
            ],
        ),
        (
            "+SIGN_UP {+SIGNS_UP +SIGNED_UP +SIGNING_UP} [057]",
            [
                (("SIGN", "UP"), 0),
                (("SIGNS", "UP"), 0),
                (("SIGNED", "UP"), 0),
                (("SIGNING", "UP"), 0),
            ],
        ),
        (
            "RE_+ARM",
            [(("RE", "ARM"), 1), (("RE", "ARMS"), 1), (("RE", "ARMED"), 1), (("RE", "ARMING"), 1)],
        ),
    ],
)
def test_verbs_forms(toy: Path, verb: str, forms: list[tuple[tuple[str, ...], int]]) -> None:
    book = read_verbs(toy / "toy.verbs.txt")
    found = next(v for b in book.blocks for v in b.verbs if verb.startswith(v.text))
    assert [(f.words, f.head) for f in found.forms] == forms


def test_verbs_synset_expansion(toy: Path) -> None:
    book = read_verbs(toy / "toy.verbs.txt")
    # ASSISTANCE_ stops its own plural; &AUXVERB_ stops plurals for the whole set
    assert expand_synset("&AID", book.synsets) == [
        "AID",
        "AIDS",
        "ASSISTANCE",
        "RELIEF SUPPLY",
        "RELIEF SUPPLIES",
    ]
    assert expand_synset("&AUXVERB", book.synsets) == ["HAS", "HAD"]


def test_verbs_nested_synsets_expand(write: Callable[[str, str], Path]) -> None:
    text = (
        "&INNER\n+BOAT\n\n&OUTER_\n+&INNER\n+RAFT\n\n--- SAIL [---] ---\nSAIL\n- * &OUTER [030]\n"
    )
    book = read_verbs(write("v.txt", text))
    assert expand_synset("&OUTER", book.synsets) == ["BOAT", "BOATS", "RAFT"]
    assert book.patterns == 1


# fmt: off
KEPT_OUT = [
    ("- * NOTHING\n", NoticeKind.NO_CODE),
    ("- * NOWHERE * TWICE [010]\n", NoticeKind.BAD_PATTERN),
    ("- * {SHIP | BOAT} [010]\n", NoticeKind.DISJUNCTION),
    ("- * &UNDEFINED [010]\n", NoticeKind.UNKNOWN_SYNSET),
    ("- * SPORTS [###]\n", NoticeKind.UNSUPPORTED),
    ("SPEAK {SPEAKS SPOKE\n", NoticeKind.MALFORMED),
]
# fmt: on


@pytest.mark.parametrize(("line", "kind"), KEPT_OUT)
def test_verbs_report_lines_kept_out(
    write: Callable[[str, str], Path], line: str, kind: NoticeKind
) -> None:
    text = "--- SPEAK [010] ---\nSPEAK\n" + line
    book = read_verbs(write("v.txt", text))
    assert [(n.line, n.kind) for n in book.notices] == [(3, kind)]
    assert book.lines() == {1, 2, 3}  # no line silently lost


def test_verbs_transformations(write: Callable[[str, str], Path]) -> None:
    book = read_verbs(write("v.txt", "~ a (a b ATTACK) SAY = a b 015\n"))
    (rule,) = book.transformations
    assert rule.pattern == ("a", "(", "a", "b", "ATTACK", ")", "SAY")
    assert rule.result == ("a", "b", "015")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("SPEAK\n", 1),  # a verb before any block
        ("# note\n- * AID [010]\n", 2),  # a pattern before any block
        ("--- [010] ---\n", 1),  # a block without a name
        ("--- SPEAK [010 ---\n", 1),  # an unclosed code
    ],
)
def test_verbs_malformed_structure_names_file_and_line(
    write: Callable[[str, str], Path], text: str, line: int
) -> None:
    with pytest.raises(DictionaryError) as err:
        read_verbs(write("bad.verbs.txt", text))
    assert f"bad.verbs.txt:{line}:" in str(err.value)


def test_verbs_strict_mode_raises_on_a_malformed_verb(write: Callable[[str, str], Path]) -> None:
    text = "--- SPEAK [010] ---\nSPEAK {SPEAKS\n"
    with pytest.raises(DictionaryError, match=r"v\.txt:2:"):
        read_verbs(write("v.txt", text), strict=True)

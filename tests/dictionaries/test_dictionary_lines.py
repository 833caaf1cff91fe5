"""Comments, dates and phrases shared by every dictionary format."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from veille.dictionaries.lines import make_phrase, parse_date, plural, read_lines

# fmt: off
COMMENTS = [
    ("# whole line\nKEEP\n", [(2, "KEEP")]),
    ("KEEP  # tail comment\n", [(1, "KEEP")]),
    ("KEEP ; legacy TABARI comment\n", [(1, "KEEP")]),
    ("<!-- one line -->\nKEEP\n", [(2, "KEEP")]),
    ("KEEP <!-- inside --> TOO\n", [(1, "KEEP  TOO")]),
    ("<!-- opens\nstill comment\ncloses -->\nKEEP\n", [(4, "KEEP")]),
    ("<! -- odd legacy opener -->\nKEEP\n", [(2, "KEEP")]),
    ("\n   \n\tKEEP\n", [(3, "KEEP")]),
    ("- * DROP [###]  # discard code survives\n", [(1, "- * DROP [###]")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COMMENTS)
def test_lines_drop_comments(
    write: Callable[[str, str], Path], text: str, expected: list[tuple[int, str]]
) -> None:
    lines = list(read_lines(write("x.txt", text)))
    assert [(ln.number, ln.text) for ln in lines] == expected


def test_lines_mark_indented_lines(write: Callable[[str, str], Path]) -> None:
    lines = list(read_lines(write("x.txt", "A\n\t[B]\n")))
    assert [ln.indented for ln in lines] == [False, True]


# fmt: off
DATES = [
    ("19990815", date(1999, 8, 15)),
    ("990815", date(1999, 8, 15)),
    ("300101", date(2030, 1, 1)),   # 00-30 are 20YY (KEDS/TABARI rule)
    ("310101", date(1931, 1, 1)),
    ("20120229", date(2012, 2, 29)),
    ("20100229", None),              # not a leap year
    ("2004017", None),               # seven digits
    ("1999-08-15", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_lines_parse_tabari_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "joined", "exact"),
    [
        ("NEW_ZEALAND", ("NEW", "ZEALAND"), (False, True), False),
        ("PRINCE OF_DOL", ("PRINCE", "OF", "DOL"), (False, False, True), False),
        ("ARNOR_", ("ARNOR",), (False,), True),
    ],
)
def test_lines_make_phrase(
    text: str, words: tuple[str, ...], joined: tuple[bool, ...], exact: bool
) -> None:
    phrase = make_phrase(text, 7)
    assert (phrase.words, phrase.joined, phrase.exact, phrase.line) == (words, joined, exact, 7)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("TREATY", "TREATIES"),
        ("DAY", "DAYS"),
        ("CONGRESS", "CONGRESSES"),
        ("TANK", "TANKS"),
        ("DOLLARS", None),
        ("MATCH", "MATCHES"),
    ],
)
def test_lines_plural(word: str, expected: str | None) -> None:
    assert plural(word) == expected

"""The actor reader: phrases, synonyms, dated roles, notices and errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from veille.dictionaries import NoticeKind, read_actors
from veille.dictionaries.model import Actor
from veille.errors import DictionaryError


def _actors(toy: Path) -> dict[str, Actor]:
    return {a.name.text: a for a in read_actors(toy / "toy.actors.txt").actors}


def test_actors_read_entries_synonyms_and_roles(toy: Path) -> None:
    book = read_actors(toy / "toy.actors.txt")
    assert [a.name.text for a in book.actors] == [
        "BORDURIA_",
        "KURVI_TASCH",
        "SYLDAVIA",
        "OTTOKAR_IV",
        "TWIN_CITIES",
        "NOBODY_IN_PARTICULAR",
    ]
    borduria = book.actors[0]
    assert [s.text for s in borduria.synonyms] == ["BORDURIAN_", "SZOHOD"]
    assert [r.codes for r in borduria.roles] == [("BOR",), ("BORGOV",)]
    assert borduria.name.exact and not borduria.synonyms[1].exact
    assert book.notices == ()


# fmt: off
DATED = [
    ("KURVI_TASCH", date(1949, 12, 31), ("BORMIL",)),
    ("KURVI_TASCH", date(1950, 1, 1), ("BORMIL",)),    # both ends included: first role wins
    ("KURVI_TASCH", date(1955, 6, 1), ("BORGOV",)),
    ("KURVI_TASCH", date(1961, 1, 1), ("BORELI",)),
    ("KURVI_TASCH", date(1961, 1, 1), ("BORELI",)),
    ("KURVI_TASCH", None, ()),                          # no undated role, no date given
    ("OTTOKAR_IV", date(1938, 5, 1), ("SYLGOV",)),      # inline role, YYMMDD dates
    ("OTTOKAR_IV", date(1940, 5, 1), ("SYLELI",)),      # falls back on the undated role
    ("SYLDAVIA", date(2020, 1, 1), ("SYL",)),
    ("TWIN_CITIES", None, ("BOR", "SYL")),              # [A/B]: two codes
    ("NOBODY_IN_PARTICULAR", None, ()),                 # [---]: the null code
]
# fmt: on


@pytest.mark.parametrize(("name", "day", "codes"), DATED)
def test_actors_codes_on_a_date(
    toy: Path, name: str, day: date | None, codes: tuple[str, ...]
) -> None:
    assert _actors(toy)[name].codes_on(day) == codes


@pytest.mark.parametrize(
    ("role", "start", "end"),
    [
        ("[XXX <19900101]", None, date(1990, 1, 1)),
        ("[XXX > 900101]", date(1990, 1, 1), None),
        ("[XXX 19900101 - 19911231]", date(1990, 1, 1), date(1991, 12, 31)),
        ("[XXX]", None, None),
    ],
)
def test_actors_date_restrictions(
    write: Callable[[str, str], Path], role: str, start: date | None, end: date | None
) -> None:
    actor = read_actors(write("a.actors.txt", f"SOMEONE\n\t{role}\n")).actors[0]
    assert (actor.roles[0].start, actor.roles[0].end) == (start, end)


# fmt: off
KEPT_OUT = [
    ("SOMEONE\n\t[XXX 19901301-19911231]\n", 2, NoticeKind.BAD_DATE),
    ("SOMEONE\n\t[XXX 19900101]\n", 2, NoticeKind.BAD_DATE),   # a date needs <, > or a range
    ("SOMEONE [XXX] spare words\n", 1, NoticeKind.TRAILING_TEXT),
    ("SOMEONE\n+ODD]NAME\n", 2, NoticeKind.MALFORMED),
    ("SOMEONE\n\t[X.Y]\n", 2, NoticeKind.MALFORMED),
]
# fmt: on


@pytest.mark.parametrize(("text", "line", "kind"), KEPT_OUT)
def test_actors_report_lines_kept_out(
    write: Callable[[str, str], Path], text: str, line: int, kind: NoticeKind
) -> None:
    book = read_actors(write("a.actors.txt", text))
    assert [(n.line, n.kind) for n in book.notices] == [(line, kind)]
    assert [a.name.text for a in book.actors] == ["SOMEONE"]
    assert book.lines() == set(range(1, text.count("\n") + 1))  # no line silently lost


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("+SYNONYM_FIRST\n", 1),
        ("# comment\n\t[XXX]\n", 2),
        ("FIRST [AAA]\nBROKEN [BBB\n", 2),
    ],
)
def test_actors_malformed_structure_names_file_and_line(
    write: Callable[[str, str], Path], text: str, line: int
) -> None:
    path = write("bad.actors.txt", text)
    with pytest.raises(DictionaryError) as err:
        read_actors(path)
    assert err.value.line == line
    assert f"bad.actors.txt:{line}:" in str(err.value)


def test_actors_strict_mode_raises_on_a_malformed_synonym(
    write: Callable[[str, str], Path],
) -> None:
    path = write("a.actors.txt", "SOMEONE\n+ODD]NAME\n")
    with pytest.raises(DictionaryError, match=r"a\.actors\.txt:2:"):
        read_actors(path, strict=True)

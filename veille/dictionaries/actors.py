"""Reader for TABARI/PETRARCH `.actors` files.

AFGHANISTAN_  [AFG]          primary phrase, optional default code(s)
+AFGHAN_                     synonym
    [AFGGOV 331108-730717]   indented role: code and date restriction
    [AFGELI <331108]         before (inclusive), `>date` after, `d1-d2` between
JAVIER_DE_CUELLAR_  [IGOUNO 820101-911231] [ELI]     roles may also be inline
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from veille.dictionaries.files import ActorDictionary
from veille.dictionaries.lines import Report, make_phrase, parse_date, read_lines, split_codes
from veille.dictionaries.model import Actor, NoticeKind, Phrase, Role
from veille.errors import DictionaryError

_CODE = re.compile(r"^[A-Za-z0-9+]+$")
_RANGE = re.compile(r"^(\S+?)\s*-\s*(\S+)$")


class _BadCode(Exception):
    """The code part of a role is not a code."""


@dataclass
class _Open:
    """The actor being read: its lines until the next primary phrase."""

    name: Phrase
    synonyms: list[Phrase] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def close(self) -> Actor:
        return Actor(self.name, tuple(self.synonyms), tuple(self.roles), self.name.line)


def read_actors(path: Path, *, strict: bool = False) -> ActorDictionary:
    """Read an actor dictionary.

    Args:
        path: a `.actors` file in the TABARI/PETRARCH format.
        strict: raise on a malformed synonym or role line instead of reporting it.

    Returns:
        The actors in file order, and notices for the lines kept out (bad dates,
        malformed synonyms or roles).

    Raises:
        DictionaryError: a synonym or role comes before any actor, or a primary
            phrase cannot be read; the message names file and line.
    """
    path = Path(path)
    report = Report(path, strict)
    actors: list[Actor] = []
    current: _Open | None = None
    for line in read_lines(path):
        text = line.text
        if text.startswith(("+", "[")) and current is None:
            raise report.error(line.number, "synonym or role before any actor")
        if not text.startswith("+") and not text.startswith("["):
            if current is not None:
                actors.append(current.close())
            primary, inner = _primary(text, line.number, report)
            current = _Open(primary)
            current.roles.extend(_roles(inner, line.number, report))
            continue
        assert current is not None
        try:
            name, inner, rest = split_codes(text.removeprefix("+"), path, line.number)
        except DictionaryError as exc:
            report.malformed(line.number, exc.reason)
            continue
        _trailing(rest, line.number, report)
        if text.startswith("+"):
            if not name:
                report.malformed(line.number, "empty synonym")
                continue
            current.synonyms.append(make_phrase(name, line.number))
        current.roles.extend(_roles(inner, line.number, report))
    if current is not None:
        actors.append(current.close())
    return ActorDictionary(path, tuple(actors), tuple(report.notices))


def _primary(text: str, number: int, report: Report) -> tuple[Phrase, list[str]]:
    """The primary phrase of an actor; it cannot be skipped, so a bad one is an error."""
    try:
        name, inner, rest = split_codes(text, report.path, number)
    except DictionaryError as exc:
        raise report.error(number, exc.reason) from exc
    _trailing(rest, number, report)
    return make_phrase(name, number), inner


def _trailing(rest: str, number: int, report: Report) -> None:
    """Text after the codes is not part of the entry: say so."""
    if rest:
        report.notice(number, NoticeKind.TRAILING_TEXT, f"ignored after the codes: {rest!r}")


def _roles(inner: list[str], number: int, report: Report) -> list[Role]:
    """Read the `[CODE restriction]` brackets of one line; bad ones become notices."""
    roles: list[Role] = []
    for content in inner:
        try:
            roles.append(_parse_role(content, number))
        except ValueError as exc:
            report.notice(number, NoticeKind.BAD_DATE, str(exc))
        except _BadCode as exc:
            report.malformed(number, str(exc))
    return roles


def _parse_role(content: str, line: int) -> Role:
    """Read `CODE`, `CODE <date`, `CODE >date` or `CODE date-date`; `---` is the null code.

    Raises:
        ValueError: a date is not YYYYMMDD/YYMMDD or not a calendar date.
        _BadCode: the code is missing or has other characters than letters and digits.
    """
    code, _, restriction = content.partition(" ")
    codes = _codes(code)
    restriction = restriction.strip()
    if not restriction:
        return Role(codes, None, None, line)
    if restriction[0] in "<>":
        day = _date(restriction[1:].strip())
        if restriction[0] == "<":
            return Role(codes, None, day, line)
        return Role(codes, day, None, line)
    found = _RANGE.match(restriction)
    if found is None:
        raise ValueError(f"bad date restriction {restriction!r}")
    return Role(codes, _date(found.group(1)), _date(found.group(2)), line)


def _codes(code: str) -> tuple[str, ...]:
    if code == "---":
        return ()
    parts = tuple(code.split("/"))
    if not code or not all(_CODE.match(p) for p in parts):
        raise _BadCode(f"bad actor code {code!r}")
    return parts


def _date(text: str) -> date:
    day = parse_date(text)
    if day is None:
        raise ValueError(f"bad date {text!r} (YYYYMMDD or YYMMDD)")
    return day

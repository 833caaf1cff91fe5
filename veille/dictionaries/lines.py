"""Reading the lines of a PETRARCH/TABARI dictionary: comments, codes, dates, phrases.

Every dictionary format shares the same comment rules (PETRARCH's `read_FIN_line`):
a line starting with `#` or `<!` is a comment, `<!-- ... -->` may span lines or sit
inside a line, and anything after `#` (or the legacy KEDS/TABARI `;`) is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from veille.dictionaries.model import Notice, NoticeKind, Phrase
from veille.errors import DictionaryError

_OPEN, _CLOSE = "<!--", "-->"


@dataclass(frozen=True)
class Line:
    """One content line: its number (1-based), its text without comments, and its indent."""

    number: int
    text: str
    indented: bool


def read_lines(path: Path) -> Iterator[Line]:
    """Yield the content lines of `path`, comments and blank lines removed.

    Raises:
        DictionaryError: the file cannot be read or is not UTF-8.
    """
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(str(path), None, f"cannot read: {exc}") from exc
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        kept, in_comment = _strip_xml(raw, in_comment)
        if kept.startswith(("#", "<!")):
            continue
        kept = _strip_tail(kept)
        if kept.strip():
            yield Line(number, kept.strip(), kept[:1] in (" ", "\t"))


def _strip_xml(raw: str, in_comment: bool) -> tuple[str, bool]:
    """Remove `<!-- ... -->` comments, which may open on one line and close on a later one."""
    kept = ""
    rest = raw
    while True:
        if in_comment:
            end = rest.find(_CLOSE)
            if end < 0:
                return kept, True
            rest, in_comment = rest[end + len(_CLOSE) :], False
            continue
        start = rest.find(_OPEN)
        if start < 0:
            return kept + rest, False
        kept, rest, in_comment = kept + rest[:start], rest[start + len(_OPEN) :], True


def _strip_tail(text: str) -> str:
    """Drop a trailing `#` or legacy `;` comment (the TABARI discard code `[###]` is kept)."""
    guarded = text.replace(DISCARD_CODE, "\0" * len(DISCARD_CODE))
    for mark in ("#", ";"):
        cut = guarded.find(mark)
        if cut >= 0:
            guarded, text = guarded[:cut], text[:cut]
    return text


DISCARD_CODE = "[###]"


class Report:
    """Collects the notices of one file; in strict mode a malformed line is an error."""

    def __init__(self, path: Path, strict: bool) -> None:
        self.path = path
        self.strict = strict
        self.notices: list[Notice] = []

    def notice(self, line: int, kind: NoticeKind, detail: str) -> None:
        """Keep `line` out of the model and say why."""
        self.notices.append(Notice(self.path, line, kind, detail))

    def malformed(self, line: int, detail: str) -> None:
        """A self-contained line cannot be read: a notice, or an error when strict.

        Raises:
            DictionaryError: in strict mode.
        """
        if self.strict:
            raise self.error(line, detail)
        self.notice(line, NoticeKind.MALFORMED, detail)

    def error(self, line: int | None, detail: str) -> DictionaryError:
        """The error for a line whose loss would change other entries."""
        return DictionaryError(str(self.path), line, detail)


_BRACKET = re.compile(r"\[([^\[\]]*)\]")


def split_codes(text: str, path: Path, line: int) -> tuple[str, list[str], str]:
    """Split `PHRASE [A] [B 1990-2000] rest` into phrase, bracket contents and trailing text.

    Raises:
        DictionaryError: a `[` is not closed, or a `]` has no `[`.
    """
    first = text.find("[")
    if first < 0:
        if "]" in text:
            raise DictionaryError(str(path), line, "']' without '['")
        return text.strip(), [], ""
    head, tail = text[:first], text[first:]
    inner = _BRACKET.findall(tail)
    rest = _BRACKET.sub(" ", tail)
    if "[" in rest or "]" in rest:
        raise DictionaryError(str(path), line, f"unbalanced brackets in {tail.strip()!r}")
    return head.strip(), [i.strip() for i in inner], " ".join(rest.split())


_DATE = re.compile(r"^\d{6}(\d{2})?$")


def parse_date(text: str) -> date | None:
    """Read a TABARI date, YYYYMMDD or YYMMDD (00-30 are 20YY, others 19YY); None if invalid."""
    if not _DATE.match(text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def make_phrase(text: str, line: int) -> Phrase:
    """Read a phrase: `_` joins consecutive words, a space lets other words come between.

    A final `_` makes the last word exact; without it TABARI matched the last word as a stem.
    """
    text = text.strip()
    exact = text.endswith("_")
    words: list[str] = []
    joined: list[bool] = []
    for chunk in text.rstrip("_").split():
        for j, word in enumerate(chunk.split("_")):
            if word:
                words.append(word)
                joined.append(j > 0)
    return Phrase(text=text, words=tuple(words), joined=tuple(joined), exact=exact, line=line)


def plural(text: str) -> str | None:
    """The regular English plural of a phrase's last word, or None when it has none.

    Consonant + Y -> IES, SS/X/Z/CH/SH -> +ES, other -S words are taken as plural
    already (PETRARCH would write DOLLARSES), anything else -> +S.
    """
    if len(text) > 1 and text.endswith("Y") and text[-2] not in "AEIOU":
        return text[:-1] + "IES"
    if text.endswith(("SS", "X", "Z", "CH", "SH")):
        return text + "ES"
    if text.endswith("S") or not text[-1:].isalpha():
        return None
    return text + "S"

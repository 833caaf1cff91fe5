"""Readers for the two flat lists: discards and issues.

Discards:   `BASEBALL` stops coding of the sentence, `+WORLD CUP` of the whole story.
Issues:     `<ISSUE CATEGORY="EDUCATION" TYPE="ALL">` ... `</ISSUE>` around lines
            `n:school [SCHOOLS]` (`n:` adds the plural, `v:` the -S/-ED/-ING forms,
            `a+b` both `a b` and `a-b`), `~phrase` and `~~phrase` ignore phrases.
"""

from __future__ import annotations

import re
from pathlib import Path

from veille.dictionaries.files import DiscardList, IssueList
from veille.dictionaries.lines import Report, make_phrase, plural, read_lines, split_codes
from veille.dictionaries.model import (
    Discard,
    IssueCategory,
    IssueIgnore,
    IssuePhrase,
    NoticeKind,
)
from veille.dictionaries.verbforms import regular_forms
from veille.errors import DictionaryError

_OPEN_TAG = re.compile(r'^<ISSUE\s+CATEGORY="([^"]+)"(?:\s+TYPE="([^"]*)")?\s*>$', re.I)
_CLOSE_TAG = re.compile(r"^</ISSUE>$", re.I)


def read_discards(path: Path, *, strict: bool = False) -> DiscardList:
    """Read a discard list.

    Args:
        path: a PETRARCH discards file.
        strict: raise on an empty `+` line instead of reporting it.

    Returns:
        The discard phrases; `story` is True for `+` (the whole story is not coded).

    Raises:
        DictionaryError: in strict mode, a malformed line; the message names file and line.
    """
    path = Path(path)
    report = Report(path, strict)
    discards: list[Discard] = []
    for line in read_lines(path):
        story = line.text.startswith("+")
        text = line.text.removeprefix("+").strip()
        if not text:
            report.malformed(line.number, "empty discard phrase")
            continue
        discards.append(Discard(make_phrase(text.upper(), line.number), story, line.number))
    return DiscardList(path, tuple(discards), tuple(report.notices))


def read_issues(path: Path, *, strict: bool = False) -> IssueList:
    """Read an issues file.

    Args:
        path: a PETRARCH issues file.
        strict: raise on a malformed line instead of reporting it.

    Returns:
        Categories, coded phrases with their expanded forms, ignore phrases; notices for
        phrases without a code (PETRARCH skips them) and stray closing tags.

    Raises:
        DictionaryError: in strict mode, a malformed line; the message names file and line.
    """
    path = Path(path)
    report = Report(path, strict)
    categories: list[IssueCategory] = []
    phrases: list[IssuePhrase] = []
    ignores: list[IssueIgnore] = []
    closings: list[int] = []
    current: str | None = None
    for line in read_lines(path):
        text = line.text
        tag = _OPEN_TAG.match(text)
        if tag is not None:
            current = tag.group(1)
            categories.append(IssueCategory(current, tag.group(2) or "", line.number))
        elif _CLOSE_TAG.match(text):
            if current is None:
                report.notice(line.number, NoticeKind.STRAY_TAG, "</ISSUE> without <ISSUE>")
            else:
                closings.append(line.number)
            current = None
        elif text.startswith("~"):
            story = text.startswith("~~")
            ignores.append(
                IssueIgnore(text.lstrip("~").strip().upper(), story, current, line.number)
            )
        else:
            phrase = _phrase(text, line.number, current, report)
            if phrase is not None:
                phrases.append(phrase)
    return IssueList(
        path,
        tuple(categories),
        tuple(phrases),
        tuple(ignores),
        tuple(closings),
        tuple(report.notices),
    )


def _phrase(text: str, number: int, category: str | None, report: Report) -> IssuePhrase | None:
    try:
        head, codes, rest = split_codes(text, report.path, number)
    except DictionaryError as exc:
        report.malformed(number, exc.reason)
        return None
    if not codes:
        report.notice(number, NoticeKind.NO_CODE, f"issue phrase {head!r} has no [code]")
        return None
    if len(codes) > 1 or rest or not head or not codes[0]:
        report.malformed(number, "an issue line is 'phrase [CODE]'")
        return None
    forms = tuple(dict.fromkeys(issue_forms(head.upper())))
    return IssuePhrase(head, forms, codes[0], category, number)


def issue_forms(text: str) -> list[str]:
    """Expand `N:` (singular, plural), `V:` (base, -S, -ED, -ING) and `A+B` (`A B`, `A-B`)."""
    words = text.split()
    for i, word in enumerate(words):
        for tag in ("N:", "V:"):
            if tag in word:
                before, _, root = word.partition(tag)
                options = [root, *regular_forms(root)] if tag == "V:" else [root, plural(root)]
                options = [o for o in options if o is not None]
                return _each(words, i, [before + o for o in options])
    for i, word in enumerate(words):
        if "+" in word:
            left, _, right = word.partition("+")
            return _each(words, i, [left + " " + right, left + "-" + right])
    return [" ".join(words)]


def _each(words: list[str], i: int, options: list[str]) -> list[str]:
    """Expand the phrase once per option put in place of word i."""
    return [f for o in options for f in issue_forms(" ".join([*words[:i], o, *words[i + 1 :]]))]

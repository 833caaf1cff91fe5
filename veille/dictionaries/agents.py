"""Reader for PETRARCH `.agents` files.

!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution marker
PRESIDENT [~GOV]                              regular plural made: PRESIDENTS
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   given plural; `{}` means none
CONGRESS!PERSON! [~LEG]                       one agent per marker value, no plurals
HUMAN_RIGHTS_BODY [NGO~]                      `NGO~` goes before the actor code
"""

from __future__ import annotations

import re
from pathlib import Path

from veille.dictionaries.files import AgentDictionary
from veille.dictionaries.lines import Report, make_phrase, plural, read_lines, split_codes
from veille.dictionaries.model import Agent, AgentPlace, NoticeKind, Phrase
from veille.errors import DictionaryError

_MARKER_DEF = re.compile(r"^!([^!\s]+)!\s*=\s*(.+)$")
_MARKER_USE = re.compile(r"!([^!\s]*)!")
_AGENT_CODE = re.compile(r"^(~[A-Za-z0-9]+|[A-Za-z0-9]+~)$")


def read_agents(path: Path, *, strict: bool = False) -> AgentDictionary:
    """Read an agent dictionary.

    Args:
        path: a PETRARCH `.agents` file.
        strict: raise on a malformed line instead of reporting it.

    Returns:
        The agents with every surface form (plurals and marker substitutions made),
        the substitution markers, and notices for lines kept out (no code, unknown marker).

    Raises:
        DictionaryError: in strict mode, a malformed line; the message names file and line.
    """
    path = Path(path)
    report = Report(path, strict)
    markers: dict[str, tuple[str, ...]] = {}
    marker_lines: list[int] = []
    agents: list[Agent] = []
    for line in read_lines(path):
        definition = _MARKER_DEF.match(line.text)
        if definition is not None:
            values = tuple(v.strip() for v in definition.group(2).split(",") if v.strip())
            markers[definition.group(1)] = values
            marker_lines.append(line.number)
            continue
        agent = _agent(line.text, line.number, markers, report)
        if agent is not None:
            agents.append(agent)
    return AgentDictionary(path, tuple(agents), markers, tuple(marker_lines), tuple(report.notices))


def _agent(
    text: str, number: int, markers: dict[str, tuple[str, ...]], report: Report
) -> Agent | None:
    """One agent line, or None (with a notice) when it cannot be used."""
    try:
        head, inner, rest = split_codes(text, report.path, number)
    except DictionaryError as exc:
        report.malformed(number, exc.reason)
        return None
    if not inner:
        report.notice(number, NoticeKind.NO_CODE, f"agent {head!r} has no [code]")
        return None
    code = inner[0].replace(" ", "")
    if len(inner) > 1 or rest or not _AGENT_CODE.match(code):
        report.malformed(number, f"expected one [~CODE] or [CODE~], got {text!r}")
        return None
    forms = _forms(head, number, markers, report)
    if forms is None:
        return None
    place = AgentPlace.AFTER if code.startswith("~") else AgentPlace.BEFORE
    return Agent(head, forms, code.strip("~"), place, number)


def _forms(
    head: str, number: int, markers: dict[str, tuple[str, ...]], report: Report
) -> tuple[Phrase, ...] | None:
    """Every surface form of `PHRASE {PLURAL}` or of a phrase with a `!MARKER!`."""
    used = _MARKER_USE.search(head)
    if used is not None:
        if "{" in head and not re.search(r"\{\s*\}", head):
            report.malformed(number, "a marker and a {plural} on one line")
            return None
        head = re.sub(r"\{\s*\}", "", head).strip()
        values = markers.get(used.group(1))
        if values is None:
            report.notice(number, NoticeKind.UNKNOWN_MARKER, f"!{used.group(1)}! is not defined")
            return None
        return tuple(make_phrase(head.replace(used.group(0), v), number) for v in values)
    singular, brace, given = head.partition("{")
    if brace and not given.rstrip().endswith("}"):
        report.malformed(number, "missing '}'")
        return None
    singular = singular.strip()
    if not singular:
        report.malformed(number, "empty agent phrase")
        return None
    plural_text = given.rstrip().removesuffix("}").strip() if brace else plural(singular) or ""
    texts = [singular] + ([plural_text] if plural_text else [])
    return tuple(make_phrase(t, number) for t in texts)

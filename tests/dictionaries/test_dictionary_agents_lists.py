"""The agent, discard and issue readers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veille.dictionaries import NoticeKind, read_agents, read_discards, read_issues
from veille.dictionaries.model import AgentPlace
from veille.errors import DictionaryError

# fmt: off
AGENTS = [
    ("MINISTER", ["MINISTER", "MINISTERS"], "GOV", AgentPlace.AFTER),
    ("ARMY {}", ["ARMY"], "MIL", AgentPlace.AFTER),                       # {}: no plural
    ("CHIEF_OF_STAFF {CHIEFS_OF_STAFF}", ["CHIEF_OF_STAFF", "CHIEFS_OF_STAFF"], "MIL",
     AgentPlace.AFTER),
    ("PARTY", ["PARTY", "PARTIES"], "PTY", AgentPlace.AFTER),
    ("CHARITY", ["CHARITY", "CHARITIES"], "NGO", AgentPlace.BEFORE),      # NGO~
    ("WHEEL!KIND!", ["WHEELSMITH", "WHEELSMITHS", "WHEELWRIGHT"], "BUS", AgentPlace.AFTER),
]
# fmt: on


@pytest.mark.parametrize(("text", "forms", "code", "place"), AGENTS)
def test_agents_forms_codes_and_places(
    toy: Path, text: str, forms: list[str], code: str, place: AgentPlace
) -> None:
    book = read_agents(toy / "toy.agents.txt")
    agent = next(a for a in book.agents if a.text == text)
    assert [f.text for f in agent.forms] == forms
    assert (agent.code, agent.place) == (code, place)


def test_agents_apply_to_an_actor_code(toy: Path) -> None:
    agents = {a.text: a for a in read_agents(toy / "toy.agents.txt").agents}
    assert agents["MINISTER"].apply("BOR") == "BORGOV"
    assert agents["CHARITY"].apply("BOR") == "NGOBOR"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("WANDERER\n", NoticeKind.NO_CODE),
        ("GLAZIER!NOPE! [~BUS]\n", NoticeKind.UNKNOWN_MARKER),
        ("BAKER [~BUS}\n", NoticeKind.MALFORMED),
        ("BAKER {BAKERS [~BUS]\n", NoticeKind.MALFORMED),
        ("BAKER [GOV]\n", NoticeKind.MALFORMED),  # neither ~GOV nor GOV~
    ],
)
def test_agents_report_lines_kept_out(
    write: Callable[[str, str], Path], text: str, kind: NoticeKind
) -> None:
    book = read_agents(write("a.agents.txt", text))
    assert book.agents == ()
    assert [(n.line, n.kind) for n in book.notices] == [(1, kind)]


@pytest.mark.parametrize("text", ["BAKER [~BUS}", "BAKER {BAKERS [~BUS]", "BAKER [GOV]"])
def test_agents_strict_mode_names_file_and_line(
    write: Callable[[str, str], Path], text: str
) -> None:
    with pytest.raises(DictionaryError, match=r"a\.agents\.txt:2:"):
        read_agents(write("a.agents.txt", f"MINISTER [~GOV]\n{text}\n"), strict=True)


def test_discards_sentence_and_story(toy: Path) -> None:
    book = read_discards(toy / "toy.discards.txt")
    got = [(d.phrase.text, d.story, d.phrase.exact, d.line) for d in book.discards]
    assert got == [
        ("FOOTBALL MATCH", False, False, 2),
        ("CHESS OLYMPIAD", True, False, 3),
        ("TENNIS_", False, True, 4),
    ]


def test_issues_categories_forms_and_ignores(toy: Path) -> None:
    book = read_issues(toy / "toy.issues.txt")
    assert [(c.name, c.type) for c in book.categories] == [("WATER", "ALL")]
    forms = {p.text: (p.forms, p.code, p.category) for p in book.phrases}
    assert forms["n:well"] == (("WELL", "WELLS"), "WATER_SUPPLY", "WATER")
    assert forms["v:irrigate field"][0] == (
        "IRRIGATE FIELD",
        "IRRIGATES FIELD",
        "IRRIGATED FIELD",
        "IRRIGATING FIELD",
    )
    assert forms["fresh+water"][0] == ("FRESH WATER", "FRESH-WATER")
    assert [(i.text, i.story, i.category) for i in book.ignores] == [
        ("WISHING WELL", False, "WATER")
    ]
    assert book.notices == ()


@pytest.mark.parametrize(
    ("text", "line", "kind"),
    [
        ('<ISSUE CATEGORY="X">\nplain phrase\n</ISSUE>\n', 2, NoticeKind.NO_CODE),
        ("</ISSUE>\n", 1, NoticeKind.STRAY_TAG),
        ("a [CODE]b [CODE]\n", 1, NoticeKind.MALFORMED),
    ],
)
def test_issues_report_lines_kept_out(
    write: Callable[[str, str], Path], text: str, line: int, kind: NoticeKind
) -> None:
    book = read_issues(write("i.txt", text))
    assert [(n.line, n.kind) for n in book.notices] == [(line, kind)]
    assert book.phrases == ()
    assert book.lines() == set(range(1, text.count("\n") + 1))

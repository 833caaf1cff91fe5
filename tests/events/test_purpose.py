"""Force aimed at, not used: an infinitive of purpose ("pour arrêter X", "afin de traquer
X") is no event (a past infinitive, "pour avoir attaqué", was done); and "lancer" is a
statement only through what it launches ("lancer un appel, un avertissement"), not "lancer
une opération"."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow


def codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code(Article(id="aim", text=text, date="2023-02-15")).events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La police turque a bouclé le quartier pour arrêter des opposants kurdes.", "17"),
        ("L'armée a lancé une opération afin de traquer les rebelles tchadiens.", "01"),
    ],
)
def test_an_aimed_act_is_no_event(fr_coder: Coder, text: str, absent: str) -> None:
    found = codes(fr_coder, text)
    assert not any(c.startswith(absent) for c in found), found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Les rebelles ont été condamnés pour avoir attaqué des soldats tchadiens.", "19"),
        ("Le ministre russe a lancé un avertissement à l'Ukraine.", "13"),
        ("« Il faut que la Chine cesse ses provocations », a lancé le ministre japonais.", "11"),
    ],
)
def test_done_acts_and_launched_words_stay(fr_coder: Coder, text: str, present: str) -> None:
    found = codes(fr_coder, text)
    assert any(c.startswith(present) for c in found), found

"""«si» with a past of the indicative in both clauses concedes a fact ("si X a salué
l'accord, il a averti que …"): the act under it is an event. With a present or a future
in either clause it stays a condition, and the act under it is none."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow

triples = partial(event_triples, full_code=True)

# fmt: off
CONCEDED = [
    ("Si le Premier ministre japonais a salué l'initiative indienne, il a exprimé des réserves.",
     ("JPN", "IND", "051")),
    ("Si la Norvège a condamné l'invasion russe, elle a toutefois maintenu ses échanges.",
     ("NOR", "RUS", "111")),
    ("Si le Canada a promis d'aider l'Ukraine, les fonds ne sont pas encore arrivés.",
     ("CAN", "UKR", "033")),
]
CONDITIONS = [
    ("Si la Serbie attaque le Kosovo, l'Union européenne réagira.", ("SRB", "XKX", "190")),
    ("Si le Soudan a expulsé des diplomates tchadiens, le Tchad rappellera son ambassadeur.",
     ("SDN", "TCD", "161")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CONCEDED)
def test_a_conceded_fact_is_an_event(
    fr_coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(fr_coder, text)


@pytest.mark.parametrize(("text", "unexpected"), CONDITIONS)
def test_a_condition_stays_no_event(
    fr_coder: Coder, text: str, unexpected: tuple[str, str, str]
) -> None:
    found = triples(fr_coder, text)
    assert not any(s == unexpected[0] and c[:2] == unexpected[2][:2] for s, _, c in found), found

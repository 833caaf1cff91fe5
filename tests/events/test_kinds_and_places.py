"""An event noun bare after "de" names a kind of thing ("un avion de combat"), unless its head
counts or frames events (cues.yaml `event_containers`); the place an unnamed doer acted in
is a name that says where ("à Dakar"), not any name of the sentence. Sentences of our own."""

from __future__ import annotations

import pytest

from veille.evaluate import slot
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

Triple = tuple[str | None, str | None, str]


def events(coder: Coder, text: str) -> set[Triple]:
    coded = coder.code(Article(id="t", text=text, date="2023-06-15"))
    return {(slot(e.source), slot(e.target), e.cameo) for e in coded.events if not e.negated}


# fmt: off
ABSENT = [
    # a fighter plane, a detention centre: kinds of things, not a fight or an arrest
    ("avion-de-combat", "Un avion de combat russe a survolé la Finlande.", "19"),
    ("avions-de-combat-recus", "La Pologne a reçu des avions de combat américains.", "19"),
    ("centre-de-detention", "Le Nigeria a construit trois nouveaux centres de détention.", "17"),
    # talks about a ceasefire are talks, not the ceasefire
    ("pourparlers-de-cessez-le-feu",
     "Des pourparlers de cessez-le-feu entre le Soudan et le Tchad ont eu lieu hier.", "08"),
    # a protest's place is where it happened, not who criticised it
    ("critiques-de-x", "Des manifestations ont éclaté à Dakar sous les critiques de Paris.",
     "FRA-14"),
]

PRESENT = [
    # heads that count or frame events keep them
    ("vague-d-arrestations", "La police a procédé à une vague d'arrestations au Kenya.",
     ("KEN", "KEN", "173")),
    ("vague-de-frappes", "Israël a mené une vague de frappes contre le Hezbollah.",
     ("ISR", "LBN", "190")),
    ("heures-de-negociations",
     "Après dix heures de négociations, la Serbie et le Kosovo ont conclu un accord.",
     ("SRB", "KSV", "046")),
    # the place of a protest: the locative name
    ("a-dakar", "Des manifestations ont éclaté à Dakar sous les critiques de Paris.",
     ("SEN", "SEN", "141")),
    ("sur-la-place", "Des milliers de personnes ont manifesté sur la place centrale de Tbilissi "
     "malgré les mises en garde de Moscou.", ("GEO", "GEO", "141")),
]
# fmt: on


@pytest.mark.parametrize(("name", "text", "absent"), ABSENT, ids=[c[0] for c in ABSENT])
def test_not_an_event(fr_coder: Coder, name: str, text: str, absent: str) -> None:
    found = events(fr_coder, text)
    source, _, root = absent.rpartition("-")
    bad = [e for e in found if e[2].startswith(root) and (not source or e[0] == source)]
    assert not bad, f"{name}: {found}"


@pytest.mark.parametrize(("name", "text", "expected"), PRESENT, ids=[c[0] for c in PRESENT])
def test_event_kept(fr_coder: Coder, name: str, text: str, expected: Triple) -> None:
    assert expected in events(fr_coder, text), name


# fmt: off
JUDGED = [
    # a statement whose words condemn is a criticism (cues.yaml `criticism`)
    ("deplorable",
     "Le Premier ministre japonais a estimé que la Chine avait eu une attitude déplorable.",
     ("JPN", "CHN", "111")),
    ("malhonnete", "Le ministre brésilien a qualifié l'Argentine de malhonnête.",
     ("BRA", "ARG", "111")),
    ("injuste",
     "Le président ghanéen a déclaré que les sanctions de la France étaient injustes.",
     ("GHA", "FRA", "111")),
]
# fmt: on


@pytest.mark.parametrize(("name", "text", "expected"), JUDGED, ids=[c[0] for c in JUDGED])
def test_judged_statement(fr_coder: Coder, name: str, text: str, expected: Triple) -> None:
    assert expected in events(fr_coder, text), name

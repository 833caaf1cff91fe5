"""A subject that lists its members: "plusieurs pays, dont la France et l'Allemagne, ont
condamné …" — each member listed after "dont" is a source of the act too, also when the
parser made the subject a bare adjunct before the verb."""

from __future__ import annotations

import pytest

from tests.events.coded import event_triples as pairs
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


# (text, expected triples)
# fmt: off
CASES = [
    ("Plusieurs pays, dont la Suède et la Norvège, ont condamné l'annexion russe.",
     {("SWE", "RUS", "11"), ("NOR", "RUS", "11")}),
    ("De nombreux États africains, dont le Sénégal, ont critiqué la France.",
     {("SEN", "FRA", "11")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_members_listed_after_dont_are_sources(
    fr_coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = pairs(fr_coder, text)
    assert expected <= found, found


def test_a_relative_clause_on_dont_lists_no_member(fr_coder: Coder) -> None:
    found = pairs(
        fr_coder, "Le Mali, dont le président a rencontré le roi du Maroc, a critiqué la France."
    )
    assert not any(s == "MAR" for s, _, _ in found), found


# (text, expected triples, triples that must not be found)
# fmt: off
LISTS = [
    ("La Belgique, les Pays-Bas et le Luxembourg ont condamné la Biélorussie.",
     {("BEL", "BLR", "11"), ("NLD", "BLR", "11"), ("LUX", "BLR", "11")},
     {("BEL", "NLD", "11"), ("NLD", "BEL", "11")}),
    ("Le Mexique et le Canada ont critiqué la décision américaine.",
     {("MEX", "USA", "11"), ("CAN", "USA", "11")},
     {("MEX", "CAN", "11"), ("CAN", "MEX", "11")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "absent"), LISTS)
def test_a_list_of_countries_acts_on_one_side(
    fr_coder: Coder,
    text: str,
    expected: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    found = pairs(fr_coder, text)
    assert expected <= found, found
    assert not absent & found, found


def test_subjects_acting_on_each_other_need_se(fr_coder: Coder) -> None:
    found = pairs(fr_coder, "L'Inde et le Pakistan se sont accusés d'avoir violé le cessez-le-feu.")
    assert {("IND", "PAK", "11"), ("PAK", "IND", "11")} <= found, found


# fmt: off
RECEIVED = [
    ("Le Mali a reçu les critiques de la Suède, de la Norvège et du Danemark.",
     {("SWE", "MLI", "11"), ("NOR", "MLI", "11"), ("DNK", "MLI", "11")}),
    ("Le gouvernement birman a reçu les critiques de l'ONU, du Canada, du Pérou et du Chili.",
     {("IGOUNO", "MMR", "11"), ("CAN", "MMR", "11"), ("PER", "MMR", "11"), ("CHL", "MMR", "11")}),
    ("L'Arménie a reçu des armes de la France.", {("FRA", "ARM", "07")}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RECEIVED)
def test_every_giver_listed_is_a_source(
    fr_coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = pairs(fr_coder, text)
    for source, target, root in expected:
        assert any(s == source and r == root and target in {"*", t} for s, t, r in found), found


def test_names_listed_after_a_nouns_source_are_sources_not_targets(fr_coder: Coder) -> None:
    found = pairs(
        fr_coder, "Le Mali fait face aux critiques de la Suède, de la Norvège et du Danemark."
    )
    listed = {"SWE", "NOR", "DNK"}
    assert not any(s in listed and t in listed for s, t, _ in found), found

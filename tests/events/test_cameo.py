"""Tests of the CAMEO table (veille/data/cameo.tsv) and its loader."""

from __future__ import annotations

import pytest

from veille.errors import UsageError
from veille.events.cameo import CameoTable, intent_code

ROOTS = [f"{n:02d}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def cameo() -> CameoTable:
    return CameoTable.load()


def test_cameo_table_size(cameo: CameoTable) -> None:
    assert 300 <= len(cameo.codes()) <= 320
    assert len(set(cameo.codes())) == len(cameo.codes())


@pytest.mark.parametrize("root", ROOTS)
def test_cameo_every_root_present(cameo: CameoTable, root: str) -> None:
    assert root in cameo
    assert cameo.root(root) == root
    assert f"{root}0" in cameo  # the general code of the root


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover_type", "plover_mode"),
    [
        ("010", 0.0, 1, None, None),
        ("042", 1.9, 1, "CONSULT", "visit"),
        ("043", 2.8, 1, "CONSULT", "visit"),
        ("057", 8.0, 1, "SUPPORT", None),
        ("072", 8.3, 2, "AID", None),
        ("0841", 7.0, 2, "RETREAT", "release"),
        ("111", -2.0, 3, "ACCUSE", "disapprove"),
        ("138", -7.0, 3, "THREATEN", "violence"),
        ("141", -6.5, 3, "PROTEST", "demo"),
        ("163", -8.0, 4, "COERCE", "restrict"),
        ("173", -5.0, 4, "COERCE", "arrest"),
        ("190", -10.0, 4, "ASSAULT", None),
        ("195", -10.0, 4, "ASSAULT", "heavy-weapons"),
        ("2042", -10.0, 4, "ASSAULT", "unconventional"),
    ],
)
def test_cameo_known_values(
    cameo: CameoTable,
    code: str,
    goldstein: float,
    quad: int,
    plover_type: str | None,
    plover_mode: str | None,
) -> None:
    row = cameo.get(code)
    assert row.goldstein == pytest.approx(goldstein)
    assert row.quad_class == quad
    assert row.plover_type == plover_type
    assert row.plover_mode == plover_mode


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("106", "Demand meeting, negotiation"),  # codebook numbering, not GDELT's labels
        ("108", "Demand mediation"),
        ("190", "Use conventional military force"),
        ("14", "Protest"),
    ],
)
def test_cameo_names(cameo: CameoTable, code: str, name: str) -> None:
    assert cameo.get(code).name == name


def test_cameo_every_subcode_has_its_parents(cameo: CameoTable) -> None:
    for code in cameo.codes():
        assert cameo.root(code) in cameo
        if len(code) == 4:
            assert code[:3] in cameo, code


def test_cameo_quad_class_follows_root(cameo: CameoTable) -> None:
    expected = {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)}
    for row in cameo:
        assert int(row.code[:2]) in expected[row.quad_class], row.code


def test_cameo_names_are_sentence_case(cameo: CameoTable) -> None:
    for row in cameo:
        assert row.name[0].isupper() and not row.name.isupper(), row.code


@pytest.mark.parametrize("code", ["999", "21", "0", "abc", "", "0100"])
def test_cameo_unknown_code_raises(cameo: CameoTable, code: str) -> None:
    assert code not in cameo
    with pytest.raises(UsageError, match="E008"):
        cameo.get(code)
    with pytest.raises(UsageError):
        cameo.root(code)


def test_cameo_contains_rejects_non_strings(cameo: CameoTable) -> None:
    assert 42 not in cameo


@pytest.mark.parametrize(
    ("act", "intent"),
    [("057", "030"), ("050", "032"), ("054", "032")],
)
def test_intent_code_of_a_cooperative_act(cameo: CameoTable, act: str, intent: str) -> None:
    assert intent_code(act) == intent
    assert intent in cameo


@pytest.mark.parametrize("act", ["042", "190", "111", "010", "051", "072"])
def test_no_intent_code_for_visits_conflict_and_verbal_or_material_acts(act: str) -> None:
    assert intent_code(act) is None

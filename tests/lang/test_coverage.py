"""The French coverage suite (veille/lang/fr/coverage/): every case, and its shape.

A case marked `known_failure` is a strict xfail: it must fail, so that fixing it means
removing the mark, and the pass rate the gate reads is the real one.
"""

from __future__ import annotations

import pytest

from veille.coverage import CoverageCase, judge, load_coverage
from veille.coverage import article as case_article
from veille.events.cameo import CameoTable
from veille.pipeline import Coder

CASES = load_coverage("fr")
PASS_RATE_FLOOR = 0.90


def _param(i: int, case: CoverageCase) -> object:
    marks = [pytest.mark.slow]
    if case.known_failure:
        marks.append(pytest.mark.xfail(reason=case.known_failure, strict=True))
    return pytest.param(case, id=f"{case.code}-{case.form}-{i}", marks=marks)


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_case(fr_coder: Coder, case: CoverageCase) -> None:
    result = judge(case, fr_coder.code(case_article(case)))
    assert result.passed, f"{case.text!r}: found {result.found}"


def test_cases_load_with_their_codes() -> None:
    assert CASES, "the French coverage suite is empty"
    assert all(len(c.code) == 3 for c in CASES)


def test_every_three_digit_code_has_three_cases_in_two_forms() -> None:
    codes = [row.code for row in CameoTable.load() if len(row.code) == 3]
    by_code: dict[str, list[CoverageCase]] = {code: [] for code in codes}
    for case in CASES:
        by_code[case.code].append(case)
    thin = {code: len(cases) for code, cases in by_code.items() if len(cases) < 3}
    assert not thin, f"codes with fewer than 3 sentences: {thin}"
    one_form = [code for code, cases in by_code.items() if len({c.form for c in cases}) < 2]
    assert not one_form, f"codes tested in one construction only: {one_form}"


def test_pass_rate_does_not_drop() -> None:
    """The share of cases not marked `known_failure` (each case's test proves the marks
    true). Issue 6 asks for 0.90; the floor pins today's rate so that it cannot drop."""
    rate = sum(1 for c in CASES if not c.known_failure) / len(CASES)
    assert rate >= PASS_RATE_FLOOR, f"coverage pass rate {rate:.3f} < {PASS_RATE_FLOOR}"

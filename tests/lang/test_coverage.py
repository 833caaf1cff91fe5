"""The French coverage suite (veille/lang/fr/coverage/): every case, and its shape.

A case marked `known_failure` is a strict xfail: it must fail, so that fixing it means
removing the mark, and the pass rate the gate reads is the real one.
"""

from __future__ import annotations

import pytest

from veille.coverage import CoverageCase, judge, load_coverage
from veille.coverage import article as case_article
from veille.pipeline import Coder

CASES = load_coverage("fr")


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

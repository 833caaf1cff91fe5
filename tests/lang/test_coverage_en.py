"""The English coverage suite (veille/lang/en/coverage/): every case, and its shape.

As for French, a case marked `known_failure` is a strict xfail, so that the pass rate
the floor reads is the real one. The English model is an optional extra: without it the
cases are skipped.
"""

from __future__ import annotations

import pytest

from veille.coverage import CoverageCase, judge, load_coverage
from veille.coverage import article as case_article
from veille.events.cameo import CameoTable
from veille.pipeline import Coder

CASES = load_coverage("en")
PASS_RATE_FLOOR = 0.90


def _param(i: int, case: CoverageCase) -> object:
    marks = [pytest.mark.slow]
    if case.known_failure:
        marks.append(pytest.mark.xfail(reason=case.known_failure, strict=True))
    return pytest.param(case, id=f"{case.code}-{case.form}-{i}", marks=marks)


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_case(en_coder: Coder, case: CoverageCase) -> None:
    result = judge(case, en_coder.code(case_article(case, lang="en")))
    assert result.passed, f"{case.text!r}: found {result.found}"


def test_every_three_digit_code_has_a_case() -> None:
    codes = {row.code for row in CameoTable.load() if len(row.code) == 3}
    assert codes - {c.code for c in CASES} == set()


def test_pass_rate_does_not_drop() -> None:
    rate = sum(1 for c in CASES if not c.known_failure) / len(CASES)
    assert rate >= PASS_RATE_FLOOR, f"English coverage pass rate {rate:.3f} < {PASS_RATE_FLOOR}"

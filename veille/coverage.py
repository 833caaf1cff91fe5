"""The coverage suite of a language: sentences of our own for every 3-digit CAMEO code.

`veille/lang/<code>/coverage/*.yaml` lists, per CAMEO root, sentences in different
constructions (active, passive, nominal, participle, inside a quotation, announced or
future, negated) with the event the coder must output: its code, source and target.
It tests the language data and the grammar, not articles. `veille coverage` prints the
pass rate per root; the test suite runs every case (tests/lang/test_coverage.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import Field, field_validator

from veille.evaluate import slot
from veille.lang import language_folder
from veille.lexicon_io import read_yaml_list
from veille.schemas import CAMEO_CODE, _Strict
from veille.types import Article, CodedArticle, Event

Form = Literal["active", "passive", "nominal", "participle", "quote", "future", "negated", "other"]
ANY = "*"
DEFAULT_DATE = "2023-06-15"


class CoverageCase(_Strict):
    """One sentence and the event it must give (`coverage/NN.yaml`)."""

    code: str
    form: Form
    text: str = Field(min_length=1)
    source: str
    target: str = ANY  # "*": any target, or none
    date: str = DEFAULT_DATE
    known_failure: str | None = None  # why the coder still misses it (a strict xfail)
    note: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CAMEO_CODE.match(v) or len(v) != 3:
            raise ValueError(f"{v!r} is not a 3-digit CAMEO code")
        return v

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def negated(self) -> bool:
        return self.form == "negated"


class _CoderLike(Protocol):  # the part of veille.pipeline.Coder this module uses
    def code(self, article: Article) -> CodedArticle: ...


@dataclass(frozen=True)
class CaseResult:
    case: CoverageCase
    passed: bool
    found: tuple[str, ...]  # what the coder output, "SRC>TGT:code" ("!" when negated)


@dataclass(frozen=True)
class RootRate:
    root: str
    cases: int
    passed: int

    @property
    def rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0


def load_coverage(lang: str) -> list[CoverageCase]:
    """Every case of `veille/lang/<lang>/coverage/`, in file order.

    Raises:
        UsageError: there is no such language.
        LexiconError: a file is malformed (the message names file and line).
    """
    folder = language_folder(lang) / "coverage"
    cases: list[CoverageCase] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        cases += read_yaml_list(path, CoverageCase)
    return cases


def _matches(event: Event, case: CoverageCase) -> bool:
    if not event.cameo.startswith(case.code) or slot(event.source) != case.source:
        return False
    return case.target == ANY or slot(event.target) == case.target


def judge(case: CoverageCase, coded: CodedArticle) -> CaseResult:
    """A positive case passes when a positive event matches its code, source and target;
    a negated one when such an event is output as negated and none as positive."""
    positive = any(_matches(e, case) for e in coded.events if not e.negated)
    negative = any(_matches(e, case) for e in coded.events if e.negated)
    passed = (negative and not positive) if case.negated else positive
    found = tuple(
        f"{slot(e.source)}>{slot(e.target) or '-'}:{e.cameo}{'!' if e.negated else ''}"
        for e in coded.events
    )
    return CaseResult(case, passed, found)


def article(case: CoverageCase, index: int = 0, lang: str = "fr") -> Article:
    return Article(id=f"coverage-{case.code}-{index}", text=case.text, date=case.date, lang=lang)


def run(coder: _CoderLike, cases: Iterable[CoverageCase], lang: str = "fr") -> Iterator[CaseResult]:
    """Code each case (sentences of `lang`) on its own and judge it."""
    for i, case in enumerate(cases):
        yield judge(case, coder.code(article(case, i, lang)))


def rates(results: Iterable[CaseResult]) -> list[RootRate]:
    """Pass counts per CAMEO root, then the total (root "all")."""
    counts: dict[str, list[int]] = {}
    for r in results:
        for key in (r.case.root, "all"):
            c = counts.setdefault(key, [0, 0])
            c[0] += 1
            c[1] += int(r.passed)
    return [RootRate(k, n, p) for k, (n, p) in sorted(counts.items(), key=lambda kv: kv[0])]

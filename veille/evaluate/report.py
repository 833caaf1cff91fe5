"""Scores per article and over a set (events, quotes, actors, per CAMEO root), with the
misses and extra triples that make them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from veille.evaluate.gold import GoldArticle, GoldQuote
from veille.evaluate.matching import canon, matches, norm, pred_triples, same_person, slot
from veille.types import CodedArticle


@dataclass
class Counts:
    """Raw counts; the totals of a report are the sums over its articles."""

    ev_tp: int = 0
    ev_pred: int = 0
    ev_req: int = 0
    ev_req_found: int = 0
    q_req: int = 0
    q_found: int = 0
    q_pred: int = 0
    a_gold: int = 0
    a_strict: int = 0
    a_lenient: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class RootRow:
    """Event scores of one CAMEO root."""

    root: str
    predicted: int = 0
    correct: int = 0
    required: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.required)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass(frozen=True)
class Miss:
    """A required gold item not found (`event`, `quote`, `actor`, `actor-code`), or an
    `extra` predicted triple that matches no gold triple."""

    kind: str
    detail: str


@dataclass
class ArticleScore:
    id: str
    predicted: bool
    counts: Counts = field(default_factory=Counts)
    roots: dict[str, RootRow] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def root(self, code: str) -> RootRow:
        return self.roots.setdefault(code, RootRow(code))


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


def _score_events(gold: GoldArticle, pred: CodedArticle | None, out: ArticleScore) -> None:
    triples = pred_triples(pred) if pred else set()
    out.counts.ev_pred = len(triples)
    for t in sorted(triples, key=str):
        hit = any(matches(t, o) for g in gold.events for o in g.options())
        out.root(t[2]).predicted += 1
        if hit:
            out.counts.ev_tp += 1
            out.root(t[2]).correct += 1
        else:
            out.misses.append(Miss("extra", f"{t[0]} -> {t[1]} root {t[2]}"))
    for g in gold.events:
        if not g.required:
            continue
        out.counts.ev_req += 1
        out.root(g.root).required += 1
        if any(matches(t, o) for t in triples for o in g.options()):
            out.counts.ev_req_found += 1
            out.root(g.root).found += 1
        else:
            detail = f"{g.source} -> {g.target} root {g.root}" + (f" ({g.note})" if g.note else "")
            out.misses.append(Miss("event", detail))


def _quote_found(g: GoldQuote, pred: CodedArticle) -> bool:
    want = norm(g.starts_with)
    prefix = want[: max(12, len(want) // 2)]
    for q in pred.quotes:
        if not norm(q.text).startswith(prefix):
            continue
        name = q.speaker.name if q.speaker else None
        code = q.speaker.code if q.speaker else None
        if g.speaker is None or same_person(name, g.speaker) or (g.code and code == g.code):
            return True
    return False


def _score_quotes(gold: GoldArticle, pred: CodedArticle | None, out: ArticleScore) -> None:
    out.counts.q_pred = len(pred.quotes) if pred else 0
    for g in gold.quotes:
        if not g.required:
            continue
        out.counts.q_req += 1
        if pred is not None and _quote_found(g, pred):
            out.counts.q_found += 1
        else:
            out.misses.append(Miss("quote", f"{g.speaker}: {g.starts_with}"))


def _score_actors(gold: GoldArticle, pred: CodedArticle | None, out: ArticleScore) -> None:
    mentions = pred.actors if pred else []
    for g in gold.actors:
        out.counts.a_gold += 1
        want = norm(g.text)
        cands = [
            a for a in mentions if norm(a.text) and (norm(a.text) in want or want in norm(a.text))
        ]
        if any(canon(a.code) == canon(g.code) for a in cands):
            out.counts.a_strict += 1
            out.counts.a_lenient += 1
        elif any(slot(a) == slot(g.code) for a in cands):
            out.counts.a_lenient += 1
            out.misses.append(Miss("actor-code", f"{g.text} = {g.code}"))
        else:
            out.misses.append(Miss("actor", f"{g.text} = {g.code}"))


def score_article(gold: GoldArticle, pred: CodedArticle | None) -> ArticleScore:
    """Score one article; `pred` None means the coder produced nothing for it."""
    out = ArticleScore(gold.id, pred is not None)
    _score_events(gold, pred, out)
    _score_quotes(gold, pred, out)
    _score_actors(gold, pred, out)
    return out


@dataclass
class EvalReport:
    """Totals, per-root rows and per-article scores (with their misses)."""

    totals: Counts
    per_root: list[RootRow]
    articles: list[ArticleScore]

    @property
    def missing(self) -> list[str]:
        return [a.id for a in self.articles if not a.predicted]

    @property
    def event_precision(self) -> float:
        return ratio(self.totals.ev_tp, self.totals.ev_pred)

    @property
    def event_recall(self) -> float:
        return ratio(self.totals.ev_req_found, self.totals.ev_req)

    @property
    def event_f1(self) -> float:
        return f1(self.event_precision, self.event_recall)

    def summary(self) -> dict[str, Any]:
        """The totals exactly as `score.py --json` prints them (rounded to 3 places)."""
        t = self.totals
        return {
            "articles": len(self.articles),
            "articles_missing_in_pred": len(self.missing),
            "event_precision": round(self.event_precision, 3),
            "event_recall": round(self.event_recall, 3),
            "event_f1": round(self.event_f1, 3),
            "quote_recall": round(ratio(t.q_found, t.q_req), 3),
            "actor_strict": round(ratio(t.a_strict, t.a_gold), 3),
            "actor_lenient": round(ratio(t.a_lenient, t.a_gold), 3),
        }

    def to_dict(self) -> dict[str, Any]:
        """The summary plus per-root scores and per-article misses, for JSON output."""
        roots = [
            {"root": r.root, "predicted": r.predicted, "correct": r.correct,
             "required": r.required, "found": r.found, "precision": round(r.precision, 3),
             "recall": round(r.recall, 3), "f1": round(r.f1, 3)}
            for r in self.per_root
        ]  # fmt: skip
        misses = {a.id: [f"{m.kind}: {m.detail}" for m in a.misses] for a in self.articles}
        return {**self.summary(), "per_root": roots, "misses": misses}


def evaluate(golds: Iterable[GoldArticle], preds: Iterable[CodedArticle]) -> EvalReport:
    """Score predictions against gold articles, matched on `id` (the last prediction of an
    id wins; a gold article without a prediction scores as an empty one).

    Args:
        golds: the gold articles.
        preds: the coder's output.

    Returns:
        The report.
    """
    by_id = {p.id: p for p in preds}
    totals = Counts()
    roots: dict[str, RootRow] = {}
    articles: list[ArticleScore] = []
    for gold in golds:
        score = score_article(gold, by_id.get(gold.id))
        articles.append(score)
        totals.add(score.counts)
        for code, row in score.roots.items():
            total = roots.setdefault(code, RootRow(code))
            total.predicted += row.predicted
            total.correct += row.correct
            total.required += row.required
            total.found += row.found
    return EvalReport(totals, [roots[k] for k in sorted(roots)], articles)

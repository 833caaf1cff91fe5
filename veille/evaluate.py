"""Score coded articles against gold files, with the rules of `shared/eval/score.py`.

Events are scored as (source country, target country, CAMEO root) triples per article;
quotes by the start of their text and their speaker; actors by overlapping text and code.
Also per CAMEO root: precision over predicted triples of that root, recall over required
gold triples whose main root it is. See `shared/eval/GUIDELINES.md`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.errors import Errors, UsageError
from veille.types import ActorMention, ActorRef, CodedArticle

Triple = tuple[str | None, str | None, str]

# Spellings of one organisation in CAMEO/Phoenix dictionaries -> the code of CONTRACT.md.
IGO_ALIASES = {"IGOAFRAFU": "IGOAFRAU", "IGOWAFBUSWAS": "IGOWAFWAS", "IGOSAFDEVSAD": "IGOSAFSAD"}
_QUOTE_MARKS = re.compile(r"[«»“”\"„‟’']")


@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str | None
    root: str
    required: bool = True
    also: tuple[Triple, ...] = ()
    note: str = ""

    def options(self) -> list[Triple]:
        """The main triple, then its acceptable alternatives."""
        return [(self.source, self.target, self.root), *self.also]


@dataclass(frozen=True)
class GoldQuote:
    starts_with: str
    speaker: str | None = None
    code: str | None = None
    required: bool = True


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str
    name: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    actors: tuple[GoldActor, ...] = ()


def _gold_event(d: dict[str, Any]) -> GoldEvent:
    base = (d["source"], d["target"], d["root"])
    also = tuple(
        (alt.get("source", base[0]), alt.get("target", base[1]), alt.get("root", base[2]))
        for alt in d.get("also", [])
    )
    return GoldEvent(*base, required=d.get("required", True), also=also, note=d.get("note", ""))


def gold_from_dict(d: dict[str, Any]) -> GoldArticle:
    """A gold article from its JSON object (GUIDELINES.md)."""
    return GoldArticle(
        id=d["id"],
        events=tuple(_gold_event(e) for e in d.get("events", [])),
        quotes=tuple(
            GoldQuote(q["starts_with"], q.get("speaker"), q.get("code"), q.get("required", True))
            for q in d.get("quotes", [])
        ),
        actors=tuple(GoldActor(a["text"], a["code"], a.get("name")) for a in d.get("actors", [])),
    )


def load_json_records(path: str | Path) -> list[dict[str, Any]]:
    """Objects of a `.jsonl` file (one a line) or a `.json` file (one object or a list).

    Raises:
        UsageError: the file cannot be read or is not JSON (E006).
    """
    name = str(path)
    try:
        text = Path(name).read_text("utf-8")
        if name.endswith(".jsonl"):
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            items = data if isinstance(data, list) else [data]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(Errors.E006.format(path=name, reason=str(exc))) from exc
    if not all(isinstance(item, dict) for item in items):
        raise UsageError(Errors.E006.format(path=name, reason="records must be JSON objects"))
    return items


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file (`.json` or `.jsonl`).

    Raises:
        UsageError: the file cannot be read, or a record lacks a required field (E006).
    """
    try:
        return [gold_from_dict(d) for d in load_json_records(path)]
    except (KeyError, TypeError) as exc:
        raise UsageError(Errors.E006.format(path=path, reason=f"bad gold record: {exc}")) from exc


def _igo(code: str) -> str:
    code = IGO_ALIASES.get(code, code)
    return "IGOUNO" if code.startswith("IGOUNO") else code


def canon(code: str | None) -> str | None:
    """An actor code with organisation spellings unified."""
    return _igo(code) if code and code.startswith("IGO") else code


def slot(actor: str | ActorRef | ActorMention | None) -> str | None:
    """The slot events are scored on: a country, a region code, or a whole IGO code."""
    if not actor:
        return None
    if isinstance(actor, str):
        return _igo(actor) if actor.startswith("IGO") else actor[:3]
    code = actor.code or ""
    if code.startswith("IGO"):
        return _igo(code)
    return actor.country or (code[:3] if code else None)


def norm(text: str | None) -> str:
    """NFKC, quotation marks to spaces, spaces collapsed, lower case."""
    text = _QUOTE_MARKS.sub(" ", unicodedata.normalize("NFKC", text or ""))
    return re.sub(r"\s+", " ", text).strip().lower()


def _name_key(name: str | None) -> str | None:
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", norm(name).replace("-", " "))
    return "".join(c for c in folded if not unicodedata.combining(c))


def same_person(a: str | None, b: str | None) -> bool:
    """Same canonical name, or the same surname of more than two letters, accents ignored."""
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    return bool(wa and wb) and len(wa[-1]) > 2 and wa[-1] == wb[-1]


def matches(triple: Triple, option: Triple) -> bool:
    source, target, root = triple
    gold_target = option[1] if option[1] == "*" else slot(option[1])
    return source == slot(option[0]) and root == option[2] and gold_target in ("*", target)


def pred_triples(article: CodedArticle) -> set[Triple]:
    """The distinct triples of an article's events that are not negated."""
    return {
        (slot(e.source), slot(e.target), e.cameo_root or (e.cameo or "")[:2])
        for e in article.events
        if not e.negated
    }


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

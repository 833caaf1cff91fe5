"""Why each missed and each extra triple: the events behind it, or the candidates dropped.

For an extra triple (predicted, in no gold), the events that made it: sentence, trigger,
actors and the `evidence` of each (the rules that found them). For a missed triple (gold,
not predicted), the candidates the coder dropped that would have made it, with the reason
(`veille.events.evidence`), the output events that come close (same source and root,
same dyad, or same target and root), and the article's mentions of its two actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from veille.evaluate import GoldArticle, GoldEvent, Triple, matches, pred_triples, slot
from veille.events.evidence import Dropped
from veille.types import CodedArticle, Event


@dataclass(frozen=True)
class Because:
    """An event behind an explanation; `dropped` is why it was not output (None if it was)."""

    event: Event
    dropped: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence naming a missed triple's actors, and the triggers the coder read in it."""

    text: str
    triggers: tuple[str, ...]  # "«annoncé» 010 output", "«frappe» 190 dropped: hypothetical"


@dataclass
class Item:
    """One missed or extra triple of an article, and what explains it."""

    kind: str  # missed | extra
    triple: Triple
    note: str = ""
    events: list[Because] = field(default_factory=list)  # made it, or would have
    near: list[Because] = field(default_factory=list)  # output events that come close
    actors: dict[str, list[str]] = field(default_factory=dict)  # slot -> words naming it
    sentences: list[Sentence] = field(default_factory=list)  # where its actors are named


@dataclass
class ArticleExplanation:
    id: str
    items: list[Item] = field(default_factory=list)


def triple_of(e: Event) -> Triple:
    return (slot(e.source), slot(e.target), e.cameo_root or e.cameo[:2])


def _hit(t: Triple, gold: GoldArticle) -> bool:
    return any(matches(t, o) for g in gold.events for o in g.options())


def _extras(gold: GoldArticle, pred: CodedArticle) -> list[Item]:
    items = []
    for t in sorted(pred_triples(pred), key=str):
        if not _hit(t, gold):
            made = [Because(e) for e in pred.events if not e.negated and triple_of(e) == t]
            items.append(Item("extra", t, events=made))
    return items


def _near(g: GoldEvent, events: list[Event]) -> list[Because]:
    """Output events with the gold's source and root, its dyad (either way), or its
    target and root."""
    src, tgt = slot(g.source), slot(g.target) if g.target != "*" else "*"
    out = []
    for e in events:
        s, t, root = triple_of(e)
        same_target = tgt == "*" or t == tgt
        if (
            (s == src and root == g.root)
            or (s == src and same_target and tgt != "*")
            or (same_target and root == g.root and tgt != "*")
            or (s == tgt and t == src)
        ):
            out.append(Because(e))
    return out


def _mentions(g: GoldEvent, pred: CodedArticle | None) -> dict[str, list[str]]:
    wanted = [x for x in (slot(g.source), slot(g.target) if g.target != "*" else None) if x]
    found: dict[str, list[str]] = {w: [] for w in wanted}
    for a in pred.actors if pred else []:
        key = slot(a)
        if key in found and a.text not in found[key]:
            found[key].append(a.text)
    return found


def _missed(
    gold: GoldArticle, pred: CodedArticle | None, dropped: list[Dropped], text: str | None
) -> list[Item]:
    triples = pred_triples(pred) if pred else set()
    events = [e for e in pred.events if not e.negated] if pred else []
    negated = [e for e in pred.events if e.negated] if pred else []
    items = []
    for g in gold.events:
        if not g.required or any(matches(t, o) for t in triples for o in g.options()):
            continue
        main = (g.source, g.target, g.root)
        would = [Because(d.event, d.reason) for d in dropped if _would(d.event, g)]
        would += [Because(e, "negated") for e in negated if _would(e, g)]
        item = Item("missed", main, g.note, would, _near(g, events), _mentions(g, pred))
        if pred is not None and text:
            item.sentences = _sentences(g, pred, dropped, text)
        items.append(item)
    return items


_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"-])|\n+")


def _spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (for diagnostics only)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _sentences(
    g: GoldEvent, pred: CodedArticle, dropped: list[Dropped], text: str, limit: int = 3
) -> list[Sentence]:
    """The first sentences naming the gold's source (and its target, when named), with
    every trigger the coder read there, output or dropped."""
    spans = _spans(text)

    def naming(code: str | None) -> set[int]:
        return {
            i
            for a in pred.actors
            if slot(a) == code
            for i, (s, e) in enumerate(spans)
            if s <= a.start < e
        }

    found = naming(slot(g.source))
    if g.target not in (None, "*"):
        found &= naming(slot(g.target))
    events = [(e, "") for e in pred.events] + [(d.event, d.reason) for d in dropped]
    out = []
    for i in sorted(found)[:limit]:
        s, e = spans[i]
        triggers = tuple(
            f"«{ev.trigger.text}» {ev.cameo} " + (f"dropped: {why}" if why else "output")
            for ev, why in events
            if s <= ev.trigger.start < e
        )
        out.append(Sentence(" ".join(text[s:e].split()), triggers))
    return out


def _would(e: Event, g: GoldEvent) -> bool:
    return any(matches(triple_of(e), o) for o in g.options())


def explain(
    golds: Iterable[GoldArticle],
    preds: Iterable[CodedArticle],
    dropped: dict[str, list[Dropped]] | None = None,
    texts: dict[str, str] | None = None,
) -> list[ArticleExplanation]:
    """Each missed and each extra event triple of each gold article, explained.

    Args:
        golds: the gold articles.
        preds: the coder's output (matched on `id`; the last of an id wins).
        dropped: per article id, the candidates the coder dropped (`Coder.trace`);
            without them only the output events can explain a miss.
        texts: per article id, its text: a miss then lists the sentences naming its
            actors, with the triggers read in each.
    """
    by_id = {p.id: p for p in preds}
    out = []
    for gold in golds:
        pred = by_id.get(gold.id)
        lost = (dropped or {}).get(gold.id, [])
        text = (texts or {}).get(gold.id)
        items = _missed(gold, pred, lost, text) + (_extras(gold, pred) if pred else [])
        out.append(ArticleExplanation(gold.id, items))
    return out

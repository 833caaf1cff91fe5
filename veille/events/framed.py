"""A judgement framed as someone's view: "Selon X, la décision de Y est inacceptable",
"Pour X, l'attitude de Y constitue une provocation". No speech verb carries it, but the
framing phrase makes the clause X's words; when its predicate is a word of criticism
(cues.yaml `criticism`) and an actor is named in the clause, X criticises that actor
(CAMEO 111).

Conservative by design: the framing phrase must open the sentence (or follow a comma),
the clause must be a judgement (a copula, or a verb of cues.yaml `judging_copulas`,
with a criticism word as its predicate), and the target must be named in the subject or
the predicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from veille.events.arguments import ArgumentFinder
from veille.events.grammar import Arg
from veille.text import fold

CRITICISM = "111"
PHRASE_POS = {"NOUN", "PROPN", "PRON"}


@dataclass(frozen=True)
class Judgement:
    """One framed judgement: its predicate, who judges and whom."""

    predicate: Token
    code: str
    sources: list[Arg]
    targets: list[Arg]


class FramedJudgements:
    """Finds the judgements of a sentence framed by "selon X", "pour X,", "aux yeux de X"."""

    def __init__(
        self,
        frames: set[str],
        needs_comma: frozenset[str],
        criticism: set[str],
        copulas: set[str],
    ) -> None:
        self.frames = frames
        self.needs_comma = needs_comma
        self.criticism = criticism
        self.copulas = copulas

    def find(self, sent: Span, finder: ArgumentFinder) -> Judgement | None:
        """The framed criticism of one sentence, if it holds one."""
        if _conditional(sent.root):
            return None
        frame = self._frame(sent)
        if frame is None:
            return None
        sources = finder.at(frame, deep=True)
        if len(sources) != 1:
            return None
        framed = {t.i for t in frame.subtree}
        own = sources[0].actor.code
        predicate = self._predicate(sent.root)
        if predicate is not None:
            named = self._named(sent.root, predicate, framed, finder)
        else:  # "Selon X, il n'appartient pas à Y de faire des remarques irresponsables"
            predicate = self._criticism_word(sent, framed)
            if predicate is None:
                return None
            named = self._nearest(sent, predicate, framed | {predicate.i}, own, finder)
        targets = [t for t in named if t.actor.code != own]
        if not targets:
            return None
        return Judgement(predicate, CRITICISM, sources, targets)

    def _criticism_word(self, sent: Span, framed: set[int]) -> Token | None:
        """A word of criticism in the framed clause (an adjective or a noun)."""
        for tok in sent:
            if tok.i not in framed and tok.pos_ in {"ADJ", "NOUN"} and self._criticises(tok):
                return tok
        return None

    def _criticises(self, tok: Token) -> bool:
        return fold(tok.lemma_) in self.criticism

    def _nearest(
        self, sent: Span, word: Token, skip: set[int], own: str, finder: ArgumentFinder
    ) -> list[Arg]:
        """The actor named nearest the criticism word, the framing phrase's aside."""
        for tok in sorted(sent, key=lambda t: abs(t.i - word.i)):
            if tok.i in skip:
                continue
            found = [a for a in finder.at(tok) if a.actor.code != own]
            if found:
                return found
        return []

    def _predicate(self, root: Token) -> Token | None:
        """The criticism word the clause asserts: "est inacceptable", "constitue une
        provocation"; None for a clause that is not such a judgement, or a conditional."""
        if fold(root.lemma_) in self.criticism and any(c.dep_ == "cop" for c in root.children):
            return root
        if fold(root.lemma_) in self.copulas:
            for child in root.children:
                if child.dep_ == "obj" and fold(child.lemma_) in self.criticism:
                    return child
        return None

    def _frame(self, sent: Span) -> Token | None:
        """The head of the phrase a framing form introduces at the start of the sentence or
        after a comma ("Selon X, …", "…, selon X.")."""
        doc = sent.doc
        for i in range(sent.start, sent.end):
            if i > sent.start and doc[i - 1].text != ",":
                continue
            for k in range(1, 5):
                form = fold(doc[i : i + k].text)
                if form not in self.frames:
                    continue
                head = _next_phrase(doc[i + k : min(i + k + 4, sent.end)])
                if head is None:
                    continue
                if form in self.needs_comma and not _comma_after(head):
                    continue
                return head
        return None

    def _named(
        self, root: Token, predicate: Token, framed: set[int], finder: ArgumentFinder
    ) -> list[Arg]:
        """The actors named by the clause's subject, else by the predicate's complements
        ("une provocation de la Russie"), outside the framing phrase."""
        for child in root.children:
            if child.dep_.startswith("nsubj") and child.i not in framed:
                found = finder.at(child, deep=True)
                if found:
                    return found
        for child in predicate.children:
            if child.dep_ in {"nmod", "amod"} and child.i not in framed:
                found = finder.at(child, deep=True)
                if found:
                    return found
        return []


def _conditional(root: Token) -> bool:
    """ "serait inacceptable", "constituerait une provocation": a hypothesis."""
    auxiliaries = [c for c in root.children if c.dep_.startswith(("cop", "aux"))]
    return any("Mood=Cnd" in str(t.morph) for t in [root, *auxiliaries])


def _next_phrase(tokens: Span) -> Token | None:
    for tok in tokens:
        if tok.pos_ in PHRASE_POS:
            while (
                tok.head.i != tok.i
                and tok.head.pos_ in PHRASE_POS
                and tok.dep_
                in {
                    "flat",
                    "flat:name",
                    "fixed",
                }
            ):
                tok = tok.head
            return tok
    return None


def _comma_after(head: Token) -> bool:
    end = max(t.i for t in head.subtree if not t.is_punct) + 1
    return end < len(head.doc) and head.doc[end].text == ","

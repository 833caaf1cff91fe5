"""Which actors a token stands for: the mentions found in the text, mapped onto the
parse, with conjuncts, titled names ("M. Poutine"), demonyms ("les forces russes") and
first-person subjects inside a quote (the quote's speaker).

The base of `ArgumentFinder` (veille/events/arguments.py): the subject, target and
nominal readers build on these look-ups.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Gazetteer
from veille.actors.mentions import Mention
from veille.annotations import FoundQuote
from veille.events.grammar import CLAUSES, SUBJ, Arg, _wider
from veille.events.members import listed_names, places
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor


class ActorLookup:
    """Maps tokens to actors: the state every argument reader shares."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        quotes: list[FoundQuote],
        gaz: Gazetteer,
        is_trigger: Callable[[Token], bool] = lambda t: False,
        object_control: set[str] | None = None,
        quantities: set[str] | None = None,
        *,
        grammar: Grammar,
        onsets: set[str] | None = None,
    ) -> None:
        self.doc = doc
        self.g = grammar
        self.is_trigger = is_trigger
        self.object_control = object_control or set()
        self.quantities = (
            quantities or set()
        )  # "dizaine", "millier": "des dizaines de milliers de X"
        self.onsets = onsets or set()  # "le lancement d'une offensive": the offensive's frame
        self.default: str | None = doc.user_data.get("veille_default_country")
        self.gaz = gaz
        self.quotes = quotes
        self.by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start):
            if m.actor is None and not m.members:
                continue
            if m.kind == "person" and m.how == "default":
                continue  # a name we know nothing about speaks, but does not act for a state
            for i in range(m.start, m.end):
                if i not in self.by_token or _wider(m, self.by_token[i]):
                    self.by_token[i] = m

    def at(self, tok: Token, deep: bool = False) -> list[Arg]:
        """The actors a token stands for (with its conjuncts), optionally looking inside."""
        out = self._one(tok, deep)
        m = self.by_token.get(tok.i)
        words = [self.doc[i] for i in range(m.start, m.end)] if m else [tok]
        for word in words:
            for conj in word.children:
                if conj.dep_ == "conj" and conj.pos_ in {"NOUN", "PROPN", "PRON"}:
                    out += [a for a in self._one(conj, deep) if a not in out]
                elif conj.dep_ == "conj" and conj.pos_ == "ADJ" and m is not None and out:
                    out += [a for a in self._demonym_in([conj], {"conj"}) if a not in out]
                elif conj.dep_ == "appos" and conj.pos_ == "PROPN" and places(out):
                    out += [a for a in listed_names(self, conj, deep) if a not in out]
        more: list[Arg] = []
        if deep and m is None and out and out[0].span != (0, 0):  # "des armes à X et à Y"
            root = self.doc[out[0].span[0] : out[0].span[1]].root
            more += self.at(root) if root.i != tok.i else []
        for sibling in self._same_case_conjuncts(tok) if out else []:
            more += self._one(sibling, deep)
        known = {a.actor for a in out}
        for arg in more:  # other actors only ("à l'appel de X et de Y", both the same)
            if arg.actor not in known:
                out.append(arg)
                known.add(arg.actor)
        return out

    def _same_case_conjuncts(self, tok: Token) -> list[Token]:
        """ "des sanctions à l'Iran et à la Corée du Nord" parsed with the second name
        as a conjunct of the noun: the names after "et" with the same preposition."""
        case = self._case(tok)
        if not case or tok.head.i == tok.i:
            return []
        return [
            c
            for c in tok.head.children
            if c.dep_ == "conj"
            and c.i > tok.i
            and c.pos_ in {"NOUN", "PROPN"}
            and self._case(c) == case
        ]

    def _one(self, tok: Token, deep: bool) -> list[Arg]:
        if fold(tok.text) in self.g.first_person:
            for q in self.quotes:
                if q.tok_start <= tok.i < q.tok_end and q.actor is not None:
                    text = q.quote.speaker.text if q.quote.speaker else ""
                    return [Arg(q.actor, text or "", "context")]
        m = self.by_token.get(tok.i) or self._titled(tok)
        if m is None and tok.dep_ in SUBJ and any(fold(c.text) in self.g.our for c in tok.children):
            return self._one(next(c for c in tok.children if fold(c.text) in self.g.our), deep)
        if m is None and deep:
            inside = self._phrase(tok)
            m = next((self.by_token[t.i] for t in inside if t.i in self.by_token), None)
            if m is None:
                return self._demonym_in(inside)
        if m is None:
            return []
        text = self.doc[m.start : m.end].text
        via = "context" if m.how in {"coref", "default"} else "parse"
        if m.members:
            return [Arg(a, text, "context", (m.start, m.end)) for a in m.members]
        return [Arg(m.actor, text, via, (m.start, m.end))] if m.actor else []

    def _titled(self, tok: Token) -> Mention | None:
        """ "M. Poutine", "Mme Merkel": the parser heads the name with the title."""
        for c in tok.children:
            if c.dep_.startswith("flat") and c.i in self.by_token:
                return self.by_token[c.i]
        return None

    def _phrase(self, tok: Token) -> list[Token]:
        """The words of a complement, nearest first, without entering clauses or the
        arguments of another event noun ("sanctions en rapport avec la fourniture … à X")."""
        out, frontier = [], [tok]
        for _ in range(4):
            nxt = []
            for t in frontier:
                out.append(t)
                for c in t.children:
                    event = self.is_trigger(c) and not self._kind(c)
                    if c.dep_ in CLAUSES or (event and c.i != tok.i):
                        continue
                    nxt.append(c)
            frontier = sorted(nxt, key=lambda t: t.i)
        return out

    def _kind(self, noun: Token) -> bool:
        """An event noun bare after "de" names a kind of thing ("un avion de combat
        russe"): its words are the complement's own."""
        if noun.dep_ != "nmod" or any(c.dep_ == "det" for c in noun.children):
            return False
        if fold(noun.head.lemma_) in self.quantities:
            return False  # "des milliers de manifestants": people counted, not a kind
        return any(
            c.dep_ == "case" and self.g.case_word(fold(c.text)) in self.g.classifier_cases
            for c in noun.children
        )

    def _demonym_in(
        self, tokens: list[Token], deps: frozenset[str] | set[str] = frozenset({"amod"})
    ) -> list[Arg]:
        """ "des actions militaires russes": the country an adjective names ("les
        délégations russe et ukrainienne": the second one is a conjunct)."""
        for t in tokens:
            word = t.norm_.removeprefix("anti-")  # "une manifestation anti-américaine"
            if t.dep_ in deps | {"acl"} and word in self.gaz.demonyms:  # "chinois" as acl
                code = self.gaz.demonyms[word]
                return [Arg(Actor(code=code, country=code), t.text, "parse", (t.i, t.i + 1))]
        return []

    def case(self, tok: Token) -> str:
        """The preposition that introduces a complement, folded ("a", "entre", "sous")."""
        return self._case(tok)

    def and_next(self, tok: Token) -> list[Arg]:
        """The actor right after "et" following this one."""
        return self._and_next(tok)

    def _and_next(self, tok: Token) -> list[Arg]:
        """The actor right after "et" following this one ("entre X et Y", misparsed)."""
        m = self.by_token.get(tok.i)
        if (
            m is None
            or m.end + 1 >= len(self.doc)
            or self.doc[m.end].lower_ not in self.g.coordinators
        ):
            return []
        nxt = self.by_token.get(m.end + 1) or self.by_token.get(m.end + 2)
        if nxt is None or nxt is m:
            return []
        return self._one(self.doc[nxt.head], False)

    def _case(self, tok: Token) -> str:
        for c in tok.children:
            if c.dep_ in {"case", "mark"}:
                return self.g.case_word(fold(c.text))  # "la visite d'Emmanuel Macron"
        return ""

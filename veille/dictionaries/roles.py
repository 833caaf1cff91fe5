"""Source and target phrases of a verb from an English spaCy parse, and their codes.

A phrase's codes come from the actors and agents inside it, PETRARCH's way: an actor code
with its agents' codes added (`Gondor's government` -> GONGOV), an agent alone on `---`
(`officials` -> ---GOV), one code per member of a coordination (`Fornost and Gondor`),
an agent without an actor borrowing the actor of its coordination (`Danish media and
government` -> DNKMED, DNKGOV). Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from veille.dictionaries.entities import Mention, combine
from veille.dictionaries.model import Agent

# ClearNLP labels (the English spaCy models)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "parataxis"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod", "nummod"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "acomp", "dep"})
NULL = "---"


@dataclass(frozen=True)
class Phrase:
    """A noun phrase's codes; `text` is its words, for actors no dictionary knows."""

    codes: tuple[str, ...]
    text: str
    size: int


class Roles:
    """Mentions laid over one parsed sentence."""

    def __init__(self, doc: Doc, mentions: list[Mention], day: date | None) -> None:
        self.doc = doc
        self.day = day
        self.mentions = mentions
        self._at: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self._at[i] = mention

    def mention_at(self, i: int) -> Mention | None:
        """The mention covering token `i`."""
        return self._at.get(i)

    def subject(self, verb: Token) -> Token | None:
        """The subject of the verb; without one (`is about to restore`) or with a bare
        pronoun (`it would act`), the subject of the clause the verb depends on."""
        token = verb
        for _ in range(8):
            found = _subject_children(token)
            # two subjects: a parse that split a coordination; take the one with codes
            subject = next((t for t in found if self.phrase(t).codes), found[0] if found else None)
            if subject is not None and (subject.pos_ != "PRON" or self.phrase(subject).codes):
                return subject
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if passive or token.dep_ not in _CLIMB or token.head.i == token.i:
                return None
            token = token.head
        return None

    def passive_agent(self, verb: Token) -> Token | None:
        """`by X` of a passive verb: the `pobj` of its `agent` child."""
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def phrase_head(self, i: int, of_agent: bool = True) -> Token:
        """The head of the noun phrase token `i` is in (`Osgiliath soldiers`, `Mordor, Rohan
        and Bree`; with `of_agent`, `ambassadors of Arnor`)."""
        token = self.doc[i]
        while token.dep_ in _MODIFIERS and token.head.i != token.i:
            token = token.head
        head = token.head
        at_agent = head.dep_ == "prep" and self._is_agent(head.head)
        if of_agent and token.dep_ == "pobj" and at_agent:
            token = head.head
        while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            token = token.head
        return token

    def _is_agent(self, token: Token) -> bool:
        mention = self._at.get(token.i)
        return mention is not None and mention.agent is not None

    def phrase(self, head: Token) -> Phrase:
        """The codes of the noun phrase headed by `head`, coordination included."""
        members = _conjuncts(head)
        coded = [self._member(m) for m in members]
        codes: list[str] = []
        for k, (actors, agents, _) in enumerate(coded):
            if not actors and agents and not _determined(members[k]):
                actors, extra = _borrow(coded, k)
                agents = extra + agents
            if not actors and not agents:
                continue
            for actor in actors or [NULL]:
                codes.append(combine(actor, agents))
        own = _span(head, with_preps=True, appositions=True)
        words = [t.text.upper() for t in own if not t.is_punct and t.tag_ != "POS"]
        return Phrase(tuple(dict.fromkeys(codes)), " ".join(words), len(words))

    def _member(self, member: Token) -> tuple[list[str], list[Agent], list[Agent]]:
        """Actor codes, agents and modifier agents (not at the head) of one conjunct."""
        own = _span(member)
        found = [self._at[t.i] for t in own if t.i in self._at]
        if not found:
            own = _span(member, with_preps=True)
            found = [self._at[t.i] for t in own if t.i in self._at]
        elif any(m.agent for m in found) and not any(m.actor for m in found):
            widened = _span(member, with_preps=True)
            found = [self._at[t.i] for t in widened if t.i in self._at]
        unique = list(dict.fromkeys(found))
        named = [m for m in unique if m.codes(self.day)]
        actors = [c for m in named for c in m.codes(self.day)]
        agents = [m.agent for m in unique if m.agent is not None]
        modifiers = [
            m.agent for m in unique if m.agent is not None and not m.start <= member.i < m.end
        ]
        return actors, agents, modifiers


def _subject_children(verb: Token) -> list[Token]:
    """The verb's subjects, also when the parser hung them on an auxiliary."""
    found = [c for c in verb.children if c.dep_ in SUBJECTS]
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass"):
            found.extend(c for c in aux.children if c.dep_ in SUBJECTS)
    return found


def _conjuncts(head: Token) -> list[Token]:
    found = [head]
    listed = any(c.dep_ == "conj" for c in head.children)
    for child in head.children:
        # `Mordor, the Shire, Fornost and Bree`: an apposition inside a list is a member
        listing = listed or any(c.dep_ == "conj" for c in child.children)
        if child.dep_ == "conj" or (child.dep_ == "appos" and listing):
            found.extend(_conjuncts(child))
    return sorted(found, key=lambda t: t.i)


def _determined(member: Token) -> bool:
    """Whether a conjunct has its own determiner (`the army`): a phrase of its own."""
    return any(c.dep_ == "det" for c in member.children)


def _span(head: Token, with_preps: bool = False, appositions: bool = False) -> list[Token]:
    """The words of one conjunct: its subtree without coordinations and clauses."""
    keep: list[Token] = [head]
    later_prep = False  # only the first prepositional phrase: `parliament of X in Y`
    for child in head.children:
        if appositions and child.dep_ == "appos":
            keep.extend(_span(child))
            continue
        if child.dep_ in ("conj", "cc", "punct", "preconj") or child.dep_ in _CLAUSES:
            continue
        if child.dep_ == "prep":
            if not with_preps or later_prep:
                continue
            later_prep = True
            keep.extend(_span(child, with_preps=True))
            continue
        keep.extend(child.subtree)
    return sorted(keep, key=lambda t: t.i)


def _borrow(
    coded: list[tuple[list[str], list[Agent], list[Agent]]], k: int
) -> tuple[list[str], list[Agent]]:
    """The actor codes and modifier agents of the nearest conjunct that has actors."""
    order = sorted(range(len(coded)), key=lambda j: (abs(j - k), j < k))
    for j in order:
        actors, _, modifiers = coded[j]
        if j != k and actors:
            return actors, modifiers
    return [], []

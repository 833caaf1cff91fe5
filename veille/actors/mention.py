"""The mention of an actor in a parsed Doc, and the small helpers that finding mentions
shares: folded norms, the word keys of a token, indexes of word sequences by first word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Entry
from veille.actors.registry import REGIONS
from veille.text import fold
from veille.types import Actor

NP_RIGHT_DEPS = {"amod", "nmod", "appos", "flat:name", "flat", "fixed", "compound", "nummod"}
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:agent", "nmod", "appos"}
NP_LEFT_DEPS = {"det", "amod", "nummod", "advmod", "flat:name", "compound", "nmod"}


@dataclass
class Mention:
    """A span of tokens that names or stands for an actor."""

    start: int
    end: int
    head: int
    kind: str  # name | agent | people | person | pronoun | anaphor | pair
    entry: Entry | None = None
    role: str | None = None
    country: str | None = None  # country read inside the phrase (demonym, nmod, metonym)
    sector: str | None = None
    counterpart: bool = False
    person_like: bool = False  # a singular noun for one person ("le ministre chinois")
    inner_person: Mention | None = None
    actor: Actor | None = None
    members: list[Actor] = field(default_factory=list)
    how: str = ""
    region: str | None = None  # a region adjective narrowing a description ("africain")
    fits: str | None = None  # the country set a description must belong to ("kingdom")
    neighbour: bool = False  # "son voisin", "le pays voisin": not the possessor's country
    possessive: bool = False  # "son ambassadeur", "ses alliés": the possessor's side
    org_kinds: list[str] = field(default_factory=list)  # "l'organisation": a named one
    local: bool = False  # an institution many countries have: the place's country wins
    person_noun: bool = False  # headed by a noun for people in office ("chefs", "dirigeants")
    former: bool = False  # "l'ancien président", "l'ex-ministre": no longer in office
    bare_title: bool = False  # nothing but the title and adjectives: "le Premier ministre"
    title_countries: frozenset[str] = frozenset()  # "secrétaire d'État": the USA's title only
    indefinite: bool = False  # "un responsable américain": someone new, not a person named

    def contains(self, i: int) -> bool:
        return self.start <= i < self.end


# Codes read inside a phrase that leave "l'organisation", "le bloc européen" to a named one.
UNPLACED = {None, "NGO", "IGO"} | REGIONS


def placed(child: Token, own_cases: frozenset[str]) -> bool:
    """A complement like "à Moscou" or "contre l'Iran" is not part of the actor's name
    (one with a case word of `own_cases`, "ministre de la Défense", is)."""
    cases = [c for c in child.children if c.dep_ == "case"]
    if child.dep_ == "nmod" and not cases and child.i > child.head.i:
        # "à la télévision le président ukrainien": a noun with its own determiner and no
        # preposition is another phrase (an inverted subject), not a complement
        return any(c.dep_ == "det" and c.i < child.i for c in child.children)
    return child.dep_ == "nmod" and bool(cases) and fold(cases[0].text) not in own_cases


def inside_longer_name(doc: Doc, i: int) -> bool:
    """A one-word name glued to another capitalised word belongs to a longer name."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    glued_next = nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
    glued_prev = prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN"
    return glued_next or glued_prev


def describes_name(doc: Doc, head: int, name: Mention) -> bool:
    """Is this name the one the description describes (apposed, or right after it)?"""
    root = doc[name.head]
    return (
        name.start - head <= 4
        or root.head.i == head
        or doc[head].head.i == root.i
        or any(doc[i].head.i == head for i in range(name.start, name.end))
    )


def word_keys(tok: Token, elisions: dict[str, str]) -> set[str]:
    """The forms a word is looked up by: its text and lemma, folded, and an elided
    article's lemma read whole ("l’armée": the lemmatiser keeps the curly form)."""
    lemma = fold(tok.lemma_)
    return {tok.norm_, lemma, elisions.get(lemma, lemma)}


def set_norms(doc: Doc) -> None:
    """Folded forms in NORM (run after the model, so its features are unchanged)."""
    for token in doc:
        token.norm_ = fold(token.text)


class FirstWordIndex:
    """Word sequences by their first word, so that a token is compared only with the
    sequences it can start; `starting` keeps the sequences' order (an empty one, which
    any token may start, turns the index off)."""

    def __init__(self, forms: list[list[str]]) -> None:
        self.forms = forms
        self.scan_all = any(not words for words in forms)
        self.numbers: dict[str, list[int]] = {}
        for n, words in enumerate(forms):
            if words:
                self.numbers.setdefault(words[0], []).append(n)
        self.by_first = {w: [forms[n] for n in ns] for w, ns in self.numbers.items()}

    def starting(self, first: str, other: str | None = None) -> list[list[str]]:
        """The sequences whose first word is `first` or `other`, in their order."""
        if self.scan_all:
            return self.forms
        one = self.by_first.get(first, NONE)
        if other is None or other == first:
            return one
        two = self.by_first.get(other, NONE)
        if not two or not one:
            return one or two
        both = sorted({*self.numbers[first], *self.numbers[other]})
        return [self.forms[n] for n in both]


NONE: list[list[str]] = []


class TitleIndex:
    """The gazetteer's titles by first word: `_role_at` tries only those the token can
    begin, in the gazetteer's order (longest first), so the first match is unchanged."""

    def __init__(self, roles: list[tuple[tuple[str, ...], str, frozenset[str]]]) -> None:
        self.roles = roles
        self.words = FirstWordIndex([list(words) for words, _, _ in roles])

    def candidates(self, doc: Doc, i: int) -> list[tuple[tuple[str, ...], str, frozenset[str]]]:
        token = doc[i]
        if self.words.scan_all or (token.is_punct and token.text in "'’"):
            return self.roles  # the match would start after skipped apostrophes
        norm, lemma = token.norm_, fold(token.lemma_)
        numbers = self.words.numbers
        one, two = numbers.get(norm, []), numbers.get(lemma, []) if lemma != norm else []
        both = sorted({*one, *two}) if one and two else one or two
        return [self.roles[n] for n in both]

"""From a phrase to a speaker: the actor mentions of `veille_actors`, refined for quotes.

A speaker phrase is a noun phrase ("M. Poutine", "le porte-parole du Kremlin, Dmitri
Peskov", "L'Iran et son président Ebrahim Raïssi"); the person it names wins over the
institution or the country around it, a surname after a civility is the full name met
elsewhere in the article, and an unnamed source ("une source diplomatique") keeps its words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.actors.mentions import Mention
from veille.text import fold
from veille.types import Actor

PHRASE_DEPS = {"flat:name", "flat", "appos", "amod", "nmod", "det", "compound", "fixed", "nummod"}
ADJ_DEPS = {"amod", "flat", "flat:name"}


@dataclass(frozen=True)
class Attribution:
    """Who says a quote: an actor (or only the words of an unnamed source), and the verb."""

    actor: Actor | None
    text: str
    verb: Token | None = None

    @property
    def found(self) -> bool:
        return self.actor is not None or bool(self.text)


NOBODY = Attribution(None, "")


@dataclass(frozen=True)
class Frames:
    """The framing words of speakers.tsv, folded, by kind (and the words of grammar.yaml
    that link a name to its apposition: "X, porte-parole de …")."""

    according: set[str]
    voice: set[str]
    civility: set[str]
    anonymous: set[str]
    links: frozenset[str] = frozenset()  # a gap after a name opens with one of these
    gap_words: frozenset[str] = frozenset()  # and holds only these (and links, commas)


def phrase_tokens(tok: Token) -> list[int]:
    """The token and its noun-phrase dependents (names, appositions, adjectives)."""
    out = [tok.i]
    for child in tok.children:
        if child.dep_ in PHRASE_DEPS:
            out += phrase_tokens(child)
    return sorted(out)


def is_person(actor: Actor) -> bool:
    return bool(actor.name)


class SpeakerResolver:
    """Maps tokens to actors through the mentions of one Doc."""

    def __init__(self, doc: Doc, mentions: list[Mention], frames: Frames) -> None:
        self.doc = doc
        self.mentions = [m for m in mentions if m.actor is not None]
        self.frames = frames

    def at(self, i: int, skip: range = range(0)) -> Attribution:
        """The longest mention over token `i`, refined."""
        best: Mention | None = None
        for m in self.mentions:
            if m.contains(i) and (best is None or (m.end - m.start) > (best.end - best.start)):
                best = m
        if best is None or best.start in skip:
            return NOBODY
        return self.refine(best)

    def phrase(self, tok: Token, skip: range = range(0)) -> Attribution:
        """The speaker a noun phrase names, its person first; conjuncts are looked at too
        ("l'Iran et son président X" is said by X)."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "conj"]
        found: list[Attribution] = []
        for head in heads:
            for i in phrase_tokens(head):
                if i in skip:
                    continue
                a = self.at(i, skip)
                if a.actor is not None:
                    found.append(a)
        persons = [a for a in found if a.actor is not None and is_person(a.actor)]
        if persons:
            return persons[0]
        if found:
            return found[0]
        return self.anonymous(tok)

    def last_person(self, i: int) -> Mention | None:
        """The last mention of a named person before token `i`."""
        best: Mention | None = None
        for m in self.mentions:
            assert m.actor is not None
            if m.end <= i and m.actor.name and (best is None or m.start > best.start):
                best = m
        return best

    def person_before(self, i: int) -> Attribution:
        """The last named person mentioned before token `i` (for "selon lui")."""
        best = self.last_person(i)
        return self.refine(best) if best is not None else NOBODY

    def described_name(self, name: Token) -> Attribution:
        """ "ajoute Hassan, un autre manifestant": a name the NER missed, described after it."""
        parts = [t.i for t in name.children if t.dep_ in {"flat:name", "flat"}]
        end = max([name.i, *parts]) + 1
        for m in self.mentions:
            a = m.actor
            assert a is not None
            if m.kind == "agent" and end <= m.start <= end + 2:
                words = self.doc[name.i : end].text
                return Attribution(
                    Actor(code=a.code, country=a.country, sector=a.sector, name=words), words
                )
        return NOBODY

    def anonymous(self, tok: Token) -> Attribution:
        """ "une source diplomatique", "un diplomate européen": an unnamed source, as text."""
        if fold(tok.lemma_) not in self.frames.anonymous or tok.pos_ != "NOUN":
            return NOBODY
        det = [c for c in tok.lefts if c.dep_ == "det"]
        start = det[0].i if det else tok.i
        end = tok.i + 1
        while end < len(self.doc) and self.doc[end].dep_ in ADJ_DEPS and self.doc[end].head == tok:
            end += 1
        return Attribution(None, self.doc[start:end].text)

    def refine(self, m: Mention) -> Attribution:
        """A description with a name beside it is that person; a surname is the full name."""
        assert m.actor is not None
        actor, text = m.actor, self.doc[m.start : m.end].text
        named = self._apposed(m)
        if named is not None and named.actor is not None:
            person, desc = (named, m) if not actor.name else (m, named)
            assert person.actor is not None and desc.actor is not None
            actor = _with_code(person.actor, desc.actor)
            text = self.doc[min(m.start, named.start) : max(m.end, named.end)].text
        if actor.name is None and m.role is not None:
            actor = self._named_holder(m, actor)
        return Attribution(self._full_name(actor), text)

    def _named_holder(self, m: Mention, actor: Actor) -> Actor:
        """ "le souverain" after "le roi du Maroc Mohammed VI": the last named person
        mentioned before with the same role and code."""
        for other in sorted(self.mentions, key=lambda o: -o.start):
            a = other.actor
            assert a is not None
            same = other.role == m.role and a.code == actor.code
            if other.end <= m.start and a.name and same:
                return a
        return actor

    def _apposed(self, m: Mention) -> Mention | None:
        """The mention right beside `m` (", X" or "X, description") that completes it."""
        assert m.actor is not None
        for other in self.mentions:
            assert other.actor is not None
            if other is m:
                continue
            if not m.end <= other.start <= m.end + 3:
                continue
            gap = [fold(t.text) for t in self.doc[m.end : other.start]]
            described = m.kind == "agent"  # not "à Reuters X": an outlet describes no one
            if m.actor.name is None and other.actor.name and other.kind in {"person", "name"}:
                if len(gap) <= 1 and described:
                    return other  # "le porte-parole du Kremlin, Dmitri Peskov"
            elif (
                m.actor.name
                and other.actor.name is None
                and gap[:1]
                and (gap[0] == "," or gap[0] in self.frames.links)
                and set(gap) <= {",", *self.frames.links, *self.frames.gap_words}
                and _more_precise(other.actor, m.actor)
            ):
                return other  # "Wang Wenbin, porte-parole de …", "X, de l'Observatoire …"
        return None

    def _full_name(self, actor: Actor) -> Actor:
        """ "M. Moon" or "Anwar": the person of the article whose full name has that word."""
        if not actor.name:
            return actor
        words = [w for w in actor.name.replace(".", ". ").split() if w]
        words = [w for w in words if fold(w) not in self.frames.civility]
        if len(words) != 1:
            return actor
        key = fold(words[0])
        for m in self.mentions:
            other = m.actor
            assert other is not None
            names = fold(other.name or "").replace("-", " ").split()
            if len(names) > 1 and key in names:
                return other
        return actor


def _more_precise(desc: Actor, person: Actor) -> bool:
    """A description adds a sector the person's code lacks (the description, read on the
    article's date, is more reliable than a country guessed for an unknown name)."""
    return bool(desc.sector) and not person.sector


def _with_code(person: Actor, desc: Actor) -> Actor:
    if person.sector or not desc.sector:
        return person
    return Actor(
        code=desc.code,
        country=desc.country,
        sector=desc.sector,
        name=person.name,
        wikidata=person.wikidata,
    )

"""Resolving mentions to actors on the article's date, with discourse memory.

Walks the mentions in reading order and keeps what a reader keeps: the people named so
far, which office each description referred to, the countries in play. That is how
"son homologue russe", "l'homme fort du Kremlin", "le ministre chinois", "il",
"ce dernier" and "les deux pays" find their actor.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from veille.actors.discourse import SUBJECT_DEPS, Discourse
from veille.actors.mentions import Mention
from veille.actors.offices import AgentResolution, plural
from veille.actors.persons import incise_quote
from veille.actors.registry import Registry, split_code
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

OBJECT_DEPS = {"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"}


def _object_of_person(head: Token, subjects: set[int], inverted: frozenset[str]) -> bool:
    """Is this word inside an object or complement of a verb whose subject is a person?"""
    tok = head
    for _ in range(4):
        if tok.dep_ not in OBJECT_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return any(
                (c.dep_ in SUBJECT_DEPS or c.text.lower() in inverted) and c.i in subjects
                for c in tok.children
            )
    return False


def _main_subject(doc: Doc, m: Mention) -> bool:
    """The singular subject of its sentence's main verb."""
    head = doc[m.head]
    return (
        head.dep_ in SUBJECT_DEPS
        and head.head.dep_ == "ROOT"
        and "Number=Plur" not in str(head.morph)
    )


def _apposed(doc: Doc, m: Mention, other: Mention) -> bool:
    """A description and a name side by side, separated by a comma, in either order."""
    if "Number=Plur" in str(doc[other.head].morph):
        return False  # "X, Y et Z, trois opposants" is not one description
    before = other.end + 1 == m.start and doc[other.end].text == ","
    # "X, le principal opposant malien": determiners and adjectives may open the phrase
    opening = doc[m.end + 1 : other.start]
    after = (
        m.end < other.start <= m.end + 4
        and doc[m.end].text == ","
        and all(t.pos_ in {"DET", "ADJ"} for t in opening)
    )
    return before or after


def _words(name: str | None) -> set[str]:
    """The folded words of a person's name."""
    return {fold(w) for w in (name or "").replace("-", " ").split()}


def m_text(doc: Doc, m: Mention) -> str:
    return doc[m.start : m.end].text  # sentences back that a definite description may point to


class Resolver(AgentResolution):
    """Gives each mention its `actor` (or leaves None when nothing fits)."""

    def __init__(
        self,
        registry: Registry,
        use_default: bool,
        min_mentions: int,
        person_window: int = 12,
        place_window: int = 1,
        *,
        grammar: Grammar,
    ) -> None:
        self.grammar = grammar
        self.person_window = person_window
        self.place_window = place_window
        self.registry = registry
        self.use_default = use_default
        self.min_mentions = min_mentions

    def resolve(self, doc: Doc, mentions: list[Mention], day: dt.date | None) -> None:
        default = self._default_country(mentions, day) if self.use_default else None
        doc.user_data["veille_default_country"] = default
        state = Discourse(
            heads={m.head: m for m in mentions},
            covering={i: m for m in mentions if m.kind != "pronoun" for i in range(m.start, m.end)},
        )
        sent_of = {s.start: n for n, s in enumerate(doc.sents)}
        sent_index = []
        current = 0
        for token in doc:
            current = sent_of.get(token.i, current)
            sent_index.append(current)
        for m in mentions:  # names first: descriptions read the names inside them
            if m.kind in {"name", "people"}:
                self._resolve_one(doc, m, day, state, default, 0)
        places, carried = self._places(doc, mentions, sent_index)
        for m in mentions:
            sent = sent_index[m.head] if m.head < len(sent_index) else 0
            if m.kind not in {"name", "people"}:
                local = places.get(id(m), default)
                if id(m) not in places or id(m) in carried:
                    local = self._body_country(m, state, sent) or local
                self._resolve_one(doc, m, day, state, local, sent)
            elif m.local and m.actor is not None:
                self._localise(m, places.get(id(m), default))
            elif m.kind == "name" and m.end - m.start == 1 and m.actor is not None:
                self._surname_named_before(doc, m, state)
            if (
                m.actor is not None
                and m.actor.country
                and m.actor.country in self.registry.countries
            ):
                state.countries.append(m.actor.country)
            if m.actor is not None and m.actor.name:
                state.persons.append((sent, m))
            if m.actor is not None and m.actor.code.startswith(("NGO", "IGO")):
                state.organisations.append(m.actor)
            self._note_pair(doc, m, mentions, state)
            self._remember(doc, m, state, sent)
            self._note_body(m, state, sent)
            if m.actor is not None and m.kind != "pronoun" and _main_subject(doc, m):
                state.subjects.append((sent, m))
            if m.actor is not None and m.kind in {"agent", "people", "name"} and plural(doc, m):
                state.groups.append((sent, m.actor))
        for m in mentions:
            if m.kind == "person" and m.actor is None:
                self._described_person(doc, m, mentions, state)
            if m.kind == "person" and m.actor is None:
                self._member_of(doc, m, state)  # "X, un candidat de l'opposition"
            if m.kind == "person" and m.actor is None:
                self._unknown_person(doc, m, state)  # "Mme Hua" after "la porte-parole Hua X"
                if m.actor is not None and m.actor.code == default:
                    m.how = "default"  # the same guess as the first mention's
            if m.kind == "person" and m.actor is None and default is not None:
                # a named person we know nothing about: their country, and their name
                m.actor = Actor(code=default, country=default, name=m_text(doc, m))
                m.how = "default"
                state.named[doc[m.end - 1].norm_] = m.actor
        self._described_known(mentions, day, lambda name, o: _apposed(doc, name, o))
        self._late_persons(doc, mentions, state, sent_index)

    def _described_person(
        self, doc: Doc, m: Mention, mentions: list[Mention], st: Discourse
    ) -> None:
        """An unknown name gets the actor of the description around or beside it."""
        head = doc[m.head]
        near = {head.i, head.head.i, *(c.i for c in head.children)}
        agents = [o for o in mentions if o.kind == "agent" and o.actor is not None and o is not m]
        # the phrase around the name, then the one apposed to it, then one attached to it
        agents.sort(key=lambda o: 0 if o.contains(m.head) else 1 if _apposed(doc, m, o) else 2)
        for other in agents:
            beside = _apposed(doc, m, other)  # "le porte-parole du Kremlin, X", "X, député"
            a = other.actor
            if a is not None and (other.contains(m.head) or other.head in near or beside):
                if a.name and not other.contains(m.head):
                    continue
                m.actor = Actor(
                    code=a.code, country=a.country, sector=a.sector, name=m_text(doc, m)
                )
                m.how = "context"
                st.named[doc[m.end - 1].norm_] = m.actor
                for tok in doc[m.start : m.end]:
                    if tok.pos_ == "PROPN" and len(tok) > 2:
                        st.named.setdefault(tok.norm_, m.actor)
                if other.contains(m.head) and a.name is None:
                    other.actor = m.actor
                return

    def _note_pair(self, doc: Doc, m: Mention, mentions: list[Mention], st: Discourse) -> None:
        """Remember two countries coordinated in the text ("Téhéran et Riyad")."""
        if m.actor is None or m.actor.country not in self.registry.countries:
            return
        conj = {c.i for i in range(m.start, m.end) for c in doc[i].children if c.dep_ == "conj"}
        if (
            m.end + 1 < len(doc) and doc[m.end].lower_ in self.grammar.coordinators
        ):  # "Téhéran et Riyad" misparsed
            conj |= {m.end + 1, m.end + 2}
        for other in mentions:
            hit = other.head in conj or (other.start in conj and other.start > m.start)
            a = other.actor
            if hit and a is not None and a.country and a.country != m.actor.country:
                st.pairs.append([m.actor.country, a.country])
                return

    def _resolve_one(
        self,
        doc: Doc,
        m: Mention,
        day: dt.date | None,
        st: Discourse,
        default: str | None,
        sent: int,
    ) -> None:
        if m.kind == "name" and m.entry is not None:
            if m.entry.person:
                m.actor = self.registry.actor(self.registry.people[m.entry.person], day)
            elif m.entry.code:
                m.actor = split_code(m.entry.code)
            m.how = "lexicon"
        elif m.kind == "people" and m.country:
            code = (
                m.country + (m.sector or "")
                if m.country in self.registry.iso_countries
                else m.country
            )
            m.actor = split_code(code)
        elif m.kind == "person":
            self._unknown_person(doc, m, st)
        elif m.kind == "agent":
            self._agent(doc, m, day, st, default, sent)
        elif m.kind in {"pronoun", "anaphor"}:
            self._anaphor(doc, m, st, sent)
        elif m.kind == "group":
            m.actor = next((a for s, a in reversed(st.groups) if sent - s <= 2), None)
            m.how = "coref"
        elif m.kind == "country":
            self._country_description(doc, m, st, sent)
        elif m.kind == "ally":
            owner = self._possessor(doc, m, st, sent)
            if owner is not None:
                m.actor, m.how = split_code(owner.code), "coref"
        elif m.kind == "org":
            m.actor = self._named_org(m, st, sent)
            m.how = "coref"
        elif m.kind == "pair":
            distinct = st.pairs[-1] if st.pairs else list(dict.fromkeys(reversed(st.countries)))[:2]
            if len(distinct) == 2:
                m.members = [Actor(code=c, country=c) for c in distinct]
                m.how = "coref"

    def _unknown_person(self, doc: Doc, m: Mention, st: Discourse) -> None:
        surname = doc[m.end - 1].norm_
        # "Khalifa Sall" is not "Macky Sall": a first name given must be the other's too
        given = {t.norm_ for t in doc[m.start : m.end - 1] if t.pos_ == "PROPN" and t.is_title}
        known = st.named.get(surname)
        if known is not None and given <= _words(known.name):
            m.actor = known
            m.how = "coref"
            return
        for _, prev in reversed(st.persons):  # "M. Kim" after "Kim Jong-un"
            name = prev.actor.name if prev.actor is not None else None
            if name and surname in _words(name) and given <= _words(name):
                m.actor, m.how = prev.actor, "coref"
                return

    def _anaphor(self, doc: Doc, m: Mention, st: Discourse, sent: int) -> None:
        pron = doc[m.head]
        if m.kind == "pronoun" and st.subjects:
            s, subject = st.subjects[-1]
            if sent - s == 1 and subject.actor is not None and subject.actor.name is None:
                m.actor, m.how = subject.actor, "coref"  # "Le gouvernement … . Il a déclaré"
                return
        quoted = incise_quote(doc, m) if m.kind == "pronoun" else range(0)
        recent = [
            (s, p)
            for s, p in st.persons
            if sent - s <= 3 and p.head < m.start and p.head not in quoted
        ]
        subjects = {i for _, p in recent for i in range(p.start, p.end)}
        for s, prev in reversed(recent):
            head = doc[prev.head]
            if s == sent and head.head == pron.head and head.dep_ not in SUBJECT_DEPS:
                continue  # "X le reçoit": il/elle is not the object of its own verb
            if m.kind == "pronoun" and _object_of_person(
                head, subjects, self.grammar.inverted_person_subjects
            ):
                continue  # "X a rencontré Y. Il …": the subject is more salient than the object
            if prev.actor is not None:
                dependent = m.kind == "pronoun" and head.dep_ not in SUBJECT_DEPS
                main = self._main_subject_of(st, s, prev) if dependent else None
                m.actor = main or prev.actor
                m.how = "coref"
                return

"""What a reader keeps while reading an article (`Discourse`), and how descriptions use it:
the countries and organisations named so far, the article's country and the place of each
sentence, whose "son" or "ses" a possessive is. `Resolver` mixes `DescriptionMemory` in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from veille.actors.descriptions import ORG_WINDOW, fits_org, pick_country
from veille.actors.mentions import Mention
from veille.actors.registry import Registry
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
BODIES = {"JUD", "LEG", "COP", "MIL", "SPY", "MED"}  # institutions a country has one of
BODY_WINDOW = 3  # sentences back that "le parquet" finds "la justice américaine"
LOCAL_SECTORS = {"CVL", "OPP", "COP", "REF", "LAB", "EDU", "HLH", "AGR"}  # people of a place


@dataclass
class Discourse:
    """The memory of one article, in reading order."""

    persons: list[tuple[int, Mention]] = field(default_factory=list)  # (sentence, mention)
    offices: dict[tuple[str, str], Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    named: dict[str, Actor] = field(default_factory=dict)  # surname of unknown persons
    pairs: list[list[str]] = field(default_factory=list)  # countries named together: "X et Y"
    organisations: list[Actor] = field(default_factory=list)  # "l'ONG" after a named one
    groups: list[tuple[int, Actor]] = field(default_factory=list)  # for "ils", "ces derniers"
    subjects: list[tuple[int, Mention]] = field(default_factory=list)  # singular main subjects
    places: list[tuple[int, str, bool]] = field(default_factory=list)  # (sent, country, subject)
    named_orgs: list[tuple[int, Actor]] = field(default_factory=list)  # "le groupe" after one
    bodies: list[tuple[int, str, str]] = field(default_factory=list)  # (sent, sector, country)
    heads: dict[int, Mention] = field(default_factory=dict)  # mention by its head token
    covering: dict[int, Mention] = field(default_factory=dict)  # non-pronoun mention by token


class DescriptionMemory:
    """Resolution of descriptions with the discourse memory (a mixin of `Resolver`)."""

    registry: Registry
    grammar: Grammar
    place_window: int
    min_mentions: int

    def _places(
        self, doc: Doc, mentions: list[Mention], sent_index: list[int]
    ) -> tuple[dict[int, str], set[int]]:
        """For each mention, the country of the last place named before it in its sentence
        ("à Ouagadougou, des manifestants …" are Burkinabè); and the mentions placed by a
        sentence before their own."""
        out: dict[int, str] = {}
        carried: set[int] = set()  # placed by a sentence before their own
        last: tuple[int, str] | None = None
        for m in sorted(mentions, key=lambda m: m.start):
            sent = sent_index[m.head] if m.head < len(sent_index) else 0
            near = last is not None and sent - last[0] <= self.place_window
            if last is not None and near and (m.kind == "agent" or m.local):
                out[id(m)] = last[1]
                if last[0] != sent:
                    carried.add(id(m))
            code = m.entry.code if m.kind == "name" and m.entry else None
            if code and len(code) == 3 and code in self.registry.countries:
                last = (sent, code)
        self._places_after(doc, mentions, sent_index, out, carried)
        self._own_places(doc, mentions, out)
        carried -= {id(m) for m in mentions if id(m) in out and id(m) not in carried}
        return out, carried

    def _body_country(self, m: Mention, st: Discourse, sent: int) -> str | None:
        """ "La justice américaine … Le parquet": a body with no country of its own is of
        the country of the last body of its sector named with one nearby."""
        if m.kind != "agent" or m.country is not None or m.possessive:
            return None
        for s, sector, country in reversed(st.bodies):
            if sent - s <= BODY_WINDOW and sector == m.sector:
                return country
        return None

    def _note_body(self, m: Mention, st: Discourse, sent: int) -> None:
        a = m.actor
        own = m.kind == "name" or (m.kind == "agent" and m.country is not None)
        if own and a is not None and a.sector in BODIES and a.country in self.registry.countries:
            st.bodies.append((sent, a.sector, a.country))

    def _own_places(self, doc: Doc, mentions: list[Mention], out: dict[int, str]) -> None:
        """ "la police à Kaboul", "les forces de sécurité en Irak": a place complement right
        after the phrase's head wins over the place named before it."""
        where: dict[int, str] = {}  # head token of a country's name -> its code
        for m in mentions:
            code = m.entry.code if m.kind == "name" and m.entry else None
            if code in self.registry.iso_countries:
                where[m.head] = code or ""
        for m in mentions:
            if m.kind != "agent":
                continue
            head = doc[m.head]
            near = [c for c in head.children if c.dep_ == "nmod" and c.i < m.end + 2]
            for tok in near:
                if tok.i in where and self._located(tok):
                    out[id(m)] = where[tok.i]
                    break

    def _located(self, tok: Token) -> bool:
        """ "à Niamey", "en Irak": a complement with a locative case word."""
        cases = [c for c in tok.children if c.dep_ == "case"]
        return bool(cases) and fold(cases[0].text) in self.grammar.locative_cases

    def _places_after(
        self,
        doc: Doc,
        mentions: list[Mention],
        sent_index: list[int],
        out: dict[int, str],
        carried: set[int],
    ) -> None:
        """Locals before the place of their sentence: "des manifestants ont attaqué
        l'ambassade de France à Niamey" are Nigeriens, also when the sentence before named
        another place."""
        where: dict[int, str] = {}  # sentence -> country of its first "à X", "en X"
        for m in mentions:
            code = m.entry.code if m.kind == "name" and m.entry else None
            before = doc[m.start - 1].norm_ if m.start > 0 else ""
            if code in self.registry.iso_countries and before in self.grammar.locative_cases:
                where.setdefault(sent_index[m.head], code or "")
        for m in mentions:
            unplaced = id(m) not in out or id(m) in carried
            if m.kind == "agent" and unplaced and m.sector in LOCAL_SECTORS:
                place = where.get(sent_index[m.head])
                if place is not None:
                    out[id(m)] = place

    def _localise(self, m: Mention, country: str | None) -> None:
        """An institution many countries have ("le Conseil constitutionnel") is the one of
        the place or the article's country; its alias's country is only the fallback."""
        if m.actor is not None and country in self.registry.iso_countries and m.actor.sector:
            sector = m.actor.sector
            m.actor = Actor(code=f"{country}{sector}", country=country, sector=sector)
            m.how = "context"

    def _default_country(self, mentions: list[Mention], day: dt.date | None) -> str | None:
        counts: Counter[str] = Counter()
        for m in mentions:
            code = m.entry.code if m.entry else m.country
            if m.local:
                continue  # "l'Assemblée nationale": many countries have one
            if code and code[3:6] == "MED":
                continue  # "selon l'AFP", "a dit à Reuters": the source, not the place
            if code and code[:3] in self.registry.countries:
                counts[code[:3]] += 1
        if not counts:  # only people named: the country of the first one ("Macky Sall …")
            people = [m.entry.person for m in mentions if m.entry is not None and m.entry.person]
            actors = [self.registry.actor(self.registry.people[p], day) for p in people]
            countries = [a.country for a in actors if a.country in self.registry.countries]
            counts.update(countries)
        if not counts:
            return None
        top = max(counts.values())
        if top < self.min_mentions:
            return None
        return next(code for code in counts if counts[code] == top)  # ties: first named

    def _named_org(self, m: Mention, st: Discourse, sent: int) -> Actor | None:
        """ "l'organisation", "le bloc": the last organisation named that the noun fits."""
        for s, a in reversed(st.named_orgs):
            if sent - s <= ORG_WINDOW and fits_org(a, m.org_kinds):
                return a
        return None

    def _remember(self, doc: Doc, m: Mention, st: Discourse, sent: int) -> None:
        """Countries and organisations named, for the descriptions that follow."""
        a = m.actor
        if a is None:
            return
        if a.country in self.registry.iso_countries and a.sector in {None, "GOV"}:
            st.places.append((sent, a.country, doc[m.head].dep_ in SUBJECT_DEPS))
        named = m.kind == "name" and m.entry is not None and m.entry.person is None
        if named and (a.code[:3] in {"IGO", "NGO"} or (a.sector not in {None, "GOV"})):
            st.named_orgs.append((sent, a))

    def _country_description(self, doc: Doc, m: Mention, st: Discourse, sent: int) -> None:
        """ "le pays sud-américain", "le royaume", "son voisin", "son pays"."""
        code = m.country
        owner = self._possessor(doc, m, st, sent) if m.possessive or m.neighbour else None
        if code is None and m.possessive and not m.neighbour and owner is not None:
            code = owner.country
        if code is None:
            allowed = self.registry.sets.get(m.fits) if m.fits else None
            if m.region is not None:
                region = self.registry.sets.get(m.region, frozenset())
                allowed = region if allowed is None else allowed & region
            exclude = owner.country if owner is not None and m.neighbour else None
            code = pick_country(st.places, sent, allowed, exclude)
        if code in self.registry.iso_countries:
            m.actor, m.how = Actor(code=code, country=code), "coref"

    def _possessor(self, doc: Doc, m: Mention, st: Discourse, sent: int) -> Actor | None:
        """Whose "son"/"ses" is it: "X et ses alliés", the subject of the verb, or the last
        main subject."""
        tok = doc[m.head]
        if tok.dep_ == "conj":
            other = st.heads.get(tok.head.i) or st.covering.get(tok.head.i)
            if other is not None and other.actor is not None:
                return other.actor
        verb = tok
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < m.start:
                other = st.heads.get(child.i) or st.covering.get(child.i)
                if other is not None and other.actor is not None and other is not m:
                    return other.actor
        sentence = doc[m.head].sent
        near = [
            other
            for i in range(m.start - 1, max(sentence.start, m.start - 15) - 1, -1)
            if (other := st.heads.get(i)) is not None and other.actor is not None
        ]
        if near:  # "le gouvernement, pour neutraliser ses opposants"
            return near[0].actor
        if self._plural_possessor(tok):  # "Les rebelles … . Leur porte-parole"
            groups = [a for s, a in st.groups if sent - s <= 1 and a.sector is not None]
            if groups:
                return groups[-1]
        recent = [subj for s, subj in st.subjects if sent - s <= 1 and subj.start < m.start]
        return recent[-1].actor if recent else None

    def _plural_possessor(self, tok: Token) -> bool:
        words = self.grammar.plural_possessives
        return any(c.dep_ == "det" and fold(c.text) in words for c in tok.children)

"""People in the discourse memory: a bare title resolved to the person named last who held
it, a lone surname to the person of the article who bears it, the main subject that an
incise pronoun prefers. `Resolver` mixes `PersonMemory` in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Token

from veille.actors.discourse import SUBJECT_DEPS, Discourse
from veille.actors.mentions import Mention
from veille.actors.registry import Registry
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

CLOSING_MARKS = {"»", "”", '"'}
# Sectors a description gives a person of the registry who held no office on the date
# ("l'opposant X", "le journaliste X", "X, chef de l'opposition"): not offices of the state.
DESCRIBED_SECTORS = {"OPP", "CVL", "MED", "NGO", "JUD", "LAB", "BUS", "REB", "MIL", "EDU", "REL"}
OPENING_MARKS = {"«", "“", '"'}


Apposed = Callable[[Mention, Mention], bool]  # is the second phrase apposed to the name?


def incise_quote(doc: Doc, m: Mention) -> range:
    """ "« … Justin … », a-t-il écrit": the quote an incise pronoun follows; the people
    named inside it are not who "il" is."""
    i = m.start - 1
    while i >= 0 and m.start - i <= 4 and doc[i].text not in CLOSING_MARKS:
        i -= 1
    if i < 0 or doc[i].text not in CLOSING_MARKS:
        return range(0)
    close = i
    while i > 0 and close - i < 400 and doc[i - 1].text not in OPENING_MARKS:
        i -= 1
    return range(i, close)


def _subject_side(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """The person is a subject, or named inside a phrase that is ("L'opposante X a …")."""
    return any(
        o.start <= m.start and m.end <= o.end and doc[o.head].dep_ in SUBJECT_DEPS
        for o in mentions
        if o.kind in {"person", "agent"}
    )


def _gender(doc: Doc, person: Mention, mentions: list[Mention]) -> list[str]:
    """The grammatical gender of the description a person is named in ("l'ambassadeur
    X": masculine), empty when none tells it."""
    for o in mentions:
        if o.kind == "agent" and o.start <= person.start and person.end <= o.end:
            return list(doc[o.head].morph.get("Gender", []))
    return list(doc[person.head].morph.get("Gender", []))


def _agrees(gender: list[str], pronoun: Token) -> bool:
    """A pronoun of the person's gender, or one of them unmarked."""
    said = pronoun.morph.get("Gender", [])
    return not gender or not said or bool(set(gender) & set(said))


def _description_of(name: Mention, mentions: list[Mention], apposed: Apposed) -> Mention | None:
    """The description around a name ("l'opposant X") or apposed to it ("X, opposant")."""
    for other in mentions:
        if other.kind != "agent" or other is name:
            continue
        if other.inner_person is name or (other.inner_person is None and apposed(name, other)):
            return other
    return None


class PersonMemory:
    """Resolution of people with the discourse memory (a mixin of `Resolver`)."""

    registry: Registry
    person_window: int
    grammar: Grammar

    def _recent_holder(
        self,
        st: Discourse,
        role: str,
        day: dt.date | None,
        sent: int,
        countries: frozenset[str] = frozenset(),
    ) -> Actor | None:
        """A title without a country ("le président", "le Premier ministre"): the person
        named last who held that office on the date (in one of `countries`, if the title
        is only theirs: "le secrétaire d'État" is American)."""
        for s, prev in reversed(st.persons):
            if sent - s > self.person_window:
                break
            entry = prev.entry or (prev.inner_person.entry if prev.inner_person else None)
            if prev.actor is None or entry is None or not entry.person:
                continue
            if countries and prev.actor.country not in countries:
                continue
            tenure = self.registry.role_on(self.registry.people[entry.person], day)
            if tenure is not None and tenure.role == role:
                return prev.actor
        return None

    def _surname_named_before(self, doc: Doc, m: Mention, st: Discourse) -> None:
        """ "M. Rodriguez" after "Bruno Rodriguez": a lone surname is the person of the
        article who bears it, before any other holder of that name in the registry."""
        word = doc[m.start].norm_
        for _, prev in reversed(st.persons):
            a = prev.actor
            if a is None or not a.name:
                continue
            if word in {fold(w) for w in a.name.replace("-", " ").split()}:
                if a != m.actor:
                    m.actor, m.how = a, "coref"
                return

    def _main_subject_of(self, st: Discourse, sent: int, chosen: Mention) -> Actor | None:
        """ "X a renié sa signature, fâché par Y, qui a dit … . Il": the person subject of
        the main verb of that sentence is more salient than one in a dependent clause."""
        if any(subj is chosen for _, subj in st.subjects):
            return None
        for s, subj in reversed(st.subjects):
            if s == sent and subj.start < chosen.start and subj.actor and subj.actor.name:
                return subj.actor
        return None

    def _member_of(self, doc: Doc, m: Mention, st: Discourse) -> None:
        """An unknown name apposed to a noun of a body ("X, un candidat de l'opposition",
        "X, membre du Hamas"): the person is of that body."""
        head = doc[m.head]
        nouns = [c for c in head.children if c.dep_ == "appos" and c.i >= m.end]
        if head.dep_ == "appos" and head.head.i < m.start:
            nouns.append(head.head)
        for noun in nouns:
            for c in noun.children:
                cases = [k for k in c.children if k.dep_ == "case"]
                of = cases and self.grammar.case_word(fold(cases[0].text)) in self.grammar.of_cases
                if c.dep_ != "nmod" or not of:
                    continue
                body = st.covering.get(c.i)
                a = body.actor if body is not None else None
                if a is not None and a.name is None and (a.sector or a.code[:3] in {"IGO", "NGO"}):
                    m.actor = Actor(
                        code=a.code,
                        country=a.country,
                        sector=a.sector,
                        name=doc[m.start : m.end].text,
                    )
                    m.how = "context"
                    st.named[doc[m.end - 1].norm_] = m.actor
                    return

    def _described_known(
        self, mentions: list[Mention], day: dt.date | None, apposed: Apposed
    ) -> None:
        """A person of the registry out of office on the date takes the sector of the
        description that names them ("l'opposant X" before X became Prime Minister), in
        every mention of them."""
        swaps: dict[Actor, Actor] = {}
        for m in mentions:
            entry = m.entry
            if m.kind != "name" or entry is None or not entry.person or m.actor is None:
                continue
            homonym = self._homonym(m, _description_of(m, mentions, apposed))
            if homonym is not None:
                swaps[m.actor] = homonym
                continue
            person = self.registry.people[entry.person]
            if person.sector != "GOV" or self.registry.in_office(person, day):
                continue
            desc = _description_of(m, mentions, apposed)
            sector = desc.sector if desc is not None else None
            if desc is None or desc.former or desc.role or sector not in DESCRIBED_SECTORS:
                continue
            old = m.actor
            if old.sector != sector and old.country:
                swaps[old] = Actor(
                    code=f"{old.country}{sector}",
                    country=old.country,
                    sector=sector,
                    name=old.name,
                    wikidata=old.wikidata,
                )
        for m in mentions:
            if m.actor is not None and m.actor in swaps:
                m.actor = swaps[m.actor]

    def _homonym(self, m: Mention, desc: Mention | None) -> Actor | None:
        """ "Amadou Ba, porte-parole du gouvernement ivoirien": a description that places
        the name in another country than the registry's person is of someone else who
        bears the same name."""
        a, d = m.actor, desc.actor if desc is not None else None
        if a is None or d is None or d.name or not a.country or not d.country:
            return None
        if desc is None or (desc.country or "")[:3] != d.country:
            return None  # the description's country is a guess from the place: no evidence
        countries = self.registry.iso_countries
        if a.country not in countries or d.country not in countries or a.country == d.country:
            return None
        return Actor(code=d.code, country=d.country, sector=d.sector, name=a.name)

    def _late_persons(
        self, doc: Doc, mentions: list[Mention], st: Discourse, sent_index: list[int]
    ) -> None:
        """Unknown people get their names last ("L'opposante Maria X … Elle a refusé"): a
        pronoun or anaphor left without a name in the next sentence or its own takes the
        person named as the subject just before it (the same actor, when it had one)."""
        known = {id(m) for _, m in st.persons}
        late = [
            m
            for m in mentions
            if m.kind == "person"
            and id(m) not in known
            and m.actor is not None
            and m.actor.name
            and _subject_side(doc, m, mentions)
        ]
        for m in mentions:
            if m.kind not in {"pronoun", "anaphor"} or (m.actor is not None and m.actor.name):
                continue
            sent = sent_index[m.head]
            near = [p for p in late if p.end <= m.start and sent - sent_index[p.head] <= 1]
            if not near or not _agrees(_gender(doc, near[-1], mentions), doc[m.head]):
                continue  # "l'ambassadeur X … elle": not him
            person = near[-1].actor
            assert person is not None
            if m.actor is None or m.actor.code == person.code:
                m.actor, m.how = person, "coref"

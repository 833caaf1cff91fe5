"""People in the discourse memory: a bare title resolved to the person named last who held
it, a lone surname to the person of the article who bears it, the main subject that an
incise pronoun prefers. `Resolver` mixes `PersonMemory` in.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from veille.actors.discourse import Discourse
from veille.actors.mentions import Mention
from veille.actors.registry import Registry
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

CLOSING_MARKS = {"»", "”", '"'}
OPENING_MARKS = {"«", "“", '"'}


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

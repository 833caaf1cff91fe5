"""Resolving an agent phrase ("le ministre chinois", "son homologue russe", "l'armée
malienne", "le Premier ministre") on the article's date: the person in the phrase, the
holder of the office, a person named before who held it, else the country and sector.
`Resolver` mixes `AgentResolution` in.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from veille.actors.discourse import DescriptionMemory, Discourse
from veille.actors.mentions import UNPLACED, Mention
from veille.actors.persons import PersonMemory
from veille.actors.registry import split_code
from veille.types import Actor

GROUP_MEMBERS = {"GOV", "MIL", "REB"}  # leaders, officials, fighters of a named group
# sectors whose own people ("leur porte-parole", "son commandant") are of the same sector
BODY_SECTORS = {"MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "MED", "NGO", "CVL"}


def _office_named(st: Discourse, role: str, countries: frozenset[str]) -> Actor | None:
    """ "Le Premier ministre X … Le Premier ministre": the person the article itself named
    with that title, when the registry does not know them in that office."""
    for (country, held), actor in reversed(st.offices.items()):
        if held == role and actor.name and (not countries or country in countries):
            return actor
    return None


def plural(doc: Doc, m: Mention) -> bool:
    return "Number=Plur" in str(doc[m.head].morph)


class AgentResolution(DescriptionMemory, PersonMemory):
    """Resolution of agent phrases (a mixin of `Resolver`)."""

    def _agent(
        self,
        doc: Doc,
        m: Mention,
        day: dt.date | None,
        st: Discourse,
        default: str | None,
        sent: int,
    ) -> None:
        """The actor of an agent noun phrase: the person inside it, an organisation named
        before, an office's holder, else a code from its country and sector."""
        if self._from_inside(m, st, sent):
            return
        self._owned(doc, m, st, sent)
        several = (m.role or m.person_noun) and m.sector == "GOV" and plural(doc, m)
        if several and m.country is None:
            return  # "les chefs d'État": several countries, not the article's main one
        if m.local and default in self.registry.iso_countries and m.country:
            m.country = f"{default}{m.country[3:]}"  # "l'Assemblée nationale" in Bamako
        country = m.country
        code_in = country if country and len(country) > 3 else None
        country = country[:3] if country and not country.startswith(("IGO", "NGO")) else country
        role = m.role
        if m.counterpart and role is None:
            role = self._last_role(st, day)
        if role and country and not m.indefinite:  # "un porte-parole": not the office's holder
            self._holder(m, st, (country, role), day, sent)
        one = m.person_like or (m.role is not None and not plural(doc, m))  # an office's holder
        bare = m.bare_title and not m.counterpart
        if m.actor is None and role and country is None and one and bare:
            default = self._titled(m, st, role, day, sent, default)
        if m.actor is None and country and m.role is None and m.person_like and not m.indefinite:
            m.actor = self._recent_person(st, country, sent)
        if m.actor is None and country is None and m.sector == "NGO":
            m.actor = next((a for a in reversed(st.organisations) if a.code[:3] == "NGO"), None)
            m.how = "coref" if m.actor else m.how
        if m.actor is None:
            self._from_code(doc, m, st, default, country, code_in)

    def _from_inside(self, m: Mention, st: Discourse, sent: int) -> bool:
        """The person the phrase names ("le ministre X"), or the organisation of its kind
        named before; True when found."""
        if m.inner_person is not None and m.inner_person.actor is not None:
            m.actor = m.inner_person.actor
            m.how = "lexicon"
            if m.role and m.actor.country:
                st.offices[(m.actor.country, m.role)] = m.actor
            return True
        if m.org_kinds and m.country in UNPLACED and m.inner_person is None:
            m.actor = self._named_org(m, st, sent)
            if m.actor is not None:
                m.how = "coref"
                return True
        return False

    def _owned(self, doc: Doc, m: Mention, st: Discourse, sent: int) -> None:
        """ "son porte-parole": the owner's country (and body); "l'ancien président": no
        office's holder."""
        if m.possessive and m.country is None:
            owner = self._possessor(doc, m, st, sent)
            if owner is not None and owner.country in self.registry.iso_countries:
                m.country = owner.country
                if owner.sector in BODY_SECTORS and m.sector == "GOV":
                    m.sector, m.role = owner.sector, None  # the rebels' spokesman is theirs
        if m.former:  # "l'ancien président américain": a former leader, not the holder
            m.role, m.person_like, m.counterpart, m.sector = None, False, False, "ELI"

    def _holder(
        self, m: Mention, st: Discourse, office: tuple[str, str], day: dt.date | None, sent: int
    ) -> None:
        """The holder of a country's office: named before in the article, else the registry's
        holder on the date."""
        country, role = office
        known = st.offices.get(office) or self._named_office(st, country, role, sent)
        person = None if known else self.registry.holder(country, role, day)
        if known is not None:
            m.actor, m.how = known, "coref"
        elif person is not None:
            m.actor, m.how = self.registry.actor(person, day, role), "registry"
            st.offices[office] = m.actor

    def _titled(
        self,
        m: Mention,
        st: Discourse,
        role: str,
        day: dt.date | None,
        sent: int,
        default: str | None,
    ) -> str | None:
        """A bare title ("le président"): its holder named last, else the holder in the
        article's country (or the one country that has the title: "le pape"). Returns the
        country that then stands for the article's."""
        m.actor = self._recent_holder(st, role, day, sent, m.title_countries)
        m.actor = m.actor or _office_named(st, role, m.title_countries)
        m.how = "coref" if m.actor else m.how
        ours = not m.title_countries or default in m.title_countries
        if len(m.title_countries) == 1 and not ours:  # "le pape": the Holy See's title
            default = next(iter(m.title_countries))
        if m.actor is None and default in self.registry.iso_countries and default:
            person = self.registry.holder(default, role, day)  # the article's country's
            if person is not None:
                m.actor, m.how = self.registry.actor(person, day, role), "default"
                st.offices[(default, role)] = m.actor
        return default

    def _from_code(
        self,
        doc: Doc,
        m: Mention,
        st: Discourse,
        default: str | None,
        country: str | None,
        code_in: str | None,
    ) -> None:
        """No one in particular: the phrase's code (a group's, an organisation's), else its
        country (from the phrase, the governing actor, the article) with its sector."""
        group = code_in is not None and code_in[3:6] not in {"", "GOV"}
        whole = code_in and (
            code_in.startswith(("IGO", "NGO"))
            or m.sector is None
            or (group and m.sector in GROUP_MEMBERS)  # "les combattants du Hamas"
        )
        base = code_in if whole else country
        how = "lexicon"
        if base is None and not m.counterpart:
            base = self._governing_country(doc, m, st)
            how = "context"
        if base is None and default is not None and not m.counterpart:
            base, how = default, "default"
        if base is not None:
            actor = split_code(base)
            sector = m.sector if actor.sector is None and actor.country else actor.sector
            code = (actor.country or base) + (sector or "") if actor.country else base
            m.actor = split_code(code)
            m.how = how

    def _governing_country(self, doc: Doc, m: Mention, st: Discourse) -> str | None:
        """ "l'agence Tasnim, citant une source militaire": an unnamed agent inside a phrase
        that depends on a national actor belongs to that actor's country."""
        tok = doc[m.head]
        for _ in range(3):
            if tok.dep_ not in {"obj", "nmod", "acl", "obl", "obl:arg"} or tok.head.i == tok.i:
                return None
            tok = tok.head
            other = st.covering.get(tok.i)
            if other is not None and other is not m and other.actor is not None:
                country = other.actor.country
                return country if country in self.registry.countries else None
        return None

    def _named_office(self, st: Discourse, country: str, role: str, sent: int) -> Actor | None:
        """A person named earlier who holds or held this office: the press keeps titles
        ("Wang Yi … le chef de la diplomatie chinoise")."""
        for s, prev in reversed(st.persons):
            if sent - s > self.person_window:
                break
            entry = prev.entry or (prev.inner_person.entry if prev.inner_person else None)
            if prev.actor is None or prev.actor.country != country or entry is None:
                continue
            person = self.registry.people.get(entry.person or "")
            if person is not None and any(t.role == role for t in person.roles):
                return prev.actor
        return None

    def _last_role(self, st: Discourse, day: dt.date | None) -> str | None:
        for _, prev in reversed(st.persons):
            for (_, role), actor in st.offices.items():
                if actor == prev.actor:
                    return role
            if prev.entry and prev.entry.person:
                tenure = self.registry.role_on(self.registry.people[prev.entry.person], day)
                if tenure is not None:
                    return tenure.role
            if prev.inner_person and prev.inner_person.entry and prev.inner_person.entry.person:
                person = self.registry.people[prev.inner_person.entry.person]
                tenure = self.registry.role_on(person, day)
                if tenure is not None:
                    return tenure.role
        return None

    def _recent_person(self, st: Discourse, country: str, sent: int) -> Actor | None:
        for s, prev in reversed(st.persons):
            if sent - s > self.person_window:
                break
            if prev.actor is not None and prev.actor.country == country:
                return prev.actor
        return None

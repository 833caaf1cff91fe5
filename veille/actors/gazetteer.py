"""Surface forms of one language mapped to actors: the merge of language-free knowledge
(countries from CLDR, people, organisations) with the language's own aliases.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from veille.actors.registry import Registry, country_names
from veille.lang import LanguageData
from veille.text import fold

# Firms and media are often named by common words ("Total", "Le Monde", "La Croix"), and
# so are some countries ("la réunion"): such names match only when written with their
# capital.
CASED_SECTORS = {"BUS", "MED"}
CASED_KINDS = {"country", "person"}  # proper nouns from CLDR and the people data
ARABIC_ARTICLES = {"al", "el", "ad", "ach", "as", "ash", "an", "ar", "at", "az", "ez"}


def person_known(registry: Registry, people: set[str]) -> bool:
    return all(p in registry.people for p in people)


@dataclass(frozen=True)
class Entry:
    """What a surface form names: an actor code, or a person of the registry."""

    kind: str  # country | alias | person | people
    code: str | None = None
    person: str | None = None


@dataclass
class Gazetteer:
    """Forms (as folded token sequences) → entries, plus adjective and role tables."""

    names: dict[str, Entry] = field(default_factory=dict)
    capitalised: set[str] = field(default_factory=set)  # keys of names written with a capital
    lowercase: set[str] = field(default_factory=set)  # keys written lowercase ("roi Salmane")
    acronyms: set[str] = field(default_factory=set)  # keys written in capitals ("EAU", not "eau")
    people_nouns: dict[str, str] = field(default_factory=dict)  # "Iraniens" → IRN (case kept)
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective → code
    prefixes: dict[str, str] = field(default_factory=dict)  # "russo" → RUS
    agents: dict[str, str] = field(default_factory=dict)  # folded lemma(s) → sector
    roles: list[tuple[tuple[str, ...], str, frozenset[str]]] = field(default_factory=list)

    @classmethod
    def build(cls, lang: LanguageData, registry: Registry) -> Gazetteer:
        gaz = cls()
        for row in lang.aliases:  # the language's own choices win over CLDR's names
            gaz._add(row.form, Entry("alias", code=row.code))
        for code, forms in country_names(lang.babel_locale).items():
            for form in forms:
                gaz._add(form, Entry("country", code=code))
        gaz._add_people(lang, registry)
        for d in lang.demonyms:
            for form in [f for f in (d.masc, d.fem, d.masc_pl, d.fem_pl) if f]:
                if form:
                    gaz.demonyms.setdefault(fold(form), d.code)
                    noun = form[0].upper() + form[1:]
                    gaz.people_nouns.setdefault(noun, d.code)
            for prefix in (d.prefix or "").split("|"):
                if prefix:
                    gaz.prefixes.setdefault(fold(prefix), d.code)
        gaz.agents = {fold(a.form): a.sector for a in lang.agents}
        for r in lang.roles:
            named = set((r.countries or "").split("|")) - {""}  # codes, or a set's name
            countries = frozenset(c for n in named for c in registry.sets.get(n, {n}))
            gaz.roles.append((tuple(fold(r.form).split()), r.role, countries))
        gaz.roles.sort(key=lambda item: -len(item[0]))
        return gaz

    def _add(self, form: str, entry: Entry) -> None:
        key = fold(form).strip()
        if key and len(form) > 1 and form.isupper() and key not in self.names:
            self.acronyms.add(key)
        elif key and not form.isupper():
            self.acronyms.discard(key)  # "Otan" is written so too
        if key and form[:1].islower():
            self.lowercase.add(key)
        if key and key not in self.names:
            self.names[key] = entry
            if form[:1].isupper() and self._cased(entry):
                self.capitalised.add(key)
        elif key and form[:1].islower() and self.names[key] == entry:
            self.capitalised.discard(key)  # "talibans" is written lowercase too

    @staticmethod
    def _cased(entry: Entry) -> bool:
        """Names that match only when written with their capital: countries and people
        (proper nouns; "la réunion" is a meeting, not Réunion), firms and media."""
        return entry.kind in CASED_KINDS or (entry.code or "")[3:6] in CASED_SECTORS

    def _add_people(self, lang: LanguageData, registry: Registry) -> None:
        surnames: Counter[str] = Counter()
        given = {fold(p.name.split()[0]) for p in registry.people.values()}
        for person in registry.people.values():
            surnames[fold(person.name.split()[-1])] += 1
        for person in registry.people.values():
            forms = [person.name, *person.aliases]
            last = person.name.split()[-1]
            if len(last) > 3 and surnames[fold(last)] == 1 and fold(last) not in given:
                # "Hassan" alone is a first name too often to stand for Jafar Hassan
                forms.append(last)
            for form in forms:
                self._add(form, Entry("person", person=person.id))
        for row in lang.person_aliases:
            if row.person in registry.people:
                self._add(row.form, Entry("person", person=row.person))
        self._add_unprefixed(lang, registry, given)

    def _add_unprefixed(self, lang: LanguageData, registry: Registry, given: set[str]) -> None:
        """ "Sissi" for "al-Sissi", "Burhane" for "al-Burhane": a surname without its Arabic
        article, when no other person has it and it is no first name."""
        forms = [(f, p.id) for p in registry.people.values() for f in (p.name, *p.aliases)]
        forms += [(row.form, row.person) for row in lang.person_aliases]
        owners: dict[str, set[str]] = {}
        for form, person in forms:
            last = form.split()[-1] if form.split() else ""
            head, dash, rest = last.partition("-")
            if dash and fold(head) in ARABIC_ARTICLES and len(rest) > 3 and rest[:1].isupper():
                owners.setdefault(rest, set()).add(person)
        for rest, people in owners.items():
            if len(people) == 1 and fold(rest) not in given and person_known(registry, people):
                self._add(rest, Entry("person", person=next(iter(people))))

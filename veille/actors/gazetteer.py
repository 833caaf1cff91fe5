"""Surface forms of one language mapped to actors: the merge of language-free knowledge
(countries from CLDR, people, organisations) with the language's own aliases.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from veille.actors.registry import Registry, country_names
from veille.lang import LanguageData
from veille.text import fold

# Firms and media are often named by common words ("Total", "Le Monde", "La Croix"):
# such names match only when written with their capital.
CASED_SECTORS = {"BUS", "MED"}


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
            countries = frozenset((r.countries or "").split("|")) - {""}
            gaz.roles.append((tuple(fold(r.form).split()), r.role, countries))
        gaz.roles.sort(key=lambda item: -len(item[0]))
        return gaz

    def _add(self, form: str, entry: Entry) -> None:
        key = fold(form).strip()
        if key and key not in self.names:
            self.names[key] = entry
            if form[:1].isupper() and (entry.code or "")[3:6] in CASED_SECTORS:
                self.capitalised.add(key)
        elif key and form[:1].islower() and self.names[key] == entry:
            self.capitalised.discard(key)  # "talibans" is written lowercase too

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

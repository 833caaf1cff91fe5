"""Language-free knowledge of actors: countries (CLDR via Babel), organisations, people.

A `Registry` answers "who held this office in this country on this date" and "what was
this person's actor code on this date". It is built once per process and passed around.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from babel import Locale
from babel.core import get_global

from veille.lexicon_io import read_tsv, read_yaml_list
from veille.schemas import CountrySet, Organisation, Person, Tenure
from veille.settings import Settings
from veille.types import Actor

REGIONS = {"WST", "EUR", "AFR", "MEA", "ASA", "NAF", "SAF", "WAF", "EAF", "CAF", "LAM", "SAM"}
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_ROLE_SECTOR = {"military_chief": "MIL", "group_leader": "REB"}
BEFORE_OFFICE = "OPP"  # a politician named before any office the data give them
# No date (the caller gave none): the offices the data leave open, never the clock's today.
UNDATED = dt.date.max


def parse_date(value: str | None) -> dt.date | None:
    """An article date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the day it most likely means."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 15)
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None


# Withdrawn ISO 3166 alpha-3 codes that CLDR still maps to a current territory.
WITHDRAWN_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD", "ROM", "SCG", "YUG"}
# Where CAMEO's code differs from the ISO one.
CAMEO_ALPHA3 = {"XKK": "KSV"}


def iso3_to_iso2() -> dict[str, str]:
    """Alpha-3 (as CAMEO writes it) → alpha-2, for the territories CLDR knows."""
    out: dict[str, str] = {}
    for alpha3, targets in get_global("territory_aliases").items():
        if alpha3 in WITHDRAWN_ALPHA3 or "QMA" <= alpha3 <= "QZZ":
            continue  # QMA-QZZ: private-use groupings (QUU: the European Union); QAT is Qatar
        if len(alpha3) == 3 and alpha3.isalpha() and len(targets) == 1 and len(targets[0]) == 2:
            out[CAMEO_ALPHA3.get(alpha3, alpha3)] = targets[0]
    return out


def country_names(locale: str) -> dict[str, list[str]]:
    """Alpha-3 code → the names CLDR gives in `locale`."""
    names = Locale.parse(locale).territories
    out: dict[str, list[str]] = {}
    for alpha3, alpha2 in iso3_to_iso2().items():
        if alpha2 in names:
            out.setdefault(alpha3, []).append(names[alpha2])
    return out


# CLDR time-zone areas (Babel) that place a territory on a continent, as CAMEO regions.
ZONE_CONTINENTS = {"Africa": "AFR", "Europe": "EUR", "Asia": "ASA"}
EXCLAVE_ZONES = {"Africa/Ceuta"}  # a city of Spain on the African coast: Spain is European


def country_sets(rows: list[CountrySet]) -> dict[str, frozenset[str]]:
    """Named sets of countries: continents from CLDR time zones, the rest from the data."""
    alpha2 = {a2: a3 for a3, a2 in iso3_to_iso2().items()}
    sets: dict[str, set[str]] = {}
    for a2, zones in get_global("territory_zones").items():
        for zone in set(zones) - EXCLAVE_ZONES:
            region = ZONE_CONTINENTS.get(zone.split("/")[0])
            if region and a2 in alpha2:
                sets.setdefault(region, set()).add(alpha2[a2])
    for row in rows:
        sets.setdefault(row.set, set()).update(row.members.split("|"))
    return {k: frozenset(v) for k, v in sets.items()}


def split_code(code: str) -> Actor:
    """An actor code as country + sector (`RUSGOV` → RUS, GOV; `IGOUNO` → no country)."""
    if code.startswith(NON_COUNTRY_PREFIXES):
        return Actor(code=code)
    return Actor(code=code, country=code[:3], sector=code[3:6] or None)


@dataclass(frozen=True)
class Office:
    person: Person
    tenure: Tenure


@dataclass(frozen=True)
class OfficeTerms:
    """How the press dates an office (settings `actors.elect_days`, `actors.former_after_days`)."""

    elect_days: int  # elected or appointed, about to take office: coded as in office
    former_after_days: int  # the press keeps a leader's office attached for so long


def office_terms(settings: Settings) -> OfficeTerms:
    """The office terms of `settings`."""
    return OfficeTerms(settings["actors.elect_days"], settings["actors.former_after_days"])


class Registry:
    """Countries, organisations and people with dated roles."""

    def __init__(
        self,
        people: list[Person],
        organisations: list[Organisation],
        sets: list[CountrySet] | None = None,
        *,
        terms: OfficeTerms,
    ) -> None:
        self.terms = terms
        self.people = {p.id: p for p in people}
        self.sets = country_sets(sets or [])
        self.organisations = {o.code: o for o in organisations}
        self.iso_countries = set(iso3_to_iso2())
        self.countries = self.iso_countries | REGIONS
        self._offices: dict[tuple[str, str], list[Office]] = {}
        for person in people:
            for tenure in person.roles:
                key = ((tenure.code or person.country)[:3], tenure.role)
                self._offices.setdefault(key, []).append(Office(person, tenure))
                if tenure.code and tenure.code[:3] != person.country:
                    self._offices.setdefault((tenure.code, tenure.role), []).append(
                        Office(person, tenure)
                    )

    def with_terms(self, terms: OfficeTerms) -> Registry:
        """The same registry (its data shared) dating offices by `terms`."""
        other = copy.copy(self)
        other.terms = terms
        return other

    @classmethod
    def load(cls, terms: OfficeTerms) -> Registry:
        """Read `veille/data/people/*.yaml`, `organisations.tsv` and `country_sets.tsv`."""
        data = Path(str(resources.files("veille").joinpath("data")))
        people: list[Person] = []
        for path in sorted((data / "people").glob("*.yaml")):
            people.extend(read_yaml_list(path, Person))
        organisations = read_tsv(data / "organisations.tsv", Organisation, allow_empty=True)
        sets = read_tsv(data / "country_sets.tsv", CountrySet, allow_empty=True)
        return cls(people, organisations, sets, terms=terms)

    def holder(self, country: str, role: str, on: dt.date | None) -> Person | None:
        """The person who held `role` for `country` (or IGO code) on the date."""
        day = on or UNDATED
        best: Office | None = None
        for office in self._offices.get((country, role), []):
            t = office.tenure
            active = t.start <= day and (t.end is None or day <= t.end)
            if active and (best is None or t.start > best.tenure.start):
                best = office  # on a handover day: the successor
        return best.person if best else None

    def role_on(self, person: Person, on: dt.date | None) -> Tenure | None:
        """The office `person` held on the date (the latest started if several)."""
        day = on or UNDATED
        active = [t for t in person.roles if t.start <= day and (t.end is None or day <= t.end)]
        return max(active, key=lambda t: t.start) if active else None

    def in_office(self, person: Person, on: dt.date | None) -> bool:
        """Did `person` hold an office on the date, or leave one within the last year?"""
        day = on or UNDATED
        return self.role_on(person, day) is not None or self._recent(person, day) is not None

    def _before_office(self, person: Person, day: dt.date) -> bool:
        """Named before every office the data give them, and not about to take one."""
        soon = day + dt.timedelta(days=self.terms.elect_days)
        return bool(person.roles) and all(t.start > soon for t in person.roles)

    def _recent(self, person: Person, day: dt.date) -> Tenure | None:
        ended = [
            t
            for t in person.roles
            if t.end is not None and 0 <= (day - t.end).days <= self.terms.former_after_days
        ]
        return max(ended, key=lambda t: t.end or t.start) if ended else None

    def actor(self, person: Person, on: dt.date | None, role: str | None = None) -> Actor:
        """The person's actor code on the date: their office (the one named by `role` when
        they held several: "le chef de l'armée" is the army's), else former leader, else
        default."""
        day = on or UNDATED
        held = [
            t
            for t in person.roles
            if t.role == role and t.start <= day and (t.end is None or day <= t.end)
        ]
        tenure = (
            (held[0] if held else None) or self.role_on(person, day) or self._recent(person, day)
        )
        if tenure is not None:
            code = tenure.code or person.country + _ROLE_SECTOR.get(tenure.role, "GOV")
        elif any(
            t.end is not None and (day - t.end).days > self.terms.former_after_days
            for t in person.roles
        ):
            code = person.country + "ELI"
        elif person.sector == "GOV" and self._before_office(person, day):
            code = person.country + BEFORE_OFFICE  # not yet in office: in the opposition
        else:
            code = person.country + person.sector
        base = split_code(code)
        return Actor(
            code=code,
            country=base.country,
            sector=base.sector,
            name=person.name,
            wikidata=person.wikidata,
        )

"""Schemas of veille's data files (language-free `veille/data/` and `veille/lang/<code>/`).

`docs/lexicon-format.md` describes each file; the loaders validate every row against
these models and name the file and line of any error.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ACTOR_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")
CAMEO_CODE = re.compile(r"^\d{2,4}$")

Role = Literal[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "supreme_leader",
    "secretary_general",
    "high_representative",
    "spokesperson",
    "military_chief",
    "party_leader",
    "group_leader",
    "vice_president",
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_code(value: str) -> str:
    if not ACTOR_CODE.match(value):
        raise ValueError(
            f"{value!r} is not a CAMEO actor code (three capitals, then more capitals)"
        )
    return value


# ---------------------------------------------------------------- veille/data/


class CameoRow(_Strict):
    """veille/data/cameo.tsv: one CAMEO event code."""

    code: str
    name: str
    goldstein: float = Field(ge=-10, le=10)
    quad_class: int = Field(ge=0, le=4)
    plover_type: str | None = None
    plover_mode: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CAMEO_CODE.match(v):
            raise ValueError(f"{v!r} is not a CAMEO event code")
        return v


class Tenure(_Strict):
    """One office a person held, from `start` to `end` (None: still in office)."""

    role: Role
    start: dt.date
    end: dt.date | None = None
    code: str | None = None  # actor code while in this office, when not COUNTRY+GOV
    title: str | None = None  # free text, for people reading the file

    @field_validator("code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        return _check_code(v) if v else v


class Person(_Strict):
    """veille/data/people.yaml: a person's identity and dated roles."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str  # canonical English name
    country: str = Field(pattern=r"^[A-Z]{3}$")
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    sector: str = "GOV"  # sector outside any listed office (ELI after one, OPP before: derived)
    aliases: list[str] = []  # Latin-script forms used in every language
    roles: list[Tenure] = []


class Organisation(_Strict):
    """veille/data/organisations.tsv: a region, IGO, NGO or non-state group code."""

    code: str
    name: str
    kind: Literal["region", "igo", "ngo", "armed", "party", "media", "other"]

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        return _check_code(v)


class CountrySet(_Strict):
    """veille/data/country_sets.tsv: the countries a description like "le royaume" fits."""

    set: str = Field(pattern=r"^[a-z]+$|^[A-Z]{3}$")
    members: str = Field(pattern=r"^[A-Z]{3}(\|[A-Z]{3})*$")
    note: str | None = None


# ---------------------------------------------------------------- veille/lang/<code>/


class AliasRow(_Strict):
    """actor_aliases.tsv: a surface form naming a country, place, organisation or group."""

    form: str
    code: str
    note: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        return _check_code(v)


class PersonAliasRow(_Strict):
    """person_aliases.tsv: a language-specific spelling of a person of people.yaml."""

    form: str
    person: str


class DemonymRow(_Strict):
    """demonyms.tsv: the adjective forms of a country (and compound prefixes)."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    masc: str
    fem: str | None = None
    masc_pl: str | None = None
    fem_pl: str | None = None
    prefix: str | None = None  # compound prefixes separated by "|": russo|sino


class AgentRow(_Strict):
    """agents.tsv: an agent noun (lemma, may be several words) and the sector it denotes."""

    form: str
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    note: str | None = None


class RoleRow(_Strict):
    """roles.tsv: a description of an office ("chef de la diplomatie") and its role key."""

    form: str
    role: Role
    countries: str | None = None  # restrict to these countries, separated by "|"
    note: str | None = None


QUOTE_ONLY = "-"


class SpeechVerbRow(_Strict):
    """speech_verbs.tsv: a verb that introduces reported speech."""

    lemma: str
    cameo: str | None = None  # the speech act itself, when it is an event (dénoncer 111);
    # "-" (QUOTE_ONLY): the verb introduces quotes but is no event by itself ("réagir")
    note: str | None = None


class SpeakerFrameRow(_Strict):
    """speakers.tsv: a word that frames who speaks ("selon", "par la voix de", "M.")."""

    form: str
    kind: Literal["according", "voice", "civility", "anonymous"]
    note: str | None = None


class Refinement(_Strict):
    """A more specific code when the trigger's complements contain one of `with_`."""

    with_: list[str] = Field(alias="with", min_length=1)
    also: list[str] = []  # and one of these too ("placer … en alerte" + "police": 151)
    code: str
    swap: bool | None = None
    target: str | None = None
    note: str | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class TriggerRow(_Strict):
    """triggers.yaml: a verb or event noun and the CAMEO code it signals."""

    lemma: str
    pos: Literal["VERB", "NOUN"] = "VERB"
    code: str
    target: Literal["any", "none", "obj", "obl"] = "any"
    swap: bool = False  # the syntactic target is the event's source (avoir recours à X)
    reflexive: bool = False  # the base code needs "se" ("se rendre à"); refinements do not
    passive: bool = False  # the base code needs the passive ("être attendu à"); refinements do not
    bare: bool = True  # False: only a refinement codes an event ("envoyer" alone is no aid)
    # with bare False, the sectors of a source that code the base code alone ("le président
    # est arrivé à Moscou" is a visit; troops or migrants arriving are not)
    bare_sectors: list[str] = []
    governs: bool = False  # True: codes only with an infinitive ("disposé à négocier")
    refine: list[Refinement] = []
    note: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CAMEO_CODE.match(v):
            raise ValueError(f"{v!r} is not a CAMEO event code")
        return v

"""Language data: one folder per language with the same files, found by code.

`load_language("fr")` imports `veille.lang.fr` for its Defaults and reads and validates
every data file beside it. Adding a language means adding a folder, not editing code:
a folder anywhere, given by its path, with a `language.yaml` (code, model, package,
babel_locale) in place of the Python Defaults, is a language too.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from veille.errors import Errors, LexiconError, UsageError
from veille.lang.grammar import Grammar
from veille.lexicon_io import SafeLoader, read_tsv, read_yaml_list
from veille.schemas import (
    AgentRow,
    AliasRow,
    DemonymRow,
    PersonAliasRow,
    RoleRow,
    SpeakerFrameRow,
    SpeechVerbRow,
    TriggerRow,
)
from veille.text import fold


class QuoteMarkRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    open: str
    close: str


class Cues(BaseModel):
    """cues.yaml: negation, hypothesis and modality cues."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    negation: list[str]
    negation_needs_ne: list[str] = []
    negation_particle: list[str]
    negation_arguments: list[str] = []  # "aucun pays n'a …", "personne n'a …"
    without: list[str] = []
    hypothetical_marks: list[str] = []
    concessive_marks: list[str] = []  # "si X a salué …, il a averti …": a fact conceded
    purpose_marks: list[str] = []  # "pour capturer X": an act aimed at, not done
    modal_lemmas: list[str] = []
    reported_future: list[str] = []
    future_endings: list[str] = []
    conditional_endings: list[str] = []  # "riposter-ait" read as an imperfect
    future_auxiliaries: list[str] = []  # auxiliaries that make a future ("will sign")
    refusal_verbs: list[str] = []
    denial_verbs: list[str] = []  # "a nié avoir fourni": the clause denied did not happen
    object_control_verbs: list[str] = []
    receiving_verbs: list[str] = []
    light_speech_verbs: list[str] = []
    onset_nouns: list[str] = []  # "annoncer le lancement d'une offensive": the offensive
    criticism: list[str] = []
    praise: list[str] = []
    any_determiners: list[str] = []  # "toute agression": any act, not one that happened
    act_nouns: list[str] = []  # "sa déception après la décision américaine": the US's act
    judging_copulas: list[str] = []  # "X constitue une provocation": a judgement's verb
    follower_participles: list[str] = []
    follower_markers: list[str] = []
    quantity_nouns: list[str] = []
    event_containers: list[str] = []


class Coref(BaseModel):
    """coref.yaml: the forms that stand for an actor named elsewhere."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    counterpart: list[str]
    anaphora: list[list[str]]
    plural_anaphora: list[list[str]] = []
    pair_nouns: list[str]
    pair_numbers: list[str]
    official_nouns: list[str]
    person_nouns: list[str]
    person_pronouns: list[str]
    plural_pronouns: list[str]
    country_nouns: dict[str, str] = {}
    country_nouns_qualified: list[str] = []
    organisation_nouns: dict[str, list[str]] = {}
    ally_nouns: list[str] = []
    side_nouns: list[str] = []
    enemy_nouns: list[str] = []
    exile_markers: list[list[str]] = []
    possessives: list[str] = []
    local_institutions: list[str] = []
    region_adjectives: dict[str, str] = {}
    former_markers: list[str] = []
    deputy_markers: list[str] = []  # "le secrétaire d'État adjoint": not the office's holder
    label_nouns: list[str] = []  # "les accords de Minsk": the place names the treaty


class LabelMap(BaseModel):
    """labels.yaml: the model's dependency scheme and how its labels map to UD
    (applied by veille/nlp/labels.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    scheme: Literal["ud", "preposition_head"]
    labels: dict[str, str] = {}
    prepositions: dict[str, str] = {}  # preposition label -> label of its object
    objects: dict[str, str] = {}  # object label -> label of its preposition
    entities: dict[str, str] = {}  # named-entity label -> the one the rules read (PER…)

    @model_validator(mode="after")
    def _complete(self) -> LabelMap:
        if self.scheme == "preposition_head" and not (self.prepositions and self.objects):
            raise ValueError("a preposition_head scheme needs `prepositions` and `objects`")
        return self


IDENTITY_LABELS = LabelMap(scheme="ud")


@dataclass(frozen=True)
class LanguageData:
    """Everything veille knows about one language, validated."""

    code: str
    model: str
    package: str
    babel_locale: str
    aliases: list[AliasRow]
    person_aliases: list[PersonAliasRow]
    demonyms: list[DemonymRow]
    agents: list[AgentRow]
    roles: list[RoleRow]
    speech_verbs: list[SpeechVerbRow]
    speaker_frames: list[SpeakerFrameRow]
    triggers: list[TriggerRow]
    quote_marks: list[QuoteMarkRow]
    cues: Cues
    coref: Coref
    grammar: Grammar
    labels: LabelMap = IDENTITY_LABELS


def _read_mapping(path: Path, model: type[BaseModel]) -> Any:
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=SafeLoader)
        return model.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(str(path), None, str(exc)) from exc
    except ValueError as exc:
        raise LexiconError(str(path), None, str(exc)) from exc


class LanguageDefaults(BaseModel):
    """language.yaml of a language folder outside the package (what `Defaults` says)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str
    model: str
    package: str
    babel_locale: str


def _external(code: str) -> Path | None:
    """The folder `code` names when it is a path to a folder with a language.yaml."""
    if code.isalpha():
        return None
    folder = Path(code)
    return folder if (folder / "language.yaml").is_file() else None


def _module(code: str) -> Any:
    if not code.isalpha():
        raise UsageError(Errors.E003.format(lang=code))
    try:
        return importlib.import_module(f"veille.lang.{code}")
    except ModuleNotFoundError as exc:
        raise UsageError(Errors.E003.format(lang=code)) from exc


def language_folder(code: str) -> Path:
    """The folder `veille/lang/<code>/` (or the folder `code` is the path of).

    Raises:
        UsageError: there is no such language.
    """
    external = _external(code)
    return external if external is not None else Path(_module(code).__file__ or "").parent


def _unique_triggers(path: Path) -> list[TriggerRow]:
    """The triggers of `path`; a lemma listed twice for one part of speech (accents aside,
    as the coder looks them up) is an error: the second entry would silently win."""
    rows = read_yaml_list(path, TriggerRow)
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = (fold(row.lemma), row.pos)
        if key in seen:
            reason = f"lemma {row.lemma!r} ({row.pos}) is listed twice: merge its refinements"
            raise LexiconError(str(path), None, reason)
        seen.add(key)
    return rows


def load_language(code: str) -> LanguageData:
    """Read and validate the data of `veille/lang/<code>/`.

    Raises:
        UsageError: there is no such language folder.
        LexiconError: a data file is malformed (the message names file and line).
    """
    folder = language_folder(code)
    if _external(code) is not None:
        # the code stays the folder's path: it is how the components find it again
        defaults = _read_mapping(folder / "language.yaml", LanguageDefaults)
    else:
        defaults = _module(code).Defaults
    return LanguageData(
        code=code,
        model=defaults.model,
        package=defaults.package,
        babel_locale=defaults.babel_locale,
        aliases=read_tsv(folder / "actor_aliases.tsv", AliasRow),
        person_aliases=read_tsv(folder / "person_aliases.tsv", PersonAliasRow, allow_empty=True),
        demonyms=read_tsv(folder / "demonyms.tsv", DemonymRow),
        agents=read_tsv(folder / "agents.tsv", AgentRow),
        roles=read_tsv(folder / "roles.tsv", RoleRow),
        speech_verbs=read_tsv(folder / "speech_verbs.tsv", SpeechVerbRow),
        speaker_frames=read_tsv(folder / "speakers.tsv", SpeakerFrameRow),
        triggers=_unique_triggers(folder / "triggers.yaml"),
        quote_marks=read_tsv(folder / "quote_marks.tsv", QuoteMarkRow),
        cues=_read_mapping(folder / "cues.yaml", Cues),
        coref=_read_mapping(folder / "coref.yaml", Coref),
        grammar=_read_mapping(folder / "grammar.yaml", Grammar),
        labels=_read_mapping(folder / "labels.yaml", LabelMap),
    )

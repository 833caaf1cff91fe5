"""Everything the components of one language need (language data, people registry,
gazetteer, CAMEO table), built once per process and reached through spaCy's config.

A component's config names its resources as a registered function, e.g.

    [components.veille_actors.resources]
    @misc = "veille.resources.v1"
    lang = "fr"
    data_cache = true

so that a pipeline saved with `nlp.to_disk` finds them again when `spacy.load` reads its
config: nothing but the language code is stored, and the data come from this package.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.util import registry as spacy_registry

from veille.actors.gazetteer import Gazetteer
from veille.actors.registry import Registry, office_terms
from veille.events.cameo import CameoTable
from veille.lang import LanguageData, language_folder, load_language
from veille.nlp.data_cache import cached
from veille.settings import Settings

RESOURCES = "veille.resources.v1"


@dataclass(frozen=True, eq=False)
class Resources:
    lang: LanguageData
    registry: Registry
    gazetteer: Gazetteer
    cameo: CameoTable

    @classmethod
    def load(cls, lang: str, settings: Settings | None = None) -> Resources:
        """The resources of `lang`, with the setting `nlp.data_cache` of `settings`."""
        data_cache = True if settings is None else bool(settings["nlp.data_cache"])
        return load_resources(lang, data_cache)


_LOADED: dict[tuple[str, bool], Resources] = {}  # per process: every component shares them


def load_resources(lang: str, data_cache: bool = True) -> Resources:
    """Read and build the resources of `lang` once per process, from the on-disk cache when
    `data_cache` is on and an entry for the current data files exists.

    Raises:
        UsageError: there is no folder veille/lang/<lang>/.
        LexiconError: a data file is malformed.
    """
    key = (lang, data_cache)
    if key not in _LOADED:
        folder = language_folder(lang)  # an unknown language fails before any cache look-up
        inside = folder.name == lang  # a folder given by its path is read afresh, not cached
        built = cached(f"resources-{lang}", lambda: _build(lang), enabled=data_cache and inside)
        _LOADED[key] = Resources(*built)
    return _LOADED[key]


def resources_v1(lang: str, data_cache: bool = True) -> Resources:
    """The registered loader a component's config refers to."""
    return load_resources(lang, data_cache)


spacy_registry.misc.register(RESOURCES, func=resources_v1)


def resources_config(lang: str, data_cache: bool = True) -> dict[str, object]:
    """The config block that names the resources of `lang`."""
    return {"@misc": RESOURCES, "lang": lang, "data_cache": data_cache}


def _build(lang: str) -> tuple[LanguageData, Registry, Gazetteer, CameoTable]:
    data = load_language(lang)
    registry = Registry.load(office_terms(Settings.load()))  # the actors component rebinds
    return data, registry, Gazetteer.build(data, registry), CameoTable.load()

"""Everything the components of one language need, built once and passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from veille.actors.gazetteer import Gazetteer
from veille.actors.registry import Registry
from veille.events.cameo import CameoTable
from veille.lang import LanguageData, language_folder, load_language
from veille.nlp.data_cache import cached
from veille.settings import Settings


@dataclass(frozen=True)
class Resources:
    lang: LanguageData
    registry: Registry
    gazetteer: Gazetteer
    cameo: CameoTable
    settings: Settings

    @classmethod
    def load(cls, lang: str, settings: Settings) -> Resources:
        """Read and build the resources of `lang`, from the on-disk cache when
        `nlp.data_cache` is on and an entry for the current data files exists."""
        folder = language_folder(lang)  # an unknown language fails before any cache look-up
        inside = folder.name == lang  # a folder given by its path is read afresh, not cached
        data, registry, gazetteer, cameo = cached(
            f"resources-{lang}", lambda: _build(lang), enabled=settings["nlp.data_cache"] and inside
        )
        return cls(data, registry, gazetteer, cameo, settings)


def _build(lang: str) -> tuple[LanguageData, Registry, Gazetteer, CameoTable]:
    data = load_language(lang)
    registry = Registry.load()
    return data, registry, Gazetteer.build(data, registry), CameoTable.load()

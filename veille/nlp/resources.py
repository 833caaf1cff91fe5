"""Everything the components of one language need, built once and passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from veille.actors.gazetteer import Gazetteer
from veille.actors.registry import Registry
from veille.events.cameo import CameoTable
from veille.lang import LanguageData, load_language
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
        data = load_language(lang)
        registry = Registry.load()
        return cls(
            lang=data,
            registry=registry,
            gazetteer=Gazetteer.build(data, registry),
            cameo=CameoTable.load(),
            settings=settings,
        )

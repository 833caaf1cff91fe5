"""Assembling the spaCy pipeline of one language: the stock model plus veille's components,
each configured through spaCy's config system.

Every component declares its settings in its factory's `default_config` (the packaged
defaults); `component_configs` gives the values of a run's `Settings` instead, and each
component's `resources` block names the language whose data it reads (`veille.resources`).
The pipeline can be saved with `nlp.to_disk(path)` and read back with `load_pipeline(path)`
(or `spacy.load(path)` once veille is imported): its config holds everything it needs.

This is the one module that knows every stage; the stages know only the ones below them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from veille.actors import component as _actors  # noqa: F401
from veille.errors import Errors, ModelNotInstalled
from veille.events import coder as _events
from veille.lang import LanguageData
from veille.nlp import lemma_index as _lemma_index  # noqa: F401
from veille.nlp import sentences as _sentences  # noqa: F401
from veille.nlp.extensions import register_extensions
from veille.nlp.labels import needs_adapter
from veille.nlp.tokenizer import keep_whole, split_glued_civilities
from veille.prefilter import install_prefilter
from veille.quotes import component as _quotes  # noqa: F401
from veille.resources import load_resources, resources_config
from veille.settings import Settings

VEILLE_COMPONENTS = ("veille_actors", "veille_quotes", "veille_events")


def component_configs(lang: LanguageData, settings: Settings) -> dict[str, dict[str, Any]]:
    """The config of each of veille's components for `lang` under `settings`."""
    resources = resources_config(lang.code, settings["nlp.data_cache"])
    events = {key.split(".")[1]: settings[key] for key in _events.EVENT_SETTINGS}
    return {
        "veille_sentences": {"quote_marks": [[row.open, row.close] for row in lang.quote_marks]},
        "veille_actors": {
            "resources": resources,
            "default_country": settings["actors.default_country"],
            "default_country_min_mentions": settings["actors.default_country_min_mentions"],
            "person_window": settings["actors.person_window"],
            "place_window": settings["actors.place_window"],
            "elect_days": settings["actors.elect_days"],
            "former_after_days": settings["actors.former_after_days"],
        },
        "veille_quotes": {
            "resources": resources,
            "min_chars": settings["quotes.min_chars"],
            "speaker_lookback": settings["quotes.speaker_lookback"],
        },
        "veille_events": {"resources": resources, **events},
    }


def load_model(lang: LanguageData) -> Language:
    """The stock spaCy model of `lang`.

    Raises:
        ModelNotInstalled: its package is missing.
    """
    try:
        return spacy.load(lang.model)
    except OSError as exc:
        raise ModelNotInstalled(Errors.E005.format(model=lang.model, package=lang.package)) from exc


def build_nlp(lang: str, settings: Settings) -> Language:
    """The model of `lang` with veille's components, configured from `settings`.

    Raises:
        UsageError: there is no folder veille/lang/<lang>/.
        ModelNotInstalled: the model package of the language is missing.
    """
    register_extensions()
    data = load_resources(lang, settings["nlp.data_cache"]).lang
    nlp = load_model(data)
    civilities = [row.form for row in data.speaker_frames if row.kind == "civility"]
    split_glued_civilities(nlp, civilities)
    keep_whole(nlp, sorted(data.grammar.whole_words))
    configs = component_configs(data, settings)
    lemmatizer = "lemmatizer" in nlp.pipe_names
    nlp.add_pipe("veille_lemma_index", after="lemmatizer" if lemmatizer else None)
    parser = "parser" in nlp.pipe_names
    nlp.add_pipe(
        "veille_sentences", before="parser" if parser else None, config=configs["veille_sentences"]
    )
    labels = data.labels
    if needs_adapter(labels.scheme, labels.labels, labels.entities):
        config = {"labels": labels.labels, "prepositions": labels.prepositions}
        config |= {"objects": labels.objects, "entities": labels.entities}
        nlp.add_pipe("veille_labels", config=config)  # after the stock components (parser, NER)
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name, config=configs[name])
    if settings["nlp.prefilter"]:
        res = load_resources(lang, settings["nlp.data_cache"])
        install_prefilter(nlp, res.lang, res.gazetteer)
    return nlp


def load_pipeline(path: str | Path) -> Language:
    """A pipeline saved with `nlp.to_disk`, read back (veille's factories registered)."""
    register_extensions()
    return spacy.load(path)

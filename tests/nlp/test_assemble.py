"""The assembled pipeline is spaCy-native: settings through the config system, resources
named in the config, no state kept between docs, saved and read back with identical output."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from veille.assemble import VEILLE_COMPONENTS, component_configs, load_pipeline
from veille.pipeline import Coder
from veille.resources import load_resources
from veille.serialize import to_json
from veille.settings import Settings
from veille.types import Article

PACKAGE = Path(__file__).resolve().parents[2] / "veille"
STAGES = ("veille.actors", "veille.events", "veille.quotes")
TEXTS = [
    "Le ministre chinois des Affaires étrangères Wang Yi a rencontré son homologue russe à "
    "Moscou. « Nos relations se développent », a-t-il déclaré.",
    "La Russie a condamné les sanctions imposées par l'Union européenne.",
    "Des manifestants ont protesté devant le Parlement à Nairobi. La police a arrêté "
    "plusieurs personnes, selon le ministre kényan de l'Intérieur.",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    return found | {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}


@pytest.mark.parametrize("path", sorted((PACKAGE / "nlp").glob("*.py")), ids=lambda p: p.name)
def test_nlp_is_the_lowest_stage(path: Path) -> None:
    assert not {m for m in _imports(path) if m.startswith(STAGES)}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_the_library_reads_no_clock_for_undated_articles(path: Path) -> None:
    if "cli" in path.parts or "store" in path.parts:  # the caller; the time a row is stored
        return
    text = path.read_text("utf-8")
    assert "date.today()" not in text and "datetime.now(" not in text


def test_the_factories_default_to_the_packaged_settings() -> None:
    settings = Settings.load()
    configs = component_configs(load_resources("fr").lang, settings)
    for name in VEILLE_COMPONENTS:
        defaults = Language.get_factory_meta(name).default_config
        assert {k: v for k, v in defaults.items() if k != "resources"} == {
            k: v for k, v in configs[name].items() if k != "resources"
        }
        assert configs[name]["resources"] == {
            "@misc": "veille.resources.v1",
            "lang": "fr",
            "data_cache": True,
        }


def test_settings_reach_the_component_configs() -> None:
    settings = Settings.load(None, {"quotes.min_chars": "7", "events.reciprocal_roots": "04"})
    configs = component_configs(load_resources("fr").lang, settings)
    assert configs["veille_quotes"]["min_chars"] == 7
    assert configs["veille_events"]["reciprocal_roots"] == ["04"]


@pytest.mark.slow
def test_the_pipeline_config_holds_the_settings(fr_coder: Coder) -> None:
    config = fr_coder.nlp.config["components"]
    assert config["veille_actors"]["person_window"] == Settings.load()["actors.person_window"]
    assert config["veille_quotes"]["resources"]["lang"] == "fr"
    assert "veille_lemma_index" in fr_coder.nlp.pipe_names


def _state(obj: Any) -> dict[str, Any]:
    """An object's attributes, and those of the objects it holds (one level down)."""
    out = {}
    for key, value in vars(obj).items():
        out[key] = copy.copy(value) if isinstance(value, list | dict | set) else value
        if hasattr(value, "__dict__") and not isinstance(value, Language):
            for sub, inner in vars(value).items():
                mutable = isinstance(inner, list | dict | set)
                out[f"{key}.{sub}"] = copy.copy(inner) if mutable else inner
    return out


@pytest.mark.slow
def test_the_components_keep_no_state_between_docs(fr_coder: Coder) -> None:
    names = ("veille_sentences", *VEILLE_COMPONENTS)
    before = {name: _state(fr_coder.nlp.get_pipe(name)) for name in names}
    for text in TEXTS:
        fr_coder.code(Article("a", text, "2024-05-02"))
    after = {name: _state(fr_coder.nlp.get_pipe(name)) for name in names}
    for name in names:
        assert before[name].keys() == after[name].keys(), name
        changed = [k for k in before[name] if before[name][k] != after[name][k]]
        assert changed == [], name


@pytest.mark.slow
def test_the_pipeline_saved_and_read_back_codes_the_same(fr_coder: Coder, tmp_path: Path) -> None:
    fr_coder.nlp.to_disk(tmp_path / "pipeline")
    back = Coder(load_pipeline(tmp_path / "pipeline"), fr_coder.settings, "fr")
    assert back.nlp.pipe_names == fr_coder.nlp.pipe_names
    assert (
        back.nlp.config["components"]["veille_events"]
        == (fr_coder.nlp.config["components"]["veille_events"])
    )
    table = back.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(v).__name__ == "IndexList" for v in table.values())  # hashed again
    for n, text in enumerate(TEXTS):
        article = Article(f"a{n}", text, "2023-02-21")
        assert to_json(back.code(article)) == to_json(fr_coder.code(article))


@pytest.mark.slow
@pytest.mark.parametrize(("undated", "name"), [("2015-06-01", "Barack Obama"),
                                               ("2022-06-01", "Joe Biden")])  # fmt: skip
def test_an_undated_article_is_resolved_on_the_date_the_caller_gives(
    fr_coder: Coder, undated: str, name: str
) -> None:
    coder = Coder(fr_coder.nlp, fr_coder.settings, "fr", undated=undated)
    text = "Le président américain a condamné l'essai nucléaire nord-coréen."
    coded = coder.code(Article("a", text))
    assert coded.date is None  # the output keeps the article's own (missing) date
    assert name in {a.name for a in coded.actors}

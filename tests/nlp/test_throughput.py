"""The speed-ups change no result: lemma index, data cache, batches in `code_many`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from veille.errors import CodingError
from veille.nlp import data_cache
from veille.nlp.lemma_index import IndexList
from veille.pipeline import Coder
from veille.serialize import to_json
from veille.types import Article, CodedArticle

TEXTS = [
    "Le président français a rencontré son homologue allemand à Berlin. « Nous "
    "travaillerons ensemble », a-t-il déclaré.",
    "La Russie a condamné les sanctions imposées par l'Union européenne.",
    "Des manifestants ont protesté devant le Parlement à Nairobi.\n\nLa police a arrêté "
    "plusieurs personnes, selon le ministre kényan de l'Intérieur.",
    "Le gouvernement chinois a appelé les États-Unis à reprendre le dialogue.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{n}", text=t, date="2024-05-02") for n, t in enumerate(TEXTS)]


def _dump(coded: list[CodedArticle]) -> list[str]:
    return [to_json(c) for c in coded]


@pytest.mark.slow
def test_the_lemma_index_is_hashed_and_lemmas_are_those_of_the_rules(fr_coder: Coder) -> None:
    table = fr_coder.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, IndexList) for v in table.values())
    doc = fr_coder.nlp("Les ministres ont annoncé des mesures fortes.")
    assert [t.lemma_ for t in doc if t.pos_ in {"NOUN", "VERB"}] == [
        "ministre",
        "annoncer",
        "mesure",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("size", [1, 3, 16])
def test_batches_give_the_results_of_one_article_at_a_time(fr_coder: Coder, size: int) -> None:
    one_by_one = [fr_coder.code(a) for a in _articles()]
    settings = fr_coder.settings
    saved = settings._values["nlp.batch_size"]
    settings._values["nlp.batch_size"] = size
    try:
        batched = list(fr_coder.code_many(_articles()))
    finally:
        settings._values["nlp.batch_size"] = saved
    assert _dump(batched) == _dump(one_by_one)


class _Failing:
    """Wraps a coder's pipeline so that one text makes it fail."""

    def __init__(self, coder: Coder, poison: str) -> None:
        self.coder, self.poison, self.nlp = coder, poison, coder.nlp

    def __enter__(self) -> None:
        nlp, poison = self.nlp, self.poison
        real = nlp.pipe

        def pipe(docs, **kwargs):  # type: ignore[no-untyped-def]
            for doc in real(docs, **kwargs):
                if poison in doc.text:
                    raise RuntimeError("boom")
                yield doc

        self.coder.nlp = type("P", (), {"pipe": staticmethod(pipe), "make_doc": nlp.make_doc})()

    def __exit__(self, *exc: object) -> None:
        self.coder.nlp = self.nlp


@pytest.mark.slow
def test_a_failing_article_loses_only_itself(fr_coder: Coder) -> None:
    articles = _articles()
    failed: list[str] = []
    with _Failing(fr_coder, "sanctions"):
        coded = list(fr_coder.code_many(articles, on_error=lambda a, e: failed.append(a.id)))
    assert failed == ["a1"]
    assert [c.id for c in coded] == ["a0", "a2", "a3"]
    assert _dump(coded) == _dump([fr_coder.code(a) for a in articles if a.id != "a1"])


@pytest.mark.slow
def test_a_failing_article_without_handler_raises_after_its_neighbours(fr_coder: Coder) -> None:
    seen: list[str] = []
    with _Failing(fr_coder, "sanctions"), pytest.raises(CodingError, match="a1"):
        for coded in fr_coder.code_many(_articles()):
            seen.append(coded.id)
    assert seen == ["a0"]


def test_the_cache_builds_once_then_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"x": 1}

    assert data_cache.cached("t", build) == {"x": 1}
    assert data_cache.cached("t", build) == {"x": 1}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("t-*.pickle"))) == 1
    assert data_cache.cached("t", build, enabled=False) == {"x": 1}
    assert len(calls) == 2


def test_a_damaged_cache_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path))
    data_cache.cached("t", lambda: [1, 2])
    (entry,) = tmp_path.glob("t-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert data_cache.cached("t", lambda: [3]) == [3]
    assert data_cache.cached("t", lambda: [4]) == [3]


def test_the_key_follows_the_content_of_the_files(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("x\n", "utf-8")
    first = data_cache.content_key("t", tmp_path)
    assert data_cache.content_key("t", tmp_path) == first
    (tmp_path / "a.tsv").write_text("y\n", "utf-8")
    assert data_cache.content_key("t", tmp_path) != first
    assert data_cache.content_key("u", tmp_path) != data_cache.content_key("t", tmp_path)


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_CACHE_DIR", "/somewhere")
    assert data_cache.cache_dir() == Path("/somewhere")
    monkeypatch.delenv("VEILLE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert data_cache.cache_dir() == Path("/xdg/veille")


def test_an_unwritable_cache_folder_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(blocker / "sub"))
    assert data_cache.cached("t", lambda: 7) == 7
    assert not os.path.exists(blocker / "sub")

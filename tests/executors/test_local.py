"""Worker processes give what one process gives, in the same order; a worker that dies
loses only its article (E012); an ingest stores batches through one writer (fake coder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.executors.fakes import (
    LOADS_FILE,
    FakeCoder,
    articles,
    load_broken,
    load_fake,
    news,
)
from veille.errors import CodingError, ModelNotInstalled, UsageError, WorkerDied
from veille.executors import InProcess, LocalPool, chunked, code_chunk, open_executor
from veille.pipeline import Coder
from veille.settings import Settings
from veille.store import Store, ingest_in_batches
from veille.types import Article, CodedArticle


def _settings(**values: str) -> Settings:
    return Settings.load(None, {f"executor.{k}": v for k, v in values.items()})


def _run(
    executor: InProcess | LocalPool, items: list[Article]
) -> tuple[list[tuple[str, CodedArticle]], list[tuple[str, Exception]]]:
    failures: list[tuple[str, Exception]] = []
    coded = [(a.id, c) for a, c in executor.pairs(items, lambda a, e: failures.append((a.id, e)))]
    return coded, failures


def _pool(settings: Settings, workers: int = 2) -> LocalPool:
    return LocalPool(settings, workers, InProcess(FakeCoder, settings["executor.chunk_size"]),
                     load_fake)  # fmt: skip


def test_chunks_know_their_position() -> None:
    chunks = list(chunked(articles(7), 3))
    assert [(c.start, [a.id for a in c.articles]) for c in chunks] == [
        (0, ["a0", "a1", "a2"]), (3, ["a3", "a4", "a5"]), (6, ["a6"]),
    ]  # fmt: skip


def test_code_chunk_keeps_a_failure_in_its_place() -> None:
    outcomes = code_chunk(FakeCoder(), articles(3, {1: "PANNE."}))
    assert isinstance(outcomes[1], RuntimeError)
    assert [o.id for o in outcomes if isinstance(o, CodedArticle)] == ["a0", "a2"]


def test_two_workers_give_what_one_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = tmp_path / "loads"
    monkeypatch.setenv(LOADS_FILE, str(loads))
    items = articles(40, {5: "PANNE ici."})
    settings = _settings(chunk_size="3")
    alone = _run(InProcess(FakeCoder, 3), items)
    pool = _pool(settings)
    try:
        together = _run(pool, items)
    finally:
        pool.close()
    assert together[0] == alone[0] and len(alone[0]) == 39
    assert [(i, type(e), str(e)) for i, e in together[1]] == [
        ("a5", RuntimeError, "the parser broke")
    ]
    pids = loads.read_text().split()
    assert len(pids) == len(set(pids)) == 2  # each worker loaded its coder once


def test_a_worker_that_dies_loses_only_its_article() -> None:
    items = articles(30, {7: "MORT.", 20: "MORT ici aussi."})
    pool = _pool(_settings(chunk_size="4"))
    try:
        coded, failures = _run(pool, items)
    finally:
        pool.close()
    assert [i for i, _ in coded] == [a.id for a in items if "MORT" not in a.text]
    assert [i for i, _ in failures] == ["a7", "a20"]
    died = failures[0][1]
    assert isinstance(died, WorkerDied) and died.position == 8
    assert str(died).startswith("[E012] a worker died coding article 'a7' (input position 8)")


def test_workers_are_replaced_every_recycle_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = tmp_path / "loads"
    monkeypatch.setenv(LOADS_FILE, str(loads))
    items = articles(24)
    pool = _pool(_settings(chunk_size="2", recycle_chunks="6"))
    try:
        coded, _ = _run(pool, items)
    finally:
        pool.close()
    assert [i for i, _ in coded] == [a.id for a in items]
    assert len(set(loads.read_text().split())) == 4  # 12 chunks: two pools of two workers


def test_a_loader_that_fails_is_its_own_error() -> None:
    settings = _settings(chunk_size="2")
    pool = LocalPool(settings, 2, InProcess(FakeCoder, 2), load_broken)
    try:
        with pytest.raises(ModelNotInstalled, match="E005"):
            _run(pool, articles(6))
    finally:
        pool.close()


def test_input_in_one_chunk_is_coded_in_process() -> None:
    pool = LocalPool(_settings(chunk_size="8"), 2, InProcess(FakeCoder, 8), load_broken)
    coded, _ = _run(pool, articles(8))  # the broken loader is never called
    assert len(coded) == 8
    pool.close()


def test_without_on_error_a_failure_is_raised() -> None:
    with pytest.raises(CodingError, match=r"E009.*a1"):
        list(InProcess(FakeCoder, 4).pairs(articles(3, {1: "PANNE."})))


@pytest.mark.parametrize(("options", "error"), [
    ({"kind": "spark"}, "executor"), ({"workers": -1}, "workers"),
])  # fmt: skip
def test_open_executor_refuses_bad_options(options: dict[str, object], error: str) -> None:
    with (
        pytest.raises(UsageError, match=error),
        open_executor(Settings.load(), FakeCoder, **options),
    ):  # type: ignore[arg-type]
        pass


def test_ingest_with_workers_stores_in_batches_and_skips_what_fails(tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    items = articles(30, {3: "PANNE.", 11: "MORT."})
    failed: list[str] = []
    seen: list[str] = []
    settings = _settings(chunk_size="4")
    with open_executor(settings, FakeCoder, workers=2, loader=load_fake) as executor:
        counts = ingest_in_batches(
            db, executor, items, lambda a: seen.append(a.id), batch_size=7,
            on_error=lambda a, e: failed.append(f"{a.id} {type(e).__name__}"),
        )  # fmt: skip
    assert (counts.new, counts.present) == (28, 0)
    assert failed == ["a3 RuntimeError", "a11 WorkerDied"]
    assert sorted(seen) == sorted(a.id for a in items)
    with Store.open(db, create=False, read_only=True) as store:
        assert store.summary().articles == 28
    with open_executor(settings, FakeCoder, workers=1) as executor:
        again = ingest_in_batches(db, executor, items[:10], on_error=lambda a, e: None)
    assert (again.new, again.present) == (0, 9)


def test_add_batch_is_one_transaction_that_skips_repeats(tmp_path: Path) -> None:
    items = articles(3)
    coder = FakeCoder()
    pairs = [(a, c) for a, c in zip(items, coder.code_many(items), strict=True)]
    twin = Article("a0-bis", items[0].text, items[0].date)  # same content, other id
    other = Article("a1", "Un autre texte.", "2023-01-02")  # same id, other content
    with Store.open(tmp_path / "b.duckdb") as store:
        ids = store.add_batch([*pairs, (twin, pairs[0][1]), (other, FakeCoder._code(other))])
        assert ids[:3] == ["a0", "a1", "a2"] and ids[3].startswith("a1@") and len(ids) == 4
        assert store.add_batch(pairs) == []


@pytest.mark.slow
def test_two_real_workers_give_the_events_of_one_process(fr_coder: Coder) -> None:
    items = news()
    alone = [(a.id, c) for a, c in zip(items, fr_coder.code_many(items), strict=True)]
    assert sum(len(c.events) for _, c in alone) >= 4  # the comparison is not vacuous
    with open_executor(_settings(chunk_size="2"), lambda: fr_coder, workers=2) as executor:
        got = [(a.id, c) for a, c in executor.pairs(items)]
    assert got == alone

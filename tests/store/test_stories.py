"""Near-duplicate stories: one wire story in three outlets is one story, counted once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from tests.store.story_texts import (
    CUT,
    EDITED,
    OTHER,
    OTHER_VISIT,
    OUTLETS,
    WIRE,
    coded_story,
    story_event,
)
from veille.errors import StoreError
from veille.settings import Settings
from veille.store import Store
from veille.stories import (
    StoryParams,
    band_keys,
    plausible,
    same_story,
    shingle_hashes,
    shingles_of,
    signature,
    sketch,
    words,
)
from veille.types import Article, CodedArticle


def _fill(store: Store, extra: bool = True) -> None:
    for article, events in OUTLETS:
        assert store.add(article, coded_story(article, events))
    if extra:
        other = Article(id="lyon", text=OTHER, date="2024-03-04")
        assert store.add(other, coded_story(other, [story_event("FRA", "FRAGOV", "141", 3)], 0))


def _stories(store: Store) -> dict[str, str]:
    rows = store._rows("SELECT id, story FROM articles ORDER BY id", [])
    return {str(a): str(s) for a, s in rows}


def test_three_outlets_are_three_articles_and_one_story(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        _fill(store)
        assert _stories(store) == {
            "agence-1": "agence-1", "journal-2": "agence-1", "radio-3": "agence-1",
            "lyon": "lyon",
        }  # fmt: skip
        summary = store.summary()
        assert (summary.articles, summary.stories) == (4, 2)
        assert summary.events == 3  # 042 and 036 once for the story, 141 for Lyon
        assert summary.quotes == 1
        assert sum(m.total for m in store.dyad("CHN", "RUS")) == 2
        rows = store.events(source="CHN")
        assert sorted(r.cameo for r in rows) == ["036", "042"]
        assert {r.story for r in rows} == {"agence-1"}


def test_count_duplicates_counts_every_copy(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        _fill(store)
        summary = store.summary(count_duplicates=True)
        assert (summary.events, summary.quotes) == (6, 3)
        assert sum(m.total for m in store.dyad("CHN", "RUS", count_duplicates=True)) == 5
        every = store.events(source="CHN", count_duplicates=True)
        assert len(every) == 5 and sum(r.counted for r in every) == 2
        assert len(store.quotes(count_duplicates=True)) == 3
        assert [q.story for q in store.quotes()] == ["agence-1"]


def test_a_story_counts_each_event_as_often_as_its_fullest_copy(tmp_path: Path) -> None:
    """A copy that codes an event twice counts it twice; the first copy does not add."""
    with Store.open(tmp_path / "s.duckdb") as store:
        first, second = OUTLETS[0][0], OUTLETS[1][0]
        store.add(first, coded_story(first, [story_event("CHNGOV", "RUS", "042")]))
        twice = [story_event("CHNGOV", "RUS", "042"), story_event("CHNGOV", "RUS", "042"),
                 story_event("RUS", "CHN", "042", negated=True)]  # fmt: skip
        store.add(second, coded_story(second, twice))
        assert store.summary().events == 2
        assert len(store.events(include_negated=True)) == 3


def test_links_hold_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        article, events = OUTLETS[0]
        store.add(article, coded_story(article, events))
    with Store.open(path) as store:
        for article, events in OUTLETS[1:]:
            store.add(article, coded_story(article, events))
        assert set(_stories(store).values()) == {"agence-1"}
        assert store.summary().events == 2


def test_unrelated_and_short_articles_are_not_linked(tmp_path: Path) -> None:
    texts = {"visit": WIRE, "lyon": OTHER, "india": OTHER_VISIT,
             "short": "Le ministre chinois est arrivé lundi à Moscou.",
             "short-copy": "Le ministre chinois est arrivé lundi à Moscou."}  # fmt: skip
    with Store.open(tmp_path / "s.duckdb") as store:
        for aid, text in texts.items():
            store.add(Article(id=aid, text=text, date=f"2024-0{len(aid) % 9 + 1}"),
                      CodedArticle(aid, None, "fr"))  # fmt: skip
        assert all(aid == story for aid, story in _stories(store).items())


def test_signatures_tell_copies_from_other_stories() -> None:
    params = StoryParams()
    texts = (WIRE, EDITED, CUT, OTHER, OTHER_VISIT)
    wire, edited, cut, other, india = (shingles_of(t, params) for t in texts)
    assert wire is not None and edited is not None and cut is not None
    assert other is not None and india is not None
    assert same_story(wire, edited, params) is not None
    assert same_story(wire, cut, params) is not None  # by containment
    assert same_story(wire, other, params) is None
    assert same_story(wire, india, params) is None
    sets = (wire, edited, cut, other, india)
    signed = {name: sketch(sh, params) for name, sh in zip("wecoi", sets, strict=True)}
    assert plausible(signed["w"], signed["e"], params) is not None
    assert plausible(signed["w"], signed["c"], params) is not None
    assert plausible(signed["w"], signed["o"], params) is None
    assert set(band_keys(signed["w"], params)) & set(band_keys(signed["e"], params))
    assert signature("trop court pour une histoire", params) is None
    assert words("L'Élysée, « déjà » !") == ["l", "elysee", "deja"]


def test_stories_settings_come_from_the_config() -> None:
    assert StoryParams.from_settings(Settings.load()) == StoryParams()
    changed = Settings.load(None, {"stories.threshold": "0.9", "stories.band_rows": "4"})
    params = StoryParams.from_settings(changed)
    assert (params.threshold, params.bands) == (0.9, 32)


def test_another_signature_layout_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        _fill(store, extra=False)
    with (
        Store.open(path, stories=StoryParams(num_perm=64)) as store,
        pytest.raises(StoreError, match="E013"),
    ):
        other = Article(id="lyon", text=OTHER)
        store.add(other, CodedArticle("lyon", None, "fr"))
    with Store.open(path, stories=StoryParams(threshold=0.9)) as store:
        assert store.add(Article(id="lyon", text=OTHER), CodedArticle("lyon", None, "fr"))


_OLD_SCHEMA = """
CREATE TABLE articles (id VARCHAR PRIMARY KEY, date VARCHAR, lang VARCHAR NOT NULL,
    source VARCHAR, url VARCHAR, title VARCHAR, text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE, coded_at TIMESTAMP NOT NULL);
CREATE TABLE actors (article_id VARCHAR NOT NULL, text VARCHAR NOT NULL, "start" INTEGER
    NOT NULL, "end" INTEGER NOT NULL, code VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
    name VARCHAR);
CREATE TABLE events (article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, date VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_name VARCHAR, source_text VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, target_text VARCHAR,
    cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL, plover_type VARCHAR, plover_mode VARCHAR,
    sentence VARCHAR NOT NULL, sentence_start INTEGER NOT NULL, trigger_text VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, negated BOOLEAN NOT NULL,
    confidence DOUBLE NOT NULL, PRIMARY KEY (article_id, seq));
CREATE TABLE quotes (article_id VARCHAR NOT NULL, text VARCHAR NOT NULL, "start" INTEGER
    NOT NULL, "end" INTEGER NOT NULL, speaker_name VARCHAR, speaker_code VARCHAR,
    speaker_text VARCHAR, verb VARCHAR);
"""


def _old_database(path: Path) -> None:
    """A database as veille wrote it before stories: no story column, no counted flags."""
    with duckdb.connect(str(path)) as con:
        con.execute(_OLD_SCHEMA)
        for n, (article, _) in enumerate(OUTLETS):
            con.execute(
                "INSERT INTO articles VALUES (?, ?, 'fr', NULL, NULL, ?, ?, ?, ?)",
                [article.id, article.date, article.title, article.text, f"hash{n}",
                 f"2024-03-0{n + 4} 10:00:00"],
            )  # fmt: skip
            con.execute(
                "INSERT INTO events VALUES (?, 0, ?, 'CHNGOV', 'CHN', NULL, 'x', 'RUS', 'RUS', "
                "NULL, 'y', '042', '04', 1.9, 1, NULL, NULL, 'Une phrase.', 0, 'phrase', 4, 10, "
                "FALSE, 0.9)",
                [article.id, article.date],
            )


@pytest.mark.parametrize("read_only", [False, True])
def test_a_database_made_before_stories_is_migrated(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "old.duckdb"
    _old_database(path)
    with Store.open(path, create=False, read_only=read_only) as store:
        assert set(_stories(store).values()) == {"agence-1"}
        assert store.summary().events == 1
        assert store.summary(count_duplicates=True).events == 3
    with Store.open(path) as store:  # a second open finds nothing to do
        other = Article(id="lyon", text=OTHER, date="2024-03-04")
        assert store.add(other, CodedArticle("lyon", None, "fr"))
        assert (store.summary().articles, store.summary().stories) == (4, 2)


CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews-fr-2012.jsonl"


@pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is not here")
def test_distinct_news_articles_stay_distinct_stories(tmp_path: Path) -> None:
    """A hundred real articles, each told once: no two are linked."""
    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    with Store.open(tmp_path / "s.duckdb") as store:
        for r in records:
            store.add(Article(id=r["id"], text=r["text"], date=r.get("date")),
                      CodedArticle(r["id"], None, "fr"))  # fmt: skip
        assert store.summary().stories == len(records)


def test_the_query_commands_take_count_duplicates(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from veille import cli

    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        _fill(store)
    runner = CliRunner()

    def lines(*args: str) -> int:
        result = runner.invoke(cli.app, [*args, "--db", str(path), "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        return len(result.output.splitlines())

    assert (lines("events"), lines("events", "--count-duplicates")) == (3, 6)
    assert (lines("quotes"), lines("quotes", "--count-duplicates")) == (1, 3)
    once = runner.invoke(cli.app, ["summary", "--db", str(path)])
    every = runner.invoke(cli.app, ["summary", "--db", str(path), "--count-duplicates"])
    assert once.exit_code == every.exit_code == 0
    head = r"│\s*4\s*│\s*2\s*│\s*{}\s*│\s*{}\s*│"  # articles, stories, events, quotes
    assert re.search(head.format(3, 1), once.output), once.output
    assert re.search(head.format(6, 3), every.output), every.output
    dyad = runner.invoke(cli.app, ["dyad", "CHN", "RUS", "--db", str(path), "--count-duplicates"])
    assert dyad.exit_code == 0 and "2024-03" in dyad.output


def test_one_call_links_a_whole_batch_in_order(tmp_path: Path) -> None:
    """As a batch writer calls it: the rows are inserted, then linked in one call."""
    from veille.store.stories import link_stories

    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    batch = [("b-edited", EDITED), ("b-wire", WIRE), ("b-lyon", OTHER), ("b-cut", CUT)]
    with duckdb.connect(str(path)) as con:
        for n, (aid, text) in enumerate(batch):
            con.execute(
                "INSERT INTO articles (id, lang, text, content_hash, coded_at) "
                "VALUES (?, 'fr', ?, ?, now()::TIMESTAMP)",
                [aid, text, f"h{n}"],
            )
        found = link_stories(con, batch, StoryParams())
    assert found == {"b-edited": "b-edited", "b-wire": "b-edited", "b-lyon": "b-lyon",
                     "b-cut": "b-edited"}  # fmt: skip


@pytest.mark.parametrize(("piece", "size"), [(7, 3), (40, 3), (333, 3), (5, 6), (30, 1)])
def test_a_long_text_is_shingled_and_sketched_a_piece_at_a_time(
    monkeypatch: pytest.MonkeyPatch, piece: int, size: int
) -> None:
    """Pieces of text and slices of shingles give the whole text's shingles and signature."""
    import veille.stories as stories

    params = StoryParams(shingle_words=size)
    text = "\n\n".join([WIRE, EDITED, OTHER, OTHER_VISIT] * 3)
    whole = shingle_hashes(words(text), params.shingle_words)
    signed = sketch(whole, params)
    monkeypatch.setattr(stories, "TEXT_PIECE", piece)
    monkeypatch.setattr(stories, "SKETCH_SLICE", 5)
    pieces = shingles_of(text, params)
    assert pieces is not None and pieces.tolist() == whole.tolist()
    assert len(whole) > 100
    assert sketch(pieces, params).values.tolist() == signed.values.tolist()

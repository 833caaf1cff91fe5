"""Stories in the API and the exports: one story counts once unless `count_duplicates`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.store.story_texts import OTHER, OUTLETS, coded_story, story_event
from veille.store import Store
from veille.types import Article
from veille.web import create_app


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stories") / "stories.duckdb"
    with Store.open(path) as store:
        for article, events in OUTLETS:
            store.add(article, coded_story(article, events))
        other = Article(id="lyon", text=OTHER, date="2024-03-04")
        store.add(other, coded_story(other, [story_event("FRA", "FRAGOV", "141", 3)], 0))
    return path


@pytest.fixture(scope="module")
def stories_client(story_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(story_db))) as test_client:
        yield test_client


def _json(client: TestClient, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("query", "events", "quotes"),
    [("", 3, 1), ("?count_duplicates=false", 3, 1), ("?count_duplicates=true", 6, 3)],
)
def test_lists_count_a_story_once_unless_asked(
    stories_client: TestClient, query: str, events: int, quotes: int
) -> None:
    assert _json(stories_client, f"/api/events{query}")["total"] == events
    assert _json(stories_client, f"/api/quotes{query}")["total"] == quotes


def test_series_overview_and_network_count_a_story_once(stories_client: TestClient) -> None:
    series = _json(stories_client, "/api/dyads/CHN/RUS/series")["series"]
    assert sum(month["total"] for month in series) == 2
    every = _json(stories_client, "/api/dyads/CHN/RUS/series?count_duplicates=true")["series"]
    assert sum(month["total"] for month in every) == 5
    overview = _json(stories_client, "/api/overview")
    assert sum(m["total"] for m in overview["timeline"]) == 3
    network = _json(stories_client, "/api/network?count_duplicates=true")["dyads"]
    assert {(d["a"], d["b"]): d["events"] for d in network}[("CHN", "RUS")] == 5


def test_story_ids_in_rows_articles_and_exports(stories_client: TestClient) -> None:
    rows = _json(stories_client, "/api/events?count_duplicates=true")["rows"]
    chinese = [r for r in rows if r["source_country"] == "CHN"]
    assert {r["story"] for r in chinese} == {"agence-1"}
    assert sum(r["counted"] for r in chinese) == 2
    articles = _json(stories_client, "/api/articles")["rows"]
    assert {a["id"]: a["story"] for a in articles}["radio-3"] == "agence-1"
    detail = _json(stories_client, "/api/articles/journal-2")["article"]
    assert detail["story"] == "agence-1"
    assert [c["id"] for c in detail["copies"]] == ["agence-1", "radio-3"]
    exported = stories_client.get("/events.csv?count_duplicates=true").text
    table = list(csv.DictReader(io.StringIO(exported)))
    assert len(table) == 6 and {"story", "counted"} <= set(table[0])
    quotes = list(csv.DictReader(io.StringIO(stories_client.get("/quotes.csv").text)))
    assert [q["story"] for q in quotes] == ["agence-1"]


def test_the_server_default_can_count_every_copy(story_db: Path) -> None:
    with TestClient(create_app(str(story_db), count_duplicates=True)) as client:
        assert _json(client, "/api/events")["total"] == 6
        assert _json(client, "/api/events?count_duplicates=false")["total"] == 3


def test_a_copy_page_names_its_story(stories_client: TestClient) -> None:
    page = stories_client.get("/articles/radio-3")
    assert page.status_code == 200
    assert 'id="story-copies"' in page.text and "/articles/agence-1" in page.text


def test_the_filter_form_keeps_count_duplicates(stories_client: TestClient) -> None:
    plain = stories_client.get("/events").text
    every = stories_client.get("/events?count_duplicates=true").text
    assert 'name="count_duplicates" value="true">' in plain
    assert 'name="count_duplicates" value="true" checked>' in every
    assert every.count('class="event') > plain.count('class="event')

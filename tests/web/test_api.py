"""The JSON API: every filter, pagination, and every error in the one error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def _ok(client: TestClient, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["ok"] is True
    return body


def _error(client: TestClient, url: str, status: int) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list) and body["errors"]
    return body


def _pair(row: dict[str, Any]) -> tuple[str, str]:
    return row["source_country"], row["target_country"]


def test_api_events_all_but_negated(client: TestClient) -> None:
    body = _ok(client, "/api/events")
    assert body["total"] == 18 and len(body["rows"]) == 18
    assert not any(row["negated"] for row in body["rows"])


@pytest.mark.parametrize(
    "query, total, check",
    [
        ("source=CHN", 6, lambda r: r["source_country"] == "CHN"),
        ("source=CHNGOV", 2, lambda r: r["source_code"].startswith("CHNGOV")),
        ("target=RUS", 6, lambda r: r["target_country"] == "RUS"),
        ("source=CHN&target=RUS", 5, lambda r: _pair(r) == ("CHN", "RUS")),
        ("source=CHN&target=RUS&both=true", 9, lambda r: set(_pair(r)) == {"CHN", "RUS"}),
        ("country=IRN", 6, lambda r: "IRN" in (r["source_country"], r["target_country"])),
        ("cameo=04", 3, lambda r: r["cameo"].startswith("04")),
        ("cameo=042", 2, lambda r: r["cameo"] == "042"),
        ("root=11", 5, lambda r: r["cameo_root"] == "11"),
        ("root=4", 3, lambda r: r["cameo_root"] == "04"),
        ("quad=4", 3, lambda r: r["quad_class"] == 4),
        ("since=2023-05", 9, lambda r: r["date"] >= "2023-05"),
        ("until=2023-02", 4, lambda r: r["date"] < "2023-03"),
        ("since=2023-03&until=2023-03", 2, lambda r: r["date"].startswith("2023-03")),
        ("lang=fr", 18, lambda r: True),
        ("lang=en", 0, lambda r: False),
        ("q=EXERCICES", 1, lambda r: "exercices" in r["sentence"]),
        ("q=menace", 1, lambda r: "menacé" in r["sentence"]),
    ],
)
def test_api_events_filter(client: TestClient, query: str, total: int, check: Any) -> None:
    body = _ok(client, f"/api/events?{query}")
    assert body["total"] == total
    assert len(body["rows"]) == total
    assert all(check(row) for row in body["rows"])


def test_api_events_pagination(client: TestClient) -> None:
    first = _ok(client, "/api/events?per_page=5")
    assert (first["page"], first["per_page"], first["pages"], len(first["rows"])) == (1, 5, 4, 5)
    last = _ok(client, "/api/events?per_page=5&page=4")
    assert len(last["rows"]) == 3
    seen = [(r["article_id"], r["seq"]) for p in range(1, 5)
            for r in _ok(client, f"/api/events?per_page=5&page={p}")["rows"]]  # fmt: skip
    assert len(set(seen)) == 18


def test_api_empty_first_page_is_not_an_error(client: TestClient) -> None:
    assert _ok(client, "/api/events?source=BRA")["total"] == 0


@pytest.mark.parametrize(
    "url, status",
    [
        ("/api/events?since=2023-13", 400),
        ("/api/events?until=hier", 400),
        ("/api/quotes?since=31/02/2023", 400),
        ("/api/events?cameo=999", 400),
        ("/api/events?cameo=099", 400),
        ("/api/events?root=21", 400),
        ("/api/events?quad=5", 400),
        ("/api/events?source=C", 400),
        ("/api/events?lang=français", 400),
        ("/api/events?page=0", 400),
        ("/api/events?per_page=100000", 400),
        ("/api/events?page=abc", 400),
        ("/api/events?page=5&per_page=5", 404),
        ("/api/quotes?page=3", 404),
        ("/api/articles?page=2", 404),
        ("/api/actors?page=2", 404),
        ("/api/articles/no-such-article", 404),
        ("/articles/no-such-article.json", 404),
        ("/api/actors/ZZZ", 404),
        ("/api/dyads/CHN/R/series", 400),
        ("/api/dyads/CHN/RUS/series?by=week", 400),
        ("/api/nothing-here", 404),
        ("/events.csv?since=nope", 400),
        ("/dyads/CHN/RUS.json?month=2023-99", 400),
    ],
)
def test_api_error_shape(client: TestClient, url: str, status: int) -> None:
    _error(client, url, status)


def test_api_articles_filters(client: TestClient) -> None:
    assert _ok(client, "/api/articles")["total"] == 12
    assert _ok(client, "/api/articles?since=2023-06")["total"] == 3
    assert _ok(client, "/api/articles?q=gazoduc")["total"] == 1
    assert _ok(client, "/api/articles?quad=4&country=FRA")["total"] == 1
    rows = _ok(client, "/api/articles?source=USA&target=IRN")["rows"]
    assert [r["id"] for r in rows] == ["2023-05-drones", "2023-04-sanctions-iran"]


def test_api_article_detail_offsets(client: TestClient) -> None:
    article = _ok(client, "/api/articles/2023-03-xi-kremlin")["article"]
    text = article["text"]
    for span in article["actors"] + article["quotes"]:
        assert text[span["start"] : span["end"]] == span["text"]
    for e in article["events"]:
        assert text[e["trigger_start"] : e["trigger_end"]] == e["trigger_text"]


def test_api_quotes_filters(client: TestClient) -> None:
    assert _ok(client, "/api/quotes")["total"] == 6
    assert _ok(client, "/api/quotes?source=RUSGOV")["total"] == 2
    assert _ok(client, "/api/quotes?country=USA")["total"] == 2
    assert _ok(client, "/api/quotes?q=macron")["total"] == 1
    assert _ok(client, "/api/quotes?since=2023-06&lang=fr")["total"] == 2


def test_api_actors_counts(client: TestClient) -> None:
    rows = _ok(client, "/api/actors")["rows"]
    chn = next(r for r in rows if r["code"] == "CHN")
    assert (chn["events"], chn["as_source"], chn["as_target"]) == (12, 6, 6)
    assert rows[0]["code"] == "CHN"
    assert [r["code"] for r in _ok(client, "/api/actors?country=FRA")["rows"]] == ["FRA"]
    assert _ok(client, "/api/actors?per_page=2")["pages"] == 3


def test_api_dyad_series_both_directions(client: TestClient) -> None:
    body = _ok(client, "/api/dyads/chn/rus/series?by=month")
    assert (body["a"], body["b"]) == ("CHN", "RUS")
    months = {m["month"]: m for m in body["series"]}
    assert list(months) == ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]
    assert months["2023-03"]["quads"] == [1, 1, 0, 0]
    assert months["2023-03"]["a_to_b"]["quads"] == [0, 1, 0, 0]
    assert months["2023-03"]["b_to_a"]["quads"] == [1, 0, 0, 0]
    assert months["2023-03"]["mean_goldstein"] == pytest.approx(5.1)
    assert months["2023-04"]["total"] == 0 and months["2023-04"]["mean_goldstein"] is None
    assert sum(m["total"] for m in body["series"]) == 9
    assert _ok(client, "/api/dyads/CHN/RUS/series?since=2023-06")["series"][0]["month"] == "2023-06"


def test_api_openapi_documents_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes",
                  "/api/actors", "/api/dyads/{a}/{b}/series"):  # fmt: skip
        assert route in paths
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "country", "cameo", "root", "quad", "since", "until", "lang",
            "q", "page", "per_page"} <= names  # fmt: skip


@pytest.mark.parametrize("page", ["/", "/dyads/CHN/RUS", "/actors/CHN", "/events", "/quotes",
                                  "/network", "/articles/2023-01-visite-moscou"])  # fmt: skip
def test_api_every_page_has_a_json_twin(client: TestClient, page: str) -> None:
    twin = "/index.json" if page == "/" else f"{page}.json"
    _ok(client, twin)

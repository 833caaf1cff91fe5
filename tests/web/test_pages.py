"""Server-rendered pages: content, escaping of article text, injection strings as data."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from veille.fixtures import XSS_ARTICLE_ID, XSS_SNIPPETS, XSS_URL
from veille.text import safe_link
from veille.web import create_app
from veille.web.security import allowed_hosts, csv_cell


def _html(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "/",
            ['id="timeline-chart"', 'id="top-dyads"', 'href="/dyads/CHN/RUS"', 'id="top-actors"'],
        ),
        (
            "/dyads/CHN/RUS",
            [
                'id="dyad-chart"',
                'class="dyad-bar q1"',
                'data-month="2023-03"',
                'class="goldstein-line"',
                'id="dyad-events"',
            ],
        ),
        (
            "/actors/CHN",
            [
                'id="partners-cooperation"',
                'id="partners-conflict"',
                'id="events-as-source"',
                'id="events-as-target"',
                'id="quotes-table"',
            ],
        ),
        (
            "/articles/2023-03-xi-kremlin",
            [
                '<mark class="actor" data-code="CHNGOV"',
                '<mark class="trigger" id="trigger-0"',
                '<mark class="quote"',
                'id="coded-events"',
                "043",
            ],
        ),
        (
            "/events",
            ['id="events-table"', 'class="article-link"', 'id="csv-download"', 'id="filters"'],
        ),
        ("/quotes", ['id="quotes-table"', "Nos relations", 'id="csv-download"']),
        ("/network", ['id="network"', 'class="edge"', 'data-code="CHN"']),
    ],
)
def test_pages_render(client: TestClient, url: str, expected: list[str]) -> None:
    html = _html(client, url)
    for fragment in expected:
        assert fragment in html, fragment


def test_pages_dyad_bar_links_to_its_events(client: TestClient) -> None:
    html = _html(client, "/dyads/CHN/RUS")
    links = re.findall(r'<a class="bar-link" href="([^"]+)">', html)
    assert links and all("month=" in link and "quad=" in link for link in links)
    page = _html(client, "/dyads/CHN/RUS?month=2023-03&amp;quad=2".replace("&amp;", "&"))
    section = page.split('id="dyad-events"', 1)[1]
    assert 'data-month="2023-03"' in page
    assert section.count('<tr class="event') == 1
    assert 'href="/articles/2023-03-exercices#trigger-0"' in section
    assert 'id="events-link"' in section


def test_pages_every_event_row_links_to_its_article(client: TestClient) -> None:
    html = _html(client, "/events?per_page=500")
    rows = re.findall(r'<tr class="event.*?</tr>', html, flags=re.S)
    assert len(rows) == 18
    assert all('class="article-link" href="/articles/' in row for row in rows)


def test_pages_article_text_is_escaped(client: TestClient) -> None:
    for url in (f"/articles/{XSS_ARTICLE_ID}", "/events", "/quotes", "/actors/USA"):
        html = _html(client, url)
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b>Rien" not in html
    html = _html(client, f"/articles/{XSS_ARTICLE_ID}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;Rien&lt;/b&gt;" in html
    assert html.count("<script") == 1  # our own /static/veille.js only
    assert re.search(r"<[^>]*\sonerror=", html) is None


def test_pages_article_json_keeps_raw_text(client: TestClient) -> None:
    article = client.get(f"/api/articles/{XSS_ARTICLE_ID}").json()["article"]
    assert all(snippet in article["text"] for snippet in XSS_SNIPPETS)


INJECTIONS = ["' OR 1=1 --", "CHN' OR '1'='1", "1; DROP TABLE events; --", '" OR ""="',
              "%' OR 'x' LIKE '%", "RUS) OR (1=1"]  # fmt: skip
FILTERS = ["source", "target", "country", "cameo", "root", "quad", "since", "until", "lang", "q"]


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("value", INJECTIONS)
def test_pages_injection_strings_are_data(client: TestClient, name: str, value: str) -> None:
    for path in ("/api/events", "/api/quotes", "/api/articles", "/api/actors"):
        response = client.get(path, params={name: value})
        assert response.status_code in (200, 400), (path, name, value)
        if response.status_code == 200:
            assert response.json()["total"] == 0, (path, name, value)
        else:
            assert response.json()["ok"] is False
    page = client.get("/events", params={name: value})
    assert page.status_code in (200, 400)
    assert '<tr class="event' not in page.text  # no rows matched
    assert client.get("/api/events").json()["total"] == 18  # nothing dropped or changed


def test_pages_injection_in_paths(client: TestClient) -> None:
    assert client.get("/api/articles/' OR 1=1 --").status_code == 404
    assert client.get("/actors/CHN' OR 1=1 --").status_code == 400
    assert client.get("/dyads/CHN/RUS' OR '1'='1").status_code == 400


def test_pages_csv_downloads(client: TestClient) -> None:
    response = client.get("/events.csv?source=CHN&target=RUS&both=true")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 9 and {"article_id", "cameo", "goldstein", "sentence"} <= set(rows[0])
    quotes = list(csv.DictReader(io.StringIO(client.get("/quotes.csv").text)))
    assert len(quotes) == 6


def test_pages_errors_render_html(client: TestClient) -> None:
    assert 'data-status="404"' in _html(client, "/articles/nothing", 404)
    assert 'data-status="400"' in _html(client, "/events?since=2023-13", 400)
    assert 'data-status="404"' in _html(client, "/no/such/page", 404)


def test_pages_static_assets_are_ours(client: TestClient) -> None:
    html = _html(client, "/")
    assert re.findall(r'(?:src|href)="(https?:)?//', html) == []
    assert client.get("/static/veille.css").status_code == 200
    assert client.get("/static/veille.js").status_code == 200


def test_pages_dyad_selection_keeps_the_whole_chart(client: TestClient) -> None:
    html = _html(client, "/dyads/CHN/RUS?month=2023-03&quad=2")
    assert 'class="dyad-bar q4"' in html and 'class="dyad-bar q1"' in html


# ---------------------------------------------------------------- hardening (veille.web.security)


@pytest.mark.parametrize(
    "url", ["/", "/events", "/api/events", "/events.csv", "/static/veille.css"]
)
def test_security_headers_on_every_response(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("url", ["/", "/api/events", "/events.csv"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, url: str) -> None:
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(document.domain)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("http:///no-host", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, link: str | None) -> None:
    assert safe_link(url) == link


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
     ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), (1.5, 1.5)],
)  # fmt: skip
def test_csv_cells_that_start_a_formula_are_neutralised(value: object, cell: object) -> None:
    assert csv_cell(value) == cell


def test_unknown_host_refused_when_an_allow_list_is_given(fixture_db: Path) -> None:
    with TestClient(create_app(str(fixture_db), allowed_hosts("0.0.0.0", ["veille.example"]))) as c:
        assert c.get("/", headers={"host": "veille.example:8000"}).status_code == 200
        assert c.get("/", headers={"host": "localhost:8000"}).status_code == 200
        refused = c.get("/", headers={"host": "evil.example"})
        assert refused.status_code == 400
        assert refused.headers["x-frame-options"] == "DENY"


def test_article_with_a_javascript_url_shows_it_as_text(client: TestClient) -> None:
    page = client.get(f"/articles/{XSS_ARTICLE_ID}").text
    assert 'href="javascript:' not in page.replace(" ", "")
    assert XSS_URL.replace("(", "") in page.replace("(", "")


def test_app_started_twice_reopens_its_database(fixture_db: Path) -> None:
    app = create_app(str(fixture_db))
    for _ in range(2):
        with TestClient(app) as c:
            assert c.get("/api/events").status_code == 200

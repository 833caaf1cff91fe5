"""The dashboard in headless Chromium: every page, the dyad-bar → events → article path,
and article text with HTML in it shown as text (no dialog ever fires).

Screenshots of every page are written to artifacts/screenshots/ (kept by CI as artefacts).
"""

from __future__ import annotations

import re

import pytest
from browser_tab import Tab

from veille.fixtures import XSS_ARTICLE_ID, XSS_SNIPPETS

pytestmark = pytest.mark.browser


def _texts(tab: Tab, selector: str) -> list[str]:
    return [t.strip() for t in tab.page.locator(selector).all_inner_texts()]


def _clean(tab: Tab) -> None:
    """No dialog opened, no script or resource error, nothing fetched from elsewhere."""
    assert tab.dialogs == [], tab.dialogs
    assert tab.errors == [], tab.errors
    assert tab.external == [], tab.external


def test_overview(tab: Tab) -> None:
    tab.open("/")
    page = tab.page
    assert page.locator("h1.page-title").inner_text() == "Overview"
    assert page.locator("svg#timeline-chart rect.dyad-bar").count() > 0
    assert page.locator("svg#timeline-chart polyline.goldstein-line").count() >= 1
    assert "CHN – RUS" in _texts(tab, "table#top-dyads tr.dyad a.dyad-link")
    actors = _texts(tab, "table#top-actors tr.actor a.actor-link")
    assert {"CHN", "RUS", "IRN", "USA", "FRA"} <= set(actors)
    for href in page.locator("nav#site-nav a[data-nav]").evaluate_all(
        "as => as.map(a => a.getAttribute('href'))"
    ):
        assert page.request.get(tab.base_url + href).ok, href
    tab.screenshot("overview")
    page.locator("table#top-dyads a.dyad-link", has_text="CHN – RUS").click()
    page.wait_for_url(re.compile(r"/dyads/CHN/RUS$"))
    assert page.locator("h1.page-title").inner_text() == "CHN – RUS"
    _clean(tab)


def _click_bar(tab: Tab, month: str, quad: int) -> int:
    """Click the bar of `month` and `quad` on the dyad chart; its event count."""
    page = tab.page
    bar = page.locator(f'svg#dyad-chart rect.dyad-bar[data-month="{month}"][data-quad="{quad}"]')
    assert bar.count() == 1, f"no bar for {month} quad {quad}"
    count = int(bar.get_attribute("data-count") or "0")
    bar.click()
    page.wait_for_selector(f'section#dyad-events[data-month="{month}"][data-quad="{quad}"]')
    assert "selected" in (bar.get_attribute("class") or "")
    assert f"month={month}" in page.url and f"quad={quad}" in page.url
    return count


def _check_dyad_events(tab: Tab, month: str, quad: int, count: int) -> None:
    rows = tab.page.locator("section#dyad-events #events-table tr.event")
    assert rows.count() == count > 0
    for i in range(count):
        row = rows.nth(i)
        assert row.get_attribute("data-quad") == str(quad)
        assert row.locator("td").first.inner_text().startswith(month)
        sides = set(row.locator("a.actor-link").all_inner_texts())
        assert any(s.startswith("CHN") for s in sides) and any(s.startswith("RUS") for s in sides)
    heading = tab.page.locator("section#dyad-events h2").inner_text()
    assert heading.startswith(month) and f"{count} event" in heading


def test_dyad_bar_shows_its_events_and_leads_to_the_article(tab: Tab) -> None:
    tab.open("/dyads/CHN/RUS")
    page = tab.page
    assert page.locator("svg#dyad-chart rect.dyad-bar").count() >= 6
    assert page.locator("svg#dyad-chart circle.goldstein-dot").count() == 5
    assert page.locator("section#dyad-events p.hint").is_visible()
    tab.screenshot("dyad")

    count = _click_bar(tab, "2023-01", 1)
    _check_dyad_events(tab, "2023-01", 1, count)
    assert count == 2
    tab.screenshot("dyad-selected")

    count = _click_bar(tab, "2023-06", 4)
    _check_dyad_events(tab, "2023-06", 4, count)
    assert page.locator("svg#dyad-chart rect.dyad-bar.selected").count() == 1
    href = page.locator("a#events-link").get_attribute("href") or ""
    assert "since=2023-06" in href and "until=2023-06" in href and "quad=4" in href
    seen = page.locator("section#dyad-events tr.event").evaluate_all(
        "rs => rs.map(r => r.dataset.article + '/' + r.dataset.seq)"
    )
    other = tab.page.context.new_page()
    try:
        other.goto(tab.base_url + href)
        listed = other.locator("#events-table tr.event").evaluate_all(
            "rs => rs.map(r => r.dataset.article + '/' + r.dataset.seq)"
        )
    finally:
        other.close()
    assert listed == seen

    page.locator("section#dyad-events tr.event a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/2023-06-frontiere#trigger-\d+$"))
    text = page.locator("article#article-text")
    assert "La police russe a arrêté six commerçants chinois" in text.inner_text()
    trigger = text.locator('mark.trigger[data-cameo="173"]')
    assert trigger.inner_text() == "arrêté"
    assert trigger.get_attribute("data-goldstein") is not None
    assert set(_texts(tab, "aside#coded-events li.coded-event span.cameo")) == {"173", "111"}
    _clean(tab)


def test_dyad_bar_link_works_without_script(tab: Tab) -> None:
    tab.open("/dyads/CHN/RUS?month=2023-02&quad=3")
    section = tab.page.locator("section#dyad-events")
    assert section.get_attribute("data-month") == "2023-02"
    _check_dyad_events(tab, "2023-02", 3, 1)
    assert tab.page.locator('rect.dyad-bar.selected[data-month="2023-02"]').count() == 1
    _clean(tab)


def test_article_highlights_actors_triggers_and_quotes(tab: Tab) -> None:
    tab.open("/articles/2023-03-xi-kremlin")
    page = tab.page
    text = page.locator("article#article-text")
    codes = text.locator("mark.actor").evaluate_all("ms => ms.map(m => m.dataset.code)")
    assert codes.count("RUSGOV") >= 1 and "CHNGOV" in codes
    trigger = text.locator("mark.trigger#trigger-0")
    assert trigger.inner_text() == "reçu" and trigger.get_attribute("data-cameo") == "043"
    quote = text.locator("mark.quote").first
    assert "Nos relations n'ont jamais été aussi solides" in quote.inner_text()
    assert "Putin" in (quote.get_attribute("data-speaker") or "")
    event = page.locator("aside#coded-events li.coded-event").first
    assert "043" in event.inner_text() and "+2.8" in event.inner_text()
    assert "RUSGOV" in event.inner_text() and "CHNGOV" in event.inner_text()
    assert "Vladimir Putin" in page.locator("ul#article-quotes li.article-quote").inner_text()
    tab.screenshot("article")
    event.locator("a.trigger-link").click()
    page.wait_for_url(re.compile(r"#trigger-0$"))
    _clean(tab)


def test_article_with_html_is_shown_as_text(tab: Tab) -> None:
    tab.open(f"/articles/{XSS_ARTICLE_ID}")
    page = tab.page
    page.wait_for_load_state("load")
    text = page.locator("article#article-text")
    shown = text.inner_text()
    for snippet in XSS_SNIPPETS:
        assert snippet in shown
    assert "<script>alert(1)</script>" in page.locator("h1.page-title").inner_text()
    assert "<script>alert(1)</script>" in page.title()
    assert text.locator("script, img, b").count() == 0
    assert page.locator("main#content script, main#content img[onerror]").count() == 0
    assert "<b>Rien</b>" in text.locator("mark.quote").inner_text()
    tab.screenshot("article-html-as-text")
    assert tab.dialogs == [], f"a dialog fired: {tab.dialogs}"
    _clean(tab)


def test_events_table_filters_and_leads_to_articles(tab: Tab) -> None:
    tab.open("/events")
    page = tab.page
    total = page.locator("#events-table tr.event").count()
    assert total >= 15
    tab.screenshot("events")
    page.locator('form#filters input[name="country"]').fill("IRN")
    page.locator('form#filters select[name="quad"]').select_option("4")
    page.locator("button#apply-filters").click()
    page.wait_for_url(re.compile(r"country=IRN"))
    rows = page.locator("#events-table tr.event")
    assert 0 < rows.count() < total
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.quad)")) == {"4"}
    csv_href = page.locator("a#csv-download").get_attribute("href") or ""
    assert csv_href.startswith("/events.csv?") and "country=IRN" in csv_href
    tab.screenshot("events-filtered")
    last = rows.last
    article, seq = last.get_attribute("data-article"), last.get_attribute("data-seq")
    cameo = last.locator("td.cameo").inner_text()
    assert article == "2023-06-paris-teheran" and cameo == "173"
    last.locator("a.article-link").click()
    page.wait_for_url(re.compile(rf"/articles/{article}#trigger-{seq}$"))
    assert page.locator(f"article#article-text mark.trigger#trigger-{seq}").inner_text() == "arrêté"
    assert page.locator(f"mark#trigger-{seq}").get_attribute("data-cameo") == cameo
    _clean(tab)


def test_quotes_table(tab: Tab) -> None:
    tab.open("/quotes")
    page = tab.page
    quotes = _texts(tab, "#quotes-table tr.quote td.quote-text")
    assert len(quotes) == 6
    assert any("<b>Rien</b> n'est exclu" in q for q in quotes)
    assert page.locator("#quotes-table b").count() == 0
    assert "Emmanuel Macron" in _texts(tab, "#quotes-table td.speaker")
    assert (page.locator("a#csv-download").get_attribute("href") or "").startswith("/quotes.csv")
    tab.screenshot("quotes")
    _clean(tab)


def test_actor_page(tab: Tab) -> None:
    tab.open("/actors/RUS")
    page = tab.page
    assert page.locator("h1.page-title").inner_text() == "RUS"
    assert "events" in page.locator("section#actor-summary").inner_text()
    assert "CHN" in _texts(tab, "table#partners-cooperation tr.partner a.dyad-link")
    assert "CHN" in _texts(tab, "table#partners-conflict tr.partner a.dyad-link")
    assert page.locator("table#events-as-source tr.event").count() > 0
    assert page.locator("table#events-as-target tr.event").count() > 0
    assert page.locator("table#quotes-table tr.quote").count() == 2
    tab.screenshot("actor")
    page.locator("table#partners-cooperation a.dyad-link", has_text="CHN").click()
    page.wait_for_url(re.compile(r"/dyads/RUS/CHN$"))
    assert page.locator("svg#dyad-chart rect.dyad-bar").count() > 0
    _clean(tab)


def test_network(tab: Tab) -> None:
    tab.open("/network")
    page = tab.page
    nodes = page.locator("svg#network g.node").evaluate_all("gs => gs.map(g => g.dataset.code)")
    assert {"CHN", "RUS", "IRN", "USA", "FRA"} <= set(nodes)
    edges = page.locator("svg#network line.edge")
    assert edges.count() >= 4
    pairs = edges.evaluate_all("ls => ls.map(l => [l.dataset.a, l.dataset.b].sort().join('-'))")
    assert "CHN-RUS" in pairs and "IRN-USA" in pairs
    assert page.locator("svg#network").bounding_box()["width"] > 300
    tab.screenshot("network")
    page.locator('svg#network g.node[data-code="IRN"]').click()
    page.wait_for_url(re.compile(r"/actors/IRN$"))
    _clean(tab)


def test_unknown_article_is_an_error_page(tab: Tab) -> None:
    response = tab.page.goto(tab.base_url + "/articles/no-such-article")
    assert response is not None and response.status == 404
    assert tab.page.locator("section#error").get_attribute("data-status") == "404"
    tab.screenshot("error-404")
    assert tab.dialogs == []

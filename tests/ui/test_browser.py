"""What a person sees: Chromium (Debian's, via Playwright) against a real ``sukien serve``."""

from __future__ import annotations

import csv
import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)  # a loaded 2-core machine parses plotly.js slowly


def _watch(page: Page, base: str) -> list[str]:
    """Collect page errors, failed requests and requests leaving the server."""
    problems: list[str] = []
    page.set_default_timeout(30_000)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on(
        "request",
        lambda r: None if r.url.startswith(base) else problems.append(f"outside: {r.url}"),
    )
    page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    return problems


def test_search_article_entity_graph(page: Page, live_server: str, shots) -> None:  # noqa: ANN001
    problems = _watch(page, live_server)
    page.goto(live_server + "/")
    expect(page.locator("h1")).to_contain_text("Tìm kiếm")
    page.fill("input[name=q]", "nga asean")  # typed without tone marks
    page.keyboard.press("Enter")
    first = page.locator("ol.hits li.hit a.title").first
    expect(first).to_have_text("Nga và ASEAN nhất trí thúc đẩy hợp tác kinh tế")
    expect(page.locator("ol.hits mark.hit").first).to_be_visible()
    shots(page, "1-search")

    first.click()
    expect(page.locator("#article-title")).to_have_text(
        "Nga và ASEAN nhất trí thúc đẩy hợp tác kinh tế"
    )
    body = page.locator("#article-body")
    expect(body.locator("mark.trigger", has_text="hội đàm")).to_be_visible()
    expect(body.locator("span.evidence").first).to_be_visible()
    shots(page, "2-article")

    body.locator("a.entity", has_text="Nga").first.click()
    expect(page.locator("#entity-name")).to_contain_text("Nga")
    expect(page).to_have_url(re.compile(r"/entities/GPE:RUS$"))
    # Plotly drew the timeline bars and the relation graph, from the local plotly.js
    expect(page.locator("#timeline .main-svg").first).to_be_visible()
    expect(page.locator("#graph .main-svg").first).to_be_visible()
    expect(page.locator("#graph text", has_text="ASEAN").first).to_be_attached()
    page.locator("#graph-heading").scroll_into_view_if_needed()
    shots(page, "3-entity-graph")

    page.locator("table.partners a", has_text="ASEAN").click()
    expect(page.locator("#entity-name")).to_contain_text("ASEAN")
    assert problems == []


def test_script_in_an_article_shows_as_text(page: Page, live_server: str, shots) -> None:  # noqa: ANN001
    problems = _watch(page, live_server)
    page.goto(live_server + "/?q=an+ninh+mang")
    page.locator("ol.hits a.title").first.click()
    body = page.locator("#article-body")
    expect(body).to_contain_text("<script>alert('xss')</script>")
    assert page.locator("#article-body script").count() == 0
    shots(page, "article")
    assert problems == []


def test_event_filters_and_csv_download(page: Page, live_server: str, shots) -> None:  # noqa: ANN001
    problems = _watch(page, live_server)
    page.goto(live_server + "/events")
    expect(page.locator("table#events tbody tr")).to_have_count(8)
    page.select_option("select[name=type]", "PROTEST")
    page.click("#event-filters button[type=submit]")
    rows = page.locator("table#events tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Philippines")
    expect(rows.first).to_contain_text("Trung Quốc")
    shots(page, "events")
    with page.expect_download() as dl:
        page.click("#csv-link")
    path = dl.value.path()
    with open(path, encoding="utf-8-sig") as fh:
        got = list(csv.DictReader(fh))
    assert [(r["event_type"], r["actor1_code"], r["actor2_code"]) for r in got] == [
        ("PROTEST", "PHL", "CHN")
    ]
    assert problems == []


def test_story_map_and_dyad(page: Page, live_server: str, shots) -> None:  # noqa: ANN001
    problems = _watch(page, live_server)
    page.goto(live_server + "/stories")
    page.locator("ol.stories a.title").first.click()
    expect(page.locator("#story-title")).to_have_text("Nga và ASEAN hội đàm tại Sochi")
    expect(page.locator("#summary li")).to_have_count(2)
    shots(page, "story")
    page.locator("#summary a.cite").last.click()
    expect(page.locator("#article-title")).to_contain_text("Putin")

    page.goto(live_server + "/map")
    expect(page.locator("#map .main-svg").first).to_be_visible()
    expect(page.locator("#map text", has_text="Sochi").first).to_be_attached()
    shots(page, "map")

    page.goto(live_server + "/dyads?actor=RUS&recipient=ASEAN")
    expect(page.locator("#dyad-RUS-ASEAN .main-svg").first).to_be_visible()
    shots(page, "dyad")
    assert problems == []

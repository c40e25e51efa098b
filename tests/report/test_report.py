"""The offline report: one folder that opens from file:// with no network."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from sukien.api.sample import build_sample_store
from sukien.report import write_report

expect.set_options(timeout=30_000)  # plotly.js parses slowly on a loaded machine
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "report"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    store = build_sample_store(f"sqlite:///{tmp / 'sukien.db'}")
    summary = write_report(store, tmp / "out")
    store.close()
    assert (summary.articles, summary.events, summary.stories) == (5, 8, 1)
    return summary.path


def test_folder_is_self_contained(report: Path) -> None:
    names = {p.name for p in report.iterdir()}
    assert {"index.html", "events.html", "entities.html", "graph.html", "map.html",
            "dyads.html", "stories.html", "story-1.html", "static", "data"} <= names  # fmt: skip
    assert (report / "static" / "plotly.min.js").stat().st_size > 1_000_000
    for page in report.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'(?:src|href)="([^"#]+)', html)
        for ref in refs:
            if ref.startswith("http"):  # only an article's own source link may leave the folder
                assert ref == "https://example.org/nga-asean-sochi", (page.name, ref)
            else:
                assert (report / ref).exists(), f"{page.name} links to missing {ref}"
    assert "&lt;script&gt;alert" in (report / "article-4.html").read_text(encoding="utf-8")
    assert len(pd.read_csv(report / "data" / "events.csv")) == 8
    assert nx.read_graphml(report / "data" / "actor-graph.graphml").number_of_edges() == 8


@pytest.mark.browser
def test_opens_offline_in_a_browser(page: Page, report: Path) -> None:
    outside: list[str] = []
    errors: list[str] = []
    page.set_default_timeout(30_000)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: None if r.url.startswith("file://") else outside.append(r.url),
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto((report / "index.html").as_uri())
    hits = page.locator("#report-hits li.hit:not(.hidden)")
    expect(hits).to_have_count(5)
    page.fill("#report-q", "bien dong")  # folded search, in the page
    expect(hits).to_have_count(1)
    expect(hits.first).to_contain_text("Philippines phản đối tàu Trung Quốc")
    page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    hits.first.locator("a.title").click()
    expect(page.locator("#article-body mark.trigger", has_text="phản đối")).to_be_visible()
    page.locator("#article-body a.entity", has_text="Philippines").first.click()
    expect(page.locator("#entity-name")).to_contain_text("Philippines")
    expect(page.locator("#graph .main-svg").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)
    page.goto((report / "map.html").as_uri())
    expect(page.locator("#map .main-svg").first).to_be_visible(timeout=30_000)
    page.goto((report / "events.html").as_uri())
    page.fill("input.table-filter", "trung quoc")
    expect(page.locator("table#events tbody tr:not(.hidden)")).to_have_count(3)
    assert outside == [] and errors == []

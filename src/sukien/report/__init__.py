"""The offline HTML report: one folder of pages that opens from ``file://`` with no network.

``write_report(store_or_url, out_dir)`` renders the same templates as the server with links
between files (``sukien.ui.links.ReportLinks``), copies the CSS/JS and plotly.js (from the
plotly package), and writes the events/entities/articles as CSV and the actor graph as GraphML
under ``data/``. Search and table filters run in the page (diacritic-insensitive).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sukien.api import queries as Q
from sukien.api.app import STATIC
from sukien.store import Store, open_store
from sukien.store.search import fold
from sukien.ui import views
from sukien.ui.charts import plotly_js_path
from sukien.ui.links import ReportLinks
from sukien.ui.render import render

MAX_PAGES = 5000  # per kind (articles, entities, events): bigger stores are for the server
INDEX_CHARS = 4000  # of each article's text in the in-page search index
TOP_DYADS = 12


@dataclass
class ReportSummary:
    """What a report holds (``pages`` = HTML files written)."""

    path: Path
    pages: int
    articles: int
    entities: int
    events: int
    stories: int


def write_report(store_or_url: Store | str, out_dir: str | Path) -> ReportSummary:
    """Write the report for everything in the store to ``out_dir`` (created or refreshed)."""
    if isinstance(store_or_url, str):
        with open_store(store_or_url) as store:
            return write_report(store, out_dir)
    store = store_or_url
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "static").mkdir(exist_ok=True)
    (out / "data").mkdir(exist_ok=True)
    for name in ("style.css", "app.js"):
        shutil.copyfile(STATIC / name, out / "static" / name)
    shutil.copyfile(plotly_js_path(), out / "static" / "plotly.min.js")

    link = ReportLinks()
    pages = 0

    def page(name: str, template: str, **ctx: object) -> None:
        nonlocal pages
        (out / name).write_text(render(template, link, **ctx), encoding="utf-8")
        pages += 1

    with store.Session() as s:
        st = Q.stats(s)

        # search: every article, filtered in the page
        arts = []
        for a in Q.list_articles_plain(s, limit=MAX_PAGES):
            detail = Q.get_article(s, a.id)
            if detail is None:
                continue
            text = detail.text
            arts.append(
                {
                    "id": a.id,
                    "doc": a.doc,
                    "title": a.title,
                    "source": a.source,
                    "published": a.published,
                    "snippet": text[:240] + ("…" if len(text) > 240 else ""),
                    "folded": fold(f"{a.title or ''} {a.source or ''} {text[:INDEX_CHARS]}"),
                }
            )
            ctx = views.article_view(s, link, a.id)
            if ctx is not None:
                page(link.article(a.id), "article.html", **ctx)
        page("index.html", "search.html", articles=arts, q="", stats=st)

        ents = Q.list_entities(s, limit=MAX_PAGES)
        page(
            "entities.html",
            "entities.html",
            page=ents,
            pages={"total": 0},
            params={"q": "", "type": None},
        )
        for e in ents.items:
            ctx = views.entity_view(s, link, e.id)
            if ctx is not None:
                page(link.entity(e.id), "entity.html", charts=True, **ctx)

        evctx = views.events_view(s, link, Q.EventFilters(), limit=MAX_PAGES)
        page("events.html", "events.html", charts=True, **{**evctx, "pages": {"total": 0}})
        for ev in evctx["page"].items:
            ctx = views.event_view(s, link, ev.id)
            if ctx is not None:
                page(link.event(ev.id), "event.html", **ctx)

        dctx = views.dyads_view(s, link)
        dctx["dyad_list"] = [
            views.dyad_view(s, link, d.actor_code, d.recipient_code)
            for d in dctx["top"][:TOP_DYADS]
        ]
        page("dyads.html", "dyads.html", charts=True, **dctx)

        stories = Q.list_stories(s, limit=MAX_PAGES)
        page("stories.html", "stories.html", page=stories, pages={"total": 0})
        for story in stories.items:
            ctx = views.story_view(s, link, story.id)
            if ctx is not None:
                page(link.story(story.id), "story.html", **ctx)

        page("map.html", "map.html", charts=True, **views.map_view(s, link))
        page("graph.html", "graph.html", charts=True, **views.graph_view(s, link))

    from sukien.export import export

    export(store, "events", "csv", out / "data" / "events.csv")
    export(store, "mentions", "csv", out / "data" / "mentions.csv")
    export(store, "entities", "csv", out / "data" / "entities.csv")
    export(store, "graph", "graphml", out / "data" / "actor-graph.graphml")
    return ReportSummary(out, pages, st.articles, st.entities, st.events, st.stories)

"""The server-rendered pages (HTML), over the same queries as the JSON API."""

from __future__ import annotations

import csv
import io
import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from sukien.api import queries as Q
from sukien.api.app import get_session
from sukien.api.routes import DATE
from sukien.ui import views
from sukien.ui.links import ServerLinks
from sukien.ui.render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
LINK = ServerLinks()
DB = Annotated[Session, Depends(get_session)]
Off = Annotated[int, Query(ge=0, le=1_000_000)]
Opt = Annotated[str | None, Query(max_length=255)]


def _page(template: str, ctx: dict | None, what: str, key: object, **extra: object) -> str:
    if ctx is None:
        raise HTTPException(404, f"không có {what} {key} / no {what} with id {key!r}")
    return render(template, LINK, **ctx, **extra)


def _blank(v: str | None) -> str | None:
    return v.strip() or None if v else None


@router.get("/")
def search_page(
    s: DB,
    q: Annotated[str, Query(max_length=500)] = "",
    source: Opt = None,
    entity: Opt = None,
    event_type: Opt = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
    offset: Off = 0,
) -> str:
    ctx = views.search_view(
        s,
        LINK,
        q,
        source=_blank(source),
        entity=_blank(entity),
        event_type=_blank(event_type),
        date_from=date_from,
        date_to=date_to,
        offset=offset,
    )
    return render("search.html", LINK, **ctx)


@router.get("/articles/{article_id}")
def article_page(s: DB, article_id: Annotated[int, Path(ge=1, le=2**62)]) -> str:
    return _page("article.html", views.article_view(s, LINK, article_id), "bài", article_id)


@router.get("/entities")
def entities_page(s: DB, q: Opt = None, type: Opt = None, offset: Off = 0) -> str:
    ctx = views.entities_view(s, LINK, q or "", _blank(type), offset=offset)
    return render("entities.html", LINK, **ctx)


@router.get("/entities/{entity_id}")
def entity_page(s: DB, entity_id: Annotated[str, Path(max_length=255)]) -> str:
    ctx = views.entity_view(s, LINK, entity_id)
    return _page("entity.html", ctx, "thực thể", entity_id, charts=True)


def page_filters(
    type: Opt = None,
    quad_class: Opt = None,
    actor: Opt = None,
    recipient: Opt = None,
    entity: Opt = None,
    date_from: Opt = None,
    date_to: Opt = None,
    place: Opt = None,
    topic: Opt = None,
    modality: Opt = None,
    min_confidence: Opt = None,
) -> Q.EventFilters:
    """Event filters from a form: blank fields mean no filter; bad values say what is wrong."""
    f = Q.EventFilters(
        type=_blank(type),
        actor=_blank(actor),
        recipient=_blank(recipient),
        entity=_blank(entity),
        date_from=_blank(date_from),
        date_to=_blank(date_to),
        place=_blank(place),
        topic=_blank(topic),
        modality=_blank(modality),
    )
    q = _blank(quad_class)
    if q is not None:
        if q not in ("1", "2", "3", "4"):
            raise HTTPException(422, f"nhóm (quad_class) phải là 1–4 / must be 1-4, not {q!r}")
        f.quad_class = int(q)
    c = _blank(min_confidence)
    if c is not None:
        try:
            f.min_confidence = float(c)
        except ValueError:
            f.min_confidence = -1.0
        if not 0.0 <= f.min_confidence <= 1.0:
            raise HTTPException(
                422, f"độ tin cậy (min_confidence) phải từ 0 đến 1 / must be 0-1, not {c!r}"
            )
    for name in ("date_from", "date_to"):
        v = getattr(f, name)
        if v is not None and not re.fullmatch(DATE, v):
            raise HTTPException(
                422, f"ngày {name} phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, không phải {v!r}"
            )
    return f


PageFilters = Annotated[Q.EventFilters, Depends(page_filters)]


@router.get("/events")
def events_page(s: DB, f: PageFilters, offset: Off = 0) -> str:
    ctx = views.events_view(s, LINK, f, offset=offset)
    return render("events.html", LINK, charts=True, **ctx)


@router.get("/events.csv", response_class=Response)
def events_csv(s: DB, f: PageFilters) -> Response:
    """The filtered events, one row per mention with its evidence (GDELT-like columns)."""
    from sukien.export.rows import EVENT_COLUMNS, event_rows

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for row in event_rows(s, f):
        w.writerow(row)
    return Response(
        "\ufeff" + buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="sukien-events.csv"'},
    )


@router.get("/events/{event_id}")
def event_page(s: DB, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> str:
    return _page("event.html", views.event_view(s, LINK, event_id), "sự kiện", event_id)


@router.get("/dyads")
def dyads_page(
    s: DB,
    actor: Annotated[str | None, Query(max_length=32)] = None,
    recipient: Annotated[str | None, Query(max_length=32)] = None,
    interval: Literal["day", "month", "year"] = "month",
) -> str:
    ctx = views.dyads_view(s, LINK, _blank(actor), _blank(recipient), interval)
    return render("dyads.html", LINK, charts=True, **ctx)


@router.get("/stories")
def stories_page(s: DB, offset: Off = 0) -> str:
    return render("stories.html", LINK, **views.stories_view(s, LINK, offset=offset))


@router.get("/stories/{story_id}")
def story_page(s: DB, story_id: Annotated[int, Path(ge=1, le=2**62)]) -> str:
    return _page("story.html", views.story_view(s, LINK, story_id), "câu chuyện", story_id)


@router.get("/map")
def map_page(s: DB) -> str:
    return render("map.html", LINK, charts=True, **views.map_view(s, LINK))


@router.get("/graph")
def graph_page(s: DB) -> str:
    return render("graph.html", LINK, charts=True, **views.graph_view(s, LINK))

"""The JSON endpoints (mounted under ``/api``)."""

from __future__ import annotations

import hmac
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from sqlalchemy.orm import Session

from sukien.api import queries as Q
from sukien.api.app import get_session
from sukien.api.schemas import (
    ArticleDetail,
    ArticleHit,
    Count,
    Dyad,
    DyadCount,
    EntityOut,
    EntityProfile,
    Error,
    EventDetail,
    EventOut,
    IngestRequest,
    IngestResult,
    Page,
    Stats,
    StoryDetail,
    StoryOut,
)

router = APIRouter()

DB = Annotated[Session, Depends(get_session)]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DateFrom = Annotated[
    str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
]
DateTo = Annotated[
    str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
]
Limit = Annotated[int, Query(ge=1, le=200, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Code = Annotated[str | None, Query(max_length=32, description="actor code: RUS, ASEAN…")]
Text = Annotated[str | None, Query(max_length=200)]
NOT_FOUND = {404: {"model": Error, "description": "No such item"}}


def _missing(what: str, key: object) -> HTTPException:
    return HTTPException(404, f"no {what} with id {key!r}")


@router.get("/stats", response_model=Stats, tags=["overview"])
def get_stats(s: DB) -> Stats:
    """Counts of articles, entities, events, mentions and stories; top sources."""
    return Q.stats(s)


@router.get("/articles", response_model=Page[ArticleHit], tags=["articles"])
def list_articles(
    s: DB,
    q: Annotated[str, Query(max_length=500, description="words; diacritics optional")] = "",
    source: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: Annotated[str | None, Query(max_length=255, description="entity id")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Page[ArticleHit]:
    """Search articles (diacritic-insensitive: "viet nam" finds "Việt Nam"), filtered.

    With `q`, the 2,000 most recently stored matching articles (after the filters) are ranked
    (bm25 / ts_rank, title weighted); without `q`, articles are listed newest first. `total`
    is counted up to 10,000; past that `total_capped` is true and `total` reads "10,000+".
    """
    return Q.search_articles(
        s,
        q,
        source=source,
        date_from=date_from,
        date_to=date_to,
        entity=entity,
        limit=limit,
        offset=offset,
    )


@router.get("/articles/facets", response_model=dict[str, list[Count]], tags=["articles"])
def article_facets(
    s: DB,
    q: Annotated[str, Query(max_length=500)] = "",
    source: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: Annotated[str | None, Query(max_length=255)] = None,
) -> dict[str, list[Count]]:
    """Counts of sources, entities and event types among the matching articles."""
    return Q.search_facets(s, q, source=source, date_from=date_from, date_to=date_to, entity=entity)


@router.get(
    "/articles/{article_id}", response_model=ArticleDetail, responses=NOT_FOUND, tags=["articles"]
)
def article(s: DB, article_id: Annotated[int, Path(ge=1, le=2**62)]) -> ArticleDetail:
    """An article: cleaned text, entity mentions, values and event mentions with offsets."""
    a = Q.get_article(s, article_id)
    if a is None:
        raise _missing("article", article_id)
    return a


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(
            403, "writes are disabled: start the server with --token or SUKIEN_API_TOKEN"
        )
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(authorization[7:].strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")


@router.post(
    "/ingest",
    response_model=IngestResult,
    status_code=201,
    tags=["articles"],
    responses={
        401: {"model": Error, "description": "No bearer token"},
        403: {"model": Error, "description": "Writes disabled or wrong token"},
        503: {"model": Error, "description": "Pipeline unavailable"},
    },
)
def ingest(
    request: Request,
    body: IngestRequest,
    authorization: Annotated[str | None, Header()] = None,
) -> IngestResult:
    """Ingest articles through the pipeline into the store (needs the configured token)."""
    _check_token(request, authorization)
    from sukien.api.ingest import ingest_items

    return ingest_items(request.app.state.store, body.articles)


@router.get("/entities", response_model=Page[EntityOut], tags=["entities"])
def entities(
    s: DB,
    q: Annotated[str | None, Query(max_length=200, description="id, name or code")] = None,
    type: Annotated[Literal["PER", "ORG", "GPE", "LOC"] | None, Query()] = None,
    kind: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EntityOut]:
    """Entities, most mentioned first."""
    return Q.list_entities(s, q=q, type=type, kind=kind, limit=limit, offset=offset)


@router.get(
    "/entities/{entity_id}", response_model=EntityProfile, responses=NOT_FOUND, tags=["entities"]
)
def entity(
    s: DB,
    entity_id: Annotated[str, Path(max_length=255, description="e.g. GPE:RUS, ORG:ASEAN")],
    events_limit: Annotated[int, Query(ge=0, le=500)] = 100,
) -> EntityProfile:
    """Profile: names used, co-occurring entities, partners, events as actor and recipient."""
    p = Q.get_entity(s, entity_id, events_limit=events_limit)
    if p is None:
        raise _missing("entity", entity_id)
    return p


def event_filters(
    type: Annotated[str | None, Query(max_length=16, description="PLOVER type")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    actor: Code = None,
    recipient: Code = None,
    entity: Annotated[
        str | None, Query(max_length=32, description="code as actor or recipient")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    place: Text = None,
    topic: Annotated[str | None, Query(max_length=64)] = None,
    modality: Annotated[
        Literal["asserted", "planned", "hoped", "denied", "hypothetical"] | None, Query()
    ] = None,
    min_confidence: Annotated[
        float | None,
        Query(ge=0, le=1, description="only events at least this likely to be coded by a person"),
    ] = None,
) -> Q.EventFilters:
    return Q.EventFilters(
        type=type,
        quad_class=quad_class,
        actor=actor,
        recipient=recipient,
        entity=entity,
        date_from=date_from,
        date_to=date_to,
        place=place,
        topic=topic,
        modality=modality,
        min_confidence=min_confidence,
    )


Filters = Annotated[Q.EventFilters, Depends(event_filters)]


@router.get("/events", response_model=Page[EventOut], tags=["events"])
def events(s: DB, f: Filters, limit: Limit = 50, offset: Offset = 0) -> Page[EventOut]:
    """Merged events, newest first, filtered by type, quad class, actor, recipient, dates, place.

    `total` is counted up to 10,000; past that `total_capped` is true.
    """
    return Q.list_events(s, f, limit=limit, offset=offset)


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, tags=["events"])
def event(s: DB, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> EventDetail:
    """An event with every mention and its evidence (sentence, offsets, source article)."""
    ev = Q.get_event(s, event_id)
    if ev is None:
        raise _missing("event", event_id)
    return ev


@router.get("/dyads", response_model=Dyad, tags=["dyads"])
def dyads(
    s: DB,
    actor: Annotated[str, Query(min_length=1, max_length=32, description="e.g. RUS")],
    recipient: Annotated[str, Query(min_length=1, max_length=32, description="e.g. ASEAN")],
    both: Annotated[bool, Query(description="count both directions")] = True,
    interval: Literal["day", "month", "year"] = "month",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    events_limit: Annotated[int, Query(ge=0, le=500)] = 50,
) -> Dyad:
    """Events between two actors: counts and mean cooperation/conflict score per period."""
    return Q.dyad(
        s,
        actor,
        recipient,
        both_directions=both,
        interval=interval,
        date_from=date_from,
        date_to=date_to,
        events_limit=events_limit,
    )


@router.get("/dyads/top", response_model=list[DyadCount], tags=["dyads"])
def top_dyads(s: DB, limit: Limit = 50) -> list[DyadCount]:
    """The most frequent actor → recipient pairs."""
    return Q.top_dyads(s, limit)


@router.get("/stories", response_model=Page[StoryOut], tags=["stories"])
def stories(s: DB, limit: Limit = 50, offset: Offset = 0) -> Page[StoryOut]:
    """Stories (groups of articles) with their summaries, most recent first."""
    return Q.list_stories(s, limit=limit, offset=offset)


@router.get(
    "/stories/{story_id}", response_model=StoryDetail, responses=NOT_FOUND, tags=["stories"]
)
def story(s: DB, story_id: Annotated[int, Path(ge=1, le=2**62)]) -> StoryDetail:
    """A story: summary sentences citing their articles, and the member articles."""
    st = Q.get_story(s, story_id)
    if st is None:
        raise _missing("story", story_id)
    return st

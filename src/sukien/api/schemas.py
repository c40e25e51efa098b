"""Pydantic models of what the API returns (and what the pages and the report render)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Error(BaseModel):
    """Every error: a status code and a sentence saying what was wrong."""

    status: int
    error: str
    detail: Any = None


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` matches, ``items`` from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[T]
    total_capped: bool = Field(
        False,
        description="true when counting stopped at a cap (10,000 for searches and events): "
        "`total` is then a lower bound (show it as '10,000+')",
    )


class ArticleHit(BaseModel):
    id: int
    doc: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    snippet: str = ""
    highlights: list[list[int]] = Field(default_factory=list)
    score: float = 0.0


class EntityMentionOut(BaseModel):
    id: int
    entity_id: str
    type: str
    text: str
    start: int | None = None  # None: a mention outside the body (dateline, signature)
    end: int | None = None
    name: str | None = None
    role: str | None = None
    sentence: int | None = None
    confidence: float = 1.0


class ValueOut(BaseModel):
    type: str
    text: str
    start: int | None = None
    end: int | None = None
    value: Any = None


class EventMentionOut(BaseModel):
    """A coded event as one article states it, with its evidence offsets in the article text."""

    id: int
    event_id: int | None = None
    article_id: int
    doc: str | None = None
    article_title: str | None = None
    source: str | None = None
    source_url: str | None = None
    published: str | None = None
    type: str
    mode: str | None = None
    actor_code: str | None = None
    actor_name: str | None = None
    actor_role: str | None = None
    actor_entity: str | None = None
    recipient_code: str | None = None
    recipient_name: str | None = None
    recipient_role: str | None = None
    recipient_entity: str | None = None
    date: str | None = None
    date_source: str | None = None  # "sentence", "context" (from the rest of the article)
    location: str | None = None
    location_source: str | None = None  # the same for the place
    topic: str | None = None
    modality: str = "asserted"
    quad_class: int | None = None
    score: float | None = None
    quantities: list[Any] = Field(default_factory=list)
    trigger: str | None = None
    sentence: str = ""
    sentence_index: int | None = None
    start: int = 0
    end: int = 0
    part: str = "text"  # "title": stated in the headline, offsets into the article's title
    spans: dict[str, Any] = Field(default_factory=dict)
    confidence: float = 0.5


class StoryRef(BaseModel):
    id: int
    title: str | None = None


class ArticleDetail(BaseModel):
    id: int
    doc: str
    hash: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    text: str
    duplicate_of: int | None = None
    entities: list[EntityMentionOut]
    values: list[ValueOut]
    events: list[EventMentionOut]
    stories: list[StoryRef] = Field(default_factory=list)


class EntityOut(BaseModel):
    id: str
    type: str
    kind: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    aliases: list[Any] = Field(default_factory=list)
    num_mentions: int = 0
    num_articles: int = 0


class Count(BaseModel):
    """A labelled count (facets, aliases, co-occurrences)."""

    key: str
    label: str | None = None
    count: int
    extra: dict[str, Any] = Field(default_factory=dict)


class EventOut(BaseModel):
    """A real-world event (mentions merged) with GDELT-like counts."""

    id: int
    type: str
    mode: str | None = None
    actor_code: str | None = None
    actor_name: str | None = None
    recipient_code: str | None = None
    recipient_name: str | None = None
    date: str | None = None
    location: str | None = None
    topic: str | None = None
    modality: str = "asserted"
    quad_class: int | None = None
    score: float | None = None
    confidence: float = 0.5
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0


class EventDetail(EventOut):
    mentions: list[EventMentionOut]


class Partner(BaseModel):
    """Another actor an entity has events with, and how those events lean."""

    code: str
    name: str | None = None
    entity_id: str | None = None
    count: int
    mean_score: float | None = None
    cooperation: int = 0
    conflict: int = 0


class EntityProfile(EntityOut):
    surface_forms: list[Count] = Field(default_factory=list)
    cooccurring: list[Count] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list)
    events_as_actor: list[EventOut] = Field(default_factory=list)
    events_as_recipient: list[EventOut] = Field(default_factory=list)
    num_events_as_actor: int = 0
    num_events_as_recipient: int = 0


class DyadPeriod(BaseModel):
    period: str
    count: int
    mean_score: float | None = None
    quad: dict[str, int] = Field(default_factory=dict)


class Dyad(BaseModel):
    """Events between two actors: counts and cooperation/conflict score over time."""

    actor: str
    recipient: str
    both_directions: bool
    interval: str
    total: int
    mean_score: float | None = None
    periods: list[DyadPeriod]
    events: list[EventOut]


class DyadCount(BaseModel):
    actor_code: str
    recipient_code: str
    count: int
    mean_score: float | None = None


class StoryOut(BaseModel):
    id: int
    title: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    summary: str | None = None
    num_articles: int = 0
    top_entities: list[Any] = Field(default_factory=list)


class SummarySentence(BaseModel):
    text: str
    doc: str | None = None
    article_id: int | None = None


class ArticleRef(BaseModel):
    id: int
    doc: str
    title: str | None = None
    source: str | None = None
    published: str | None = None


class StoryDetail(StoryOut):
    summary_sentences: list[SummarySentence] = Field(default_factory=list)
    articles: list[ArticleRef] = Field(default_factory=list)


class Stats(BaseModel):
    articles: int
    entities: int
    events: int
    event_mentions: int
    stories: int
    sources: list[Count]


class IngestItem(BaseModel):
    """An article to ingest: the same fields as a JSON-lines input line."""

    title: str | None = None
    text: str = Field(min_length=1)
    url: str | None = None
    source: str | None = None
    published: str | None = None
    doc: str | None = None


class IngestRequest(BaseModel):
    articles: list[IngestItem] = Field(min_length=1, max_length=1000)


class IngestResult(BaseModel):
    read: int
    stored: int
    unchanged: int = 0
    rejected: list[dict[str, str]] = Field(default_factory=list)

"""SQLAlchemy 2 models: the schema of the sukien store (SQLite or PostgreSQL).

Names are stable (other modules build on them): ``Article``, ``Sentence``, ``Entity``,
``EntityMention``, ``ValueMention``, ``EventMention``, ``Event``, ``Story``, ``StoryArticle``,
``Rejection``, ``ArticleMinhash``, ``Run``. Offsets (``start``/``end``) index ``Article.text``,
end exclusive, as in ``sukien.document``. Dates of articles and events are ISO strings, possibly
partial (``YYYY-MM``, ``YYYY``, ``--MM-DD``): they sort and compare as text.

The full-text index is not a model: it is a per-dialect table created by the migrations
(``article_fts`` FTS5 on SQLite, ``article_search`` with a GIN tsvector index on PostgreSQL) and
kept in step by ``sukien.store.search``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Article(Base):
    """One stored article (cleaned), identified by its content hash."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[str] = mapped_column(String(255), index=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(255), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    dateline: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str | None] = mapped_column(Text)
    # what the dedup stage said (a doc id) and the stored article it resolves to
    duplicate_of: Mapped[str | None] = mapped_column(String(255))
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    paragraphs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    removed: Mapped[list[Any]] = mapped_column(JSON, default=list)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))

    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Sentence.index"
    )
    entity_mentions: Mapped[list[EntityMention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="EntityMention.start"
    )
    value_mentions: Mapped[list[ValueMention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ValueMention.start"
    )
    event_mentions: Mapped[list[EventMention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="EventMention.start"
    )
    duplicate_of_article: Mapped[Article | None] = relationship(remote_side=[id])


class Sentence(Base):
    __tablename__ = "sentences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="sentences")

    __table_args__ = (Index("ix_sentences_article_index", "article_id", "index", unique=True),)


class Entity(Base):
    """A canonical entity (``GPE:RUS``, ``ORG:ASEAN``, ``PER:vladimir-putin``)."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    role: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    mentions: Mapped[list[EntityMention]] = relationship(back_populates="entity")


class EntityMention(Base):
    __tablename__ = "entity_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # None for mentions outside the body (dateline, source signature); revision 0003
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)

    article: Mapped[Article] = relationship(back_populates="entity_mentions")
    entity: Mapped[Entity] = relationship(back_populates="mentions")

    __table_args__ = (
        Index("ix_entity_mentions_entity_article", "entity_id", "article_id"),
        Index("ix_entity_mentions_article", "article_id"),
    )


class ValueMention(Base):
    """A DATE / MONEY / PERCENT mention with its normalised value."""

    __tablename__ = "value_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)

    article: Mapped[Article] = relationship(back_populates="value_mentions")


class Event(Base):
    """A real-world event: one or more mentions merged (GDELT-style counts)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    actor_code: Mapped[str | None] = mapped_column(String(32), index=True)
    actor_name: Mapped[str | None] = mapped_column(Text)
    actor_role: Mapped[str | None] = mapped_column(Text)
    recipient_code: Mapped[str | None] = mapped_column(String(32), index=True)
    recipient_name: Mapped[str | None] = mapped_column(Text)
    recipient_role: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(String(64))
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    quad_class: Mapped[int | None] = mapped_column(Integer, index=True)
    score: Mapped[float | None] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)

    mentions: Mapped[list[EventMention]] = relationship(
        back_populates="event", order_by="EventMention.id"
    )

    __table_args__ = (
        Index("ix_events_dyad", "actor_code", "recipient_code", "type"),
        # newest-first pages under a filter walk one of these (migration 0006)
        Index("ix_events_date_id", "date", "id"),
        Index("ix_events_type_date_id", "type", "date", "id"),
        Index("ix_events_actor_date", "actor_code", "date", "id"),
        Index("ix_events_recipient_date", "recipient_code", "date", "id"),
        Index("ix_events_quad_date", "quad_class", "date", "id"),
        Index("ix_events_location_date", "location", "date", "id"),
    )


class EventMention(Base):
    """One coded event as one article reports it, with its evidence."""

    __tablename__ = "event_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    actor_code: Mapped[str | None] = mapped_column(String(32), index=True)
    actor_name: Mapped[str | None] = mapped_column(Text)
    actor_role: Mapped[str | None] = mapped_column(Text)
    actor_entity: Mapped[str | None] = mapped_column(String(255))
    recipient_code: Mapped[str | None] = mapped_column(String(32), index=True)
    recipient_name: Mapped[str | None] = mapped_column(Text)
    recipient_role: Mapped[str | None] = mapped_column(Text)
    recipient_entity: Mapped[str | None] = mapped_column(String(255))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    # "sentence": the evidence sentence states the date; "context": the rest of the article
    # gives it (sukien.events.dating); None: undated
    date_source: Mapped[str | None] = mapped_column(String(8))
    location: Mapped[str | None] = mapped_column(Text)
    # the same for the place (sukien.events.placing); None: unplaced
    location_source: Mapped[str | None] = mapped_column(String(8))
    topic: Mapped[str | None] = mapped_column(String(64))
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    quad_class: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float)
    quantities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    trigger: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text, default="")
    sentence_index: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    # "text", or "title" when the headline states it (offsets then into Article.title)
    part: Mapped[str] = mapped_column(String(8), default="text", server_default="text")
    # {"trigger": [s, e], "actor": [s, e], ...}: offsets in Article.text (or the title)
    spans: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)

    article: Mapped[Article] = relationship(back_populates="event_mentions")
    event: Mapped[Event | None] = relationship(back_populates="mentions")


class Story(Base):
    """A group of articles telling one story, with its summary."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    # [{"text", "doc", "article_id"}...]: each summary sentence cites its article
    summary_sentences: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # [{"id", "name", "count"}...]
    top_entities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    articles: Mapped[list[StoryArticle]] = relationship(
        back_populates="story", cascade="all, delete-orphan"
    )


class StoryArticle(Base):
    __tablename__ = "story_articles"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    story: Mapped[Story] = relationship(back_populates="articles")
    article: Mapped[Article] = relationship()


class Rejection(Base):
    """An input or document refused by a stage, with the reason."""

    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(32), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("runs.id", ondelete="SET NULL"), index=True
    )


class ArticleMinhash(Base):
    """The MinHash signature of an article, to find near-duplicates across runs."""

    __tablename__ = "article_minhashes"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    num_perm: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer, default=1)
    # datasketch permutation scheme ("affine32", "affine64", "legacy"); revision 0002
    scheme: Mapped[str | None] = mapped_column(String(16))
    hashvalues: Mapped[bytes] = mapped_column(LargeBinary)  # uint64 little-endian


class Run(Base):
    """One `sukien run` / `sukien ingest`: what it read and per-stage counts."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    command: Mapped[str] = mapped_column(String(32))
    paths: Mapped[list[Any]] = mapped_column(JSON, default=list)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    read: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    # {"stage": {"in": n, "out": n, "rejected": n, ...}}
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

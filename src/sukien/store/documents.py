"""Stored articles back as pipeline ``Document`` objects (for stories, summaries, exports)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sukien.document import Document, Sentence, Span
from sukien.document import Entity as DocEntity
from sukien.store.merging import mention_event
from sukien.store.models import Article, EntityMention


def article_document(a: Article) -> Document:
    """The ``Document`` an article was stored from (tokens and ``raw`` are not kept)."""
    d = Document(
        doc=a.doc,
        path=a.path,
        title=a.title,
        source=a.source,
        url=a.url,
        published=a.published,
        dateline=a.dateline,
        text=a.text,
        paragraphs=[Span(s, e) for s, e in a.paragraphs or []],
        removed=list(a.removed or []),
        duplicate_of=a.duplicate_of,
        meta={**(a.meta or {}), "article_id": a.id},
    )
    d.sentences = [Sentence(s.text, s.start, s.end) for s in a.sentences]
    d.entities = [_entity(m) for m in a.entity_mentions]
    d.values = [
        DocEntity(v.text, v.type, v.start, v.end, value=v.value)  # type: ignore[arg-type]
        for v in a.value_mentions
    ]
    d.events = [mention_event(m, a.doc) for m in a.event_mentions]
    return d


def _entity(m: EntityMention) -> DocEntity:
    e = m.entity
    return DocEntity(
        text=m.text,
        type=m.type,
        start=m.start,  # type: ignore[arg-type]
        end=m.end,  # type: ignore[arg-type]
        id=e.id,
        name=e.name,
        code=e.code,
        country=e.country,
        role=m.role,
        kind=e.kind,
        confidence=m.confidence,
    )


def _with_children(stmt):  # noqa: ANN001, ANN202
    return stmt.options(
        selectinload(Article.sentences),
        selectinload(Article.entity_mentions).selectinload(EntityMention.entity),
        selectinload(Article.value_mentions),
        selectinload(Article.event_mentions),
    )


def load_documents(
    session: Session,
    ids: Sequence[int] | None = None,
    *,
    after_id: int = 0,
    include_duplicates: bool = True,
    batch: int = 200,
) -> Iterator[Document]:
    """Stored articles as Documents in id order: the given ``ids``, or all after ``after_id``."""
    last = after_id
    while True:
        stmt = select(Article).where(Article.id > last).order_by(Article.id).limit(batch)
        if ids is not None:
            stmt = stmt.where(Article.id.in_(ids))
        if not include_duplicates:
            stmt = stmt.where(Article.duplicate_of_id.is_(None))
        rows = session.scalars(_with_children(stmt)).all()
        if not rows:
            return
        for a in rows:
            yield article_document(a)
        last = rows[-1].id

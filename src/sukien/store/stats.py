"""What the store holds: counts, duplicates (which duplicates which), rejections, the last run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sukien.store.models import (
    Article,
    Entity,
    EntityMention,
    Event,
    EventMention,
    Rejection,
    Run,
    Sentence,
    Story,
    ValueMention,
)


@dataclass
class DuplicateLink:
    doc: str
    source: str | None
    original: str
    original_source: str | None


@dataclass
class StoreStats:
    counts: dict[str, int]
    entities_by_type: dict[str, int]
    events_by_type: dict[str, int]
    duplicates: list[DuplicateLink]
    rejections_by_reason: list[tuple[str, str, int]]  # (stage, reason, count)
    rejections: list[tuple[str, str, str]]  # (source, stage, reason), newest first
    last_run: dict[str, Any] | None = None
    sources: dict[str, int] = field(default_factory=dict)


def _count(s: Session, model: type) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


def collect_stats(s: Session, max_listed: int = 50) -> StoreStats:
    """Counts of every kind of row, the duplicate links and rejections, the last run's counts."""
    counts = {
        "articles": _count(s, Article),
        "duplicates": s.scalar(
            select(func.count()).select_from(Article).where(Article.duplicate_of_id.is_not(None))
        )
        or 0,
        "sentences": _count(s, Sentence),
        "entities": _count(s, Entity),
        "entity_mentions": _count(s, EntityMention),
        "values": _count(s, ValueMention),
        "events": _count(s, Event),
        "event_mentions": _count(s, EventMention),
        "stories": _count(s, Story),
        "rejections": _count(s, Rejection),
    }
    orig = aliased(Article)
    dups = [
        DuplicateLink(d, src, o, osrc)
        for d, src, o, osrc in s.execute(
            select(Article.doc, Article.source, orig.doc, orig.source)
            .join(orig, orig.id == Article.duplicate_of_id)
            .order_by(Article.id)
            .limit(max_listed)
        )
    ]
    by_reason = [
        (stage, reason, int(n))
        for stage, reason, n in s.execute(
            select(Rejection.stage, Rejection.reason, func.count())
            .group_by(Rejection.stage, Rejection.reason)
            .order_by(func.count().desc(), Rejection.stage, Rejection.reason)
            .limit(max_listed)
        )
    ]
    rejections = [
        tuple(r)
        for r in s.execute(
            select(Rejection.source, Rejection.stage, Rejection.reason)
            .order_by(Rejection.id.desc())
            .limit(max_listed)
        )
    ]
    run = s.scalars(select(Run).order_by(Run.id.desc()).limit(1)).first()
    last = None
    if run is not None:
        last = {
            "id": run.id,
            "command": run.command,
            "paths": run.paths,
            "started_at": run.started_at.isoformat() if run.started_at else None,
            "finished_at": run.finished_at.isoformat() if run.finished_at else None,
            "read": run.read,
            "stored": run.stored,
            "unchanged": run.unchanged,
            "rejected": run.rejected,
            "counts": run.counts,
        }
    return StoreStats(
        counts=counts,
        entities_by_type=_group(s, Entity.type),
        events_by_type=_group(s, Event.type),
        duplicates=dups,
        rejections_by_reason=by_reason,
        rejections=rejections,  # type: ignore[arg-type]
        last_run=last,
        sources=_group(s, Article.source),
    )


def _group(s: Session, col: Any) -> dict[str, int]:
    rows = s.execute(select(col, func.count()).group_by(col).order_by(func.count().desc()))
    return {str(k) if k is not None else "(none)": int(n) for k, n in rows}

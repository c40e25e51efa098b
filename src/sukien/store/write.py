"""Writing a pipeline ``Document`` into the store (one transaction per document)."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session

from sukien.document import Document, Span
from sukien.document import Entity as EntityMention_
from sukien.document import Event as DocEvent
from sukien.store.merging import SYMMETRIC, SameEvent, candidate_key, mention_event
from sukien.store.models import (
    Article,
    ArticleMinhash,
    Entity,
    EntityMention,
    Event,
    EventMention,
    Sentence,
    ValueMention,
    utcnow,
)
from sukien.store.search import fold, index_article

MAX_ALIASES = 50
MERGE_CANDIDATES = 200  # stored events (same type and dyad) a new mention is compared with
CANDIDATE_DAYS = 31  # a dated mention is only compared with events dated this close (or undated)


@dataclass(slots=True)
class SaveResult:
    """``status``: "stored" (new article), "unchanged" (same content hash already stored)."""

    status: str
    article_id: int
    duplicate_of_id: int | None = None
    events_new: int = 0
    events_merged: int = 0


def save_document(
    session: Session, doc: Document, same_event: SameEvent, run_id: int | None = None
) -> SaveResult:
    """Store ``doc`` and all it carries, unless its content hash is already stored."""
    digest = doc.hash
    existing = session.scalar(select(Article.id).where(Article.hash == digest))
    if existing is not None:
        return SaveResult("unchanged", existing)

    meta = dict(doc.meta)
    signature = meta.pop("minhash", None)
    scheme_note = meta.get("minhash_scheme")
    art = Article(
        doc=doc.doc,
        hash=digest,
        title=doc.title,
        source=doc.source,
        url=doc.url,
        published=_iso_date(doc.published),
        dateline=doc.dateline,
        text=doc.text,
        path=doc.path,
        duplicate_of=doc.duplicate_of,
        duplicate_of_id=_resolve_article(session, doc.duplicate_of),
        paragraphs=[[p.start, p.end] for p in doc.paragraphs],
        removed=_jsonable(doc.removed),
        meta=_jsonable(meta),
        ingested_at=utcnow(),
        run_id=run_id,
    )
    session.add(art)
    session.flush()

    starts = [s.start for s in doc.sentences]
    # rows without relationships go in as bulk core inserts (the ORM unit of work is slow)
    if doc.sentences:
        session.execute(
            insert(Sentence),
            [
                {"article_id": art.id, "index": i, "start": x.start, "end": x.end, "text": x.text}
                for i, x in enumerate(doc.sentences)
            ],
        )

    with session.no_autoflush:
        keys = {entity_key(m) for m in doc.entities}
        known = {
            e.id: e for e in session.scalars(select(Entity).where(Entity.id.in_(keys)))
        } if keys else {}  # fmt: skip
        mentions = []
        for m in doc.entities:
            ent = _upsert_entity(session, m, known)
            ent.num_mentions += 1
            mentions.append(
                {
                    "article_id": art.id,
                    "entity_id": ent.id,
                    "type": m.type,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence": _sentence_index(starts, m.start),
                    "role": m.role,
                    "confidence": m.confidence,
                }
            )
        for key in keys:
            known[key].num_articles += 1
    session.flush()
    if mentions:
        session.execute(insert(EntityMention), mentions)
    if doc.values:
        session.execute(
            insert(ValueMention),
            [
                {
                    "article_id": art.id,
                    "type": v.type,
                    "text": v.text,
                    "start": v.start,
                    "end": v.end,
                    "sentence": _sentence_index(starts, v.start),
                    "value": _jsonable(v.value),
                }
                for v in doc.values
            ],
        )

    if signature is not None:
        hv, seed, scheme = _signature(signature, scheme_note)
        session.add(
            ArticleMinhash(
                article_id=art.id,
                num_perm=len(hv),
                seed=seed,
                scheme=scheme,
                hashvalues=hv.tobytes(),
            )
        )

    session.flush()
    result = SaveResult("stored", art.id, art.duplicate_of_id)
    for ev in doc.events:
        mention = _event_mention(art, ev, starts)
        session.add(mention)
        event, merged = _merge(session, art, ev, same_event)
        mention.event = event
        session.flush()
        _refresh_counts(session, event)
        if merged:
            result.events_merged += 1
        else:
            result.events_new += 1

    index_article(session, art)
    return result


# ---------------------------------------------------------------- helpers


def _full_day(s: str | None) -> date | None:
    if not s or len(s) != 10 or s.startswith("--"):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def _iso_date(s: str | None) -> str | None:
    """An ISO date-time ("2024-03-05T10:00+07:00") kept as its date; other values as given."""
    if s and len(s) > 10 and re.match(r"\d{4}-\d{2}-\d{2}[T ]", s):
        return s[:10]
    return s


def _resolve_article(session: Session, ref: str | None) -> int | None:
    """The stored article a dedup reference (doc id or content hash) points to."""
    if not ref:
        return None
    return session.scalar(
        select(Article.id)
        .where(or_(Article.doc == ref, Article.hash == ref))
        .order_by(Article.id.desc())
        .limit(1)
    )


def _sentence_index(starts: Sequence[int], offset: int | None) -> int | None:
    if not starts or offset is None:
        return None
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-") or "x"


def entity_key(m: EntityMention_) -> str:
    """The canonical id of a mention: its own, or ``TYPE:slug`` of its name for unlinked ones."""
    return m.id or f"{m.type}:{_slug(m.name or m.text)}"


def _upsert_entity(session: Session, m: EntityMention_, known: dict[str, Entity]) -> Entity:
    """The canonical row of ``m`` (from ``known``, else created), completed with what m knows."""
    key = entity_key(m)
    ent = known.get(key)
    if ent is None:
        ent = Entity(
            id=key,
            type=m.type,
            kind=m.kind,
            name=m.name or m.text,
            code=m.code,
            country=m.country,
            role=m.role if m.type == "PER" else None,
            aliases=[m.text],
            num_mentions=0,
            num_articles=0,
            first_seen=utcnow(),
        )
        session.add(ent)
        known[key] = ent
        return ent
    for attr in ("kind", "code", "country"):
        if getattr(ent, attr) is None and getattr(m, attr) is not None:
            setattr(ent, attr, getattr(m, attr))
    if ent.name is None and m.name:
        ent.name = m.name
    if m.type == "PER" and m.role and not ent.role:
        ent.role = m.role
    if m.text not in ent.aliases and len(ent.aliases) < MAX_ALIASES:
        ent.aliases = [*ent.aliases, m.text]
    return ent


def _span(sp: Span | None) -> list[int] | None:
    return None if sp is None else [sp.start, sp.end]


def _event_columns(ev: DocEvent) -> dict[str, Any]:
    """The columns an event mention and a merged event share."""
    a, r = ev.actor, ev.recipient
    return {
        "type": ev.type,
        "mode": ev.mode,
        "actor_code": a.code if a else None,
        "actor_name": a.name if a else None,
        "actor_role": a.role if a else None,
        "recipient_code": r.code if r else None,
        "recipient_name": r.name if r else None,
        "recipient_role": r.role if r else None,
        "date": _iso_date(ev.date),
        "location": ev.location,
        "topic": ev.topic,
        "modality": ev.modality,
        "quad_class": ev.quad_class,
        "score": ev.score,
    }


def _event_mention(art: Article, ev: DocEvent, starts: Sequence[int]) -> EventMention:
    evd = ev.evidence
    spans: dict[str, Any] = {k: _span(v) for k, v in evd.spans.items()}
    if evd.trigger is not None:
        spans["trigger"] = _span(evd.trigger)
    a, r = ev.actor, ev.recipient
    return EventMention(
        article_id=art.id,
        **_event_columns(ev),
        actor_entity=a.entity_id if a else None,
        recipient_entity=r.entity_id if r else None,
        date_source=ev.date_source,
        location_source=ev.location_source,
        quantities=_jsonable(ev.quantities),
        trigger=ev.trigger,
        sentence=evd.sentence,
        sentence_index=_sentence_index(starts, evd.start) if evd.part == "text" else None,
        start=evd.start,
        end=evd.end,
        part=evd.part,
        spans=spans,
        confidence=ev.confidence,
    )


def _merge(
    session: Session, art: Article, ev: DocEvent, same_event: SameEvent
) -> tuple[Event, bool]:
    """The stored event ``ev`` belongs to (decided by ``same_event``), or a new one."""
    _, a, b = candidate_key(ev)
    a_code, b_code = a or None, b or None
    dyad = and_(
        Event.actor_code.is_not_distinct_from(a_code),
        Event.recipient_code.is_not_distinct_from(b_code),
    )
    if ev.type in SYMMETRIC:
        dyad = or_(
            dyad,
            and_(
                Event.actor_code.is_not_distinct_from(b_code),
                Event.recipient_code.is_not_distinct_from(a_code),
            ),
        )
    stmt = select(Event.id).where(Event.type == ev.type, Event.modality == ev.modality, dyad)
    day = _full_day(ev.date)
    if day is not None:  # events dated far from this one cannot match; partial/undated can
        lo, hi = (str(day + timedelta(days=k)) for k in (-CANDIDATE_DAYS, CANDIDATE_DAYS))
        stmt = stmt.where(
            or_(
                Event.date.is_(None),
                func.length(Event.date) != 10,
                Event.date.startswith("--"),
                Event.date.between(lo, hi),
            )
        )
    ids = session.scalars(stmt.order_by(Event.id.desc()).limit(MERGE_CANDIDATES)).all()
    if ids:
        rows = session.execute(
            select(EventMention, Article.doc, Article.published)
            .join(Article, Article.id == EventMention.article_id)
            .where(EventMention.event_id.in_(ids))
            .order_by(EventMention.event_id.desc(), EventMention.id)
        )
        for m, doc, published in rows:
            if same_event(ev, mention_event(m, doc), art.published, published):
                event = session.get_one(Event, m.event_id)
                _fill(event, ev)
                return event, True
    now = utcnow()
    event = Event(
        **_event_columns(ev),
        confidence=ev.confidence,
        first_seen=now,
        last_seen=now,
        num_mentions=0,
        num_sources=0,
        num_articles=0,
    )
    session.add(event)
    return event, False


def _fill(e: Event, ev: DocEvent) -> None:
    """Complete a stored event with what a new mention knows and it did not."""
    for attr in ("mode", "location", "topic", "quad_class", "score"):
        if getattr(e, attr) is None and getattr(ev, attr) is not None:
            setattr(e, attr, getattr(ev, attr))
    # a full date beats a partial one
    if ev.date and (not e.date or (len(ev.date) > len(e.date) and not e.date.startswith("--"))):
        e.date = ev.date
    e.confidence = max(e.confidence, ev.confidence)
    e.last_seen = utcnow()


def _refresh_counts(session: Session, e: Event) -> None:
    row = session.execute(
        select(
            func.count(EventMention.id),
            func.count(func.distinct(EventMention.article_id)),
            func.count(func.distinct(func.coalesce(Article.source, Article.doc))),
        )
        .join(Article, Article.id == EventMention.article_id)
        .where(EventMention.event_id == e.id)
    ).one()
    e.num_mentions, e.num_articles, e.num_sources = int(row[0]), int(row[1]), int(row[2])


def _signature(sig: Any, note: Any = None) -> tuple[np.ndarray, int, str | None]:
    """(hashvalues as uint64, seed, scheme) of a signature.

    ``sig``: a datasketch MinHash/LeanMinHash, or the list of ints DedupStage puts in
    ``meta["minhash"]`` with ``meta["minhash_scheme"]`` = ``"affine32/seed=1/k=3"``.
    """
    seed = int(getattr(sig, "seed", 1))
    scheme = getattr(sig, "scheme", None)
    if isinstance(note, str) and note:
        parts = note.split("/")
        scheme = scheme or parts[0]
        for p in parts[1:]:
            key, _, val = p.partition("=")
            if key == "seed" and val.isdigit():
                seed = int(val)
    hv = getattr(sig, "hashvalues", sig)
    if isinstance(hv, bytes | bytearray | memoryview):
        return np.frombuffer(bytes(hv), dtype="<u8").copy(), seed, scheme
    return np.asarray(hv).astype("<u8"), seed, scheme


def _jsonable(v: Any) -> Any:
    """``v`` as plain JSON (dataclasses, spans, sets and dates turned into JSON values)."""

    def default(o: Any) -> Any:
        if isinstance(o, Span):
            return [o.start, o.end]
        if hasattr(o, "__dataclass_fields__"):
            return {k: getattr(o, k) for k in o.__dataclass_fields__}
        if isinstance(o, set | frozenset | tuple):
            return list(o)
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, np.ndarray):
            return o.tolist()
        if isinstance(o, np.generic):
            return o.item()
        return str(o)

    return json.loads(json.dumps(v, default=default, ensure_ascii=False))

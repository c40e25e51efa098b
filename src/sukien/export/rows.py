"""Flat rows of the store for exports: events (GDELT-like columns plus PLOVER fields and
evidence), event mentions, entities, articles; and the actor graph as a networkx graph.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session

from sukien.api import queries as Q
from sukien.store.models import Article, Entity, Event, EventMention
from sukien.ui.places import locate

# one row per merged event; evidence from its first mention (all mention docs listed)
EVENT_COLUMNS = [
    "event_id",
    "date",
    "sqldate",
    "actor1_code",
    "actor1_name",
    "actor1_role",
    "actor2_code",
    "actor2_name",
    "actor2_role",
    "event_type",
    "event_mode",
    "quad_class",
    "score",
    "topic",
    "modality",
    "confidence",
    "num_mentions",
    "num_sources",
    "num_articles",
    "action_geo_name",
    "action_geo_lat",
    "action_geo_lon",
    "source_url",
    "source",
    "doc",
    "article_id",
    "evidence_sentence",
    "evidence_start",
    "evidence_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "mention_docs",
]

MENTION_COLUMNS = [
    "mention_id",
    "event_id",
    "article_id",
    "doc",
    "source",
    "source_url",
    "published",
    "event_type",
    "event_mode",
    "actor1_code",
    "actor1_name",
    "actor1_role",
    "actor1_entity",
    "actor2_code",
    "actor2_name",
    "actor2_role",
    "actor2_entity",
    "date",
    "date_source",
    "location",
    "location_source",
    "topic",
    "modality",
    "quad_class",
    "score",
    "trigger",
    "sentence",
    "sentence_index",
    "start",
    "end",
    "spans",
    "quantities",
    "confidence",
]

ENTITY_COLUMNS = [
    "id",
    "type",
    "kind",
    "name",
    "code",
    "country",
    "role",
    "aliases",
    "num_mentions",
    "num_articles",
]

ARTICLE_COLUMNS = [
    "id",
    "doc",
    "hash",
    "title",
    "source",
    "url",
    "published",
    "dateline",
    "duplicate_of_id",
    "num_entities",
    "num_events",
    "text",
]


def _sqldate(d: str | None) -> int | None:
    if d and len(d) == 10 and d[4] == "-" and d[:4].isdigit():
        return int(d.replace("-", ""))
    return None


def _span(spans: dict[str, Any] | None, key: str) -> tuple[int | None, int | None]:
    sp = (spans or {}).get(key)
    return (sp[0], sp[1]) if isinstance(sp, list | tuple) and len(sp) == 2 else (None, None)


def event_rows(s: Session, f: Q.EventFilters | None = None) -> Iterator[dict[str, Any]]:
    """One flat row per merged event, newest first."""
    ids = (f or Q.EventFilters()).apply(select(Event.id))
    events = s.scalars(
        select(Event).where(Event.id.in_(ids)).order_by(Q.newest_first(s, Event.date), Event.id)
    ).all()
    by_event: dict[int, list[tuple[EventMention, Article]]] = {}
    rows = s.execute(
        select(EventMention, Article)
        .join(Article, Article.id == EventMention.article_id)
        .where(EventMention.event_id.in_(ids))
        .order_by(EventMention.id)
    )
    for m, a in rows:
        by_event.setdefault(m.event_id, []).append((m, a))
    for e in events:
        ms = by_event.get(e.id, [])
        m, a = ms[0] if ms else (None, None)
        geo = locate(e.location)
        ts, te = _span(m.spans if m else None, "trigger")
        yield {
            "event_id": e.id,
            "date": e.date,
            "sqldate": _sqldate(e.date),
            "actor1_code": e.actor_code,
            "actor1_name": e.actor_name,
            "actor1_role": e.actor_role,
            "actor2_code": e.recipient_code,
            "actor2_name": e.recipient_name,
            "actor2_role": e.recipient_role,
            "event_type": e.type,
            "event_mode": e.mode,
            "quad_class": e.quad_class,
            "score": e.score,
            "topic": e.topic,
            "modality": e.modality,
            "confidence": e.confidence,
            "num_mentions": e.num_mentions,
            "num_sources": e.num_sources,
            "num_articles": e.num_articles,
            "action_geo_name": geo[0] if geo else e.location,
            "action_geo_lat": geo[1] if geo else None,
            "action_geo_lon": geo[2] if geo else None,
            "source_url": a.url if a else None,
            "source": a.source if a else None,
            "doc": a.doc if a else None,
            "article_id": a.id if a else None,
            "evidence_sentence": m.sentence if m else None,
            "evidence_start": m.start if m else None,
            "evidence_end": m.end if m else None,
            "trigger": m.trigger if m else None,
            "trigger_start": ts,
            "trigger_end": te,
            "mention_docs": "|".join(dict.fromkeys(x.doc for _, x in ms)),
        }


def mention_rows(s: Session, f: Q.EventFilters | None = None) -> Iterator[dict[str, Any]]:
    """One row per event mention with its full evidence (spans and quantities as JSON)."""
    for m in Q.event_mentions(s, f):
        yield {
            "mention_id": m.id,
            "event_id": m.event_id,
            "article_id": m.article_id,
            "doc": m.doc,
            "source": m.source,
            "source_url": m.source_url,
            "published": m.published,
            "event_type": m.type,
            "event_mode": m.mode,
            "actor1_code": m.actor_code,
            "actor1_name": m.actor_name,
            "actor1_role": m.actor_role,
            "actor1_entity": m.actor_entity,
            "actor2_code": m.recipient_code,
            "actor2_name": m.recipient_name,
            "actor2_role": m.recipient_role,
            "actor2_entity": m.recipient_entity,
            "date": m.date,
            "date_source": m.date_source,
            "location": m.location,
            "location_source": m.location_source,
            "topic": m.topic,
            "modality": m.modality,
            "quad_class": m.quad_class,
            "score": m.score,
            "trigger": m.trigger,
            "sentence": m.sentence,
            "sentence_index": m.sentence_index,
            "start": m.start,
            "end": m.end,
            "spans": json.dumps(m.spans, ensure_ascii=False),
            "quantities": json.dumps(m.quantities, ensure_ascii=False),
            "confidence": m.confidence,
        }


def entity_rows(s: Session) -> Iterator[dict[str, Any]]:
    """One row per canonical entity (aliases joined with ``|``)."""
    for e in s.scalars(select(Entity).order_by(Entity.num_mentions.desc(), Entity.id)):
        yield {
            "id": e.id,
            "type": e.type,
            "kind": e.kind,
            "name": e.name,
            "code": e.code,
            "country": e.country,
            "role": e.role,
            "aliases": "|".join(str(x) for x in (e.aliases or [])),
            "num_mentions": e.num_mentions,
            "num_articles": e.num_articles,
        }


def article_rows(s: Session, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """One row per article with counts of its entity and event mentions."""
    from sqlalchemy import func

    from sukien.store.models import EntityMention

    ent_counts = dict(
        s.execute(
            select(EntityMention.article_id, func.count()).group_by(EntityMention.article_id)
        ).all()
    )
    ev_counts = dict(
        s.execute(
            select(EventMention.article_id, func.count()).group_by(EventMention.article_id)
        ).all()
    )
    for a in s.scalars(select(Article).order_by(Article.id)).yield_per(500):
        yield {
            "id": a.id,
            "doc": a.doc,
            "hash": a.hash,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published,
            "dateline": a.dateline,
            "duplicate_of_id": a.duplicate_of_id,
            "num_entities": ent_counts.get(a.id, 0),
            "num_events": ev_counts.get(a.id, 0),
            "text": a.text if with_text else None,
        }


def actor_graph(s: Session) -> nx.MultiDiGraph:
    """Actors as nodes, one directed edge per (actor, recipient, event type) with counts.

    Node attributes: label, type; edge attributes: event_type, weight (events), mean_score,
    quad_class (of the type), num_mentions — readable by Gephi.
    """
    from sqlalchemy import func

    g = nx.MultiDiGraph(name="sukien actor graph")
    names = Q.actor_names(s)
    kinds = dict(
        s.execute(
            select(Entity.code, Entity.type).where(
                Entity.code.is_not(None), Entity.type.in_(("GPE", "ORG"))
            )
        ).all()
    )
    rows = s.execute(
        select(
            Event.actor_code,
            Event.recipient_code,
            Event.type,
            func.count(),
            func.avg(Event.score),
            func.max(Event.quad_class),
            func.sum(Event.num_mentions),
        )
        .where(Event.actor_code.is_not(None), Event.recipient_code.is_not(None))
        .group_by(Event.actor_code, Event.recipient_code, Event.type)
        .order_by(Event.actor_code, Event.recipient_code, Event.type)
    ).all()
    for a, r, t, n, mean, quad, nm in rows:
        for code in (a, r):
            if code not in g:
                g.add_node(code, label=names.get(code, code), type=kinds.get(code, "UNKNOWN"))
        g.add_edge(
            a,
            r,
            key=t,
            event_type=t,
            weight=int(n),
            mean_score=float(mean) if mean is not None else 0.0,
            quad_class=int(quad or 0),
            num_mentions=int(nm or 0),
        )
    return g

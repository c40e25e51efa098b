"""The stable JSON form of an extracted article (``sukien extract --format jsonl``).

Field names are a contract other tools rely on (see DEVELOPERS.md); add fields, never rename.
"""

from __future__ import annotations

from typing import Any

from sukien.document import Actor, Document, Entity, Event

ENTITY_FIELDS = ("text", "type", "start", "end", "id", "name", "code", "country", "role", "kind")


def entity_json(e: Entity) -> dict[str, Any]:
    d: dict[str, Any] = {f: getattr(e, f) for f in ENTITY_FIELDS}
    if e.value is not None:
        d["value"] = e.value
    return d


def actor_json(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"code": a.code, "name": a.name, "role": a.role}


def event_json(ev: Event) -> dict[str, Any]:
    evd = ev.evidence
    evidence: dict[str, Any] = {
        "doc": evd.doc,
        "sentence": evd.sentence,
        "start": evd.start,
        "end": evd.end,
        "part": evd.part,
    }
    if evd.trigger is not None:
        evidence["trigger"] = [evd.trigger.start, evd.trigger.end]
    for k, sp in evd.spans.items():
        evidence[k] = [sp.start, sp.end]
    return {
        "type": ev.type,
        "mode": ev.mode,
        "actor": actor_json(ev.actor),
        "recipient": actor_json(ev.recipient),
        "date": ev.date,
        "date_source": ev.date_source,
        "location": ev.location,
        "location_source": ev.location_source,
        "topic": ev.topic,
        "modality": ev.modality,
        "quad_class": ev.quad_class,
        "score": ev.score,
        "quantities": ev.quantities,
        "trigger": ev.trigger,
        "evidence": evidence,
        "confidence": round(ev.confidence, 3),
    }


def document_json(doc: Document) -> dict[str, Any]:
    """One line of ``sukien extract --format jsonl``."""
    return {
        "doc": doc.doc,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "dateline": doc.dateline,
        "text": doc.text,
        "hash": doc.hash,
        "duplicate_of": doc.duplicate_of,
        "entities": [entity_json(e) for e in doc.entities],
        "values": [entity_json(e) for e in doc.values],
        "events": [event_json(e) for e in doc.events],
    }

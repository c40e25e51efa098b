"""The store's side of merging event mentions into real-world events.

The decision is the events package's pure function ``sukien.events.merge.same_event(a, b,
a_published, b_published)`` over two mentions (``sukien.document.Event``) and the publication
dates of their articles; only mentions with equal ``candidate_key`` (type + dyad, sorted for
symmetric types) can match. The store looks up stored events with the same key, rebuilds their
mentions as ``Event`` objects, and attaches the new mention to the first event one of whose
mentions ``same_event`` accepts (as ``sukien.events.merge.Merger`` does in memory).
"""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Actor, Event, Evidence, Span
from sukien.events.merge import SYMMETRIC, candidate_key, same_event

SameEvent = Callable[[Event, Event, str | None, str | None], bool]

__all__ = ["SYMMETRIC", "SameEvent", "candidate_key", "load_same_event", "mention_event"]


def load_same_event() -> SameEvent:
    """The merge decision the store uses by default."""
    return same_event


def mention_event(m: object, doc: str) -> Event:
    """A stored ``EventMention`` row as the ``Event`` the pipeline had made (for merging)."""
    g = m.__getattribute__
    spans = g("spans") or {}
    trig = spans.get("trigger")
    return Event(
        type=g("type"),
        mode=g("mode"),
        actor=Actor(g("actor_code"), g("actor_name"), g("actor_role"), g("actor_entity")),
        recipient=Actor(
            g("recipient_code"), g("recipient_name"), g("recipient_role"), g("recipient_entity")
        ),
        evidence=Evidence(
            doc,
            g("sentence"),
            g("start"),
            g("end"),
            Span(*trig) if trig else None,
            part=g("part") or "text",
        ),
        date=g("date"),
        date_source=g("date_source"),
        location=g("location"),
        location_source=g("location_source"),
        topic=g("topic"),
        modality=g("modality"),
        quad_class=g("quad_class"),
        score=g("score"),
        quantities=list(g("quantities") or []),
        confidence=g("confidence"),
        trigger=g("trigger"),
    )

"""Dates from context: an event its own sentence leaves undated takes the date the article gives
it elsewhere.

News states the date once, in the lead ("Ngày 27/4, Gazprom thông báo …"), and goes on without
it: the headline, the paragraphs that tell the same event again and the ones that carry the
story on. The coder dates an event only from its own sentence (``Coder._date``), so half the
events a careful reader dates had none (on the annotated sets 63-81, 321 of the 671 dated gold
events the coder found). For each event with no date, in order:

1. ``same``: the date of another mention of the same event (type and parties, either order
   for the symmetric types), the first in the text;
2. ``pair``: the date of the first dated event between the same two parties;
3. ``lead``: the news date, the first date of the first two body sentences.

Only day-level dates travel (``YYYY-MM-DD`` or ``--MM-DD``), never a bare year or month, nor a
date introduced as a deadline or a bound ("trước/đến/từ ngày …"); only asserted events are
dated (a planned visit is not dated by the talks that announced it). Dates a sentence states
keep ``date_source="sentence"``; dates taken here get ``"context"``, so an analyst can tell them
apart. Reads ``Document.sentences``, ``values`` and ``events``; writes ``Event.date`` and
``Event.date_source``. (Taking the last date stated before the event's sentence instead of the
lead's, or the last one in its paragraph, measured the same or worse on sets 35-81.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sukien.document import Document, Event
from sukien.events.merge import candidate_key

DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")
# words before a date that make it a bound or a deadline, not the date of an event ("trước
# ngày 5/3", "từ ngày 22 đến 24-10"); the coder reads them too (``Coder._date``)
DATE_BOUND = re.compile(
    r"(?:^|\s)(?:trước|sau|đến|tới|từ|cho tới|kể từ|giai đoạn)(?:\s+(?:ngày|hôm))?\s*$"
)
LEAD_SENTENCES = 2


def _pair(ev: Event) -> frozenset[str]:
    codes = (ev.actor.code if ev.actor else None, ev.recipient.code if ev.recipient else None)
    return frozenset(c for c in codes if c)


def stated_dates(doc: Document) -> list[tuple[int, str]]:
    """``(offset, value)`` of every day-level date the body states as a date of something."""
    out = []
    for v in doc.values:
        val = str(v.value or "")
        if v.type != "DATE" or v.start is None or not DAY.fullmatch(val):
            continue
        if DATE_BOUND.search(doc.text[max(0, v.start - 20) : v.start].lower()):
            continue
        out.append((v.start, val))
    return sorted(out)


def lead_date(doc: Document, dates: list[tuple[int, str]]) -> str | None:
    """The first date of the first body sentences (``LEAD_SENTENCES`` of them)."""
    if not doc.sentences:
        return None
    end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
    return next((val for start, val in dates if start < end), None)


def text_order(ev: Event) -> tuple[int, int]:
    """Body mentions in text order, then headline ones."""
    return (ev.evidence.part != "text", ev.evidence.start)


def date_from_context(doc: Document, events: Iterable[Event]) -> int:
    """Date ``events`` (of ``doc``) their sentences leave undated; returns how many it dated."""
    events = sorted(events, key=text_order)
    for ev in events:
        if ev.date and ev.date_source is None:  # the coder's: stated there, or its dyad's
            ev.date_source = "sentence" if "date" in ev.evidence.spans else "context"
    dates = stated_dates(doc)
    lead = lead_date(doc, dates)
    same: dict[tuple[str, ...], str] = {}
    pair: dict[frozenset[str], str] = {}
    for ev in events:
        if ev.date and DAY.fullmatch(ev.date):
            same.setdefault(candidate_key(ev), ev.date)
            pair.setdefault(_pair(ev), ev.date)
    n = 0
    for ev in events:
        if ev.date or ev.modality != "asserted":
            continue  # a planned or hoped-for event is not dated by what did happen
        date = same.get(candidate_key(ev))
        if date is None and len(_pair(ev)) == 2:
            date = pair.get(_pair(ev))
        if date is None:
            date = lead
        if date is not None:
            ev.date, ev.date_source = date, "context"
            n += 1
    return n

"""Merging event mentions into real-world events (GDELT's NumMentions / NumSources).

The same meeting reported by five articles (or twice in one) is one event with five mentions.
Two mentions are the same event when they agree on **type**, **dyad** (actor and recipient
codes; either order for the symmetric types CONSULT, AGREE, COOPERATE), **modality** (an
announced visit is not the visit), **date** within a window and **place** (when both name one;
one place inside the other, "Tehran" and "Iran", is the same place told more or less precisely).
Text similarity is never used: two articles quoting the same press release about different
meetings stay apart, and two differently-worded reports of one meeting come together.

Interface (small on purpose; the store calls it incrementally when it saves a document):

* ``candidate_key(ev) -> tuple[str, str, str]``: type and dyad (sorted for symmetric types).
  Only mentions with equal keys can be the same event: index stored events by it.
* ``same_event(a, b, a_published=None, b_published=None) -> bool``: the decision for two
  mentions with equal keys. ``*_published`` are the publication dates of their articles,
  used when a mention has no event date (an article reports an event on or a few days after
  the day it happens).
* ``Merger``: an in-memory merger for a batch (``add`` then ``events``), and
  ``merge_events(items)`` as a one-call helper. A ``MergedEvent`` keeps every ``MentionRef``
  and counts mentions, articles and sources.

Dates: full ISO days match within ``WINDOW_DAYS``; partial dates match a full date they are a
prefix or month-day of ("--05-19" ~ "2018-05-19", "2018-05" ~ "2018-05-19"); ISO weeks match
the days of that week. A mention with no date at all matches only by publication dates (within
``WINDOW_DAYS``) or, with no dates anywhere, only inside the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sukien.document import Event
from sukien.entities.kb import lookup

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
WINDOW_DAYS = 3


def candidate_key(ev: Event) -> tuple[str, str, str]:
    """(type, actor code, recipient code); the dyad sorted for symmetric types."""
    a = (ev.actor.code if ev.actor else None) or ""
    b = (ev.recipient.code if ev.recipient else None) or ""
    if ev.type in SYMMETRIC:
        a, b = sorted((a, b))
    return ev.type, a, b


def _day(s: str | None) -> date | None:
    if not s or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[:10]) or len(s) < 10:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _week_days(s: str) -> tuple[date, date] | None:
    m = re.fullmatch(r"(\d{4})-W(\d{2})", s)
    if not m:
        return None
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def dates_compatible(a: str, b: str, window: int = WINDOW_DAYS) -> bool:
    """Can the event dates ``a`` and ``b`` (ISO, possibly partial) name the same day?"""
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= window
    for x, y, dy in ((a, b, db), (b, a, da)):
        wk = _week_days(x)
        if wk is not None:
            if dy is not None:
                return wk[0] - timedelta(days=window) <= dy <= wk[1] + timedelta(days=window)
            return x == y
    if a.startswith("--") or b.startswith("--"):  # month(-day) without a year
        ma, mb = _month_day(a), _month_day(b)
        return bool(ma and mb) and (ma.startswith(mb) or mb.startswith(ma))
    return a.startswith(b) or b.startswith(a)  # "2018-05" ~ "2018-05-19", "2018" ~ …


def _month_day(s: str) -> str:
    return s[2:] if s.startswith("--") else s[5:]


def _published_near(event_date: str, published: str, window: int) -> bool:
    """Was an article published on ``published`` about an event dated ``event_date``?"""
    de, dp = _day(event_date), _day(published)
    if de and dp:
        return -1 <= (dp - de).days <= window
    return dates_compatible(event_date, published, window)


def lies_in(place: str, state: str) -> bool:
    """Whether the knowledge base puts ``place`` in ``state`` ("Tehran" in "Iran")."""
    states = {e.code for e in lookup(state) if e.type == "GPE" and e.code}
    return any(e.country in states for e in lookup(place))


def places_compatible(a: str | None, b: str | None) -> bool:
    """Whether two event places can be one: either unknown, the same place under any of its
    names, or a place and the state it lies in ("Tehran" and "Iran")."""
    if not a or not b or a.casefold().strip() == b.casefold().strip():
        return True
    if {e.id for e in lookup(a)} & {e.id for e in lookup(b)}:
        return True
    return lies_in(a, b) or lies_in(b, a)


def same_event(
    a: Event, b: Event, a_published: str | None = None, b_published: str | None = None
) -> bool:
    """Are the mentions ``a`` and ``b`` reports of one real-world event? (pure)"""
    if candidate_key(a) != candidate_key(b) or a.modality != b.modality:
        return False
    if "" in candidate_key(a)[1:]:
        return False  # an event with a side missing cannot be identified
    if not places_compatible(a.location, b.location):
        return False
    same_doc = a.evidence.doc == b.evidence.doc
    if a.date and b.date:
        return dates_compatible(a.date, b.date)
    if a.date and b_published:
        return _published_near(a.date, b_published, WINDOW_DAYS)
    if b.date and a_published:
        return _published_near(b.date, a_published, WINDOW_DAYS)
    if a_published and b_published and not (a.date or b.date):
        da, db = _day(a_published), _day(b_published)
        if da and db:
            return abs((da - db).days) <= WINDOW_DAYS
    return same_doc


@dataclass(slots=True)
class MentionRef:
    """One mention of an event, with what is known about its article."""

    event: Event
    published: str | None = None
    source: str | None = None


@dataclass(slots=True)
class MergedEvent:
    """A real-world event and every mention of it."""

    event: Event
    mentions: list[MentionRef] = field(default_factory=list)

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.event.evidence.doc for m in self.mentions})

    @property
    def num_sources(self) -> int:
        """Distinct outlets (the article's id stands in when its outlet is unknown)."""
        return len({m.source or m.event.evidence.doc for m in self.mentions})

    @property
    def date(self) -> str | None:
        """The most precise date among the mentions."""
        dates = [m.event.date for m in self.mentions if m.event.date]
        return max(dates, key=lambda d: (_day(d) is not None, len(d)), default=None)

    def matches(self, ref: MentionRef) -> bool:
        return any(
            same_event(m.event, ref.event, m.published, ref.published) for m in self.mentions
        )


class Merger:
    """Incremental in-memory merging: ``add`` mentions, read ``events``."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str, str], list[MergedEvent]] = {}
        self._order: list[MergedEvent] = []

    def add(
        self, event: Event, published: str | None = None, source: str | None = None
    ) -> MergedEvent:
        """File one mention; return the event it now belongs to (new or existing)."""
        ref = MentionRef(event, published, source)
        bucket = self._by_key.setdefault(candidate_key(event), [])
        for merged in bucket:
            if merged.matches(ref):
                merged.mentions.append(ref)
                if event.confidence > merged.event.confidence:
                    merged.event = event
                return merged
        merged = MergedEvent(event, [ref])
        bucket.append(merged)
        self._order.append(merged)
        return merged

    @property
    def events(self) -> list[MergedEvent]:
        return list(self._order)


def merge_events(
    items: Iterable[Event | tuple[Event, str | None] | tuple[Event, str | None, str | None]],
) -> list[MergedEvent]:
    """Merge a batch: events, or (event, published[, source]) tuples."""
    m = Merger()
    for it in items:
        if isinstance(it, Event):
            m.add(it)
        else:
            m.add(*it)
    return m.events

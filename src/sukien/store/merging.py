"""The store's side of merging event mentions into real-world events.

The decision "is this mention the same event as that stored one?" is one pure function,
``same_event(a, b, a_published, b_published) -> bool`` over two ``sukien.document.Event``
objects and the publication dates of their articles (for mentions without an event date).
The events package owns it (``sukien.events.merge.same_event``); until it exists, the
conservative rule below is used: same type, same dyad (either order for symmetric types),
dates within a small window, same place when both name one. Text is never compared.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date

from sukien.document import Event

SameEvent = Callable[[Event, Event, str | None, str | None], bool]

# types whose actor/recipient order carries no meaning ("A meets B" = "B meets A")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
WINDOW_DAYS = 3


def _day(s: str | None) -> date | None:
    if not s or len(s) != 10 or s.startswith("--"):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def _code(actor: object) -> str | None:
    return getattr(actor, "code", None)


def _dates_agree(a: str | None, b: str | None, window: int) -> bool:
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= window
    if a and b:  # partial dates: one must extend the other ("2024-03" ~ "2024-03-05")
        return a.startswith(b) or b.startswith(a)
    return False


def default_same_event(
    a: Event, b: Event, a_published: str | None = None, b_published: str | None = None
) -> bool:
    """Conservative merge rule used until ``sukien.events.merge`` provides one."""
    if a.type != b.type or a.modality != b.modality:
        return False
    dyad_a = (_code(a.actor), _code(a.recipient))
    dyad_b = (_code(b.actor), _code(b.recipient))
    if None in dyad_a or None in dyad_b:
        return False
    if dyad_a != dyad_b and not (a.type in SYMMETRIC and dyad_a == dyad_b[::-1]):
        return False
    if a.date or b.date:
        if not (a.date and b.date and _dates_agree(a.date, b.date, WINDOW_DAYS)):
            return False
    elif not (a_published and b_published and _dates_agree(a_published, b_published, 1)):
        return False
    return not (a.location and b.location and a.location != b.location)


def load_same_event() -> SameEvent:
    """``sukien.events.merge.same_event`` if the events package provides it, else the default."""
    try:
        mod = importlib.import_module("sukien.events.merge")
    except ImportError:
        return default_same_event
    fn = getattr(mod, "same_event", None)
    return fn if callable(fn) else default_same_event

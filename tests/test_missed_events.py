"""bench/missed_events.py: how a trigger of a missed event's type was coded instead."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sukien.document import Actor, Event, Evidence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("missed_events", ROOT / "bench" / "missed_events.py")
assert spec and spec.loader
missed_events = importlib.util.module_from_spec(spec)
spec.loader.exec_module(missed_events)


def ev(typ: str, a: str, b: str, modality: str = "asserted") -> Event:
    evidence = Evidence(doc="t", sentence="", start=0, end=0)
    return Event(typ, None, Actor(a), Actor(b), evidence, modality=modality)


@pytest.mark.parametrize(
    ("coded", "how"),
    [
        ([ev("ACCUSE", "USA", "CHN")], "threshold"),
        ([ev("ACCUSE", "USA", "CHN", "planned")], "modality:planned"),
        ([ev("ACCUSE", "CHN", "USA")], "reversed"),
        ([ev("ACCUSE", "USA", "RUS")], "one-party-wrong"),
        ([ev("ACCUSE", "RUS", "IRN")], "other-parties"),
        ([ev("REQUEST", "USA", "CHN")], "other-type"),
        ([ev("REQUEST", "USA", "CHN"), ev("ACCUSE", "CHN", "USA")], "reversed"),
        ([ev("CONSULT", "CHN", "USA")], "threshold"),  # symmetric: either order is the pair
    ],
)
def test_how_coded(coded: list[Event], how: str) -> None:
    types = {coded[-1].type} if how != "other-type" else {"ACCUSE"}
    assert missed_events._how_coded(coded, "USA", "CHN", types) == how

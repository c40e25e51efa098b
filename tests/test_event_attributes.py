"""bench/event_attributes.py: the dates and places of the events found, against a gold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

import eval_heldout  # noqa: E402
import event_attributes as ea  # noqa: E402


def test_dates_compare_on_day_and_year_when_both_have_one() -> None:
    assert ea.same_date("2024-05-14", "--05-14")
    assert ea.same_date("--05-14", "--05-14")
    assert not ea.same_date("2023-05-14", "2024-05-14")
    assert not ea.same_date("2024-05", "--05-14")  # a month is no day
    assert not ea.same_date(None, "--05-14")


def test_places_compare_through_the_knowledge_base() -> None:
    assert ea.place_key("Ukraine") == ea.place_key("Ukraina")
    assert ea.place_within("Serbia", "Belgrade")
    assert not ea.place_within("Belgrade", "Serbia")  # a city for its state is not right
    assert not ea.place_within("Hungary", "Belgrade")


def test_found_events_are_scored_on_their_attributes() -> None:
    if not (SHARED / "tools" / "score_extract.py").is_file():
        pytest.skip("../shared/tools/score_extract.py is absent")
    scorer = eval_heldout.load_scorer(SHARED)
    gold = {
        "documents": [
            {
                "doc": "d",
                "entities": [],
                "events": [
                    {
                        "type": "CONSULT",
                        "actors": ["VNM", "FJI"],
                        "required": True,
                        "date": "--04-26",
                        "location": "Suva",
                    },
                    {
                        "type": "ACCUSE",
                        "actors": ["POL", "RUS"],
                        "required": True,
                        "date": "--05-14",
                    },
                    {"type": "AID", "actors": ["JPN", "FJI"], "required": True, "date": "--05-01"},
                ],
            }
        ]
    }
    preds = {
        "d": {
            "events": [
                {
                    "type": "CONSULT",
                    "actor": {"code": "FJI"},
                    "recipient": {"code": "VNM"},
                    "date": "2025-04-26",
                    "location": "Fiji",
                },
                {
                    "type": "ACCUSE",
                    "actor": {"code": "POL"},
                    "recipient": {"code": "RUS"},
                    "date": "--05-15",
                    "location": None,
                },
            ]
        }
    }
    r = ea.attribute_scores(scorer, gold, preds)
    # the AID is not found, so its date is not asked for
    assert (r["date"]["gold"], r["date"]["found"], r["date"]["predicted"]) == (2, 1, 2)
    assert r["date"]["recall"] == 0.5 and r["date"]["precision"] == 0.5
    assert (r["place"]["gold"], r["place"]["found"], r["place"]["predicted"]) == (1, 0, 1)
    assert r["place"]["precision_within"] == 1.0  # Fiji holds Suva: coarse, not wrong

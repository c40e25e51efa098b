"""Quality floor on the hand-annotated seed articles (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SEEDS = SHARED / "corpus" / "seeds"
SCORER = SHARED / "tools" / "score_extract.py"
# measured 1.0 on 2026-11-23, 0.976 until the twelfth session (2026-12-07), 0.952 since: the
# learned pair model (events/pairs.py) adds one arguable SUPPORT ("Putin khẳng định Philippines
# là một đối tác quan trọng của Nga", probability 0.50) that the gold leaves out, while it gains
# 0.016 on six blind sets; 0.976 again since the thirteenth session's refit on 38 sets (its
# threshold is 0.50); held-out news is the real test (issue #4 asks 0.90 here)
EVENT_F1_FLOOR = 0.97


def test_event_f1_on_the_seeds() -> None:
    if not (GOLD.exists() and SEEDS.exists() and SCORER.exists()):
        pytest.skip("../shared (seeds, gold, scorer) is not available")
    from sukien.runner import process
    from sukien.serialize import document_json

    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    scorer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    preds: dict[str, dict] = {}
    process([str(SEEDS)], lambda d: preds.__setitem__(d.doc, document_json(d)))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    result = scorer.score(gold, preds)
    assert result["event_f1"] >= EVENT_F1_FLOOR, result["docs"]

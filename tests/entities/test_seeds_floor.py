"""Entity quality floor on the hand-annotated seed articles (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sukien.serialize import document_json

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SCORER = SHARED / "tools" / "score_extract.py"
SEEDS = SHARED / "corpus" / "seeds"
# measured 1.0 (P and R) on 2026-11-23 and since; one spurious entity (of ~85) gives P 0.988
ENTITY_F1_FLOOR = 0.995
ENTITY_P_FLOOR = 0.995


def test_entity_f1_on_seeds() -> None:
    if not (GOLD.exists() and SCORER.exists() and SEEDS.exists()):
        pytest.skip("../shared (gold seeds and scorer) is absent")
    from sukien.runner import process

    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    preds: dict[str, dict] = {}
    report = process(
        [str(SEEDS)],
        lambda d: preds.__setitem__(d.doc, json.loads(json.dumps(document_json(d)))),
        stages=["clean", "nlp", "entities"],
    )
    assert report.out == 5
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    r = scorer.score(gold, preds)
    assert r["entity_p"] >= ENTITY_P_FLOOR, r
    assert r["entity_f1"] >= ENTITY_F1_FLOOR, r

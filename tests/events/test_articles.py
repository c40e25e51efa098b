"""Event F1 on articles written for these tests (tests/events/data), through the whole pipeline.

The gold was annotated before the coder was run on them; scoring follows
shared/tools/score_extract.py: (type, actor, recipient), unordered for symmetric types,
optional gold events neither rewarded nor penalised, spurious predictions counted once per key.
"""

from __future__ import annotations

import json
from pathlib import Path

from sukien.runner import process

DATA = Path(__file__).parent / "data"
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# first (blind) runs by batch: .941 .75 .857 .917 .545 .667 .824 .889 .6 .625 .8; all 0.97 once.
# 0.936 with no confidence floor; 0.923 since the model's threshold is 0.5 (seventh 2026-12-06
# session): it drops four true COOPERATE/COERCE events under 0.5 here (tp 124 -> 120, fp 14 -> 13)
# for fresh news's sake (blind 45-50 0.668 -> 0.711: see confidence.json's threshold_note)
# 0.920 with the eighth session's refit on blind-coded rows (threshold 0.45; tp 120, fp 14):
# joint drills (COOPERATE) rank low, since COOPERATE is often uncoded by annotators of fresh
# news (22 of 57 true); blind 51-56 0.686 -> 0.697 for it.
# 0.909 with the twelfth session's learned pair model (tp 120, fp 14 -> 17: e.g. PROTEST for
# "Việt Nam kiên quyết phản đối việc Trung Quốc tổ chức tập trận", which our gold codes as
# another type); six blind sets 0.643 -> 0.659 for it. 0.906 with its refit on 38 sets
# (thirteenth session; tp 120, fp 18).
EVENT_F1_FLOOR = 0.90


def _key(t: str, a: str, b: str) -> tuple[str, str, str]:
    if t in SYMMETRIC:
        a, b = sorted((a, b))
    return t, a, b


def test_event_f1_on_our_articles() -> None:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    preds: dict[str, set[tuple[str, str, str]]] = {}

    def sink(doc) -> None:  # noqa: ANN001
        preds[doc.doc] = {
            _key(e.type, e.actor.code or "", e.recipient.code or "") for e in doc.events
        }

    process([str(DATA / "articles")], sink)
    tp = fp = fn = 0
    for g in gold["documents"]:
        got = preds.get(g["doc"], set())
        alts = []
        for e in g["events"]:
            types = e["type"] if isinstance(e["type"], list) else [e["type"]]
            alts.append((e["required"], {_key(t, *e["actors"]) for t in types}))
        allowed = set().union(*(k for _, k in alts))
        tp += sum(1 for r, k in alts if r and k & got)
        fn += sum(1 for r, k in alts if r and not k & got)
        fp += len(got - allowed)
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"event F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert f1 >= EVENT_F1_FLOOR, (tp, fp, fn, preds)

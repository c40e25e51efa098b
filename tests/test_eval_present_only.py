"""bench/eval_heldout.py --present-only scores a partly restored set on the texts present."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(
    not (SHARED / "tools" / "score_extract.py").is_file(), reason="../shared scorer is absent"
)
def test_present_only_leaves_out_missing_texts(tmp_path: Path) -> None:
    here = tmp_path / "a.txt"
    here.write_text("Tin\n\nMỹ trừng phạt Iran.\n", encoding="utf-8")
    event = {"type": "SANCTION", "actors": ["USA", "IRN"], "required": True}
    docs = [
        {"doc": "a", "path": str(here), "entities": [], "events": [event]},
        {"doc": "b", "path": str(tmp_path / "gone.txt"), "entities": [], "events": [event]},
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    line = {
        "doc": "a",
        "entities": [],
        "events": [{"type": "SANCTION", "actor": {"code": "USA"}, "recipient": {"code": "IRN"}}],
    }
    pred.write_text(json.dumps(line) + "\n", encoding="utf-8")

    def run(*extra: str) -> dict:
        cmd = [sys.executable, str(ROOT / "bench" / "eval_heldout.py"), "--gold", str(gold)]
        out = subprocess.run([*cmd, "--pred", str(pred), *extra], capture_output=True, text=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    whole, present = run(), run("--present-only")
    assert (whole["documents"], whole["event_r"]) == (2, 0.5)
    assert (present["documents"], present["event_r"], present["event_f1"]) == (1, 1.0, 1.0)

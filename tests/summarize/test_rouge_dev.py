"""Dev-set quality floor: ROUGE-2 F of the summaries on a fixed fifth of the ViMs dev clusters.

Reads ``../shared/corpus/vims-dev`` and scores with ``../shared/tools/rouge_vi.py`` (200
syllables); skipped when they are absent. Full-set figures: ``python bench/rouge_dev.py``.
Raise the floor when the figure improves.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sukien.summarize import read_cluster, summarize_cluster

SHARED = Path(__file__).resolve().parents[3] / "shared"
DATA = SHARED / "corpus" / "vims-dev"
ROUGE = SHARED / "tools" / "rouge_vi.py"
# measured 0.4388 (in-sample: the model is fitted on all 100 dev clusters); 0.4414 before the
# sentence cues (reported/date/future), which raise 5-fold CV over all 100 clusters by +0.003
R2_FLOOR = 0.438


def _rouge():
    spec = importlib.util.spec_from_file_location("rouge_vi", ROUGE)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_rouge2_floor_on_a_fixed_fifth_of_vims_dev() -> None:
    if not DATA.is_dir() or not ROUGE.is_file():
        pytest.skip(f"{DATA} or {ROUGE} absent")
    rouge = _rouge()
    names = sorted(p.name for p in DATA.iterdir() if (p / "refs").is_dir())[::5]
    total = 0.0
    for name in names:
        docs, _ = read_cluster(DATA / name)
        summary = summarize_cluster(docs, 200)
        assert summary.syllables <= 200
        total += rouge.score(summary.text, rouge.read_refs(str(DATA / name)))["R2"]["f"]
    r2 = total / len(names)
    print(f"ROUGE-2 F on {len(names)} dev clusters: {r2:.4f}")
    assert r2 >= R2_FLOOR

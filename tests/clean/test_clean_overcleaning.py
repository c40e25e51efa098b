"""Over-cleaning guard: on already clean news text (vims-dev documents) almost nothing goes.

The vims-dev documents are article bodies with little boilerplate, so what the cleaner removes
there is a ceiling on how much article text it can wrongly drop. Skips when ``../shared`` is
absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sukien.clean.stage import CleanStage
from sukien.document import Document
from sukien.ingest import read_paths

VIMS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "vims-dev"


@pytest.mark.skipif(not VIMS.is_dir(), reason="../shared is absent")
def test_removes_under_half_a_percent_of_clean_news() -> None:
    clusters = sorted(p for p in VIMS.iterdir() if p.is_dir())[:30]
    stage = CleanStage()
    total = removed = n = 0
    for item in read_paths([str(c / "docs") for c in clusters]):
        assert isinstance(item, Document), item
        out = stage.process(item)
        assert out is not None
        n += 1
        total += len("".join(item.raw.split()))
        removed += sum(
            len("".join(r["text"].split())) for r in out.removed if r["reason"] != "title-repeat"
        )
    assert n > 150
    assert removed / total < 0.005

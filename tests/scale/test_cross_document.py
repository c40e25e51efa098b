"""Every stage Ray runs in parallel gives each article the same result whatever it read before.

Ray splits the articles over actors, so a stage that remembers earlier articles (an index, a
memory) gives other results there unless it runs on the driver. This checks, stage by stage on
our corpus, that a stage instance that has read the earlier articles and a fresh one agree on
each article, for every stage the planner would run in parallel. A new memory in a stage
fails here until the stage declares ``cross_document`` (see DEVELOPERS.md).
"""

from __future__ import annotations

import copy
from pathlib import Path

from sukien.document import Document
from sukien.ingest import read_paths
from sukien.pipeline import DEFAULT_CHAIN
from sukien.scale.plan import on_driver
from sukien.scale.workers import SegmentPipeline


def _fresh(name: str):  # noqa: ANN202
    return SegmentPipeline.build((name,)).stages[0]


def test_parallel_stages_keep_no_memory_of_earlier_articles(corpus: Path) -> None:
    docs = [d for d in read_paths([str(corpus)]) if isinstance(d, Document)]
    assert len(docs) >= 5
    checked = []
    for name in DEFAULT_CHAIN:
        shared = _fresh(name)
        together = [shared.process(copy.deepcopy(d)) for d in docs]
        if not on_driver(name, exact=True):
            alone = [_fresh(name).process(copy.deepcopy(d)) for d in docs]
            assert together == alone, f"stage {name!r} remembers earlier articles"
            checked.append(name)
        docs = [d for d in together if d is not None]
    assert "nlp" in checked and "dedup" not in checked

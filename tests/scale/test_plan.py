"""Splitting a chain into cluster and driver parts (no Ray needed)."""

from __future__ import annotations

import pytest

from sukien.pipeline import DEFAULT_CHAIN, STAGES, PipelineError
from sukien.scale.plan import Segment, on_driver, split_chain


def test_dedup_runs_on_the_driver_between_cluster_parts() -> None:
    segs = split_chain(("clean", "dedup", "nlp"))
    assert segs == [
        Segment("cluster", ("clean",)),
        Segment("driver", ("dedup",)),
        Segment("cluster", ("nlp",)),
    ]


def test_per_document_stages_stay_together() -> None:
    assert split_chain(("clean", "nlp")) == [Segment("cluster", ("clean", "nlp"))]
    assert not on_driver("nlp")
    assert on_driver("dedup") and on_driver("dedup", exact=False)


def test_people_memory_runs_on_the_driver_only_when_exact() -> None:
    assert [s.where for s in split_chain(DEFAULT_CHAIN)] == [
        "cluster",  # clean
        "driver",  # dedup
        "cluster",  # nlp
        "driver",  # entities (people memory)
        "cluster",  # values, events
    ]
    assert split_chain(DEFAULT_CHAIN, exact=False) == [
        Segment("cluster", ("clean",)),
        Segment("driver", ("dedup",)),
        Segment("cluster", ("nlp", "entities", "values", "events")),
    ]


def test_a_stage_can_declare_itself_cross_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from sukien.nlp.stage import NlpStage

    monkeypatch.setattr(NlpStage, "cross_document", True, raising=False)
    assert split_chain(("clean", "nlp"))[-1] == Segment("driver", ("nlp",))


def test_a_broken_chain_fails_before_anything_runs() -> None:
    with pytest.raises(PipelineError, match="nlp.*requires text"):
        split_chain(("nlp",))
    with pytest.raises(PipelineError, match="unknown stage"):
        split_chain(("clean", "no-such-stage"))
    assert "no-such-stage" not in STAGES

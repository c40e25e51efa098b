"""``ingest(paths, store)``: read, run the pipeline, save each document in its own transaction.

The importable job behind ``sukien ingest`` and ``sukien run``. A document the store cannot
save becomes a ``Rejected(..., stage="store")`` and the run goes on; what was saved before it
stays. The dedup stage is seeded with the stored MinHash signatures first, so near-duplicates
are found across runs. Counts: read = stored + unchanged + rejected (every stage's rejections).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sukien.document import Document, Rejected
from sukien.pipeline import DEFAULT_CHAIN, Pipeline
from sukien.runner import RunReport, process
from sukien.store.db import Store


@dataclass
class IngestReport(RunReport):
    """A ``RunReport`` plus what the store did."""

    run_id: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events_new: int = 0
    events_merged: int = 0
    store_rejected: list[Rejected] = field(default_factory=list)


def seed_dedup(pipeline: Pipeline, store: Store) -> int:
    """Give every dedup stage of ``pipeline`` the signatures already stored; how many."""
    stages = [st for st in pipeline.stages if hasattr(st, "add_signatures")]
    if not stages:
        return 0
    sigs = store.minhashes()
    for st in stages:
        num_perm = getattr(st, "num_perm", None)
        st.add_signatures(  # type: ignore[attr-defined]
            (s.doc, s.hashvalues, s.duplicate_of)
            for s in sigs
            if num_perm is None or len(s.hashvalues) == num_perm
        )
    return len(sigs)


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    command: str = "ingest",
    stages: Sequence[str] = DEFAULT_CHAIN,
    pipeline: Pipeline | None = None,
    on_document: Callable[[Document, str], None] | None = None,
    runner: Callable[..., RunReport] = process,
) -> IngestReport:
    """Ingest ``paths`` into ``store``; ``on_document(doc, status)`` is called after each save.

    ``runner``: ``sukien.runner.process``, or ``sukien.scale.ray_process`` (same signature) to
    run the pipeline on Ray; documents come back here to be saved.
    """
    pipe = pipeline or Pipeline.build(stages)
    seed_dedup(pipe, store)
    run_id = store.start_run(command, list(paths))
    out = IngestReport(run_id=run_id)
    status: Counter[str] = Counter()

    def sink(doc: Document) -> None:
        try:
            res = store.save_document(doc, run_id)
        except Exception as exc:  # one document never stops the run
            reason = f"could not store: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
            out.store_rejected.append(Rejected(doc.path or doc.doc, reason, "store"))
            status["rejected"] += 1
            if on_document:
                on_document(doc, "rejected")
            return
        status[res.status] += 1
        if res.status == "stored":
            out.duplicates += res.duplicate_of_id is not None
            out.events_new += res.events_new
            out.events_merged += res.events_merged
        if on_document:
            on_document(doc, res.status)

    report = runner(paths, sink, pipeline=pipe)
    out.read, out.out, out.counts = report.read, report.out, report.counts
    out.rejected = [*report.rejected, *out.store_rejected]
    out.stored, out.unchanged = status["stored"], status["unchanged"]
    out.counts["store"] = {
        "in": report.out,
        "out": out.stored + out.unchanged,
        "rejected": len(out.store_rejected),
        "new": out.stored,
        "unchanged": out.unchanged,
        "duplicates": out.duplicates,
        "events_new": out.events_new,
        "events_merged": out.events_merged,
    }
    store.add_rejections(out.rejected, run_id)
    store.finish_run(
        run_id,
        read=out.read,
        stored=out.stored,
        unchanged=out.unchanged,
        rejected=len(out.rejected),
        counts=out.counts,
    )
    return out

"""The code Ray runs: ingest tasks, the pipeline actor, output conversion, and the accounts.

Every worker builds the same ``sukien.pipeline.Pipeline`` a local run builds, so a document
goes through exactly the same stage code; an actor builds it once, so models and automata load
once per actor, not per batch. Per-stage counts and rejections (with their reasons) are sent,
batch by batch, to one ``Tally`` actor (``sukien.scale.tally``) the driver reads at the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyarrow as pa

from sukien.document import Document, Rejected
from sukien.pipeline import Pipeline, Stage
from sukien.scale.rows import Key, doc_table, output_table, rejected_row, table_docs
from sukien.scale.tally import Counts, RejectedRow, TallyRef


def _report(tally: TallyRef, counts: Counts, rejected: Sequence[RejectedRow]) -> None:
    """Send accounts to the ``Tally`` actor (handle, run id) and wait: none left in flight."""
    import ray

    handle, run = tally
    ray.get(handle.add.remote(run, counts, list(rejected)))


def ingest_batch(batch: pa.Table, tally: TallyRef) -> pa.Table:
    """Read the input files of ``batch`` (columns ``file``, ``path``) into keyed documents."""
    from sukien.ingest.read import read_file

    docs: list[tuple[Key, Document]] = []
    rejected: list[RejectedRow] = []
    counts: Counter[str] = Counter()
    for f, p in zip(
        batch.column("file").to_pylist(), batch.column("path").to_pylist(), strict=True
    ):
        for j, it in enumerate(read_file(Path(p))):
            counts["in"] += 1
            if isinstance(it, Rejected):
                counts["rejected"] += 1
                rejected.append(rejected_row((f, j), it))
            else:
                counts["out"] += 1
                docs.append(((f, j), it))
    _report(tally, {"ingest": dict(counts)}, rejected)
    return doc_table(docs)


class SegmentPipeline(Pipeline):
    """Part of a chain checked as a whole on the driver (``split_chain``): no re-check here."""

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages


class KeyedRunner:
    """Runs a pipeline document by document, keeping each output's and rejection's key."""

    def __init__(self, pipe: Pipeline) -> None:
        self.pipe = pipe
        self._seen_counts: dict[str, Counter[str]] = {st.name: Counter() for st in pipe.stages}

    def run(
        self, keyed: Iterable[tuple[Key, Document]]
    ) -> tuple[list[tuple[Key, Document]], list[RejectedRow]]:
        out: list[tuple[Key, Document]] = []
        rejected: list[RejectedRow] = []
        for key, doc in keyed:
            before = [len(st.rejected) for st in self.pipe.stages]
            out.extend((key, d) for d in self.pipe([doc]))
            for st, n in zip(self.pipe.stages, before, strict=True):
                rejected.extend(rejected_row(key, r) for r in st.rejected[n:])
        return out, rejected

    def counts_delta(self) -> Counts:
        """Counts added since the last call (the stages' own counters are left alone)."""
        delta: Counts = {}
        for st in self.pipe.stages:
            seen = self._seen_counts[st.name]
            delta[st.name] = {k: v - seen.get(k, 0) for k, v in st.counts.items()}
            self._seen_counts[st.name] = Counter(st.counts)
        return delta


class PipelineActor:
    """A Ray Data callable class: builds the stages once, then runs batches of documents."""

    def __init__(
        self, stages: Sequence[str], options: Mapping[str, object], tally: TallyRef
    ) -> None:
        self.runner = KeyedRunner(SegmentPipeline.build(stages, **dict(options)))
        self.tally = tally

    def __call__(self, batch: pa.Table) -> pa.Table:
        out, rejected = self.runner.run(table_docs(batch))
        _report(self.tally, self.runner.counts_delta(), rejected)
        return doc_table(out)


def output_batch(batch: pa.Table, fmt: str, tally: TallyRef) -> pa.Table:
    """Keyed documents to rows of the output file format."""
    docs = [d for _, d in table_docs(batch)]
    _report(tally, {"_out": {"out": len(docs)}}, ())
    return output_table(docs, fmt)


def drop_key(rows: Iterable[tuple[Key, Document]]) -> Iterable[Document]:
    return (d for _, d in rows)


def as_rejected(row: RejectedRow) -> Rejected:
    _, source, reason, stage = row
    return Rejected(source, reason, stage)

"""Importable jobs behind the CLI: read inputs, run the pipeline, hand results to a sink."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from sukien.document import Document, Rejected
from sukien.pipeline import DEFAULT_CHAIN, Pipeline


@dataclass
class RunReport:
    """What a run did: documents out, rejections with reasons, per-stage counts."""

    read: int = 0
    out: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def _split(items: Iterable[Document | Rejected], report: RunReport) -> Iterator[Document]:
    for it in items:
        report.read += 1
        if isinstance(it, Rejected):
            report.rejected.append(it)
        else:
            yield it


def process(
    paths: Sequence[str],
    sink: Callable[[Document], None],
    stages: Sequence[str] = DEFAULT_CHAIN,
    pipeline: Pipeline | None = None,
) -> RunReport:
    """Read ``paths`` (files, folders, ``-`` for stdin), run the stages, pass each doc to sink."""
    from sukien.ingest import read_paths

    report = RunReport()
    pipe = pipeline or Pipeline.build(stages)
    for doc in pipe(_split(read_paths(paths), report)):
        report.out += 1
        sink(doc)
    report.rejected.extend(pipe.rejected)
    ingest_rejected = sum(1 for r in report.rejected if r.stage == "ingest")
    report.counts = {
        "ingest": {
            "in": report.read,
            "out": report.read - ingest_rejected,
            "rejected": ingest_rejected,
        }
    }
    report.counts.update(pipe.counts)
    return report

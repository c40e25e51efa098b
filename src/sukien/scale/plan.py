"""Split a chain of stages into parts that run on the cluster and parts that run on the driver.

Most stages look at one document at a time, so any worker can run them and the result is the
same. A stage whose result depends on the documents it has seen before (article near-duplicate
detection keeps an index of every earlier article) must see the whole stream, in order, in one
process: such a stage runs on the driver, between the distributed parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sukien.pipeline import check_chain, load_stage

# stages known to keep state across documents; a stage can also say so itself with a class
# attribute ``cross_document = True``
CROSS_DOCUMENT_STAGES = frozenset({"dedup"})


@dataclass(frozen=True, slots=True)
class Segment:
    """Consecutive stages that run in the same place: ``"cluster"`` or ``"driver"``."""

    where: str
    stages: tuple[str, ...]


def is_cross_document(name: str) -> bool:
    """True when stage ``name`` must see every document in one process."""
    klass = load_stage(name)
    return bool(getattr(klass, "cross_document", name in CROSS_DOCUMENT_STAGES))


def split_chain(stages: Sequence[str]) -> list[Segment]:
    """Check the chain, then group it into cluster and driver segments, in order."""
    check_chain([load_stage(n) for n in stages])
    out: list[Segment] = []
    for name in stages:
        where = "driver" if is_cross_document(name) else "cluster"
        if out and out[-1].where == where:
            out[-1] = Segment(where, (*out[-1].stages, name))
        else:
            out.append(Segment(where, (name,)))
    return out

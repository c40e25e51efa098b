"""Split a chain of stages into parts that run on the cluster and parts that run on the driver.

Most stages look at one document at a time, so any worker can run them and the result is the
same. A stage whose result depends on the documents it has seen before must see the whole
stream, in order, in one process: such a stage runs on the driver, between distributed parts.

- ``dedup`` keeps an index of every earlier article: split over workers it would miss the
  duplicates that other workers read. It always runs on the driver.
- ``entities`` remembers full names of people from earlier articles, so a later bare surname
  ("ông Galushka") takes the full name's id. Run per actor (``exact=False``) each actor
  remembers only what it read: such a surname read by another actor keeps an id of its own
  (``PER:galushka``); in exchange no serial step is left but dedup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sukien.pipeline import check_chain, load_stage

# stages known to keep state across documents; a stage can also say so itself with a class
# attribute ``cross_document = True`` (always on the driver) or ``"memory"`` (as entities)
CROSS_DOCUMENT_STAGES = {"dedup": True, "entities": "memory"}


@dataclass(frozen=True, slots=True)
class Segment:
    """Consecutive stages that run in the same place: ``"cluster"`` or ``"driver"``."""

    where: str
    stages: tuple[str, ...]


def on_driver(name: str, exact: bool = True) -> bool:
    """True when stage ``name`` must see every document in one process.

    ``exact``: also the stages whose memory of earlier documents only improves their result
    (the output is then the same as a local run's).
    """
    kind = getattr(load_stage(name), "cross_document", CROSS_DOCUMENT_STAGES.get(name, False))
    return bool(kind) and (exact or kind != "memory")


def split_chain(stages: Sequence[str], exact: bool = True) -> list[Segment]:
    """Check the chain, then group it into cluster and driver segments, in order."""
    check_chain([load_stage(n) for n in stages])
    out: list[Segment] = []
    for name in stages:
        where = "driver" if on_driver(name, exact) else "cluster"
        if out and out[-1].where == where:
            out[-1] = Segment(where, (*out[-1].stages, name))
        else:
            out.append(Segment(where, (name,)))
    return out

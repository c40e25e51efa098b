"""Accounts of a distributed run: per-stage counts and rejections sent by every worker.

Kept free of heavy imports: it runs as its own small Ray actor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

Counts = dict[str, dict[str, int]]
# ((file index, item index), source, reason, stage)
RejectedRow = tuple[tuple[int, int], str, str, str]
# what workers are given: the Tally actor's handle and the run's id
TallyRef = tuple[Any, str]


class Tally:
    """Per-stage counts and rejections from all workers, kept apart for each run.

    Runs as one Ray actor per driver process, reused by its successive runs (an actor costs a
    process start); ``result`` hands a run's accounts over and forgets them.
    """

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, Counter[str]]] = {}
        self.rejected: dict[str, list[RejectedRow]] = {}

    def add(self, run: str, counts: Counts, rejected: Sequence[RejectedRow] = ()) -> None:
        mine = self.counts.setdefault(run, {})
        for stage, c in counts.items():
            mine.setdefault(stage, Counter()).update(c)
        self.rejected.setdefault(run, []).extend(rejected)

    def result(self, run: str) -> tuple[Counts, list[RejectedRow]]:
        counts = self.counts.pop(run, {})
        return {s: dict(c) for s, c in counts.items()}, self.rejected.pop(run, [])

"""EventStage: fills ``Document.events`` with PLOVER events coded from the cleaned body and
the headline (``titles=True``, the default; see ``sukien.events.headline``).

Which modalities are emitted: by default only ``asserted`` events. Planned, hoped-for, denied
and hypothetical ones are coded (and counted under ``not_asserted``) but dropped, because they
did not happen: the hand annotations treat them as non-events or at most optional, and an
analyst counting meetings or sanctions must not count announced ones. Pass
``modalities=("asserted", "planned", ...)`` to keep them; their ``modality`` field says which.

Each asserted event's ``confidence`` is then the learned probability that a careful coder codes
it (``sukien.events.confidence``), from the whole document's coding; ``calibrate=False`` keeps
the coder's path confidence (what ``bench/fit_confidence.py`` fits on). Asserted events under
``min_confidence`` are dropped too (counted under ``low_confidence``): by default the model's
``threshold`` (0 without calibration), ``min_confidence=0`` keeps them all.

With calibration, ``pairs=True`` (the default) then adds the events the learned pair model
(``sukien.events.pairs``) finds for pairs named together whose type the rules left uncoded; they
are asserted, with the model's probability as confidence.

Last, ``context_dates=True`` (the default) dates the kept events their own sentence leaves
undated from the rest of the article (``sukien.events.dating``: another mention of the same
event, else an event of the same pair, else the lead's news date), marked
``date_source="context"``, and ``event_places=True`` places them (``sukien.events.placing``: a
named place a cue introduces in the sentence, else another mention's, else a specific place
in the nearest sentence stating an act of the event's type). Both run after every
event is chosen, so they never change which; without calibration (the rows the confidence model
is fitted on, whose ``dated`` and ``placed`` features are the coder's own) they are off.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import ClassVar

from sukien.document import Document
from sukien.events.coder import Coder
from sukien.events.confidence import calibrate, load_model
from sukien.events.dating import date_from_context
from sukien.events.headline import HeadlineCoder
from sukien.events.pairs import PairCoder
from sukien.events.placing import place_events
from sukien.pipeline import Stage

log = logging.getLogger(__name__)
MODALITIES = ("asserted", "planned", "hoped", "denied", "hypothetical")


class EventStage(Stage):
    """PLOVER coding of every sentence of ``Document.text`` and of the title (never boilerplate)."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"title", "sentences", "entities", "values"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(
        self,
        modalities: Iterable[str] = ("asserted",),
        titles: bool = True,
        calibrate: bool = True,
        min_confidence: float | None = None,
        pairs: bool = True,
        context_dates: bool = True,
        event_places: bool = True,
    ) -> None:
        super().__init__()
        self.context_dates = context_dates
        self.event_places = event_places
        self.calibrate = calibrate
        if min_confidence is None:
            min_confidence = load_model().threshold if calibrate else 0.0
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in [0, 1], not {min_confidence}")
        self.min_confidence = min_confidence
        self.modalities = frozenset(modalities)
        unknown = self.modalities - set(MODALITIES)
        if unknown:
            raise ValueError(f"unknown modalities {sorted(unknown)}; known: {MODALITIES}")
        self.coder = Coder()
        self.headline = HeadlineCoder(self.coder) if titles else None
        self.pairs = PairCoder(lex=self.coder.lex) if pairs and calibrate else None

    def process(self, doc: Document) -> Document:
        try:
            head = self.headline.analyse(doc) if self.headline is not None else None
            events = self.coder.code(doc, lead=head)
            if self.headline is not None:
                events += self.headline.code(doc, events, head=head)
            if self.calibrate:
                calibrate(doc, events)
            if self.pairs is not None:
                added = self.pairs.code(doc, events)
                self.counts["pair_model_events"] += len(added)
                events += added
        except Exception as exc:  # a coder bug must not cost the document its other results
            log.warning("events: %s: %s: %s", doc.path or doc.doc, type(exc).__name__, exc)
            self.counts["errors"] += 1
            doc.events = []
            return doc
        floor = self.min_confidence
        kept = [e for e in events if e.modality != "asserted" or e.confidence >= floor]
        self.counts["low_confidence"] += len(events) - len(kept)
        events = kept
        doc.events = [e for e in events if e.modality in self.modalities]
        if self.context_dates and self.calibrate:
            self.counts["context_dates"] += date_from_context(doc, doc.events)
        if self.event_places and self.calibrate:
            self.counts["places_set"] += place_events(doc, doc.events)
        self.counts["events"] += len(doc.events)
        self.counts["title_events"] += sum(1 for e in doc.events if e.evidence.part == "title")
        self.counts["not_asserted"] += sum(1 for e in events if e.modality != "asserted")
        return doc

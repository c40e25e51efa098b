"""ValueStage: fills ``Document.values`` with DATE, MONEY and PERCENT mentions."""

from __future__ import annotations

from typing import ClassVar

from sukien.document import Document
from sukien.pipeline import Stage
from sukien.values.amounts import find_amounts
from sukien.values.dates import find_dates


class ValueStage(Stage):
    """Dates resolved against ``Document.published``; money and percentages normalised."""

    name: ClassVar[str] = "values"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"values"})

    def process(self, doc: Document) -> Document:
        vals = find_dates(doc.text, doc.published) + find_amounts(doc.text)
        vals.sort(key=lambda e: e.start)
        doc.values = vals
        self.counts["values"] += len(vals)
        return doc

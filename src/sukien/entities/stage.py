"""EntityStage: fills ``Document.entities`` (states, places, organisations, people, media)."""

from __future__ import annotations

from typing import ClassVar

from sukien.document import Document, Entity
from sukien.entities.link import PeopleMemory, link
from sukien.entities.meta import metadata_entities
from sukien.entities.recognize import recognize, to_entities
from sukien.pipeline import Stage


class EntityStage(Stage):
    """Gazetteer + patterns + linking; ids are stable across the documents of a run."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self) -> None:
        super().__init__()
        self.memory = PeopleMemory()

    def process(self, doc: Document) -> Document:
        doc.entities = extract_entities(doc, self.memory)
        self.counts["entities"] += len(doc.entities)
        return doc


def name_tokens(doc: Document) -> list[tuple[int, int, bool]]:
    """Segmented words of two or more syllables: start, end, all syllables capitalised."""
    out = []
    for sent in doc.sentences:
        for t in sent.tokens:
            parts = t.text.split()
            if len(parts) >= 2:
                out.append((t.start, t.end, all(p[:1].isupper() for p in parts)))
    return out


def extract_entities(doc: Document, memory: PeopleMemory | None = None) -> list[Entity]:
    """Entities of the body (exact offsets) plus media named only in the metadata."""
    mentions = link(recognize(doc.text, name_tokens(doc)), memory)
    ents = to_entities(mentions, doc.text)
    ents.extend(metadata_entities(doc, ents))
    return ents

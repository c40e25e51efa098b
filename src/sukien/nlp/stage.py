"""NlpStage: fills ``Document.sentences`` (with their words)."""

from __future__ import annotations

from typing import ClassVar

from sukien.document import Document
from sukien.nlp.segment import segment_words, split_sentences
from sukien.pipeline import Stage


class NlpStage(Stage):
    """Sentences and word segmentation, offsets into ``Document.text``."""

    name: ClassVar[str] = "nlp"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"sentences", "tokens"})

    def __init__(self, pos: bool = False) -> None:
        super().__init__()
        self.pos = pos

    def process(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text)
        for sent in doc.sentences:
            sent.tokens = segment_words(sent, with_pos=self.pos)
        self.counts["sentences"] += len(doc.sentences)
        return doc

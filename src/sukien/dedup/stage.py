"""DedupStage: repeated paragraphs are removed; near-duplicate articles are marked, never dropped.

Articles are compared with MinHash LSH (datasketch) over word 3-shingles of the cleaned text.
A later article whose estimated Jaccard similarity to an earlier one reaches ``threshold`` gets
``duplicate_of = <the earlier doc>`` (the first of its group, so chains point at one original).
Each document's signature goes to ``meta["minhash"]`` (a list of ``num_perm`` ints; the scheme in
``meta["minhash_scheme"]``) so a store can keep it and seed the index of a later run with
``add_signature`` / ``add_signatures``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

import numpy as np
from datasketch import MinHash, MinHashLSH

from sukien.dedup.paragraphs import dedup_paragraphs
from sukien.dedup.shingles import shingles, words
from sukien.document import Document, Span
from sukien.pipeline import Stage

NUM_PERM = 128
THRESHOLD = 0.5
SEED = 1
MIN_WORDS = 20  # shorter texts are indexed but never called duplicates
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures are only comparable within one


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of ``text``'s word 3-shingles."""
    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return m


class DedupStage(Stage):
    """Paragraph de-duplication inside an article; near-duplicate articles across the corpus."""

    name: ClassVar[str] = "dedup"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"duplicate_of"})

    def __init__(self, dedup_threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        super().__init__()
        self.threshold = dedup_threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=dedup_threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._root: dict[str, str] = {}  # doc -> the original it duplicates

    # -- the corpus index --------------------------------------------------------------------
    def add_signature(self, doc: str, sig: Sequence[int], duplicate_of: str | None = None) -> None:
        """Seed the index with a document seen in an earlier run (its ``meta["minhash"]``)."""
        if len(sig) != self.num_perm:
            raise ValueError(
                f"signature of {doc!r} has {len(sig)} values, expected {self.num_perm}"
            )
        m = MinHash(
            num_perm=self.num_perm,
            seed=SEED,
            scheme=SCHEME,
            hashvalues=np.asarray(sig, dtype=np.uint64),
        )
        self._insert(doc, m, duplicate_of)

    def add_signatures(self, items: Iterable[tuple[str, Sequence[int], str | None]]) -> None:
        for doc, sig, dup in items:
            self.add_signature(doc, sig, dup)

    def _insert(self, doc: str, m: MinHash, duplicate_of: str | None) -> None:
        if doc in self._sigs:
            return
        self.lsh.insert(doc, m)
        self._sigs[doc] = m
        self._order[doc] = len(self._order)
        if duplicate_of:
            self._root[doc] = self._root.get(duplicate_of, duplicate_of)

    def find_original(self, doc: str, m: MinHash) -> tuple[str, float] | None:
        """The earliest indexed document this one nearly duplicates, with the similarity."""
        best: tuple[int, str, float] | None = None
        for other in self.lsh.query(m):
            if other == doc:
                continue
            sim = m.jaccard(self._sigs[other])
            if sim < self.threshold:
                continue
            root = self._root.get(other, other)
            rank = self._order.get(root, self._order[other])
            if best is None or rank < best[0]:
                best = (rank, root, sim)
        return (best[1], best[2]) if best else None

    # -- the stage -----------------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        paras = doc.text.split("\n")
        kept, dropped = dedup_paragraphs(paras)
        if dropped:
            for p in dropped:
                doc.removed.append({"reason": "duplicate-paragraph", "text": p})
            doc.text = "\n".join(kept)
            doc.paragraphs = []
            pos = 0
            for p in kept:
                doc.paragraphs.append(Span(pos, pos + len(p)))
                pos += len(p) + 1
            self.counts["duplicate_paragraphs"] += len(dropped)
        m = signature(doc.text, self.num_perm)
        doc.meta["minhash"] = [int(v) for v in m.hashvalues]
        doc.meta["minhash_scheme"] = f"{SCHEME}/seed={SEED}/k=3"
        short = len(words(doc.text)) < MIN_WORDS  # too few shingles for a reliable estimate
        hit = None if short else self.find_original(doc.doc, m)
        if hit and hit[0] != doc.doc:
            doc.duplicate_of = hit[0]
            doc.meta["duplicate_similarity"] = round(hit[1], 3)
            self.counts["duplicates"] += 1
        self._insert(doc.doc, m, doc.duplicate_of)
        return doc

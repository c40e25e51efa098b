"""Exact and near-duplicate paragraphs inside one article: later copies go."""

from __future__ import annotations

from sukien.dedup.shingles import jaccard, shingles, words

# paragraphs this alike (Jaccard of word 3-shingles) are the same paragraph
NEAR_PARAGRAPH = 0.8
# a near copy may differ only in this many words the earlier paragraph lacks: one that adds more
# ("Ông Putin nhấn mạnh, <the sapo>") says something new and stays
MAX_NEW_WORDS = 2
# near copies are looked for among this many paragraphs at most (pairwise: bounded time);
# beyond it, only exact copies go
MAX_NEAR_PARAGRAPHS = 300
# shorter paragraphs (headings, one-line teasers) count as duplicates only when identical
MIN_NEAR_WORDS = 8


def dedup_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``(kept, dropped)``: the first of each group of (near-)identical paragraphs is kept."""
    kept: list[str] = []
    seen_exact: set[tuple[str, ...]] = set()
    seen_near: list[tuple[set[str], set[str]]] = []
    dropped: list[str] = []
    for p in paragraphs:
        key = tuple(words(p))
        if not key:
            kept.append(p)
            continue
        if key in seen_exact:
            dropped.append(p)
            continue
        near_ok = len(key) >= MIN_NEAR_WORDS and len(seen_near) < MAX_NEAR_PARAGRAPHS
        sh = shingles(list(key)) if near_ok else set()
        vocab = set(key)
        if sh and any(
            jaccard(sh, o) >= NEAR_PARAGRAPH and len(vocab - ov) <= MAX_NEW_WORDS
            for o, ov in seen_near
        ):
            dropped.append(p)
            continue
        seen_exact.add(key)
        if sh:
            seen_near.append((sh, vocab))
        kept.append(p)
    return kept, dropped

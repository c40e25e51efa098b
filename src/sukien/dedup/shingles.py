"""Word shingles of Vietnamese text (case- and punctuation-insensitive)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(text: str | list[str], k: int = 3) -> set[str]:
    """The set of ``k``-word shingles (the words themselves when the text is shorter)."""
    w = words(text) if isinstance(text, str) else text
    if len(w) < k:
        return set(w)
    return {" ".join(w[i : i + k]) for i in range(len(w) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)

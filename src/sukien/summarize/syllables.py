"""Syllables as the evaluation counts them: NFC, ``\\w+`` runs (punctuation dropped)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def syllables(text: str) -> list[str]:
    """Syllables of ``text`` in their original case."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def count_syllables(text: str) -> int:
    """How many syllables ``text`` holds (the unit of every summary budget)."""
    return len(_WORD.findall(text))


def trim_to(text: str, n: int) -> str:
    """The prefix of ``text`` that holds its first ``n`` syllables."""
    if n <= 0:
        return ""
    for i, m in enumerate(_WORD.finditer(text)):
        if i == n - 1:
            return text[: m.end()]
    return text

"""Length-preserving text views used for matching: one tone-mark style, lower case, word keys.

Every function here returns a string of exactly the same length as its input, so an offset found
in a view is an offset in ``Document.text``.
"""

from __future__ import annotations

import re
import unicodedata

# new-style tone placement (hoà, thuỷ, khoẻ) -> the style most news uses (hòa, thủy, khỏe)
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _fold_table() -> dict[str, str]:
    table = {}
    for first in "oOuU":
        for second in "aAeEyY":
            for tone in _TONES:
                new = unicodedata.normalize("NFC", second + tone)
                table[first + new] = unicodedata.normalize("NFC", first + tone) + second
    return table


_FOLD = _fold_table()
_OPEN = re.compile("(?<![qQ])[oOuU][" + "".join(sorted({k[1] for k in _FOLD})) + r"](?![^\W\d_])")


def fold_tones(text: str) -> str:
    """Put the tone mark of open oa/oe/uy syllables on the first vowel (same length, NFC)."""
    return _OPEN.sub(lambda m: _FOLD[m.group()], text)


def lower_same_length(text: str) -> str:
    """Lower-case each character, keeping characters whose lower case is longer as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_RUN = re.compile(r"[^\W_]+")


def words(text: str) -> list[tuple[int, int]]:
    """Spans of the alphanumeric runs of ``text`` (syllables, acronyms, numbers)."""
    return [m.span() for m in _RUN.finditer(text)]


def norm_key(alias: str) -> str:
    """The automaton key of an alias: folded lower-case words joined by single spaces, padded."""
    low = lower_same_length(fold_tones(unicodedata.normalize("NFC", alias)))
    return " " + " ".join(low[s:e] for s, e in words(low)) + " "


def squash(s: str) -> str:
    """Comparison form: folded, lower case, without spaces and dashes."""
    low = lower_same_length(fold_tones(unicodedata.normalize("NFC", s)))
    return re.sub(r"[\s\-\u2010-\u2015_.]+", "", low)


def slug(name: str) -> str:
    """ASCII id part: "Vladimir Putin" -> "vladimir-putin", "Bình Nhưỡng" -> "binh-nhuong"."""
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

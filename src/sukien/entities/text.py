"""Length-preserving text views used for matching: one tone-mark style, lower case, word keys.

Every function here returns a string of exactly the same length as its input, so an offset found
in a view is an offset in ``Document.text``.
"""

from __future__ import annotations

import re
import unicodedata

# new-style tone placement (hoà, thuỷ, khoẻ) -> the style most news uses (hòa, thủy, khỏe)
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_OPEN = re.compile(r"(?<![qQ])([oOuU])([aAeEyY][\u0300\u0301\u0309\u0303\u0323])(?![^\W\d_])")


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    return first + second[1] + second[0]


def fold_tones(text: str) -> str:
    """Put the tone mark of open oa/oe/uy syllables on the first vowel (same length, NFC)."""
    if not any(c in "oOuU" for c in text):
        return text
    changed = False
    out = []
    i = 0
    # work syllable-locally on the NFD form of two-letter windows to keep the length in NFC
    while i < len(text):
        c = text[i]
        if c in "oOuU" and i + 1 < len(text) and (i == 0 or text[i - 1] not in "qQ"):
            nxt = unicodedata.normalize("NFD", text[i + 1])
            if (
                len(nxt) == 2
                and nxt[0] in "aAeEyY"
                and nxt[1] in _TONES
                and (i + 2 >= len(text) or not text[i + 2].isalpha())
            ):
                out.append(unicodedata.normalize("NFC", c + nxt[1]))
                out.append(nxt[0])
                i += 2
                changed = True
                continue
        out.append(c)
        i += 1
    return "".join(out) if changed else text


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

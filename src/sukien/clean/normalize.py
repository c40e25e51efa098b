"""Unicode NFC, one tone-mark convention, whitespace and punctuation repair.

Tone marks follow underthesea's convention (what its bundled models were trained on, and what
``underthesea.text_normalize`` produces): in the open syllables oa, oe, uy the mark sits on the
first vowel — "hòa", "khỏe", "thủy" (not "hoà", "khoẻ", "thuỷ"). Only the mark moves, so the
string length is unchanged. ``underthesea.text_normalize`` itself is not used on whole texts: it
re-tokenises and re-spaces ("Nga.." becomes "Nga ..").
"""

from __future__ import annotations

import re
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_ONSET = set("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX")  # never q: in "quý" the u belongs to the onset
# new-style spellings only: o/u followed by a vowel carrying the mark at the end of a word
_NEW_STYLE = re.compile(r"[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?!\w)|[uU][ỳýỷỹỵỲÝỶỸỴ](?!\w)")


_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE = re.compile(r" +([,.;:!?…)\]}%])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{]) +")
_DOUBLE_DOT = re.compile(r"(?<![.])\.\.(?![.])")
_END_MARK = re.compile(r"\.?\s*/\s*\.$")  # "./." at the end of a Vietnamese article
_COMMA_GLUED = re.compile(r",(?<=[^\W\d_],)(?=[^\W\d_])")


def normalize_tones(text: str) -> str:
    """Move tone marks to underthesea's convention (hoà → hòa, thuỷ → thủy, khoẻ → khỏe)."""
    text = unicodedata.normalize("NFC", text)
    parts: list[str] = []
    last = 0
    for m in _NEW_STYLE.finditer(text):
        i = m.start()
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if i - j > 3 or any(c not in _ONSET for c in text[j:i]):
            continue  # a longer word, or a vowel before: not an open oa/oe/uy syllable
        first, second = text[i], unicodedata.normalize("NFD", text[i + 1])
        parts += [text[last:i], unicodedata.normalize("NFC", first + second[1:]), second[0]]
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def normalize_text(text: str) -> str:
    """NFC, one tone style, invisible characters removed, odd spaces made plain spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return normalize_tones(text)


def repair_line(line: str) -> str:
    """Whitespace and punctuation repair inside one paragraph."""
    s = _MULTI_SPACE.sub(" ", line).strip()
    s = _END_MARK.sub(".", s)
    s = _DOUBLE_DOT.sub(".", s)
    s = _SPACE_BEFORE.sub(r"\1", s)
    s = _SPACE_AFTER_OPEN.sub(r"\1", s)
    s = _COMMA_GLUED.sub(", ", s)
    return s

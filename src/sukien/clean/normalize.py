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
_WORD = re.compile(r"\b[^\W\d_]{2,7}\b")
# onset (never q, whose u belongs to the onset: quý) + oa / oe / uy with no final consonant
_OLD_STYLE = re.compile(r"^(?:[bcdđghklmnprstvx]{0,3})(oa|oe|uy)$")

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE = re.compile(r" +([,.;:!?…)\]}%])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{]) +")
_DOUBLE_DOT = re.compile(r"(?<![.])\.\.(?![.])")
_END_MARK = re.compile(r"\.?\s*/\s*\.$")  # "./." at the end of a Vietnamese article
_COMMA_GLUED = re.compile(r"([^\W\d_]),(?=[^\W\d_])")


def _tone_word(m: re.Match[str]) -> str:
    word = m.group(0)
    decomposed = unicodedata.normalize("NFD", word)
    marks = [c for c in decomposed if c in TONES]
    if len(marks) != 1:
        return word
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    hit = _OLD_STYLE.match(bare.lower())
    if not hit:
        return word
    first = hit.start(1)
    chars = list(bare)
    # where the mark is now: the composed letter at that index carries it
    now = next(
        i for i, c in enumerate(word) if any(t in unicodedata.normalize("NFD", c) for t in TONES)
    )
    if now == first:
        return word
    chars[first] = unicodedata.normalize("NFC", chars[first] + marks[0])
    return "".join(chars)


def normalize_tones(text: str) -> str:
    """Move tone marks to underthesea's convention (hoà → hòa, thuỷ → thủy, khoẻ → khỏe)."""
    return _WORD.sub(_tone_word, text)


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
    s = _COMMA_GLUED.sub(r"\1, ", s)
    return s

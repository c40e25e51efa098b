"""Sentences and words with character offsets into the original text.

underthesea returns strings only; offsets are recovered by aligning each piece, in order, with
the text it came from. A piece that cannot be aligned (underthesea occasionally rewrites
spacing) is re-aligned on its first syllable, so offsets stay exact.
"""

from __future__ import annotations

import re

from sukien.document import Sentence, Token

_PARA = re.compile(r"[^\n]+")
_WS = re.compile(r"\s+")


def _align(text: str, piece: str, pos: int) -> tuple[int, int] | None:
    i = text.find(piece, pos)
    if i >= 0:
        return i, i + len(piece)
    # underthesea may normalise inner whitespace: match the syllables with flexible spaces
    parts = [re.escape(p) for p in piece.split()]
    if not parts:
        return None
    m = re.compile(r"\s+".join(parts)).search(text, pos)
    return (m.start(), m.end()) if m else None


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; a line break always ends a sentence."""
    from underthesea import sent_tokenize

    out: list[Sentence] = []
    for para in _PARA.finditer(text):
        ptext = para.group()
        pos = 0
        for piece in sent_tokenize(ptext):
            piece = piece.strip()
            if not piece:
                continue
            span = _align(ptext, piece, pos)
            if span is None:
                continue
            s, e = span
            pos = e
            out.append(Sentence(ptext[s:e], para.start() + s, para.start() + e))
    return out


def segment_words(sentence: Sentence, with_pos: bool = False) -> list[Token]:
    """Words of one sentence (multi-syllable words kept together), offsets in the document."""
    if with_pos:
        from underthesea import pos_tag

        pairs = pos_tag(sentence.text)
    else:
        from underthesea import word_tokenize

        pairs = [(w, None) for w in word_tokenize(sentence.text)]
    tokens: list[Token] = []
    pos = 0
    for word, tag in pairs:
        span = _align(sentence.text, word, pos)
        if span is None:
            continue
        s, e = span
        pos = e
        tokens.append(Token(sentence.text[s:e], sentence.start + s, sentence.start + e, tag))
    return tokens

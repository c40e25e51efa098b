"""Plain-text articles: the first non-empty line is the title unless it reads like body text."""

from __future__ import annotations

import re

from sukien.document import Document

_SENT_BREAK = re.compile(r"[.!?…][\"”’)]?\s+[\"“(]?[A-ZÀ-ỸĐ]")
_TITLE_MAX_WORDS = 30


def looks_like_body(line: str) -> bool:
    """A first line that is a paragraph, not a headline.

    Headlines are short and rarely end with a full stop; a long line, or one holding several
    sentences and ending with sentence punctuation, is the start of the body.
    """
    s = line.strip()
    words = len(s.split())
    if words > _TITLE_MAX_WORDS:
        return True
    ends = s.endswith((".", "…", ".”", '."', ":"))
    if ends and _SENT_BREAK.search(s):
        return True
    return ends and words > 20


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: the body keeps every line after the title, untouched."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            rest = "\n".join(lines[i + 1 :])
            if not rest.strip() or looks_like_body(line):
                return None, text
            return line.strip(), rest
    return None, text


def parse_text(text: str, doc: str, path: str | None, meta: dict | None = None) -> Document:
    """A Document from the text of one article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title, body = split_title(text)
    m = {"format": "txt", **(meta or {})}
    return Document(doc=doc, raw=body, path=path, title=title, meta=m)

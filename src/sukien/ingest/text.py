"""Plain-text articles: the first non-empty line is the title unless it reads like body text."""

from __future__ import annotations

import re

from sukien.document import Document

_SENT_BREAK = re.compile(r"[.!?…][\"”’)]?\s+[\"“(]?[A-ZÀ-ỸĐ]")
_TITLE_MAX_WORDS = 30
_DATE_ONLY = re.compile(
    r"[\w\s,:|()+/.-]{0,30}\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}[\w\s,:|()+/.-]{0,30}"
)


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


def not_a_title(line: str) -> bool:
    """Lines copied from above a headline: a date line, a one- or two-word section label."""
    s = line.strip()
    return len(s.split()) <= 2 or bool(_DATE_ONLY.fullmatch(s))


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: the body keeps every other line, untouched.

    Date lines and section labels above the headline are skipped (they stay in the body, where
    the cleaner reads and removes them); a first real line that reads like body text means
    the article has no title line.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip() or (not_a_title(line) and i < 3):
            continue
        rest = "\n".join(lines[:i] + lines[i + 1 :])
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

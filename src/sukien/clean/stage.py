"""CleanStage: boilerplate removal, Unicode/tone normalisation, source/dateline metadata."""

from __future__ import annotations

import re
from typing import ClassVar

from sukien.clean.boilerplate import clean_body
from sukien.clean.dates import iso_date
from sukien.clean.normalize import normalize_text, repair_line
from sukien.clean.patterns import is_outlet
from sukien.document import Document, Span
from sukien.pipeline import Stage

_TITLE_SUFFIX = re.compile(r"\s+[-|–—]\s+([^-|–—]{2,40})$")
_SITE = re.compile(r"\.(?:vn|com|net)\b|^(?:báo|tạp chí|trang)\s", re.IGNORECASE)


def clean_title(title: str | None) -> str | None:
    """Normalised title without a trailing " - Outlet" / " | Outlet" of HTML <title>s."""
    if not title:
        return None
    t = repair_line(normalize_text(title).replace("\n", " "))
    m = _TITLE_SUFFIX.search(t)
    if m and (is_outlet(m[1].strip()) or _SITE.search(m[1].strip())):
        t = t[: m.start()].strip()
    return t or None


class CleanStage(Stage):
    """Turns ``raw`` into the cleaned ``text`` every later offset refers to."""

    name: ClassVar[str] = "clean"
    requires: ClassVar[frozenset[str]] = frozenset({"raw"})
    provides: ClassVar[frozenset[str]] = frozenset(
        {"text", "paragraphs", "title", "source", "published", "dateline", "removed"}
    )

    def process(self, doc: Document) -> Document | None:
        doc.title = clean_title(doc.title)
        raw = normalize_text(doc.raw).replace("\r\n", "\n").replace("\r", "\n")
        body = clean_body(raw.split("\n"), doc.title)
        paras = [p for p in (repair_line(p) for p in body.paragraphs) if p]
        doc.text = "\n".join(paras)
        doc.paragraphs = []
        pos = 0
        for p in paras:
            doc.paragraphs.append(Span(pos, pos + len(p)))
            pos += len(p) + 1
        doc.removed = body.removed
        doc.source = doc.source or body.source
        doc.dateline = body.dateline
        if body.byline:
            doc.meta["byline"] = body.byline
        published = iso_date(doc.published)
        if doc.published and not published:
            doc.meta["published_raw"] = doc.published
        doc.published = published or body.date
        self.counts["removed"] += len(body.removed)
        if not doc.text:
            self.reject(doc, "no article text left after cleaning")
            return None
        return doc

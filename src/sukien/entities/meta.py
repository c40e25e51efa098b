"""Entities named only in an article's metadata: title, captions, dateline, credits, source.

The cleaner moves these out of ``Document.text`` (``doc.removed`` keeps them with a reason), so
their mentions get ``start = end = None``. Title, captions and dateline yield the known entities
they name (knowledge-base entries, government bodies); credits, signature and source yield only
news agencies and broadcasters (tag "agency"), never photo credits or related-article links.
"""

from __future__ import annotations

import re

from sukien.document import Document, Entity
from sukien.entities.gazetteer import gazetteer
from sukien.entities.link import link
from sukien.entities.recognize import recognize
from sukien.entities.text import words

_CREDIT = re.compile(r"\((?:nguồn|ảnh|photo|source)\s*:[^)]*\)", re.IGNORECASE)
_PHOTO = re.compile(r"^\W*(ảnh|photo)\b", re.IGNORECASE)
CONTENT_REASONS = frozenset({"caption", "dateline"})
SOURCE_REASONS = frozenset({"credit", "signature", "dateline", "byline", "source"})


def _agencies(text: str) -> list[Entity]:
    out = []
    for h in gazetteer().find(text, words(text)):
        if h.kind == "E" and h.entries and "agency" in h.entries[0].tags:
            e = h.entries[0]
            out.append(
                Entity(
                    text=text[h.start : h.end],
                    type="ORG",
                    start=None,
                    end=None,  # type: ignore[arg-type]
                    id=e.id,
                    name=e.name,
                    code=e.code,
                    country=e.country,
                    kind="media",
                )
            )
    return out


def _known(text: str) -> list[Entity]:
    text = _CREDIT.sub(lambda m: " " * len(m.group()), text)
    mentions = [
        m
        for m in link(recognize(text))
        if (m.entry is not None or m.kind == "government-body") and m.kind != "media"
    ]
    return [
        Entity(
            text=text[m.start : m.end],
            type=m.type,
            start=None,
            end=None,  # type: ignore[arg-type]
            id=m.id,
            name=m.name,
            code=m.code,
            country=m.country,
            role=m.role,
            kind=m.kind,
        )
        for m in mentions
    ]


def metadata_entities(doc: Document, body: list[Entity]) -> list[Entity]:
    """Entities of the metadata that the body does not already name (by id)."""
    content: list[str] = [doc.dateline or "", doc.title or ""]
    sources: list[str] = [doc.source or "", doc.dateline or ""]
    for r in doc.removed or []:
        if not isinstance(r, dict):
            continue
        reason, text = r.get("reason", ""), r.get("text", "")
        if reason in CONTENT_REASONS:
            content.append(text)
        if reason in SOURCE_REASONS and not _PHOTO.match(text):
            sources.append(text)
    have = {e.id for e in body}
    out: list[Entity] = []
    found = [e for t in content if t for e in _known(t)]
    found += [e for t in sources if t for e in _agencies(_without_photo_credits(t))]
    for e in found:
        if e.id not in have:
            have.add(e.id)
            out.append(e)
    return out


def _without_photo_credits(text: str) -> str:
    """``text`` without its photo credits ("(Ảnh: AFP)")."""
    return re.sub(r"\((?:ảnh|photo)\s*:[^)]*\)", "", text, flags=re.IGNORECASE)

"""Media named in an article's metadata (dateline, source credits the cleaner removed).

These mentions are not in ``Document.text``: they get ``start = end = None`` and kind "media".
"""

from __future__ import annotations

from sukien.document import Document, Entity
from sukien.entities.gazetteer import gazetteer
from sukien.entities.text import words


def _media_in(text: str) -> list[Entity]:
    out = []
    for h in gazetteer().find(text, words(text)):
        if h.kind == "E" and h.entries and h.entries[0].kind == "media":
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


def metadata_entities(doc: Document, body: list[Entity]) -> list[Entity]:
    """Media agencies named in the dateline or the removed source credits, not already in body."""
    have = {e.id for e in body}
    texts = [doc.dateline or ""]
    for r in doc.removed or []:
        t = r.get("text", "") if isinstance(r, dict) else str(r)
        reason = (r.get("reason", "") if isinstance(r, dict) else "").lower()
        if "photo" in reason or "ảnh" in t.lower()[:6]:
            continue
        texts.append(t)
    out = []
    for t in texts:
        for e in _media_in(t):
            if e.id not in have:
                have.add(e.id)
                out.append(e)
    return out

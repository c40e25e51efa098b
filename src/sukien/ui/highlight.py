"""Article text as HTML with entity mentions and event evidence marked by character offsets.

Everything from the article is HTML-escaped (an article containing ``<script>`` shows it as
text). Spans may nest or cross: the text is cut at every span boundary and each piece is
wrapped in the spans covering it, outermost first (evidence sentence, entity link, trigger).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

# outer to inner
LAYERS = ("evidence", "entity", "trigger")


@dataclass(frozen=True)
class Mark:
    """A span to mark: ``layer`` is one of LAYERS; ``href`` makes it a link."""

    start: int
    end: int
    layer: str
    css: str = ""
    title: str = ""
    href: str | None = None
    data: dict[str, str] = field(default_factory=dict)

    def open_tag(self) -> str:
        tag = "a" if self.href else ("mark" if self.layer == "trigger" else "span")
        attrs = [f'class="{escape(" ".join(filter(None, (self.layer, self.css))))}"']
        if self.href:
            attrs.append(f'href="{escape(self.href)}"')
        if self.title:
            attrs.append(f'title="{escape(self.title)}"')
        attrs += [f'data-{escape(k)}="{escape(v)}"' for k, v in sorted(self.data.items())]
        return f"<{tag} {' '.join(attrs)}>"

    def close_tag(self) -> str:
        return "</a>" if self.href else ("</mark>" if self.layer == "trigger" else "</span>")


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, with each mark's range wrapped in its tag; bad ranges are ignored."""
    n = len(text)
    good = [
        m for m in marks if m.start is not None and m.end is not None and 0 <= m.start < m.end <= n
    ]
    cuts = sorted({0, n, *(m.start for m in good), *(m.end for m in good)})
    order = {name: i for i, name in enumerate(LAYERS)}
    out: list[str] = []
    stack: list[Mark] = []  # open tags, outermost first
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = sorted(
            (m for m in good if m.start <= a and b <= m.end),
            key=lambda m: (order.get(m.layer, len(LAYERS)), m.start, -m.end),
        )
        keep = 0  # tags already open that stay open (a common prefix)
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(m.close_tag() for m in reversed(stack[keep:]))
        out.extend(m.open_tag() for m in active[keep:])
        stack = active
        out.append(escape(text[a:b], quote=False).replace("\n", "<br>\n"))
    out.extend(m.close_tag() for m in reversed(stack))
    return Markup("".join(out))


def article_marks(
    entities: Iterable[dict],
    events: Iterable[dict],
    entity_href: Callable[[str], str],
) -> list[Mark]:
    """Marks for an article's entity mentions and event evidence (rows from the query layer)."""
    marks: list[Mark] = []
    for e in entities:
        if e.get("start") is None or e.get("end") is None:
            continue  # a mention outside the body (dateline, signature)
        eid = e.get("entity_id")
        marks.append(
            Mark(
                e["start"],
                e["end"],
                "entity",
                css=f"ent-{e.get('type', '')}",
                title=f"{e.get('type', '')} · {e.get('name') or eid or ''}",
                href=entity_href(eid) if eid else None,
                data={"entity": eid or ""},
            )
        )
    for ev in events:
        label = f"{ev['type']}: {ev.get('actor_code') or '?'} → {ev.get('recipient_code') or '?'}"
        marks.append(
            Mark(
                ev["start"],
                ev["end"],
                "evidence",
                css=f"quad-{ev.get('quad_class') or 0}",
                title=label,
                data={"event": str(ev.get("event_id") or ""), "type": ev["type"]},
            )
        )
        trig = (ev.get("spans") or {}).get("trigger")
        if trig:
            marks.append(Mark(trig[0], trig[1], "trigger", title=label))
    return marks

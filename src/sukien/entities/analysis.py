"""The view of one text the recognizer reads: words, gazetteer hits as units, context helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sukien.entities.gazetteer import Hit, gazetteer
from sukien.entities.kb import KBEntry
from sukien.entities.text import words

# words that end a name or a title
FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "của và với tại ở trong cho đã sẽ là được về từ cũng vừa đang bị nói biết khi thuộc trực "
        "cùng như do theo",
    )
)
_SPACE_GAP = re.compile(r"[ \t\u00a0]+|[ \t]*[-‐–][ \t]*")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    low: str
    cap: bool


@dataclass(slots=True)
class Unit:
    """A word, or a gazetteer hit covering several words."""

    start: int
    end: int
    kind: str  # W word, E entity, R role, B body head
    w0: int
    w1: int
    hit: Hit | None = None
    text: str = ""

    @property
    def entry(self) -> KBEntry | None:
        return self.hit.entries[0] if self.hit and self.hit.entries else None


@dataclass
class Mention:
    """A recognised mention before linking."""

    start: int
    end: int
    type: str
    kind: str
    name: str
    entry: KBEntry | None = None
    role: str | None = None
    country: str | None = None
    code: str | None = None
    id: str | None = None
    nested: bool = False
    weak: bool = False  # an unknown one-word or given-name-only person: kept only if linked
    coref: bool = False  # a bare "[role] [state]" standing for the person holding the role
    extra: dict[str, str] = field(default_factory=dict)


class Analysis:
    """Words and units of one text, with helpers to read their context."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = words(text)
        self.words = [
            Word(s, e, text[s:e], text[s:e].lower(), text[s:e][:1].isupper()) for s, e in spans
        ]
        hits = gazetteer().find(text, spans)
        units: list[Unit] = []
        hi = 0
        i = 0
        while i < len(self.words):
            if hi < len(hits) and hits[hi].t0 == i:
                h = hits[hi]
                units.append(Unit(h.start, h.end, h.kind, h.t0, h.t1, h, text[h.start : h.end]))
                i = h.t1 + 1
                hi += 1
                continue
            w = self.words[i]
            units.append(Unit(w.start, w.end, "W", i, i, None, w.text))
            i += 1
        self.units = units
        self.headline = self._headline_lines()
        self.name_tokens: list[tuple[int, int, bool]] = []
        self.known_at: dict[int, Mention] = {}  # knowledge-base mentions by start offset

    def _headline_lines(self) -> set[int]:
        """Start offsets of title-case lines (most words capitalised): names there are unsafe."""
        out = set()
        pos = 0
        for line in self.text.split("\n"):
            ws = words(line)
            if len(ws) >= 5 and sum(line[s].isupper() for s, _ in ws) / len(ws) > 0.7:
                out.add(pos)
            pos += len(line) + 1
        return out

    def in_headline(self, pos: int) -> bool:
        if not self.headline:
            return False
        return self.text.rfind("\n", 0, pos) + 1 in self.headline

    def gap(self, a: Unit, b: Unit) -> str:
        return self.text[a.end : b.start]

    def tight(self, a: Unit, b: Unit) -> bool:
        """Whether ``b`` follows ``a`` with only spaces (or a dash) between them."""
        g = self.gap(a, b)
        return g == "" or (_SPACE_GAP.fullmatch(g) is not None and "\n" not in g)

    def word(self, i: int) -> Word | None:
        """The word of unit ``i`` if it is a plain word."""
        if 0 <= i < len(self.units) and self.units[i].kind == "W":
            return self.words[self.units[i].w0]
        return None

    def low_units(self, i: int, n: int) -> str:
        return " ".join(u.text.lower() for u in self.units[i : i + n])

    def name_word(self, i: int) -> bool:
        """A capitalised plain word of at least two letters (a possible part of a name)."""
        w = self.word(i)
        return w is not None and w.cap and len(w.text) > 1 and not w.text.isdigit()

    def ambiguous_state(self, i: int) -> bool:
        u = self.units[i] if 0 <= i < len(self.units) else None
        e = u.entry if u is not None and u.kind == "E" else None
        return e is not None and e.type == "GPE" and u is not None and u.text in e.ambiguous

"""Named-entity recognition over one text: gazetteer hits plus patterns around them.

Patterns: ``[role] [state|org]? [Name]`` ("Thủ tướng Malaysia Najib Razak"), honorifics
("ông/bà X"), "người đồng cấp [state] X", appositions ("X, Bộ trưởng ... của Nga"), government
bodies ("Bộ Ngoại giao Nga"), organisation heads ("Câu lạc bộ Valdai"), bracketed names after an
organisation noun, place cues ("thành phố X"). Unknown names come from capitalised word runs,
and are only kept when a pattern types them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sukien.document import Entity
from sukien.entities.gazetteer import Hit, gazetteer
from sukien.entities.kb import KBEntry, kb
from sukien.entities.lexicon import (
    HONORIFICS,
    LOC_CUES,
    ORG_CUES,
    ORG_HEADS,
    PREP_LOC,
    STOP_CAPS,
    VN_SURNAMES,
    is_vietnamese_syllable,
)
from sukien.entities.text import slug, words

_SPACE_GAP = re.compile(r"[ \t\u00a0]+|[ \t]*[-‐–][ \t]*")
# words after which a state name is not the state itself ("đô la Mỹ", "tiếng Anh")
_NOT_STATE_BEFORE = ("đô la", "đôla", "usd", "tiếng", "đồng", "giờ", "bảng", "kiểu", "gốc")


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
        line_start = self.text.rfind("\n", 0, pos) + 1
        return line_start in self.headline

    def gap(self, a: Unit, b: Unit) -> str:
        return self.text[a.end : b.start]

    def tight(self, a: Unit, b: Unit) -> bool:
        """Whether ``b`` follows ``a`` with only spaces (or a dash) between them."""
        g = self.gap(a, b)
        return g == "" or _SPACE_GAP.fullmatch(g) is not None and "\n" not in g

    def sentence_start(self, u: Unit) -> bool:
        before = self.text[: u.start].rstrip(" \t\"“'‘([")
        return not before or before[-1] in ".!?:\n…"

    def low_words(self, i: int, n: int) -> str:
        """The lower-case words i..i+n-1 joined by spaces (units, not words)."""
        us = self.units[i : i + n]
        return " ".join(u.text.lower() for u in us)


def _is_name_word(a: Analysis, u: Unit) -> bool:
    if u.kind != "W":
        return False
    w = a.words[u.w0]
    return w.cap and not w.text.isdigit() and len(w.text) > 1 or (w.cap and w.text.isalpha())


def _name_run(a: Analysis, i: int) -> int:
    """Index after the run of capitalised words starting at unit ``i`` (``i`` if none)."""
    j = i
    units = a.units
    while j < len(units) and _is_name_word(a, units[j]):
        if j > i and not a.tight(units[j - 1], units[j]):
            break
        j += 1
    return j


def _state_ok(a: Analysis, i: int) -> bool:
    """Whether the state name at unit ``i`` denotes the state (not "đô la Mỹ", "bà Nga")."""
    u = a.units[i]
    e = u.entry
    before = a.text[max(0, u.start - 8) : u.start].lower().rstrip()
    if any(before.endswith(w) for w in _NOT_STATE_BEFORE):
        return False
    if e is not None and u.text in e.ambiguous:
        if i > 0:
            p = a.units[i - 1]
            if p.kind == "W" and a.tight(p, u):
                pw = a.words[p.w0]
                if pw.low in {"bà", "ông", "chị", "anh", "em", "cô", "chú", "bác"}:
                    return False
                if pw.cap and is_vietnamese_syllable(pw.text) and pw.low not in STOP_CAPS:
                    return False
        if i + 1 < len(a.units):
            n = a.units[i + 1]
            if n.kind == "W" and a.tight(u, n) and a.words[n.w0].cap:
                nw = a.words[n.w0]
                if is_vietnamese_syllable(nw.text) and nw.low not in STOP_CAPS:
                    return False
    return True


def _person_from_run(a: Analysis, i: int, j: int) -> tuple[int, int, str]:
    """Strip leading stop-capitals from the run i..j; return its span and text."""
    while i < j and a.words[a.units[i].w0].low in STOP_CAPS:
        i += 1
    if i >= j:
        return -1, -1, ""
    s, e = a.units[i].start, a.units[j - 1].end
    return s, e, a.text[s:e]


def _skip_ministry(a: Analysis, k: int) -> int:
    """After "Bộ trưởng": skip the words naming the ministry (Vietnamese syllables)."""
    n = 0
    units = a.units
    while k < len(units) and n < 6:
        u = units[k]
        if u.kind != "W" or not a.tight(units[k - 1], u):
            break
        w = a.words[u.w0]
        if not is_vietnamese_syllable(w.text):
            break
        if w.low in VN_SURNAMES and w.cap and k + 1 < len(units) and units[k + 1].kind == "W":
            nxt = a.words[units[k + 1].w0]
            if nxt.cap:
                break
        if w.low in {"của", "nước", "và"} and n == 0:
            break
        if w.low == "của":
            break
        k += 1
        n += 1
    return k


def recognize(text: str) -> list[Mention]:
    """Mentions of states, places, organisations and people in ``text`` (NFC)."""
    a = Analysis(text)
    units = a.units
    out: list[Mention] = []
    used: set[int] = set()  # unit indices already part of a mention

    # 1. gazetteer entities
    for i, u in enumerate(units):
        if u.kind != "E":
            continue
        e = u.entry
        assert e is not None
        if e.type == "GPE" and not _state_ok(a, i):
            continue
        if e.type == "PER" and i > 0:
            p = units[i - 1]
            # "Paolo Duterte": an unknown first name before a known surname is someone else
            if (
                _is_name_word(a, p)
                and a.tight(p, u)
                and a.words[p.w0].low not in STOP_CAPS
                and " " not in e.name.strip()
                or False
            ):
                continue
        out.append(
            Mention(u.start, u.end, e.type, e.kind, e.name, e, e.role, e.country, e.code, e.id)
        )
        used.add(i)

    # 2. patterns anchored on roles, honorifics, bodies, organisation heads, place cues
    i = 0
    while i < len(units):
        u = units[i]
        if u.kind == "R":
            i = _role_pattern(a, i, out, used)
            continue
        if u.kind == "B":
            i = _body_pattern(a, i, out, used)
            continue
        if u.kind == "W":
            low = u.text.lower()
            two = a.low_words(i, 2)
            three = a.low_words(i, 3)
            if low in HONORIFICS or two in HONORIFICS:
                k = i + (2 if two in HONORIFICS and low not in HONORIFICS else 1)
                if k < len(units) and a.tight(units[k - 1], units[k]):
                    j = _name_run(a, k)
                    if j > k and not a.in_headline(units[k].start):
                        s, e, t = (
                            units[k].start,
                            units[j - 1].end,
                            a.text[units[k].start : units[j - 1].end],
                        )
                        out.append(Mention(s, e, "PER", "person", t))
                        used.update(range(k, j))
                        i = j
                        continue
            if two == "đồng cấp":
                k = i + 2
                country = None
                if k < len(units) and units[k].kind == "E" and units[k].entry.type == "GPE":  # type: ignore[union-attr]
                    country = units[k].entry.code  # type: ignore[union-attr]
                    k += 1
                j = _name_run(a, k)
                if j > k and k not in used:
                    s, e = units[k].start, units[j - 1].end
                    out.append(Mention(s, e, "PER", "person", a.text[s:e], country=country))
                    used.update(range(k, j))
                    i = j
                    continue
            if u.text[:1].isupper():
                head = next((h for h in (three, two, low) if h in ORG_HEADS), None)
                if head is not None:
                    i = _org_pattern(a, i, len(head.split()), ORG_HEADS[head], out, used)
                    continue
            if low in PREP_LOC or two in LOC_CUES or low in LOC_CUES:
                k = i + (2 if two in LOC_CUES else 1)
                if k < len(units) and a.tight(units[k - 1], units[k]):
                    j = _name_run(a, k)
                    if j > k and not any(x in used for x in range(k, j)):
                        s, e, t = _person_from_run(a, k, j)
                        if s >= 0 and not a.in_headline(s) and _foreign_or_multi(a, k, j):
                            out.append(Mention(s, e, "LOC", "place", t))
                            used.update(range(k, j))
                            i = j
                            continue
        i += 1

    # 3. appositions "X, Bộ trưởng ..." and bracketed organisations
    for i in range(len(units) - 2):
        u = units[i]
        if u.kind == "W" and _is_name_word(a, u) and i not in used:
            j = _name_run(a, i)
            if (
                j < len(units)
                and units[j].kind == "R"
                and a.gap(units[j - 1], units[j]).strip() == ","
            ):
                s, e, t = _person_from_run(a, i, j)
                if s >= 0 and not any(x in used for x in range(i, j)) and j - i >= 2:
                    role = units[j].hit.role  # type: ignore[union-attr]
                    country = _country_after(a, j + 1)
                    out.append(
                        Mention(
                            s,
                            e,
                            "PER",
                            "person",
                            t,
                            role=role.role if role else None,
                            country=country,
                        )
                    )
                    used.update(range(i, j))
        if u.kind == "W" and u.text[:1].isupper() and i not in used and i > 0:
            g = a.gap(units[i - 1], u)
            if g.endswith("(") and i + 1 < len(units) and a.gap(u, units[i + 1]).startswith(")"):
                ctx = a.text[max(0, u.start - 80) : u.start].lower()
                if any(c in ctx for c in ORG_CUES) and not is_vietnamese_syllable(u.text):
                    out.append(
                        Mention(u.start, u.end, "ORG", "organisation", u.text, code=u.text.upper())
                    )
                    used.add(i)
    out.extend(_nested_states(text, out))
    return out


def _nested_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """States named inside organisation names ("Cơ quan Xúc tiến ... Hàn Quốc" -> KOR)."""
    have = {(m.start, m.end) for m in mentions if m.type == "GPE"}
    extra = []
    for m in mentions:
        if m.type != "ORG" or m.kind == "media":
            continue
        sub = text[m.start : m.end]
        for h in gazetteer().find(sub, words(sub), frozenset({"GPE"})):
            if not h.entries:
                continue
            s, e = m.start + h.start, m.start + h.end
            if (s, e) in have or (s == m.start and e == m.end):
                continue
            g = h.entries[0]
            have.add((s, e))
            extra.append(
                Mention(s, e, "GPE", g.kind, g.name, g, None, g.country, g.code, g.id, True)
            )
    return extra


# names read the Sino-Vietnamese way ("Tập Cận Bình") belong to these states only
_SINO_READING = frozenset({"VNM", "CHN", "TWN", "HKG", "MAC", "SGP", "KOR", "PRK", "JPN"})


def _implausible(a: Analysis, k: int, j: int, country: str | None) -> bool:
    """A Vietnamese-looking unknown name given to a state that never uses that reading."""
    if not country or country in _SINO_READING or a.units[k].kind != "W":
        return False
    ws = [a.words[a.units[x].w0] for x in range(k, j)]
    return ws[0].low in VN_SURNAMES and all(is_vietnamese_syllable(w.text) for w in ws)


def _foreign_or_multi(a: Analysis, k: int, j: int) -> bool:
    return any(not is_vietnamese_syllable(a.words[a.units[x].w0].text) for x in range(k, j))


def _country_after(a: Analysis, k: int, span: int = 8) -> str | None:
    """The first state named in the next few units (same clause)."""
    units = a.units
    for x in range(k, min(len(units), k + span)):
        if x > k and any(c in a.gap(units[x - 1], units[x]) for c in ".;\n"):
            break
        if units[x].kind == "E" and units[x].entry and units[x].entry.type == "GPE":  # type: ignore[union-attr]
            return units[x].entry.code  # type: ignore[union-attr]
    return None


def _role_pattern(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """``[role] [state|org]? [Name]`` and ``[role] [Name] của [state]``."""
    units = a.units
    r = units[i]
    role = r.hit.role  # type: ignore[union-attr]
    assert role is not None
    k = i + 1
    if role.role in {"minister", "deputy minister"}:
        k = _skip_ministry(a, k)
    country = None
    org_code = None
    if k < len(units) and a.tight(units[k - 1], units[k]) and units[k].kind == "E":
        e = units[k].entry
        assert e is not None
        if e.type == "GPE" or (e.type == "ORG" and e.kind != "media"):
            if e.type == "GPE":
                country = e.code
            else:
                org_code = e.code
            k += 1
    if k >= len(units) or not a.tight(units[k - 1], units[k]):
        return i + 1
    nxt = units[k]
    person_kind = None
    if nxt.kind == "E" and nxt.entry and nxt.entry.type == "PER":
        # annotate the known person with the role seen here
        for m in out:
            if m.start == nxt.start and m.type == "PER":
                m.role = m.role or role.role
                m.country = m.country or country or org_code
        return k + 1
    if nxt.kind != "W":
        return i + 1
    j = _name_run(a, k)
    if j == k:
        return i + 1
    s, e, t = _person_from_run(a, k, j)
    if s < 0 or a.in_headline(s) or any(x in used for x in range(k, j)):
        return i + 1
    if j < len(units) and units[j].kind == "W" and a.words[units[j].w0].low == "của":
        c = _country_after(a, j + 1, 2)
        country = country or c
    if _implausible(a, k, j, country):
        return j
    person_kind = "person"
    out.append(Mention(s, e, "PER", person_kind, t, role=role.role, country=country or org_code))
    used.update(range(k, j))
    return j


def _body_pattern(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """``[body head] (của)? [state]`` -> a government body of that state."""
    units = a.units
    b = units[i]
    head, code, name_en = b.hit.body  # type: ignore[union-attr,misc]
    k = i + 1
    if k < len(units) and units[k].kind == "W" and units[k].text.lower() == "của":
        k += 1
    if (
        k < len(units)
        and a.tight(units[k - 1], units[k])
        or (k < len(units) and a.gap(units[k - 1], units[k]).strip() == "")
    ):
        u = units[k] if k < len(units) else None
        if (
            u is not None
            and u.kind == "E"
            and u.entry
            and u.entry.type == "GPE"
            and _state_ok(a, k)
        ):
            iso = u.entry.code
            s, e = b.start, u.end
            surface = " ".join(a.text[s:e].split())
            out.append(
                Mention(
                    s,
                    e,
                    "ORG",
                    "government-body",
                    surface,
                    role=None,
                    country=iso,
                    code=f"{code}_{iso}",
                    id=f"ORG:{code}_{iso}",
                    extra={"name_en": name_en},
                )
            )
            used.update(range(i, k + 1))
            return k + 1
    return i + 1


def _org_pattern(
    a: Analysis, i: int, nhead: int, kind: str, out: list[Mention], used: set[int]
) -> int:
    """``[Head] Name words [state]?`` -> an organisation ("Câu lạc bộ Valdai", "Đảng Pheu Thai")."""
    units = a.units
    k = i + nhead
    last = -1
    country = None
    x = k
    while x < len(units) and x - k < 8:
        if not a.tight(units[x - 1], units[x]):
            break
        u = units[x]
        if u.kind == "E" and u.entry and u.entry.type in ("GPE", "LOC", "ORG"):
            last = x
            if u.entry.type == "GPE":
                country = u.entry.code
                break
            x += 1
            continue
        if u.kind != "W":
            break
        w = a.words[u.w0]
        if w.cap:
            last = x
        elif w.low in {
            "của",
            "và",
            "với",
            "tại",
            "ở",
            "trong",
            "cho",
            "đã",
            "sẽ",
            "là",
            "được",
            "về",
            "từ",
            "cũng",
            "vừa",
            "đang",
        }:
            break
        x += 1
    if last < k:
        return i + nhead
    if any(x in used for x in range(i, last + 1)) or a.in_headline(units[i].start):
        return last + 1
    s, e = units[i].start, units[last].end
    surface = " ".join(a.text[s:e].split())
    out.append(Mention(s, e, "ORG", kind, surface, country=country))
    used.update(range(i, last + 1))
    return last + 1


def to_entities(mentions: list[Mention], text: str) -> list[Entity]:
    """Entities of linked mentions, in text order."""
    ents = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        ents.append(
            Entity(
                text=text[m.start : m.end],
                type=m.type,
                start=m.start,
                end=m.end,
                id=m.id,
                name=m.name,
                code=m.code,
                country=m.country,
                role=m.role,
                kind=m.kind,
            )
        )
    return ents


def person_id(name: str) -> str:
    return f"PER:{slug(name)}"


__all__ = ["Mention", "recognize", "to_entities", "person_id", "kb"]

"""The knowledge base: states, places, organisations, media, people, role titles, body heads.

Loaded once from the readable TSV files in ``sukien/data/kb`` (see ``kb()``). Every entry has a
canonical id (``GPE:RUS``, ``ORG:ASEAN``, ``LOC:moscow``, ``PER:vladimir-putin``) shared by all its
aliases, so mentions link across spellings and documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sukien.entities.text import norm_key, slug

KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"
MAJOR_CITY = 1_000_000  # smaller generated cities need a place context ("tại Brent")
ORG_KINDS = frozenset(
    {"organisation", "government-body", "armed-group", "company", "media", "party"}
)


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One thing the system knows, under all the names it goes by."""

    id: str
    type: str  # PER, ORG, GPE, LOC
    kind: str
    name: str
    code: str | None = None
    country: str | None = None
    role: str | None = None
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    years: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Role:
    """A title that introduces a person ("Thủ tướng" -> prime minister)."""

    title: str
    role: str
    category: str


@dataclass
class KnowledgeBase:
    """All entries, indexed by id, code and normalised alias."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    by_code: dict[str, KBEntry] = field(default_factory=dict)
    by_key: dict[str, list[tuple[str, KBEntry]]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, Role] = field(default_factory=dict)
    bodies: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # key -> head, code, en

    def add(self, e: KBEntry) -> None:
        self.entries[e.id] = e
        if e.code and e.type in ("GPE", "ORG") and e.code not in self.by_code:
            self.by_code[e.code] = e
        for a in dict.fromkeys((e.name, *e.aliases)):
            if a:
                self.by_key[norm_key(a)].append((a, e))

    def lookup(self, alias: str) -> list[KBEntry]:
        """Entries known under ``alias`` (case, tone style and spacing ignored)."""
        return list(dict.fromkeys(e for _, e in self.by_key.get(norm_key(alias), [])))

    def get(self, code_or_id: str) -> KBEntry | None:
        """The entry with this code (``RUS``, ``ASEAN``) or id (``PER:vladimir-putin``)."""
        return self.by_code.get(code_or_id.upper()) or self.entries.get(code_or_id)

    def state(self, alpha3: str) -> KBEntry | None:
        e = self.by_code.get(alpha3)
        return e if e is not None and e.type == "GPE" else None


def _rows(name: str) -> list[list[str]]:
    text = (KB_DIR / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([unicodedata.normalize("NFC", c.strip()) for c in line.split("\t")])
    return out


def _split(s: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in s.split("|") if a.strip())


def _load_states(kb: KnowledgeBase) -> None:
    rows = _rows("states.tsv")
    for r in rows[1:]:
        a2, a3, kind, vi, en, avi, aen, amb = r[:8]
        kb.add(
            KBEntry(
                id=f"GPE:{a3}",
                type="GPE",
                kind=kind,
                name=vi,
                code=a3,
                country=a3,
                name_en=en,
                aliases=(*_split(avi), en, *_split(aen)),
                ambiguous=frozenset(_split(amb)),
            )
        )


def _load_places(kb: KnowledgeBase) -> None:
    places: dict[str, dict[str, Any]] = {}
    for r in _rows("cities.tsv")[1:]:
        name, country, kind, lat, lon, pop = r[:6]
        places[name] = dict(
            country=country, kind=kind, lat=float(lat), lon=float(lon), aliases=(), hand=False,
            pop=int(pop),
        )  # fmt: skip
    for r in _rows("places_vi.tsv"):
        name, country, kind, lat, lon = r[:5]
        aliases = _split(r[5]) if len(r) > 5 else ()
        old = places.get(name, {})
        places[name] = dict(
            country=country or None, kind=kind, lat=float(lat), lon=float(lon),
            aliases=(*old.get("aliases", ()), *aliases), hand=True, pop=old.get("pop", 0),
            acts=(r[6] if len(r) > 6 else "") or None,
        )  # fmt: skip
    for name, p in places.items():
        minor = not p["hand"] and p["kind"] != "capital" and p["pop"] < MAJOR_CITY
        kb.add(
            KBEntry(
                id=f"LOC:{slug(name)}", type="LOC", kind=p["kind"], name=name,
                code=p.get("acts"), country=p["country"], lat=p["lat"], lon=p["lon"],
                aliases=p["aliases"],
                tags=frozenset({"minor"}) if minor else frozenset(),
            )
        )  # fmt: skip


def _merged_rows(rows: list[list[str]], width: int, lists: tuple[int, ...]) -> list[list[str]]:
    """Rows by their first column (a code, a name), padded to ``width``: a later row with a key
    already listed only adds the ``|``-lists of its ``lists`` columns (aliases, tags) to the first
    one, so a block appended at the end of the file widens an entry without editing it."""
    by_key: dict[str, list[str]] = {}
    for r in rows:
        r = [*r, *[""] * width][:width]
        old = by_key.get(r[0])
        if old is None:
            by_key[r[0]] = r
            continue
        for i in lists:
            old[i] = "|".join(dict.fromkeys(a for a in (*_split(old[i]), *_split(r[i])) if a))
    return list(by_key.values())


def _load_orgs(kb: KnowledgeBase) -> None:
    for r in _merged_rows(_rows("organisations.tsv"), 7, (5, 6)):
        code, kind, country, vi, en = r[:5]
        aliases = _split(r[5])
        tags = frozenset(_split(r[6].replace(",", "|")))
        # tag "actor=EU": the entity keeps its own id and name but acts as that code
        actor = next((t.split("=", 1)[1] for t in tags if t.startswith("actor=")), code)
        kb.add(
            KBEntry(
                tags=tags,
                id=f"ORG:{code}",
                type="ORG",
                kind=kind,
                name=vi,
                code=actor,
                country=country or None,
                name_en=en,
                aliases=(en, *aliases, *un_variants((vi, *aliases))),
            )
        )


_UN = re.compile(r"\b(?:Liên [Hh]ợp [Qq]uốc|Liên [Hh]iệp [Qq]uốc|LHQ)\b")


def un_variants(names: tuple[str, ...]) -> list[str]:
    """The spellings of a United Nations body's name the press uses: "Liên hợp quốc", "Liên
    Hợp Quốc", "Liên Hiệp Quốc", "LHQ", and a final one after "của" ("Văn phòng Điều phối các
    vấn đề nhân đạo của LHQ")."""
    out: list[str] = []
    for name in names:
        if not _UN.search(name):
            continue
        for un in ("Liên hợp quốc", "Liên Hợp Quốc", "Liên Hiệp Quốc", "LHQ"):
            v = _UN.sub(un, name)
            out.append(v)
            if v.endswith(" " + un) and not v.endswith("của " + un):
                out.append(f"{v[: -len(un)]}của {un}")
    return [v for v in dict.fromkeys(out) if v not in names]


def _load_people(kb: KnowledgeBase) -> None:
    for r in _merged_rows(_rows("people.tsv"), 5, (4,)):
        name, country, role, years = r[:4]
        aliases = _split(r[4])
        kb.add(
            KBEntry(
                id=f"PER:{slug(name)}",
                type="PER",
                kind="person",
                name=name,
                country=country or None,
                role=role or None,
                years=years or None,
                aliases=aliases,
            )
        )


@cache
def kb() -> KnowledgeBase:
    """The knowledge base, loaded once per process."""
    base = KnowledgeBase()
    _load_states(base)
    _load_places(base)
    _load_orgs(base)
    _load_people(base)
    for r in [*_rows("roles.tsv"), *_rows("professions.tsv")]:
        base.roles[norm_key(r[0])] = Role(r[0], r[1], r[2])
    for r in _rows("govbodies.tsv"):
        base.bodies[norm_key(r[0])] = (r[0], r[1], r[2])
    return base


def lookup(alias: str) -> list[KBEntry]:
    """Entries known under ``alias``."""
    return kb().lookup(alias)


def by_code(code: str) -> KBEntry | None:
    """The state or organisation with this code."""
    return kb().get(code)


def actor_code(entity: Any) -> str | None:
    """The state / organisation code an entity acts for, or None (media never act).

    A state -> its alpha-3; an organisation -> its code (a government body -> its country); a
    person -> their country or organisation; a capital -> its country (metonymy), or what a
    seat stands for (its "acts as" code: Brussels -> EU, Tel Aviv -> ISR); other places ->
    None.
    """
    kind = getattr(entity, "kind", None)
    typ = getattr(entity, "type", None)
    if kind == "media":
        return None
    code = getattr(entity, "code", None)
    country = getattr(entity, "country", None)
    if typ == "GPE":
        return code or country
    if typ == "ORG":
        if kind == "government-body":
            return country or code
        return code or country
    if typ == "PER":
        return country
    if typ == "LOC" and (kind == "capital" or code):
        # a seat that stands for a government or an organisation: Brussels -> EU, Tel Aviv -> ISR
        return code or country
    return None

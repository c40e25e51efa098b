"""Linking: give every mention a canonical id, within a document and across documents.

A person named by part of their name ("Galushka") takes the id of the fuller name seen in the
same article ("Alexander Galushka"), or failing that of a fuller name seen in an earlier article
of the run (``PeopleMemory``); known people keep their knowledge-base id.
"""

from __future__ import annotations

from functools import cache

from sukien.entities.analysis import Mention
from sukien.entities.kb import kb
from sukien.entities.lexicon import VN_SURNAMES, is_vietnamese_syllable
from sukien.entities.recognize import person_id
from sukien.entities.text import slug

# states whose people are named family name first
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "JPN", "KHM", "HUN"})


# middle names of Vietnamese people that Sino-Vietnamese readings of Chinese names seldom use
_VN_MIDDLE = frozenset(
    {"văn", "thị", "hữu", "đình", "xuân", "thanh", "ngọc", "tấn", "thế", "duy", "trọng", "công",
     "bá", "quang", "hồng", "thu", "hùng", "minh", "anh", "tiến", "mạnh", "thúy", "phương"}
)  # fmt: skip


# offices of a state (not of a company: "Giám đốc" and "Chủ tịch" head firms as well)
_STATE_CATEGORIES = frozenset(
    {"head-of-state", "head-of-government", "minister", "diplomat", "party", "military"}
)


_FIRM_ROLES = frozenset(
    {"director-general", "director", "chairman", "vice chairman", "committee chairman",
     "official", "senior official", "chief executive"}
)  # fmt: skip


@cache
def state_roles() -> frozenset[str]:
    """English roles of the titles that name an office of a state."""
    return frozenset(
        r.role
        for r in kb().roles.values()
        if r.category in _STATE_CATEGORIES
        or (r.category == "official" and r.role not in _FIRM_ROLES)
    )


def vietnamese_name(name: str) -> bool:
    """A Vietnamese person's full name: family name, then a Vietnamese middle name (or four
    syllables); "Vương Nghị", "Tập Cận Bình" read the Chinese way are not."""
    ws = name.split()
    if not 3 <= len(ws) <= 5 or ws[0].lower() not in VN_SURNAMES:
        return False
    if not all(is_vietnamese_syllable(w) and w[:1].isupper() for w in ws):
        return False
    return len(ws) >= 4 or ws[1].lower() in _VN_MIDDLE


def _forms(m: Mention) -> list[list[str]]:
    """The names a person mention goes by, as lower-case word lists."""
    names = {m.name, m.extra.get("surface", "")}
    if m.entry is not None:
        names.update(m.entry.aliases)
    return [n.lower().split() for n in names if n]


class PeopleMemory:
    """Full names of people seen in earlier documents, by their last word."""

    def __init__(self) -> None:
        self.by_last: dict[str, set[tuple[str, str, str | None, str | None]]] = {}

    def remember(self, m: Mention) -> None:
        parts = m.name.split()
        if len(parts) >= 2 and m.id:
            self.by_last.setdefault(parts[-1].lower(), set()).add((m.id, m.name, m.country, m.role))

    def recall(self, name: str) -> tuple[str, str, str | None, str | None] | None:
        got = self.by_last.get(name.split()[-1].lower(), set())
        return next(iter(got)) if len(got) == 1 else None


def link(mentions: list[Mention], memory: PeopleMemory | None = None) -> list[Mention]:
    """Fill ids (and names) of ``mentions``; return those kept.

    Weak mentions (a lone Vietnamese given name) are kept only when they link to a fuller name;
    bare "[role] [state]" mentions only when exactly one person of the text holds that role.
    """
    base = kb()
    refs = [m for m in mentions if m.coref]
    mentions = [m for m in mentions if not m.coref]
    people = [m for m in mentions if m.type == "PER"]
    for m in people:
        if m.id is None:
            known = [e for e in base.lookup(m.name) if e.type == "PER"]
            if known:
                e = known[0]
                m.entry, m.id, m.name = e, e.id, e.name
                m.country = m.country or e.country
                m.role = m.role or e.role
    for m in people:  # "Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt": a state office held by a
        # Vietnamese named without a state is Viet Nam's
        if m.country is None and m.entry is None and m.role in state_roles():
            m.country = "VNM" if vietnamese_name(m.name) else None
    full = [m for m in people if m.id is not None or len(m.name.split()) >= 2]
    by_suffix: dict[tuple[str, ...], Mention] = {}  # a name's last words -> fuller mention
    by_family: dict[str, Mention] = {}  # family name -> mention, where it comes first
    for f in full:
        for fp in _forms(f):
            for n in range(1, len(fp)):
                by_suffix.setdefault(tuple(fp[-n:]), f)
            if len(fp) > 1 and f.country in FAMILY_FIRST:
                by_family.setdefault(fp[0], f)
    for m in people:
        if m.id is not None:
            continue
        parts = m.name.lower().split()
        best = by_suffix.get(tuple(parts))
        if best is m:
            best = None
        if best is None and len(parts) == 1:
            # family name first: "ông Tập" = Tập Cận Bình, "ông Kim" = Kim Yong-il
            best = by_family.get(parts[0])
        if best is not None:
            m.id = best.id or person_id(best.name)
            m.name = best.name
            m.country = m.country or best.country
            m.role = m.role or best.role
            continue
        if memory is not None and len(parts) == 1 and not m.weak:
            got = memory.recall(m.name)
            if got:
                m.id, m.name = got[0], got[1]
                m.country = m.country or got[2]
                m.role = m.role or got[3]
                continue
        if m.weak:
            continue
        m.id = person_id(m.name)
    mentions = [m for m in mentions if m.type != "PER" or m.id is not None]
    people = [m for m in people if m.id is not None]
    # spread role/country among mentions of one person
    by_id: dict[str, list[Mention]] = {}
    for m in people:
        by_id.setdefault(m.id or "", []).append(m)
    for ms in by_id.values():
        country = next((m.country for m in ms if m.country), None)
        role = next((m.role for m in ms if m.role), None)
        for m in ms:
            m.country = m.country or country
            m.role = m.role or role
        _written_affiliation(ms)
    for r in refs:
        holders = {m.id: m for m in people if m.role == r.role and m.country == r.country}
        if len(holders) == 1:
            h = next(iter(holders.values()))
            r.id, r.name, r.entry = h.id, h.name, h.entry
            mentions.append(r)
    for m in mentions:
        if m.id is None:
            m.id = f"{m.type}:{m.code or slug(m.name)}"
        if memory is not None and m.type == "PER":
            memory.remember(m)
    return mentions


def _written_affiliation(ms: list[Mention]) -> None:
    """A known person's state (and title) that the article itself writes ("Thủ tướng Hà Lan Mark
    Rutte") holds for all their mentions there: an article speaks of one post of a person, and
    the knowledge base holds only the latest (NATO's Secretary-General since 2024)."""
    written = next(
        (m for m in ms if m.entry is not None and m.country and m.country != m.entry.country),
        None,
    )
    if written is None:
        return
    for m in ms:
        if m.entry is not None and m.country == m.entry.country:
            m.country = written.country
            m.role = written.role or m.role

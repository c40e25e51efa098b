"""Linking: give every mention a canonical id, within a document and across documents.

A person named by part of their name ("Galushka") takes the id of the fuller name seen in the
same article ("Alexander Galushka"), or failing that of a fuller name seen in an earlier article
of the run (``PeopleMemory``); known people keep their knowledge-base id.
"""

from __future__ import annotations

from sukien.entities.analysis import Mention
from sukien.entities.kb import kb
from sukien.entities.recognize import person_id
from sukien.entities.text import slug

# states whose people are named family name first
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "JPN", "KHM", "HUN"})


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

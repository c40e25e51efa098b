"""Aho-Corasick matching of knowledge-base aliases, role titles and body heads over a text.

The automaton runs over a view of the text made of its alphanumeric runs (lower case, one tone
style) joined by single spaces, with every key padded by spaces: a key can only match whole
words, whatever the punctuation or spacing of the original ("Á-Âu" = "Á - Âu"). Each hit is
checked against the original's capitalisation, then overlapping hits keep the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from sukien.entities.kb import KBEntry, KnowledgeBase, Role, kb
from sukien.entities.text import fold_tones, lower_same_length, squash

_BAD_GAP = re.compile(r"[\n,;:()\[\]\"“”!?/|]")
_DASH = re.compile(r"[-‐‑–—]")
_STOP = re.compile(r"[.…]\s")


def _gaps_ok(alias: str, text: str, spans: list[tuple[int, int]], person: bool) -> bool:
    """Whether the separators between the matched words are ones the alias allows.

    A dash or a full stop between two words of the text separates names ("Việt Nam - Hàn Quốc"
    is no "Nam Hàn", "Trung - Mỹ" no "Trung Mỹ") unless the alias has one there too; a tight
    hyphen inside a person's name ("Kim Jong-un" for "Kim Jong Un") is only spelling. A one-word
    name spelt in hyphenated syllables ("I-ran") needs its hyphens in the text.
    """
    from sukien.entities.text import words

    a_spans = words(alias)
    if len(a_spans) != len(spans):
        return True
    for n in range(len(spans) - 1):
        gap = text[spans[n][1] : spans[n + 1][0]]
        a_gap = alias[a_spans[n][1] : a_spans[n + 1][0]]
        tight_hyphen = person and gap in ("-", "‐", "‑")
        if _DASH.search(gap) and not _DASH.search(a_gap) and not tight_hyphen:
            return False
        syllables = a_gap == "-" and " " not in alias and alias[a_spans[n + 1][0]].islower()
        if syllables and not _DASH.search(gap):
            return False  # "I-ran", "Pa-ki-xtan" (one word spelt in syllables) is no "I ran"
        if _STOP.search(gap) and "." not in a_gap and "…" not in a_gap:
            return False
    return True


@dataclass(slots=True)
class Hit:
    """A whole-word match: ``kind`` E (entity), R (role title) or B (government-body head)."""

    start: int
    end: int
    t0: int  # first and last word index
    t1: int
    kind: str
    entries: tuple[KBEntry, ...] = ()
    role: Role | None = None
    body: tuple[str, str, str] | None = None
    alias: str = ""


def _case_ok(alias: str, surface_words: list[str]) -> bool:
    from sukien.entities.text import words

    a_words = [alias[s:e] for s, e in words(alias)]
    if len(a_words) != len(surface_words):
        return False
    for i, (a, w) in enumerate(zip(a_words, surface_words, strict=True)):
        if len(a) > 1 and a.isupper() and not a.isdigit():
            if not w.isupper():
                return False
        elif a[:1].isupper() and not w[:1].isupper():
            if len(a_words) <= 2 or i == 0:
                return False
        elif len(a_words) <= 2 and a[:1].islower() and w[:1].isupper() and i > 0:
            return False
    return True


class Gazetteer:
    """The automaton over every alias, role title and body head of a knowledge base."""

    def __init__(self, base: KnowledgeBase) -> None:
        auto = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, object]]] = {}
        for key, pairs in base.by_key.items():
            table.setdefault(key, []).extend(("E", p) for p in pairs)
        for key, role in base.roles.items():
            table.setdefault(key, []).append(("R", role))
        for key, body in base.bodies.items():
            table.setdefault(key, []).append(("B", body))
        for key, vals in table.items():
            auto.add_word(key, (key, vals))
        auto.make_automaton()
        self.automaton = auto

    def find(
        self, text: str, spans: list[tuple[int, int]], types: frozenset[str] | None = None
    ) -> list[Hit]:
        """Accepted, non-overlapping hits in ``text`` whose words are ``spans``.

        With ``types``, only entities of those types are looked for (no roles, no body heads).
        """
        low = lower_same_length(fold_tones(text))
        # the words of the text joined by single spaces (what the keys were built from)
        view = " " + " ".join([low[s:e] for s, e in spans]) + " "
        cands: list[Hit] = []
        pos = count = 0  # running number of spaces before ``pos``: hits come in end order
        for end, (key, vals) in self.automaton.iter(view):
            count += view.count(" ", pos, end)
            pos = end
            t1 = count - 1
            t0 = t1 - key.count(" ") + 2
            start, stop = spans[t0][0], spans[t1][1]
            if t1 > t0 and _BAD_GAP.search(text, start, stop):
                continue
            surface_words = [text[s:e] for s, e in spans[t0 : t1 + 1]]
            ents: list[tuple[int, str, KBEntry]] = []
            for kind, val in vals:
                if kind == "E":
                    alias, entry = val  # type: ignore[misc]
                    if types is not None and entry.type not in types:
                        continue
                    if not _case_ok(alias, surface_words):
                        continue
                    person = entry.type == "PER"
                    if t1 > t0 and not _gaps_ok(alias, text, spans[t0 : t1 + 1], person):
                        continue
                    tail = alias[len(alias.rstrip("+.")) :]
                    if tail:
                        if not text.startswith(tail, stop):
                            continue
                    elif squash(alias) != squash(text[start:stop]):
                        continue
                    ents.append((stop + len(tail), alias, entry))
                elif types is not None:
                    continue
                elif kind == "R":
                    role: Role = val  # type: ignore[assignment]
                    cands.append(Hit(start, stop, t0, t1, "R", role=role, alias=role.title))
                else:
                    body = val  # type: ignore[assignment]
                    # "Bộ Ngoại giao", "bộ Nội vụ" whose second word is capitalised, and a
                    # ministry in lower case ("bộ quốc phòng"), kept only before its state
                    if any(w[:1].isupper() for w in surface_words[:2]) or (
                        key.startswith(" bộ ") and len(surface_words) > 1
                    ):
                        cands.append(Hit(start, stop, t0, t1, "B", body=body, alias=body[0]))
            if ents:
                # an alias that also matched trailing punctuation ("Vietnam+") beats a shorter one
                stop_e = max(x[0] for x in ents)
                best = [x for x in ents if x[0] == stop_e]
                order = {"GPE": 0, "ORG": 1, "LOC": 2, "PER": 3}
                chosen = sorted(dict.fromkeys(x[2] for x in best), key=lambda e: order[e.type])
                cands.append(Hit(start, stop_e, t0, t1, "E", tuple(chosen), alias=best[0][1]))
        return _resolve(cands)


def _resolve(cands: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits (more words, then more characters, then earlier)."""
    cands.sort(key=lambda h: (-(h.t1 - h.t0), -(h.end - h.start), h.start, h.kind != "E"))
    taken: set[int] = set()
    out: list[Hit] = []
    for h in cands:
        idx = range(h.t0, h.t1 + 1)
        if any(i in taken for i in idx):
            continue
        taken.update(idx)
        out.append(h)
    out.sort(key=lambda h: h.start)
    return out


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of the packaged knowledge base, built once per process."""
    return Gazetteer(kb())

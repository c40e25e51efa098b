"""Lists that name a group's members apart from the group, and acts done to each other (wave 11).

* **a counted group named in the next sentence**: Vietnamese news often opens with a count ("14
  quốc gia lên án …", "Nhiều nước ra tuyên bố chung …") and names the members in the next
  sentence ("Những nước này gồm A, B và C", "Đó là A, B, C"): the members are the count's
  referents, so each of them is a subject of the first sentence's acts;
* **"hai nước" after a pair named in its sentence** ("Trong cuộc gặp với người đồng cấp A và B,
  ông X kêu gọi hai quốc gia …"): with no meeting of two to refer to, the two sides a third
  party addresses are the two states or groups last named together ("A và B") before it;
* **acts done to each other with words between** ("A và B tấn công qua lại", "A và B gia tăng
  các cuộc tấn công ác liệt nhằm vào nhau", "A cũng như B mở đợt tấn công mới nhằm vào nhau"): a
  hostile act followed, within a few modifiers, by "(nhằm) vào nhau" or "qua lại" is done by each
  of the two sides to the other; the second side is the one coordinated with the subject ("và",
  "cùng", "cũng như") even when a descriptor ("nhóm vũ trang", "lực lượng") breaks the list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sukien.events.mentions import Group, Phrase

_WORD_NUM = r"ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?"
_NUMBERS = {
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# "14 quốc gia", "mười nước", "nhiều nước", "một số quốc gia", "các nước": a group whose members
# are not named here (not "các nước này", which refers back; not "các nước khác")
_COUNTED = re.compile(
    rf"(?<!\w)(\d+|{_WORD_NUM}|nhiều|một số|các)\s+(?:nước|quốc gia)(?!\w)"
    r"(?!\s+(?:này|khác|trên|đó|thành viên khác)(?!\w))"
)
# the next sentence's opening: "Những/Các nước này gồm", "14 nước này là", "Đó là", "Các quốc
# gia trên bao gồm:"
_MEMBERS_NEXT = re.compile(
    rf"^\W*(?:(?:những|các|\d+|{_WORD_NUM})\s+(?:nước|quốc gia)"
    r"(?:\s+(?:này|trên|nói trên|kể trên|đó|ký tên|tham gia))?|đó|họ)\s*,?\s*"
    r"(?:bao\s+gồm|gồm(?:\s+có)?|là)\s*:?\s*"
)
# an act done to each other, a few words after the trigger ("tấn công ác liệt nhằm vào nhau")
_EACH_OTHER_AFTER = re.compile(
    r"(?:\s+[^\s,;.:()\"“”]+){0,3}?\s+(?:nhằm\s+vào|nhằm|vào|với)\s+(?:lẫn\s+)?nhau(?!\w)"
    r"|\s+qua\s+lại(?!\w)"
)
_AND_PAIR = re.compile(r"(?<!\w)và(?!\w)|[-–]")
# what joins the subject to the second side ("A và (nhóm vũ trang) B", "A cũng như (lực lượng) B")
_PARTNER_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:và|cùng|cùng với|cũng như|lẫn)\s+(?:[^\s,;.:()\"“”]+\s+){0,3}$", re.I
)


def _each_way(one: list[Phrase], two: list[Phrase]) -> list[tuple[Phrase, Phrase]]:
    """Every member of ``one`` with every member of ``two``, then the same pairs reversed."""
    return [(a, b) for a in one for b in two] + [(b, a) for a in one for b in two]


class EnumerationRules:
    """Mixed into ``Coder``; ``_forward_lists`` runs once per document before the sentences
    are coded, ``_pair_named_before`` from ``_pairs`` for a third party's "hai nước",
    ``_each_other_sides`` from ``_pairs`` for a hostile act."""

    def _forward_lists(self, sents: list[Any]) -> None:
        """ "14 quốc gia lên án … . Những nước này gồm A, B và C": the count of the first
        sentence (its first participant, no one named before it) stands for A, B and C."""
        for ps, nxt in zip(sents, sents[1:], strict=False):
            m = _MEMBERS_NEXT.match(nxt.low)
            if not m:
                continue
            listed = next(
                (g for g in nxt.groups if m.end() - 1 <= g.start <= m.end() + 1),
                None,
            )
            if listed is None:
                continue
            firsts: dict[Any, Any] = {}  # each member's first head
            for p in listed.phrases:
                if p.kind == "actor" and p.code:
                    firsts.setdefault(p.head.code, p.head)
            if len(firsts) < 2:
                continue
            c = _COUNTED.search(ps.low)
            if c is None or any(g.start < c.start() and self._named(g) for g in ps.groups):
                continue  # "Mỹ cùng 13 nước …": the count is not the subject
            if any(g.start < c.end() and g.end > c.start() for g in ps.groups):
                continue
            num = c.group(1)
            want = int(num) if num.isdigit() else _NUMBERS.get(num)  # "mười ba": not checked
            if want is not None and want != len(firsts):
                continue  # "14 quốc gia …. Các nước này gồm A, B": another group
            phrases = [Phrase([replace(h, start=c.start(), end=c.end())]) for h in firsts.values()]
            ps.groups.append(Group(phrases))
            ps.groups.sort(key=lambda g: g.start)

    @staticmethod
    def _named(g: Group) -> bool:
        return any(p.kind == "actor" and p.code for p in g.phrases)

    def _pair_named_before(self, ps: Any, hit: Any, subj: Group) -> tuple[str, str] | None:
        """The pair "A và B" (two phrases, two codes, neither the subject's) named last before
        ``hit`` in its sentence, for a third party's "hai nước/hai bên"."""
        own = {p.code for p in subj.phrases}
        for g in reversed(ps.groups):
            if g.end > hit.start or g.is_dyad_ref or g is subj:
                continue
            codes = list(dict.fromkeys(p.code for p in g.phrases if p.kind == "actor" and p.code))
            if len(g.phrases) != 2 or len(codes) != 2 or own & set(codes):
                continue
            if _AND_PAIR.search(ps.low[g.phrases[0].end : g.phrases[1].start]):
                return codes[0], codes[1]
        return None

    def _each_other_sides(
        self, ps: Any, hit: Any, actors: list[Phrase]
    ) -> list[tuple[Phrase, Phrase]]:
        """The pairs of a hostile act done "(nhằm) vào nhau" / "qua lại" a few words after the
        trigger: the subject's members and the party coordinated with the subject, each way
        ("liên minh Mỹ-Anh cũng như lực lượng Houthi … nhằm vào nhau"); the subject's two
        members each way when nothing is coordinated with it; [] when not so."""
        if not _EACH_OTHER_AFTER.match(ps.low, hit.end):
            return []
        sides = list({p.code: p for p in actors if p.kind == "actor" and p.code}.values())
        if not sides:
            return []
        first, last = min(p.start for p in sides), max(p.end for p in sides)
        other: list[Phrase] = []
        for g in reversed(ps.groups):  # "A và nhóm vũ trang B": B the subject, A before it
            if g.end > first:
                continue
            if _PARTNER_GAP.match(ps.low[g.end : first]):
                other = [p for p in g.phrases if p.kind == "actor" and p.code]
            break
        if not other:
            for g in ps.groups:  # "A cũng như lực lượng B": A the subject, B after it
                if g.start < last:
                    continue
                if g.start < hit.start and _PARTNER_GAP.match(ps.low[last : g.start]):
                    other = [p for p in g.phrases if p.kind == "actor" and p.code]
                break
        codes = {p.code for p in sides}
        other = list({p.code: p for p in other if p.code not in codes}.values())
        if other:
            return _each_way(sides, other)
        if len(sides) == 2:
            return _each_way(sides[:1], sides[1:])
        # "liên minh Mỹ-Anh cũng như lực lượng Houthi": split at the one "và"/"cũng như"
        sides.sort(key=lambda p: p.start)
        cuts = [
            k
            for k in range(1, len(sides))
            if _PARTNER_GAP.match(ps.low[sides[k - 1].end : sides[k].start])
        ]
        if len(cuts) != 1:
            return []
        return _each_way(sides[: cuts[0]], sides[cuts[0] :])

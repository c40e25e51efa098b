"""Actor finding across event types: rules the coder (``coder.Coder``) mixes in.

* **the headline's pair**: a news headline names the two parties of its story ("Philippines và
  Nhật Bản hợp tác …"), and the lead then refers to them only as "hai nhà lãnh đạo", "hai
  nước", "hai bên"; so the two states or organisations a headline names, and only two, are "the
  two sides" of the first two body sentences until a meeting or a pair of the body replaces them;
* **an act received** ("A nhận được sự ủng hộ từ phía B", "A nhận công hàm phản đối từ B"): what
  the subject receives as a noun, from ("từ", "từ phía", "của") the one after it, is that one's
  act on the subject (aid and calls were so already: ``Coder._received``);
* **"ông"/"bà" after a name in its own sentence**: as a subject ("Tổng thống Colombia …, ông
  chỉ trích …", "… tới Ấn Độ, nơi ông gặp …") the first person named in that sentence, or the
  state under a person's title, its subject; as an owner ("chuyến thăm của ông") the last person
  named before it; not the last person of the sentences before (a pronoun opening its sentence
  still is);
* **a relative clause's subject**: in "X, nơi Y gặp Z" Y, right after "nơi", is the subject of
  the relative clause, not a description of X;
* **"nước này" after a state named in its own sentence**: the first state that sentence names
  (not a place, not a dateline "VN - "), not the last state of the sentences before ("Iran bắt
  giữ tàu Anh sau khi Anh bắt giữ tàu của nước này": Iran), never the state named last before
  it ("Nhật Bản phản đối nước này", "Mỹ điều binh sĩ tới nước này": another state);
* **a visit "to this city"** ("… tại Hiroshima trong chuyến thăm của ông đến thành phố này"): the
  host is the country of the place named last before the visit in its sentence.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sukien.events.mentions import titles

_RELATIVE = re.compile(r",\s*nơi\s*$")
# "chuyến thăm (của X) đến thành phố này": the place just named
_TO_THIS_PLACE = re.compile(
    r"(?:\s+[^\s,.;:]+){0,5}?\s+(?:đến|tới|sang)\s+"
    r"(?:thành phố|thủ đô|nước|đất nước|quốc gia|vùng đất|địa phương|hòn đảo)\s+này(?!\w)"
)
# "xác nhận", "thừa nhận", "phủ nhận", "chấp nhận", "công nhận", "ghi nhận", "nhìn nhận", "thú
# nhận" (confirm, admit, deny, accept, recognise, note, own up) receive nothing
NOT_RECEIVING = "".join(
    rf"(?<!{w} )" for w in ("xác", "thừa", "phủ", "chấp", "công", "ghi", "nhìn", "thú")
)
# "nhận (được) sự/lời/công hàm …" right before the trigger noun
_RECEIVED_NOUN = re.compile(
    rf"(?<!\w){NOT_RECEIVING}"
    r"(?:nhận|nhận được|tiếp nhận|được nhận|đã nhận)"
    r"(?:\s+(?:sự|lời|những|các|một|bức|bản|công hàm|thư|thêm))*\s*$"
)


@cache
def _lower_titles() -> tuple[str, ...]:
    """The role titles, lower-cased once (``_sentence_person`` runs per pronoun)."""
    return tuple(t.lower() for t in titles())


class ActorRules:
    """Mixed into ``Coder``; relies on its ``_prepare``, ``_sentence_codes`` and the ``_Ctx``."""

    def _title_pair(self: Any, lead: Any, ctx: Any) -> None:
        """Set ``ctx.between`` to the two parties the headline ``lead`` names, if exactly two."""
        if lead is None or ctx.between is not None:
            return
        codes: list[str] = []
        for s in lead.sentences:
            for c in self._sentence_codes(self._prepare(lead, s)):
                if c not in codes:
                    codes.append(c)
        if len(codes) == 2:
            # ``between`` is read while 0 < i - index <= 2: index -1 covers the first two body
            # sentences (a meeting coded there then carries the pair on as ``ctx.dyad``)
            ctx.between = ((codes[0], codes[1]), -1)

    def _received_noun(self: Any, ps: Any, hit: Any) -> bool:
        """Is the trigger a noun the subject receives ("nhận được sự ủng hộ", "nhận công hàm
        phản đối")?"""
        return bool(_RECEIVED_NOUN.search(ps.low[max(0, hit.start - 40) : hit.start]))

    def _sentence_person(self: Any, ps: Any, m: Any) -> str | None:
        """The code of the first person, or state under a person's title, named before the
        pronoun ``m`` in its sentence (not in a place phrase); the last one after "của"."""
        person_titles = _lower_titles()
        found: list[str] = []
        for g in ps.groups:
            if g.end > m.start:
                break
            if g.is_place or self._after_place_prep(ps, g.start):
                continue
            for p in g.phrases:
                if p.kind != "actor" or not p.code:
                    continue
                person = any(x.etype == "PER" and x.kind == "actor" for x in p.mentions)
                if person or self._ends(self._before(ps, p.mentions[0].start, 5), person_titles):
                    found.append(str(p.code))
        if not found:
            return None
        return found[-1] if self._ends(self._before(ps, m.start, 1), ("của",)) else found[0]

    def _relative_subject(self: Any, ps: Any, g: Any) -> bool:
        """Does the group ``g`` follow ", nơi" at once (the subject of a relative clause)?"""
        return bool(_RELATIVE.search(ps.low[max(0, g.start - 12) : g.start]))

    def _visit_host(self: Any, ps: Any, hit: Any) -> str | None:
        """The state a visit is made in: ``Coder._visited``, or, for a visit "to this city", the
        country of the last place or state named before the trigger in its sentence."""
        host = self._visited(ps, hit)
        if host is not None or not self._nominal(ps, hit) or hit.trig.mode != "visit":
            return host
        if not _TO_THIS_PLACE.match(ps.low, hit.end):
            return None
        places = [
            p.code
            for g in ps.groups
            if g.end <= hit.start and (g.is_place or self._after_place_prep(ps, g.start))
            for p in g.phrases
            if p.code
        ]
        return str(places[-1]) if places else None

    def _sentence_state(self: Any, ps: Any, m: Any) -> str | None:
        """The first state named before the pronoun ``m`` in its sentence (not a place, not a
        dateline) other than the state named last before it."""
        if self._ends(self._before(ps, m.start, 1), ("tại", "ở")):
            return None  # "Đại sứ Mỹ tại nước này": the host named before (``Coder``'s rule)
        states: list[str] = []
        for g in ps.groups:
            if g.end > m.start:
                break
            if g.is_place or self._after_place_prep(ps, g.start):
                continue
            if g.start <= 1 and re.match(r"\s*[-–]\s", ps.low[g.end :]):
                continue  # "VN - Tổng thống …": a dateline, no actor
            code = next((p.code for p in g.phrases if p.kind == "actor" and p.code), None)
            if code and re.fullmatch(r"[A-Z]{3}", str(code)):
                states.append(str(code))
        # the state named just before is never "nước này" ("Nhật Bản phản đối nước này")
        states = [c for c in states if c != states[-1]] if states else states
        return states[0] if states else None

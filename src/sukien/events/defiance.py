"""Acts done in defiance of another (a mixin of ``Coder``, wave 13).

Rule of Vietnamese news grammar: "X <làm gì> bất chấp <lời cảnh báo / lệnh cấm / sự phản đối /
lời kêu gọi …> của Y" reports that X defied Y: a REJECT X -> Y (mode refuse), beside X's act.
The phrase after "bất chấp" names what Y said or imposed, not X's act: the warning, the ban, the
objection there are Y's (an event coded there with X as its actor becomes Y's, X its target),
and Y is never the target of X's act before "bất chấp" ("X phóng tên lửa bất chấp lệnh cấm của
Liên hợp quốc": no ASSAULT X -> UN). Examples are sentences of our own:

* "Triều Tiên phóng tên lửa bất chấp lệnh cấm của Liên hợp quốc": REJECT PRK -> UN;
* "Israel tiếp tục tấn công Rafah bất chấp cảnh báo của Mỹ": REJECT ISR -> USA, and the warning
  is THREATEN USA -> ISR, not ISR -> USA;
* "Bất chấp lời kêu gọi của Liên hợp quốc, Israel vẫn tấn công Gaza": REJECT ISR -> UN.

Defiance of something no party owns ("bất chấp lệnh ngừng bắn", "bất chấp dư luận") is none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import _swap_spans, keep_new

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

_DEFY = re.compile(r"(?<!\w)bất chấp(?!\w)")
# what is defied, owned by the party named next: "(các) (lời) cảnh báo (mới nhất) của (phía) "
_DEFIED = re.compile(
    r"\s*(?:(?:các|những|mọi|nhiều)\s+)?(?:(?:sự|lời|làn sóng|loạt)\s+)?"
    r"(?:phản đối|cảnh báo|cảnh cáo|lệnh cấm|lệnh trừng phạt|trừng phạt|cấm vận|kêu gọi|yêu cầu|"
    r"đề nghị|sức ép|áp lực|chỉ trích|lên án|nghị quyết|phán quyết|quyết định|đe dọa|đe doạ|"
    r"khuyến cáo|ngăn cản|phản ứng|tối hậu thư|quan ngại|lo ngại)"
    r"(?:\s+[^\s,;:.!?()\"“”]+){0,6}?\s+(?:của|từ|từ phía|do)\s+(?:(?:phía|chính phủ)\s+)?"
)
# "bất chấp" opening the sentence (after a date at most)
_FRONTED = re.compile(r"\W*(?:(?:ngày|hôm|sáng|chiều|tối)\s+[\d/\-]+\s*,?\s*)?$")
_REFUSE = Trigger("bất chấp", "REJECT", "refuse")


class DefianceRules:
    """``_defied``: REJECT X -> Y for "X … bất chấp <Y's warning, ban, objection …>"."""

    def _defied(
        self: Any, doc: Any, ps: _Sent, ctx: Any, out: list[Event], seen: set[Any]
    ) -> list[Event]:
        """REJECT X -> Y for each "bất chấp … của Y" after an act of X (see the module); the
        events inside the defied phrase are Y's, and Y is no target of X's act."""
        from sukien.events.coder import _Hit

        extra: list[Event] = []
        for m in _DEFY.finditer(ps.low):
            owner = next((g for g in ps.groups if g.start >= m.end()), None)
            if owner is None or not _DEFIED.fullmatch(ps.low, m.end(), owner.start):
                continue
            by = [p for p in self._participants(owner) if p.kind == "actor" and p.code]
            if not by:
                continue
            y = by[0]
            defier = self._defier(ps, out, m, owner, y.code)
            if defier is None:
                continue
            _reattribute(ps, out, m, owner, defier, y.code)
            hit = _Hit(m.start(), m.end(), _REFUSE)
            hits = sorted([*ps.hits, hit], key=lambda h: h.start)
            ev = self._event(doc, ps, hit, hits, defier, y, "asserted", 0.6, ctx, False)
            if ev is not None and ev.modality == "asserted":
                keep_new(ev, seen, extra)
        return extra

    def _defier(
        self: Any, ps: _Sent, out: list[Event], m: re.Match[str], owner: Any, y: str
    ) -> str | None:
        """Who defies ``y``: the actor of the last act before "bất chấp", or of the first act
        after a fronted "Bất chấp … của Y, X …", else the sentence's subject before it."""
        off = ps.sent.start
        acts = [
            ev
            for ev in out
            if ev.evidence.trigger is not None
            and ev.actor is not None
            and ev.actor.code
            and ev.actor.code != y
        ]
        before = [ev for ev in acts if ev.evidence.trigger.end - off <= m.start()]  # type: ignore[union-attr]
        if before:
            return before[-1].actor.code  # type: ignore[union-attr]
        if _FRONTED.match(ps.low[: m.start()]):
            after = [ev for ev in acts if ev.evidence.trigger.start - off >= owner.end]  # type: ignore[union-attr]
            if after:
                return after[0].actor.code  # type: ignore[union-attr]
        subject = self._sentence_subject(ps)
        head = next((g for g in ps.groups if g.end <= m.start()), None)
        if subject is None or head is None or subject[0] == y:
            return None
        return str(subject[0])


def _reattribute(
    ps: _Sent, out: list[Event], m: re.Match[str], owner: Any, defier: str, y: str
) -> None:
    """In place: an event inside the defied phrase coded ``defier`` -> ``y`` is ``y``'s ("bất
    chấp cảnh báo của Mỹ": the warning is Mỹ's, to the defier, and was made); an act of the
    defier before "bất chấp" never targets ``y`` ("phóng tên lửa bất chấp lệnh cấm của LHQ")."""
    off = ps.sent.start
    for ev in list(out):
        span, rec = ev.evidence.trigger, ev.evidence.spans.get("recipient")
        if span is None or ev.actor is None or ev.recipient is None:
            continue
        inside = m.end() <= span.start - off < owner.start
        if inside and ev.actor.code == defier and ev.recipient.code == y:
            ev.actor, ev.recipient = ev.recipient, ev.actor
            _swap_spans(ev)
            ev.modality = "asserted"
        elif (
            span.end - off <= m.start()
            and rec is not None
            and owner.start <= rec.start - off < owner.end
        ):
            out.remove(ev)

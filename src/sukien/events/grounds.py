"""Grounds stated for a hostile act (a mixin of ``Coder``).

Vietnamese news gives the ground of a sanction, an expulsion, an arrest or a strike right after
the act, as "với lý do …", "lấy/viện cớ …", "vì/do cho rằng …", "(sau khi/vì) (những người này)
bị cáo buộc …": the one who acts states a wrong of its target, and that is an accusation of the
target by the actor beside the act itself (``ReportedRules._charged`` reads "với/vì cáo buộc …").
Examples are sentences of our own:

* "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật": ACCUSE RUS -> POL;
* "Iran đình chỉ hợp tác với IAEA, viện cớ cơ quan này thiên vị": ACCUSE IRN -> IAEA;
* "Quân đội X bắn hạ máy bay của Y vì cho rằng máy bay này xâm phạm không phận": ACCUSE X -> Y;
* "Mỹ yêu cầu hai nhà ngoại giao Cuba rời khỏi Mỹ sau khi những người này bị cáo buộc …".

The article's own hedge on the target ("máy bay bị cho là đã xâm phạm", "bị tình nghi") is no
ground the actor states, and a ground whose accused is the actor itself ("cắt đứt quan hệ trong
vụ tranh cãi về việc A bị tố cáo …") accuses no target.

A neutral ground ("với lý do an ninh quốc gia", "với lý do kỹ thuật") names no wrong of the
target, and a ground after another act in between is that act's ground.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.reported import _BREAK_AFTER, _asserted_dyads

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# the ground of the act: a wrong its target did
_GROUND = re.compile(
    r"(?<!\w)(?:với|vì|do)\s+(?:các\s+|những\s+)?lý do(?!\s+(?:an ninh|kỹ thuật|sức khỏe|"
    r"thời tiết|cá nhân|ngân sách|chi phí|lịch trình|nhân đạo|kinh tế|thương mại|bảo trì)(?!\w))"
    r"|(?<!\w)(?:lấy|viện|mượn)\s+(?:lý do|cớ)(?!\w)"
    r"|(?<!\w)với\s+(?:cái\s+)?cớ(?!\w)"
    r"|(?<!\w)(?:vì|do)\s+(?:cho rằng|cáo buộc|nghi ngờ|cho là)(?!\w)"
    r"|(?<!\w)bị\s+(?:cáo buộc|tố cáo|buộc tội)(?!\w)"
)
# a turn to another clause between the act and the ground ("…, trong khi X bị cáo buộc …")
_TURN = re.compile(r"(?<!\w)(?:trong khi|trong lúc|nhưng|song|tuy nhiên|còn|mặc dù|dù)(?!\w)")
# the hostile acts whose stated ground accuses their target
_GROUNDED = ("SANCTION", "COERCE", "ASSAULT")


class GroundsRules:
    """The ground an actor states for its hostile act accuses the target (mixed into ``Coder``)."""

    def _grounded_acts(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'A trục xuất/trừng phạt/bắn hạ … B với lý do / vì cho rằng / bị cáo buộc …': ACCUSE
        A -> B beside the act. The ground follows the act's trigger in its sentence, with no
        other trigger in between."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev, span in _asserted_dyads(out, _GROUNDED):
            brk = _BREAK_AFTER.search(ps.low, span.end - off)
            m = _GROUND.search(ps.low, span.end - off, brk.start() if brk else len(ps.low))
            if m is None or any(span.end - off <= h.start < m.start() for h in ps.hits):
                continue  # the ground of a later act
            if self._nsyl(ps, span.end - off, m.start()) > 25 or _TURN.search(
                ps.low, span.end - off, m.start()
            ):
                continue
            if m.group().startswith("bị") and self._actor_suffers(ps, ev, m.start()):
                continue  # "… trong vụ tranh cãi về việc A bị tố cáo …": A is accused, not B
            acc = self._derived(ev, "ACCUSE", "allege", seen, ev.confidence * 0.9)
            if acc is not None:
                extra.append(acc)
        return extra

    def _actor_suffers(self: Any, ps: _Sent, ev: Event, at: int) -> bool:
        """Is the event's actor the one named right before the passive "bị" at ``at``?"""
        code = ev.actor.code if ev.actor else None
        return any(
            p.code == code
            for g in ps.groups
            if g.end <= at and self._nsyl(ps, g.end, at) <= 2
            for p in self._participants(g)
        )

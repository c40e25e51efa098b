"""Sanctions and demands read the Vietnamese news way (a mixin of ``Coder``, wave 8).

* **a demand that an envoy leave** ("Ba Lan yêu cầu lãnh sự quán Nga phải đóng cửa", "X yêu cầu
  đại sứ Y rời khỏi X"): ordering a foreign diplomat out, or a foreign mission shut, is an
  expulsion, a SANCTION (mode expel), not a request; the demand's actor and recipient stay.
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# right after a demand: an envoy or a mission told to leave or to shut ("yêu cầu (tất cả) các
# nhân viên ngoại giao Y phải rời khỏi X", "yêu cầu lãnh sự quán Y tại Z đóng cửa")
_ENVOY_OUT = re.compile(
    r"\s*(?:giờ\s+)?(?:(?:tất cả|toàn bộ)\s+)?(?:(?:các|những|một|hai|ba|\d+)\s+)?"
    r"(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|đại biện|nhà ngoại giao|"
    r"nhân viên ngoại giao|phái đoàn ngoại giao|cơ quan đại diện|bí thư)(?!\w)"
    r"[^,;:.!?]{0,60}?(?<!\w)(?:phải\s+)?(?:rời khỏi|rời|đóng cửa|trở về nước|về nước)(?!\w)"
)
_DEMANDS = frozenset({"yêu cầu", "buộc", "ra lệnh cho", "ra lệnh", "đề nghị"})


class SanctionRules:
    """Mixin: ``self`` is a ``Coder`` (uses ``lex``)."""

    def _expulsion_demands(self: Any, ps: _Sent, out: list[Event]) -> None:
        """REQUEST "X yêu cầu đại sứ/lãnh sự quán Y rời khỏi/đóng cửa …" becomes SANCTION X -> Y
        (mode expel), in place: an order that a foreign envoy leave is an expulsion."""
        off = ps.sent.start
        t = self.lex.types["SANCTION"]
        for ev in list(out):
            span = ev.evidence.trigger
            if ev.type != "REQUEST" or span is None or ev.recipient is None or ev.actor is None:
                continue
            if ps.low[span.start - off : span.end - off] not in _DEMANDS:
                continue
            if not _ENVOY_OUT.match(ps.low, span.end - off):
                continue
            dyad = (ev.actor.code, ev.recipient.code, ev.modality)
            if any(
                o.type == "SANCTION" and (o.actor.code, o.recipient.code, o.modality) == dyad  # type: ignore[union-attr]
                for o in out
            ):
                out.remove(ev)  # the expulsion is coded already
                continue
            ev.type, ev.mode, ev.quad_class, ev.score = t.name, "expel", t.quad_class, t.score

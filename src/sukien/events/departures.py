"""Diplomats made to leave (a mixin of ``Coder``).

Rule of Vietnamese news grammar: "(các) nhà ngoại giao (của) Y phải / bị buộc / buộc phải rời
(khỏi) X" reports an expulsion by X: the state they must leave is the actor, the diplomats'
state the target (SANCTION X -> Y, mode expel). "rời khỏi đất nước / nước này" is the state
that reports it ("Ngoại trưởng X nói các nhà ngoại giao Y phải rời khỏi đất nước trong vòng 48
giờ"). The diplomats are named by an envoy noun (nhà ngoại giao, đại sứ, nhân viên ngoại giao,
nhân viên đại sứ quán, thành viên phái đoàn, bí thư, tùy viên, lãnh sự, đại biện) with their
state after it; a departure still to come ("sẽ phải rời", "có thể phải rời") is no expulsion
yet. (Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import keep_new

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# "phải rời (khỏi)", "bị buộc rời", "buộc phải rời", "bị yêu cầu rời"
_LEAVE = re.compile(
    r"(?<!\w)(?:phải|bị buộc(?:\s+phải)?|buộc phải|bị yêu cầu|được yêu cầu|bị bắt buộc)\s+"
    r"(?P<v>rời(?:\s+khỏi)?)(?!\w)\s*"
)
_ENVOY = re.compile(
    r"(?<!\w)(?:nhà ngoại giao|đại sứ(?!\s+quán)|nhân viên ngoại giao|nhân viên đại sứ quán|"
    r"nhân viên lãnh sự|thành viên (?:của\s+)?(?:phái đoàn|phái bộ)|bí thư|tùy viên|lãnh sự|"
    r"đại biện|cao ủy|"
    r"quan chức ngoại giao)(?!\w)"
)
# the leaver's own country, named by the reporter: "rời khỏi đất nước", "rời khỏi nước này"
_THIS_COUNTRY = re.compile(r"(?:đất nước|nước này|lãnh thổ nước này|quốc gia này)(?!\w)")
_NOT_YET = re.compile(r"(?<!\w)(?:sẽ|có thể|nếu|chưa|không)\s*$")
_EXPEL = Trigger("rời khỏi", "SANCTION", "expel")


class DepartureRules:
    """``_made_to_leave``: SANCTION X -> Y for "nhà ngoại giao Y phải rời khỏi X" (relies on
    ``SourcedRules._codes``, mixed into ``Coder`` beside it)."""

    def _made_to_leave(self: Any, doc: Any, ps: _Sent, ctx: Any, seen: set[Any]) -> list[Event]:
        from sukien.events.coder import _Hit

        extra: list[Event] = []
        for m in _LEAVE.finditer(ps.low):
            if _NOT_YET.search(ps.low[max(0, m.start() - 12) : m.start()]):
                continue
            envoy = next(  # the first envoy noun of the subject
                (
                    e
                    for e in _ENVOY.finditer(ps.low, max(0, m.start() - 80), m.start())
                    if self._nsyl(ps, e.end(), m.start()) <= 10
                ),
                None,
            )
            if envoy is None:
                continue
            owners = [
                g
                for g in ps.groups
                if envoy.end() <= g.start
                and g.end <= m.start()
                and not g.is_place
                and self._codes(g)
            ]
            if not owners:
                continue
            target = owners[0]
            after = next((g for g in ps.groups if g.start >= m.end()), None)
            left: list[Any] = []
            if after is not None and after.start == m.end():
                left = [p for p in self._participants(after) if p.kind == "actor" and p.code]
            elif _THIS_COUNTRY.match(ps.low, m.end()):
                left = self._reporter_codes(ps, envoy.start())
            hit = _Hit(m.start(), m.end("v"), _EXPEL)  # "phải rời": the obligation is the act
            hits = sorted([*ps.hits, hit], key=lambda h: h.start)
            for tp in self._participants(target):
                if tp.kind != "actor" or not tp.code:
                    continue
                for x in left:
                    code = x if isinstance(x, str) else x.code
                    if code == tp.code:
                        continue
                    ev = self._event(doc, ps, hit, hits, x, tp, "asserted", 0.6, ctx, False)
                    if ev is None or ev.modality != "asserted":
                        continue
                    keep_new(ev, seen, extra)
        return extra

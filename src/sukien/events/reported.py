"""Attacks reported by their victim are accusations (a mixin of ``Coder``).

"Giới chức Ukraine nói Nga đã tập kích hạ tầng ở Kiev", "Armenia tuyên bố quân đội Azerbaijan đã
nã pháo vào lãnh thổ nước này", '"Nga đã tấn công …", ông X (Ukraine) nói': the attack is coded
as an attack, and the state that reports it (the speaker of the quotation, or the subject of the
reporting verb before the attacker) accuses the attacker, when that state is the one attacked.
An attack the article itself states, or one a third party reports, accuses no one; an attack
named as a noun ("thiệt mạng do các cuộc không kích của X") or an arrest is a report of what
happened, no claim.
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import TYPE_CHECKING, Any

from sukien.document import Event

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# an attack named as a noun ("thiệt mạng do các cuộc không kích của X", "tiến hành cuộc tấn
# công") is a report of what happened, not a claim about who did it
_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:cuộc|các|những|vụ|đợt|loạt|trận)$")


class ReportedRules:
    """``_reported_attacks``: ACCUSE victim -> attacker for an attack the victim reports."""

    def _reporter_codes(self: Any, ps: _Sent, actor_pos: int) -> list[str]:
        """Who says the clause the attacker at ``actor_pos`` opens: the speaker of a quotation
        around it, else the subject of the last reporting verb before it."""
        speaker = self._speaker(ps, actor_pos)
        if speaker is not None:
            return [speaker]
        cue = next((c for c in reversed(ps.cues) if c[3] == "report" and c[1] <= actor_pos), None)
        if cue is None:
            return []
        said_by = self._groups_before(ps, self._clause_start(ps, cue[0]), cue[0])
        if not said_by:
            return []
        return [p.code for p in self._participants(said_by[-1]) if p.kind == "actor" and p.code]

    def _reported_attacks(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'X nói Y đã tấn công X': ACCUSE X -> Y beside the asserted attack Y -> X."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev in out:
            if ev.type != "ASSAULT" or ev.modality != "asserted":
                continue
            span = ev.evidence.trigger
            if span is None or _NOUN_BEFORE.search(ps.low[: span.start - off].rstrip()):
                continue
            actor, recip = ev.actor, ev.recipient
            if actor is None or recip is None or actor.start is None or not recip.code:
                continue
            if recip.code not in self._reporter_codes(ps, actor.start - off):
                continue
            key = ("ACCUSE", recip.code, actor.code or "", "asserted")
            if key in seen:
                continue
            seen.add(key)
            t = self.lex.types["ACCUSE"]
            acc = deepcopy(ev)  # nothing shared with the attack
            acc.type, acc.mode, acc.quad_class, acc.score = t.name, "allege", t.quad_class, t.score
            acc.actor, acc.recipient = deepcopy(recip), deepcopy(actor)
            spans = acc.evidence.spans
            a_span, r_span = spans.pop("actor", None), spans.pop("recipient", None)
            if r_span is not None:
                spans["actor"] = r_span
            if a_span is not None:
                spans["recipient"] = a_span
            acc.confidence = ev.confidence * 0.9
            extra.append(acc)
        return extra

"""Speech that is an act of its own (a mixin of ``Coder``): attacks reported by their victim are
accusations, force or sanctions a warner says it will use are threats.

"Giới chức Ukraine nói Nga đã tập kích hạ tầng ở Kiev", "Armenia tuyên bố quân đội Azerbaijan đã
nã pháo vào lãnh thổ nước này", '"Nga đã tấn công …", ông X (Ukraine) nói': the attack is coded
as an attack, and the state that reports it (the speaker of the quotation, or the subject of the
reporting verb before the attacker) accuses the attacker, when that state is the one attacked.
An attack the article itself states, or one a third party reports, accuses no one; an attack
named as a noun ("thiệt mạng do các cuộc không kích của X") or an arrest is a report of what
happened, no claim. A sanction its target reports ("Ngoại trưởng Cuba cho biết Mỹ đã siết chặt cấm
vận Cuba") is likewise a complaint: ACCUSE target -> sanctioner.

"Nga cảnh báo rằng họ sẽ trừng phạt Mỹ", "bà X (EU) cảnh báo rằng EU sẽ đưa ra các biện pháp
trừng phạt mới nhằm vào Nga": a warning with no addressee whose "rằng" clause has the warner
itself use force, sanctions or coercion against Y is a THREATEN warner -> Y (the act stays
unasserted); a warning that someone else may act ("cảnh báo rằng Nga có thể tấn công") is a
forecast, no threat.

"Hamas đồng ý với đề xuất ngừng bắn … do hai nước trung gian Qatar và Ai Cập đưa ra": a proposal
accepted whose authors follow ("do X (và Y) đưa ra/đề xuất/soạn thảo/khởi xướng") is an AGREE
of the subject with each author, when the coder found no other party for it; so is a refusal of
conditions or an invitation "mà Y đặt ra", "do Y tổ chức" a REJECT of Y.
"Mỹ yêu cầu X đóng cửa các trại, nếu không, Mỹ sẽ tự làm": a demand with a consequence for
refusing ("nếu không … sẽ", an ultimatum) is also a THREATEN of its addressee.

"Mỹ trục xuất 12 nhà ngoại giao Nga với cáo buộc hoạt động gián điệp", "bắt giữ X vì liên quan
đến các hoạt động …": a sanction or arrest with its charge stated is also an ACCUSE of its
target by whoever imposes it.
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from typing import TYPE_CHECKING, Any

from sukien.document import Document, Event, Span

if TYPE_CHECKING:
    from sukien.events.coder import _Ctx, _Sent

# the acts a warner may threaten to take against someone
_FORCE = frozenset({"SANCTION", "ASSAULT", "COERCE"})
# "cảnh báo rằng/là …", and "cảnh báo (có thể) sẽ …" whose subject is the warner's
_THAT = re.compile(r"\s*(?:rằng|là|(?:có thể\s+)?sẽ)(?!\w)")
_BREAK_AFTER = re.compile(r"[.;!?]")
# a proposal's authors after it: "… do X và Y đưa ra"
# or in a relative clause: "các điều kiện mà Y (đơn phương) đặt ra", "lời mời … do Y tổ chức"
_AUTHORED = re.compile(
    r"(?<!\w)(?:do|mà)\s+(?P<who>[^,;.]{2,80}?)\s+(?:(?:cùng|đã|vừa|đơn phương)\s+)?"
    r"(?:đưa ra|đề xuất|đề ra|đặt ra|soạn thảo|khởi xướng|đệ trình|xây dựng|làm trung gian|"
    r"tổ chức|vạch ra|áp đặt)(?!\w)"
)
_PROPOSAL = ("đề xuất", "đề nghị", "kế hoạch", "sáng kiến", "dự thảo")
_PROPOSAL_NEXT = re.compile(
    r"\s+(?:(?:các|những|lời|bản|mọi)\s+)?(?:đề xuất|đề nghị|kế hoạch|sáng kiến|dự thảo|"
    r"điều kiện|lời mời|yêu sách|cái gọi là|cáo buộc|yêu cầu|lời kêu gọi|đòi hỏi)(?!\w)"
)
# the charge of a sanction or an arrest: "… với cáo buộc …", "… vì liên quan đến các hoạt động …"
_CHARGED = re.compile(
    r"(?<!\w)(?:với|vì|do|theo)\s+(?:các\s+|những\s+)?(?:cáo buộc|tội danh|nghi ngờ|nghi vấn)"
    r"|(?<!\w)(?:vì|về|với)\s+(?:các\s+)?tội(?=\s+(?:gián điệp|làm gián điệp|khủng bố|phản quốc|"
    r"phá hoại|xâm nhập|buôn lậu|tấn công))"
    r"|(?<!\w)vì\s+(?:có\s+)?(?:liên quan|tham gia|dính líu)(?:\s+(?:đến|tới|vào))?\s+"
    r"(?:các\s+|những\s+)?(?:hoạt động|hành vi)(?!\w)"
)
# a demand's consequence for refusing: "…, nếu không (thì), … sẽ …"
_OR_ELSE = re.compile(
    r"(?<!\w)nếu không(?:\s+thì)?(?!\w)[\s,\"“”]*(?:[^.;!?]{0,80}?)"
    r"(?<!\w)(?:sẽ|phải chịu|đối mặt|hậu quả)(?!\w)"
)
# the press of a state, which reports what others do: "truyền thông Nga", "báo chí Mỹ"
_MEDIA_OF = re.compile(
    r"(?:^|\s)(?:truyền thông|giới truyền thông|báo chí|hãng tin|hãng thông tấn|thông tấn xã|"
    r"đài truyền hình|truyền hình|báo|tờ báo|kênh)(?:\s+(?:nhà nước|quốc gia|chính thức))?$"
)
# the hostile acts whose victim, reporting them, accuses their author ("Ngoại trưởng X cho biết Y
# đã tăng cường cấm vận X": an embargo its target reports is a complaint about it)
# (an expulsion its target announces is news of the tit-for-tat, no complaint: "Nga cho biết Mỹ
# đã trục xuất 10 nhà ngoại giao Nga")
_REPORTED_ACTS = frozenset({"ASSAULT", "SANCTION", "ACCUSE", "THREATEN"})
# an attack named as a noun ("thiệt mạng do các cuộc không kích của X", "tiến hành cuộc tấn
# công") is a report of what happened, not a claim about who did it
_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:cuộc|các|những|vụ|đợt|loạt|trận)$")


# shooting down or intercepting someone's missiles or a wave of drones ("phòng không X bắn hạ
# 13 tên lửa của Y", "bắn hạ 7 UAV Ukraine", "UAV của Y bị X đánh chặn"): the attack is Y's on
# X, not X's on Y. One drone, a few ("một số"), a spy drone or a balloon shot down is X's act
# against Y ("Iran bắn rơi một máy bay không người lái của Mỹ", "bắn hạ UAV trinh sát của Y").
_INTERCEPT = frozenset({"bắn hạ", "bắn rơi", "đánh chặn"})
_PROJECTILE_OF = re.compile(
    r"(?<!\w)(?:(?P<missile>tên lửa|rocket)|máy bay không người lái|thiết bị bay không người lái|"
    r"uav|drone)(?P<of>(?:\s+[^\s,;.]+){0,4}?\s+của(?!\w))?"
)
# a count of drones before the weapon: a wave ("7 UAV", "hàng chục máy bay không người lái")
_WAVE_BEFORE = re.compile(
    r"(?<!\w)(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm|hàng loạt|"
    r"một loạt|loạt|nhiều|các|những)\s+(?:(?:chiếc|quả|thiết bị)\s+)?$"
)
_SPY_CRAFT = re.compile(r"(?<!\w)(?:trinh sát|do thám|giám sát|mq-\d|rq-\d|reaper|global hawk)")


def _attacking(low: str, weapon: re.Match[str], owner: int) -> bool:
    """Whether the weapon shot down attacked: a missile, or drones counted as a wave, and no spy
    craft named between the weapon and its owner."""
    if _SPY_CRAFT.search(low, weapon.start(), owner):
        return False
    return bool(weapon.group("missile") or _WAVE_BEFORE.search(low[: weapon.start()]))


def _asserted_dyads(out: list[Event], types: tuple[str, ...]) -> Iterator[tuple[Event, Span]]:
    """The asserted events of ``types`` with a trigger span, a coded actor and a recipient."""
    for ev in out:
        span = ev.evidence.trigger
        if ev.type not in types or ev.modality != "asserted" or span is None:
            continue
        if ev.actor is not None and ev.recipient is not None and ev.actor.code:
            yield ev, span


def coded_starts(out: list[Event], off: int) -> set[int]:
    """Where the triggers of the events ``out`` start, relative to a sentence at ``off``: a
    post-pass leaves a trigger already coded to the event it has."""
    return {ev.evidence.trigger.start - off for ev in out if ev.evidence.trigger is not None}


def keep_new(ev: Event, seen: set[tuple[str, str, str, str]], out: list[Event]) -> bool:
    """Append ``ev`` to ``out`` unless an event of its type, dyad and modality is already in
    ``seen`` (which it then joins): a post-pass never codes one event twice."""
    key = (ev.type, ev.actor.code or "", ev.recipient.code or "", ev.modality)  # type: ignore[union-attr]
    if key in seen:
        return False
    seen.add(key)
    out.append(ev)
    return True


def _swap_spans(ev: Event) -> None:
    """The evidence spans of an event whose actor and recipient were swapped, swapped too."""
    spans = ev.evidence.spans
    a_span, r_span = spans.pop("actor", None), spans.pop("recipient", None)
    if r_span is not None:
        spans["actor"] = r_span
    if a_span is not None:
        spans["recipient"] = a_span


class ReportedRules:
    """``_reported_attacks``: ACCUSE victim -> attacker for an attack (or a sanction) the victim
    reports."""

    def _reporter_codes(self: Any, ps: _Sent, actor_pos: int) -> list[str]:
        """Who says the clause the attacker at ``actor_pos`` opens: the speaker of a quotation
        around it, else the subject of the last reporting verb before it."""
        speaker = self._speaker(ps, actor_pos)
        if speaker is not None:
            return [speaker]
        cue = self._report_cue(ps, actor_pos)  # past "nói với Y rằng"
        if cue is None:
            return []
        said_by = self._groups_before(ps, self._clause_start(ps, cue[0]), cue[0])
        # "X chỉ trích động thái của Y …, đồng thời khẳng định …": Y owns an act, X speaks
        said_by = [
            g for g in said_by if not self._ends(self._before(ps, g.start, 1), ("của", "mà"))
        ]
        if not said_by or _MEDIA_OF.search(self._before(ps, said_by[-1].start, 4)):
            return []  # "truyền thông Nga đưa tin Ba Lan đã …": the press reports, Nga accuses none
        return [p.code for p in self._participants(said_by[-1]) if p.kind == "actor" and p.code]

    def _recode_in_place(
        self: Any, ev: Event, type_name: str, seen: set[tuple[str, ...]], mode: str | None = None
    ) -> bool:
        """Recode ``ev`` as ``type_name`` in place, its key in ``seen`` with it; False (``ev``
        left as it is) when that event is coded already."""
        a, b = (
            (ev.actor.code or "") if ev.actor else "",
            (ev.recipient.code or "") if ev.recipient else "",
        )
        if (type_name, a, b, ev.modality) in seen:
            return False
        seen.discard((ev.type, a, b, ev.modality))
        seen.add((type_name, a, b, ev.modality))
        self.lex.types[type_name].recode(ev, mode)
        return True

    def _derived(
        self: Any,
        ev: Event,
        type_name: str,
        mode: str | None,
        seen: set[tuple[str, str, str, str]],
        confidence: float,
        reverse: bool = False,
    ) -> Event | None:
        """A copy of ``ev`` coded as ``type_name`` (actor and recipient swapped when ``reverse``),
        or None when that event is already in ``seen``; nothing is shared with ``ev``."""
        actor, recip = (ev.recipient, ev.actor) if reverse else (ev.actor, ev.recipient)
        key = (type_name, (actor.code or "") if actor else "", (recip.code or "") if recip else "")
        if (*key, "asserted") in seen:
            return None
        seen.add((*key, "asserted"))
        t = self.lex.types[type_name]
        new = deepcopy(ev)
        t.recode(new, mode)
        new.confidence = confidence
        if reverse:
            new.actor, new.recipient = deepcopy(actor), deepcopy(recip)
            _swap_spans(new)
        return new

    def _intercepted(self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, ...]]) -> None:
        """'X bắn hạ UAV của Y', 'UAV của Y bị X bắn hạ': the ASSAULT X -> Y becomes Y -> X (in
        place), when the thing shot down is Y's drone or missile."""
        off = ps.sent.start
        for ev, span in list(_asserted_dyads(out, ("ASSAULT",))):
            if ps.low[span.start - off : span.end - off] not in _INTERCEPT:
                continue
            lo, hi = max(0, span.start - off - 80), span.end - off + 80
            owner = ev.recipient.start  # type: ignore[union-attr]
            if owner is None or not any(
                # the owner after "của" within a few words, or right after the weapon ("UAV Y")
                (
                    0 <= owner - off - m.end() <= 30
                    if m.group("of")
                    else not ps.low[m.end() : owner - off].strip()
                )
                and _attacking(ps.low, m, owner - off)
                for m in _PROJECTILE_OF.finditer(ps.low, lo, hi)
            ):
                continue  # the recipient owns no missile or wave of drones shot down
            key = (ev.type, ev.actor.code or "", ev.recipient.code or "", ev.modality)  # type: ignore[union-attr]
            new = (ev.type, key[2], key[1], ev.modality)
            if new in seen:
                out.remove(ev)
                continue
            seen.discard(key)
            seen.add(new)
            ev.actor, ev.recipient, ev.mode = ev.recipient, ev.actor, "aerial"
            _swap_spans(ev)

    def _reported_attacks(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'X nói Y đã tấn công X', 'X nói Y đã bôi nhọ X': ACCUSE X -> Y beside the asserted
        act Y -> X (an attack, a sanction, a threat or a charge against X; an arrest is
        reported, not charged)."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev in out:
            if ev.type not in _REPORTED_ACTS or ev.modality != "asserted" or ev.mode == "expel":
                continue
            span = ev.evidence.trigger
            if span is None or _NOUN_BEFORE.search(ps.low[: span.start - off].rstrip()):
                continue
            actor, recip = ev.actor, ev.recipient
            if actor is None or recip is None or actor.start is None or not recip.code:
                continue
            reporters = self._reporter_codes(ps, actor.start - off)
            if recip.code not in reporters or actor.code in reporters:
                continue  # "X nói X sẽ đáp trả Y": X's own act, no report about Y
            acc = self._derived(ev, "ACCUSE", "allege", seen, ev.confidence * 0.9, reverse=True)
            if acc is not None:
                extra.append(acc)
        return extra

    def _warned_acts(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'X cảnh báo rằng X sẽ trừng phạt Y', 'X cảnh báo sẽ trừng phạt Y': THREATEN X -> Y."""
        extra: list[Event] = []
        off = ps.sent.start
        for warn in ps.hits:
            if warn.trig.type != "THREATEN" or not _THAT.match(ps.low, warn.end):
                continue
            subj, _agent, passive = self._subject(ps, self._clause_start(ps, warn.start), warn)
            if subj is None or passive:
                continue
            warners = {p.code for p in self._participants(subj) if p.kind == "actor" and p.code}
            for ev in out:
                span = ev.evidence.trigger
                if (
                    ev.type not in _FORCE
                    or ev.modality == "asserted"
                    or span is None
                    or span.start - off <= warn.end
                    or ev.actor is None
                    or ev.recipient is None
                    or ev.actor.code not in warners
                    or _BREAK_AFTER.search(ps.low, warn.end, span.start - off)
                ):
                    continue
                threat = self._derived(ev, "THREATEN", None, seen, ev.confidence)
                if threat is None:
                    continue
                threat.modality = "asserted"
                threat.evidence.trigger = type(span)(warn.start + off, warn.end + off)
                threat.trigger = ps.sent.text[warn.start : warn.end]
                extra.append(threat)
        return extra

    def _proposal_authors(
        self: Any,
        doc: Document,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X chấp nhận/đồng ý với đề xuất … do Y đưa ra': AGREE X -> Y; 'X từ chối đề xuất …
        do Y đưa ra': REJECT X -> Y (no party found)."""
        extra: list[Event] = []
        off = ps.sent.start
        coded = {e.evidence.trigger.start - off for e in out if e.evidence.trigger}
        for hit in ps.hits:
            if hit.start in coded:
                continue
            if not (
                (hit.trig.type == "AGREE" and hit.trig.text.endswith(_PROPOSAL))
                or (
                    hit.trig.type == "REJECT"
                    and (
                        _PROPOSAL_NEXT.match(ps.low, hit.end)
                        or hit.trig.text.endswith(_PROPOSAL)  # "bác bỏ đề xuất … mà Y đưa ra"
                    )
                )
            ):
                continue  # "từ chối đề xuất … do Y đưa ra" rejects Y's (wave 17)
            m = _AUTHORED.search(ps.low, hit.end)
            if m is None or _BREAK_AFTER.search(ps.low, hit.end, m.start()):
                continue
            a, b = m.span("who")
            authors = [
                p
                for g in ps.groups
                if a <= g.start and g.end <= b
                for p in self._participants(g)
                if p.kind == "actor" and p.code
            ]
            subj, _agent, passive = self._subject(ps, self._clause_start(ps, hit.start), hit)
            if subj is None or passive or not authors:
                continue
            modality = self._modality(ps, hit, self._clause_start(ps, hit.start), ps.hits)
            for x in self._participants(subj):
                if x.kind != "actor" or not x.code:
                    continue
                for y in authors:
                    key = (hit.trig.type, x.code, y.code or "", modality)
                    if hit.trig.type == "AGREE":
                        key = ("AGREE", *sorted((x.code, y.code or "")), modality)
                    if key in seen:
                        continue
                    ev = self._event(doc, ps, hit, ps.hits, x, y, modality, 0.7, ctx, False)
                    if ev is not None:
                        seen.add(key)  # type: ignore[arg-type]
                        extra.append(ev)
        return extra

    def _charged(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'A trục xuất/bắt giữ B với cáo buộc …': ACCUSE A -> B beside the act."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev, span in _asserted_dyads(out, ("SANCTION", "COERCE")):
            brk = _BREAK_AFTER.search(ps.low, span.end - off)
            m = _CHARGED.search(ps.low, span.end - off, brk.start() if brk else len(ps.low))
            if m is None or any(h.start < m.start() and h.start >= span.end - off for h in ps.hits):
                continue  # the charge of a later act
            acc = self._derived(ev, "ACCUSE", "allege", seen, ev.confidence * 0.9)
            if acc is not None:
                extra.append(acc)
        return extra

    def _ultimatums(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'A yêu cầu B …, nếu không, A sẽ …': THREATEN A -> B beside the demand."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev, span in _asserted_dyads(out, ("REQUEST",)):
            if not _OR_ELSE.search(ps.low, span.end - off):
                continue
            threat = self._derived(ev, "THREATEN", "ultimatum", seen, ev.confidence * 0.9)
            if threat is not None:
                extra.append(threat)
        return extra

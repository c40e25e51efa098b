"""Grounds stated for a hostile act, warnings that share a demand's addressee, charges denied,
judging verbs that share the first verb's subject, and where a denial's scope ends (five small
mixins of ``Coder``, wave 10; each class's docstring states its rule).

Vietnamese news gives the ground of a sanction, an expulsion, an arrest or a strike right after
the act, as "với lý do …", "lấy/viện cớ …", "vì/do cho rằng …", "(sau khi/vì) (những người này)
bị cáo buộc …": the one who acts states a wrong of its target, and that is an accusation of the
target by the actor beside the act itself (``ReportedRules._charged`` reads "với/vì cáo buộc …").
Examples are sentences of our own:

* "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật": ACCUSE RUS -> POL;
* "Iran đình chỉ hợp tác với IAEA, viện cớ cơ quan này thiên vị": ACCUSE IRN -> IAEA;
* "Quân đội X bắn hạ máy bay của Y vì cho rằng máy bay này xâm phạm không phận": ACCUSE X -> Y;
* "Mỹ thu hồi thị thực của Tổng thống Y do những hành động khiêu khích của ông": ACCUSE USA -> Y;
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

from sukien.document import Document, Event
from sukien.events.reported import _BREAK_AFTER, _asserted_dyads, coded_starts

if TYPE_CHECKING:
    from sukien.events.coder import _Ctx, _Sent

# the ground of the act: a wrong its target did
_GROUND = re.compile(
    r"(?<!\w)(?:với|vì|do)\s+(?:các\s+|những\s+)?lý do(?!\s+(?:an ninh|kỹ thuật|sức khỏe|"
    r"thời tiết|cá nhân|ngân sách|chi phí|lịch trình|nhân đạo|kinh tế|thương mại|bảo trì)(?!\w))"
    r"|(?<!\w)(?:lấy|viện|mượn)\s+(?:lý do|cớ)(?!\w)"
    r"|(?<!\w)với\s+(?:cái\s+)?cớ(?!\w)"
    r"|(?<!\w)(?:vì|do)\s+(?:cho rằng|cáo buộc|nghi ngờ|cho là)(?!\w)"
    r"|(?<!\w)bị\s+(?:cáo buộc|tố cáo|buộc tội)(?!\w)"
    r"|(?<!\w)(?:vì|do)\s+(?:các\s+|những\s+)?(?:hành động|hành vi)(?!\w)"
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


# a warning verb with no addressee of its own
_WARNS = frozenset({"cảnh báo", "đe dọa", "dọa", "răn đe", "lên tiếng cảnh báo"})
# the warning's verb shares the subject of the verb before it: ", (đồng thời)", "và (đồng thời)"
_ZERO_SUBJECT = re.compile(r"(?:,|(?<!\w)và|(?<!\w)đồng thời)\s*(?:(?:còn|cũng|đã)\s+)?$")
# what the warner says it will do: "(rằng) (nước này/họ) sẽ/có thể …"
_WILL = re.compile(r"\s*(?:rằng\s+)?(?:(?:nước này|họ|phía này)\s+)?(?:sẽ|có thể|sẵn sàng)(?!\w)")
# force, sanction or retaliation it says it will use
_FORCE_WORDS = re.compile(
    r"(?<!\w)(?:biện pháp quân sự|hành động quân sự|vũ lực|can thiệp quân sự|đáp trả|trả đũa|"
    r"trừng phạt|hậu quả|tấn công|áp thuế|cấm vận|biện pháp cứng rắn|biện pháp mạnh)(?!\w)"
)
# the demands on an addressee that a following warning shares (an accusation before it may name
# its judge and not the warner: "tuyên bố do Mỹ soạn thảo … mô tả …, đồng thời cảnh báo …")
_ADDRESSED = ("REQUEST",)


class WarningRules:
    """A warning that shares the addressee of a demand before it (mixed into ``Coder``).

    Two verbs of one subject share its object: in "X yêu cầu Y …, (đồng thời) cảnh báo sẽ …"
    the warning is addressed to Y."""

    def _shared_warnings(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'X yêu cầu/kêu gọi Y …, (đồng thời) cảnh báo (rằng) sẽ <force>': two
        verbs of one subject, and the warning with no addressee of its own is addressed to
        the Y of the verb before it: THREATEN X -> Y."""
        extra: list[Event] = []
        off = ps.sent.start
        coded = coded_starts(out, off)
        for warn in ps.hits:
            if warn.trig.type != "THREATEN" or warn.trig.text not in _WARNS:
                continue
            if warn.start in coded or not _ZERO_SUBJECT.search(ps.low, 0, warn.start):
                continue
            will = _WILL.match(ps.low, warn.end)
            if will is None:
                continue
            brk = _BREAK_AFTER.search(ps.low, will.end())
            content = ps.low[will.end() : brk.start() if brk else len(ps.low)]
            if not _FORCE_WORDS.search(content[:80]):
                continue
            before = [
                ev
                for ev, span in _asserted_dyads(out, _ADDRESSED)
                if span.end - off <= warn.start
                and not _BREAK_AFTER.search(ps.low, span.end - off, warn.start)
            ]
            if not before:
                continue
            prior = before[-1]
            threat = self._derived(prior, "THREATEN", None, seen, prior.confidence * 0.9)
            if threat is None:
                continue
            threat.evidence.trigger = type(prior.evidence.trigger)(warn.start + off, warn.end + off)  # type: ignore[misc]
            threat.trigger = ps.sent.text[warn.start : warn.end]
            extra.append(threat)
        return extra


# an accusation its target denies, named after it: "…, (một/những) cáo buộc mà Y (luôn) bác bỏ"
_DENIED_CHARGE = re.compile(
    r"(?<!\w)(?:cáo buộc|luận điệu|cáo giác|lời buộc tội|thông tin|điều)\s+(?:mà|bị)\s+$"
)
# adverbs between the denier and the denial ("luôn bác bỏ", "đã kiên quyết phủ nhận")
_DENY_ADV = re.compile(r"\s*(?:(?:luôn|đã|đều|kiên quyết|cực lực|thẳng thừng|nhiều lần)\s+)*$")
_DENY_WORDS = frozenset({"bác bỏ", "phủ nhận", "bác"})


class DeniedChargeRules:
    """An accusation and its denial named in one sentence (mixed into ``Coder``)."""

    def _denied_charges(
        self: Any,
        doc: Document,
        ps: _Sent,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X cáo buộc/cho rằng …, (một) cáo buộc mà Y bác bỏ': REJECT Y -> X. X accuses Y in
        the sentence (an ACCUSE X -> Y before it, coded from an accusing word, not derived from
        another act), or X is the subject that opens the sentence and says it ("Ai Cập cho
        rằng con đập … vi phạm …, một cáo buộc mà Ethiopia bác bỏ")."""
        extra: list[Event] = []
        off = ps.sent.start
        coded = coded_starts(out, off)
        spoken = {h.start: h.trig.type for h in ps.hits}  # an accusation by its own trigger
        for hit in ps.hits:
            if hit.trig.text not in _DENY_WORDS or hit.start in coded:
                continue
            g = next((g for g in reversed(ps.groups) if g.end <= hit.start), None)
            if g is None or not _DENY_ADV.fullmatch(ps.low, g.end, hit.start):
                continue
            if not _DENIED_CHARGE.search(ps.low, max(0, g.start - 40), g.start):
                continue
            deniers = [p for p in self._participants(g) if p.kind == "actor" and p.code]
            if not deniers:
                continue
            accusers: list[Any] = [
                ev.actor
                for ev, span in _asserted_dyads(out, ("ACCUSE",))
                if ev.recipient.code == deniers[0].code  # type: ignore[union-attr]
                and span.start - off < g.start
                and spoken.get(span.start - off) == "ACCUSE"
            ][-1:]
            if not accusers:
                first = next((h for h in ps.groups if not h.is_place), None)
                cue = next((c for c in ps.cues if c[3] == "report"), None)
                if first is None or first is g or cue is None or cue[0] > g.start:
                    continue
                if self._nsyl(ps, first.end, cue[0]) > 3:
                    continue
                accusers = [p for p in self._participants(first) if p.kind == "actor"]
            for acc in accusers:
                code = acc if isinstance(acc, str) else acc.code
                if not code or code == deniers[0].code:
                    continue
                if ("REJECT", deniers[0].code, code, "asserted") in seen:
                    continue
                ev = self._event(
                    doc, ps, hit, ps.hits, deniers[0], code, "asserted", 0.6, ctx, False
                )
                if ev is None or ev.type != "REJECT":
                    continue
                seen.add(("REJECT", deniers[0].code, code, "asserted"))
                extra.append(ev)
        return extra


class ChainedJudgeRules:
    """The judge of a judging verb with no subject of its own (mixed into ``Coder``)."""

    def _chain_subject(self: Any, ps: _Sent, at: int) -> Any:
        """'X tuyên bố …, đồng thời mô tả/gọi/coi … là …', 'X phát biểu … và gọi …': a verb
        after ", (đồng thời)", "và (đồng thời)" with no subject of its own shares the subject
        of the sentence's first verb. That subject opens the sentence (no place, no
        prepositional phrase) and a verb or reporting cue follows it within a few syllables."""
        if not _ZERO_SUBJECT.search(ps.low, 0, at):
            return None
        first = next(
            (g for g in ps.groups if not g.is_place and not self._after_place_prep(ps, g.start)),
            None,
        )
        if first is None or first.end > at or self._in_pp(ps, first):
            return None
        verbs = [h.start for h in ps.hits] + [c[0] for c in ps.cues if c[3] == "report"]
        nxt = min((v for v in verbs if first.end <= v < at), default=None)
        if nxt is None or self._nsyl(ps, first.end, nxt) > 6:
            return None
        return first


# a verb of its own after a denial and a comma: "X phủ nhận …, (đồng thời) mô tả/cảnh báo …" (a
# "và" alone may join two acts denied together: "phủ nhận việc tấn công A và đe dọa B")
_OWN_VERB = re.compile(
    r",\s*(?:(?:và\s+)?(?:đồng thời|còn|cũng)\s+)?(?:mô tả|gọi|coi|cảnh báo|chỉ trích|lên án|"
    r"khẳng định|nhấn mạnh|kêu gọi|yêu cầu|đe dọa|tuyên bố|cho rằng|cáo buộc|tố)(?!\w)"
)


class DenialScopeRules:
    """Where a denial's scope ends (mixed into ``Coder``)."""

    @staticmethod
    def _next_verb(ps: _Sent, start: int, end: int) -> bool:
        """Does a new verb of the subject follow the denial between ``start`` and ``end``
        ("Nga phủ nhận liên quan, mô tả hành động của Đức là phi lý và cảnh báo …")? What
        it says is asserted, not denied."""
        return bool(_OWN_VERB.search(ps.low, start, end))

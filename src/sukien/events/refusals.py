"""Refusals stated as a negated act of support, approval or meeting (a mixin of ``Coder``).

Vietnamese news states many refusals as the negation of the act refused, and the annotators code
them as REJECT of the party refused (examples are sentences of our own):

* a declared refusal to support Y's bid or measure: "Hungary sẽ không ủng hộ tư cách thành viên
  của Ukraine", "Ankara khẳng định không ủng hộ việc Thụy Điển gia nhập NATO": REJECT actor -> Y;
* a decision withheld: "Hội đồng Bảo an đã không thông qua nghị quyết do Mỹ đề xuất", "Hungary
  vẫn chưa phê chuẩn đơn xin gia nhập của Thụy Điển", "Hamas không gia hạn lệnh ngừng bắn theo
  yêu cầu của Israel": REJECT actor -> Y;
* talks vowed withheld from a party named after the verb: "Kiev sẽ không đàm phán với
  Moskva": REJECT actor -> Y (wave 18; "A và B không đàm phán", "X không đàm phán với Y" state
  a fact and refuse no one);
* a meeting or visit cancelled: "Tổng thống Mexico hủy cuộc gặp Tổng thống Mỹ", "hủy chuyến thăm
  tới Pháp": REJECT actor -> Y.

A request with no addressee turned down in the next clause ("Ba Lan đề nghị đàm phán, song
Berlin từ chối", ``_turned_down``) names each side by the other: REQUEST A -> B, REJECT B -> A
(wave 18g).

A request answered in a fronted phrase ("Đáp lại yêu cầu của Y, X …", "Phản hồi lời kêu gọi của
Y, X tuyên bố sẽ không …", ``_answered_refusals``) was made of the main clause's subject: REQUEST
Y -> X; when that subject refuses or answers with a negation, REJECT X -> Y too (wave 19).

The coder keeps the negated act too (SUPPORT/AGREE/CONSULT, modality denied); the REJECT is
derived from it, with the same actor and recipient, only when the negation ("không", "chưa",
"sẽ không", "hủy") stands right before the trigger ("không thể thông qua" is a failure to act, no
refusal) and the trigger is a verb of support, approval or meeting (a denied "thỏa thuận" or
"gia nhập" is a state of affairs, no one's refusal).

A threat the parties agree on ("Hàn Quốc, Nhật Bản và Mỹ nhất trí sẽ đưa ra phản ứng mạnh mẽ nếu
Triều Tiên thử hạt nhân") is made by announcing it: the agreement makes it no plan
(``_agreed_threat`` keeps it asserted, a THREATEN of each party against the one warned).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import keep_new

if TYPE_CHECKING:
    from sukien.events.coder import _Hit, _Sent
    from sukien.events.mentions import Phrase

# the negated triggers whose denial is a refusal, by the type the coder gives them
_REFUSABLE = {
    "SUPPORT": frozenset({"ủng hộ", "tán thành"}),
    "AGREE": frozenset(
        {
            "phê chuẩn",
            "thông qua",
            "phê duyệt",
            "chấp thuận",
            "gia hạn lệnh ngừng bắn",
            "gia hạn ngừng bắn",
            "gia hạn thỏa thuận",
            "gia hạn hiệp ước",
            "gia hạn hiệp định",
        }
    ),
    "CONSULT": frozenset({"đàm phán", "đối thoại"}),  # "Kiev sẽ không đàm phán với Moskva"
}
# the negation right before the trigger: "(sẽ|vẫn|đã|chắc chắn) không/chưa (hề|bao giờ)"
_NEGATED = re.compile(r"(?<!\w)(?:không|chưa)(?:\s+(?:hề|bao giờ))?\s*$")
# talks refused are declared: "sẽ không (bao giờ)", "không bao giờ" (a plain "không" is a fact)
_DECLARED = re.compile(r"(?<!\w)(?:sẽ\s+không(?:\s+bao giờ)?|không\s+bao giờ)\s*$")
# "hủy (bỏ) (cuộc|chuyến) <meeting>": the meeting is called off
_CANCELLED = re.compile(
    r"(?<!\w)(?:hủy|hủy bỏ)(?:\s+(?:một|các|những))?(?:\s+(?:cuộc|chuyến))?\s*$"
)
# opposing a party's bid to join ("phản đối Thụy Điển (và Phần Lan) gia nhập NATO")
_OPPOSE = frozenset({"phản đối", "kiên quyết phản đối", "phản đối mạnh mẽ", "ngăn cản"})
_CHARGE_OBJECT = re.compile(
    r"\s*(?:(?:mọi|các|những)\s+)?(?:lời\s+|sự\s+)?(?:chỉ trích|cáo buộc|buộc tội|lên án)(?!\w)"
)
# opposing a party's proposal is refusing it: "phản đối đề xuất/kế hoạch của Y" (wave 19); a
# proposed measure against someone is no proposal made to them ("phản đối đề xuất trừng phạt …")
_PROPOSAL_OBJECT = re.compile(
    r"\s*(?:(?:mọi|các|những)\s+)?(?:lời\s+)?(?:đề xuất|đề nghị|kế hoạch|sáng kiến|yêu cầu|"
    r"kêu gọi|đòi hỏi|dự thảo)(?!\w)(?!\s+(?:(?:áp|áp đặt|áp dụng|tăng|thêm)\s+)?"
    r"(?:trừng phạt|cấm|thuế|trục xuất|tấn công))"
)
_BID = re.compile(
    r"(?:\s+(?:và|,)\s+[^,;.]{1,30}?)?\s+(?:(?:việc|sẽ)\s+)?"
    r"(?P<v>xin gia nhập|gia nhập|trở thành thành viên)(?!\w)"
)
# the agreement verbs before a threat they announce
_AGREED = frozenset({"nhất trí", "thống nhất", "đồng ý", "cam kết"})
_MEETING = frozenset(
    {"gặp", "gặp gỡ", "thăm", "chuyến thăm", "hội đàm", "cuộc gặp", "hội kiến", "cuộc họp", "họp"}
)
# "…, song/nhưng <refuser> (đã) từ chối": a request turned down in the next clause (wave 18g)
_TURNED_DOWN = re.compile(r",\s*(?:song|nhưng)\s*$")
_REFUSAL_GAP = re.compile(
    r"\s*(?:(?:đã|cũng|lại|vẫn|thẳng thừng|kiên quyết|ngay lập tức|nhanh chóng)\s*)*"
)

# a fronted answer to a request and its author: "(Để) đáp lại/Phản hồi (lời) yêu cầu … của Y,"
# ("Trước lời kêu gọi của Y, X …", faced with it, is left alone: tests/events/test_triggers.py)
_ANSWERING = re.compile(
    r"^\W*(?:(?:để|khi)\s+)?(?:đáp lại|đáp trả|phản hồi|trả lời)\s+"
    r"(?P<noun>(?:(?:các|những|mọi)\s+)?(?:lời\s+)?(?:yêu cầu|đề nghị|đề xuất|kêu gọi|đòi hỏi))"
    r"(?!\w)[^,;:.!?()\"“”]*?\s(?:của|từ)\s+(?:phía\s+)?(?P<who>[^,;:.!?()\"“”]+?)\s*,\s*"
)
# the answer a refusal: "(tuyên bố/khẳng định …) (sẽ/vẫn) không/chưa …", "(đã) từ chối/bác bỏ"
_ANSWER_REFUSED = re.compile(
    r"(?:\s+[^\s,;:.!?]+){0,4}?\s+(?:(?:đã|vẫn|sẽ|cũng|kiên quyết|quyết|tiếp tục)\s+)*"
    r"(?P<v>(?:không|chưa)(?:\s+(?:bao giờ|hề))?"
    r"(?=\s+(?!chỉ|những|lâu|ngừng|ngần ngại|loại trừ)\w)|"
    r"(?:từ chối|bác bỏ|khước từ|gạt bỏ|bác)(?!\w))"
)
# before the main clause's subject, at most a title: "Thủ tướng", "Bộ Ngoại giao", "phía"
_TITLE_GAP = re.compile(r"(?:[^\W\d]+\s+){0,4}")
_ASKED = Trigger("yêu cầu", "REQUEST", None)
# a refusal bound to an exception the other side must meet (wave 19h): "X từ chối thả con tin
# trừ khi Y rút quân", "X sẽ không thả con tin trừ khi Y …", "X không chấp nhận đề nghị của
# Y, trừ khi Y dỡ bỏ cấm vận"
_UNLESS = re.compile(
    r"(?<!\w)(?P<v>từ chối|bác bỏ|không chấp nhận|sẽ không chấp nhận|sẽ không(?=\s+(?:thả|rút|"
    r"ngừng|dừng|đàm phán|ký|trả|trao trả|nối lại|gỡ bỏ|dỡ bỏ)(?!\w)))(?!\w)"
    r"(?:\s+[^\s;.:!?]+){1,12}?,?\s+(?P<c>trừ khi|trừ phi)\s+(?:(?:phía|chính quyền)\s+)?"
)
_REFUSED = Trigger("từ chối", "REJECT", "refuse")


class RefusalRules:
    """``_refusals``: REJECT beside a negated support, approval or meeting."""

    def _refused_unless(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X từ chối … trừ khi Y …': the exception is asked of Y, the refusal made to Y:
        REJECT X -> Y and REQUEST X -> Y (wave 19h)."""
        extra: list[Event] = []
        for m in _UNLESS.finditer(ps.low):
            cond = next((g for g in ps.groups if g.start == m.end() and not g.is_place), None)
            if cond is None:
                continue
            refusal, actors = self._vow_speaker(ps, *m.span("v"), _REFUSED)
            ask = self._vow_speaker(ps, *m.span("c"), _ASKED)[0]
            asked = [p for p in self._participants(cond) if p.kind == "actor"]
            for x in actors:
                for y in asked:
                    if x.code == y.code:
                        continue
                    for hit in (refusal, ask):
                        ev = self._event(doc, ps, hit, ps.hits, x, y, "asserted", 0.6, ctx, False)
                        if ev is None or ev.type != hit.trig.type:
                            continue
                        ev.modality = "asserted"
                        keep_new(ev, seen, extra)
        return extra

    def _refusals(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'X sẽ không ủng hộ Y', 'X không thông qua nghị quyết của Y', 'X hủy cuộc gặp Y':
        REJECT X -> Y beside the denied act."""
        extra: list[Event] = []
        off = ps.sent.start
        for ev in out:
            opposed = self._opposed(ps, ev)
            if opposed is not None and (
                _CHARGE_OBJECT.match(ps.low, opposed) or _PROPOSAL_OBJECT.match(ps.low, opposed)
            ):
                # "phản đối chỉ trích của Y", "phản đối đề xuất của Y"
                self._recode_in_place(ev, "REJECT", seen, "refuse")
                continue
            if opposed is not None and _BID.match(ps.low, ev.recipient.end - off):  # type: ignore[union-attr,operator]
                keep = self._derived(ev, "REJECT", "refuse", seen, ev.confidence * 0.95)
                if keep is not None:  # "phản đối Y gia nhập NATO": Y's bid refused
                    extra.append(keep)
                continue
            span = ev.evidence.trigger
            if ev.modality != "denied" or span is None or ev.actor is None or not ev.actor.code:
                continue
            if ev.recipient is None or not ev.recipient.code:
                continue
            trig = ps.low[span.start - off : span.end - off]
            before = ps.low[max(0, span.start - off - 30) : span.start - off]
            if ev.type in _REFUSABLE and trig in _REFUSABLE[ev.type]:
                if not _NEGATED.search(before):
                    continue
                if ev.type == "CONSULT" and (
                    (ev.recipient.start or 0) < span.end or not _DECLARED.search(before)
                ):
                    continue  # "A và B không đàm phán", "Iran không đàm phán với Mỹ": no vow
            elif ev.type != "CONSULT" or trig not in _MEETING or not _CANCELLED.search(before):
                continue
            new = self._derived(ev, "REJECT", "refuse", seen, ev.confidence * 0.9)
            if new is not None:
                new.modality = "asserted"
                extra.append(new)
        return extra

    @staticmethod
    def _opposed(ps: _Sent, ev: Event) -> int | None:
        """Where the object of an asserted "X phản đối Y …" (ACCUSE X -> Y) starts (relative),
        or None for any other event."""
        span, recip = ev.evidence.trigger, ev.recipient
        if ev.type != "ACCUSE" or ev.modality != "asserted" or span is None or ev.actor is None:
            return None
        if recip is None or recip.end is None or not recip.code:
            return None
        off = ps.sent.start
        return span.end - off if ps.low[span.start - off : span.end - off] in _OPPOSE else None

    @staticmethod
    def _agreed_threat_hit(ps: _Sent, hit: _Hit, prev: _Hit | None) -> bool:
        """Is ``hit`` a threat right after an agreement verb ("nhất trí sẽ đưa ra phản ứng")?
        It is the agreement's content and an event of its own, not a nested complement."""
        return (
            hit.trig.type == "THREATEN"
            and prev is not None
            and prev.trig.type == "AGREE"
            and ps.low[prev.start : prev.end] in _AGREED
            and prev.end <= hit.start
            and not ps.low[prev.end : hit.start].strip()
        )

    def _agreed_threat(self: Any, ps: _Sent, hit: _Hit, modality: str) -> str:
        """'A và B nhất trí sẽ đưa ra phản ứng … nếu Y …': the threat agreed is asserted."""
        if hit.trig.type != "THREATEN" or modality != "planned":
            return modality
        clause = self._clause_start(ps, hit.start)
        agreed = any(
            h.trig.type == "AGREE"
            and ps.low[h.start : h.end] in _AGREED
            and clause <= h.start
            and h.end <= hit.start
            and self._nsyl(ps, h.end, hit.start) <= 2
            for h in ps.hits
        )
        return "asserted" if agreed else modality

    def _turned_down(self: Any, ps: _Sent, hit: _Hit, hits: list[_Hit]) -> list[Phrase]:
        """'A đề nghị đàm phán, song B từ chối': with no object of its own, the refusal refuses
        the requester A (REJECT B -> A) and the request asked the refuser B (REQUEST A -> B)."""
        if hit.trig.type == "REJECT":
            refusal = hit
            asks = [h for h in hits if h.end <= hit.start and h.trig.type == "REQUEST"]
        elif hit.trig.type == "REQUEST":
            refusal = next(
                (h for h in hits if h.start >= hit.end and h.trig.type == "REJECT"), None
            )
            asks = [hit]
        else:
            return []
        if refusal is None or not asks:
            return []
        refuser = next(
            (
                g
                for g in ps.groups
                if g.end <= refusal.start
                and _REFUSAL_GAP.fullmatch(ps.low[g.end : refusal.start])
                and _TURNED_DOWN.search(ps.low[: g.start])
            ),
            None,
        )
        if refuser is None or refuser.start <= asks[-1].end:
            return []
        if hit is refusal:
            ask = asks[-1]
            subj, _agent, passive = self._subject(ps, self._clause_start(ps, ask.start), ask)
            side = None if passive else subj
        else:
            side = refuser
        return [p for p in self._participants(side) if p.kind == "actor"]

    def _answered_refusals(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'Đáp lại/Phản hồi yêu cầu của Y, X …': REQUEST Y -> X; 'X (tuyên bố) sẽ không …',
        'X từ chối': REJECT X -> Y too."""
        from sukien.events.coder import _Hit  # the coder imports this module

        m = _ANSWERING.match(ps.low)
        if m is None:
            return []
        a, b = m.span("who")
        askers = [
            p
            for g in ps.groups
            if a <= g.start and g.end <= b and not g.is_place
            for p in self._participants(g)
            if p.kind == "actor"
        ]
        subj = next((g for g in ps.groups if g.start >= m.end()), None)
        if not askers or subj is None or not _TITLE_GAP.fullmatch(ps.low[m.end() : subj.start]):
            return []  # the main clause opens with its subject ("Thủ tướng Israel")
        asked = [p for p in self._participants(subj) if p.kind == "actor"]
        refused = _ANSWER_REFUSED.match(ps.low, subj.end)
        extra: list[Event] = []
        ask = _Hit(m.start("noun"), m.end("noun"), _ASKED)
        refusal = _Hit(*refused.span("v"), _REFUSED) if refused else None
        for y in askers:
            for x in asked:
                if x.code == y.code:
                    continue
                pairs = [(ask, y, x)]
                if refusal is not None:
                    pairs.append((refusal, x, y))
                for hit, actor, recip in pairs:
                    ev = self._event(
                        doc, ps, hit, ps.hits, actor, recip, "asserted", 0.6, ctx, False
                    )
                    if ev is None or ev.type != hit.trig.type:
                        continue
                    ev.modality = "asserted"
                    keep_new(ev, seen, extra)
        return extra

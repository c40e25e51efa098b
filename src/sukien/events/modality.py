"""Where a modal cue stops, and acts a later phrase settles (a mixin of ``Coder``, wave 11).

A cue of plan, hope or hypothesis ("sẽ", "cho phép", "kế hoạch", "để") before a trigger makes
its event not (yet) done, unless one of these holds:

* **a new clause has its own subject.** After a comma, a conjunction (trong khi, vì, bởi vì,
  do, còn, nhưng, song, khi, trong lúc, giữa lúc) opens a clause the earlier cue does not reach:
  "X sẽ thăm Z, trong khi Y chỉ trích Z", "… không phải lúc để làm điều đó, vì A và B đang đàm
  phán với nhau".
* **a quotation closed.** A cue inside a quotation does not reach the speaker's verb after it
  ('"Chúng tôi sẽ đáp trả", X cảnh báo Y', wave 19).
* **"đã" marks the act done.** "đã" just before the trigger (at most two words between) speaks
  of a done act whatever an earlier cue says: "Nhân chuyến thăm, sẽ kéo dài đến ngày 29, hai
  nước đã ký kết 9 văn kiện".
* **a threat carries its own future.** A THREATEN trigger worded with "sẽ" ("sẽ đáp trả") is a
  threat made, not a threat planned, whatever cue stands before it in the sentence.
* **a proposal judged in a passive.** A plan or a call opening the clause as the subject of a
  passive verb that judges it ("Kế hoạch của Y đã bị X bác bỏ", "Đề nghị đàm phán của Y bị X
  từ chối") does not reach that verb: the judging was done (wave 18).
* **a meeting called off.** A meeting noun opening its clause whose verb calls it off ("Cuộc
  gặp giữa A và B đã bị hoãn", "… đã không diễn ra") was not held: denied; one "được lên kế
  hoạch", "dự kiến diễn ra" is planned (wave 19). A sanction under discussion ("thảo luận gói
  trừng phạt") is planned.
* **a sanction with a start date was decided.** "X sẽ áp thuế 25% với hàng của Y từ ngày 1/8",
  "… kế hoạch áp thuế …, có hiệu lực từ 31/10": a start date settles the measure (never under
  "nếu").

What is answered was done ("(để) đáp trả (các) cuộc không kích của X"): the coder's own
``_ANSWERED`` check, which knows the nominal forms since wave 11.
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import CLAUSE_BREAK

if TYPE_CHECKING:
    from sukien.events.coder import _Hit, _Sent


# troops, teams or goods sent to a place for a purpose: "(đã) gửi … sang Y (để|nhằm)"
_SENT_FOR = re.compile(
    r"(?P<pre>(?:^|\s)(?:[^\s,;.]+\s+){0,2})(?:gửi|điều|cử|điều động|triển khai|đưa|chuyển)"
    r"(?:\s+[^\s,;.]+){1,8}?\s+(?:sang|tới|đến)(?:\s+[^\s,;.]+){1,4}?\s+(?:để|nhằm)\s*$"
)
# "chỉ" (only) right before an act, and the condition after it: "X chỉ ký khi Y …" (wave 19h)
_ONLY_BEFORE = re.compile(r"(?<!\w)chỉ(?:\s+(?:đồng ý|chấp nhận|sẵn sàng|có thể|tiếp tục))?\s*$")
# ... and the condition itself, up to the act inside it: "chỉ ký … khi Y đáp ứng"
_ONLY_THEN = re.compile(
    r"(?<!\w)(?<!không )chỉ\s+(?!(?:trích|đạo|thị|định|huy|số|ra|rõ|còn|tiêu|điểm|là)(?!\w))"
    r"[^,;.!?]*?(?<!\w)(?:(?<!trong )(?<!sau )(?<!trước )(?<!ngay )khi|nếu|với điều kiện)\s+"
    r"(?:[^\s,;.!?]+\s+){0,8}$"
)
_ONLY_WHEN = re.compile(
    r"(?<!\w)(?:(?<!trong )(?<!sau )(?<!trước )(?<!ngay )khi|nếu|với điều kiện)(?!\w)"
)
_TO_COME = re.compile(r"(?<!\w)(?:sẽ|sắp|dự kiến|có thể|cần|kế hoạch|muốn|định)(?!\w)")

# "sẽ (luôn) tiếp tục", "sẽ luôn", "cam kết tiếp tục" right before a verb of support
_GOES_ON = re.compile(r"(?<!\w)(?:sẽ|cam kết)\s+(?:luôn\s+)?(?:tiếp tục|luôn)\s*$")
# support declared for the future: "X (tái) khẳng định sẽ sát cánh cùng Y" (wave 18)
_DECLARED_TO_COME = re.compile(
    r"(?<!\w)(?:khẳng định|tái khẳng định|tuyên bố|nhấn mạnh|cam đoan)\s+(?:rằng\s+)?"
    r"sẽ\s+(?:(?:luôn|tiếp tục|mãi mãi|kiên định)\s+)*$"
)
# a process named before the joiner: "quá trình (để) X gia nhập …", "nỗ lực X gia nhập …"
_UNDER_WAY = re.compile(
    r"(?<!\w)(?:quá trình|tiến trình|nỗ lực|tham vọng|mong muốn|khả năng)(?:\s+(?:để|cho))?"
    r"(?:\s+[^\s,;:.]+){1,4}\s*$"
)
# a cue word followed by a demonstrative is a noun ("cam kết này", "kế hoạch đó")
_DEMONSTRATIVE = re.compile(r"\s+(?:này|đó|ấy|nói trên)(?!\w)")
# a conjunction after a comma opening a clause with a subject of its own
OWN_CLAUSE = re.compile(
    r",\s*(?:trong khi(?:\s+đó)?|vì|bởi vì|bởi lẽ|do|còn|nhưng|song|tuy nhiên|khi|trong lúc|"
    r"giữa lúc)\s"
)
# a quotation closed, then its speaker: '"…", X cảnh báo …' (wave 19)
_QUOTE_CLOSED = re.compile(r"[\"”]\s*,")
# "sau khi" opening a clause with a subject of its own after a planned cue
_AFTER_CLAUSE = re.compile(r"(?<!\w)sau khi\s")
# "đã" right before the trigger ("đã ký kết", "đã chính thức áp thuế")
_DONE_BEFORE = re.compile(r"(?<!\w)đã(?:\s+\S+){0,2}\s*$")
# a start date of a measure after it
_START_DATE = re.compile(
    r"(?<!\w)(?:(?:(?:bắt đầu|chính thức)\s+)?(?:có hiệu lực\s+)?(?:kể\s+)?từ\s+"
    r"(?:(?:ngày|hôm|đầu|giữa|cuối|tháng)(?!\w)|\d)|có hiệu lực(?!\w))"
)
# "đã" followed by a verb of its own before the trigger ("đã đồng ý sẽ …") keeps the cue
_OWN_VERB_AFTER_DONE = re.compile(r"(?<!\w)đã\s+(?:\S+\s+)?(?:sẽ|để|nhằm)(?!\w)")
# what may stand between a subject and its "đã"
_SUBJECT_GAP = frozenset({"", "cũng", "đều", "cũng đều", "vừa", "thực sự", "chính thức"})
_RELATIVE = re.compile(r"(?<!\w)mà\s*$")
# an intent attributed right before the act charged: "Y muốn/tìm cách/âm mưu (nhằm) …"
_INTENT_BEFORE = re.compile(
    r"(?<!\w)(?:muốn|đang muốn|tìm cách|đang tìm cách|âm mưu|có ý đồ|toan tính|cố tình|cố ý)"
    r"(?:\s+\S+){0,1}\s*$"
)
_PLANNED_KINDS = frozenset({"planned", "hoped"})
# aid held up: "(đã|vẫn|đang) bị đình trệ / trì hoãn / chặn lại / treo …" after the aid named
_HELD_UP = re.compile(
    r"(?<!\w)(?:(?:đã|vẫn|đang|tiếp tục|liên tục)\s+)*bị\s+(?:đình trệ|trì hoãn|hoãn lại|hoãn|"
    r"chặn lại|ngăn chặn|treo|đóng băng|tạm dừng|tạm ngừng|đình chỉ|mắc kẹt|ách tắc|bác bỏ)(?!\w)"
)
# what may open a clause before the proposal noun, and the passive right before a judging verb
_NOUN_LEAD = re.compile(r"\s*(?:(?:các|những|một|bản|lời)\s+)?")
_PASSIVE_TAIL = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|cũng|liên tục|nhanh chóng)\s+)*(?:bị|được)(?:\s+[^\s,;:.]+){1,8}\s*$"
)
_JUDGING = frozenset({"REJECT", "SUPPORT", "AGREE", "ACCUSE"})
_PROPOSED = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_CONDITIONS = frozenset({"nếu", "trong trường hợp", "giả sử"})
# a meeting named as a noun opening its clause ("Cuộc gặp giữa A và B", "Chuyến thăm của X")
_MEETING_NOUN = re.compile(r"(?:(?:các|những)\s+)?(?:cuộc|chuyến|buổi)\s+$")
# … then called off or not held: "đã bị hoãn (lại)", "bị hủy bỏ", "đã không diễn ra"
_CALLED_OFF = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|cũng|bất ngờ)\s+)*(?:(?:bị|được)\s+(?:tạm\s+)?(?:hoãn|hủy|hủy bỏ|"
    r"trì hoãn|lùi)|không\s+(?:thể\s+)?(?:diễn ra|được tổ chức)|không thành)(?!\w)"
)
# … or set for later: "được lên kế hoạch", "dự kiến (sẽ) diễn ra", "sẽ được tổ chức"
_SCHEDULED = re.compile(
    r"(?<!\w)(?:(?:được|đã được)\s+lên kế hoạch|(?:dự kiến|dự kiến sẽ|sẽ|sắp)\s+"
    r"(?:diễn ra|được tổ chức|được tiến hành))(?!\w)"
)
# a measure still being weighed: "(đang) thảo luận/bàn thảo/soạn thảo (về) gói trừng phạt …"
_WEIGHED = re.compile(
    r"(?<!\w)(?:thảo luận|bàn thảo|bàn bạc|bàn|soạn thảo|chuẩn bị|nghiên cứu|đàm phán)"
    r"(?:\s+về)?(?:\s+(?:việc|khả năng|các|những|một|gói|biện pháp|lệnh|vòng|đợt|mới|áp|áp đặt|"
    r"thêm))*\s*$"
)
# what opens a clause of its own between the noun and the verb ("sau khi", "vì", "do")
_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:sau khi|trước khi|khi|vì|do|bởi|trong khi|nhưng)(?!\w)")


class ModalityRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _cue_stopped(self: Any, ps: _Sent, hit: _Hit, ce: int, text: str, kind: str) -> bool:
        """Does the modal cue ending at ``ce`` stop before ``hit`` (see the module)?"""
        if OWN_CLAUSE.search(ps.low, ce, hit.start):
            return True
        if _QUOTE_CLOSED.search(ps.low, ce, hit.start):
            return True  # '"Chúng tôi sẽ đáp trả", X cảnh báo Y': the cue stays in the quote
        if self._passive_judged(ps, ce - len(text), hit):
            return True  # "Kế hoạch của Y đã bị X bác bỏ": the judging was done
        if _DEMONSTRATIVE.match(ps.low, ce):
            return True  # "Cam kết này được đưa ra khi X cảnh báo …": a noun named again
        if kind not in _PLANNED_KINDS or text in _CONDITIONS:
            return False
        before = ps.low[ce : hit.start]
        after = _AFTER_CLAUSE.search(before)
        if after and any(
            ce + after.end() <= g.start and g.end <= hit.start and not g.is_place for g in ps.groups
        ):
            return True  # "sẽ cho thế giới biết sự thật, sau khi Y chỉ trích …": Y's act was done
        done = _DONE_BEFORE.search(before)
        if (
            done
            and not _OWN_VERB_AFTER_DONE.search(before)
            and self._done_by(ps, ce + done.start())
        ):
            return True
        return hit.trig.type == "THREATEN" and ps.low.startswith("sẽ", hit.start)

    def _passive_judged(self: Any, ps: _Sent, start: int, hit: _Hit) -> bool:
        """Is the noun at ``start`` (a plan or a call) the subject opening the clause of a passive
        verb judging it ("Đề nghị đàm phán của Y đã bị X thẳng thừng từ chối")?"""
        if hit.trig.type not in _JUDGING:
            return False
        clause = self._clause_start(ps, hit.start)
        lead = _NOUN_LEAD.match(ps.low, clause)
        if lead is None or lead.end() != start:
            return False
        tail = _PASSIVE_TAIL.search(ps.low, start, hit.start)
        if tail is None or CLAUSE_BREAK.search(ps.low, start, hit.start):
            return False
        # "Kế hoạch tấn công Iran bị X bác bỏ": a plan of a hostile act names no proposer;
        # talks or a truce proposed ("Đề nghị nối lại đàm phán của Y") are what is judged
        return not any(
            start < h.start < hit.start and h.trig.type not in _PROPOSED for h in ps.hits
        )

    def _continued_support(self: Any, ps: _Sent, hit: _Hit, modality: str) -> str:
        """Support declared to go on ("X (khẳng định) sẽ tiếp tục ủng hộ Y") or to come ("X tái
        khẳng định sẽ sát cánh cùng Y"): the declaring is the act of support, asserted; not
        after a condition or a hope."""
        if modality != "planned" or hit.trig.type != "SUPPORT":
            return modality
        before = ps.low[max(0, hit.start - 50) : hit.start]
        if not _GOES_ON.search(before[-30:]) and not _DECLARED_TO_COME.search(before):
            return modality
        if any(
            text in _CONDITIONS or kind in ("hypothetical", "hoped")
            for _s, _e, text, kind in ps.cues
        ):
            return modality
        return "asserted"

    @staticmethod
    def _sent_to_help(ps: _Sent, hit: _Hit, modality: str) -> str:
        """Help that troops or teams sent carry out ("X đã gửi hàng nghìn binh sĩ sang Y để hỗ
        trợ Y", "điều đội cứu hộ tới Y nhằm giúp đỡ …"): the sending gives it, asserted (wave
        17); not when the sending itself is to come ("sẽ gửi …")."""
        if modality != "planned" or hit.trig.type != "AID":
            return modality
        m = _SENT_FOR.search(ps.low[max(0, hit.start - 120) : hit.start])
        if m is None or _TO_COME.search(m.group("pre")):
            return modality
        return "asserted"

    @staticmethod
    def _alleged_intent(ps: _Sent, hit: _Hit, modality: str) -> str:
        """'X cho rằng Y muốn/tìm cách kích động …': the intent is what X charges Y with, so the
        charge (a trigger only a speaker makes an accusation, need=said) is made, asserted."""
        if modality not in _PLANNED_KINDS or "said" not in hit.trig.need:
            return modality
        return "asserted" if _INTENT_BEFORE.search(ps.low[: hit.start]) else modality

    def _stalled_aid(self: Any, ps: _Sent, hit: _Hit, modality: str) -> str:
        """'Các khoản viện trợ của Mỹ cho Ukraine đã bị đình trệ': aid named as the subject of a
        verb that holds it up was not given (denied), wave 19."""
        if modality != "asserted" or hit.trig.type != "AID" or not self._nominal(ps, hit):
            return modality
        brk = CLAUSE_BREAK.search(ps.low, hit.end)
        m = _HELD_UP.search(ps.low, hit.end, brk.start() if brk else len(ps.low))
        if m is None or any(hit.end <= h.start < m.start() for h in ps.hits if h is not hit):
            return modality
        return "denied"

    @staticmethod
    def _joining_process(ps: _Sent, hit: _Hit, modality: str) -> str:
        """'Quá trình/Nỗ lực X gia nhập NATO …': a membership under way, not joined (planned)."""
        if modality != "asserted" or hit.trig.type != "AGREE":
            return modality
        if not ps.low.startswith(("gia nhập", "xin gia nhập"), hit.start):
            return modality
        head = ps.low[max(0, hit.start - 60) : hit.start]
        return "planned" if _UNDER_WAY.search(head) else modality

    def _dated_sanction(self: Any, ps: _Sent, hit: _Hit, modality: str) -> str:
        """A sanction planned with a start date after it was decided: asserted."""
        if modality != "planned" or hit.trig.type != "SANCTION":
            return modality
        if any(text in _CONDITIONS or kind == "hypothetical" for _s, _e, text, kind in ps.cues):
            return modality
        brk = CLAUSE_BREAK.search(ps.low, hit.end)
        m = _START_DATE.search(ps.low, hit.end, brk.start() if brk else len(ps.low))
        if m is None or any(
            hit.end <= h.start < m.start() and h.trig.type != "SANCTION" for h in ps.hits
        ):
            return modality
        return "asserted"

    def _called_off(self: Any, ps: _Sent, hit: _Hit, modality: str) -> str:
        """A meeting named as the noun opening its clause, then called off or not held ("Cuộc
        gặp giữa A và B đã bị hoãn lại", "Chuyến thăm của X tới Y bị hủy", "Cuộc điện đàm … đã
        không diễn ra"): not held, denied (wave 19)."""
        if modality != "asserted" or hit.trig.type != "CONSULT":
            return modality
        clause = self._clause_start(ps, hit.start)
        lead = ps.low[clause : hit.start].lstrip()
        if re.match(r"(?:cuộc|chuyến|buổi)\s", ps.low[hit.start : hit.end] + " "):
            lead += "cuộc "  # the trigger is the noun itself ("chuyến thăm")
        if not _MEETING_NOUN.fullmatch(lead):
            return modality
        brk = CLAUSE_BREAK.search(ps.low, hit.end)
        end = brk.start() if brk else len(ps.low)
        for verb, said in ((_CALLED_OFF, "denied"), (_SCHEDULED, "planned")):
            m = verb.search(ps.low, hit.end, end)
            if m is None or _OTHER_CLAUSE.search(ps.low, hit.end, m.start()):
                continue
            if any(hit.end <= h.start < m.start() and h.trig.type != "CONSULT" for h in ps.hits):
                continue  # another act between: the verb may be its
            return said
        return modality

    @staticmethod
    def _only_if(ps: _Sent, hit: _Hit, modality: str) -> str:
        """'X chỉ nối lại đàm phán với Y khi/nếu Y …': an act bound to a condition stated after
        it is not done (hypothetical, wave 19h); nor is an act inside that condition ("… khi
        Stockholm đáp ứng các yêu cầu của Ankara")."""
        if modality != "asserted":
            return modality
        head = ps.low[: hit.start]
        if re.search(r"[;.!?]", head) is None and _ONLY_THEN.search(head):
            return "hypothetical"
        if not _ONLY_BEFORE.search(ps.low[max(0, hit.start - 25) : hit.start]):
            return modality
        brk = re.compile(r"[;.!?]").search(ps.low, hit.end)
        return (
            "hypothetical"
            if _ONLY_WHEN.search(ps.low, hit.end, brk.start() if brk else len(ps.low))
            else modality
        )

    @staticmethod
    def _weighed(ps: _Sent, hit: _Hit, modality: str) -> str:
        """A sanction still being discussed or drafted ("EU đang thảo luận gói trừng phạt thứ 15
        đối với Nga", "soạn thảo các biện pháp trừng phạt mới"): not imposed, planned (wave
        19)."""
        if modality != "asserted" or hit.trig.type != "SANCTION":
            return modality
        before = ps.low[max(0, hit.start - 60) : hit.start]
        return "planned" if _WEIGHED.search(before) else modality

    def _done_by(self: Any, ps: _Sent, pos: int) -> bool:
        """Is the "đã" at ``pos`` said of a named subject right before it ("hai nước đã", "Mỹ
        cũng đã"), not of a noun in a relative clause ("thỏa thuận (mà) … đã được ký kết")?"""
        if ps.low.startswith("đã được", pos):
            return False
        for g in ps.groups:
            if g.end <= pos and " ".join(ps.low[g.end : pos].split()) in _SUBJECT_GAP:
                return not _RELATIVE.search(ps.low, max(0, g.start - 4), g.start)
        return False

"""Who takes part in a two-sided act (a mixin of ``Coder``): co-subjects and named meetings.

Two rules of Vietnamese news grammar about the parties of the symmetric types:

* **co-subjects agree or cooperate with each other.** "Thái Lan và Trung Quốc đã đồng ý tổ chức
  họp hằng tháng với Lào", "Nga và Belarus tập trận quy mô lớn gần biên giới Ba Lan": when the
  subject before an AGREE or COOPERATE trigger names two or more parties, the agreement or the
  joint act is between them; a state named later in the verb's complement (what they agreed to
  do, where they exercise, whom the exercise is aimed at) is no party. A partner introduced
  right after the trigger by "với"/"cùng" ("A và B khôi phục quan hệ với C", "hợp tác chặt chẽ
  với C") is the party of each of them, as the coder reads it.
  Likewise "X nhất trí lên án vụ thử tên lửa của Y": a state after a hostile verb that an
  agreeing verb governs is that verb's target, not a party of the agreement.
* **a meeting named by its parties is theirs.** "Hội nghị thượng đỉnh Nga - Triều", "cuộc gặp
  thượng đỉnh Hoa Kỳ - Triều Tiên": a meeting noun followed by two parties joined by a dash is a
  meeting of those two; a third state in the sentence (who hosted it, who reacted after it) did
  not meet them.
* **a talk's partner may follow its topic.** "Đức đàm phán về một thỏa thuận khí đốt với Qatar",
  "thảo luận về tình hình Gaza với Ngoại trưởng Mỹ": after a CONSULT verb, "về <topic> với X"
  names X as the partner (not when the topic is a relation with X: "thảo luận về quan hệ với X").
* **a role in apposition is no act.** "Ai Cập, nhà trung gian hòa giải cho cuộc xung đột A - B,
  …", "ông X, trưởng phái đoàn đàm phán của EU, …": a talk or mediation noun heading an
  appositive role (after a comma: "nhà", "(trưởng/người đứng đầu) (phái) đoàn") says who
  someone is, not that talks took place (unlike "các nhà đàm phán của hai bên đã hoàn tất …").
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING, Any

from sukien.events.pledges import _AID_PLEDGED, _PLEDGES

if TYPE_CHECKING:
    from sukien.events.coder import _Hit, _Sent
    from sukien.events.mentions import Phrase

_Pairs = list[tuple["Phrase | str", "Phrase | str"]]

_CO_TYPES = frozenset({"AGREE", "COOPERATE"})
# joining a body: each co-subject joins it ("Thụy Điển và Phần Lan gia nhập NATO")
_JOINING = frozenset({"gia nhập", "xin gia nhập", "tham gia", "trở thành thành viên"})
# a partner named right after the trigger: "hợp tác chặt chẽ với", "khôi phục quan hệ với";
# an agreement's partner only right after its verb ("nhất trí với"), as in "nhất trí họp ba bên
# với Lào" Lào is a party of the meeting agreed on
_PARTNER_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+(?:cùng\s+)?(?:với|cùng)(?!\w)")
_AGREED_WITH = re.compile(r"\s+(?:cùng\s+)?(?:với|cùng)(?!\w)")
# what may stand between a meeting noun and its named parties: "thượng đỉnh", "cấp cao lần hai"
_MEETING_GAP = re.compile(
    r"\s*(?:(?:thượng đỉnh|cấp cao|song phương|thứ|lần|hai|ba|đầu tiên|lịch sử)\s+)*"
)
_DASH = re.compile(r"\s*[-–—]\s*")
# "về <topic> với X" right after a talk verb (the topic within one clause)
_TOPIC_THEN_PARTNER = re.compile(
    r"\s+(?:cụ thể\s+|sâu\s+|kỹ\s+)?về\s+(?P<topic>[^,;.:!?()\"“”]{2,80}?)\s+(?:cùng\s+)?với\s+"
)
# a topic that is a relation with X: X is what is talked about, not the partner
_RELATION_TOPIC = re.compile(
    r"(?<!\w)(?:quan hệ|hợp tác|xung đột|căng thẳng|chiến tranh|tranh chấp|biên giới|đối đầu|"
    r"bất đồng)(?:\s+\w+){0,2}$"
)
# an appositive role right before a talk noun: ", nhà", ", trưởng phái đoàn", ", người đứng đầu"
_ROLE_APPOSITION = re.compile(
    r",\s*(?:(?:người đứng đầu|trưởng|phó trưởng|thành viên)\s+)?(?:(?:phái\s+)?đoàn|nhà)\s*$"
)
# a party named as the owner of, or the target of, what is agreed on, not a partner: "G7 nhất
# trí sử dụng tài sản bị phong tỏa của Nga", "nhất trí gia hạn trừng phạt đối với Nga"; a list
# too ("trừng phạt 15 quan chức của Nga và Belarus")
_OWNER_BEFORE = re.compile(
    r"(?<!\w)(?:của|đối với|nhằm vào)(?:\s+phía)?(?:\s+[^,;.]{1,30}?(?:\s+và|\s*,))?\s*$"
)
# verbs of agreeing to do something ("nhất trí sử dụng …"); accepting or signing what Y
# offers ("chấp nhận đề xuất của Y", "phê chuẩn đơn của Y", "ký hợp đồng mua … của Y") is not
_AGREED_TO_DO = frozenset({"nhất trí", "thống nhất"})
_PROPOSAL_NEXT = re.compile(
    r"\s+(?:(?:các|những|một)\s+)?(?:đề xuất|đề nghị|kế hoạch|sáng kiến|lập trường|quan điểm|"
    r"ý kiến|dự thảo|đơn)(?!\w)"
)
_MEETING_NOUNS = ("hội nghị", "cuộc gặp", "gặp", "hội đàm", "cuộc hội đàm", "thượng đỉnh")


class CoSubjectRules:
    """Rules that settle the parties of AGREE, COOPERATE and CONSULT triggers."""

    def _subject_parties(
        self: Any,
        ps: _Sent,
        hit: _Hit,
        found: tuple[_Pairs, float, int],
        actors: list[Phrase],
        targets: list[Phrase],
        voice: tuple[bool, bool],
    ) -> tuple[_Pairs, float, int]:
        """``found`` with the co-subject and named-meeting rules applied (see the module)."""
        pairs, confidence, clause = found
        if hit.trig.type == "CONSULT" and _ROLE_APPOSITION.search(ps.low[: hit.start][-40:]):
            return [], confidence, clause  # "X, trưởng phái đoàn đàm phán của EU, …": a role
        named = self._named_meeting_pair(ps, hit)
        if named is not None:
            return [named], confidence, clause
        passive, between = voice
        if hit.trig.type == "CONSULT" and actors and not passive and not between:
            partner = self._topic_partner(ps, hit)
            mine = {a.code for a in actors}
            if partner and not {p.code for p in partner} & mine:
                return [(a, p) for a in actors for p in partner], confidence, clause
        if hit.trig.type not in _CO_TYPES or passive or between or not targets:
            return found
        subj = list(
            {a.code: a for a in actors if a.kind == "actor" and a.end <= hit.start}.values()
        )
        if len(subj) < 2 or len(subj) != len(actors):
            if hit.trig.type == "AGREE" and self._hostile_complement(ps, hit):
                # "X nhất trí lên án Y": Y is condemned, not agreed with
                kept = [(a, b) for a, b in pairs if not self._after_trigger(b, hit)]
                return kept, confidence, clause
            if ps.low[hit.start : hit.end] in _AGREED_TO_DO and len(subj) == 1:
                # "G7 nhất trí sử dụng tài sản bị phong tỏa của Nga": Nga owns, not agrees
                kept = [(a, b) for a, b in pairs if not self._owner_after(ps, hit, b)]
                if len(kept) != len(pairs):
                    return kept, confidence, clause
            return found
        if ps.low[hit.start : hit.end] in _JOINING:
            return found  # "A và B gia nhập NATO": each joins, they agree on nothing
        later = [t for t in targets if t.start >= hit.end]
        if len(later) != len(targets):
            return found  # a fronted recipient: the coder's own reading
        partner = _AGREED_WITH if hit.trig.type == "AGREE" else _PARTNER_AFTER
        if (partner.match(ps.low, hit.end) or self._signed_with(ps, hit)) and self._nsyl(
            ps, hit.end, later[0].start
        ) <= 8:
            return found  # "A và B khôi phục quan hệ với C": each of them with C
        if self._pledged_to(ps, hit, later[0]):
            return found  # "A, B và C cam kết hỗ trợ Y 1,5 tỷ USD": each pledges aid to Y
        return list(combinations(subj, 2)), confidence, clause

    def _pledged_to(self: Any, ps: _Sent, hit: _Hit, target: Phrase) -> bool:
        """Is ``hit`` a pledge of material aid ("cam kết viện trợ/hỗ trợ … N USD") whose
        receiver is ``target``? Co-subjects who pledge aid each give it; they do not agree with
        each other."""
        if hit.trig.type != "AGREE" or ps.low[hit.start : hit.end] not in _PLEDGES:
            return False
        m = _AID_PLEDGED.match(ps.low, hit.end)
        return m is not None and bool(self._material_aid(ps, m, target.start))

    def _named_meeting_pair(self: Any, ps: _Sent, hit: _Hit) -> tuple[Phrase, Phrase] | None:
        """'Hội nghị thượng đỉnh Nga - Triều': the two parties named after a meeting noun."""
        if hit.trig.type != "CONSULT" or not ps.low[hit.start : hit.end].startswith(_MEETING_NOUNS):
            return None
        gap = _MEETING_GAP.match(ps.low, hit.end)
        at = gap.end() if gap else hit.end
        group = next((g for g in ps.groups if g.start >= hit.end), None)
        if group is None or group.start != at or len(group.phrases) < 2:
            return None
        first, second = group.phrases[0], group.phrases[1]
        if first.kind != "actor" or second.kind != "actor" or first.code == second.code:
            return None
        if not _DASH.fullmatch(ps.low[first.end : second.start]):
            return None
        if len(group.phrases) > 2 and _DASH.fullmatch(ps.low[second.end : group.phrases[2].start]):
            return None  # "Mỹ - Nhật - Hàn": three parties, the coder's own reading
        return first, second

    def _topic_partner(self: Any, ps: _Sent, hit: _Hit) -> list[Phrase]:
        """'đàm phán về Z với X': X, the partner named after the topic (see the module)."""
        m = _TOPIC_THEN_PARTNER.match(ps.low, hit.end)
        if m is None or _RELATION_TOPIC.search(m.group("topic")):
            return []
        group = next((g for g in ps.groups if g.start >= m.end()), None)
        if group is None or self._nsyl(ps, m.end(), group.start) > 4:
            return []
        return [p for p in self._participants(group) if p.kind == "actor"]

    def _hostile_complement(self: Any, ps: _Sent, hit: _Hit) -> bool:
        """An agreeing verb right before a verbal-conflict or material-conflict trigger."""
        nxt = next((h for h in ps.hits if h.start >= hit.end), None)
        if nxt is None or self._nsyl(ps, hit.end, nxt.start) > 1:
            return False
        if not re.fullmatch(r"\s*(?:(?:sẽ|cùng)\s*)?", ps.low[hit.end : nxt.start]):
            return False
        return bool(self.lex.types[nxt.trig.type].quad_class >= 3)

    def _owner_after(self: Any, ps: _Sent, hit: _Hit, x: Phrase | str) -> bool:
        """Is ``x`` named after ``hit`` as an owner or target ("của Y", "đối với Y")?"""
        if isinstance(x, str) or x.start < hit.end:
            return False
        if _AGREED_WITH.match(ps.low, hit.end) or _PROPOSAL_NEXT.match(ps.low, hit.end):
            return False  # "nhất trí (với) đề xuất của Y": Y's proposal agreed to
        return bool(_OWNER_BEFORE.search(ps.low[hit.end : x.start]))

    @staticmethod
    def _after_trigger(x: Phrase | str, hit: _Hit) -> bool:
        return not isinstance(x, str) and x.start >= hit.end

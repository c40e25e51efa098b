"""Judgements spoken of another's act (a mixin of ``Coder``).

Vietnamese news reports a verbal accusation as a speaker's judgement of a nominalised act: the
subject of the reported clause is "việc Y …", "hành động (…) của Y", "quyết định của Y", and the
predicate is a judgement (need=said triggers: "vi phạm", "thiếu thiện chí", "trái với luật pháp
quốc tế" …). The speaker (of the quotation, or the subject of the reporting verb) accuses Y, the
agent or owner of the act. Examples are sentences of our own:

* "Ngoại trưởng A cho biết hành động của B là một động thái thiếu thiện chí": ACCUSE A -> B;
* 'Người phát ngôn A nói: "Việc B phóng tên lửa đã vi phạm nghiêm trọng các nghị quyết"';
* "Bộ Ngoại giao A khẳng định các cuộc tấn công gần đây của B vi phạm luật pháp quốc tế".

Subjects that judge a meeting or a deal together ("A, B và C chỉ trích thỏa thuận") are never
the ones judged, even when A and B were the two sides of the meetings just before.

A complaint names the party it is about after "về": "bày tỏ quan ngại về việc B …", "chỉ trích
về các vụ thử tên lửa của B" (``_matter_owner``; not "về việc B bị …", which B suffered).
A sentence opening "Theo X, …" ("Theo Bộ Ngoại giao A, B đã vi phạm …") is X's account: X
judges (wave 13). The article's own judgement (no speaker) accuses no one, and a passive act
("việc B bị …") makes B no agent. Wave 18: the owner may be named through its people or craft
("hành động của phi công B", "hoạt động của tàu hải cảnh B"); and a complaint lodged "lên/tới" a
forum about another's act or measure ("đệ đơn khiếu nại lên WTO về các mức thuế của B") accuses
B, not the forum.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sukien.events.mentions import title_words

if TYPE_CHECKING:
    from sukien.events.coder import _Hit, _Sent
    from sukien.events.mentions import Group, Phrase

# the head noun of a nominalised act that is the subject of the judged clause
_ACT_HEAD = re.compile(
    r"(?<!\w)(?:(?:các|những|mọi)\s+)?(?:việc|hành động|hành vi|động thái|quyết định|"
    r"chính sách|phát ngôn|lời lẽ|cách hành xử|cách hành động|biện pháp|hoạt động|cuộc|vụ|"
    # a claim judged untrue or baseless: "tuyên bố của Y là sai sự thật" (w11-stmt)
    r"tuyên bố|cáo buộc|thông tin|báo cáo|yêu sách|lập luận|luận điệu|phát biểu|bản đồ)(?!\w)"
)
# "sau khi": the clause after it happened before the main one
_AFTER = re.compile(r"(?<!\w)sau khi(?!\w)")
# an act noun right before a judgement word that modifies it ("hành động khiêu khích")
_MODIFIED_HEAD = re.compile(
    r"(?<!\w)(?:hành động|hành vi|động thái|hoạt động|lời lẽ|bước đi|việc làm)\s*$"
)
# only punctuation (a colon or a quotation mark) or "rằng" before the head in its clause
_LEAD = re.compile(r"[\s,:\"“”'‘’(]*(?:rằng[\s,:\"“”'‘’]*)?")
# the owner of the act: "hành động của B", "phát ngôn của phía B", "do B"
_OWNER = ("của", "do", "của phía", "từ phía")
# the owner through its people or craft: "hành động của phi công Nga" (wave 18)
_OWNER_THROUGH = tuple(
    f"của {n}"
    for n in (
        "phi công", "máy bay", "chiến đấu cơ", "tiêm kích", "tàu", "tàu chiến", "tàu hải cảnh",
        "lực lượng", "binh sĩ", "quân đội", "hải quân", "không quân", "lính",
    )
)  # fmt: skip
# the addressee of a reporting verb before its "rằng": "(nói) với các phóng viên (rằng)"
_TO_ADDRESSEE = re.compile(r"\s+với\s+[^,.;:!?\"“”()]{1,60}?[\s,]*")
# "Theo X, …" opening the sentence: X is the source of what follows the comma
_ACCORDING = re.compile(
    r"\W*theo(?:\s+(?:tuyên bố|thông báo|thông cáo|báo cáo|phát ngôn|nhận định|đánh giá)"
    r"\s+của)?(?:\s+(?:phía|chính phủ|chính quyền))?\s*"
)
_COMMA_TO = re.compile(r"\s*,\s*")
# words of a source's title the people list does not hold ("Theo người phát ngôn Bộ Ngoại giao X")
_SOURCE_WORDS = frozenset({"ông", "bà", "người", "phát", "ngôn", "bộ", "giới", "chức", "quan"})
_COLON_TO = re.compile(r"\s*:\s*")
# at most a few words (a title) before the speaker of a headline "X: …"
_TITLE_LEAD = re.compile(r"\W*(?:[^\W\d]+\s+){0,4}")
# what a complaint is about: "(mạnh mẽ|sâu sắc) về/trước/xung quanh (…)"
_ABOUT = re.compile(
    r"\s*(?:(?:mạnh mẽ|sâu sắc|gay gắt|kịch liệt)\s+)?(?:về|xung quanh|liên quan đến)\s+"
)
# an act owned by the party after "của": "(các|những) (vụ|hành động …) (…) của" (up to seven
# words between, wave 17: "các hoạt động quân sự ngày càng gia tăng của Y")
_OWNED_ACT = re.compile(
    r"\s*(?:(?:các|những|mọi)\s+)?(?:việc|hành động|hành vi|động thái|quyết định|chính sách|"
    r"vụ|cuộc|đợt|hoạt động|kế hoạch|phát ngôn|tuyên bố|lệnh|biện pháp|"
    # a trade measure (wave 18): "khiếu nại lên WTO về các mức thuế mới của Y"
    r"mức thuế|thuế quan|đạo luật|quy định)(?:\s+[^\s,;.:!?]+){0,7}?"
    r"\s+của\s+(?:(?:phía|chính phủ|chính quyền)\s+)?"
)
# "việc B (đã) bị …": B suffers the act (anywhere before the verb; right after B)
_PASSIVE = re.compile(r"(?<!\w)(?:bị|được)(?!\w)")
_SUFFERS = re.compile(r"\s*(?:đã\s+)?" + _PASSIVE.pattern)


class StatementRules:
    """Judgements a speaker makes of the act of another (mixed into ``Coder``)."""

    def _said_act_owner(
        self, ps: _Sent, hit: _Hit, clause: int
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """'X nói (rằng) việc Y … / hành động của Y … <judgement>': X accuses Y. The subject
        of the judged clause must be a nominalised act opening the clause; Y follows "việc"
        at once or owns the act ("của Y", "do Y" within a few syllables of the head: in "vụ
        bắn hạ máy bay … của Y" Y owns the plane, not the act); X is the quotation's speaker
        or the reporting verb's subject."""
        c = self  # the Coder this is mixed into
        head = _ACT_HEAD.search(ps.low, clause, hit.start)
        if head is None or _LEAD.fullmatch(ps.low, clause, head.start()) is None:
            return []
        if c._nsyl(ps, head.end(), hit.start) > 30:  # type: ignore[attr-defined]
            return []
        inner = [
            g
            for g in c._groups_before(ps, head.end(), hit.start)  # type: ignore[attr-defined]
            if not g.is_dyad_ref
        ]
        owners = [
            g
            for g in inner
            if (
                (
                    c._ends(c._before(ps, g.start, 2), _OWNER)  # type: ignore[attr-defined]
                    or c._ends(c._before(ps, g.start, 4), _OWNER_THROUGH)  # type: ignore[attr-defined]
                )
                and c._nsyl(ps, head.end(), g.start) <= 7  # type: ignore[attr-defined]
            )
            or (
                g.start == inner[0].start
                and head.group().endswith("việc")
                and c._nsyl(ps, head.end(), g.start) <= 1  # type: ignore[attr-defined]
            )
        ]
        if not owners or _PASSIVE.search(ps.low, owners[0].end, hit.start):
            return []
        violators = [
            p
            for p in c._participants(owners[0])  # type: ignore[attr-defined]
            if p.kind == "actor"
        ]
        speaker = c._speaker(ps, hit.start)  # type: ignore[attr-defined]
        accuser: list[Phrase | str]
        if speaker is not None:
            accuser = [speaker]
        elif (source := self._according_to(ps, clause)) is not None:
            accuser = c._participants(source)  # type: ignore[attr-defined]
        else:
            cue = self._report_cue(ps, clause)
            if cue is None or clause == 0:
                return []
            start = c._clause_start(ps, cue[0])  # type: ignore[attr-defined]
            said_by = c._groups_before(ps, start, cue[0])  # type: ignore[attr-defined]
            accuser = c._participants(said_by[-1]) if said_by else []  # type: ignore[attr-defined]
        return [
            (a, v)
            for a in accuser
            for v in violators
            if (a if isinstance(a, str) else a.code) != v.code
        ]

    def _matter_owner(self, ps: _Sent, hit: _Hit, clause_end: int) -> list[Group]:
        """The party whose act a complaint is about, after "về/trước/xung quanh": "bày tỏ quan
        ngại về việc Y triển khai …" (Y right after "việc"), "lên tiếng chỉ trích về các vụ
        thử tên lửa của Y" (Y owning the act, within a few words of its head noun)."""
        c = self  # the Coder this is mixed into
        m = _ABOUT.match(ps.low, hit.end)
        if m is None:
            return []
        after = [g for g in ps.groups if m.end() <= g.start < clause_end and not g.is_place]
        if not after:
            return []
        g = after[0]
        gap = ps.low[m.end() : g.start]
        doer = re.fullmatch(r"\s*việc\s*", gap) is not None
        owner = _OWNED_ACT.fullmatch(gap) is not None
        if not (doer or owner) or _SUFFERS.match(ps.low, g.end):
            return []  # "về việc Y bị tấn công": Y suffers the act
        if not any(p.kind == "actor" and p.code for p in c._participants(g)):  # type: ignore[attr-defined]
            return []
        return [g]

    def _forum_complaint(
        self, ps: _Sent, hit: _Hit, recips: list[Group], clause_end: int
    ) -> list[Group]:
        """A complaint lodged "lên/tới" a forum about another's act ("khiếu nại lên WTO về các
        mức thuế của Y"): Y, whom it accuses; the forum is no target (wave 18). Empty when the
        object is not such a forum followed by what the complaint is about."""
        from sukien.events.coder import _Hit

        if hit.trig.type != "ACCUSE" or not recips:
            return []
        gap = ps.low[hit.end : recips[0].start]
        if not re.search(r"(?<!\w)(?:lên|tới|đến)\s+$", ps.low[hit.start : recips[0].start]):
            return []  # "đệ đơn lên" holds its "lên"
        if len(gap.split()) > 1:
            return []
        at = _Hit(hit.start, recips[0].end, hit.trig)
        return self._matter_owner(ps, at, clause_end)

    @staticmethod
    def _according_to(ps: _Sent, clause: int) -> Group | None:
        """The source of a sentence opening "Theo X, …" ("Theo Bộ Ngoại giao Nga, Mỹ đã vi
        phạm …", "Theo tuyên bố của X, …") or "X: …" (a headline: "Ngoại trưởng Nga: Mỹ đã
        vi phạm …") when the clause at ``clause`` is what X says."""
        if clause == 0:
            return None
        lead = _ACCORDING.match(ps.low)
        if lead is None:  # "Ngoại trưởng X: Y đã vi phạm …" (a headline's speaker)
            first = next((g for g in ps.groups), None)
            if (
                first is None
                or first.end > clause
                or not _TITLE_LEAD.fullmatch(ps.low, 0, first.start)
            ):
                return None
            return first if _COLON_TO.fullmatch(ps.low, first.end, clause) else None
        first = next((g for g in ps.groups if g.start >= lead.end()), None)
        if first is None or first.end > clause:
            return None
        gap = ps.low[lead.end() : first.start].split()
        if gap and not all(w in title_words() or w in _SOURCE_WORDS for w in gap):
            return None  # "Theo Thủ tướng Ba Lan, …" names the source; "Theo thỏa thuận với X" not
        if not _COMMA_TO.fullmatch(ps.low, first.end, clause):
            return None
        return first

    @staticmethod
    def _report_cue(ps: _Sent, pos: int) -> tuple[int, int, str, str] | None:
        """The last reporting cue that ends before ``pos``, stepping back from a "rằng" that
        follows the addressee of the reporting verb ("X nói với các phóng viên rằng …", "X
        khẳng định với người đồng cấp Y rằng …"): the verb's subject says it, not the addressee."""
        cues = [c for c in ps.cues if c[3] == "report" and c[1] <= pos]
        if not cues:
            return None
        cue = cues[-1]
        if (
            cue[2] == "rằng"
            and len(cues) > 1
            and _TO_ADDRESSEE.fullmatch(ps.low, cues[-2][1], cue[0])
        ):
            return cues[-2]
        return cue

    def _act_modifier(self, ps: _Sent, hit: _Hit) -> bool:
        """Is ``hit`` a judgement word right after the noun of an act ("các hành động khiêu
        khích của Y", "động thái gây hấn của Y")? It modifies the noun, the subject of a later
        predicate ("… vi phạm nghị quyết"), and embeds no clause: the predicate stays asserted."""
        if hit.trig.type != "ACCUSE" or "said" not in hit.trig.need:
            return False
        before = ps.low[max(0, hit.start - 20) : hit.start]
        return bool(_MODIFIED_HEAD.search(before))

    @staticmethod
    def _after_clause(ps: _Sent, judge: _Hit, hit: _Hit) -> bool:
        """Does a "sau khi" clause open between a judgement or demand and ``hit`` ("X hết kiên
        nhẫn với Y sau khi hai bên tấn công nhau")? What happened before it is no content of
        the judgement: ``hit`` stays asserted."""
        return bool(_AFTER.search(ps.low, judge.end, hit.start))

    @staticmethod
    def _not_judges(dyad: tuple[str, ...] | None, actors: list[Phrase]) -> tuple[str, ...]:
        """The parties of the meeting or deal under way that a subject judges, less the judges:
        subjects that judge together ("A, B và C chỉ trích thỏa thuận") judge none of them,
        even when A and B were the two sides of the meetings just before."""
        mine = {p.code for p in actors if p.code}
        return tuple(side for side in dyad or () if side not in mine)

"""Type confusions of the cooperation family (wave 10): a mixin of ``Coder``.

Rules of Vietnamese news grammar (examples are sentences of our own):

* **a deal cited as a frame names an earlier mediation.** "Hai bên vẫn giao tranh bất chấp
  lệnh ngừng bắn do Qatar làm trung gian", "theo thỏa thuận do Ai Cập làm trung gian", "kể
  từ khi lệnh ngừng bắn do Mỹ làm trung gian được ký kết hồi tháng trước", "vi phạm hiệp
  định do Pháp làm trung gian", "lệnh ngừng bắn do Mỹ làm trung gian có hiệu lực từ tháng
  11": the deal is the frame or the time reference of the sentence (after theo, căn cứ,
  dựa trên, trong khuôn khổ, vi phạm, phá vỡ, bất chấp, kể từ khi; or it took effect / was
  signed at an earlier time), so the mediator's role is background, not news: no mediator
  event (``FramingRules._mediated``).
* **a pledge of aid is aid.** "Mỹ cam kết viện trợ 30 triệu USD cho Việt Nam", "Nhật Bản đã
  cam kết các khoản cho vay mới trị giá 500 triệu USD cho Myanmar", "Đức hứa cung cấp thêm
  vũ khí cho Ukraine", "Qatar cam kết sẽ gửi hàng cứu trợ nhằm hỗ trợ Lebanon": one side
  pledging aid to another (the pledger before cam kết/hứa, the receiver after it) gives aid
  (AID, asserted, as the news reports the pledge as the act), not a deal between the two
  (AGREE). A shared pledge ("Hai nước cam kết hỗ trợ lẫn nhau") stays an AGREE; a pledge to
  "hỗ trợ/cung cấp/giúp đỡ" counts as aid only with a sum or goods in the clause (money,
  doses, arms, equipment, relief), so "cam kết hỗ trợ tiến trình hòa bình" stays as it is.
* **aid approved is aid.** "Mỹ phê duyệt thương vụ bán vũ khí trị giá 1 tỷ USD cho Đài Loan",
  "IMF chấp thuận giải ngân 1,2 tỷ USD cho Ai Cập", "Quốc hội thông qua gói viện trợ cho
  Ukraine", "bật đèn xanh cho khoản vay dành cho Pakistan": a body approving its own aid,
  loan or arms sale to another gives that aid (AID), not a deal with the receiver (AGREE);
  "A đã phê duyệt 500 triệu USD để hỗ trợ B" is aid given (``CooperationRules._funded_aid``).
* **the one thanked is also the doer of what it is thanked for.** "Thủ tướng Lào cảm ơn Việt
  Nam đã giúp đỡ Lào", "Bộ trưởng cám ơn Argentina đã ủng hộ Việt Nam", "Tổng thống biết ơn
  Nhật Bản luôn hỗ trợ", "tri ân Ấn Độ vì đã …": B after a verb of thanks is its object and
  the subject of the clause after it (đã, vì, luôn, vừa …); the thanks is SUPPORT A -> B beside
  whatever B did.
* **help fronted as the means of the main clause was given** (wave 18). "Với sự hỗ trợ của Ấn
  Độ, Sri Lanka đã vượt qua khủng hoảng nợ", "Nhờ sự giúp đỡ của Nhật Bản, Việt Nam …": the
  helper after "của" aided the subject of the main clause (AID), as news tells help that is
  taken for granted; a main clause only planned ("sẽ") tells no help yet.
* **"giá" of a worth or a judgement is no price.** "khoản tài chính trị giá 4 tỷ euro", "đánh
  giá cao", "giá trị": the commerce cue "giá" (a price, a sale) is a syllable of "trị giá",
  "đánh giá", "giá trị", "vô giá" there, so aid worth a sum stays aid (``Coder._commercial``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import Trigger
from sukien.events.reported import coded_starts, keep_new

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Sent

# the deal noun of a mediation, then at most a few words before "do C làm trung gian"
_DEAL_NOUN = re.compile(
    r"(?<!\w)(?:lệnh|thỏa thuận|hiệp định|hiệp ước)(?:\s+(?:ngừng bắn|đình chiến|hòa bình|"
    r"hưu chiến))?(?!\w)(?:\s+[^\s,;.:!?()]+){0,6}?\s+(?:do|nhờ|được|mà)(?!\w)[^;.:!?]{0,60}$"
)
# what frames the deal just before its noun: "theo (các điều khoản của) thỏa thuận …"
_FRAME_BEFORE = re.compile(
    r"(?<!\w)(?:theo|căn cứ(?: vào)?|dựa (?:trên|theo|vào)|chiểu theo|trong khuôn khổ(?: của)?|"
    r"khuôn khổ|vi phạm|phá vỡ|phá hoại|bất chấp|(?:kể )?từ khi|kể từ(?: sau)?)"
    r"(?:\s+(?:các điều khoản của|điều khoản của|nội dung của|các|những|một|bản|cái))*\s*$"
)
# an earlier time at which the deal was signed or took effect: "… có hiệu lực từ tháng 11"
_EARLIER_AFTER = re.compile(
    r"[^,;.:!?]{0,100}?(?<!\w)(?:(?:đã\s+)?được ký(?: kết)?|(?:đã\s+)?có hiệu lực|đạt được)\s+"
    r"(?:(?:hồi|từ|kể từ|vào|năm|trước đó|từ hồi)(?!\w))"
)

# a pledge verb of one side (AGREE mode promise)
_PLEDGES = frozenset({"cam kết", "hứa"})
# a verb cutting the aid right before it: "đình chỉ (3,5 triệu USD) viện trợ", "cắt giảm …"
_CUT_BEFORE = re.compile(
    r"(?<!\w)(?:đình chỉ|cắt giảm|cắt|tạm dừng|tạm ngừng|ngừng|dừng|đóng băng|rút|hủy|hủy bỏ)"
    r"(?:\s+(?:toàn bộ|phần lớn|một phần|các|những|khoản|gói))*"
    r"(?:\s+[\d.,]+\s+(?:triệu|tỷ|tỉ|nghìn)\s+(?:USD|usd|đô la|euro|EUR|bảng))?\s*$"
)
_PLEDGE_BEFORE = re.compile(
    r"(?<!\w)(?:cam kết|hứa hẹn|hứa)(?!\w)(?:\s+(?:sẽ|tiếp tục|duy trì|tăng cường|gia tăng|"
    r"dành|chi|thêm|đóng góp|triển khai|gửi|cử|điều))?[^,;.:!?]{0,80}$"
)
# what is pledged, right after the pledge verb: an aid verb or an aid noun
_AID_PLEDGED = re.compile(
    r"\s*(?:(?:sẽ|tiếp tục|duy trì|tăng cường|gia tăng|dành|chi|thêm|đã|ngay|nhanh chóng)\s+)*"
    r"(?:(?:các|những|một|hai|thêm|toàn bộ)\s+)?(?:(?:khoản|gói|đợt|lô)\s+)?"
    r"(?P<verb>viện trợ|tài trợ|cho vay|vay|vốn vay|cứu trợ|giải ngân|cấp vốn|xóa nợ|"
    r"chi viện|gửi vũ khí|gửi thêm vũ khí|hỗ trợ|cung cấp|giúp đỡ|trợ giúp|đóng góp|"
    r"gửi|trao tặng|tặng|chuyển giao|cứu tế|tiếp tế)(?!\w)"
)
# verbs that are aid only with something material in the clause
_WEAK_AID = frozenset({"hỗ trợ", "cung cấp", "giúp đỡ", "trợ giúp", "đóng góp", "gửi"})
# a sum in a currency, as the pledges and approvals below spell it
_MONEY = r"usd|đô la|đô-la|euro|yên|bảng|nhân dân tệ|rúp"
# (searched, so a word inside a longer one covers it: "tỷ" of "nghìn tỷ", "máy bay" of "máy bay
# không người lái", "đạn" of "đạn dược", "thiết bị" of "trang thiết bị")
_MATERIAL = re.compile(
    rf"(?<!\w)(?:{_MONEY}|eur|triệu|tỷ|tỉ|liều|"
    r"vaccine|vắc xin|vắc-xin|vũ khí|khí tài|tên lửa|xe tăng|thiết bị|"
    r"hàng cứu trợ|hàng viện trợ|hàng hóa|lương thực|thực phẩm|nhu yếu phẩm|thuốc|oda|tấn|"
    r"tài chính|nhân đạo|vốn|"
    r"máy bay|tàu|bệnh viện dã chiến|binh sĩ|quân|lính|phòng không|pháo|đạn|uav)(?!\w)"
)

# an approval of one's own aid, loan or arms sale
# ("nhất trí" of a lender's board; "đồng ý chuyển giao …" stays a consent, no aid yet)
_APPROVALS = frozenset(
    {"phê duyệt", "chấp thuận", "thông qua", "phê chuẩn", "bật đèn xanh", "nhất trí"}
)
_AID_APPROVED = re.compile(
    r"\s*(?:cho\s+)?(?:(?:việc|một|các|những|gói|khoản|thương vụ|hợp đồng|đợt|lô|thêm|"
    r"kế hoạch|dự luật|ngân sách|quyết định)\s+)*"
    rf"(?:(?:[^\s,;.:!?]+\s+){{0,5}}?(?:{_MONEY})\s+"
    r"(?:(?:để|nhằm)\s+)?)?"
    r"(?:viện trợ|hỗ trợ tài chính|hỗ trợ quân sự|giải ngân|cho vay|vay|tài trợ|cứu trợ|"
    r"bán vũ khí|bán|chuyển giao vũ khí|chuyển giao|cung cấp vũ khí)(?!\w)"
)

# verbs of thanks whose object may go on to a clause of its own: "cảm ơn B đã …"
THANKS = frozenset({"cảm ơn", "cám ơn", "biết ơn", "tri ân", "gửi lời cảm ơn", "bày tỏ lời cảm ơn"})
_THANKED_FOR = re.compile(
    r"\s*(?:(?:vì|về việc|do)\s+)?(?:đã|luôn|vừa|thời gian qua|trong thời gian qua|từng)(?!\w)"
)
_AID_TRIGGER = Trigger("viện trợ", "AID", None)
_LOAN_TRIGGER = Trigger("cho vay", "AID", "economic")
# "cho Y vay (thêm) …": a loan with its borrower inside the verb (wave 17)
_LENT_AFTER = re.compile(r"\s+(?:vay|mượn)(?!\w)")
# the aid one is thanked for: "cảm ơn B vì (đã gửi) gói viện trợ / vũ khí …" (wave 17)
_THANKED_AID = re.compile(
    r"\s*(?:vì|về|do)\s+(?:đã\s+)?(?:(?:tiếp tục|liên tục|luôn)\s+)?"
    r"(?:(?:gửi|trao|dành|cung cấp|chuyển giao)(?:\s+thêm)?\s+)?"
    r"(?:(?:các|những|một|gói|khoản|đợt|lô|số)\s+)*"
    r"(?P<aid>viện trợ|cứu trợ|tài trợ|hàng cứu trợ|hỗ trợ tài chính|hỗ trợ quân sự|"
    r"hỗ trợ nhân đạo|"
    r"vũ khí|khí tài|vắc xin|vaccine|vắc-xin|hệ thống phòng không|tên lửa|xe tăng|đạn dược|"
    r"đạn pháo|tiêm kích|máy bay chiến đấu)(?!\w)"
)

# help fronted as a means: "Với/Nhờ (có) sự hỗ trợ (tài chính) của X, Y …" (wave 18); a loan
# or funds fronted so too: "Nhờ khoản vay ưu đãi của X", "Với nguồn vốn viện trợ của X" (wave 19)
_BACKED = re.compile(
    r"^\W*(?:với|nhờ|nhờ có|được)\s+(?:(?:sự|khoản|các khoản|nguồn|nguồn vốn|gói)\s+)?"
    r"(?P<aid>hỗ trợ|giúp đỡ|viện trợ|trợ giúp|tài trợ|vay|vốn vay|tín dụng|vốn oda|oda)"
    r"(?:\s+(?:tài chính|kỹ thuật|quân sự|nhân đạo|to lớn|quý báu|tích cực|hiệu quả|mạnh mẽ|"
    r"kịp thời|rất lớn|ưu đãi|không hoàn lại|oda|lãi suất thấp))*\s+(?:từ|của)\s+"
)
_BACKED_PLANNED = re.compile(r"\s*(?:sẽ|dự kiến|có thể|hy vọng|mong muốn|kỳ vọng)(?!\w)")

# "giá" inside a word that names no price
_NOT_PRICE_BEFORE = re.compile(r"(?<!\w)(?:trị|đánh|vô)\s+$")
_NOT_PRICE_AFTER = re.compile(r"\s+trị(?!\w)")


def not_a_price(low: str, start: int, end: int) -> bool:
    """Whether the commerce cue at ``start``-``end`` of ``low`` is the "giá" of "trị giá",
    "đánh giá", "giá trị" or "vô giá", not a price."""
    if low[start:end] != "giá":
        return False
    return bool(
        _NOT_PRICE_BEFORE.search(low[max(0, start - 12) : start])
        or _NOT_PRICE_AFTER.match(low, end)
    )


class PledgeRules:
    """Type confusions of the cooperation family (see the module)."""

    def _cited_deal(self: Any, ps: _Sent, start: int, end: int) -> bool:
        """Whether the mediation words at ``start``-``end`` belong to a deal cited as a frame
        or time reference ("theo thỏa thuận do C làm trung gian", "kể từ khi lệnh ngừng bắn do
        C làm trung gian được ký kết hồi …")."""
        before = ps.low[max(0, start - 160) : start]
        m = _DEAL_NOUN.search(before)
        if m is None:
            return False
        head = before[: m.start()]
        if _FRAME_BEFORE.search(head[-40:]):
            return True
        return bool(_EARLIER_AFTER.match(ps.low, end))

    def _pledged_aid(self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, ...]]) -> None:
        """'A cam kết viện trợ … cho B': the AGREE A - B of the pledge becomes AID A -> B (in
        place); 'A cam kết sẽ … nhằm hỗ trợ B': the AID A -> B is asserted."""
        off = ps.sent.start
        for ev in list(out):
            span, actor, recip = ev.evidence.trigger, ev.actor, ev.recipient
            if span is None or actor is None or recip is None or ev.modality != "asserted":
                continue
            if actor.start is None or recip.start is None or ev.evidence.part != "text":
                continue
            if ev.type != "AGREE" or ev.mode != "promise" or ev.trigger not in _PLEDGES:
                continue
            if not actor.start < span.start <= span.end <= recip.start:
                continue  # "Hai nước cam kết hỗ trợ lẫn nhau": a shared pledge
            m = _AID_PLEDGED.match(ps.low, span.end - off)
            if m is None or not self._material_aid(ps, m, recip.start - off):
                continue
            out[:] = [
                e
                for e in out
                if e is ev
                or not (e.type == "AID" and e.actor and e.recipient)
                or (e.actor.code, e.recipient.code) != (actor.code, recip.code)
            ]  # the pledge is the aid: other AIDs of the pair go, and their key with them
            seen.discard(("AID", actor.code or "", recip.code or "", "asserted"))
            self._recode_in_place(ev, "AID", seen)
        for ev in out:
            span, actor, recip = ev.evidence.trigger, ev.actor, ev.recipient
            if ev.type != "AID" or ev.modality != "planned" or span is None:
                continue
            if actor is None or actor.start is None or actor.start >= span.start:
                continue
            key = ("AID", actor.code or "", recip.code if recip and recip.code else "", "asserted")
            if key in seen:
                continue
            pledged = _PLEDGE_BEFORE.search(ps.low, actor.start - off, span.start - off)
            if pledged is None:
                continue
            if ev.trigger in _WEAK_AID and not _MATERIAL.search(
                ps.low, pledged.start(), span.start - off
            ):
                continue  # "cam kết sẽ cung cấp hỗ trợ kỹ thuật": no goods pledged
            seen.add(key)
            ev.modality = "asserted"

    def _material_aid(self: Any, ps: _Sent, m: re.Match[str], recip: int) -> bool:
        """Whether the pledged ``m`` is aid: a plain aid verb, or a weak one (hỗ trợ, cung cấp …)
        with a sum or goods before the receiver (``recip``, relative) or just after it."""
        if m.group("verb") not in _WEAK_AID:
            return True
        return bool(_MATERIAL.search(ps.low, m.end(), max(m.end(), recip + 40)))

    def _approved_aid(self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, ...]]) -> None:
        """'A phê duyệt (gói) viện trợ / thương vụ bán vũ khí … cho B': the AGREE A - B of the
        approval becomes AID A -> B (in place), unless that AID is coded already."""
        off = ps.sent.start
        for ev in list(out):
            span, actor, recip = ev.evidence.trigger, ev.actor, ev.recipient
            if ev.type != "AGREE" or ev.trigger not in _APPROVALS or ev.modality != "asserted":
                continue
            if span is None or actor is None or recip is None or recip.start is None:
                continue
            if recip.start < span.end or not _AID_APPROVED.match(ps.low, span.end - off):
                continue
            if ("AID", actor.code or "", recip.code or "", "asserted") in seen:
                continue  # "IMF phê duyệt khoản giải ngân …" beside its aid: a deal as well
            self._recode_in_place(ev, "AID", seen)

    def _cut_aid(self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, ...]]) -> None:
        """'A đình chỉ/cắt (3,5 triệu USD) viện trợ (quân sự) cho B': aid cut is a SANCTION
        A -> B, not aid given (the AID is recoded in place)."""
        off = ps.sent.start
        coded: list[Event] = []
        for ev in out:
            span = ev.evidence.trigger
            if ev.type != "AID" or span is None or ev.actor is None or ev.recipient is None:
                continue
            if not _CUT_BEFORE.search(ps.low[max(0, span.start - off - 50) : span.start - off]):
                continue
            if not self._recode_in_place(ev, "SANCTION", seen):
                coded.append(ev)  # the cut is coded already
        drop = {id(e) for e in coded}
        out[:] = [e for e in out if id(e) not in drop]

    def _thanks(self: Any, ps: _Sent) -> Iterator[tuple[Any, Any, Any]]:
        """Each thanks of the sentence with its object right after it and its own subject:
        ``(hit, thanked group, thanker group)`` ("A cảm ơn B …")."""
        for hit in ps.hits:
            if hit.trig.type != "SUPPORT" or hit.trig.text not in THANKS:
                continue
            obj = next((g for g in ps.groups if g.start >= hit.end), None)
            if obj is None or self._nsyl(ps, hit.end, obj.start) > 1:
                continue
            subj, _agent, passive = self._subject(ps, self._clause_start(ps, hit.start), hit)
            if subj is not None and not passive:
                yield hit, obj, subj

    def _actors_of(self: Any, g: Any) -> list[Any]:
        return [p for p in self._participants(g) if p.kind == "actor"]

    def _aid_events(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        hit: Any,
        givers: list[Any],
        takers: list[Any],
        modality: str,
        seen: set[tuple[str, ...]],
    ) -> list[Event]:
        """The new events of ``hit`` from each giver to each taker (confidence 0.7)."""
        events: list[Event] = []
        for ev in self._judged_pairs(doc, ps, hit, ps.hits, givers, takers, modality, ctx, 0.7):
            keep_new(ev, seen, events)  # type: ignore[arg-type]
        return events

    def _thanked_aid(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, ...]],
    ) -> list[Event]:
        """'A cảm ơn B vì gói viện trợ / vì đã gửi vũ khí …': the aid thanked for was given,
        AID B -> A beside the thanks (wave 17)."""
        from sukien.events.coder import _Hit

        events: list[Event] = []
        for _hit, obj, subj in self._thanks(ps):
            m = _THANKED_AID.match(ps.low, obj.end)
            if m is None:
                continue
            aid = _Hit(m.start("aid"), m.end("aid"), _AID_TRIGGER)
            givers, takers = self._actors_of(obj), self._actors_of(subj)
            events += self._aid_events(doc, ps, ctx, aid, givers, takers, "asserted", seen)
        return events

    def _backed(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, ...]],
    ) -> list[Event]:
        """'Với sự hỗ trợ của X, Y …': AID X -> Y, the subject of the main clause (wave 18)."""
        from sukien.events.coder import _Hit

        m = _BACKED.match(ps.low)
        if m is None:
            return []
        helper = next((g for g in ps.groups if g.start == m.end() and not g.is_place), None)
        comma = ps.low.find(",", m.end())
        if helper is None or comma < 0 or self._nsyl(ps, helper.end, comma) > 3:
            return []
        subj = next((g for g in ps.groups if g.start > comma and not g.is_place), None)
        if subj is None or self._nsyl(ps, comma + 1, subj.start) > 2:
            return []
        if _BACKED_PLANNED.match(ps.low, subj.end):
            return []  # "Với sự hỗ trợ của X, Y sẽ …": the help is to come
        hit = _Hit(m.start("aid"), m.end("aid"), _AID_TRIGGER)
        givers, takers = self._actors_of(helper), self._actors_of(subj)
        return self._aid_events(doc, ps, ctx, hit, givers, takers, "asserted", seen)

    def _lent(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, ...]],
    ) -> list[Event]:
        """'A cho B vay 1,5 tỷ USD': AID A -> B (the lexicon's "cho vay" needs the two words
        together)."""
        from sukien.events.coder import _Hit

        events: list[Event] = []
        for g in ps.groups:
            if not self._before(ps, g.start, 1).endswith("cho"):
                continue
            m = _LENT_AFTER.match(ps.low, g.end)
            if m is None:
                continue
            start = ps.low.rfind("cho", 0, g.start)
            hit = _Hit(start, m.end(), _LOAN_TRIGGER)
            clause = self._clause_start(ps, start)
            subj, _agent, passive = self._subject(ps, clause, hit)
            if subj is None or passive:
                continue
            modality = self._modality(ps, hit, clause, ps.hits)
            lenders, borrowers = self._actors_of(subj), self._actors_of(g)
            events += self._aid_events(doc, ps, ctx, hit, lenders, borrowers, modality, seen)
        return events

    def _thanked(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, ...]],
    ) -> list[Event]:
        """'A cảm ơn B đã giúp đỡ A': SUPPORT A -> B, when the thanks has no event yet because
        its object B goes on to a clause of its own."""
        done = coded_starts(out, ps.sent.start)
        events: list[Event] = []
        for hit, obj, subj in self._thanks(ps):
            if hit.start in done or not _THANKED_FOR.match(ps.low, obj.end):
                continue
            modality = self._modality(ps, hit, self._clause_start(ps, hit.start), ps.hits)
            thankers, thanked = self._actors_of(subj), self._actors_of(obj)
            for ev in self._judged_pairs(
                doc, ps, hit, ps.hits, thankers, thanked, modality, ctx, 0.7
            ):
                keep_new(ev, seen, events)  # type: ignore[arg-type]
        return events

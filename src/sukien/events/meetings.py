"""Who meets whom, and what is no event, wave 11 (sentences of our own): a mixin of
``coder.Coder``; ``Coder._pairs`` calls ``_colon_guests``, ``_hosted_meeting_pairs`` and
``_meeting_amid``, ``Coder._consult_fallback_pairs`` ``_framed_meeting_pairs``, ``Coder._event``
``_trade_figure``, ``_moved_thing`` and ``_means_named``, ``BackgroundRules._no_news``
``_anniversary``, ``Coder._code_sentence`` ``_support_received``.

* **a list after a colon enumerates what stands before it.** "Tôi đã gặp các vị khách: Tổng
  thống Pháp, Thủ tướng Italy và Thủ tướng Đức, kết thúc bằng một cuộc họp tiếp theo": the
  names after "với/gồm/đón … :" are the guests, the objects of the verb before the colon;
  they are never the subject of a later verb of the sentence (they did not meet one another);
  after a reporting verb ("ông nói:") a colon opens a quotation, whose subject stays;
* **a meeting framed before the main clause is held by the main clause's parties.** "Trong
  cuộc điện đàm ngày 21/11, các nhà lãnh đạo Đức, Pháp và Anh nhất trí với Tổng thống Ukraine
  …", "Tại cuộc gặp, Thủ tướng Nhật Bản và Tổng thống Philippines nhất trí …": the subject of
  the main clause met the partner after its verb's "với", or, with no partner, its members met
  one another;
* **a meeting hosted by X with the participation of others is X's talks with each.**
  "Hội nghị do Thủ tướng Nhật Bản chủ trì, với sự tham dự của Tổng thống Kazakhstan và Tổng
  thống Uzbekistan": the host ("do X chủ trì/đăng cai/tổ chức/triệu tập") meets each guest
  ("với/có sự tham dự/tham gia/có mặt của …"); the guests are not paired with one another;
* **support received is the giver's support.** "Ukraine nhận được sự ủng hộ mạnh mẽ của
  Pháp", "Kế hoạch của Ai Cập giành được sự hậu thuẫn từ phía Saudi Arabia", "Philippines
  tiếp tục có được sự ủng hộ của Nhật Bản": the one after "của/từ (phía)" supports the subject
  (SUPPORT giver → subject; the lexicon's "ủng hộ" is not read after "sự"); not when the
  receiving is wished or asked for ("kêu gọi/mong muốn nhận được sự ủng hộ"), nor when the
  sentence's modality says otherwise;
* **a trade figure is no event.** "Lượng khí đốt Nga cung cấp cho EU năm ngoái lên tới 150
  tỷ m3", "Nga cung cấp 15% lượng khí đốt cho châu Âu", "Australia là đối tác cung ứng lúa
  mạch hàng đầu cho Trung Quốc", "kim ngạch hàng hóa Việt Nam xuất khẩu sang Mỹ tăng mạnh": a
  trade verb under a quantity noun (lượng, kim ngạch, giá trị, sản lượng …), with a share as
  its object, or after a supplier noun (đối tác, nhà, nước) measures a standing trade, it
  reports no act (COOPERATE or AID) of the news;
* **a thing moved "từ A tới B" goes there; nobody visits.** "dời Đại sứ quán từ Tel Aviv tới
  Jerusalem", "bắn tên lửa từ Yemen tới thủ đô Saudi Arabia", "chuyển hàng từ Nga đến Trung
  Quốc": after a verb that moves, sends or fires an object, "từ A tới/đến B" is its path, not a
  visit to B (a traveller's "từ Rome đến Berlin" stays a visit);
* **what a meeting "takes place amid" is its setting, not its parties.** "Cuộc điện đàm diễn
  ra giữa lúc Mỹ và NATO bày tỏ quan ngại …", "Cuộc gặp này diễn ra trong bối cảnh Ukraine …
  sau khi Mỹ gửi …", "Cuộc hội đàm được tổ chức sau khi Pháp và Đức ký …": a meeting noun whose
  own clause says only when it happened has no parties among the states of that time clause
  (the sides are those of the sentences before);
* **talks named as a means are not held.** "tìm các giải pháp thông qua đàm phán", "ủng hộ các
  giải pháp đàm phán cho xung đột", "giải quyết bất đồng qua con đường đối thoại": đàm phán,
  đối thoại, thương lượng after giải pháp, thông qua, qua, bằng, con đường, biện pháp, kênh
  name how a dispute should be settled, no talks that took place ("ngồi vào bàn đàm phán"
  stays talks);
* **an anniversary names a past act.** "Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại
  giao", "nhân dịp tròn 50 năm ký Hiệp định": the act counted in years is history, not news.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from sukien.events.mentions import title_words
from sukien.events.reported import keep_new

# a verb or preposition, at most four words (a noun phrase: "các vị khách", "các nước"), colon
_ENUM_HEAD = re.compile(
    r"(?:^|\s)(?:với|gồm|bao gồm|gồm có|đón|đón tiếp|tiếp|mời|gặp|gặp gỡ|là|như|có)"
    r"(?:\s+[^\s,;:.!?\"“”]+){0,4}\s*:\s*[\"“]?\s*$"
)
# a reporting verb before the colon: a quotation follows, its subject is a subject
_SAYS = re.compile(
    r"(?<!\w)(?:nói|cho biết|tuyên bố|phát biểu|khẳng định|nhấn mạnh|viết|chia sẻ|trả lời"
    r"|thông báo|bày tỏ|nêu rõ|cho rằng|lưu ý)(?!\w)"
)
# a fronted meeting frame opening the sentence: "Trong/Tại (các) cuộc điện đàm (…), …"
_FRAME_OPEN = re.compile(
    r"\W*(?:(?:theo [^,]{1,40},\s*)?)"
    # a time first: "Sáng 22/1 (theo giờ địa phương), sau hội đàm, …" (wave 17)
    r"(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|cùng ngày)(?:\s[^,]{0,40})?,\s*)?"
    # "Trong tuyên bố chung (ra) sau hội đàm, …" (wave 17)
    r"(?:trong\s+(?:bản\s+)?(?:tuyên bố|thông cáo)(?:\s+chung)?\s+(?:(?:được\s+)?"
    r"(?:đưa ra|công bố|ra|phát đi)\s+)?)?"
    r"(?:trong|tại|ở|bên lề|qua|sau)\s+(?:(?:các|những|một)\s+)?"
    r"(?:cuộc|buổi|vòng|(?<=sau ))\s*$"
)
# the main verb's partner: "(đã/cũng) nhất trí/thống nhất/cam kết … với X"
_PARTNER_AFTER = re.compile(
    r"(?:\s+(?:đã|cũng|đều|vừa|cùng|đồng thời|một lần nữa|tiếp tục))*\s+"
    r"(?:nhất trí|thống nhất|cam kết|khẳng định|thảo luận|trao đổi|bàn|bàn bạc|chia sẻ"
    r"|bày tỏ|nhấn mạnh|đồng ý|thỏa thuận|tái khẳng định|hoan nghênh|cảm ơn|nói|nhắc lại)"
    r"(?:\s+(?:lại|rõ|thẳng))?\s+với\s*$"
)
# the main verb addressing its object, the meeting's other side: "(đã) cảm ơn/mời X" (wave 17)
_ADDRESSEE_AFTER = re.compile(
    r"(?:\s+(?:đã|cũng|đều|vừa|đồng thời|một lần nữa|trân trọng|chân thành))*\s+"
    r"(?:cảm ơn|cám ơn|chúc mừng|mời|đề nghị|chia buồn với|khen ngợi|thăm hỏi)\s*$"
)
# meetings of two sides (not "cuộc họp", "hội nghị": a call made there is to anyone)
_TALKS_ONE_TO_ONE = frozenset(
    ["hội đàm", "điện đàm", "hội kiến", "gặp", "gặp gỡ", "tiếp", "tiếp kiến", "gặp mặt"]
)
_HOST_ROLE = re.compile(
    r"\s*(?:(?:đã|cùng)\s+)*(?:chủ trì|chủ tọa|đăng cai|tổ chức|triệu tập)(?!\w)"
)
# "(,) với/có sự tham dự của A, B và C": the guests
_GUESTS_BEFORE = re.compile(
    r"(?:với|có)\s+sự\s+(?:tham dự|tham gia|có mặt|góp mặt|hiện diện)\s+của"
    r"(?:(?:\s+(?:các|những|lãnh đạo|nhà lãnh đạo|đại diện|phái đoàn|đoàn))*"
    r"|(?:\s+[^\s,;:.]+){0,8}?\s+(?:gồm|bao gồm|là))\s*$"  # "của … năm nước Trung Á gồm"
)
# "nhận được sự ủng hộ (mạnh mẽ) của/từ (phía)"
_SUPPORT_RECEIVED = re.compile(
    r"(?<!\w)(?P<v>nhận được|giành được|có được|tranh thủ được|nhận)\s+(?:thêm\s+)?sự\s+"
    r"(?P<n>ủng hộ|hậu thuẫn|đồng tình|tán thành|ủng hộ và giúp đỡ|đồng tình và ủng hộ)"
    r"(?:\s+(?:mạnh mẽ|hoàn toàn|rộng rãi|vững chắc|to lớn|tích cực|nhiệt tình|quý báu"
    r"|nhất trí|đông đảo|rất lớn|lớn))*\s+(?:của|từ phía|từ)\s+"
)
# wished, asked, sought: "kêu gọi (để) nhận được sự ủng hộ", "nhằm nhận được", "hy vọng"
_NOT_RECEIVED_YET = re.compile(
    r"(?<!\w)(?:kêu gọi|mong muốn|mong|hy vọng|hi vọng|nhằm|để|cần|muốn|tìm kiếm|vận động"
    r"|sẽ|có thể|chưa|không|nếu)(?:\s+[^\s,;:.]+){0,3}\s*$"
)
# a verb moving, sending or firing an object, the object, then "từ A" right before "tới/đến"
_MOVED_FROM = re.compile(
    r"(?<!\w)(?:dời|di dời|chuyển|bắn|phóng|đưa|vận chuyển|gửi|phóng thử|bơm|dẫn|kéo)"
    r"(?:\s+[^\s,;:.!?]+){1,8}?\s+từ(?:\s+[^\s,;:.!?]+){1,5}\s*$"
)
# "(cuộc điện đàm) (này) diễn ra / được tổ chức / được tiến hành trong bối cảnh / giữa lúc / khi"
_TAKES_PLACE_AMID = re.compile(
    r"\s*(?:(?:này|nói trên|trên|đó|hôm nay|hôm qua)\s+)?(?:(?:đã|được)\s+)?"
    r"(?:diễn ra|tổ chức|tiến hành|được tổ chức|được tiến hành|đến|tới|được đưa ra)\s+"
    r"(?:(?:chỉ|ngay|vài ngày|một ngày|vài giờ|một tuần|ít ngày)\s+)?"
    r"(?:trong bối cảnh|giữa lúc|vào lúc|trong lúc|trong khi|khi|sau khi|trước khi|cùng lúc"
    r"|đúng lúc|sau|trước)(?!\w)"
)
_TALKS_NOUN = frozenset(["đàm phán", "đối thoại", "thương lượng", "hòa đàm", "thương thảo"])
_MEANS_BEFORE = re.compile(
    r"(?<!\w)(?:giải pháp|thông qua|bằng|qua|con đường|biện pháp|kênh|phương thức|phương án)"
    r"(?:\s+(?:con đường|các|những|kênh|biện pháp|giải pháp|việc))*\s*$"
)
_TRADE_VERBS = frozenset(["cung cấp", "cung ứng", "xuất khẩu", "nhập khẩu", "mua", "bán"])
# a quantity noun heading the clause's subject: "lượng khí đốt Nga (cung cấp)"
_QUANTITY_HEAD = re.compile(
    r"(?<!\w)(?:lượng|kim ngạch|giá trị|sản lượng|khối lượng|tỷ trọng|tổng lượng)"
    r"(?:\s+[^\s,;:.!?]+){0,5}\s*$"
)
# a supplier noun: "(là) đối tác cung ứng", "nước xuất khẩu"
_SUPPLIER_NOUN = re.compile(r"(?<!\w)(?:đối tác|nhà|nước|quốc gia|thị trường|nguồn)\s*$")
# a share as the object: "cung cấp (khoảng) 15% lượng khí đốt"
_SHARE_NEXT = re.compile(r"\s*(?:(?:khoảng|gần|hơn|tới|đến|tới hơn|chừng)\s+)?\d+(?:[.,]\d+)?\s*%")
# "kỷ niệm 30 năm", "nhân dịp tròn 50 năm (ngày)", "kỷ niệm lần thứ 75 (ngày)"
_ANNIVERSARY = re.compile(
    r"(?:^|\s)(?:kỷ niệm|kỉ niệm|dịp|tròn|mừng|chào mừng)(?:\s+(?:tròn|lần thứ))?\s+"
    r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|\s)+\s*(?:năm\s+)?"
    r"(?:(?:ngày|kể từ|kể từ ngày|kể từ khi|từ khi|từ ngày)\s+)?$"
)


def _drop_titles(words: list[str]) -> list[str]:
    """``words`` without the role-title syllables that end it ("với Tổng thống" -> "với")."""
    titles = title_words()
    while words and words[-1] in titles:
        words.pop()
    return words


class MeetingRules:
    """Mixed into ``Coder``; relies on its ``_before``, ``_nsyl``, ``_participants``,
    ``_after_place_prep``, ``_clause_start``, ``_groups_before``, ``_in_pp`` and ``_event``."""

    def _colon_guests(self: Any, ps: Any, g: Any, hit: Any) -> bool:
        """Is the group ``g``, a list of two or more, the enumeration after a colon of what a
        verb before it met ("với các vị khách: A, B và C") and not the subject of ``hit``?"""
        if g is None or g.end > hit.start or len(self._participants(g)) < 2:
            return False
        head = ps.low[max(0, g.start - 60) : g.start]
        head = " ".join(_drop_titles(head.split()))  # "…: Tổng thống Pháp"
        m = _ENUM_HEAD.search(head)
        return m is not None and not _SAYS.search(head, max(0, m.start() - 30))

    def _framed_meeting_pairs(self: Any, ps: Any, hit: Any) -> list[tuple[Any, Any]]:
        """A meeting noun in a frame opening the sentence ("Trong cuộc điện đàm ngày 21/11,")
        with no party of its own: the main clause's subject meets its verb's "với" partner, or
        the subject's members meet one another."""
        if not _FRAME_OPEN.fullmatch(ps.low[: hit.start]):
            return []
        comma = ps.low.find(",", hit.end)
        if comma < 0 or self._nsyl(ps, hit.end, comma) > 6:
            return []
        subj = next((g for g in ps.groups if g.start > comma and not g.is_place), None)
        if (
            subj is None
            or self._nsyl(ps, comma, subj.start) > 4
            or self._after_place_prep(ps, subj.start)
        ):
            return []
        sides = [p for p in self._participants(subj) if p.kind == "actor"]
        if not sides:
            return []
        later = [g for g in ps.groups if g.start >= subj.end]
        # "… với Tổng thống Ukraine"
        gap = _drop_titles(ps.low[subj.end : later[0].start].split()) if later else []
        joined = " " + " ".join(gap)
        addressed = hit.trig.text in _TALKS_ONE_TO_ONE and _ADDRESSEE_AFTER.fullmatch(joined)
        if later and (_PARTNER_AFTER.fullmatch(joined) or addressed):
            codes = {p.code for p in sides}
            partners = [
                p for p in self._participants(later[0]) if p.kind == "actor" and p.code not in codes
            ]
            return [(a, b) for a in sides for b in partners]
        if len({p.code for p in sides}) < 2:
            return []
        return list(combinations(sides, 2))

    def _hosted_meeting_pairs(self: Any, ps: Any, hit: Any) -> list[tuple[Any, Any]]:
        """A meeting noun followed by "do X chủ trì" and "với sự tham dự của A, B": X meets
        each of A, B."""
        if hit.trig.type != "CONSULT":
            return []
        after = [g for g in ps.groups if g.start >= hit.end and not g.is_place]

        def hosted_by(g: Any) -> bool:
            words = _drop_titles(ps.low[hit.end : g.start].split())  # "do Tổng thống Pháp"
            return bool(words) and words[-1] == "do" and "," not in " ".join(words)

        host = next(
            (
                g
                for g in after
                if self._nsyl(ps, hit.end, g.start) <= 8
                and hosted_by(g)
                and _HOST_ROLE.match(ps.low, g.end)
            ),
            None,
        )
        if host is None:
            return []
        hosts = [p for p in self._participants(host) if p.kind == "actor"]
        codes = {p.code for p in hosts}
        for g in after:
            if g.start <= host.end or self._nsyl(ps, host.end, g.start) > 20:
                continue
            words = _drop_titles(self._before(ps, g.start, 16).split())  # "của Tổng thống X"
            if _GUESTS_BEFORE.search(" ".join(words)):
                guests = [
                    p for p in self._participants(g) if p.kind == "actor" and p.code not in codes
                ]
                if guests:
                    return [(h, x) for h in hosts for x in guests]
        return []

    def _support_received(self: Any, doc: Any, ps: Any, ctx: Any, seen: set[Any]) -> list[Any]:
        """SUPPORT from the one after "của/từ (phía)" to the subject that receives it ("Ukraine
        nhận được sự ủng hộ của Pháp")."""
        from sukien.events.coder import _Hit
        from sukien.events.lexicon import Trigger

        extra: list[Any] = []
        titles = title_words()
        for m in _SUPPORT_RECEIVED.finditer(ps.low):
            if _NOT_RECEIVED_YET.search(ps.low[max(0, m.start() - 30) : m.start()]):
                continue
            giver = next((g for g in ps.groups if g.start >= m.end()), None)
            if giver is None or self._nsyl(ps, m.end(), giver.start) > 3:
                continue
            words = ps.low[m.end() : giver.start].split()
            if any(w not in titles for w in words):  # "của Tổng thống Brazil" only
                continue
            clause = self._clause_start(ps, m.start())
            before = [
                g
                for g in self._groups_before(ps, clause, m.start())
                if not g.is_place
                and not self._after_place_prep(ps, g.start)
                and (not self._in_pp(ps, g) or self._before(ps, g.start, 1) == "của")
            ]  # "Kế hoạch của Ai Cập nhận được …": Ai Cập is supported
            if not before or self._nsyl(ps, before[-1].end, m.start()) > 6:
                continue
            hit = _Hit(m.start("n"), m.end("n"), Trigger(m.group("n"), "SUPPORT", "endorse"))
            hits = sorted([*ps.hits, hit], key=lambda h: h.start)
            givers = [p for p in self._participants(giver) if p.kind == "actor"]
            takers = [p for p in self._participants(before[-1]) if p.kind == "actor"]
            for a in givers:
                for b in takers:
                    ev = self._event(doc, ps, hit, hits, a, b, "asserted", 0.6, ctx, False)
                    if ev is None or ev.modality != "asserted":
                        continue
                    keep_new(ev, seen, extra)
        return extra

    def _trade_figure(self: Any, ps: Any, hit: Any, typ: str) -> bool:
        """Is the trade verb of ``hit`` a measure of standing trade ("lượng khí đốt Nga cung cấp
        cho EU", "cung cấp 15% lượng khí đốt", "đối tác cung ứng lúa mạch")?"""
        if typ not in ("COOPERATE", "AID") or ps.low[hit.start : hit.end] not in _TRADE_VERBS:
            return False
        clause = self._clause_start(ps, hit.start)
        head = ps.low[clause : hit.start]
        return bool(
            _QUANTITY_HEAD.search(head)
            or _SUPPLIER_NOUN.search(head)
            or _SHARE_NEXT.match(ps.low, hit.end)
        )

    def _moved_thing(self: Any, ps: Any, hit: Any) -> bool:
        """Is the visit trigger ``hit`` ("tới", "đến") the end of a thing's path ("dời Đại sứ
        quán từ Tel Aviv tới Jerusalem")?"""
        if hit.trig.type != "CONSULT" or ps.low[hit.start : hit.end] not in ("tới", "đến"):
            return False
        clause = self._clause_start(ps, hit.start)
        return bool(_MOVED_FROM.search(ps.low[clause : hit.start]))

    def _meeting_amid(self: Any, ps: Any, hit: Any) -> bool:
        """Is the meeting noun of ``hit`` followed by "diễn ra trong bối cảnh/giữa lúc …" (the
        states after it are the setting, not its parties)?"""
        return hit.trig.type == "CONSULT" and bool(_TAKES_PLACE_AMID.match(ps.low, hit.end))

    def _means_named(self: Any, ps: Any, hit: Any) -> bool:
        """Are the talks of ``hit`` a means named ("giải pháp thông qua đàm phán")?"""
        if hit.trig.type != "CONSULT" or ps.low[hit.start : hit.end] not in _TALKS_NOUN:
            return False
        return bool(_MEANS_BEFORE.search(ps.low[max(0, hit.start - 40) : hit.start]))

    def _anniversary(self: Any, ps: Any, hit: Any) -> bool:
        """Is the trigger the act an anniversary counts ("kỷ niệm 30 năm thiết lập quan hệ
        ngoại giao")?"""
        return bool(_ANNIVERSARY.search(ps.low[max(0, hit.start - 50) : hit.start]))

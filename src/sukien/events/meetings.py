"""Who meets whom, wave 11 (sentences of our own): a mixin of ``coder.Coder``;
``Coder._pairs`` calls ``_colon_guests``, ``Coder._consult_fallback_pairs``
``_framed_meeting_pairs``, ``BackgroundRules._no_news`` ``_anniversary``.

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
* **an anniversary names a past act.** "Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại
  giao", "nhân dịp tròn 50 năm ký Hiệp định": the act counted in years is history, not news.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from sukien.events.mentions import title_words

# a verb or preposition, at most four words (a noun phrase: "các vị khách", "các nước"), colon
_ENUM_HEAD = re.compile(
    r"(?:^|\s)(?:với|gồm|bao gồm|gồm có|đón|đón tiếp|tiếp|mời|gặp|gặp gỡ|là|như|có)"
    r"(?:\s+[^\s,;:.!?\"“”]+){0,4}\s*:\s*[\"“]?\s*$"
)
# a reporting verb before the colon: a quotation follows, its subject is a subject
_SAYS = re.compile(
    r"(?<!\w)(?:nói|cho biết|tuyên bố|phát biểu|khẳng định|nhấn mạnh|viết|chia sẻ|trả lời"
    r"|thông báo|tuyên bố rằng|bày tỏ|nêu rõ|cho rằng|lưu ý)(?!\w)"
)
# a fronted meeting frame opening the sentence: "Trong/Tại (các) cuộc điện đàm (…), …"
_FRAME_OPEN = re.compile(
    r"\W*(?:(?:theo [^,]{1,40},\s*)?)(?:trong|tại|ở|bên lề|qua)\s+(?:(?:các|những|một)\s+)?"
    r"(?:cuộc|buổi|vòng)\s*$"
)
# the main verb's partner: "(đã/cũng) nhất trí/thống nhất/cam kết … với X"
_PARTNER_AFTER = re.compile(
    r"(?:\s+(?:đã|cũng|đều|vừa|cùng|đồng thời|một lần nữa|tiếp tục))*\s+"
    r"(?:nhất trí|thống nhất|cam kết|khẳng định|thảo luận|trao đổi|bàn|bàn bạc|chia sẻ"
    r"|bày tỏ|nhấn mạnh|đồng ý|thỏa thuận|tái khẳng định|hoan nghênh|cảm ơn|nói|nhắc lại)"
    r"(?:\s+(?:lại|rõ|thẳng))?\s+với\s*$"
)
# "kỷ niệm 30 năm", "nhân dịp tròn 50 năm (ngày)", "kỷ niệm lần thứ 75 (ngày)"
_ANNIVERSARY = re.compile(
    r"(?:^|\s)(?:kỷ niệm|kỉ niệm|dịp|tròn|mừng|chào mừng)(?:\s+(?:tròn|lần thứ))?\s+"
    r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|\s)+\s*(?:năm\s+)?"
    r"(?:(?:ngày|kể từ|kể từ ngày|kể từ khi|từ khi|từ ngày)\s+)?$"
)


class MeetingRules:
    """Mixed into ``Coder``; relies on its ``_before``, ``_nsyl``, ``_participants``,
    ``_after_place_prep``."""

    def _colon_guests(self: Any, ps: Any, g: Any, hit: Any) -> bool:
        """Is the group ``g``, a list of two or more, the enumeration after a colon of what a
        verb before it met ("với các vị khách: A, B và C") and not the subject of ``hit``?"""
        if g is None or g.end > hit.start or len(self._participants(g)) < 2:
            return False
        head = ps.low[max(0, g.start - 60) : g.start]
        words = head.rstrip().split()
        titles = title_words()
        while words and words[-1] in titles:  # "…: Tổng thống Pháp"
            words.pop()
        head = " ".join(words)
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
        gap = ps.low[subj.end : later[0].start].split() if later else []
        titles = title_words()
        while gap and gap[-1] in titles:  # "… với Tổng thống Ukraine"
            gap.pop()
        if later and _PARTNER_AFTER.fullmatch(" " + " ".join(gap)):
            codes = {p.code for p in sides}
            partners = [
                p for p in self._participants(later[0]) if p.kind == "actor" and p.code not in codes
            ]
            return [(a, b) for a in sides for b in partners]
        if len({p.code for p in sides}) < 2:
            return []
        return list(combinations(sides, 2))

    def _anniversary(self: Any, ps: Any, hit: Any) -> bool:
        """Is the trigger the act an anniversary counts ("kỷ niệm 30 năm thiết lập quan hệ
        ngoại giao")?"""
        return bool(_ANNIVERSARY.search(ps.low[max(0, hit.start - 50) : hit.start]))

"""Triggers that report no news event: rules the coder (``coder.Coder``) mixes in.

* **history told as background**: an act the subject has done before ("Tổng thống X từng tới
  thăm Y"), a sentence or clause opened by an undated past time ("Hồi năm ngoái, …",
  "Cùng năm đó, …", "Cách đây 70 năm, …") or placed so in its clause ("… năm ngoái",
  "… 5 năm trước"), an act of a world war ("… vào những ngày cuối
  Chiến tranh thế giới thứ hai"; a world war after a said act is its topic: "yêu cầu Đức bồi
  thường thiệt hại trong Thế chiến II");
* **a retaliation in a diplomatic or trade row** ("Nga tung đòn đáp trả Đức vụ trục xuất nhà
  ngoại giao", "đòn trả đũa thuế quan") is a SANCTION, not an attack, when nothing military is
  said;
* **a platform said on** ("Tổng thống X nói trên Telegram") is where something is said, never
  the target of an act;
* **the leader of a bloc** ("rút khỏi liên minh do Nga dẫn dắt") is not the recipient of an
  act on the bloc;
* **a company going to a country** ("thu hút được Intel đến Việt Nam") invests, it pays no
  visit;
* **a report denied** ("Nga bác bỏ thông tin cho rằng quân đội Nga tấn công Ukraine"): the
  act reported is denied, not done;
* **sport**: a sentence about clubs, players and matches ("UEFA cảnh báo hai câu lạc bộ Anh",
  "cầu thủ X chơi cho Incheon (Hàn Quốc)") codes no event of states.

A clause opened by a year ("Năm 1945, …") is not dropped here: the coder keeps such an act
dated with that year and less sure (``Coder._past_year``), so a reader can filter it; the
background above has no date to filter on.
"""

from __future__ import annotations

import re
from typing import Any

from sukien.events.lexicon import CLAUSE_BREAK as _CLAUSE_BREAK
from sukien.events.patterns import _kind_of as kind_of

_EXPERIENCE = re.compile(r"(?:^|\s)(?:đã\s+)?từng(?:\s+(?:tới|đến|sang|có))?$")
_PAST_OPENING = re.compile(
    r"\W*(?:(?:cũng\s+)?(?:hồi|vào|trong|từ)\s+)?(?:"
    r"năm\s+ngoái|(?:cùng\s+)?năm\s+(?:đó|ấy)|"
    r"cách\s+đây\s+(?:hơn\s+|gần\s+|khoảng\s+|chừng\s+)?\S+\s+(?:năm|thập\s+kỷ|thập\s+niên)"
    r")(?!\w)"
)
_WAR_HISTORY = re.compile(
    r"(?<!\w)(?:chiến tranh thế giới|thế chiến|đệ nhị thế chiến|đệ nhất thế chiến)(?!\w)"
)
_PAST_IN_CLAUSE = re.compile(
    r"(?<!\w)(?:hồi\s+)?(?:năm ngoái|(?:\d+|hai|ba|bốn|năm|mười|vài|nhiều)\s+năm trước)(?!\w)"
)
_SINCE = re.compile(r"(?<!\w)(?:sau|kể từ|từ sau|từ|hậu|thời hậu)(?!\w)")
_RETALIATION = frozenset({"đòn đáp trả", "đòn trả đũa", "chiến dịch đáp trả", "chiến dịch trả đũa"})
_NON_MILITARY = re.compile(
    r"(?<!\w)(?:trục xuất|nhà ngoại giao|ngoại giao|thuế|thuế quan|trừng phạt|cấm vận|"
    r"thương mại|xuất khẩu|nhập khẩu|hàng hóa)(?!\w)"
)
_MILITARY = re.compile(
    r"(?<!\w)(?:quân sự|tên lửa|không kích|uav|máy bay không người lái|pháo|binh sĩ|quân đội|"
    r"tấn công|ném bom|oanh tạc|drone)(?!\w)"
)
_ON_PLATFORM = re.compile(r"(?:^|\s)trên(?:\s+(?:trang|tài khoản|mạng xã hội|mạng))?\s*$")
_LED_BY_BEFORE = re.compile(r"(?:^|\s)do$")
_LED_BY_AFTER = re.compile(
    r"\s*(?:dẫn dắt|dẫn đầu|đứng đầu|lãnh đạo|chi phối|chủ trì|khởi xướng)(?!\w)"
)
_DENIED_REPORT = re.compile(
    r"(?:^|\s)(?:bác bỏ|phủ nhận|bác|bác tin|phủ định|bác bỏ mạnh mẽ|cực lực bác bỏ)"
    r"(?:\s+(?:các|những|mọi))?\s+(?:thông tin|tin|tin tức|cáo buộc|báo cáo|luận điệu|nguồn tin|"
    r"tin đồn|đồn đoán|lời buộc tội)(?:\s+(?:về việc|cho rằng|nói rằng|rằng|là|về))?"
    r"(?P<gap>(?:\s+[^\s,;.]+){0,8})\s*$"
)
_NEW_CLAUSE = re.compile(r"(?<!\w)(?:và|đồng thời|nhưng|song|sau đó|rồi)(?!\w)")
# acts said, not done: a world war after their trigger is what they are about ("yêu cầu Đức bồi
# thường thiệt hại trong Thế chiến II"), not when they happened
_SAID_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "PROTEST", "CONCEDE"})
_COALITION = re.compile(r"(?<!\w)(?:liên quân|lực lượng|quân đội|binh sĩ)(?!\w)")


class BackgroundRules:
    """Mixed into ``Coder``; uses its helpers (``_before``, ``_clause_start``)."""

    def _no_news(self: Any, doc: Any, ps: Any, hit: Any) -> bool:
        """Background or sport: the trigger reports no news event."""
        before = self._before(ps, hit.start, 4)
        if _EXPERIENCE.search(before):
            return True  # "từng tới thăm"
        if self._anniversary(ps, hit):
            return True  # "kỷ niệm 30 năm thiết lập quan hệ ngoại giao" (MeetingRules)
        clause = self._clause_start(ps, hit.start)
        if _PAST_OPENING.match(ps.low) or _PAST_OPENING.match(ps.low, clause):
            return True  # "Hồi năm ngoái, …", "Cùng năm đó, …"
        end = _CLAUSE_BREAK.search(ps.low, hit.end)
        stop = end.start() if end else len(ps.low)
        others = [h for h in getattr(ps, "hits", None) or [] if h.trig.type != "REJECT"]
        lo = max([clause, *(h.end for h in others if h.end <= hit.start)])
        hi = min([stop, *(h.start for h in others if h.start >= hit.end)])
        if _PAST_IN_CLAUSE.search(ps.low, hit.end, hi) or (
            lo == clause and _PAST_IN_CLAUSE.search(ps.low, lo, hit.start)
        ):
            return True  # "sau khi X tấn công Y năm ngoái", "… 5 năm trước"
        war = _WAR_HISTORY.search(ps.low, clause, stop)
        if war and war.start() > hit.start and hit.trig.type in _SAID_ACTS:
            war = None  # "cáo buộc Tokyo … bồi thường cho những người … trong Thế chiến II"
        if war and not _SINCE.search(self._before(ps, war.start(), 4)):
            return True  # not "(lần đầu) sau khi kết thúc Thế chiến 2": a time reference
        # a sentence about a match, a club or players (the lexicon's sport cues)
        return any(kind == "sport" for *_, kind in ps.cues)

    def _context_type(self: Any, ps: Any, hit: Any) -> str | None:
        """A retaliation in a row over diplomats or trade with no military word: a SANCTION."""
        key = " ".join(ps.low[hit.start : hit.end].split())
        if key not in _RETALIATION or hit.trig.type != "ASSAULT":
            return None
        if _NON_MILITARY.search(ps.low) and not _MILITARY.search(ps.low):
            return "SANCTION"
        return None

    def _on_platform(self: Any, ps: Any, ac: Any) -> bool:
        """A company named after "trên" ("nói trên Telegram"): a platform, no party."""
        if not ac.code or kind_of(ac.code) != "company":
            return False
        if ac.start is not None:
            pos = ac.start - ps.sent.start
        else:  # carried without its span: its name in this sentence
            pos = ps.low.find((ac.name or ac.code).lower())
            if pos < 0:
                return False
        return bool(_ON_PLATFORM.search(ps.low[max(0, pos - 30) : pos]))

    def _bloc_leader(self: Any, ps: Any, ac: Any) -> bool:
        """The X of "liên minh do X dẫn dắt": named to say who leads, not acted upon."""
        if ac.start is None or ac.end is None:
            return False
        s, e = ac.start - ps.sent.start, ac.end - ps.sent.start
        if not (_LED_BY_BEFORE.search(ps.low[:s].rstrip()) and _LED_BY_AFTER.match(ps.low, e)):
            return False
        # "liên quân do Mỹ dẫn đầu": the coalition's forces are the leader's own
        return not _COALITION.search(self._before(ps, s, 6))

    def _company_arrival(self: Any, hit: Any, actor: Any) -> bool:
        """A bare "đến"/"tới" visit whose actor is a company ("Intel đến Việt Nam")."""
        if hit.trig.type != "CONSULT" or hit.trig.text not in ("đến", "tới") or not actor.name:
            return False
        try:
            from sukien.entities.kb import lookup
        except ImportError:
            return False
        kinds = {getattr(e, "kind", None) for e in lookup(actor.name)}
        return kinds == {"company"}

    def _denied_report(self: Any, ps: Any, hit: Any) -> bool:
        """The act of a report or an accusation someone denies ("bác bỏ thông tin cho rằng X
        tấn công Y")."""
        if hit.trig.type in ("REJECT", "ACCUSE"):
            return False
        m = _DENIED_REPORT.search(ps.low[max(0, hit.start - 160) : hit.start])
        return m is not None and not _NEW_CLAUSE.search(m.group("gap"))

"""Triggers that report no news event: rules the coder (``coder.Coder``) mixes in.

* **history told as background**: an act the subject has done before ("Tổng thống X từng tới
  thăm Y"), a sentence or clause opened by an undated past time ("Hồi năm ngoái, …",
  "Cùng năm đó, …", "Cách đây 70 năm, …"), an act of a world war ("… vào những ngày cuối
  Chiến tranh thế giới thứ hai");
* **sport**: a sentence about clubs, players and matches ("UEFA cảnh báo hai câu lạc bộ Anh",
  "cầu thủ X chơi cho Incheon (Hàn Quốc)") codes no event of states.

A clause opened by a year ("Năm 1945, …") is not dropped here: the coder keeps such an act
dated with that year and less sure (``Coder._past_year``), so a reader can filter it; the
background above has no date to filter on.
"""

from __future__ import annotations

import re
from typing import Any

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
_SINCE = re.compile(r"(?<!\w)(?:sau|kể từ|từ sau)(?!\w)")
_SPORT = re.compile(
    r"(?<!\w)(?:bóng đá|cầu thủ|câu lạc bộ|clb|đội tuyển|trận đấu|giải đấu|vòng bảng|hlv|"
    r"huấn luyện viên|chơi cho|bàn thắng|uefa|fifa|afc|v-league|premier league)(?!\w)"
)
_CLAUSE_BREAK = re.compile(r"[;:!?]|\.(?!\d)")


class BackgroundRules:
    """Mixed into ``Coder``; uses its helpers (``_before``, ``_clause_start``)."""

    def _no_news(self: Any, doc: Any, ps: Any, hit: Any) -> bool:
        """Background or sport: the trigger reports no news event."""
        before = self._before(ps, hit.start, 4)
        if _EXPERIENCE.search(before):
            return True  # "từng tới thăm"
        clause = self._clause_start(ps, hit.start)
        if _PAST_OPENING.match(ps.low) or _PAST_OPENING.match(ps.low, clause):
            return True  # "Hồi năm ngoái, …", "Cùng năm đó, …"
        end = _CLAUSE_BREAK.search(ps.low, hit.end)
        war = _WAR_HISTORY.search(ps.low, clause, end.start() if end else len(ps.low))
        if war and not _SINCE.search(self._before(ps, war.start(), 4)):
            return True  # not "(lần đầu) sau khi kết thúc Thế chiến 2": a time reference
        return bool(_SPORT.search(ps.low))

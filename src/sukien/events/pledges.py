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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

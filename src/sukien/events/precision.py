"""Rules against false events: acts not done, places read as parties, a member and its own
organisation's meeting. Mixed into ``coder.Coder`` (uses ``_before`` and ``lex.members``).

* **an aim, a need or an obligation** right before the trigger ("Israel và Saudi Arabia hướng
  tới bình thường hóa quan hệ", "hai nước cần tăng cường hợp tác", "thỏa thuận cần được Quốc
  hội chấp thuận", "Hamas phải thả con tin"): the act is still to be done (planned);
* **a state named after a place** ("tại thủ đô Giu-ba, Nam Xu-đăng, đã diễn ra …"): the state
  says where the place is; it is no party to the act;
* **an organisation's meeting** ("dự cuộc họp ngoại trưởng G20", "trước thềm Hội nghị cấp cao
  ASEM"): a member state attending it does not consult the organisation, whatever the
  trigger's mode.
"""

from __future__ import annotations

import re
from typing import Any

# the aim or need word, then at most two syllables before the trigger ("cần sớm ký kết")
_AIM = re.compile(
    r"(?:^|\s)(?P<cue>hướng tới|hướng đến|cần phải|cần|phải)(?P<gap>(?:\s+[^\s,;:.!?()]+){0,2})\s*$"
)
# a passive still to come: its agent may stand in between ("cần được Quốc hội Anh chấp thuận")
_TO_BE_DONE = re.compile(
    r"(?:^|\s)(?:cần|phải|sẽ|chưa) được(?P<gap>(?:\s+[^\s,;:.!?()]+){0,10})\s*$"
)
# "buộc phải rút quân", "đã phải", "không phải", "bên phải": done, denied elsewhere, or no
# obligation at all; "gặp phải sự chỉ trích", "vấp phải sự chống cự": met with, not owed
_NOT_OBLIGATION = re.compile(
    r"(?:^|\s)(?:buộc|đã|không|chẳng|có|bên|phía|tay|là|đúng|gặp|vấp|mắc|đụng|dính|trúng|hứng"
    r"|nhầm|chịu)$"
)
_POSITION = re.compile(r"\(\s*(?:phải|trái|giữa)\s*\)")
# the only words between an aim and its trigger ("cần sớm ký kết"): "hướng tới eo biển
# Hormuz thì Iran bắt giữ …" is a heading, not an aim
_GAP_OK = re.compile(
    r"(?:\s*(?:sớm|nhanh chóng|ngay lập tức|ngay|tiếp tục|tăng cường|thúc đẩy|đẩy mạnh|mở rộng"
    r"|cùng nhau|cùng|tiến hành|thực hiện|việc|sự|cuộc|một|các|những|có|nối lại|chính thức))*"
)
_PLACE_BEFORE = re.compile(
    r"(?:^|\s)(?:tại|ở)\s+(?:(?:thủ đô|thành phố|thủ phủ|tỉnh|bang|đảo|thị trấn|làng)\s+)?"
    r"(?P<name>[^\s,;()]+(?:\s+[^\s,;()]+){0,3})\s*,\s*$",
    re.IGNORECASE,
)
_MEETING_BEFORE = re.compile(
    r"(?:^|\s)(?:họp|hội nghị|thượng đỉnh|diễn đàn|kỳ họp|phiên họp|hội đàm|đối thoại)"
    r"(?:\s+[^\s,;.]+){0,8}\s*\(?\s*$"
)


class PrecisionRules:
    """Mixed into ``Coder``."""

    def _unrealised(self: Any, ps: Any, hit: Any) -> str | None:
        """The modality "planned" when an aim, a need or an obligation stands right before the
        trigger, else None."""
        before = ps.low[max(0, hit.start - 80) : hit.start]
        m = _TO_BE_DONE.search(before)
        if m:
            return "planned"  # "cần được Quốc hội chấp thuận"
        m = _AIM.search(before)
        if m is None:
            return None
        if _POSITION.search(before[-40:]):
            return None  # "Kim (phải) gặp …": where he stands in the photograph
        if not _GAP_OK.fullmatch(m.group("gap").strip()):
            return None  # "hướng tới eo biển Hormuz sau khi …": a heading, not an aim
        if m.group("cue") == "phải" and _NOT_OBLIGATION.search(before[: m.start("cue")].rstrip()):
            return None
        return "planned"

    def _place_apposition(self: Any, ps: Any, ac: Any) -> bool:
        """A bare state name set off by commas after "tại/ở [place]," ("tại thủ đô Giu-ba, Nam
        Xu-đăng, đã diễn ra …"): where the place is, not a party."""
        if ac.start is None or ac.end is None or ac.role:
            return False
        s, e = ac.start - ps.sent.start, ac.end - ps.sent.start
        text = ps.sent.text
        m = _PLACE_BEFORE.search(text[max(0, s - 60) : s])
        if m is None or not all(w[:1].isupper() for w in m.group("name").split()):
            return False
        if any(g.start <= s < g.end and len(g.phrases) > 1 for g in ps.groups):
            return False  # "Tại Hà Nội, Việt Nam, Lào và Campuchia ký …": a fronted place
        return text[e:].lstrip()[:1] in (",", ")", ".", "")

    def _member_meeting(self: Any, ps: Any, actor: Any, recip: Any, typ: str) -> bool:
        """A CONSULT of a member state with its organisation named as a meeting ("cuộc họp
        ngoại trưởng G20", "Hội nghị cấp cao Á - Âu (ASEM)")."""
        if typ != "CONSULT":
            return False
        members = self.lex.members
        for org, state in ((actor, recip), (recip, actor)):
            if state.code not in members.get(org.code, ()):
                continue
            if org.start is not None:
                pos = org.start - ps.sent.start
            else:
                pos = ps.low.find((org.name or org.code or "").lower())
                if pos < 0:
                    continue
            if _MEETING_BEFORE.search(ps.low[max(0, pos - 60) : pos]):
                return True
        return False

"""Rules against false events: acts not done, places read as parties, organisations read as
their members, acts read the wrong way round. Mixed into ``coder.Coder`` (uses ``_before`` and
``lex.members``); ``Coder._event`` calls them.

* **an aim, a need, an obligation or a goal** ("Israel và Saudi Arabia hướng tới bình thường
  hóa quan hệ", "hai nước cần tăng cường hợp tác", "thỏa thuận cần được Quốc hội chấp thuận",
  "Hamas phải thả con tin, chấp nhận giải giáp và rút quân", "việc bình thường hóa quan hệ là
  ưu tiên hàng đầu"), or a wave of acts to come ("các đợt tấn công … sẽ …"): the act is still
  to be done (planned, hoped);
* **a state named after a place** ("tại thủ đô Giu-ba, Nam Xu-đăng, đã diễn ra …"): the state
  says where the place is; it is no party to the act;
* **an organisation's meeting** ("dự cuộc họp ngoại trưởng G20", "trước thềm Hội nghị cấp cao
  ASEM"): a member state attending it does not consult the organisation, whatever the
  trigger's mode;
* **the organisation a state belongs to** ("Ba Lan là một trong những nước thành viên EU tích
  cực viện trợ …"): the member acts, not the organisation;
* **an act suffered** ("Ấn Độ chịu mức thuế 50% của Mỹ"): the one who does it is the actor;
* **an easing of sanctions** ("nới lỏng một số lệnh trừng phạt"): a CONCEDE (its own
  trigger), no SANCTION;
* **a fronted topic** naming an act with its own parties ("Liên quan đến vụ phóng tên lửa của
  Triều Tiên, Thủ tướng Nhật Bản lên án …"): the main clause's subject is no party to it;
* **"hai nước" read as non-states** ("lệnh ngừng bắn giữa hai nước" after an armed group and
  its ally were named): the two states meant are others;
* **co-mediators, co-hosts** ("do Mỹ, Ai Cập và Qatar làm trung gian", "với sự dàn xếp trung
  gian của Mỹ và Saudi Arabia", "do Saudi Arabia và Thụy Sĩ đồng tổ chức"): they work together
  (COOPERATE), they do not consult one another; **co-interlocutors** ("thảo luận với giới chức
  Mỹ và Ai Cập"): both are met by a third, not by one another;
* **an exclusion** ("19 thành viên G20, ngoại trừ Mỹ, đã nhất trí …"): the state excepted is
  no party;
* **an act avoided** ("tránh đề cập trực tiếp hay lên án …", "không … hay …"): not done
  ("không bỏ phiếu thông qua …", "không còn được chào đón" are denials of the coder's own);
* **the content of a draft vetoed** ("Nga phủ quyết một dự thảo nghị quyết … lên án … và yêu
  cầu Syria …"): the one who vetoes neither condemns nor requests;
* **a question or an open doubt** ("Liệu tôi có tấn công Mexico không?", "không rõ liệu …"):
  nothing asserted;
* **a dated act of years ago** ("hiệp ước mà Ai Cập và Israel ký tháng 9/1978", "thỏa thuận
  được ký … hồi tháng 5/2023"): a month of a year two or more years before publication, or
  of an earlier year after "hồi", in the trigger's clause: background, not news;
* **a source tag opening the line** ("VN - Israel không kích …", "TTXVN – …"): an agency's
  or a site's short name, no party (not "EU - Mỹ ký …", a pair);
* **aid blocked** ("phong tỏa khoản hỗ trợ dành cho Hungary", "cắt viện trợ cho …"): the
  blocking is the act (coded by its own trigger), no aid is given;
* **a line opened by a protest at an embassy** (a caption, a headline: "Biểu tình trước ĐSQ
  Trung Quốc ở London"): no protester is named, the city's state is not who protests.
"""

from __future__ import annotations

import re
from typing import Any

from sukien.events.patterns import _kind_of as kind_of

# the aim, need or imminence word, then at most two syllables before the trigger ("cần sớm ký
# kết", "sắp thăm"; not "sắp hoàn tất việc đàm phán": the talks are held)
_AIM = re.compile(
    r"(?:^|\s)(?P<cue>hướng tới|hướng đến|cần phải|cần|phải|sắp)"
    r"(?P<gap>(?:\s+[^\s,;:.!?()]+){0,2})\s*$"
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
# "khiến (cho) X phải", "làm cho X phải": a consequence that happened, no obligation
_CAUSED = re.compile(r"(?<!\w)(?:khiến|khiến cho|làm cho)\s+(?:[^\s,;:.!?()]+\s+){1,5}$")
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

# an obligation stretching over coordinated acts ("Hamas phải thả con tin, chấp nhận giải giáp
# và rút quân"): the trigger opens a later member of the list
_OBLIGED_LIST = re.compile(
    r"(?:^|\s)(?P<pre>\S+\s+)?(?:phải|cần phải|cần)\s+(?P<list>[^.;:!?()]{3,90})"
    r"(?:,|\svà)(?P<head>(?:\s+[^\s,;:.!?()]+){0,2})\s*$"
)
_NEW_SUBJECT = re.compile(
    r"(?<!\w)(?:rằng|là|nhưng|tuy nhiên|song|khi|sau khi|trong khi|đồng thời|trong đó|còn"
    r"|sau đó|rồi|thì)(?!\w)"
)
# a nominal act that is the subject of a goal ("việc bình thường hóa quan hệ … là ưu tiên hàng
# đầu"), or a wave of acts still to come ("các đợt tấn công … sẽ được thực hiện")
_NOMINAL_BEFORE = re.compile(r"(?:^|\s)(?:việc|sự)\s*$")
_GOAL_AFTER = re.compile(
    r"[^,;:.!?()]{0,90}?\s(?:là|vẫn là|sẽ là)\s+(?:một\s+)?(?:ưu tiên|mục tiêu|điều cần thiết"
    r"|cần thiết|cấp thiết|quan trọng|rất quan trọng|cần|điều kiện|nhiệm vụ)(?!\w)"
)
_WAVE_BEFORE = re.compile(r"(?:^|\s)(?:đợt|loạt|làn sóng)\s*$")
_FUTURE_AFTER = re.compile(r"[^,;:.!?()]{0,60}?\s(?:sẽ|dự kiến|dự định|có thể)(?!\w)")
# an act suffered: "Ấn Độ chịu mức thuế 50% của Mỹ" (Mỹ taxes Ấn Độ)
# ("Nga không chịu rút quân", "chịu rút quân": consents to act, no act suffered)
_SUFFERED = re.compile(
    r"(?:^|\s)(?P<neg>(?:không|chẳng|chưa)\s+)?(?:chịu|hứng chịu|gánh chịu|phải chịu|hứng|lãnh)"
    r"(?P<noun>(?:\s+(?:mức|các|những|một|loạt|làn|đợt|lệnh|đòn|biện pháp|gói|khoản))*)\s*$"
)
_NOUN_TRIGGER = frozenset(["mức", "lệnh", "đòn", "biện", "gói", "khoản", "cuộc", "vụ", "thuế"])
# "nới lỏng một số lệnh trừng phạt": an easing (coded by its own trigger), no sanction
_EASED = re.compile(
    r"(?:^|\s)(?:dỡ bỏ|gỡ bỏ|bãi bỏ|nới lỏng|hủy bỏ|xóa bỏ|cắt giảm|giảm|hạ|bỏ|dỡ|gỡ|nới)"
    r"(?:\s+(?:một số|một phần|một loạt|hàng loạt|toàn bộ|tất cả|các|những|mọi|hầu hết|bớt))*"
    r"(?:\s+(?:lệnh|biện pháp|đòn|mức|gói))?\s*$"
)
# "Ba Lan là một trong những nước thành viên EU …": the organisation says what the state
# belongs to ("các nước thành viên NATO ký …" stand for the organisation and stay)
_MEMBER_OF = re.compile(
    r"(?:^|\s)là\s+(?:một\s+trong\s+(?:các|những)\s+|một\s+)?(?:(?:nước|quốc gia)\s+)?"
    r"thành viên(?:\s+(?:của|thuộc|trong))?\s*$"
)
# "biểu tình trước Đại sứ quán Trung Quốc ở London": who protests is not said
_EMBASSY_BEFORE = re.compile(
    r"(?:^|\s)(?:đại sứ quán|đsq|lãnh sự quán|tổng lãnh sự quán|sứ quán|phái bộ)\s*$"
)

_EMBASSY_AT = re.compile(r"(?:đại sứ quán|đsq|lãnh sự quán|tổng lãnh sự quán|sứ quán)(?!\w)")

# "hai nước", "hai quốc gia": the two sides referred to are states
_TWO_STATES = re.compile(r"(?<!\w)hai (?:nước|quốc gia|chính phủ|thủ đô|nhà nước)(?!\w)")

# a fronted topic ("Liên quan đến vụ phóng tên lửa của Triều Tiên, Nhật Bản lên án …"): an act
# named there with its own parties ("của X", "giữa X và Y") has none in the main clause
_TOPIC_FRAME = re.compile(
    r"\W*(?:liên quan (?:đến|tới)|về|đối với|bình luận về|phản ứng (?:trước|về|với))\s"
    r"(?P<frame>[^,;:]+),"
)


# co-mediators, co-hosts: the role after the group ("do A và B làm trung gian", "… đồng tổ
# chức") or before it ("với sự dàn xếp trung gian của A và B", "các nhà trung gian A và B")
_ROLE_AFTER = re.compile(
    r"\s*(?:cùng\s+)?(?:(?:làm|đóng vai trò|giữ vai trò|là|đứng ra)\s+)?(?:(?:nhà|bên)\s+)?"
    r"(?:trung gian|đồng tổ chức|đồng chủ trì|chủ trì|bảo trợ|đồng bảo trợ|đăng cai|hòa giải"
    r"|dàn xếp|môi giới)(?!\w)"
)
_ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:trung gian|dàn xếp|hòa giải|bảo trợ|chủ trì|đăng cai|môi giới)"
    r"(?:\s+(?:trung gian|hòa bình))?\s+(?:của|do)|(?:nhà|bên|nước|quốc gia) trung gian)"
    r"(?:\s+(?:là|gồm|các|những))*\s*$"
)
# met together by a third: "thảo luận với giới chức Mỹ và Ai Cập"
_CO_OBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?:liên hệ|thảo luận|trao đổi|làm việc|gặp|gặp gỡ|hội đàm|điện đàm|tiếp xúc|đàm phán"
    r"|tham vấn) với(?:\s+(?:giới chức|đại diện|quan chức|phái đoàn|đặc phái viên|đặc sứ|chính phủ"
    r"|lãnh đạo|các|những|của|phía|bên))*\s*$"
)
# "ngoại trừ Mỹ", "trừ Nga", "không kể Trung Quốc" ("loại trừ Nga khỏi …", "khai trừ Nga"
# are acts on it)
_EXCLUDED_BEFORE = re.compile(
    r"(?:^|\s)(?:ngoại trừ|không kể|không tính|(?<!loại )(?<!tiêu )(?<!khấu )(?<!khai )trừ)\s*$"
)
# an act avoided: "tránh đề cập trực tiếp hay lên án", "tránh lên án", "không bỏ phiếu thông qua"
_AVOIDED = re.compile(
    r"(?:^|\s)(?:(?:tránh|né tránh|lảng tránh|không|chưa|chẳng)(?:\s+[^\s,;:.!?()]+){1,4}?"
    r"\s+(?:hay|hoặc)|(?:tránh|né tránh|lảng tránh)(?:\s+(?:việc|không))?)\s*$"
)
# a draft vetoed or voted down, then what it says: "phủ quyết một dự thảo nghị quyết … lên án"
_VETOED_DOC = re.compile(
    r"(?:^|\s)(?:phủ quyết|bác bỏ|bỏ phiếu chống|bỏ phiếu trắng|phản đối|ngăn chặn|chặn"
    r"|không (?:bỏ phiếu )?(?:thông qua|ủng hộ))\s+(?:(?:một|các|những|bản|hai|ba)\s+)?"
    r"(?:dự thảo|nghị quyết|đề xuất|đề nghị|dự luật|sáng kiến|văn kiện)(?!\w)"
)
_DOC_CLAUSE_BREAK = re.compile(r"[;:!?]|(?<!\w)(?:nhưng|tuy nhiên|song|trong khi|còn)(?!\w)")
# a question ("Liệu tôi có tấn công Mexico không?") or an open doubt ("không rõ liệu …")
_QUESTION = re.compile(r"(?<!\w)liệu(?!\w)")
_DOUBT = re.compile(
    r"(?<!\w)(?:không rõ|chưa rõ|không biết|chưa biết|không chắc|chưa chắc)(?:\s+là)?\s+liệu(?!\w)"
)
# aid blocked, frozen, cut: "phong tỏa khoản hỗ trợ dành cho Hungary", "cắt viện trợ cho …"
_BLOCKED = re.compile(
    r"(?:^|\s)(?:phong tỏa|đóng băng|cắt|cắt giảm|cắt đứt|ngừng|ngưng|dừng|tạm dừng|tạm ngừng"
    r"|đình chỉ|hủy|hủy bỏ|rút lại|thu hồi|chặn|giữ lại|trì hoãn|hoãn|từ chối|không giải ngân)"
    r"(?:\s+(?:toàn bộ|một phần|một số|các|những|mọi|khoản|gói|nguồn|số|tiền|chương trình))*\s*$"
)

# a month of a year right after the trigger ("ký tháng 9/1978", "hồi tháng 5/2023")
_MONTH_YEAR = re.compile(
    r"(?P<hoi>hồi\s+|vào\s+|từ\s+)?(?:ngày\s+\d{1,2}/|\d{1,2}/)?(?:tháng\s+)?\d{1,2}/"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)

_SINCE_BETWEEN = re.compile(r"(?<!\w)(?:sau khi|kể từ|từ khi|từ|sau|khiến|dẫn đến|nên)(?!\w)")

# a short upper-case tag and a dash opening the line: "VN - ", "TTXVN – ", "(AP) - "
_SOURCE_TAG = re.compile(r"\W{0,2}(?P<tag>[A-ZĐ]{2,6})\)?\s*[-–—]\s")


# a candidacy after the object of a support verb (wave 8, supp)
_CANDIDACY = re.compile(r"\s*(?:(?:đã|sẽ)\s+)?(?:tái ứng cử|ứng cử|tranh cử)(?!\w)")
# a vaccine named by its maker (wave 8, supp): "vắc xin Pfizer", "vaccine AstraZeneca"
_BRANDED = re.compile(r"(?<!\w)(?:vắc xin|vắc-xin|vacxin|vaccine)\s*$")

# what is praised, then a relative clause with its achiever (wave 8, supp): "đánh giá cao những
# thành tựu (to lớn) mà Y (đã) đạt được"
_ACHIEVED = re.compile(
    r"\s*(?:(?:những|các|mọi)\s+)?(?:thành tựu|thành quả|kết quả|nỗ lực|bước tiến|tiến bộ|"
    r"đóng góp|thành công)(?:\s+[^\s,;.]+){0,4}?\s+mà\s+"
)
# a praise of what a party did or gave, its owner after "của" ("đánh giá cao những đóng góp của
# Y đối với …", "cảm ơn sự giúp đỡ quý báu của Y dành cho X"): Y is praised (wave 17)
_PRAISED_NOUN = (
    r"(?:đóng góp|nỗ lực|vai trò|thành tựu|thành quả|giúp đỡ|hỗ trợ|ủng hộ|tình cảm|thiện chí|"
    r"sáng kiến|quyết tâm|hợp tác|đón tiếp|tiếp đón|lòng hiếu khách|sự hiếu khách|cứu trợ|"
    r"viện trợ|chia sẻ|động viên|tấm lòng|đoàn kết|cam kết|quyết định|lập trường|quan điểm|"
    r"động thái|bước đi)"
)
# the praise's own list of qualities, commas and all: "sự giúp đỡ to lớn, quý báu và hiệu quả
# của Y" (wave 18)
_QUALITIES = (
    r"(?:\s*,?\s+(?:và\s+)?(?:rất\s+|hết sức\s+|vô cùng\s+)?(?:to lớn|quý báu|quý giá|hiệu quả|"
    r"có hiệu quả|chí tình|chí nghĩa|vô tư|trong sáng|kịp thời|mạnh mẽ|nhiệt tình|chân thành|"
    r"thủy chung|tích cực|thiết thực|lớn lao|nhiệt thành|hào phóng|rộng lượng|to lớn và quý báu)"
    r"(?!\w))*"
)
_PRAISED_OWNED = re.compile(
    rf"\s*(?:(?:những|các|mọi|sự)\s+)*{_PRAISED_NOUN}{_QUALITIES}(?:\s+[^\s,;.:]+){{0,3}}?"
    r"\s+của\s+"
)
_PRAISED_TRIGGER_END = re.compile(rf"{_PRAISED_NOUN}$")
_OWNER_RIGHT_AFTER = re.compile(r"(?:\s+[^\s,;.:]+){0,3}?\s+của\s+")
_ACHIEVING = re.compile(
    r"\s*(?:(?:đã|vừa|đang)\s+)?(?:đạt được|giành được|làm được|thực hiện|triển khai|có)(?!\w)"
)

# "(gửi tặng) Đảng, Nhà nước và nhân dân X": one phrase naming the state X (wave 8, supp)
_STATE_BODY = r"(?:đảng|nhà nước|chính phủ|quốc hội|nhân dân|quân đội)"
_STATE_FORMULA = re.compile(rf"\s*(?:{_STATE_BODY}\s*(?:,|và)\s*)+{_STATE_BODY}\s*")

# a person recognised as the leader or government of a state (wave 8, supp): "công nhận ông X
# là tổng thống (lâm thời) của Y"
_RECOGNISED_AS = re.compile(
    r"[^;:.]{1,50}?\s+là\s+[\"“]?(?:tổng thống|lãnh đạo|nhà lãnh đạo|người đứng đầu|thủ tướng|"
    r"chính phủ|chính quyền|đại diện)(?:\s+[^\s;:.]+){0,5}?\s+của\s*$"
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
        m = _OBLIGED_LIST.search(before)
        if (
            m
            and not _NEW_SUBJECT.search(m.group("list"))
            and not _NOT_OBLIGATION.search((m.group("pre") or "").strip())
            and not any(
                hit.start - len(before) + m.start("head") <= g.start < hit.start for g in ps.groups
            )
        ):
            return "planned"  # "phải thả con tin, chấp nhận giải giáp và rút quân"
        after = ps.low[hit.end : hit.end + 100]
        if _NOMINAL_BEFORE.search(before) and _GOAL_AFTER.match(after):
            return "hoped"  # "việc bình thường hóa quan hệ … là ưu tiên hàng đầu"
        if _WAVE_BEFORE.search(before) and _FUTURE_AFTER.match(after):
            return "planned"  # "các đợt tấn công của X sẽ được thực hiện"
        m = _AIM.search(before)
        if m is None:
            return None
        if _POSITION.search(before[-40:]):
            return None  # "Kim (phải) gặp …": where he stands in the photograph
        if not _GAP_OK.fullmatch(m.group("gap").strip()):
            return None  # "hướng tới eo biển Hormuz sau khi …": a heading, not an aim
        if m.group("cue") == "phải" and _NOT_OBLIGATION.search(before[: m.start("cue")].rstrip()):
            return None
        if m.group("cue") == "phải" and _CAUSED.search(before[: m.start("cue")]):
            return None  # "…, khiến Israel phải tiến hành không kích": it was caused, so done
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

    def _suffered(self: Any, ps: Any, hit: Any, actor: Any, recip: Any) -> bool:
        """The subject suffers the act ("Ấn Độ chịu mức thuế 50% của Mỹ"): actor and
        recipient are the wrong way round when the subject was taken as the actor."""
        if actor.start is None or recip.start is None:
            return False
        a, r = actor.start - ps.sent.start, recip.start - ps.sent.start
        if not (a < hit.start < r):
            return False
        m = _SUFFERED.search(ps.low[max(0, hit.start - 40) : hit.start])
        if m is None or m.group("neg"):
            return False
        return bool(m.group("noun").strip()) or hit.trig.text.split()[0] in _NOUN_TRIGGER

    def _eased(self: Any, ps: Any, hit: Any) -> bool:
        """A sanction trigger after an easing verb ("nới lỏng một số lệnh trừng phạt"): the
        easing is the event (CONCEDE, its own trigger), not a sanction."""
        if hit.trig.type != "SANCTION":
            return False
        return bool(_EASED.search(ps.low[max(0, hit.start - 40) : hit.start]))

    def _member_modifier(self: Any, ps: Any, ac: Any) -> bool:
        """An organisation named after "là … thành viên" ("Ba Lan là một trong những nước thành
        viên EU tích cực viện trợ …"): it says what the member belongs to; the member acts."""
        if ac.start is None or not ac.code or kind_of(ac.code) != "organisation":
            return False
        s = ac.start - ps.sent.start
        return bool(_MEMBER_OF.search(ps.low[max(0, s - 50) : s]))

    def _embassy_protest(self: Any, ps: Any, hit: Any, actor: Any, recip: Any) -> bool:
        """A line opened by a protest at a state's embassy, its protesters only the place it
        happens in (a caption, a headline: "Biểu tình trước ĐSQ Trung Quốc ở London"): who
        protests is not said."""
        if hit.trig.type != "PROTEST" or actor.start is not None or recip.start is None:
            return False
        if ps.low[: hit.start].strip(" -–—\"'“”‘’"):
            return False  # "Hàng nghìn người biểu tình trước ĐSQ Pháp tại Niamey": the city's own
        r = recip.start - ps.sent.start
        return bool(
            _EMBASSY_BEFORE.search(ps.low[max(0, r - 30) : r]) or _EMBASSY_AT.match(ps.low, r)
        )

    def _non_state_dyad(self: Any, ps: Any, actor: Any, recip: Any) -> bool:
        """ "hai nước" resolved to two sides that are not both states (an armed group, an
        organisation named before): the states meant are others."""
        if actor.start is not None or recip.start is not None:
            return False
        if not _TWO_STATES.search(ps.low):
            return False
        return any(kind_of(c) not in ("state", "territory", None) for c in (actor.code, recip.code))

    def _topic_frame(self: Any, ps: Any, hit: Any, actor: Any, recip: Any) -> bool:
        """A trigger in a fronted topic phrase that names its own parties ("Liên quan đến vụ
        phóng tên lửa của Triều Tiên, Thủ tướng Nhật Bản lên án", "… cuộc gặp giữa Nga và Mỹ,
        Trung Quốc hoan nghênh"), paired with a party of the main clause: the one who reacts is
        no party to the act."""
        m = _TOPIC_FRAME.match(ps.low)
        if m is None or not (m.start("frame") <= hit.start < m.end("frame")):
            return False
        if not re.search(r"(?<!\w)(?:của|giữa)\s", ps.low[hit.end : m.end("frame")]):
            return False
        return any(
            ac.start is not None and ac.start - ps.sent.start >= m.end() for ac in (actor, recip)
        )

    def _co_parties(self: Any, ps: Any, hit: Any, actor: Any, recip: Any) -> str | None:
        """Actor and recipient in one coordinated group that mediates or hosts together ("do
        Mỹ, Ai Cập và Qatar làm trung gian"): "cooperate"; that is met by a third ("thảo luận
        với giới chức Mỹ và Ai Cập"): "none" (no event); else None."""
        if actor.start is None or recip.start is None:
            return None
        a, r = actor.start - ps.sent.start, recip.start - ps.sent.start
        for g in ps.groups:
            if len(g.phrases) < 2 or not (g.start <= a < g.end and g.start <= r < g.end):
                continue
            before = ps.low[max(0, g.start - 60) : g.start]
            if _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(ps.low, g.end):
                return "cooperate"
            if _CO_OBJECT_BEFORE.search(before):
                return "none"
        return None

    def _excluded(self: Any, ps: Any, ac: Any) -> bool:
        """A party named after "ngoại trừ", "trừ" ("19 thành viên G20, ngoại trừ Mỹ, đã nhất
        trí …"): the one left out."""
        if ac.start is None:
            return False
        s = ac.start - ps.sent.start
        for g in ps.groups:
            if g.start <= s < g.end:
                s = g.start
                break
        return bool(_EXCLUDED_BEFORE.search(ps.low[max(0, s - 20) : s]))

    def _avoided(self: Any, ps: Any, hit: Any) -> bool:
        """An act avoided or not done, its negation a few words away ("tránh đề cập trực tiếp
        hay lên án", "không nhắc tới hay lên án")."""
        return bool(_AVOIDED.search(ps.low[max(0, hit.start - 60) : hit.start]))

    def _vetoed_content(self: Any, ps: Any, hit: Any, actor: Any) -> bool:
        """A trigger in what a vetoed draft says ("Nga phủ quyết một dự thảo nghị quyết của Mỹ
        lên án … và yêu cầu Syria …"), its actor the one who vetoes."""
        if actor.start is None:
            return False
        a = actor.start - ps.sent.start
        if a >= hit.start:
            return False
        for m in _VETOED_DOC.finditer(ps.low, a, hit.start):
            if m.end() <= hit.start and not _DOC_CLAUSE_BREAK.search(ps.low, m.end(), hit.start):
                if self._own_next_act(ps, hit, m.end()):
                    continue  # "bác bỏ nghị quyết của X và cảnh báo …" (TerritoryRules)
                return True
        return False

    def _questioned(self: Any, ps: Any, hit: Any) -> bool:
        """A trigger in a question ("Liệu tôi có tấn công Mexico không?") or after an open
        doubt ("không rõ liệu …")."""
        before = ps.low[: hit.start]
        if _DOUBT.search(before):
            return True
        return ps.low.rstrip(" \"'”’»)").endswith("?") and bool(_QUESTION.search(before))

    def _blocked_aid(self: Any, ps: Any, hit: Any) -> bool:
        """An aid trigger after a blocking verb ("phong tỏa khoản hỗ trợ dành cho Hungary",
        "cắt viện trợ cho …"): the blocking is the act, no aid is given."""
        if hit.trig.type not in ("AID", "COOPERATE"):
            return False
        return bool(_BLOCKED.search(ps.low[max(0, hit.start - 40) : hit.start]))

    def _old_date(self: Any, doc: Any, ps: Any, hit: Any) -> bool:
        """A month of a year long before publication dated to the trigger ("hiệp ước mà Ai Cập
        và Israel ký tháng 9/1978"; "hồi tháng 5/2023" a year before): background."""
        pub = doc.published[:4] if doc.published else ""
        if not pub.isdigit():
            return False
        window = ps.low[hit.end : hit.end + 80]
        stop = re.search(r"[,;:.!?]", window)
        found = list(_MONTH_YEAR.finditer(window, 0, stop.start() if stop else len(window)))
        # or just before, set off by a comma at most ("ký tháng 9/1978, với Mỹ làm trung gian")
        lo = max(0, hit.start - 60)
        for m in _MONTH_YEAR.finditer(ps.low, lo, hit.start):
            if not _SINCE_BETWEEN.search(ps.low, lo, hit.start):
                found.append(m)
        for m in found:
            year = int(m.group("year"))
            if year <= int(pub) - 2 or (m.group("hoi") and year < int(pub)):
                return True
        return False

    def _source_tag(self: Any, ps: Any, actor: Any, recip: Any) -> bool:
        """A party read from a short upper-case tag and a dash that open the line ("VN - Israel
        không kích …"): the news source, no party; unless its partner is named right after the
        dash ("EU - Mỹ ký thỏa thuận": a pair)."""
        m = _SOURCE_TAG.match(ps.sent.text)
        if m is None:
            return False
        pos = [None if ac.start is None else ac.start - ps.sent.start for ac in (actor, recip)]
        return m.start("tag") in pos and m.end() not in pos

    def _candidacy(self: Any, ps: Any, g: Any) -> bool:
        """ "ủng hộ Việt Nam ứng cử vào Hội đồng Bảo an": backing another's candidacy backs that
        actor (no act of its own follows, though "cử" alone is a trigger)."""
        return _CANDIDACY.match(ps.low, g.end) is not None

    def _brand(self: Any, ps: Any, g: Any) -> bool:
        """A name right after "vắc xin"/"vaccine" is the vaccine's maker, never a party
        ("tặng 400.000 liều vắc xin AstraZeneca cho Việt Nam": the gift goes to Việt Nam)."""
        return _BRANDED.search(ps.low, 0, g.start) is not None

    def _described_object(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Any]:
        """The party a praise or a recognition names in the clause after it, when it has no
        plain object (``_praised_achiever``, ``_praised_owner``, ``_recognised_as``); [] for
        other triggers."""
        if hit.trig.mode == "praise":
            return self._praised_achiever(ps, hit, clause_end) or self._praised_owner(
                ps, hit, clause_end
            )
        if hit.trig.mode == "recognize":
            return self._recognised_as(ps, hit, clause_end)
        return []

    def _praised_achiever(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Any]:
        """ "đánh giá cao những thành tựu mà Chính phủ và nhân dân Y đạt được": the achiever of
        what is praised, named in a relative clause after "mà", is the one praised."""
        m = _ACHIEVED.match(ps.low, hit.end)
        if m is None or m.end() > clause_end:
            return []
        g = next((g for g in ps.groups if m.end() <= g.start < clause_end), None)
        if g is None or self._nsyl(ps, m.end(), g.start) > 6:  # "Chính phủ và nhân dân Y"
            return []
        if not _ACHIEVING.match(ps.low, g.end):
            return []
        return [p for p in self._participants(g) if p.kind == "actor"]

    def _praised_owner(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Any]:
        """ "đánh giá cao những đóng góp của Y", "cảm ơn sự giúp đỡ của Y", "ghi nhận vai trò
        của Y": the owner of what a praise or a thanks names is the one praised (wave 17)."""
        if hit.trig.mode != "praise":
            return []
        m = _PRAISED_OWNED.match(ps.low, hit.end)
        if m is None and _PRAISED_TRIGGER_END.search(hit.trig.text):
            m = _OWNER_RIGHT_AFTER.match(ps.low, hit.end)  # "đánh giá cao vai trò của Y"
        if m is None:
            return []
        if m.end() > clause_end:  # the commas of its qualities end no clause (wave 18)
            brk = re.compile(r"[,;:!?]|\.(?=\s|$)").search(ps.low, m.end())
            clause_end = brk.start() if brk else len(ps.low)
        g = next((g for g in ps.groups if m.end() <= g.start < clause_end), None)
        if g is None or g.is_place or self._nsyl(ps, m.end(), g.start) > 4:
            return []
        return [p for p in self._participants(g) if p.kind == "actor"]

    def _state_formula(self: Any, gap: str) -> bool:
        """ "Đảng, Nhà nước và nhân dân Lào": the commas of this formula are inside one noun
        phrase naming the state after it, never a clause break."""
        return _STATE_FORMULA.fullmatch(gap) is not None

    def _recognised_as(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Any]:
        """ "công nhận ông Guaido là tổng thống lâm thời của Venezuela": recognising someone as
        the leader or government of Y is support given to Y, as the annotators code it."""
        for g in ps.groups:
            if not hit.end < g.start < clause_end:
                continue
            if _RECOGNISED_AS.fullmatch(ps.low[hit.end : g.start]):
                return [p for p in self._participants(g) if p.kind == "actor"]
            if any(p.code for p in g.phrases):
                return []  # a coded phrase first is the plain object
        return []

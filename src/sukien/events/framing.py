"""How a phrase around a trigger frames it: rules the coder (``coder.Coder``) mixes in.

* **no event**: a fight said to end ("giao tranh chấm dứt", "chấm dứt giao tranh"), a trigger
  naming a kind of body ("tổ chức viện trợ nhân đạo"), a travel advisory ("kêu gọi công dân rời
  X" asks nothing of X);
* **potential acts** ("các cuộc tấn công tiềm tàng vào X") are hypothetical;
* **ceasefires** between two parties ("lệnh ngừng bắn giữa A và B (sẽ) có hiệu lực", "A và B
  ngừng bắn") are an AGREE between them, never a retreat by whoever announces it; mediators
  ("thỏa thuận do C làm trung gian") agree with each party;
* **the owner of a judged measure** ("lên án lệnh cấm … của X", "bác bỏ nỗ lực … của X") is the
  recipient, not a state named inside the measure; "các công ty của X mà Y cáo buộc đã …" accuses
  X;
* **goods of a state** ("thuế đối với hàng nhập khẩu từ A và B", "hàng hóa của A") name the
  target of a trade measure;
* **asides between dashes** ("A - đồng minh của B - đã tấn công …") are never the subject;
* **a protest with no object** ("X bày tỏ phản đối sau khi Y …") targets the agent of the
  "sau khi" clause; one in a sentence of its own after an act told with no event ("Tàu Trung
  Quốc đi vào lãnh hải Philippines. Manila đã phản đối.") targets the subject before (wave 18g);
* **banned trade** ("cấm các công ty (nước này) xuất khẩu/bán X cho Y"): the trade verb names
  an embargo on Y (SANCTION), not trade with Y;
* **partners between subject and verb** ("A (đã) cùng với B và C thảo luận …") act with the
  subject: each pair meets, or each partner does what the subject does.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import COMMA, Trigger
from sukien.events.vows import PUNISHMENT_DEGREE

if TYPE_CHECKING:
    from sukien.events.mentions import Group, Phrase

# "chấm dứt giao tranh", "giao tranh (đã) chấm dứt": the end of a fight, no attack
_ENDED_BEFORE = re.compile(
    r"(?:^|\s)(?:chấm dứt|kết thúc|ngừng|dừng|tạm dừng|tạm ngừng|ngăn chặn)"
    r"(?:\s+(?:các|những|mọi|cuộc|hoàn toàn|ngay|ngay lập tức))*$"
)
_ENDED_AFTER = re.compile(
    r"\s*(?:(?:đã|sẽ|cũng|đều|chính thức|hoàn toàn|vừa)\s+)*(?:chấm dứt|kết thúc|ngừng lại|"
    r"dừng lại|lắng xuống|tạm lắng)(?!\w)"
)
_ENDED_BETWEEN = re.compile(  # "giao tranh giữa A và B (đã) chấm dứt"
    r"\s*giữa\s+[^,;.]{1,60}?\s(?:(?:đã|sẽ|cũng|chính thức|hoàn toàn|vừa)\s+)*"
    r"(?:chấm dứt|kết thúc|ngừng lại|dừng lại)(?!\w)"
)
# "tổ chức/nhóm/cơ quan viện trợ": a kind of body, not an act of aid
_BODY_BEFORE = re.compile(r"(?:^|\s)(?:tổ chức|nhóm|cơ quan|nhân viên|nhà|đoàn|quan chức|giới)$")
# "kêu gọi công dân (nước mình) rời X": a travel advisory, nothing asked of X
_ADVISORY = re.compile(
    r"\s*(?:(?:các|những|toàn bộ|tất cả)\s+)?(?:công dân|người dân|kiều dân|kiều bào|du khách)"
    r"(?:\s+[^\s,;.]+){0,3}?\s+(?:nhanh chóng\s+|khẩn trương\s+|sớm\s+)?"
    r"(?:rời|rời khỏi|sơ tán|tránh|không đến|không tới|không đi|hạn chế đến|cân nhắc)(?!\w)"
)
# "các cuộc tấn công (vũ trang) tiềm tàng vào X": an attack that may come
_POTENTIAL = re.compile(
    r"\s*(?:[^\s,;.]+\s+){0,2}?(?:tiềm tàng|tiềm ẩn|có thể xảy ra|giả định)(?!\w)"
)
_NOT_ATTENDING = re.compile(
    r"(?:^|\s)(?:không|chưa|chẳng|ngừng|thôi)(?:\s+(?:còn|hề|được|bao giờ|tiếp tục))?\s+"
    r"(?:tham dự|tham gia|dự|có mặt tại|có mặt ở)(?:\s+(?:các|những|mọi|một|cuộc|buổi))*$"
)
_TAKES_EFFECT = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến(?:\s+sẽ)?)\s+(?:chính thức\s+|bắt đầu\s+)?(?:có hiệu lực|được áp dụng)"
    r"(?!\w)"
)
_CEASEFIRE_AGREED = Trigger("ngừng bắn", "AGREE", "settle")
_MEDIATED = Trigger("trung gian", "AGREE", "settle")
# "(thỏa thuận) do A (và B) làm trung gian", "với sự trung gian của A"
_MEDIATOR_BEFORE = re.compile(
    r"(?:^|\s)(?:do|nhờ|được|mà)"
    r"(?:\s+(?:chính phủ|chính quyền|giới chức|lãnh đạo|phía|các|những))?$"
)
_MEDIATOR_AFTER = re.compile(
    r"\s*(?:(?:đã|cùng|đứng ra)\s+)*(?:(?P<named>làm trung gian|đóng vai trò trung gian|môi giới|"
    r"trung gian hòa giải)|thúc đẩy (?:các |cuộc )?đàm phán|dàn xếp|bảo trợ)(?!\w)"
)
_MEDIATOR_OF = re.compile(r"(?:^|\s)(?:sự|vai trò) (?:trung gian|môi giới)(?: hòa giải)? của$")
# "cấm (các công ty nước này) …" right before a trade verb
_BAN_BEFORE = re.compile(
    r"(?<!\w)cấm(?:\s+(?:các|những|mọi|toàn bộ|tất cả))?(?:\s+[^\s,;.]+){0,6}?\s+"
    r"(?:(?:được|tiếp tục|trực tiếp)\s+)?$"
)
_BAN_LIFTED = re.compile(
    r"(?:dỡ bỏ|gỡ bỏ|bãi bỏ|nới lỏng|hủy bỏ|bỏ|không|chưa|phản đối)(?:\s+(?:các|những|một số))?"
    r"(?:\s+lệnh)?\s*$"
)
# what may close a reaction with no object: "…, Bắc Kinh phản đối (mạnh mẽ) "…"."
_REACTION_END = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|quyết liệt|ngay lập tức|ngay|lập tức)\s*)*"
    r"(?:[\"“][^\"“”]{0,30}[\"”])?\s*[.!?…]*\s*"
)
# what may open a sentence before its subject: "Tuy nhiên,", "Đáp lại,", "Ngay sau đó,"
_OPENS = re.compile(
    r"\W*(?:(?:tuy nhiên|nhưng|song|đáp lại|ngay sau đó|sau đó|ngay lập tức|về phần mình|"
    r"trong khi đó|phía)\s*,?\s*)*"
)
# "A (đã) cùng (với) (người đồng cấp) B …" and what may follow B before the verb
_ALONGSIDE = re.compile(
    r"\s*(?:(?:đã|cũng|sẽ|vừa|đang|mới)\s+)*cùng(?:\s+với)?\s+(?P<title>(?:[^\s,;.]+\s+)*?)"
)
_PARTNER_WORDS = frozenset({"người", "đồng", "cấp", "phía", "lãnh", "đạo"})
_ALONGSIDE_GAP = re.compile(r"\s*(?:(?:đã|cũng|sẽ|vừa|đang|mới|tiến hành|có|cuộc|một)\s+)*")
_DEAL = re.compile(r"(?<!\w)(?:thỏa thuận|ngừng bắn|đình chiến|hiệp định|hòa bình)(?!\w)")
# a measure or an act as the object judged: its owner ("… của X") is the one judged
_MEASURE = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|kiên quyết|quyết liệt)\s+)?"
    r"(?:(?:các|những|mọi|một)\s+)?(?:lệnh cấm|lệnh|quyết định|nỗ lực|đề xuất|kế hoạch|"
    r"chính sách|luật|dự luật|đạo luật|biện pháp|chiến dịch|chương trình|yêu cầu|động thái|"
    r"hành động|việc|tuyên bố|cáo buộc|lời cáo buộc|lời kêu gọi|phát biểu|bình luận|luận điệu|"
    r"(?:sự |những |các )?chỉ trích|lời chỉ trích|phán quyết|nghị quyết|báo cáo|"
    r"tư cách thành viên|quy chế thành viên|gói viện trợ|gói hỗ trợ|"
    # an act or a right named as a noun: "lên án sự ủng hộ của X với Y", "phủ nhận quyền … của X"
    r"sự can thiệp|sự ủng hộ|sự hỗ trợ|sự hiện diện|quyền|tính hợp pháp|hoạt động)"
    r"(?!\w)"
)
# those nouns take the first "của X" after them ("sự hỗ trợ của X trong … của Y": X)
_ACT_NOUN = re.compile(
    r"(?:sự can thiệp|sự ủng hộ|sự hỗ trợ|sự hiện diện|quyền|tính hợp pháp|hoạt động)$"
)
# "của (chính quyền|lực lượng) X": the owner, a descriptor noun allowed before its name
_OF_OWNER = re.compile(
    r"(?:^|\s)của(?:\s+(?:chính quyền|chính phủ|nhà cầm quyền|giới chức|lực lượng|nhóm|phong trào|"
    r"quân đội|ông|bà|tổng thống|thủ tướng|các|những))?$"
)
# "các đề xuất … từ (Tổng thống) X": the author of a proposal
_FROM_OWNER = re.compile(
    r"(?:^|\s)(?:từ|của)(?:\s+(?:phía|chính quyền|chính phủ|tổng thống|thủ tướng|ông|bà))?$"
)
_PROPOSAL = re.compile(
    r"(?<!\w)(?:đề xuất|đề nghị|yêu cầu|lời mời|kế hoạch|tuyên bố|cáo buộc|lời kêu gọi|"
    r"phát biểu|bình luận|luận điệu)(?!\w)"
)
_NEW_CLAUSE = re.compile(
    r"(?<!\w)(?:đồng thời|nhưng|song|trong khi|khi|sau khi|để|nhằm|rằng)(?!\w)"
)
# "các công ty của X mà Y cáo buộc (đã) …": the accused is what "mà" refers to
_RELATIVE_ACCUSED = re.compile(r"\s*(?:là\s+)?(?:đã|đang|từng|có|liên tục|tham gia|vi phạm)(?!\w)")
# "thuế … đối với hàng (nhập khẩu) từ A", "đối với hàng hóa của A": the goods' state
_GOODS = re.compile(
    r"(?:^|\s)(?:đối với|lên|nhằm vào|với)\s+(?:[^\s,;.]+\s+){0,10}?"
    r"(?:hàng|hàng hóa|hàng nhập khẩu|sản phẩm|mặt hàng|nhập khẩu|hải sản|nông sản|thép|nhôm|"
    r"ô tô|xe điện|hàng không|hãng hàng không)"
    r"(?:\s+[^\s,;.]+){0,5}?\s+(?:từ|của|bởi|xuất xứ từ|sản xuất tại|sản xuất ở)$"
)
# "X bày tỏ (sự) phản đối sau khi Y …": the protest is against Y
_BARE_PROTEST = re.compile(r"(?:^|\s)(?:bày tỏ|thể hiện|lên tiếng)(?:\s+sự)?$")
_AFTER_ACT = re.compile(
    r"\s*(?:(?:gay gắt|mạnh mẽ|kịch liệt)\s+)?(?:sau khi|khi|vì|do|trước việc|về việc)\s+"
)
_DASHES = re.compile(r"\s[-–—]\s")
# "thu hồi/đảo ngược quyết định (của X) <concession>": the concession is taken back
_REVOKE = re.compile(
    r"(?<!\w)(?:thu hồi|đảo ngược|hủy bỏ|bãi bỏ|rút lại|hủy)\s+(?:(?:các|những|một)\s+)?"
    r"(?:quyết định|lệnh|sắc lệnh|chính sách|cam kết)(?!\w)"
)
_BLACKLIST = re.compile(
    r"(?<!\w)(?:đen|khủng bố|trừng phạt|cấm vận|theo dõi|giám sát|hạn chế|thực thể|"
    r"kiểm soát|bảo trợ|truy nã|quan ngại|tài trợ)(?!\w)"
)
_REVOKED = Trigger("thu hồi", "SANCTION", None)
# "… sau (nhiều lần|các cuộc) tấn công …" with no subject: done by the one sanctioned
_AFTER_BARE = re.compile(
    r"(?:^|\s)sau(?:\s+(?:khi|nhiều lần|nhiều cuộc|các cuộc|những cuộc|những lần|hàng loạt|"
    r"một loạt|loạt|vụ|các vụ|cuộc|khi liên tục|khi nhiều lần))?$"
)
_ANSWERED = frozenset({"SANCTION", "ACCUSE", "THREATEN", "COERCE"})
# "triệu tập đại sứ X để phản đối việc (mà họ gọi là) <act of Z>": the summoner protests Z
_PURPOSE = re.compile(r"(?:^|\s)(?:để|nhằm)$")
_ACT_CLAUSE = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt)\s+)?(?:việc|hành động|động thái)(?!\w)"
)
# "X tuyên bố/cho biết (rằng) (X) sẽ áp thuế/trừng phạt/trục xuất Y", "Theo X, Y sẽ dỡ bỏ …": a
# sanction, a release or an easing announced by its author is decided (the annotators code it
# as done), not a threat nor a plan
_ANNOUNCED = re.compile(
    r"(?:(?:^|\s)(?:tuyên bố|cho biết|thông báo|công bố|quyết định|khẳng định)(?:\s+(?:rằng|là))?"
    r"|(?:^|\s)theo\s+[^,;.]{2,60},)"
    r"\s*,?(?:\s+[^\s,;.]+){0,4}?\s+sẽ(?:\s+(?:tiếp tục|áp đặt|áp|đưa ra|tiến hành|thực hiện|"
    r"ra lệnh|chính thức))*$"
)
# an attack its author says it will make: "tuyên bố (quân đội nước này) sẽ (tiếp tục) tấn công"
_VOWED = re.compile(
    r"(?:^|\s)(?:tuyên bố|khẳng định|cảnh báo|đe dọa|đe doạ|cho biết|tuyên thệ|thề|cam kết)"
    r"(?:\s+(?:rằng|là))?\s*,?(?P<who>(?:\s+[^\s,;.]+){0,4}?)\s+sẽ"
    r"(?:\s+(?:tiếp tục|tiến hành|mở|phát động|thực hiện|đẩy mạnh|tăng cường))*$"
)
# a punishment vowed with a degree ("trừng phạt nghiêm khắc"), wave 17 (VowRules)
_PUNISHED = re.compile(rf"\s+{PUNISHMENT_DEGREE}")
_ANNOUNCED_CONCESSIONS = frozenset({"release", "ease", "return"})  # CONCEDE modes
_MODAL_KINDS = frozenset({"planned", "hoped", "hypothetical", "denied"})
# what a request asks as a series of verbs: "kêu gọi các đối tác A và siết chặt trừng phạt Y",
# "yêu cầu chính phủ A, rút lại B": each later verb is asked too, when nothing between says
# the requester acts again ("đồng thời", "cũng như", "đã", a reporting verb, a quotation)
_SERIES_JOINT = re.compile(r",\s*(?:và\s+)?|(?<!\w)và\s+")
_SERIES_LEAD = re.compile(
    r"(?:(?:siết chặt|tăng cường|mở rộng|áp đặt|áp|thực hiện|tiến hành|cùng|nhanh chóng|ngay|"
    r"lập tức|ngay lập tức|tiến tới)\s+)*"
)
_SERIES_STOP = re.compile(
    r"(?<!\w)(?:đã|đang|vừa|từng|đồng thời|cũng như|sau đó|rồi|nhưng|song|trong khi|khi|sau khi|"
    r"trước khi|bị|được|mà|nói|cho biết|tuyên bố|khẳng định|nhấn mạnh|cam kết)(?!\w)|[\"“”()]"
)
# "cấm các công ty X xuất khẩu …", "ngăn chặn khả năng Y gia nhập Z": a prevented act is denied
_PREVENTED = re.compile(
    r"(?:^|\s)(?:cấm|ngăn cấm|ngăn chặn|ngăn cản|cản trở|ngăn)(?!\s+vận)(?:\s+[^\s,;.\"“”]+){0,5}$"
)
# "X sẽ viện trợ cho Y 10 triệu USD", "cam kết (tiếp tục) hỗ trợ Y": aid pledged is coded as given
_PLEDGED = re.compile(r"(?:^|\s)(?:sẽ|cam kết)(?:\s+(?:tiếp tục|tăng cường|thêm|cùng))*$")
_STANCE_NOUN = re.compile(r"(?:^|\s)(?:lập trường|quan điểm|thái độ)$")
# verbs of agreeing whose later verbs are agreed to, like a request's ("nhất trí A, B")
_AGREEING = frozenset({"đồng ý", "nhất trí", "thống nhất", "cam kết"})
_NOT_ASKING = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"})
# "bỏ phiếu ủng hộ/thông qua nghị quyết (của X) nhằm <act>": the body enacts the act
_VOTE = re.compile(r"(?:^|\s)bỏ phiếu(?:\s+(?:nhất trí|áp đảo))?$")
_RESOLUTION = re.compile(
    r"\s*(?:(?:một|các|bản)\s+)?(?:dự thảo\s+)?nghị quyết(?:\s+[^\s,;.]+){0,8}?\s+"
    r"(?:nhằm|để|về việc|yêu cầu|kêu gọi)\s+"
)
# "cho/để X <verb>", "bật đèn xanh cho X <verb>": X is the subject of the embedded verb
_LET = re.compile(r"(?:^|\s)(?:cho|để|cho phép|giúp)$")
# "quyết định / động thái của X <act>": X made the decision the act is (wave 19)
_DECIDED_BY = re.compile(r"(?:^|\s)(?:quyết định|động thái)\s+của\s*$")
# "(tòa án) đã ban hành lệnh bắt giữ X": the issuer of a warrant acts
_WARRANT = re.compile(
    r"(?:^|\s)(?P<pre>\S+)\s+(?:(?:đã|từng|vừa|cũng)\s+)?(?:ban hành|phát|ra|đưa ra|phát đi)"
    r"\s+(?:một\s+)?lệnh$"
)
# the start of a route right before "đến/tới/sang": "(chuyến bay) từ Nga", "từ thủ đô Moscow"
_ROUTE_FROM = re.compile(
    r"(?<!\w)(?:chuyến bay|máy bay|tàu|hàng hóa|hàng|xe|khí đốt|dầu|hành khách|khách)"
    r"(?:\s+[^\s,;.]+){0,4}\s+từ(?:\s+[^\s,;.]+){1,4}$"
)


def _hit(start: int, end: int, trig: Trigger) -> Any:
    from sukien.events.coder import _Hit  # the coder's own hit type (imported at run time)

    return _Hit(start, end, trig)


def _said_will_only(ps: Any, start: int, end: int) -> bool:
    """Is the "sẽ" of a saying between ``start`` and ``end`` the sentence's only modal cue
    there, with no condition anywhere ("nếu", "trong trường hợp")?"""
    if any(c[2] in ("nếu", "trong trường hợp") for c in ps.cues):
        return False
    return not any(
        start <= cs < end and text != "sẽ" and kind in _MODAL_KINDS
        for cs, _ce, text, kind in ps.cues
    )


class FramingRules:
    """Mixed into ``Coder``; uses its helpers (``_before``, ``_after``, ``_nsyl``, …)."""

    # ------------------------------------------------------------------ no event
    def _inert(self: Any, ps: Any, hit: Any) -> bool:
        """A trigger that reports no event: an ended fight, a kind of body, a travel advisory."""
        typ = hit.trig.type
        if typ == "ASSAULT" and (
            _ENDED_BEFORE.search(self._before(ps, hit.start, 5))
            or _ENDED_AFTER.match(ps.low, hit.end)
            or _ENDED_BETWEEN.match(ps.low, hit.end)
        ):
            return True
        if typ == "AID" and _BODY_BEFORE.search(self._before(ps, hit.start, 2)):
            return True  # "các tổ chức viện trợ nhân đạo"
        if typ == "CONCEDE" and self._off_other_list(ps, hit):
            return True  # "loại X khỏi danh sách đội tham dự": no blacklist, no concession
        if typ == "REQUEST" and _ADVISORY.match(ps.low, hit.end):
            return True  # "kêu gọi công dân rời X"
        if any(s <= hit.start < e for s, e, _p, _n in self._mediators(ps)):
            return True  # "do A cùng B thúc đẩy đàm phán": they mediate, they do not negotiate
        if self._voted_for(ps, hit) is not None:
            return True  # "bỏ phiếu ủng hộ nghị quyết … nhằm dỡ bỏ …": the content is the event
        if (
            typ == "CONSULT"
            and ps.low[hit.start : hit.end] in ("đến", "tới", "sang")
            and _ROUTE_FROM.search(self._before(ps, hit.start, 12))
        ):
            return True  # "các chuyến bay từ Nga đến Gruzia": a route, not a visit
        if _named_in_brackets(ps, hit):
            return True  # "cuộc tập trận Zaibo Kirtis (Tấn công Chớp nhoáng)": a name
        return typ == "COERCE" and self._unnamed_issuer(ps, hit)

    def _off_other_list(self: Any, ps: Any, hit: Any) -> bool:
        """Taken off a list that is no blacklist ("loại X khỏi danh sách tham dự")."""
        m = re.match(
            r"(?:\s+\S+){0,6}?\s+khỏi danh sách(?P<rest>(?:\s+[^\s,;.]+){0,8})", ps.low[hit.end :]
        )
        return m is not None and not _BLACKLIST.search(m.group("rest"))

    def _voted_for(self: Any, ps: Any, hit: Any) -> Any:
        """For "bỏ phiếu ủng hộ/thông qua nghị quyết … nhằm <act>", the act voted for."""
        if hit.trig.type not in ("SUPPORT", "AGREE") or not _VOTE.search(
            self._before(ps, hit.start, 3)
        ):
            return None
        m = _RESOLUTION.match(ps.low, hit.end)
        if m is None:
            return None
        return next(
            (h for h in ps.hits if h.start >= m.end() and self._nsyl(ps, m.end(), h.start) <= 1),
            None,
        )

    def _voted(self: Any, ps: Any, hit: Any, modality: str) -> str:
        """The act of a resolution voted through is done ("nhằm" plans nothing here)."""
        if modality == "planned" and any(self._voted_for(ps, h) is hit for h in ps.hits):
            return "asserted"
        return modality

    def _unnamed_issuer(self: Any, ps: Any, hit: Any) -> bool:
        """A warrant issued by a body named by a common noun ("tòa án đã ban hành lệnh bắt giữ
        X"): the actor is that body, never the sentence's subject."""
        m = _WARRANT.search(self._before(ps, hit.start, 7))
        if m is None:
            return False
        return not any(
            0 <= hit.start - g.end <= len(m.group()) + 1
            and ps.low[g.start : g.end].endswith(m.group("pre"))
            for g in ps.groups
        )

    def _embedded_subject(self: Any, ps: Any, hit: Any, clause: int) -> Group | None:
        """ "bật đèn xanh cho X tấn công Y", "để X tấn công Y": X right before the trigger,
        after cho/để, is the subject of the embedded verb (a physical act only: "gửi thư cho X
        đề nghị …" is the sender's proposal)."""
        if hit.trig.type not in ("ASSAULT", "COERCE", "MOBILIZE"):
            return None
        g = next((g for g in reversed(ps.groups) if clause <= g.start and g.end <= hit.start), None)
        if g is None or self._nsyl(ps, g.end, hit.start) > 1:
            return None
        if not re.fullmatch(r"\s*(?:(?:đã|sẽ|có thể)\s+)?", ps.low[g.end : hit.start]):
            return None
        if not _LET.search(self._before(ps, g.start, 2)):
            return None
        return g if any(p.kind == "actor" and p.code for p in g.phrases) else None

    def _decision_author(self: Any, ps: Any, hit: Any) -> Group | None:
        """ "hoan nghênh quyết định của EU trừng phạt …": the author of a decision named right
        before the act decided is its subject, not the one reacting (wave 19)."""
        g = next((g for g in reversed(ps.groups) if g.end <= hit.start), None)
        gap = r"\s*(?:(?:sẽ|đã)\s+)?(?:(?:gửi|cung cấp|trao|dành)\s+)?"
        if g is None or not re.fullmatch(gap, ps.low[g.end : hit.start]):
            return None
        if not _DECIDED_BY.search(ps.low[max(0, g.start - 30) : g.start]):
            return None
        return g if any(p.kind == "actor" and p.code for p in g.phrases) else None

    def _announced_act(self: Any, ps: Any, hit: Any) -> bool:
        """ "X tuyên bố sẽ áp thuế đối với Y", "X cho biết sẽ trục xuất …", "Iran cho biết sẽ thả
        7 thủy thủ": a sanction, or a release or easing (not named as a noun), whose only modal
        cue is the "sẽ" of an announcement (no "có thể", "dự kiến", "nếu")."""
        if hit.trig.type == "CONCEDE":
            if hit.trig.mode not in _ANNOUNCED_CONCESSIONS or self._nominal(ps, hit):
                return False
        elif hit.trig.type != "SANCTION" or _PUNISHED.match(ps.low, hit.end):
            return False  # "sẽ trừng phạt nghiêm khắc Y": a vow (VowRules), no sanction (wave 17)
        base = max(0, hit.start - 90)
        m = _ANNOUNCED.search(ps.low[base : hit.start].rstrip())
        return m is not None and _said_will_only(ps, base + m.start(), hit.start)

    def _vowed_attack(self: Any, ps: Any, hit: Any, modality: str) -> bool:
        """ "X tuyên bố (quân đội nước này) sẽ (tiếp tục) tấn công Y": an attack its author says
        it will make is a threat made in the saying (wave 18); not an attack a third party is
        said to plan ("X cảnh báo Y sẽ tấn công Z"), not one on a condition (``_conditional``)."""
        if modality != "planned" or hit.trig.type != "ASSAULT" or self._nominal(ps, hit):
            return False
        base = max(0, hit.start - 80)
        m = _VOWED.search(ps.low[base : hit.start].rstrip())
        if m is None or not _said_will_only(ps, base + m.start(), hit.start):
            return False
        a, b = base + m.start("who"), base + m.end("who")
        return not any(  # another party between: its attack foreseen, no threat
            a <= g.start < b and not any(x.kind == "pronoun" for p in g.phrases for x in p.mentions)
            for g in ps.groups
        )

    def _asked_in_series(self: Any, ps: Any, req: Any, hit: Any) -> bool:
        """Is ``hit`` a later verb of what the request ``req`` asks ("kêu gọi Y A và B", "yêu
        cầu Y A, B") or of what a verb of agreeing agrees to ("nhất trí A, chính quy hóa B")?
        Never a speech act of the requester's own ("… và yêu cầu Z")."""
        agreed = req.trig.type == "AGREE" and req.trig.text in _AGREEING
        if not (req.trig.type == "REQUEST" or agreed) or hit.trig.type in _NOT_ASKING:
            return False
        if agreed and hit.trig.type == "AGREE":
            return False
        if self._before(ps, req.start, 1) in ("lời", "theo", "các", "những", "sự"):
            return False  # "lời kêu gọi …", "theo đề nghị của X, Y …": a request named
        span = ps.low[req.end : hit.start]
        joints = list(_SERIES_JOINT.finditer(span))
        if not joints or joints[0].start() == 0 or _SERIES_STOP.search(span):
            return False
        rest = span[joints[-1].end() :]
        return _SERIES_LEAD.fullmatch(rest) is not None

    def _prevented(self: Any, ps: Any, hit: Any, modality: str) -> str:
        """An act someone bans or blocks ("Mỹ cấm các công ty nước này xuất khẩu sang X") was
        not done: denied (a trigger named as a noun is left alone)."""
        if modality != "asserted" or hit.trig.type == "SANCTION" or self._nominal(ps, hit):
            return modality
        before = ps.low[max(0, hit.start - 60) : hit.start].rstrip()
        return "denied" if _PREVENTED.search(before) else modality

    def _stance_noun(self: Any, ps: Any, hit: Any) -> bool:
        """ "(thể hiện) quan điểm ủng hộ (tuyệt đối) của X đối với Y", "lập trường phản đối
        của X về việc Y …": a judgement named by a stance noun, whose "của X" is its author."""
        if hit.trig.type not in ("SUPPORT", "ACCUSE", "REJECT"):
            return False
        return bool(_STANCE_NOUN.search(self._before(ps, hit.start, 2)))

    def _pledged(self: Any, ps: Any, hit: Any, modality: str) -> str:
        """Aid pledged by its giver ("Nhật Bản sẽ viện trợ cho X", "cam kết hỗ trợ X") is coded
        as aid; never aid someone is ready to give, may give, or gives on a condition."""
        if modality != "planned" or hit.trig.type != "AID" or self._nominal(ps, hit):
            return modality
        base = max(0, hit.start - 60)
        m = _PLEDGED.search(ps.low[base : hit.start].rstrip())
        if m is None or any(c[2] in ("nếu", "trong trường hợp") for c in ps.cues):
            return modality
        clause = self._clause_start(ps, hit.start)
        other = any(
            clause <= cs < hit.start and cs < base + m.start() and kind in _MODAL_KINDS
            for cs, _ce, _text, kind in ps.cues
        )
        return modality if other else "asserted"

    def _announced(self: Any, ps: Any, hit: Any, modality: str) -> str:
        """A sanction, release or easing announced by its author is done ("tuyên bố sẽ áp
        thuế", "cho biết sẽ thả …")."""
        if modality == "planned" and self._announced_act(ps, hit):
            return "asserted"
        return modality

    def _potential(self: Any, ps: Any, hit: Any, modality: str) -> str:
        """ "các cuộc tấn công tiềm tàng vào X": hypothetical; "không (còn) tham dự các cuộc
        họp của X": denied."""
        if modality == "asserted" and _POTENTIAL.match(ps.low, hit.end):
            return "hypothetical"
        if modality == "asserted" and _NOT_ATTENDING.search(self._before(ps, hit.start, 6)):
            return "denied"
        return modality

    # ------------------------------------------------------------------ ceasefires
    def _ceasefire_deal(
        self: Any, ps: Any, hit: Any, clause_end: int
    ) -> tuple[Any, list[tuple[Phrase, Phrase]]] | None:
        """ "lệnh ngừng bắn giữa A và B", "A và B ngừng bắn": an AGREE between A and B (the hit
        and the pairs), or None when the ceasefire names no two parties."""
        if hit.trig.mode != "ceasefire":
            return None
        parties: list[Phrase] = []
        recips, _agent, between = self._object(ps, hit, clause_end)
        if between:
            parties = [p for g in recips for p in self._participants(g) if p.kind == "actor"]
        else:
            clause = self._clause_start(ps, hit.start)
            before = [g for g in self._groups_before(ps, clause, hit.start)]
            if before:
                g = before[-1]
                gap = ps.low[g.end : hit.start]
                if re.fullmatch(r"\s*(?:(?:đã|vừa|cùng|chính thức|đồng ý|nhất trí)\s+)*", gap):
                    parties = [p for p in self._participants(g) if p.kind == "actor"]
        uniq: list[Phrase] = []
        for p in parties:
            if p.code not in {q.code for q in uniq}:
                uniq.append(p)
        if len(uniq) < 2:
            return None
        deal = type(hit)(hit.start, hit.end, _CEASEFIRE_AGREED)
        return deal, list(combinations(uniq, 2))

    def _deal_modality(self: Any, ps: Any, hit: Any, clause: int, modality: str) -> str:
        """A ceasefire that "will take effect" on a date was agreed (asserted)."""
        if modality != "planned":
            return modality
        said_before = any(
            clause <= cs and ce <= hit.start and kind in ("planned", "hoped")
            for cs, ce, _t, kind in ps.cues
        )
        if not said_before and _TAKES_EFFECT.search(ps.low, hit.end):
            return "asserted"
        return modality

    def _mediators(self: Any, ps: Any) -> list[tuple[int, int, list[Phrase], bool]]:
        """Who mediates a deal in this sentence: (start, end of the words, mediators, whether
        the text names them the deal's mediators: "do C làm trung gian" (an AGREE with each
        party) rather than "với sự trung gian của C" or "do C thúc đẩy đàm phán" (no party)."""
        if not _DEAL.search(ps.low):
            return []
        out = []
        gs, idx = ps.groups, 0
        while idx < len(gs):
            g, last = gs[idx], idx  # "do A cùng B thúc đẩy đàm phán": A and B
            while last + 1 < len(gs) and re.fullmatch(
                r"\s*(?:,|và|cùng|cùng với|với)\s*", ps.low[gs[last].end : gs[last + 1].start]
            ):
                last += 1
            chain, idx = gs[idx : last + 1], last + 1
            after = _MEDIATOR_AFTER.match(ps.low, chain[-1].end)
            before = self._before(ps, g.start, 5)
            if after and (_MEDIATOR_BEFORE.search(before) or not self._in_pp(ps, g)):
                lead = len(after.group()) - len(after.group().lstrip())
                span = (after.start() + lead, after.end())
            elif _MEDIATOR_OF.search(before):
                span = (g.start, chain[-1].end)
            else:
                continue
            people = [p for c in chain for p in self._participants(c) if p.kind == "actor"]
            if people:
                out.append((span[0], span[1], people, bool(after and after.group("named"))))
        return out

    def _mediated(self: Any, doc: Any, ps: Any, i: int, ctx: Any, out: list[Any]) -> list[Any]:
        """ "thỏa thuận do C làm trung gian": C agrees with each party of the deal (the AGREE
        coded in this sentence, else the two sides of the one just reported)."""
        found = [m for m in self._mediators(ps) if m[3] and not self._cited_deal(ps, m[0], m[1])]
        if not found:
            return []
        sides: list[str] = []
        for ev in out:
            if ev.type == "AGREE":
                sides = [ev.actor.code, ev.recipient.code]
                break
        if not sides:
            recent = self._resolve_dyad(ps, i, ctx, named=False)
            sides = list(recent) if recent else []
        events = []
        brokers = {p.code for _s, _e, people, _n in found for p in people}
        for s, e, people, _named in found:
            hit = _hit(s, e, _MEDIATED)
            modality = self._modality(ps, hit, self._clause_start(ps, s), ps.hits)
            for p in people:
                for side in sides:
                    if side and side not in brokers:
                        ev = self._event(doc, ps, hit, ps.hits, p, side, modality, 0.6, ctx, True)
                        if ev is not None:
                            events.append(ev)
        return events

    def _not_mediators(self: Any, ps: Any, hit: Any, targets: list[Phrase]) -> list[Phrase]:
        """Drop who mediates a deal ("thỏa thuận ngừng bắn do Qatar làm trung gian") from its
        parties: the mediator agrees with each party (``_mediated``), not with the signers."""
        if hit.trig.type not in ("AGREE", "CONSULT") or not targets:
            return targets
        mediators = {id(p) for _s, _e, people, _n in self._mediators(ps) for p in people}
        return [p for p in targets if id(p) not in mediators]

    # ------------------------------------------------------------------ judged owners
    def _measure_owner(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Phrase]:
        """ "lên án lệnh cấm phụ nữ X đi học của chính quyền Y": Y made the measure judged;
        "các công ty của X mà Y cáo buộc đã …": X is accused."""
        if hit.trig.type not in ("ACCUSE", "REJECT", "SUPPORT", "PROTEST"):
            return []
        rel = self._relative_accused(ps, hit)
        if rel:
            return rel
        m = _MEASURE.match(ps.low, hit.end)
        if m is None:
            return []
        if m.group().endswith("việc"):  # "lên án việc X dọa tấn công … của Y": X is judged
            doer = self._clause_doer(ps, m.end(), clause_end)
            if doer:
                return doer
        end = clause_end
        nxt = _NEW_CLAUSE.search(ps.low, m.end(), end)
        if nxt:
            end = nxt.start()
        for h in ps.hits:
            if m.end() <= h.start < end and h.trig.type in ("ACCUSE", "REJECT", "SUPPORT"):
                end = h.start  # "lên án lệnh cấm … và hoan nghênh …": the next verb's
        owner = _FROM_OWNER if _PROPOSAL.search(m.group()) else _OF_OWNER
        owners = [
            g
            for g in ps.groups
            if m.end() <= g.start < end
            and owner.search(self._before(ps, g.start, 3))
            and not self._after_place_prep(ps, g.start)
        ]
        if owners and _ACT_NOUN.search(m.group()):
            owners = owners[:1]
        if not owners or self._nsyl(ps, m.end(), owners[-1].start) > 30:
            return []
        return [p for p in self._participants(owners[-1]) if p.kind == "actor"]

    def _clause_doer(self: Any, ps: Any, pos: int, clause_end: int) -> list[Phrase]:
        """The subject right after "việc" ("việc Tổng thống Mỹ Trump dọa …"), titles allowed
        before it, when a verb follows it."""
        from sukien.events.mentions import title_words

        g = next((g for g in ps.groups if pos <= g.start < clause_end), None)
        if g is None or g.is_place or not re.match(r"\s*[^\s,;.]", ps.low[g.end :]):
            return []
        gap = re.findall(r"\w+", ps.low[pos : g.start])
        if any(w not in title_words() for w in gap):
            return []
        return [p for p in self._participants(g) if p.kind == "actor"]

    def _banned_trade(self: Any, ps: Any, hits: list[Any]) -> list[Any]:
        """Trade or supply verbs inside a ban ("cấm các công ty Mỹ bán chip cho X") become an
        embargo on their recipient; a ban lifted is left alone."""
        from sukien.events.coder import _Hit

        out = []
        for h in hits:
            if h.trig.type in ("COOPERATE", "AID") and h.trig.mode != "military_exercise":
                m = _BAN_BEFORE.search(ps.low[: h.start])
                lifted = m is not None and _BAN_LIFTED.search(ps.low[: m.start()])
                if m is not None and not lifted:
                    h = _Hit(h.start, h.end, Trigger(h.trig.text, "SANCTION", "embargo"))
            out.append(h)
        return out

    def _reacted_to(
        self: Any, ps: Any, hit: Any, i: int, ctx: Any, subj: Group | None
    ) -> list[str]:
        """A reaction with no object closing a sentence after an act coded in it ("Philippines
        triệu đại sứ Trung Quốc, Bắc Kinh phản đối"): whoever did that act."""
        if subj is None or hit.trig.type not in ("ACCUSE", "REJECT", "SUPPORT"):
            return []
        if not _REACTION_END.fullmatch(ps.low[hit.end :]):
            return []
        own = {p.code for p in self._participants(subj)}
        if _OPENS.fullmatch(ps.low[: subj.start]):
            # "Mỹ yêu cầu Iran thả tàu. Tehran đã từ chối.": a sentence of its own answers what
            # was just asked of (or charged against) its subject, in the sentence before
            if hit.trig.type == "SUPPORT":
                return []
            asked = [
                e[1]
                for e in ctx.recent
                if i - 2 <= e[0] < i and e[2] in own and e[1] and e[1] not in own
            ]
            if not asked and not any(e[0] == i - 1 for e in ctx.recent):
                # "Tàu Trung Quốc đi vào lãnh hải Philippines. Manila đã phản đối.": the act
                # told just before, with no event of its own, is its subject's (wave 18g)
                prev = ctx.prev_subject
                return [prev] if prev and prev not in own else []
            return asked[-1:]
        if not re.search(r",\s*(?:[^\s,;.]+\s+){0,4}$", ps.low[: subj.start]):
            return []
        done = [
            e[1]
            for e in ctx.recent
            # "Liên quan đến cuộc gặp giữa A và B, C hoan nghênh": a meeting has no one doer
            if e[0] == i and e[1] and e[1] not in own and not self.lex.types[e[3]].symmetric
        ]
        return done[-1:]

    def _alongside(self: Any, ps: Any, subj: Group | None, hit: Any) -> list[Phrase]:
        """The partners in "A (đã) cùng (với) B (và C) V": B and C, who act with A."""
        if subj is None:
            return []
        from sukien.events.mentions import title_words

        for g in ps.groups:
            if not subj.end <= g.start or g.end > hit.start:
                continue
            m = _ALONGSIDE.fullmatch(ps.low[subj.end : g.start])
            ok = title_words() | _PARTNER_WORDS
            if m is None or any(w not in ok for w in m.group("title").split()):
                return []
            if not _ALONGSIDE_GAP.fullmatch(ps.low[g.end : hit.start]):
                return []
            return [p for p in self._participants(g) if p.kind == "actor"]
        return []

    def _relative_accused(self: Any, ps: Any, hit: Any) -> list[Phrase]:
        if hit.trig.type != "ACCUSE" or not _RELATIVE_ACCUSED.match(ps.low, hit.end):
            return []
        subj = [g for g in ps.groups if g.end <= hit.start]
        if not subj or self._nsyl(ps, subj[-1].end, hit.start) > 1:
            return []
        if self._before(ps, subj[-1].start, 1) != "mà":
            return []
        heads = [g for g in ps.groups if g.end <= subj[-1].start]
        if not heads or self._nsyl(ps, heads[-1].end, subj[-1].start) > 12:
            return []
        return [p for p in self._participants(heads[-1]) if p.kind == "actor"]

    # ------------------------------------------------------------------ trade
    def _goods_owner(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Phrase]:
        """ "áp thuế đối với hàng nhập khẩu từ A và B", "cấm … các hãng hàng không của A": the
        states whose goods or carriers a trade measure hits."""
        if hit.trig.type != "SANCTION":
            return []
        for g in ps.groups:
            if not hit.end <= g.start < clause_end or self._nsyl(ps, hit.end, g.start) > 20:
                continue
            if _GOODS.search(ps.low[hit.end : g.start].rstrip()):
                gap = ps.low[hit.end : g.start]
                if re.search(r"[;:]", gap):
                    return []
                return [p for p in self._participants(g) if p.kind == "actor"]
        return []

    # ------------------------------------------------------------------ subjects
    def _in_dash_aside(self: Any, ps: Any, clause: int, g: Group) -> bool:
        """ "A - đồng minh của B trong cuộc chiến chống C - đã tấn công": B and C are in an
        aside between two dashes."""
        dashes = list(_DASHES.finditer(ps.low, clause))
        pairs = zip(dashes, dashes[1:], strict=False)
        text = ps.sent.text
        return any(
            a.end() <= g.start and g.end <= b.start() and text[a.end() : a.end() + 1].islower()
            for a, b in pairs  # "A - đồng minh của B -", not a list of names "Mỹ - Nhật - Hàn"
        )

    def _protest_after(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Phrase]:
        """ "Cuba bày tỏ phản đối sau khi Mỹ …": the agent of the clause it answers."""
        if hit.trig.type not in ("ACCUSE", "PROTEST", "REJECT"):
            return []
        if not hit.trig.text.startswith("bày tỏ") and not _BARE_PROTEST.search(
            self._before(ps, hit.start, 3)
        ):
            return []
        m = _AFTER_ACT.match(ps.low, hit.end)
        if m is None:
            return []
        g = next((g for g in ps.groups if g.start >= m.end()), None)
        if g is None or g.start >= clause_end or self._nsyl(ps, m.end(), g.start) > 3:
            return []
        return [p for p in self._participants(g) if p.kind == "actor"]

    # ------------------------------------------------------------------ answers and purposes
    def _revoked(self: Any, ps: Any, hit: Any) -> Any:
        """ "thu hồi quyết định … loại X khỏi danh sách": taking back a concession to X is a
        sanction on X (the hit retyped), by whoever revokes it."""
        if hit.trig.type != "CONCEDE":
            return hit
        for m in _REVOKE.finditer(ps.low, 0, hit.start):
            gap = ps.low[m.end() : hit.start]
            if not COMMA.search(gap) and self._nsyl(ps, m.end(), hit.start) <= 8:
                return _hit(hit.start, hit.end, _REVOKED)
        return hit

    def _answering_actor(self: Any, ps: Any, hit: Any, clause_end: int) -> list[Phrase]:
        """ "áp đặt lệnh trừng phạt đối với chỉ huy của X, sau nhiều lần tấn công vào …": the
        subjectless attack after "sau" is by the one sanctioned (X), not by the sanctioner."""
        if hit.trig.type not in ("ASSAULT", "COERCE"):
            return []
        if not _AFTER_BARE.search(self._before(ps, hit.start, 4)):
            return []
        answered = [h for h in ps.hits if h.end <= hit.start and h.trig.type in _ANSWERED]
        if not answered:
            return []
        prev = answered[-1]
        recips, agent, _between = self._object(ps, prev, hit.start)
        if not recips and agent is not None:  # "trừng phạt một chỉ huy của X"
            recips = [agent]
        return [p for g in recips for p in self._participants(g) if p.kind == "actor"]

    def _purpose_protest(
        self: Any, ps: Any, hit: Any, hits: list[Any], clause_end: int
    ) -> list[tuple[Phrase, Phrase]]:
        """ "X triệu tập đại sứ Y để phản đối việc … Z …": X protests (done) against Z, the
        first actor of the act named (not the ambassador's state)."""
        if hit.trig.type not in ("ACCUSE", "PROTEST"):
            return []
        if not _PURPOSE.search(self._before(ps, hit.start, 1)):
            return []
        # "triệu tập đại sứ Y" or a break in ties (wave 17) "để phản đối …"
        main = [
            h
            for h in hits
            if h.end <= hit.start
            and (h.trig.type in ("ACCUSE", "PROTEST") or h.trig.mode in ("sever", "expel"))
        ]
        m = _ACT_CLAUSE.match(ps.low, hit.end)
        if not main or m is None:
            return []
        clause = self._clause_start(ps, main[-1].start)
        subj, _agent, passive = self._subject(ps, clause, main[-1])
        actors = [] if passive else [p for p in self._participants(subj) if p.kind == "actor"]
        codes = {p.code for p in actors}
        for g in ps.groups:
            if g.start < m.end() or g.start >= clause_end:
                continue
            if self._nsyl(ps, m.end(), g.start) > 12:
                break
            if self._after_place_prep(ps, g.start):
                continue
            targets = [
                p for p in self._participants(g) if p.kind == "actor" and p.code not in codes
            ]
            if targets:
                return [(a, t) for a in actors for t in targets]
        return []

    def _threat_condition(self: Any, ps: Any, hit: Any, actors: list[Phrase]) -> list[Phrase]:
        """ "X đe dọa chiến tranh nếu (bị) Y …": a threat with no addressee aims at the subject
        (or the passive agent) of its condition."""
        if hit.trig.type != "THREATEN" or not actors:
            return []
        cond = [
            c
            for c in ps.cues
            if c[2] in ("nếu", "trong trường hợp")
            and c[0] >= hit.end
            and self._nsyl(ps, hit.end, c[0]) <= 8
        ]
        if not cond:
            return []
        codes = {a.code for a in actors}
        return [p for p in self._condition_subject(ps, hit, actors) if p.code not in codes]


def _named_in_brackets(ps: Any, hit: Any) -> bool:
    """Is the trigger the capitalised opening of a name inside brackets (an operation or an
    exercise translated: "(Tấn công Chớp nhoáng)", "(Lá chắn Sa mạc)")?"""
    text = ps.sent.text
    if not text[hit.start : hit.start + 1].isupper():
        return False
    opened, closed = text.rfind("(", 0, hit.start), text.rfind(")", 0, hit.start)
    return opened > closed and not text[opened + 1 : hit.start].strip()

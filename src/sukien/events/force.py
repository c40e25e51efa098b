"""Demands and force read the Vietnamese news way (a mixin of ``Coder``, wave 9).

* **"nói trên" is "aforementioned".** "hành động nói trên", "vụ việc nói trên của X": after a
  noun, "nói trên" (like "nêu trên", "kể trên") points back to what was said before; its "nói"
  is no reporting verb, so it neither makes the clause subject a reporter nor opens reported
  speech ("Việt Nam phản đối hành động nói trên, đồng thời yêu cầu Trung Quốc …" is Việt Nam's
  demand). "X nói trên truyền hình/Telegram …" (said on a platform) stays a report.
* **a demand is made by its subject, not by the parties it names.** "ông X kêu gọi ngừng bắn
  giữa hai bên ở biên giới A - B", "hiệp ước kêu gọi cả hai bên …": when the requester and the
  one asked are both named after "kêu gọi/yêu cầu …" (in what is demanded), neither asks the
  other; a requester after the trigger is one introduced as its author ("lời kêu gọi của X",
  "yêu cầu từ X", "do X đưa ra").
* **a weapon is no party.** "bắn hạ 7 thiết bị bay không người lái (UAV) của X", "triển khai 2
  máy bay không người lái (UAV)": the short name in brackets after a weapon is the weapon's
  (UAV, ICBM, HIMARS …), never an actor or a recipient.
* **a go-between makes no ceasefire, and a ceasefire talked about is none yet** (wave 10).
  "họp cùng trung gian Ai Cập ở Cairo về các điều khoản ngừng bắn", "A và B ngừng bắn theo thỏa
  thuận do Qatar làm trung gian": the mediator (named after "trung gian/hòa giải/bảo trợ", or
  before "làm/đứng ra/đóng vai trò trung gian") neither ceases fire nor is ceased fire on; "đàm
  phán/thảo luận/họp … về (lệnh/các điều khoản) ngừng bắn" names the topic of talks, not a
  ceasefire that holds.
* **an attack on an economy is no armed attack** (wave 10). "Mỹ tấn công có chủ ý vào nền kinh
  tế Thổ Nhĩ Kỳ", "ngành thép của X đã bị Y tiêu diệt": when what is attacked or destroyed is an
  economy, an industry, a market, a currency or trade, the verb is a figure of speech, not ASSAULT.
* **a call to end the fighting in a state is addressed to that state** (wave 10). "A kêu gọi
  chấm dứt xung đột tại Nam Sudan", "A yêu cầu ngừng bắn ngay lập tức ở Y", "A thúc giục dừng
  bạo lực trên lãnh thổ Y": with no one named as asked, the state where the fighting is to stop
  is the one asked (REQUEST A -> Y).
* **", đồng thời kêu gọi Y" asks in the name of the one who reports** (wave 10). "Mỹ nhấn mạnh
  vụ việc đã phá vỡ an ninh khu vực, đồng thời kêu gọi Iran thả tàu": after a reporting verb
  and what it reports, "đồng thời" (at the same time) coordinates with the reporting verb, so
  its subject asks, not the reported clause's subject.
* **what is sent is not always a force sent against someone** (wave 10). "đưa quân đội X vào
  danh sách trừng phạt" lists, it deploys nothing; "triển khai máy bay do thám đến Y để tìm kiếm
  các nữ sinh bị bắt cóc", "điều tàu tới Y tham gia cứu hộ" is help (AID), not MOBILIZE; "triển
  khai 23 máy bay không người lái tấn công Y" is the attack itself (ASSAULT), the weapons are
  the means.
* **sanctions on firms and people of a state strike that state** (wave 10). "A áp lệnh trừng
  phạt đối với 6 công ty ở Y", "… đối với 100 cá nhân, tổ chức có liên quan đến hoạt động buôn
  bán dầu mỏ của Y", "trừng phạt các ngân hàng có trụ sở tại Y": when the sanctioned are named
  as companies, people, vessels or bodies in, of or tied to a state, that state is the target
  (SANCTION A -> Y), though the place words keep it out of the plain object.
* **an attack carried out in a foreign state strikes that state** (wave 10). "Tehran tiến hành
  các vụ tấn công tương tự tại Pakistan", "X mở các cuộc tập kích ở Y": with no target named,
  the state where the strikes fall is the one attacked (ASSAULT X -> Y).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.reported import coded_starts, keep_new
from sukien.events.sanctions import _PARTIES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sukien.events.coder import _Sent

_ON = re.compile(r"\s+trên(?!\w)")  # "nói trên"
# what "nói trên" is when it is said on something: a platform or a medium
_SAID_ON = re.compile(
    r"\s*(?:các\s+)?(?:truyền hình|sóng|đài|kênh|mạng|trang|tài khoản|báo|tờ|tạp chí|"
    r"chương trình|podcast|diễn đàn|bục|sân khấu|điện thoại|video|x|twitter|telegram|"
    r"facebook|youtube|tiktok|truth social)(?!\w)"
)
# short names of weapons and craft written in brackets after them ("(UAV)", "(ICBM)")
_WEAPONS = frozenset(
    {
        "UAV", "UAVS", "UCAV", "USV", "UUV", "ICBM", "IRBM", "MRBM", "SRBM", "SLBM", "HIMARS",
        "ATACMS", "MLRS", "MANPADS", "IED", "RPG", "AWACS", "THAAD", "APC", "IFV",
    }
)  # fmt: skip
# the author of a demand named after it: "lời kêu gọi của X", "yêu cầu từ phía X", "do X …"
_AUTHOR_AFTER = re.compile(r"(?<!\w)(?:của|từ|do|bởi|theo)(?!\w)")
# a go-between named after its role word ("trung gian Ai Cập", "với sự hòa giải của X") ...
_GO_BETWEEN_BEFORE = re.compile(
    r"(?<!\w)(?:trung gian|môi giới|hòa giải|bảo trợ)(?:\s+(?:của|là|gồm|như|từ))?\s*$"
)
# ... or before it ("do Qatar làm trung gian", "X đứng ra hòa giải", "X đóng vai trò trung gian")
_GO_BETWEEN_AFTER = re.compile(
    r"\s*(?:(?:đã|đang|sẽ|cùng|cũng|từng)\s+)*"
    r"(?:làm|đứng ra(?:\s+làm)?|đóng vai trò|giữ vai trò|là)\s+"
    r"(?:(?:bên|nhà|nước|vai trò|người)\s+)?(?:trung gian|môi giới|hòa giải|bảo trợ)(?!\w)"
)
# what an economic attack hits: an economy, a sector, a market, a currency, trade
_ECONOMY = (
    r"(?:nền kinh tế|kinh tế|ngành|lĩnh vực|thị trường|đồng tiền|đồng nội tệ|tiền tệ|hệ thống tài "
    r"chính|tài chính|thương mại|công nghiệp|doanh nghiệp|công ty|lợi ích kinh tế|kinh doanh|"
    r"xuất khẩu|nhập khẩu|chuỗi cung ứng|việc làm|nông nghiệp|sản xuất|hàng hóa|"
    r"thương hiệu|nhà sản xuất|nhà xuất khẩu)(?!\w)"
)
_ECONOMY_OBJ = re.compile(
    r"\s*(?:(?:một cách\s+)?(?:có chủ ý|có chủ đích|trực tiếp|mạnh mẽ|nghiêm trọng|nặng nề|"
    r"thẳng)\s+)?(?:(?:vào|nhằm vào|đến|tới)\s+)?(?:(?:các|những|toàn bộ|cả|nhiều)\s+)?" + _ECONOMY
)
_ECONOMY_SUBJ = re.compile(r"[\s:\"'“‘«(]*(?:(?:các|những|toàn bộ|cả)\s+)?" + _ECONOMY)
_SUFFERED = re.compile(r"(?<!\w)bị(?:\s+\S+){0,4}?\s*$")
# the call verbs whose object may be "to end the fighting" with no addressee named
_CALLS = frozenset(
    {
        "kêu gọi", "yêu cầu", "thúc giục", "hối thúc", "đề nghị", "đòi", "đòi hỏi", "giục",
        "kêu gọi mạnh mẽ", "kiên quyết yêu cầu", "một lần nữa kêu gọi", "tiếp tục kêu gọi",
    }
)  # fmt: skip
# "(ngay lập tức) chấm dứt (mọi) xung đột …", "ngừng bắn (ngay lập tức)", "một lệnh ngừng bắn"
_END_FIGHTING = re.compile(
    r"[\s\"'“”‘’]*(?:(?:cần|phải|các bên|mọi bên|hai bên|ngay lập tức|lập tức|ngay|sớm|khẩn cấp|"
    r"nhanh chóng)\s+)*[\"'“”‘’]?(?:(?:(?:chấm dứt|ngừng|dừng|dừng lại|kết thúc|ngăn chặn|"
    r"giảm leo thang|xuống thang|hạ nhiệt|tạm ngừng|đình chỉ)[\"'“”‘’]?\s+(?:ngay\s+)?"
    r"(?:lập tức\s+)?(?:(?:các|mọi|những|tất cả|tình trạng|hoạt động|hành động|cuộc)\s+)*"
    r"(?:xung đột|giao tranh|bạo lực|chiến sự|chiến tranh|nội chiến|đổ máu|căng thẳng|"
    r"tấn công|thù địch|leo thang|giao chiến|đụng độ|chiến đấu|bắn phá|pháo kích))|"
    r"(?:(?:một\s+)?(?:lệnh\s+)?(?:ngừng bắn|đình chiến|ngừng chiến|hưu chiến)))(?!\w)"
)
# then, in the clause, where: "(kéo dài nhiều tuần) tại/ở/trên lãnh thổ Y"
_WHERE = re.compile(
    r"(?:(?!\s*[,;:.]|\s+(?:và|đồng thời|nhưng)\s)[^,;:.]){0,40}?(?<!\w)"
    r"(?:tại|ở|trên lãnh thổ|trên toàn lãnh thổ|trên khắp)\s+$"
)
# "…, đồng thời (cũng) kêu gọi": the call coordinated with the sentence's main verb
_AT_THE_SAME_TIME = re.compile(
    r"(?:,|(?<!\w)và)\s*đồng thời(?:\s+(?:cũng|còn|tiếp tục|một lần nữa|mạnh mẽ))*\s*$"
)
_SENT_BREAK = re.compile(r"[;:!?]|\.(?=\s|$)")
# "đưa (quân đội X) vào danh sách …", "đưa … ra xét xử": the verb "đưa" lists or tries
_LISTED_NOT_SENT = re.compile(
    r"[^,;:.]{0,60}?(?<!\w)(?:(?:vào|lên)\s+(?:danh sách|diện|sổ đen)|"
    r"ra\s+(?:xét xử|tòa|trước tòa|trước công lý))(?!\w)"
)
# a deployment for search, rescue or relief: help, not a show of force
_RESCUE = re.compile(
    r"[^;:.]{0,120}?(?<!\w)(?:để|nhằm|giúp|hỗ trợ|tham gia|phục vụ)\s+(?:\S+\s+){0,3}?"
    r"(?:tìm kiếm|cứu hộ|cứu nạn|cứu trợ|sơ tán|chữa cháy|dập lửa|khắc phục hậu quả|giải cứu|"
    r"cứu người|vận chuyển hàng cứu trợ|phân phát hàng cứu trợ|hỗ trợ nhân đạo)(?!\w)"
)
# weapons sent to strike: "triển khai 23 máy bay không người lái tấn công Y"
_WEAPONS_TO_STRIKE = re.compile(
    r"\s+(?:thêm\s+)?(?:(?:\d[\d.,]*|một|hai|ba|bốn|năm|nhiều|hàng loạt|hàng chục|hàng trăm|"
    r"các|những|số)\s+)?(?:\S+\s+){0,2}?(?:máy bay không người lái|thiết bị bay không người lái|"
    r"uav|drone|tên lửa|rocket|phi đạn|xuồng không người lái|tàu không người lái)(?!\w)"
    r"[^,;:.]{0,40}?(?<!\w)(?:để\s+)?(?:tấn công|tập kích|không kích|oanh tạc|đánh phá)(?!\w)"
)
# the sanctioned named as bodies of a state: "đối với (khoảng 100) cá nhân, tổ chức … ở/của/tại"
_SANCTIONED_BODIES = re.compile(
    r"\s*(?:mới\s+|bổ sung\s+)?(?:(?:đối với|nhằm vào|lên|với|vào|nhắm vào)\s+)?"
    r"(?:(?:khoảng|hơn|gần|thêm|ít nhất|tổng cộng)\s+)?(?:(?:\d[\d.,]*|một số|nhiều|các|những|"
    r"hàng chục|hàng trăm|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?:\S+\s+){0,2}?"
    r"(?:cá nhân|tổ chức|công ty|thực thể|doanh nghiệp|quan chức|tàu|tàu thuyền|tàu chở dầu|"
    r"ngân hàng|nhà máy|tập đoàn|hãng|nhà máy lọc dầu|đối tượng|lãnh đạo|chỉ huy|nhóm|"
    r"quỹ|cơ quan|thương nhân|nhà buôn)(?!\w)[^;:.]{0,100}?(?<!\w)"
    r"(?:ở|tại|của|có trụ sở (?:tại|ở)|thuộc|liên quan (?:đến|tới)(?:[^;:.]{0,60}?của)?)\s+$"
)
# aid given to people of a state (wave 13): "viện trợ 2 triệu euro cho các nạn nhân bão lũ tại Y",
# "hỗ trợ người dân vùng lũ ở Y", "cứu trợ người tị nạn (đến từ) Y"
_AIDED_PEOPLE = re.compile(
    r"\s*(?:(?:nhân đạo|khẩn cấp)\s+)?(?:[^;:.,]{0,40}?\s)?(?:cho|tới|đến|giúp|để giúp)?\s*"
    r"(?:(?:các|những|hàng nghìn|hàng triệu|hàng trăm|nhiều)\s+)?"
    r"(?:người dân|nạn nhân|người tị nạn|người sơ tán|người bị ảnh hưởng|dân thường|"
    r"người dân vùng|nhân dân|trẻ em)(?!\w)[^;:.]{0,60}?(?<!\w)"
    r"(?:ở|tại|của|đến từ|từ)\s+$"
)
# the armed attacks that may name only where they fall
_STRIKES = frozenset(
    {
        "tấn công", "cuộc tấn công", "vụ tấn công", "không kích", "tập kích", "oanh tạc",
        "pháo kích", "bắn phá", "cuộc không kích", "vụ không kích", "đợt tấn công",
        "đợt không kích", "cuộc tập kích", "vụ tập kích", "đánh bom", "vụ đánh bom",
    }
)  # fmt: skip
# "(các vụ) tấn công (tương tự / xuyên đêm / nhằm vào các mục tiêu …) tại/ở/bên trong lãnh thổ"
_STRUCK_IN = re.compile(
    r"(?:(?!\s+(?:và|nhưng|đồng thời)\s)[^,;:.]){0,50}?(?<!\w)(?:tại|ở|(?:vào|trên|bên trong|"
    r"sâu trong)\s+lãnh thổ(?:\s+của)?)\s+$"
)
# the attack is the clause's own act: a light verb or an aspect word right before it, not a noun
# another verb is about ("chia buồn về vụ tấn công ở Y", "sau vụ tấn công … ở Y")
_STRIKE_DONE = re.compile(
    r"(?<!\w)(?:tiến hành|thực hiện|mở|phát động|tung ra|đã|đang|vừa|liên tiếp|liên tục|tiếp tục"
    r"|lại)\s+(?:(?:các|những|một|nhiều|hàng loạt|loạt)\s+)?(?:(?:vụ|cuộc|đợt)\s+)?$"
)
_STATE = re.compile(r"[A-Z]{3}")
_LIST_GAP = re.compile(r"\s*(?:,|và|cùng|cùng với|,\s*và)\s*")
# a ceasefire as the topic of talks: "đàm phán về lệnh ngừng bắn", "họp … về các điều khoản …"
_TALKED_ABOUT = re.compile(
    r"(?<!\w)(?:đàm phán|thảo luận|bàn thảo|bàn bạc|bàn|thương lượng|thương thảo|họp|hội đàm|"
    r"trao đổi|tham vấn|đối thoại|điện đàm|gặp|hòa đàm)(?!\w)(?:(?!\s*[,;:.]).){0,80}?"
    r"(?<!\w)về\s+(?:(?:các|những|một|một số)\s+)?(?:(?:điều khoản|lệnh|thỏa thuận|kế hoạch|"
    r"đề xuất|khả năng|vấn đề|tiến trình|chi tiết|nội dung|điều kiện|việc|giai đoạn)\s+)?$"
)


def _uncoded(
    ps: _Sent, out: list[Event], kind: str, texts: frozenset[str] | None = None
) -> Iterator[Any]:
    """The sentence's triggers of ``kind`` (with one of ``texts``, if given) that no event in
    ``out`` was coded from."""
    coded = coded_starts(out, ps.sent.start)
    for hit in ps.hits:
        if hit.trig.type != kind or (texts is not None and hit.trig.text not in texts):
            continue
        if hit.start not in coded:
            yield hit


def _text_events(ps: _Sent, out: list[Event], kind: str) -> Iterator[tuple[Event, int, int]]:
    """The events of ``kind`` in (a copy of) ``out`` coded from the sentence's text, with where
    their trigger starts and ends in the sentence: a drop pass may remove them from ``out``."""
    off = ps.sent.start
    for ev in list(out):
        span = ev.evidence.trigger
        if ev.type == kind and span is not None and ev.evidence.part == "text":
            yield ev, span.start - off, span.end - off


def _lists(ps: _Sent) -> list[list[Any]]:
    """The sentence's groups in order, joined into lists ("Qatar, Ai Cập, Mỹ", "A và B")."""
    lists: list[list[Any]] = []
    for g in sorted(ps.groups, key=lambda g: g.start):
        if lists and _LIST_GAP.fullmatch(ps.low[lists[-1][-1].end : g.start]):
            lists[-1].append(g)
        else:
            lists.append([g])
    return lists


def _dyad(ev: Event) -> tuple[str | None, str | None] | None:
    """The codes of the event's actor and recipient (None if it lacks one)."""
    if ev.actor is None or ev.recipient is None:
        return None
    return ev.actor.code, ev.recipient.code


def _sentence_stop(ps: _Sent, pos: int) -> int:
    """Where the sentence's first break after ``pos`` is (its end if none)."""
    brk = _SENT_BREAK.search(ps.low, pos)
    return brk.start() if brk else len(ps.low)


class ForceRules:
    """Mixin: ``self`` is a ``Coder`` (uses ``lex``…)."""

    @staticmethod
    def _aforementioned(
        cues: list[tuple[int, int, str, str]], low: str, text: str
    ) -> list[tuple[int, int, str, str]]:
        """The cues less the reporting "nói" of "nói trên" (aforementioned, see the module)."""
        kept = []
        for c in cues:
            on = _ON.match(low, c[1]) if c[3] == "report" and c[2] == "nói" else None
            if on is not None:
                rest = text[on.end() :].lstrip(" \"'“")
                if not (_SAID_ON.match(low, on.end()) or rest[:1].isupper()):
                    continue  # "hành động nói trên": aforementioned, nobody speaks
            kept.append(c)
        return kept

    def _demands_within(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop (in place) a REQUEST between two parties that do not ask each other: both named
        in the trigger's clause only after it, with no author word between ("kêu gọi ngừng bắn
        giữa hai bên ở biên giới A - B"), both the dyad asked ("kêu gọi cả hai bên") or asking
        ("Hai bên kêu gọi Mỹ …"), or both in the one coordinated subject before it ("A và B kêu
        gọi …")."""
        for ev, trig, end in _text_events(ps, out, "REQUEST"):
            if ev.actor is None or ev.recipient is None:
                continue
            codes = (ev.actor.code, ev.recipient.code)
            asked = _PARTIES.match(ps.low, end)
            if asked and not asked.group("at") and not self._named_before(ps, codes[0], trig):
                out.remove(ev)  # "kêu gọi cả hai bên": the dyad is asked, it does not ask
                continue
            clause = self._clause_start(ps, trig)
            if not ev.evidence.spans and any(
                p.kind == "dyad" and clause <= p.start and p.end <= trig
                for g in ps.groups
                for p in g.phrases
            ):
                out.remove(ev)  # "Hai bên kêu gọi Mỹ …": the two ask, not each other
                continue
            pair = next(
                (
                    g
                    for g in ps.groups
                    if g.start >= end and {p.code for p in self._participants(g)} >= set(codes)
                ),
                None,
            )
            if pair is not None and not _AUTHOR_AFTER.search(ps.low[end : pair.start]):
                out.remove(ev)  # "kêu gọi ngừng bắn ở biên giới A - B": the pair is asked
                continue
            where: list[list[int]] = [[], []]
            for g in ps.groups:
                for p in self._participants(g):
                    for k, c in enumerate(codes):
                        if p.code == c and p.start is not None and p.start >= clause:
                            where[k].append(p.start)
            if not all(where):
                continue
            if all(x >= end for w in where for x in w):
                first = min(x for w in where for x in w)
                if not _AUTHOR_AFTER.search(ps.low[end:first]):
                    out.remove(ev)  # both in what is demanded
                continue
            if any(x >= end for w in where for x in w):
                continue
            if any(
                g.end <= trig
                and (
                    {p.code for p in self._participants(g)} >= set(codes)
                    or any(p.kind == "dyad" for p in g.phrases)
                )
                for g in ps.groups
            ):
                out.remove(ev)  # "A và B kêu gọi …": co-askers

    @staticmethod
    def _weapon_parties(out: list[Event]) -> None:
        """Drop (in place) the events one of whose parties is a weapon's short name."""
        for ev in list(out):
            if any(p is not None and p.code in _WEAPONS for p in (ev.actor, ev.recipient)):
                out.remove(ev)

    def _ceasefire_bystanders(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop (in place) a RETREAT made or suffered by a go-between of the ceasefire, and one
        whose trigger is the topic of talks ("đàm phán về lệnh ngừng bắn", see the module)."""
        if not any(ev.type == "RETREAT" for ev in out):
            return
        mediators: set[str] = set()
        for chain in _lists(ps):
            before = ps.low[max(0, chain[0].start - 30) : chain[0].start]
            if _GO_BETWEEN_BEFORE.search(before) or _GO_BETWEEN_AFTER.match(ps.low, chain[-1].end):
                mediators.update(p.code for g in chain for p in self._participants(g))
        for ev, trig, _end in _text_events(ps, out, "RETREAT"):
            if ev.actor is None or ev.recipient is None:
                continue
            if {ev.actor.code, ev.recipient.code} & mediators:
                out.remove(ev)  # "theo thỏa thuận do Qatar làm trung gian": Qatar ceases nothing
                continue
            if _TALKED_ABOUT.search(ps.low[self._clause_start(ps, trig) : trig]):
                out.remove(ev)  # "đàm phán về lệnh ngừng bắn": talks, no ceasefire yet

    def _economic_attacks(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop (in place) an ASSAULT whose target is an economy, a sector or trade: its object
        after the trigger ("tấn công vào nền kinh tế Y") or the subject that suffers it ("ngành
        thép của Y đã bị tiêu diệt"); see the module."""
        for ev, trig, end in _text_events(ps, out, "ASSAULT"):
            if _ECONOMY_OBJ.match(ps.low, end):
                out.remove(ev)  # "tấn công có chủ ý vào nền kinh tế Y"
                continue
            clause = self._clause_start(ps, trig)
            if _SUFFERED.search(ps.low[clause:trig]) and _ECONOMY_SUBJ.match(ps.low, clause):
                out.remove(ev)  # "ngành nhôm của Y đã bị tiêu diệt bởi X"

    def _calls_to_end_fighting(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """REQUEST A -> Y for "A kêu gọi chấm dứt xung đột tại Y" when the call names no one
        asked (see the module); Y is a state named right after "tại/ở/trên lãnh thổ"."""
        extra: list[Event] = []
        for hit in _uncoded(ps, out, "REQUEST", _CALLS):
            end = _END_FIGHTING.match(ps.low, hit.end)
            if end is None:
                continue
            place = next(
                (
                    g
                    for g in ps.groups
                    if g.start >= end.end() and _WHERE.fullmatch(ps.low[end.end() : g.start])
                ),
                None,
            )
            if place is None:
                continue
            states = self._states([place])
            extra += self._subject_events(doc, ps, hit, ctx, "REQUEST", states, seen)
        return extra

    def _also_asked(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """REQUEST A -> Y for "A <reporting verb> <what it reports>, đồng thời kêu gọi Y …" when
        the call was coded for no one (see the module): A is the reporting verb's subject."""
        extra: list[Event] = []
        for hit in _uncoded(ps, out, "REQUEST", _CALLS):
            also = _AT_THE_SAME_TIME.search(ps.low[: hit.start])
            if also is None:
                continue
            subj = None
            for cue in reversed([c for c in ps.cues if c[3] == "report" and c[1] <= also.start()]):
                said = type(hit)(cue[0], cue[1], hit.trig)
                subj, _agent, passive = self._subject(ps, self._clause_start(ps, cue[0]), said)
                if passive or not self._participants(subj):
                    subj = None  # "Reuters dẫn tuyên bố từ X nhấn mạnh": the nearest who speaks
                    continue
                break
            if subj is None:
                continue
            recips, _after, between = self._object(ps, hit, _sentence_stop(ps, hit.end))
            if not recips or between:
                continue
            if self._modality(ps, hit, also.end(), ps.hits) != "asserted":
                continue
            targets = self._participants(recips[0])
            extra += self._asserted_events(doc, ps, hit, ctx, "REQUEST", subj, targets, seen)
        return extra

    def _sent_not_against(self: Any, ps: _Sent, out: list[Event]) -> None:
        """A MOBILIZE that lists ("đưa … vào danh sách") is dropped, one for search, rescue or
        relief becomes AID, one whose weapons strike at once becomes ASSAULT (in place; see the
        module); an event already coded under the new type is not doubled."""
        for ev, _trig, end in _text_events(ps, out, "MOBILIZE"):
            if _LISTED_NOT_SENT.match(ps.low, end):
                out.remove(ev)  # "đưa quân đội X vào danh sách trừng phạt"
                continue
            new = None
            if _RESCUE.match(ps.low, end):
                new = "AID"  # "triển khai máy bay đến Y để tìm kiếm …"
            elif _WEAPONS_TO_STRIKE.match(ps.low, end):
                new = "ASSAULT"  # "triển khai 23 UAV tấn công Y"
            if new is None:
                continue
            pair = _dyad(ev)
            if pair is not None and any(o.type == new and _dyad(o) == pair for o in out):
                out.remove(ev)
                continue
            self.lex.types[new].recode(ev)

    def _sanctioned_bodies(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """SANCTION A -> Y for "A trừng phạt … đối với 6 công ty ở Y" when the trigger was coded
        for no one (see the module); Y (and the states listed with it) a state."""
        extra: list[Event] = []
        lists = _lists(ps)
        for hit in _uncoded(ps, out, "SANCTION"):
            stop = _sentence_stop(ps, hit.end)
            # the list from the first party after the trigger, if it is such a place
            chain = next((c[k:] for c in lists for k, g in enumerate(c) if g.start >= hit.end), [])
            if not chain or not _SANCTIONED_BODIES.fullmatch(ps.low[hit.end : chain[0].start]):
                continue
            states = self._states([g for g in chain if g.start < stop])
            extra += self._subject_events(doc, ps, hit, ctx, "SANCTION", states, seen)
        return extra

    def _aided_people(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """AID A -> Y for "A viện trợ … cho các nạn nhân bão lũ tại Y" when the trigger was
        coded for no one: aid to the people of a state goes to that state (wave 13)."""
        extra: list[Event] = []
        for hit, states in self._place_targets(ps, out, "AID", _AIDED_PEOPLE):
            extra += self._subject_events(doc, ps, hit, ctx, "AID", states, seen)
        return extra

    def _struck_in(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """ASSAULT X -> Y for "X tiến hành các vụ tấn công tại Y" when the attack was coded for
        no one (see the module); Y a state named right after "tại/ở/trên lãnh thổ"."""
        extra: list[Event] = []
        for hit, states in self._place_targets(ps, out, "ASSAULT", _STRUCK_IN, _STRIKES):
            if not _STRIKE_DONE.search(ps.low[max(0, hit.start - 40) : hit.start]):
                continue  # "chia buồn về vụ tấn công ở Y": no one's act in this clause
            extra += self._subject_events(doc, ps, hit, ctx, "ASSAULT", states, seen)
        return extra

    def _place_targets(
        self: Any,
        ps: _Sent,
        out: list[Event],
        kind: str,
        gap: re.Pattern[str],
        texts: frozenset[str] | None = None,
    ) -> Iterator[tuple[Any, list[Any]]]:
        """(trigger, states) for each trigger of ``kind`` coded for no one whose first party
        after it, in its sentence, follows a ``gap`` of that form ("tại Y", "cho người dân ở
        Y")."""
        for hit in _uncoded(ps, out, kind, texts):
            stop = _sentence_stop(ps, hit.end)
            place = next((g for g in ps.groups if hit.end <= g.start < stop), None)
            if place is not None and gap.fullmatch(ps.low[hit.end : place.start]):
                yield hit, self._states([place])

    def _states(self: Any, groups: list[Any]) -> list[Any]:
        """The parties of ``groups`` coded as states."""
        return [p for g in groups for p in self._participants(g) if _STATE.fullmatch(p.code or "")]

    def _subject_events(
        self: Any,
        doc: Any,
        ps: _Sent,
        hit: Any,
        ctx: Any,
        kind: str,
        targets: list[Any],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """``_asserted_events`` from the active subject of the trigger's clause, when the
        trigger is asserted there (none if no ``targets``)."""
        if not targets:
            return []
        clause = self._clause_start(ps, hit.start)
        subj, _agent, passive = self._subject(ps, clause, hit)
        if subj is None or passive or self._modality(ps, hit, clause, ps.hits) != "asserted":
            return []
        return self._asserted_events(doc, ps, hit, ctx, kind, subj, targets, seen)

    def _asserted_events(
        self: Any,
        doc: Any,
        ps: _Sent,
        hit: Any,
        ctx: Any,
        kind: str,
        subj: Any,
        targets: list[Any],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """Asserted ``kind`` events from each party of ``subj`` to each of ``targets`` that the
        coder's checks keep and the sentence has not coded yet (``seen`` is updated)."""
        extra: list[Event] = []
        for a in self._participants(subj):
            for b in targets:
                ev = self._event(doc, ps, hit, ps.hits, a, b, "asserted", 0.6, ctx, False)
                if ev is not None and ev.type == kind and ev.modality == "asserted":
                    keep_new(ev, seen, extra)
        return extra

    def _named_before(self: Any, ps: _Sent, code: str | None, pos: int) -> bool:
        """Is ``code`` named in the sentence before ``pos``?"""
        return any(
            p.code == code and p.start is not None and p.start < pos
            for g in ps.groups
            for p in self._participants(g)
        )

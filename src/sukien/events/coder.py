"""Codes the events of one document, sentence by sentence, from its structure.

For each trigger of the lexicon found in a sentence (and passing its constraints):

* **actor**: the nearest phrase group before the trigger in its clause (a clause starts after a
  reporting verb, "rằng", "theo X," or ";"), so the reporter of reported speech is never the
  actor of what is reported; in a passive ("A được/bị B đón tiếp") B acts on A; for a noun
  trigger with no subject, "của/do/bởi X" after it.
* **recipient**: "giữa A và B" after the trigger (both parties), else its direct object, else the
  phrase after a preposition (với, cùng, tới, cho, đối với…). A list gives one event per member.
* **references**: "hai bên", "hai nước"… resolve to the dyad of the meeting under way (the last
  CONSULT/AGREE dyad within a few sentences) or to the two parties named in the sentence. A
  meeting with only its guest named (a clause with no subject) takes the article's most
  mentioned actor as host. Nothing else is borrowed from other sentences.
* **modality**: planned, hoped, denied, hypothetical from cues before the trigger in its clause;
  a trigger inside the content of a request or threat ("kêu gọi X ngừng tấn công") is
  hypothetical; a trigger that is the topic of another ("hội đàm về hợp tác") is no event.

Events need a coded actor and a coded recipient that differ. Offsets in the evidence are
document offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import combinations

from sukien.document import Actor, Document, Entity, Event, Evidence, Sentence, Span
from sukien.events.actors import NOT_RECEIVING, ActorRules
from sukien.events.allocations import AllocationRules
from sukien.events.answered import AnsweredRequestRules
from sukien.events.background import BackgroundRules
from sukien.events.cooperation import CooperationRules
from sukien.events.cosubject import CoSubjectRules
from sukien.events.dating import DATE_BOUND
from sukien.events.defiance import DefianceRules
from sukien.events.departures import DepartureRules
from sukien.events.enumerations import EnumerationRules
from sukien.events.force import ForceRules
from sukien.events.framing import FramingRules
from sukien.events.grounds import (
    ChainedJudgeRules,
    DenialScopeRules,
    DeniedChargeRules,
    GroundsRules,
    WarningRules,
)
from sukien.events.labels import LabelRules
from sukien.events.launches import LaunchRules
from sukien.events.lexicon import COMMA as _COMMA
from sukien.events.lexicon import Lexicon, Trigger, kept_lower, load_lexicon, phrase_regex
from sukien.events.meetings import MeetingRules
from sukien.events.mentions import (
    VI_LOWER,
    Group,
    Mention,
    Phrase,
    default_actor_code,
    groups,
    phrases,
    quote_spans,
    sentence_mentions,
    state_titles,
    title_words,
    titles,
)
from sukien.events.modality import OWN_CLAUSE, ModalityRules
from sukien.events.obligations import ObligationRules
from sukien.events.patterns import CALLED_WHAT, PatternRules, home_pair
from sukien.events.pledges import _APPROVALS, THANKS, PledgeRules, not_a_price
from sukien.events.precision import PrecisionRules
from sukien.events.refusals import RefusalRules
from sukien.events.reported import ReportedRules
from sukien.events.retorts import RetortRules
from sukien.events.sanctions import SanctionRules
from sukien.events.sourced import HARMED, SourcedRules
from sukien.events.stances import StanceRules
from sukien.events.statements import StatementRules
from sukien.events.territory import TerritoryRules
from sukien.events.vows import VowRules

CONTEXT_SENTENCES = 6  # how long the dyad of a meeting stays "the two sides"
_CLASSIFIERS = frozenset(
    ["việc", "các", "những", "cuộc", "sự", "vấn", "đề", "chuyến", "buổi", "vòng", "một", "vụ"]
)
# judging an act that happened: "lên án cuộc tấn công của X" (not "cáo buộc", an allegation)
_CONDEMN = frozenset(
    ["lên án", "chỉ trích", "phản đối", "hoan nghênh", "ca ngợi", "phê phán", "đánh giá cao"]
)
# thanks (the pledges' THANKS), congratulations, praise of a party for what it did: "cảm ơn Y
# đã …" thanks Y
_CREDITING = re.compile("|".join(sorted({*THANKS, "cảm tạ", "chúc mừng", "khen ngợi", "ca ngợi"})))
# between a proposal and the talks it proposes: "đề xuất (sớm) tổ chức (một cuộc) đàm phán"
_TALKS_OPENER = re.compile(
    r"(?:\s+(?:sớm|tổ chức|tiến hành|mở|mở lại|nối lại|khởi động|bắt đầu|có|một|cuộc|các|vòng"
    r"|những|buổi))*\s*"
)
# what the talks are, then "với" before the party: "đàm phán quân sự (cấp cao) với Y"
_WITH_PARTNER = re.compile(r"(?:\s+[^\s,;.:]+){0,3}?\s+(?:với|cùng)\s+")
# an approval of a deal or package named as such ("phê duyệt thương vụ bán …", "gói …")
_APPROVED_SALE = re.compile(r"\s+(?:(?:một|các|những)\s+)?(?:thương vụ|gói|hợp đồng)(?!\w)")
# what "hai bên/hai nhà lãnh đạo" say to or of a third party named as the object
_SPOKEN_TO_THIRD = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "PROTEST"})
# an order or a title conferred, and the word naming its holder after its name
_DECORATION = re.compile(r"huân chương|huy chương|kỷ niệm chương|danh hiệu")
_GIVEN_TO = re.compile(r"(?<!\w)(?:tặng|cho|trao tặng|trao cho)(?!\w)")
_WELCOME = ("hoan nghênh", "chào đón", "chào mừng", "đánh giá cao", "ca ngợi")
_NOUNS = ("lệnh ", "biện pháp ", "gói ", "chiến dịch ")  # noun triggers ("lệnh trừng phạt")
_INTENSE = frozenset(["mạnh", "mẽ", "kịch", "liệt", "gay", "gắt", "quyết", "cực", "lực"])
_NOMINAL = frozenset(["cuộc", "chuyến", "buổi", "vòng", "các", "những", "vụ", "gói", "trận"])
_NOMINAL |= {"đòn", "đợt", "loạt", "mức", "khoản"}  # "đòn tập kích", "khoản viện trợ"
# the subject undergoes the noun event that follows ("Ukraine hứng chịu đợt tập kích của Nga")
_UNDERGO = re.compile(
    r"\s*(?:(?:đã|vừa|liên tục|tiếp tục|lại|cũng|đang|phải|mới)\s+)*"
    r"(?:hứng chịu|gánh chịu|hứng|chịu|trải qua|đối mặt với|đối mặt|bị|vấp phải|"
    r"(?:là|trở thành)\s+(?:mục tiêu|nạn nhân)(?:\s+chính)?\s+của)"
    r"(?:\s+(?:thêm|một|các|những|nhiều|hàng loạt|liên tiếp|cuộc|đợt|đòn|loạt|vụ|trận|lệnh|"
    r"biện pháp|gói))*\s*"
)
# clause breaks; quotes are not ("Bắc Kinh "kiên quyết phản đối" …"), nor a full stop before a
# lower-case word ("Ferdinand Marcos Jr. đã nhất trí"), nor an ellipsis before one: it closes an
# enumeration, not the clause ("Argentina, Chile và Peru,...ủng hộ")
_BREAK = re.compile(rf"[;:!?]|\.(?![.…]*\s*[{VI_LOWER}0-9])")
# a passive's agent named as what a party owns or commands, right after "bị/được": "bị tàu
# chiến của Hải quân B", "bị lực lượng của B", "bị máy bay B" is plain and handled elsewhere
_AGENT_OF = re.compile(
    r"\s*(?:(?:các|những|một|hai|ba|nhiều|\d+)\s+)?(?:[^\s,.;:!?()]+\s+){1,6}của\s+"
)
# what may stand between that owner and the passive verb: "(đã) bắt giữ"
_AGENT_TAIL = re.compile(r"\s*(?:(?:đã|vừa|mới)\s+)?")
# a reporting word followed by its owner, the subject of a judgement, is a noun: "tuyên bố của
# Y là sai sự thật", "thông báo từ phía Y là …"
_OWNED_NOUN = re.compile(r"\s+(?:của|từ phía)\s+[^,.;:!?\"“”]{1,60}?\s(?:là|đều là)(?!\w)")
_CANCEL = frozenset(["hủy", "hủy bỏ", "hoãn", "tạm hoãn", "trì hoãn"])
_DENY_GAP = frozenset(
    ["hề", "từng", "được", "có", "bao", "giờ", "thể", "chịu", "muốn", "dám", "còn", "tiếp", "tục"]
    + ["cuộc", "chuyến", "buổi", "bất", "kỳ"]  # "không có (bất kỳ) cuộc gặp (trực tiếp) nào"
    + ["bỏ", "phiếu", "đồng", "ý"]  # "không bỏ phiếu thông qua", "không đồng ý ký"
    + ["chính", "thức", "công", "khai", "trực"]  # "chưa bao giờ chính thức xin lỗi" (wave 18)
    + ["tổ", "chức", "tiến", "hành"]  # "không tổ chức đối thoại nhân quyền" (wave 19)
)
_ANAPHOR = re.compile(r"^\s*(?:này|trên|đó|nói trên|vừa qua)(?!\w)")
# what follows these in a clause is requested, threatened, alleged or refused, not done
_REQUESTING = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
# a forceful act a warning foresees its object doing: "cảnh báo Y đang chuẩn bị / có thể <act>"
_FORESEEN = re.compile(
    r"\s+(?:(?:vẫn|đang|sắp|có thể|có ý định|tiếp tục)\s+)*"
    r"(?:(?:chuẩn bị|lên kế hoạch|âm mưu|tìm cách|sắp|có thể)\s+)"
    r"(?:(?:cho|mở|phát động|tiến hành|thực hiện)\s+)?(?:(?:một|các|những|cuộc|đợt)\s+)*"
)
# what a warning says its object is plotting, whatever the act: "đang tìm cách can thiệp …"
_PLOTTED = re.compile(r"(?<!\w)(?:chuẩn bị|lên kế hoạch|âm mưu|tìm cách)(?!\w)")
# a measure discussed, its target after "đối với / nhằm vào": "thảo luận gói trừng phạt … đối với Y"
_MEASURE_TO = re.compile(
    r"\s*(?:về\s+)?(?:(?:việc|khả năng|các|những|một|gói|biện pháp|lệnh|đợt|mức)\s+)*"
    r"(?:(?:trừng phạt|cấm vận|thuế|áp thuế|hạn chế|áp đặt|biện pháp)(?:\s+[^\s,;.]+){0,6}?"
    r"\s+(?:đối với|nhằm vào|lên|chống lại)|(?:trừng phạt|cấm vận)(?:\s+(?:mới|thêm))?"
    r"|(?:(?:tăng cường|mở rộng)\s+)?(?:viện trợ|hỗ trợ)(?:\s+[^\s,;.]+){0,3}?"
    r"\s+(?:cho|dành cho))\s*"
)
_MODAL_RANK = {"denied": 0, "hypothetical": 1, "hoped": 2, "planned": 3}
# words that end a direct object ("cảnh báo tình hình trên bán đảo X": X is not the object)
_OBJECT_STOP = re.compile(
    r"(?<!\w)(?:trên|dưới|trong|ngoài|gần|quanh|khắp|tại|ở|về|nhằm|để|vì|khi|nếu|rằng|là|thì|mà|"
    r"bên lề)(?!\w)"
)
# a noun trigger framed as a time or place ("trong khuôn khổ chuyến thăm") borrows no host
_FRAME = re.compile(
    r"(?:^|\s)(?:trong|tại|sau|trước|bên lề|nhân|dịp|khuôn khổ|thời gian)"
    r"(?:\s+(?:một|các|những|cuộc|chuyến|buổi|vòng))*$"
)
# what may open a clause whose subject is left out ("Khi gặp …", "Sau khi hội đàm với …")
_BARE_CLAUSE = re.compile(
    r"(?:(?:ngoài ra|đồng thời|bên cạnh đó|cùng ngày|sau đó|trước đó)\s*,?\s*)?"
    r"(?:khi|sau khi|trước khi|lúc|nhân|trong khi|trong lúc|tại|cũng)?(?:\s+(?:đã|cũng|có))*"
)
_ATTEND = re.compile(r"(?:^|\s)(?:bên lề|tại|trong|tham dự|dự|trước|sau|ở|tới|đến)$")
_OWNED = ("công dân", "người dân", "chính phủ", "lãnh đạo", "quân đội", "thủ đô", "lãnh thổ",
          "đại sứ quán", "người", "bộ", "các", "ngoại trưởng", "tổng thống")  # fmt: skip
_TERRITORY = ("lãnh thổ", "không phận", "lãnh hải", "vùng biển", "biên giới", "thủ đô")
_STANCE = ("bày tỏ sự", "thể hiện sự", "có sự", "đạt được sự", "đạt sự", "đưa ra lời",
           "nhấn mạnh sự", "khẳng định sự", "dành sự", "bày tỏ lời", "gửi lời")  # fmt: skip
# acts whose target may be the state of the place they happen in (when none is named; and a
# withdrawal, not a ceasefire "ở Syria", wave 19)
_PLACED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# handing back with two parties as the subject and no one handed to: each to the other
_HANDED_BACK = frozenset({"trao trả", "giao trả", "bàn giao hài cốt"})
# a launch told in the passive: "(rocket) được phóng/bắn từ X vào Y" names X as who fired
_FIRED_FROM = re.compile(r"(?:phóng|bắn|nã)(?!\w)")
# the act just told named again as a noun, in the same clause: "… trong một đợt tấn công"
_SAME_ACT = re.compile(
    r"^[^,;:.]*?(?<!\w)trong\s+(?:(?:một|các|những|loạt)\s+)?(?:cuộc|đợt|loạt|chiến dịch)\s*$"
)
_COORD = re.compile(r"(?:,\s*|(?<!\w))(?:và|rồi|sau đó|đồng thời|tiếp đó|cũng như)(?!\w)")
_APPOSED = re.compile(r",\s*(?:nước|người|quốc gia|thành viên|đồng minh|nơi)(?:\s+\w+){0,4}\s*$")
# natural features before a name of their own ("sông Indus", "biển Caspi"); not the knowledge
# base's other heads of place names (a port or an airport attacked names its state)
_GEO_NOUNS = ("sông", "biển", "vịnh", "hồ", "núi", "đảo", "bán đảo", "eo biển", "dãy núi", "kênh")
# a protest made through diplomatic channels is a formal one (wave 18)
_VIA_CHANNELS = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt)\s+)?qua\s+(?:các\s+)?kênh ngoại giao"
)
_NOTE_TO_COME = re.compile(r"(?<!\w)(?:sẽ|sắp|dự kiến|có thể|định|kế hoạch|chuẩn bị)(?!\w)")
# a diplomatic note sent: a "phản đối" after it in its clause is a formal protest (wave 18)
_NOTE_SENT = re.compile(r"(?<!\w)(?:gửi|trao|chuyển)\s+(?:một\s+)?(?:công hàm|kháng thư)(?!\w)")
# a weapon's maker after "do Y": "tên lửa do Mỹ sản xuất" (wave 17)
_MADE = re.compile(r"\s*(?:sản xuất|chế tạo|phát triển|thiết kế)(?!\w)")
# a launch aimed into places ("phóng hơn 100 tên lửa và UAV vào các thành phố …"), wave 17
# (wave 18) or a count of places: "bắn tên lửa vào 6 địa điểm ở Y", "vào hàng chục mục tiêu"
_AIMED_INTO = re.compile(
    r"(?:\s+[^\s,;.:!?()]+){1,8}?\s+vào\s+(?:các|những|nhiều|một số|\d+|hai|ba|bốn|năm|sáu|"
    r"bảy|tám|chín|mười|hàng chục|hàng trăm|hàng loạt|loạt)\s"
)
_ANAPHORIC_OBJ = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|quyết liệt|thẳng thừng)\s+)?"
    r"(?:(?:(?:các|những)\s+)?(?:cáo buộc|chỉ trích|thông tin|tuyên bố|yêu cầu|đề nghị|"
    r"lời buộc tội|biện pháp|quyết định|động thái|hành động|đề xuất|kế hoạch|sáng kiến|"
    r"dự thảo|thỏa thuận|vụ việc|mức thuế|lệnh cấm|lệnh trừng phạt|chính sách|hiệp định|"
    r"lời đe dọa|lời đe doạ|phát biểu|phát ngôn|lời lẽ|luận điệu|hành vi|lời kêu gọi|"
    r"thông báo|bình luận|nhận xét|biện pháp trừng phạt|lệnh trừng phạt mới|phán quyết)"
    r"\s+(?:này|đó|trên|nói trên|mới nhất|mới|vừa qua)(?!\w)"
    r"|(?:mọi|tất cả các|toàn bộ|bất kỳ|bất cứ)\s+(?:sự\s+)?"
    r"(?:cáo buộc|chỉ trích|thông tin|liên quan|dính líu|can dự)(?!\w)"
    # "(X) đã phản đối qua kênh ngoại giao.": against the one who just acted (wave 18)
    r"|qua\s+(?:các\s+)?kênh ngoại giao\s*[.;]"
    r")"
)
_HONORIFIC = frozenset(["ông", "bà", "ngài", "người", "đồng", "cấp", "phía", "chính", "phủ"])
# "A là (một trong những) nước …": what follows describes A, whose verb it is
_COPULA_KIND = re.compile(
    r"(?<!\w)là\s+(?:một trong\s+)?(?:(?:những|các|số ít|số)\s+)?"
    r"(?:nước|quốc gia|thành viên|đồng minh|đối tác|nền kinh tế)(?!\w)"
)
# a second owner in a list of sanctioned or attacked things: "…, cùng 3 tổ chức của B"
_OWNED_TOO = re.compile(
    r"\s*,?\s*(?:và|cùng|cùng với)\s+(?:[\d.,]+|các|những|một số|nhiều)\s+"
    r"(?:[\w-]+\s+){1,3}của\s*"
)
# the subject reacts to an act named after it, which is someone else's
_REACTING = re.compile(
    r"\s*(?:(?:đã|vừa|cũng|lập tức|ngay lập tức|không|chưa)\s+)*"
    r"(?:(?:phản ứng|phẫn nộ|tức giận|lên tiếng|bình luận|bày tỏ lo ngại|lo ngại)"
    r"(?:\s+(?:giận dữ|gay gắt|mạnh mẽ|quyết liệt|ngay))?\s+(?:trước|với|về|sau)"
    # (wave 19) a request answered: "Y (không) phản hồi đề nghị của X" is X's request
    r"|(?:phản hồi|trả lời|hồi đáp)(?:\s+(?:lại|với))?)"
    r"(?:\s+(?:quyết định|động thái|việc|hành động|kế hoạch|các|những|cuộc|vụ|lệnh|đợt|đòn|"
    r"loạt|biện pháp|lời))*\s*"
)
# a comma and a coordinator open a predicate of its own: a cue before it is not the next verb's
_NEW_PREDICATE = re.compile(r",\s*(?:cũng như|đồng thời|và đồng thời|ngoài ra còn)(?!\w)")
# "(để) đáp trả việc X …", "… (các) cuộc không kích của X": the act answered happened
_ANSWERED = re.compile(
    r"(?<!\w)(?:đáp trả|trả đũa|đáp lại|trả thù)(?:\s+lại)?\s+"
    r"(?:(?:các|những|hàng loạt|một loạt|loạt)\s+)?"
    r"(?:việc|vụ|hành động|động thái|cuộc|đợt|loạt)(?!\w)"
)
# "(lên) tới/đến 50%": what follows is an amount
_AMOUNT_UP_TO = re.compile(r"\s*(?:(?:tới|đến)\s+)?(?:(?:hơn|gần|khoảng|mức|con số)\s+)?\d")
# two verbs of one subject sharing the object named after the second ("kiên quyết phản đối và
# yêu cầu X …", "lên án, đồng thời kêu gọi X …"): the gap between them
_SHARED_OBJECT = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|quyết liệt|thẳng thừng|nghiêm khắc)\s*)?"
    r"(?:,\s*)?(?:và|đồng thời|và đồng thời|cũng như)?\s*"
    r"(?:(?:kiên quyết|mạnh mẽ|cũng|đã|sẽ|cực lực|nghiêm khắc)\s+)*"
)
_SHARING = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})
# what may follow a reporting verb when its subject is also the reported verb's
_SAME_SUBJECT = frozenset(
    ["sẽ", "đã", "đang", "vừa", "mới", "sẵn", "không", "chưa", "muốn", "quyết", "cũng", "tiếp"]
)
# a verb that carries a noun trigger right after a reporting verb ("tuyên bố áp đặt …")
_LIGHT_VERB = re.compile(
    r"\s*(?:áp đặt|áp dụng|áp|đưa ra|ban hành|tiến hành|thực hiện|phát động|mở|trao|cấp|"
    r"gửi|công bố|triển khai|tăng cường|mở rộng|nối lại|khởi động|gia hạn|duy trì|tái áp đặt|"
    r"siết chặt|hủy|hủy bỏ|hoãn|đình chỉ)\s+(?:thêm\s+)?"
    r"(?:các|những|một|loạt|gói|đợt|lệnh|biện pháp|cuộc|chiến dịch|công hàm|lời)(?!\w)"
)
# a time clause with no subject of its own: "Sau khi gặp X, <subject> …"
_ADVERBIAL = re.compile(
    r"\s*(?:(?:ngay|cùng ngày|cũng)\s+)?(?:sau khi|khi|trước khi|trong khi|lúc|trong lúc)"
    r"(?:\s+(?:đã|vừa|có|tiến hành))*\s*"
)
# what follows the one urged when no act is asked of them ("kêu gọi Y về …", "kêu gọi Y và …")
_NOT_ASKED = re.compile(
    r"\s*(?:,|và|về|vì|do|trong|tại|ở|sau|khi|liên quan|đối với|với|cho|cùng|hôm|ngày|"
    r"đồng thời|nhưng|song)(?!\w)"
)
# a diplomat summoned or sent away: "đại sứ X (tại Y) bị triệu tập (lên Bộ Ngoại giao Y)",
# "… là persona non grata", "không còn được chào đón"
# "Theo Bộ Quốc phòng Nhật Bản, nước này …": a state's own organ cited, then the state
# "Theo Bộ Ngoại giao X, (Bộ Ngoại giao) nước này …", "Theo hãng thông tấn A của X, Bộ …
# nước này": the state of the source
_OWN_SOURCE = re.compile(
    r"\s*theo\s(?=[^,;]*(?<!\w)(?:bộ|chính phủ|nhà nước|quân đội|văn phòng|phủ tổng thống|"
    r"hãng thông tấn|hãng tin|thông tấn xã)(?!\w))"
    r"[^,;]*,\s*(?:(?:bộ|các|chính phủ|quân đội|người phát ngôn)(?:\s+[^\s,;]+){0,3}\s+)?"
)
_ENVOY = re.compile(
    r"(?<!\w)(?:đại sứ|cao ủy|đại biện|đặc phái viên|nhà ngoại giao|bí thư thứ nhất|tham tán|"
    r"tùy viên|đại diện ngoại giao)(?!\w)"
)
_REBUFF = re.compile(
    r"(?<!\w)(?:(?P<summons>(?:đã |vừa |cũng )?(?:bị (?:bộ ngoại giao \w+ )?triệu tập|"
    # "bị/được triệu (tập) lên Bộ Ngoại giao Y": the ministry after it names the host (wave 18)
    r"(?:bị|được) triệu(?: tập| kiến)?(?= (?:lên|tới|đến) )))|"
    r"(?:là|thuộc diện|là người|bị tuyên bố là|bị coi là)\s*[\"“']?\s*persona non grata|"
    r"(?:là|thuộc diện) (?:nhân vật |người )?không được (?:hoan nghênh|chào đón)|"
    r"không (?:còn )?được (?:hoan nghênh|chào đón))(?!\w)"
)
_TO_MINISTRY = re.compile(r"\s*(?:lên|tới|đến|tại)\s+(?:trụ sở\s+)?(?:bộ ngoại giao|điện)")
_DECLARES = re.compile(r"(?<!\w)(?:tuyên bố|coi|xem|tuyên)(?!\w)")
# who hosts or mediates a meeting rather than meets: "do A và B đồng tổ chức / làm trung gian"
_CO_HOST_AFTER = re.compile(
    r"\s*(?:(?:đã|cùng|đứng ra)\s+)*(?:đồng tổ chức|đồng chủ trì|làm trung gian|bảo trợ|"
    r"dàn xếp|môi giới|đóng vai trò trung gian)(?!\w)"
)
_CO_HOST_BEFORE = re.compile(
    r"(?:trung gian|dàn xếp|bảo trợ|môi giới)(?: hòa giải)? của(?: các| những)?\s*$"
)
# partners named after "với": "thảo luận với giới chức Mỹ và Ai Cập"
_PARTNER_PREP = re.compile(
    r"(?<!\w)(?:với|cùng)(?:\s+(?:các|những|giới chức|quan chức|lãnh đạo|đại diện|phái đoàn|"
    r"chính phủ|nhà trung gian|phía))*\s*$"
)
_ADVERBIAL_PASSIVE = re.compile(
    r"\s*(?:ngay\s+)?(?:sau khi|khi|trước khi|trong khi|lúc)(?:\s+(?:đã|vừa|liên tục))*"
    r"\s+(?:bị|được)\s*"
)
# a measure adopted in the passive: "(lệnh trừng phạt …) được X thông qua" (wave 19)
_PASSIVE_BY = re.compile(
    r"(?<!\w)(?:đã\s+|vừa\s+|chính thức\s+)*(?:được|bị)(?:\s+[^\s,;:.]+){0,2}\s*$"
)
_NOT_YET = re.compile(r"(?<!\w)(?:sẽ|sắp|có thể|dự kiến|chưa|không|nếu|cần|phải)(?!\w)")
_ADOPTING = re.compile(
    r"\s*(?:chính thức\s+)?(?:thông qua|công bố|áp đặt|ban hành|đưa ra|áp dụng|phê duyệt|"
    r"phê chuẩn|thực thi|gia hạn)(?!\w)"
)
# a passive verb's agent told right after it: "bị bắt giữ bởi X", "bị trục xuất theo quyết
# định của X"
_BY_AGENT = re.compile(
    r"\s*(?:bởi|theo\s+(?:quyết định|lệnh|sắc lệnh|chỉ thị|phán quyết)\s+của)(?!\w)"
)
# a sentence opening with a passive participle clause: "Bị Israel tấn công, Iran …", "Được
# Trung Quốc ủng hộ, Pakistan …" (wave 19)
_FRONTED_PASSIVE = re.compile(r"\s*(?:(?:đã|vừa|từng)\s+)?(?:bị|được)\s*")
# "đưa X vào danh sách trừng phạt": X is sanctioned
_LISTED = re.compile(
    r"(?<!\w)(?P<verb>đưa|thêm|bổ sung|liệt)(?:\s+(?:tên|thêm))?\s+"
    r"(?:[^,;:.]{1,80}?)(?P<into>\s+(?:vào|lên)\s+danh sách)(?:\s+\w+){0,2}\s*$"
)
_LISTED_AT = re.compile(
    r"(?<!\w)(?P<verb>đưa|thêm|bổ sung|liệt)(?:\s+(?:tên|thêm))?\s+"
    r"(?:[^,;:.]{1,80}?)(?P<into>\s+(?:vào|lên))\s*$"
)
# the subject is something said before: "Hành động này bị Ai Cập lên án"
_ANAPHORIC_SUBJ = re.compile(
    r"\s*(?:(?:các|những)\s+)?(?:hành động|hành vi|động thái|quyết định|vụ tấn công|"
    r"cuộc tấn công|vụ việc|kế hoạch|chính sách|bước đi|việc|điều|các cáo buộc|cáo buộc|"
    r"tuyên bố|lệnh cấm|biện pháp|lệnh trừng phạt)\s+(?:này|đó|trên|nói trên)"
    r"\s+(?:(?:đã|cũng|ngay lập tức|lập tức|đang)\s+)*(?:bị|được)\s*"
)
# commas inside an object: a list closed by "và", or an aside ", bao gồm …,"
_LISTED_OBJECT = re.compile(r"[^,;:()\"“”]*(?:,[^,;:()\"“”]*)+\svà\s[^,;:()\"“”]*")
_ASIDE_OBJECT = re.compile(
    r"[^,;:]*,\s*(?:bao gồm|gồm|trong đó có|trong đó|cụ thể là)\s[^,;:]*,\s*"
)
# "trục xuất nhà ngoại giao của nhiều nước, trong đó có A và B": the members named; "gồm" and
# "bao gồm" name the members of a set with or without a comma ("7 nước Mỹ Latinh gồm A, B và C")
_EXPANDED = re.compile(
    r"[^,;:]{1,60}(?<!\w)(?:nước|quốc gia|đối tác|đồng minh|bên)(?:[^,;:]{0,20},\s*"
    # "các đồng minh phương Tây, đặc biệt là Mỹ và Đức, …" (wave 17)
    r"(?:bao gồm|gồm|trong đó có|kể cả|cụ thể là|đặc biệt là|nhất là|chủ yếu là)"
    r"|[^,;:]{0,40}\s(?:bao gồm|gồm))(?:\s+cả)?\s*"
)
# people held or freed, then those of a state among them ("trả tự do cho hơn 100 tù nhân, trong
# đó có một công dân Nhật Bản", "bắt giữ 8 người, trong đó có hai công dân Anh"), wave 19
_HELD_AMONG = re.compile(
    r"(?:\s*(?:cho\s+)?[^,;:]{1,40})?,\s*(?:trong đó có|bao gồm|gồm|kể cả)(?:\s+cả)?\s+"
    r"(?:(?:một|hai|ba|bốn|năm|\d+|các|những|nhiều)\s+)?(?:công dân|người|nhà báo|thủy thủ|"
    r"ngư dân|binh sĩ|tù nhân|thuyền viên|nhà hoạt động|du khách|nhân viên|"
    # ships seized among others: "bắt giữ hai tàu chở dầu, trong đó có một tàu của Hy Lạp"
    r"(?:chiếc\s+)?tàu(?:\s+(?:chở dầu|chở hàng|hàng|cá))?(?:\s+(?:của|mang cờ|treo cờ))?)\s*"
)
_ASIDE_IN = re.compile(r",\s*(?:bao gồm|gồm|trong đó có|trong đó|cụ thể là)\s[^,;:]*,")
# an envoy posted to a state: "triệu hồi đại sứ (của nước này) tại X"
# aid "cho" a programme or people "tại/ở Y": Y is the one aided ("tài trợ 10 triệu USD cho chương
# trình rà phá bom mìn tại Lào", "viện trợ cho người dân ở Gaza"; wave 18)
_AIDED_AT = re.compile(
    r".{0,60}(?<!\w)(?:cho|dành cho)\s+(?:các\s+|những\s+)?(?:chương trình|dự án|người dân|"
    r"nhân dân|nạn nhân|người tị nạn|người tỵ nạn|hoạt động|nỗ lực|công tác|trẻ em|bệnh viện)"
    r"(?:\s+[^\s,;:]+){0,8}?\s+(?:tại|ở)\s+$"
)
_POSTED = re.compile(
    r"\s*(?:(?:toàn bộ|tất cả)\s+)?(?:(?:các|hai|một|những)\s+)?"
    r"(?:đại sứ|cao ủy|đại biện|nhà ngoại giao|đặc phái viên)"
    r"(?:\s+(?:lâm thời|của mình|của họ|của nước này|của nước mình|nước này))?"
    r"\s+(?:tại|ở)\s+(?:thủ đô\s+)?"
)
# words before "hai bên/hai nước" that make them others than the subject's pair
_BETWEEN_WORDS = ("giữa", "với", "cho", "tới", "đến", "và")
# after a trigger naming a mission: where one's own mission is ("đóng cửa đại sứ quán tại Y")
_MISSION_AT = re.compile(
    r"\s*(?:(?:của mình|của nước này|nước này|của họ)\s+)?(?:tại|ở)\s+(?:thủ đô\s+)?"
)
_OWN_ENVOY = re.compile(r".*\s(?:của nước này|nước này|của mình|nước mình|của nước mình)")
# a light verb with its recipient before the noun trigger: "trao cho X gói viện trợ"
_FRONTED = re.compile(
    r"(?<!\w)(?:trao|dành|cấp|gửi|chuyển|tặng|trao tặng|áp|áp đặt|áp dụng|đưa ra|công bố|"
    r"thông qua|phê duyệt|ban hành|tung ra)\s+(?:cho|lên|đối với|với|tới|đến)(?!\w)"
)
# the purpose clause of a gift: "(goods or a sum) để|nhằm giúp|giúp cho X <verb>" (wave 19)
_PURPOSE_OF = re.compile(r"(?:\s+[^\s;.:!?]+){1,14}?\s+(?P<to>để|nhằm giúp|để giúp|giúp cho)\s+")
# verbs of consent whose "để Y <verb>" names the party let act
_CONSENT_TO_ACT = frozenset({"đồng ý", "chấp thuận", "bật đèn xanh"})
# a lower-case verb right after the party ("để Việt Nam xử lý"), not a list or a clause end
_VERB_NEXT = re.compile(
    r"\s+(?:(?:có thể|tự|từng bước|kịp thời|nhanh chóng)\s+)?(?!và\b|cùng\b|với\b|của\b)[a-zà-ỹđ]"
)
# a pair of people referred back to ("hai nhà lãnh đạo", "hai bộ trưởng"): those of the talks
_PEOPLE_REF = re.compile(
    r"(?:cả\s+)?(?:hai|2)\s+(?:nhà lãnh đạo|lãnh đạo|nguyên thủ|tổng thống|thủ tướng|chủ tịch|"
    r"ngoại trưởng|bộ trưởng|người đồng cấp)(?!\w)"
)
_NOUN_HEADS = frozenset(
    ["gói", "khoản", "lệnh", "các", "những", "một", "loạt", "đợt", "biện", "pháp", "số", "tiền"]
)
_GIVEN = frozenset({"AID", "SANCTION", "COOPERATE", "CONCEDE"})
# receiving aid: the subject is the recipient ("nhận viện trợ từ X", "tiếp nhận … do X viện trợ")
_RECEIVE = re.compile(
    rf"(?<!\w){NOT_RECEIVING}(?:nhận|nhận được|tiếp nhận|được nhận)"
    r"(?:\s+(?:thêm|các|những|gói|khoản|lô|số|một|đợt|chuyến hàng|hàng|tiền))*(?:\s|$)"
)
_RECEIVED_AID = re.compile(
    rf"(?<!\w){NOT_RECEIVING}(?:nhận|nhận được|tiếp nhận|được nhận)"
    r"(?:\s+(?:thêm|các|những|gói|khoản|lô|số|một|đợt|hàng|tiền))*\s+(?P<aid>viện trợ|hỗ trợ)(?!\w)"
)
_AID_RECEIVED = Trigger("viện trợ", "AID", None)
# arms received from a giver named after "từ": "Ukraine nhận được lô máy bay F-16 đầu tiên từ
# Đan Mạch" is the giver's aid to the subject (wave 17)
_RECEIVED_ARMS = re.compile(
    rf"(?<!\w){NOT_RECEIVING}(?:nhận|nhận được|tiếp nhận|được nhận)"
    r"(?:\s+(?:thêm|các|những|lô|số|một|đợt|chuyến hàng|hàng|\d+|chiếc|khẩu|bộ|tổ hợp))*"
    r"\s+(?P<aid>máy bay chiến đấu|máy bay|tiêm kích|chiến đấu cơ|vũ khí|xe tăng|tên lửa|"
    r"hệ thống phòng không|đạn dược|đạn pháo|khí tài|xe bọc thép|thiết giáp|pháo)(?!\w)"
    r"(?=[^,;.:!?]{0,40}?\s(?:từ|từ phía)\s)"
)
# a reason clause with no subject of its own: "… vì (đã) bán vũ khí cho Đài Loan"
_REASON = re.compile(
    r"(?<!\w)(?:vì|bởi vì|do|vì lý do|với lý do|vì đã|do đã|bởi đã)"
    r"(?:\s+(?:đã|từng|liên tục|tiếp tục|đang|có hành vi|hành vi))*\s*$"
)
# "đã" closing the one thanked: "cảm ơn B đã (kịp thời) viện trợ"
_THANKED_DID = re.compile(
    r"(?<!\w)đã(?:\s+(?:luôn|kịp thời|tích cực|nhiệt tình|hào phóng|không ngừng))*\s*$"
)
# the empty reason right before the help a headline thanks for ("cảm ơn B hỗ trợ …")
_BARE_THANKED = re.compile(r"")
# verbs of endorsement whose object may go on to an act of its own, wished for (wave 18)
_ENDORSING = frozenset({"ủng hộ", "tán thành", "khuyến khích", "cổ vũ", "tạo điều kiện cho"})
_ENDORSED_GAP = re.compile(r"\s*(?:(?:sớm|tiếp tục|cùng|cùng nhau|trực tiếp)\s+)?")
# verbs that act on someone for what they did
_JUDGING = frozenset({"SANCTION", "ACCUSE", "SUPPORT", "THREATEN", "COERCE", "REJECT"})
# a second verb of the same subject after a reporting verb ("ông X nói, đồng thời cáo buộc")
_ALSO = re.compile(r"\s*,?\s*(?:đồng thời|và đồng thời|và|rồi|sau đó|nhưng)\s+(?:\w+\s+)?")
# a second verb joined to a first: "(phản đối) và sẽ (có biện pháp đáp trả)"
_JOINED_VERB = re.compile(
    r"\s*,?\s*(?:và đồng thời|đồng thời|và)\s+(?:(?:sẽ|đã|cũng|sẵn sàng|kiên quyết)\s+)*"
)
# what opens a noun phrase: after "công bố", "thông báo" it is the object, not a new clause
_NOUN_OPENERS = frozenset(["một", "các", "những", "gói", "khoản", "thương vụ", "kế hoạch", "lệnh"])
# a bound before an amount ("hơn", "khoảng", "gần" 570 triệu USD)
_APPROX_BEFORE = re.compile(
    r"(?<!\w)(?:hơn|khoảng|gần|tới|lên tới|lên đến|trên|dưới|chừng|xấp xỉ|ít nhất|tổng cộng)\s+$"
)
# a condemnation pointing back at "the incident" judges the author of the last hostile act
_JUDGING_ACTS = frozenset({"ACCUSE", "PROTEST"})
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
# the acts a retaliatory strike answers (a sanction is answered otherwise)
_STRUCK = frozenset({"ASSAULT", "COERCE"})
# an attack with no target named, made in retaliation: "(tiến hành) không kích để đáp trả"
_RETALIATING = re.compile(
    r"[^.;:!?,]{0,30}?(?<!\w)(?:để|nhằm)?\s*(?:đáp trả|trả đũa|đáp lại|trả thù)\s*[.;,!?]?\s*$"
)
# a document named after its verb: its title may run long before "với Y"
_DOCUMENT_OBJECT = re.compile(
    r"\s+(?:(?:các|một|những|bản|văn bản)\s+)?(?:thỏa thuận|hiệp định|hiệp ước|bản ghi nhớ|"
    r"biên bản ghi nhớ|văn kiện|tuyên bố chung|thông cáo chung|công ước|hợp đồng|"
    r"kế hoạch hành động)"
    r"(?!\w)"
)
# what parts a phrase from the verb after it: that verb is no predicate of the phrase
_NOT_A_CLAUSE = re.compile(r"[,;:()\"“”]|(?<!\w)(?:và|song|nhưng|cũng như|đồng thời)(?!\w)")
# a phrase these prepositions introduce is told, given or joined, never a clause subject
_TO_WHOM = re.compile(r"(?:^|\s)(?<!đối\s)(?:cho|với|tới|đến|sang)$")
# a spokesperson named by whose they are: "người phát ngôn (của) …"
_SPOKESMAN_OF = re.compile(
    r"(?<!\w)(?:người phát ngôn|phát ngôn viên|người đại diện|văn phòng)\s*$"
)
# the subject is what the act targets: "A là/trở thành (các) đối tượng (bị) trừng phạt"
_TARGETED = re.compile(
    r"\s*(?:[-–—]\s*)?(?:(?:vốn|đã|cũng|sẽ|đều|vẫn)\s+)*"
    r"(?:(?:là|trở thành)\s+(?:(?:các|những|một)\s+)?"
    r"(?:đối tượng|mục tiêu)(?:\s+(?:bị|của|chịu))?|thuộc diện|nằm trong diện)\s*"
)  # "Novatek, vốn đã thuộc diện trừng phạt của Mỹ": under Y's sanctions (wave 18)
# a fronted occasion: "Nhân dịp (đồng chí) X được bầu …, "
_OCCASION = re.compile(r"\s*(?:nhân dịp|nhân)\s+(?P<body>[^,;]{3,160}?)\s*,")
# a purpose, an act named or a relative clause between a party and a later passive
_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:nhằm|để|việc|mà)(?!\w)")
# a meeting noun's partner right after it: "cuộc hội đàm với X"
_WITH_AFTER = re.compile(r"\s+với\s")
# a pact named after the city of its signing ("Hiệp định Paris", "thỏa thuận Minsk")
_PACTS = ("hiệp định", "thỏa thuận", "hiệp ước", "công ước", "nghị định thư", "thỏa ước")
# a meeting noun framing the clause: "Sau/Trong (một) cuộc hội đàm với X, Y …"
_FRONTED_TALKS = re.compile(
    r"\s*(?:sau|trong|tại|bên lề|nhân|ngay sau)\s+(?:(?:một|các|những)\s+)?(?:cuộc|buổi)\s*"
)
# "quyết định trừng phạt của X": a noun heading the act, its author right after the trigger
_OF_RIGHT_AFTER = re.compile(r"\s+của\s")
_ACT_HEADS = ("quyết định", "động thái", "chính sách", "kế hoạch", "hành động", "chiến dịch")
# an incident's author named right after it: "vụ tấn công của/do/bởi X"
_AUTHOR_AFTER = re.compile(r"\s*(?:của|do|bởi)(?!\w)")
# types whose object before the recipient phrase is often long ("phóng hàng trăm … vào Israel")
_LONG_OBJECT = frozenset({"ASSAULT", "AID", "MOBILIZE", "SANCTION", "CONCEDE", "RETREAT"})
# an unnamed crowd acts for the country it is in ("người biểu tình xông vào … tại Baghdad")
_CROWD = re.compile(r"(?<!\w)(?:người biểu tình|đám đông|người dân|dân chúng)(?!\w)")
# events whose two parties become "hai bên" for what follows (commentary by third parties not)
_TWO_SIDED = frozenset(
    {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "AID"}
)
# a statement issued: "X đã ra/đưa ra/công bố (một/bản) tuyên bố (chung)", "tuyên bố chung của X"
_ISSUED = re.compile(
    r"(?<!\w)(?:(?:ra|đưa ra|công bố|phát đi|ban hành|thông qua|ký|nhất trí thông qua)\s+"
    r"(?:một\s+|bản\s+|một bản\s+)?(?:tuyên bố|thông cáo)(?:\s+chung)?(?!\s+của)"
    r"|(?:tuyên bố|thông cáo)(?:\s+chung)?\s+(?P<of>của))(?!\w)"
)
# talks held (a meeting trigger), and a sentence set at them ("Nhân hội đàm, hai bên …", "Tại
# cuộc gặp, hai nhà lãnh đạo …"): its "hai bên" are the talks' sides
_TALKS = re.compile(r"(?<!\w)(?:hội đàm|gặp|họp|thượng đỉnh|điện đàm|hội kiến|tiếp kiến)(?!\w)")
_AT_TALKS = re.compile(
    r"^\W*(?:nhân|tại|trong|sau|trong khuôn khổ|bên lề)\s+(?:(?:cuộc|buổi)\s+)?"
    r"(?:hội đàm|gặp|gặp gỡ|họp|hội kiến|tiếp kiến|điện đàm|hội nghị thượng đỉnh|"
    r"cuộc hội đàm|thượng đỉnh)(?!\w)"
)
# who holds a place: "thành phố bị IS kiểm soát", "rơi vào tay phiến quân X"
_HOLDER_BEFORE = re.compile(
    r"(?:^|\s)(?:(?P<pas>bị|do)|rơi vào tay|nằm trong tay|nằm dưới sự kiểm soát của"
    r"|từ tay|khỏi tay)"
    r"(?:\s+(?:phiến quân|lực lượng|nhóm|tổ chức|quân|nhóm phiến quân|các tay súng))?$"
)
_HOLDER_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?"  # "do Nhà nước Hồi giáo (IS) kiểm soát"
    r"(?:kiểm soát|chiếm giữ|chiếm đóng|chiếm|nắm giữ|chiếm được|quản lý)(?!\w)"
)
# clashes are fought by both sides: "A và B đụng độ", "giao tranh giữa A và B"
_MUTUAL = frozenset({"giao tranh", "đụng độ", "đấu súng", "đấu pháo", "trao đổi hỏa lực"})
# "A và B cáo buộc (lẫn) nhau", "đổ lỗi cho nhau", "nổ súng vào nhau": each acts on the other;
# "… các nhà ngoại giao của nhau"; a hostile act also on "đối phương" or "qua lại" (back and
# forth: "tấn công qua lại", wave 11) (_RECIPROCAL, its superset)
_OF_EACH_OTHER = re.compile(r"(?:\s+[^\s,;.]+){1,4}?\s+của\s+nhau(?!\w)")
# "trao trả thi thể binh sĩ cho nhau": what is handed over, then to each other
_TO_EACH_OTHER = re.compile(r"(?:\s+[^\s,;.]+){1,6}?\s+cho\s+nhau(?!\w)")
_EACH_OTHER = re.compile(r"\s*(?:(?:cho|vào|với|nhằm vào)\s+)?(?:lẫn\s+)?nhau(?!\w)")
_RECIPROCAL = re.compile(
    r"\s*(?:(?:cho|vào|với|nhằm vào|nhằm)\s+)?(?:lẫn\s+nhau|nhau|qua lại|đối phương|phía bên kia|"
    r"bên còn lại|phía còn lại)(?!\w)"
)
# retaking a place attacks its holder ("mở cuộc tấn công nhằm giành lại thành phố X")
_RETAKE = re.compile(r"(?<!\w)(?:giành lại|chiếm lại|tái chiếm|lấy lại|giải phóng)(?!\w)")
# force or sanctions promised on a condition are a threat ("A có thể cấm vận B nếu …")
# a judgement suffered ("A vấp phải sự chỉ trích từ B") or stirred ("việc A … đã gây ra sự
# phản đối của B"): B judges A
# "từ" right after a suffered noun, an intensifier at most before it: "chỉ trích (gay gắt) từ "
_FROM_ONLY = re.compile(r"\s*(?:(?:gay gắt|mạnh mẽ|dữ dội|kịch liệt)\s+)?từ\s*")
_SUFFER = re.compile(
    r"(?:^|\s)(?:gặp phải|vấp phải|bị|hứng chịu|đối mặt với|chịu|nhận|gây ra|gây|làm dấy lên|"
    r"dấy lên|khơi dậy|vấp)"
    r"(?:\s+(?:nhiều|những|các))?\s+(?:sự|lời)$"
)
# judging a past act ("cho rằng Mỹ đã đúng khi ném bom …") does not report it anew
_JUDGED = re.compile(r"(?:^|\s)(?:đúng|sai|sai lầm|đúng đắn)\s+khi(?:\s+(?:đã|quyết định))?$")
# a year in the past opening the clause ("Năm 1945, …", "hồi năm 2014", "từ năm 2009")
_PAST_YEAR = re.compile(r"(?<!\w)(?:năm|hồi|hồi năm|từ năm|vào năm)\s+(1[89]\d\d|20\d\d)(?!\w)")
# "lần đầu tiên … kể từ năm 2016": the year bounds a count the act is measured against, the act
# itself is news
_COUNTED_SINCE = re.compile(r"(?<!\w)(?:lần đầu|đầu tiên|lần thứ)(?!\w)")
_ACT = re.compile(
    r"\s*(?:(?:các|những|mọi)\s+)?(?:hành động|hành vi|động thái|chính sách|âm mưu|tội ác)(?!\w)"
)
# a carrier of relief that is the object of a blocking or an attack ("Israel chặn tàu Madleen chở
# hàng viện trợ tới Gaza", "tấn công đoàn xe chở viện trợ"): the vehicle carries the aid, the
# subject gives none (wave 17)
# a route for relief closed ("phong tỏa mọi tuyến đường đưa hàng cứu trợ vào Gaza"): no aid
_ROUTE_BLOCKED = re.compile(
    r"(?<!\w)(?:phong tỏa|chặn|ngăn chặn|cắt đứt|cắt|đóng cửa|đóng|cản trở)\s+"
    r"(?:(?:toàn bộ|mọi|tất cả|các|những)\s+)*(?:tuyến đường|con đường|tuyến|hành lang|cửa khẩu|"
    r"ngả đường|lối|cửa ngõ|đường)(?:\s+[^\s,;.]+){0,3}\s*$"
)
# an act one party consents to another's doing: "đồng ý/chấp thuận/bật đèn xanh cho Y gia nhập"
_CONSENTED_TO = re.compile(
    r"(?<!\w)(?:đồng ý|chấp thuận|bật đèn xanh|nhất trí|phê chuẩn|phê duyệt)\s+"
    r"(?:cho(?!\s+phép)|để)\s+(?:[^\s,;.]+\s+){1,5}(?:được\s+)?$"
)
_CARRIER_STOPPED = re.compile(
    r"(?<!\w)(?:chặn|ngăn chặn|chặn bắt|bắt giữ|thu giữ|tịch thu|khám xét|tấn công|không kích|"
    r"bắn vào|nổ súng vào|đánh chìm|chiếm|đột kích|lên|kéo)\s+(?:(?:các|những|một|hai|ba|\d+)\s+)?"
    r"(?:(?:chiếc|con|đoàn)\s+)?"
    r"(?:tàu|tàu thuyền|thuyền|đoàn tàu|đội tàu|xe|xe tải|đoàn xe|máy bay)"
    r"(?:\s+[^\s,;:.]+){0,3}\s+$"
)
# a claim of responsibility or a light verb before an incident noun: "nhận trách nhiệm về (các)
# vụ tấn công", "thực hiện vụ tấn công" say who did it (wave 17)
_CLAIMED = re.compile(
    r"(?<!\w)(?:(?:nhận|lãnh|thừa nhận|đứng ra nhận|tuyên bố chịu|nhận lãnh)\s+trách nhiệm"
    r"\s+(?:về|cho)|thực hiện|tiến hành)(?:\s+(?:các|những|một|hai|ba|loạt|\d+))*"
    r"(?:\s+(?:vụ|cuộc|đợt))?\s*$"
)
_COUNT = re.compile(
    r"^(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|nhiều|một loạt|hàng loạt)"
    r"(?:\s+(?:bản|văn bản))?\s+"
)
_PURCHASE = re.compile(r"(?<!\w)(?:mua|đặt mua|đặt hàng|mua sắm)(?!\w)")
_VOW = re.compile(
    r"(?:^|\s)(?:tuyên bố|thề|khẳng định|cam kết)"  # đe dọa, cảnh báo are threats themselves
    r"(?:\s+(?:rằng|là))?\s+(?:sẽ|có thể sẽ)(?:\s+(?:tiếp tục|áp đặt|áp|đưa ra|tiến hành|"
    r"mở|thực hiện))?$"
)
# a visit named as a noun, whose destinations may be listed before its visitor ("của X")
_VISIT_NOUN = re.compile(r"chuyến (?:thăm|công du|công tác)")
# verbs of summoning or expelling envoys, whose objects may be listed by their envoys
_ENVOY_VERBS = frozenset({"triệu", "triệu tập", "triệu kiến", "trục xuất"})
# "X và (các/những/một …) <up to 3 words> Y" after a REQUEST or envoy verb: a second recipient
_COORD_RECIPIENT = re.compile(
    r"\s*(?:,\s*)?và\s+(?:(?:các|những|một|hai|ba|\d+)\s+)?(?:[\w\-]+\s+){0,3}"
)
# investing in or breaking ground on a project "tại X" is cooperation with X's state
_INVEST = frozenset({"đầu tư", "khởi công", "dự án đầu tư"})
_FORCEFUL = frozenset({"SANCTION", "ASSAULT", "COERCE"})
# the cues opening a condition ("nếu Y …")
_IF = ("nếu", "trong trường hợp")
# physical acts: "từ X" after them is where something came from, never the target
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})
# said to someone: a town or region named as the object is what is spoken of, not the addressee
# a speaker, a colon and "we" opening what is said (a headline or a lead): "X: Chúng tôi …"
_SAID_WE = re.compile(r"(?P<who>[^:;.!?\"“”]{2,80}):\s*chúng (?:tôi|ta)(?!\w)")
_SPOKEN = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT"})
# "A, được B yểm trợ, …", "A, một thành viên của Liên đoàn Arab (AL), …": asides about A
_ASIDE = re.compile(
    r",\s*(?:(?:được|bị)\s[^,]*,|(?:một|là|cũng là)\s+(?:(?:nước|quốc gia)\s+)?"
    r"(?:thành viên|đồng minh|đối tác|láng giềng)(?!\w)[^,]*(?:,|$))"
)
_PLACE_NAME = re.compile(
    r"\s+(?:(?:TP\.?|thành phố|thị trấn|thủ phủ|tỉnh|khu vực|quận|huyện|làng)\s+)?"
    r"(\w[\w'-]*(?:\s+\w[\w'-]*){0,3})"
)
# "…, buộc/khiến X phải đáp trả": the subject of the clause drives X to threaten
# people of a state named as the object of an act, then charged by pronoun: "trục xuất tùy viên
# quân sự Nga, cáo buộc ông này …", "bắt giữ hai công dân Pháp, cáo buộc họ …"
_CHARGED_PEOPLE = re.compile(
    r"(?<!\w)(?:công dân|tùy viên|nhà ngoại giao|phóng viên|nhà báo|binh sĩ|thủy thủ|ngư dân|"
    r"thuyền viên|doanh nhân|điệp viên|quan chức|nhân viên)(?:\s+[^\s,;.:!?()]+){1,6},\s*"
    r"(?:đồng thời\s+|và\s+)?(?:cáo buộc|tố|tố cáo|buộc tội|nghi ngờ|cho rằng)\s*$"
)
_CAUSE = re.compile(r"(?:^|\s)(?:buộc|khiến|ép|khiến cho|làm cho)$")
# an attack's toll counted in a state's people: "… đã khiến ít nhất 50 người Palestine thiệt
# mạng", "làm hai binh sĩ Ukraine bị thương": that state is its target
_TOLL_BEFORE = re.compile(
    r"(?<!\w)(?:khiến|làm|làm cho|gây thương vong cho)(?:\s+[^\s,;.:!?()]+){0,5}?\s+"
    r"(?:người|binh sĩ|binh lính|dân thường|thường dân|công dân|lính|quân nhân|nhân viên|trẻ em|"
    r"ngư dân|thủy thủ)\s*$"
)
_TOLL_AFTER = re.compile(rf"\s+(?:(?:đã|bị)\s+)?{HARMED}(?!\w)")
# a means, not a party: "(nhờ|với|dưới) sự trung gian của Y"
_BROKERED_BY = re.compile(
    r"(?<!\w)(?:nhờ|với|dưới|qua|thông qua)\s+(?:sự|vai trò)\s+(?:trung gian|môi giới|dàn xếp)"
    r"(?:\s+hòa giải)?\s+của(?:\s+(?:các|những))?\s*$"
)
# the victims of an attack named before it ("Ba binh sĩ Mỹ thiệt mạng trong cuộc tấn công …")
_VICTIM_GAP = re.compile(
    rf"\s+(?:(?:đã|bị)\s+)?{HARMED}(?:\s+(?:và|hoặc)\s+(?:bị thương|mất tích))?"
    r"\s+(?:trong|sau|do|vì|bởi)"
    r"(?:\s+(?:các|một|hai|ba|những|loạt|nhiều))?(?:\s+(?:cuộc|vụ|đợt|trận))?\s*"
)
# a toll told in people of no state named ("đã làm 8 người thiệt mạng")
_BARE_TOLL = re.compile(
    r"(?<!\w)(?:khiến|làm|làm cho)(?:\s+[^\s,;.]+){0,4}?\s+(?:người|dân thường|thường dân|"
    rf"trẻ em)\s+(?:(?:đã|bị)\s+)?{HARMED}(?!\w)"
)
# leaders witnessing a signing agree through it ("dưới sự chứng kiến của A và B, … đã ký …")
_WITNESS_BEFORE = re.compile(
    r"(?:^|\s)(?:dưới sự|có sự|với sự)\s+(?:chứng kiến|tham dự|hiện diện)(?:\s+của)?$"
)
# (wave 17) the leaders' own talks before it ("A và B đã hội đàm và chứng kiến lễ ký …") and a
# handover said bare with its count ("chứng kiến trao 9 văn kiện hợp tác")
_WITNESS_AFTER = re.compile(
    r"\s*(?:(?:và|đã|cùng|đã cùng|cũng|sau đó|rồi|hội đàm|hội kiến|gặp|gặp gỡ)\s+)*"
    r"(?:chứng kiến|dự|tham dự)\s+"
    r"(?:(?:lễ|buổi lễ)\s+(?:ký|trao)|việc ký|việc trao|trao\s+(?:đổi\s+)?(?:các\s+|\d+\s+)?"
    r"văn kiện)"
)
_SIGNING = re.compile(
    r"(?<!\w)(?:(?:lễ|buổi lễ|sự kiện)\s+(?:ký|trao)|ký kết|ký|trao\s+(?:đổi\s+)?"
    r"(?:các\s+|\d+\s+)?văn kiện)(?!\w)"
)
_WITNESSED = Trigger("chứng kiến", "AGREE", "sign")
# an offer to mediate before the mediation trigger: "đề nghị (đứng ra) làm (nước) trung gian"
_MEDIATION_OFFER = re.compile(r"(?<!\w)(?:đề nghị|đề xuất|sẵn sàng|ngỏ ý)(?:\s+\S+){0,4}\s*$")
# what provoked a sanction or a threat: "… sau khi Washington thông báo …"
_PROVOKED = re.compile(
    r"(?<!\w)(?:sau khi|sau vụ|(?:để|nhằm)?\s*(?:đáp trả|trả đũa)(?: lại)? việc)(?!\w)"
)
# an incident named bare as an object ("lên án vụ tấn công", "các cuộc không kích")
_INCIDENT_OBJ = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt)\s+)?(?:(?:các|những)\s+)?(?:vụ|cuộc)\s+"
    r"(?:tấn công|không kích|đánh bom|tập kích|pháo kích|oanh tạc|phục kích|ám sát|sát hại|"
    r"xả súng|bắt cóc)"
    r"(?:\s+(?:khủng bố|bằng \w+(?: \w+){0,3}))?(?!\w)"
)
# the path confidence of an event not (yet) done, as a share of the asserted one's
UNASSERTED_SHARE = 0.8
# triggers with a quantity inside, which the lexicon's fixed phrases cannot spell
_N = r"\s+(?:khoảng\s+|hơn\s+|gần\s+)?[\d.,]+\s*"
# a count in words too ("trao đổi hàng trăm tù binh", "thả thêm nhiều ngư dân"), wave 19
_NQ = (
    rf"(?:{_N}|\s+(?:(?:thêm|tổng cộng)\s+)?(?:hàng chục|hàng trăm|hàng nghìn|hàng ngàn|nhiều|"
    r"các|những|thêm)\s+)"
)
# a small count in words ("điều thêm hai tàu chiến", "cử vài chuyên gia")
_NW = r"\s+(?:thêm\s+)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|một số)\s+"
_MONEY_UNIT = r"(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:usd|đô la|euro|eur|aud|yên|bảng|nhân dân tệ|rúp)"
_CAPTIVES = r"(?:công dân|tù nhân|tù binh|ngư dân|thủy thủ|con tin|nhà báo|binh sĩ|thuyền viên)"
_COUNTED = (
    # buying a share of a company ("mua (lại) 8,771% cổ phần của X"): cooperation with X
    (
        re.compile(rf"(?<!\w)(?:mua|mua lại|sở hữu|nắm giữ){_N}%\s+cổ phần(?=\s+của)"),
        Trigger("mua cổ phần", "COOPERATE", "economic", frozenset({"of"})),
    ),
    (
        re.compile(rf"(?<!\w)trao đổi{_NQ}(?:tù binh|tù nhân)(?!\w)"),
        Trigger("trao đổi tù binh", "CONCEDE", "release", frozenset({"mutual"})),
    ),
    (
        re.compile(rf"(?<!\w)(?:thả|phóng thích|trả tự do cho){_NQ}{_CAPTIVES}(?!\w)"),
        Trigger("thả", "CONCEDE", "release"),
    ),
    # a sum or goods given ("cấp 5 triệu AUD cho X", "trao tặng Lào 20 xe cứu thương")
    (
        re.compile(rf"(?<!\w)(?:cấp|tặng|trao tặng|cấp thêm){_N}{_MONEY_UNIT}(?!\w)"),
        Trigger("cấp", "AID", "economic", frozenset({"obj"})),
    ),
    (
        # a ministry as the one given to ("trao tặng Bộ Y tế Việt Nam 50 máy thở", wave 17)
        re.compile(r"(?<!\w)(?:trao tặng|tặng)(?=(?:\s+[\w-]+){0,6}\s+[\d.,]+\s+\w)"),
        Trigger("tặng", "AID", "humanitarian", frozenset({"obj"})),
    ),
    # "gửi tặng Đảng, Nhà nước và nhân dân Lào số tiền 500.000 USD": a sum named as such
    (
        re.compile(
            r"(?<!\w)(?:trao tặng|tặng)(?=(?:[\s,]+\w+){0,9}?\s+(?:số|khoản)\s+tiền(?:\s+mặt)?"
            r"\s+(?:khoảng\s+|hơn\s+|gần\s+)?[\d.,]+\s+\w)"
        ),
        Trigger("tặng", "AID", "humanitarian", frozenset({"obj"})),
    ),
    # people sent, counted between the verb and who they are ("cử hàng trăm bác sĩ sang Y",
    # "điều thêm 3.000 binh sĩ tới Y"), as the lexicon's "cử bác sĩ", "cử binh sĩ" (wave 19)
    (
        re.compile(
            rf"(?<!\w)(?:cử|gửi|điều|phái|điều động)(?:{_NQ}|{_NW})"
            r"(?:y bác sĩ|bác sĩ|nhân viên y tế|nhân viên cứu hộ|nhân viên cứu nạn|"
            r"chuyên gia cứu hộ|thành viên cứu hộ|lính cứu hỏa|"
            r"nhân viên cứu trợ)(?!\w)"
        ),
        Trigger("cử bác sĩ", "AID", "humanitarian", frozenset({"obj"})),
    ),
    (
        re.compile(
            rf"(?<!\w)(?:cử|điều|điều động|triển khai)(?:{_NQ}|{_NW})(?:binh sĩ|binh lính|lính|"
            r"quân(?!\s+(?:sự|y|nhân|đội|chủng|cảnh))|tàu chiến|chiến hạm|máy bay chiến đấu|"
            r"chiến đấu cơ|lính thủy đánh bộ)(?!\w)"
            r"(?!\s+(?:tham gia|gìn giữ|làm nhiệm vụ|đi làm nhiệm vụ|sang làm nhiệm vụ))"
        ),
        Trigger("cử binh sĩ", "MOBILIZE", "troops"),
    ),
)
# a speech act as an object ("phản đối lời kêu gọi …", "hoan nghênh đề xuất …")
_SPEECH_OBJ = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt)\s+)?(?:(?:các|những|mọi)\s+)?"
    r"(?:lời kêu gọi|lời đề nghị|đề xuất|đề nghị|yêu cầu|lời cáo buộc|cáo buộc|tuyên bố|"
    r"kế hoạch|sáng kiến|dự thảo(?: nghị quyết)?|nghị quyết|đơn xin|đơn|hồ sơ(?: xin)?|"
    r"(?:thông báo|thông điệp|phát biểu|quyết định|động thái|cam kết|bước đi|lời mời)"
    r"(?=\s+(?:của|từ)\s))(?!\w)"
)
# a report denied: the parties it tells of are no one refused, only its source ("của/từ X")
_REPORT_OBJ = re.compile(r"\s*(?:(?:các|những|mọi)\s+)?(?:thông tin|tin tức|tin đồn|tin)(?!\w)")
# a refusal trigger that names what is refused ("bác bỏ đề xuất", "bác đơn"): its object is
# read from the noun, whose author follows it (wave 19)
_NAMED_OBJECT = re.compile(r"(?<=\s)(?:đề xuất|đề nghị|yêu cầu|đơn|đơn xin|cáo buộc|kế hoạch)$")
# between a subject and its verb: aspect words and a time ("X rạng sáng nay tới Y")
_VERBAL_GAP = re.compile(
    r"\s*(?:(?:cũng|đều|đã|vừa|(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+"
    r"(?:nay|qua|mai|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?))\s*)*"
)
# a sentence framed in a meeting: "Trong cuộc điện đàm (với X), …"
_CALLED_WHAT = re.compile(CALLED_WHAT)
# a joint text issued: what follows it ("… kêu gọi X", "… lên án Y") is what it says
_STATED = re.compile(r"(?:tuyên bố|thông cáo) chung")
_SAID = _REQUESTING | {"SUPPORT"}
# a subordinate clause with its own subject: "… sau khi Y …", "… khi Y …"
_SUBORDINATE = re.compile(r"(?:^|\s)(?:sau khi|trước khi|khi|vì|bởi vì|trong khi)$")
_OFFERING = frozenset({"đề nghị", "đề xuất"})  # also "to propose, to offer"
_MEETING_FRAME = re.compile(
    r"(?<!\w)(?:trong|tại)\s+(?:cuộc|buổi)\s+(?:điện đàm|hội đàm|gặp|gặp gỡ|hội kiến|tiếp|"
    r"nói chuyện(?: qua điện thoại)?|trao đổi|đối thoại)(?!\w)"
)
# "X gọi/coi/xem/mô tả Z là vi phạm": X judges Z
_CALLED = re.compile(r"(?<!\w)(?:gọi|coi|xem|mô tả|đánh giá)(?!\w)")
# a second verb coordinated with the trigger's: what follows it is not the trigger's object
_NEXT_VERB = re.compile(
    r"(?<!\w)và\s+(?:(?:đã|cũng|đồng thời|sau đó)\s+)?(?:gửi|bày tỏ|chuyển|nói|nhấn mạnh|"
    r"khẳng định|cho biết|mong muốn|hy vọng|cam kết|tuyên bố|chia buồn)(?!\w)"
)


# what may stand before a state that is itself the subject ("Ngày 3/5, quân đội Israel …")
_SUBJECT_HEAD = re.compile(
    r"(?:^|[,;:]|\b(?:ngày|hôm|sáng|chiều|tối|đêm|tuần|tháng|qua|nay|trước|sau|đó|này)|\d)\s*"
    r"(?:(?:cả\s+)?(?:phía|chính phủ|chính quyền|quân đội|lực lượng|giới chức|nhà chức trách|"
    r"lãnh đạo|giới lãnh đạo|nhà cầm quyền|quân|nước|các lực lượng)\s*)?$"
)


@cache
def _title_end() -> re.Pattern[str]:
    body = "|".join(map(re.escape, _person_titles()))  # longest first
    return re.compile(rf"(?<!\w)(?:{body})\s*$")


@cache
def _title_next() -> re.Pattern[str]:
    body = "|".join(map(re.escape, _person_titles()))
    return re.compile(rf"\s*(?:,|và)\s+(?:(?:cựu|tân|phó)\s+)?(?:{body})(?!\w)")


def _title_commas(gap: str) -> bool:
    """Every comma of ``gap`` closes a title of the holder named after it ("hội kiến Tổng Bí
    thư, Chủ tịch Trung Quốc X": one person's two titles, wave 18)."""
    commas = [i for i, ch in enumerate(gap) if ch == ","]
    return bool(commas) and all(_title_end().search(gap, 0, i) for i in commas)


@cache
def _person_titles() -> tuple[str, ...]:
    """Lower-cased role titles of people ("ngoại trưởng", "tổng thống")."""
    return tuple(kept_lower(k) for k in titles())


# objections whose "việc Y <measure>" names a measure taken (wave 18)
_OBJECTED = frozenset(
    {"phản đối", "phản đối mạnh mẽ", "phản đối kịch liệt", "phản đối gay gắt", "cực lực phản đối"}
)
# entry bans whose passive names the banning state after "vào": "bị cấm nhập cảnh vào Y"
_ENTRY_BANS = frozenset({"cấm nhập cảnh", "cấm vào"})
_ENTRY_INTO = re.compile(r"^\s*(?:vào|đến|tới)(?:\s+(?:lãnh thổ|các nước|nước))*\s*$")
# consent verbs whose object may be an act consented to, with a target of its own (wave 18)
_CONSENT = frozenset({"nhất trí", "đồng ý", "thống nhất"})
_DONE = frozenset({"SANCTION", "ASSAULT", "COERCE"})


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    trig: Trigger


@dataclass(slots=True)
class _Sent:
    """A sentence with everything looked up once."""

    sent: Sentence
    low: str
    groups: list[Group]
    syl: list[tuple[int, int]]
    cues: list[tuple[int, int, str, str]]  # start, end, text, kind
    preps: list[tuple[int, int, str]]  # start, end, role
    values: list[Entity]
    places: list[tuple[int, int, str]] = field(default_factory=list)
    hits: list[_Hit] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted spans, relative
    # quotations running over several sentences: (relative start, end, document span)
    long_quotes: list[tuple[int, int, tuple[int, int]]] = field(default_factory=list)


@dataclass(slots=True)
class _Ctx:
    """What a document carries from sentence to sentence (only the meeting's dyad)."""

    dyad: tuple[str, str] | None = None
    dyad_sentence: int = -99
    dyad_date: str | None = None
    salient: str | None = None
    last_person: str | None = None  # for "ông", "bà"
    # the events coded so far: (sentence, actor code, recipient code, type)
    recent: list[tuple[int, str | None, str | None, str]] = field(default_factory=list)
    prev_subject: str | None = None  # the first actor of the sentence before
    # the subject of the sentence before: (code, a person or a titled state, a person at all)
    subject: tuple[str, bool, bool] | None = None
    people: list[tuple[str, str]] = field(default_factory=list)  # (role, code) as named
    last_state: str | None = None  # for "nước này"
    last_org: str | None = None  # for "tổ chức này", "liên minh này"
    last_body: str | None = None  # for "cơ quan này": an organisation or a state's body
    holders: list[tuple[str, str]] = field(default_factory=list)  # who controls a place
    between: tuple[tuple[str, str], int] | None = None  # "giữa A và B" named, and where
    states_list: tuple[list[str], int] | None = None  # "A, B và C" named, for "ba nước này"
    meeting: tuple[tuple[str, str], int] | None = None  # the last talks held, for "Tại hội đàm"
    issuer: tuple[str, int] | None = None  # who issued a statement, for "Tuyên bố chung …"


def _one_dyad(pairs: list[tuple[Phrase | str, Phrase | str]]) -> bool:
    """Do ``pairs`` relate two parties only (one pair, or one pair each way)?"""
    if len(pairs) == 1:
        return True
    codes = {frozenset(x if isinstance(x, str) else x.code for x in p) for p in pairs}
    return len(pairs) == 2 and len(codes) == 1


def _last_recent(
    ctx: _Ctx,
    i: int,
    on: str | None = None,
    not_by: str | None = None,
    types: frozenset[str] | None = None,
    since: int = 2,
) -> tuple[int, str | None, str | None, str] | None:
    """The last event coded in the ``since`` sentences up to sentence ``i``: aimed at ``on``,
    by another than ``not_by``, of one of ``types`` (each only when given)."""
    return next(
        (
            e
            for e in reversed(ctx.recent)
            if e[0] >= i - since
            and (on is None or e[2] == on)
            and (not_by is None or e[1] != not_by)
            and (types is None or e[3] in types)
        ),
        None,
    )


# what a judgement predicate may judge ("… là không thể chấp nhận được", "… là đúng đắn")
_JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_COPULA = re.compile(r"(?<!\w)(?:là|đều là|thật sự là|hoàn toàn)(?!\w)")


class Coder(
    FramingRules,
    PatternRules,
    BackgroundRules,
    PrecisionRules,
    ReportedRules,
    ActorRules,
    TerritoryRules,
    StatementRules,
    CoSubjectRules,
    SanctionRules,
    CooperationRules,
    RefusalRules,
    ForceRules,
    LaunchRules,
    DefianceRules,
    VowRules,
    ObligationRules,
    ModalityRules,
    AllocationRules,
    PledgeRules,
    GroundsRules,
    WarningRules,
    DeniedChargeRules,
    ChainedJudgeRules,
    DenialScopeRules,
    SourcedRules,
    DepartureRules,
    MeetingRules,
    EnumerationRules,
    StanceRules,
    AnsweredRequestRules,
    LabelRules,
    RetortRules,
):
    """Turns documents into events with the lexicon of ``sukien/data/events``."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        actor_code: Callable[[Entity], str | None] = default_actor_code,
    ) -> None:
        self.lex = lexicon or load_lexicon()
        self._quotes_of: Document | None = None
        self._quotes: list[tuple[int, int]] = []
        self._long_speakers: dict[tuple[int, int], str] = {}
        self.actor_code = actor_code
        self.cue_re = phrase_regex(self.lex.cues)
        self.prep_re = phrase_regex(self.lex.prepositions)
        self.topic_re = phrase_regex([t for t, _ in self.lex.topics])
        self.topic_of = dict(self.lex.topics)
        self.mode_re = phrase_regex({c for c, _, _ in self.lex.modes})

    # ------------------------------------------------------------------ document
    def code(self, doc: Document, lead: Document | None = None) -> list[Event]:
        """Every event (all modalities) stated in ``doc.text``; ``lead``: the analysed headline,
        whose list of states a body's "ba nước (châu Âu) này" may refer back to."""
        ctx = _Ctx()
        heads = [self._prepare(lead, s) for s in lead.sentences] if lead is not None else []
        for ps in heads:
            self._resolve_lists(ps, ctx, -1)
        self._title_pair(lead, ctx)  # "hai nhà lãnh đạo" of the lead: the headline's two
        sents = [self._prepare(doc, s) for s in doc.sentences]
        self._long_speakers = self._long_quote_speakers(sents)
        ctx.salient, ctx.holders = self._salient(sents), self._holders(sents)
        self._resolve_groups(sents)  # "lực lượng này", "(của) khối"
        self._forward_lists(sents)  # "14 nước lên án … . Những nước này gồm A, B, C"
        events: list[Event] = []
        for i, ps in enumerate(sents):
            self._resolve_pronouns(ps, ctx, i)
            events.extend(self._code_sentence(doc, ps, i, ctx))
            first = next(
                (p.code for g in ps.groups for p in g.phrases if p.kind == "actor" and p.code),
                None,
            )
            ctx.prev_subject = first or ctx.prev_subject
            ctx.subject = self._sentence_subject(ps)
            pair = self._between_pair(ps)
            if pair is not None:
                ctx.between = (pair, i)
        events.extend(self._allocated_aid(doc, sents, heads + sents, events))  # "bao gồm A, B"
        return events

    def _holders(self, sents: list[_Sent]) -> list[tuple[str, str]]:
        """Sentences that say who controls a place ("Mosul, thành phố bị IS chiếm giữ"), as
        (lower-cased sentence, holder's code)."""
        out: list[tuple[str, str]] = []
        for ps in sents:
            for g in ps.groups:
                m = _HOLDER_BEFORE.search(self._before(ps, g.start, 7))
                if not m or g.is_place:
                    continue
                if m.group("pas") and not _HOLDER_AFTER.match(ps.low[g.end :]):
                    continue
                holder = next((p.code for p in g.phrases if p.kind == "actor" and p.code), None)
                if holder:
                    out.append((ps.low, holder))
                    break
        return out

    def _held_target(self, ps: _Sent, ctx: _Ctx, pos: int, end: int) -> list[Phrase | str]:
        """The holder of the place retaken between ``pos`` and ``end`` ("giành lại X"), from
        this sentence or another that says who controls X; the place need not be a known
        entity (a capitalised name after the verb)."""
        for m in _RETAKE.finditer(ps.low, pos, end):
            n = _PLACE_NAME.match(ps.sent.text, m.end())
            words = n.group(1).split() if n else []
            cut = next((k for k, w in enumerate(words) if not w[0].isupper()), len(words))
            mine = [h for low, h in ctx.holders if low == ps.low]
            if not cut and mine:  # "giành lại quyền kiểm soát X từ tay Y": Y, said here
                return [mine[0]]
            if not cut:
                continue
            name = re.compile(rf"(?<!\w){re.escape(kept_lower(' '.join(words[:cut])))}(?!\w)")
            found = mine or [h for low, h in ctx.holders if name.search(low)]
            if found:
                return [found[0]]
        return []

    def _resolve_pronouns(self, ps: _Sent, ctx: _Ctx, i: int = 0) -> None:
        """ "ông"/"bà" -> the last person named, "nước này" -> the last state named (if recent)."""
        before = {
            "PER": ctx.last_person,
            "GPE": ctx.last_state,
            "ORG": ctx.last_org,
            "BODY": ctx.last_body,
        }
        here: dict[str, str | None] = {"PER": None, "GPE": None, "ORG": None, "BODY": None}
        here_end = dict.fromkeys(here, len(ps.low))
        for g in ps.groups:
            for p in g.phrases:
                for m in p.mentions:
                    if m.kind == "pronoun" and m.role:  # a bare title: its last holder named
                        m.code = next(
                            (c for r, c in reversed(ctx.people) if r == m.role),
                            next(  # "Bộ trưởng" (minister) for a foreign minister named before
                                (c for r, c in reversed(ctx.people) if r.endswith(m.role)),
                                None,
                            ),
                        )
                        # "Chủ tịch nước đã tiếp …": Viet Nam's (wave 17); not a title sharing
                        # the state of the next ("Thủ tướng và cựu Bộ trưởng Quốc phòng Israel")
                        if m.code is None and not _title_next().match(ps.low, m.end):
                            m.code = state_titles().get(m.name.lower())
                        continue
                    if m.kind == "pronoun" and m.etype == "LIST":
                        continue  # resolved by ``_resolve_lists``
                    if m.kind == "pronoun" and m.etype == "ISSUER":
                        recent = ctx.issuer and i - ctx.issuer[1] <= CONTEXT_SENTENCES
                        m.code = ctx.issuer[0] if recent else None  # type: ignore[index]
                        continue
                    if m.kind == "pronoun" and m.etype == "HOST":
                        # "A gặp B tại Paris. Nhà lãnh đạo A cảm ơn nước chủ nhà": the side of
                        # the two just met that is not the party this sentence has named
                        recent = ctx.dyad and i - ctx.dyad_sentence <= CONTEXT_SENTENCES
                        own = next(  # the first party of this sentence, a pronoun's too
                            (
                                x.code
                                for g2 in ps.groups
                                for p2 in g2.phrases
                                for x in p2.mentions
                                if x.end <= m.start and x.code and x.kind != "place"
                            ),
                            None,
                        )
                        sides = ctx.dyad if recent and own in (ctx.dyad or ()) else ()
                        m.code = next((c for c in sides if c != own), None)
                        continue
                    if m.kind == "pronoun" and m.etype == "NEIGHBOUR":
                        # "Hàn Quốc tập trận … Bình Nhưỡng cáo buộc nước láng giềng …": the
                        # subject of the sentence before, else the state named last, never
                        # the state this sentence has named so far
                        m.code = next(
                            (
                                c
                                for c in (ctx.prev_subject, ctx.last_state)
                                if c and re.fullmatch(r"[A-Z]{3}", c) and c != here["GPE"]
                            ),
                            None,
                        )
                        continue
                    if m.kind == "pronoun" and m.etype == "SPEAKER":
                        m.code = self._speaker(ps, m.start)
                        continue
                    if m.kind == "pronoun":
                        et = m.etype or "GPE"
                        if et == "THEY":  # "họ": the state or group reporting, or the last
                            et = "GPE" if here["GPE"] or not here["ORG"] else "ORG"
                        # "X cho biết (các máy bay của) nước này …": the reporter X
                        reported = any(
                            kind == "report"
                            and here_end[et] <= cs
                            and ce <= m.start
                            and self._nsyl(ps, ce, m.start) <= 8
                            for cs, ce, _t, kind in ps.cues
                        )
                        owned = self._ends(self._before(ps, m.start, 2), _OWNED)
                        territory = self._ends(self._before(ps, m.start, 2), _TERRITORY)
                        # "X cho biết nước này …", "X cảnh báo công dân nước này": X;
                        # otherwise who was named in the sentences before
                        # "Castillo bị bắt giữ tại nước này": where the state just named is,
                        # not "Đại sứ Mỹ tại nước này" (the host of an envoy)
                        at_place = (
                            et == "GPE"
                            and self._ends(self._before(ps, m.start, 1), ("tại", "ở"))
                            and not _ENVOY.search(self._before(ps, m.start, 6))
                        )
                        sourced = et == "GPE" and _OWN_SOURCE.fullmatch(ps.low[: m.start])
                        local = (reported or owned or at_place or sourced) and here[et]
                        m.code = (here[et] if local else before[et]) or None
                        if not local and m.etype in ("PER", "THEY"):
                            m.code = self._antecedent(ps, m, ctx, before["PER"], i)
                        if m.etype == "PER" and not here["PER"]:
                            # "Thủ tướng Anh cho biết nước ông …": the titled state's leader
                            m.code = self._titled_reporter(ps, m.start) or m.code
                        elif not local and m.etype == "GPE" and self._opening(ps, m):
                            # "Israel không kích Liban. Phía này cũng …": the subject before
                            subject = ctx.subject
                            if subject is not None and not subject[1]:
                                m.code = subject[0]
                        elif m.etype == "GPE" and here["GPE"] and (not local or territory):
                            # "Israel cho biết Iran đã phóng tên lửa vào lãnh thổ nước này":
                            # not the subject of the reported clause, so the reporter
                            m.code = self._reporter(ps, m.start, here["GPE"]) or m.code
                        if m.etype == "GPE" and not local and not self._opening(ps, m):
                            m.code = self._sentence_state(ps, m) or m.code  # "A …, B … nước này"
                        if m.etype == "PER" and not self._opening(ps, m):
                            m.code = self._sentence_person(ps, m) or m.code  # "X …, ông …"
                        if m.etype in ("PER", "THEY") and here["GPE"]:
                            # "X bắt giữ hai công dân Y, cáo buộc họ …": the people just
                            # named, of the state named with them (wave 18)
                            held = _CHARGED_PEOPLE.search(ps.low, 0, m.start)
                            m.code = here["GPE"] if held else m.code
                    elif m.kind == "actor" and m.code and m.etype == "PER":
                        here["PER"], here_end["PER"] = m.code, m.end
                        if m.role:
                            ctx.people.append((m.role, m.code))
                    elif m.kind == "actor" and m.code and re.fullmatch(r"[A-Z]{3}", m.code):
                        if m.entity_id != f"ORG:{m.code}":  # ICJ, WHO, WTO are no state
                            here["GPE"], here_end["GPE"] = m.code, m.end  # a state, or its body
                    elif m.kind == "actor" and m.code and m.etype == "ORG":
                        here["ORG"], here_end["ORG"] = m.code, m.end
                    if m.kind == "actor" and m.code and m.etype == "ORG":
                        here["BODY"], here_end["BODY"] = m.code, m.end  # "Bộ Ngoại giao X", UN
        self._resolve_lists(ps, ctx, i)
        ctx.issuer = self._issuer(ps, i) or ctx.issuer
        ctx.last_person = here["PER"] or ctx.last_person
        ctx.last_state = here["GPE"] or ctx.last_state
        ctx.last_org = here["ORG"] or ctx.last_org
        ctx.last_body = here["BODY"] or ctx.last_body

    def _issuer(self, ps: _Sent, i: int) -> tuple[str, int] | None:
        """Who issues a statement in this sentence: "X (đã) ra/đưa ra/công bố (bản) tuyên bố
        (chung)", "tuyên bố/thông cáo (chung) của X" (the actor named last before or after)."""
        m = _ISSUED.search(ps.low)
        if m is None:
            return None
        if m.group("of"):  # "tuyên bố chung của X"
            g = next((g for g in ps.groups if g.start >= m.end()), None)
        else:
            before = [g for g in ps.groups if g.end <= m.start()]
            g = before[-1] if before else None
        code = (
            next((p.code for p in g.phrases if p.kind == "actor" and p.code), None) if g else None
        )
        return (code, i) if code else None

    def _resolve_lists(self, ps: _Sent, ctx: _Ctx, i: int) -> None:
        """ "ba nước này", "các nước này" -> each state of the list named last (within a few
        sentences); a list of three or more states named here is the next one's antecedent."""
        for g in ps.groups:
            phrases: list[Phrase] = []
            for p in g.phrases:
                m = p.mentions[0]
                if m.kind == "pronoun" and m.etype == "LIST" and len(p.mentions) == 1:
                    if ctx.states_list is not None and i - ctx.states_list[1] <= CONTEXT_SENTENCES:
                        phrases.extend(
                            Phrase([replace(m, code=c, kind="actor")]) for c in ctx.states_list[0]
                        )
                    continue
                phrases.append(p)
            g.phrases[:] = phrases or g.phrases
        for g in ps.groups:
            codes = list(
                dict.fromkeys(
                    p.code
                    for p in g.phrases
                    if p.kind == "actor" and p.code and re.fullmatch(r"[A-Z]{3}", p.code)
                )
            )
            if len(codes) >= 3:
                ctx.states_list = (codes, i)

    def _titled_reporter(self, ps: _Sent, pos: int) -> str | None:
        """The state of a leader named by title only ("Thủ tướng Anh") who reports the clause
        ``pos`` is in, within a few syllables."""
        cue = next((c for c in reversed(ps.cues) if c[3] == "report" and c[1] <= pos), None)
        if cue is None or self._nsyl(ps, cue[1], pos) > 4:
            return None
        for g in reversed(ps.groups):
            if g.end > cue[0]:
                continue
            code = next((p.code for p in g.phrases if p.kind == "actor" and p.code), None)
            before = self._before(ps, g.start, 3)
            if code and any(self._ends(before, (t,)) for t in _person_titles()):
                return code if self._nsyl(ps, g.end, cue[0]) <= 3 else None
            return None
        return None

    def _between_pair(self, ps: _Sent) -> tuple[str, str] | None:
        """The two states or groups a sentence names "giữa A và B" (for a later "hai nước")."""
        for g in ps.groups:
            if not re.search(r"(?<!\w)giữa\s*$", ps.low[: g.start]):
                continue
            codes = list(dict.fromkeys(p.code for p in g.phrases if p.kind == "actor" and p.code))
            if len(codes) == 2:
                return codes[0], codes[1]  # type: ignore[return-value]
        return None

    def _opening(self, ps: _Sent, m: Mention) -> bool:
        """Is the pronoun ``m`` the first participant of its sentence (its subject)?"""
        return not any(
            g.end <= m.start and not g.is_place and not self._after_place_prep(ps, g.start)
            for g in ps.groups
        )

    def _reporter(self, ps: _Sent, pos: int, latest: str) -> str | None:
        """The state that reports the clause ``pos`` is in, when another state (``latest``)
        has been named since its reporting verb."""
        cue = next((c for c in reversed(ps.cues) if c[3] == "report" and c[1] <= pos), None)
        if cue is None:
            return None
        states = [
            m
            for g in ps.groups
            for p in g.phrases
            for m in p.mentions
            if m.kind == "actor" and m.code and re.fullmatch(r"[A-Z]{3}", m.code)
        ]
        said_by = [m for m in states if m.end <= cue[0]]
        since = [m for m in states if cue[1] <= m.start < pos]
        if not said_by or not since or since[-1].code != latest:
            return None
        reporter = said_by[-1].code
        return reporter if reporter != latest else None

    def _antecedent(
        self, ps: _Sent, m: Mention, ctx: _Ctx, last_person: str | None, i: int
    ) -> str | None:
        """Who "ông"/"bà" or "họ" stands for, from the sentence before. Opening its sentence
        ("Ông cũng …", "Tại đây, ông …") a pronoun is the subject of the sentence before (a
        person, or a state under a title: "Ngoại trưởng Mỹ"); "ông" elsewhere is the last person
        named. "họ" is a state or a group that was the subject just before, or the two leaders
        of the meeting the sentence before reported ("A gặp B. Họ nhất trí …")."""
        opening = self._opening(ps, m)
        subject = ctx.subject
        if m.etype == "THEY":
            if not opening or subject is None:
                return None
            if not subject[1]:
                return subject[0]
            if ctx.dyad and ctx.dyad_sentence == i - 1 and subject[0] in ctx.dyad:
                m.kind = "dyad"  # the two sides of that meeting
            return None
        if opening and subject is not None and subject[1]:
            return subject[0]
        if last_person is not None:
            return last_person
        return subject[0] if subject is not None and subject[1] else None

    def _sentence_subject(self, ps: _Sent) -> tuple[str, bool, bool] | None:
        """The subject of a sentence: its first actor outside quotes, places, asides and
        "theo X," (code, a person or a titled state, a person)."""
        quotes = ps.quotes
        verb = min((h.start for h in ps.hits), default=len(ps.low))
        for g in ps.groups:
            if g.start >= verb:
                return None  # "Người biểu tình tấn công đại sứ quán Pháp": Pháp is no subject
            if g.is_place or g.is_dyad_ref or self._after_place_prep(ps, g.start):
                continue
            if any(a <= g.start < b for a, b in quotes):
                continue
            if ps.low.rfind("(", 0, g.start) > ps.low.rfind(")", 0, g.start):
                continue
            if self._ends(self._before(ps, g.start, 2), ("theo", "theo như")):
                continue
            head = next((p for p in g.phrases if p.kind == "actor" and p.code), None)
            if head is None:
                return None
            person = any(x.etype in ("PER", "SPEAKER") for x in head.mentions)
            before = self._before(ps, g.start, 5)
            titled = person or any(self._ends(before, (r,)) for r in _person_titles())
            # "Các nhà khoa học Nhật Bản …": a common noun heads the subject, not the state
            bare = _SUBJECT_HEAD.search(ps.low[: g.start]) is not None
            if not titled and not bare:
                return None
            return head.code, titled, person  # type: ignore[return-value]
        return None

    def _speaker(self, ps: _Sent, pos: int) -> str | None:
        """Who says the quotation around ``pos``: 'X nói: "…"' or '"…", X nói', also when the
        quotation runs over several sentences."""
        g = self._speaker_group(ps, pos)
        if g is None:
            return next(
                (self._long_speakers.get(span) for a, b, span in ps.long_quotes if a <= pos < b),
                None,
            )
        return next(p.code for p in g.phrases if p.kind == "actor" and p.code)

    def _doc_quotes(self, doc: Document) -> list[tuple[int, int]]:
        """Quotations of a document (each within a paragraph), document offsets."""
        if self._quotes_of is not doc:
            spans: list[tuple[int, int]] = []
            pos = 0
            for line in doc.text.split("\n"):
                spans.extend((pos + a, pos + b) for a, b in quote_spans(line))
                pos += len(line) + 1
            self._quotes_of, self._quotes = doc, spans
        return self._quotes

    def _long_quote_speakers(self, sents: list[_Sent]) -> dict[tuple[int, int], str]:
        """Who says each quotation that runs over several sentences (from the sentence that
        opens it, 'X nói: "…', or the one that closes it, '…", X nói')."""
        out: dict[tuple[int, int], str] = {}
        for ps in sents:
            for a, b, span in ps.long_quotes:
                g = None if span in out else self._speaker_group(ps, a, (a, b))
                code = next((p.code for p in self._participants(g) if p.kind == "actor"), None)
                if code:
                    out[span] = code
        return out

    def _speaker_group(
        self, ps: _Sent, pos: int, span: tuple[int, int] | None = None
    ) -> Group | None:
        """The phrase group that says the quotation around ``pos`` (or ``span``)."""
        if span is None:
            span = next(((a, b) for a, b in ps.quotes if a < pos < b), None)
        if span is None:
            return None
        a, b = span
        speakers = [
            g
            for g in ps.groups
            if not (a <= g.start < b)
            and not g.is_place
            and not self._after_place_prep(ps, g.start)  # "Đại sứ quán X tại Y cho biết: …"
            and any(p.code for p in g.phrases if p.kind == "actor")
            # "vụ thử mà Y vừa tiến hành, cho rằng …": Y's relative clause, Y says nothing
            and not self._ends(self._before(ps, g.start, 1), ("mà", "của"))
        ]
        reports = [c for c in ps.cues if c[3] == "report"]
        for g in reversed([g for g in speakers if g.end <= a]):
            gap = ps.low[g.end : a]
            reported = any(g.end <= c[0] and c[1] <= a for c in reports)
            # "X (tại Y), cho biết hôm thứ Tư: …": a place and a date may come between
            if self._nsyl(ps, g.end, a) <= (10 if reported else 6) and (
                gap.rstrip().endswith(":") or reported
            ):
                return g
            break
        for g in (g for g in speakers if g.start >= b):
            gap = ps.low[b : g.start]
            said = any(g.end <= c[0] and self._nsyl(ps, g.end, c[0]) <= 3 for c in reports)
            # '"…", Hội đồng Tham mưu trưởng Liên quân Hàn Quốc tuyên bố': a long title
            if re.fullmatch(r"\s*[,.]?\s*(?:\w+\s+){0,8}", gap) and said:
                return g
            break
        return None

    def _quoted_subject(self, ps: _Sent, hit: _Hit) -> Group | None:
        """The speaker of a quotation whose verb has no subject ('X nói: "Kiên quyết phản đối
        …"'): what the quote opens with before the trigger is a few words and no actor."""
        if hit.trig.type not in _SPOKEN or self._nominal(ps, hit) or self._incident(ps, hit):
            return None  # '"Hợp tác với X sẽ giúp …"': a noun, not the speaker's act
        span = next(((a, b) for a, b in ps.quotes if a < hit.start < b), None)
        said = _SAID_WE.match(ps.low)
        if span is None and said is not None and said.end() <= hit.start:
            # "Ngoại trưởng X: Chúng tôi sẽ tiếp tục ủng hộ Y" (wave 19h): the one before the colon
            if self._nsyl(ps, said.end(), hit.start) > 3:
                return None
            colon = said.end("who")
            return next((g for g in reversed(ps.groups) if g.end <= colon and not g.is_place), None)
        if span is None or self._nsyl(ps, span[0], hit.start) > 4:
            return None
        if any(span[0] <= g.start < hit.start for g in ps.groups):
            return None
        return self._speaker_group(ps, hit.start)

    def _prepare(self, doc: Document, s: Sentence) -> _Sent:
        low = self.lex.spell(kept_lower(s.text))  # "thoả", "kí" as the lexicons spell them
        ents = [
            e
            for e in doc.entities
            if e.start is not None and e.end is not None and s.start <= e.start and e.end <= s.end
        ]
        quotes = quote_spans(s.text)
        long_quotes = [
            (max(a, s.start - 1) - s.start, min(b, s.end) - s.start, (a, b))
            for a, b in self._doc_quotes(doc)
            if a < s.end and b > s.start and not (s.start <= a and b <= s.end)
        ]
        if long_quotes:  # a quotation begun or ended in another sentence
            quotes = [(a, b) for a, b, _span in long_quotes] + [
                (a, b)
                for a, b in quotes
                if not any(x <= a < y or x < b <= y for x, y, _s in long_quotes)
            ]
        ments = sentence_mentions(
            ents, s.start, s.text, low, self.lex.reference_re, self.actor_code, quotes
        )
        grp = groups(phrases(ments, s.text), s.text)
        syl = [(m.start(), m.end()) for m in re.finditer(r"\w+", low)]
        cues = [
            (
                m.start(),
                m.end(),
                " ".join(m.group().split()),
                self.lex.cues[" ".join(m.group().split())],
            )
            for m in self.cue_re.finditer(low)
        ]
        preps = [
            (m.start(), m.end(), self.lex.prepositions[" ".join(m.group().split())])
            for m in self.prep_re.finditer(low)
            if not _AMOUNT_UP_TO.match(low, m.end())  # "lên tới 50%": an amount, not a party
            or m.group() not in ("tới", "đến", "lên")
        ]
        # "nhằm vào" is a preposition, not the purpose cue "nhằm"
        cues = [c for c in cues if not any(p[0] <= c[0] and c[1] < p[1] for p in preps)]
        cues = self._aforementioned(cues, low, s.text)  # "hành động nói trên": no report
        # "tuyên bố của Y là …": a statement named as a noun, no reporting verb
        cues = [c for c in cues if c[3] != "report" or not _OWNED_NOUN.match(low, c[1])]
        vals = [
            v for v in doc.values if v.start is not None and s.start <= v.start and v.end <= s.end
        ]
        ps = _Sent(s, low, grp, syl, cues, preps, vals, quotes=quotes, long_quotes=long_quotes)
        for g in grp:
            for p in g.phrases:
                if p.kind != "dyad" and self._after_place_prep(ps, p.start):
                    ps.places.append((p.start, p.end, p.head.name or s.text[p.start : p.end]))
        return ps

    def _salient(self, sents: list[_Sent]) -> str | None:
        counts: Counter[str] = Counter()
        for i, ps in enumerate(sents):
            for g in ps.groups:
                for p in g.phrases:
                    if p.kind == "actor" and p.code:
                        counts[p.code] += 2 if i == 0 else 1
        return counts.most_common(1)[0][0] if counts else None

    # ------------------------------------------------------------------ sentence
    def _triggers(self, ps: _Sent) -> list[_Hit]:
        hits: list[_Hit] = []
        sport = any(kind == "sport" for *_, kind in ps.cues)  # "trận gặp Slovakia": a match
        ent_spans = [(p.start, p.end) for g in ps.groups for p in g.phrases if p.kind != "dyad"]
        for m in self.lex.trigger_re.finditer(ps.low):
            trig = self.lex.trigger_of(m.group())
            s, e = m.start(), m.end()
            if any(s < pe and ps_ < e for ps_, pe in ent_spans):
                continue  # part of a name ("Tổ chức Hợp tác Thượng Hải")
            if not self._constraints_ok(ps, s, e, trig):
                continue
            if sport and trig.type in ("CONSULT", "ASSAULT", "COERCE"):
                continue
            hits.append(_Hit(s, e, trig))
        for rx, trig in _COUNTED:  # "mua 8,8% cổ phần của X", "trao đổi 200 tù binh"
            for m in rx.finditer(ps.low):
                hits = [h for h in hits if not (m.start() <= h.start < m.end())]
                hits.append(_Hit(m.start(), m.end(), trig))
        for rx in (_RECEIVED_AID, _RECEIVED_ARMS):  # "nhận viện trợ từ X": X's aid
            for m in rx.finditer(ps.low):
                s, e = m.span("aid")
                if not any(h.start == s for h in hits):
                    hits.append(_Hit(s, e, _AID_RECEIVED))
        hits.sort(key=lambda h: h.start)
        hits = self._banned_trade(ps, hits)  # "cấm các công ty X bán … cho Y": an embargo
        return self._pattern_hits(ps, hits)

    def _before(self, ps: _Sent, pos: int, n: int) -> str:
        """The ``n`` syllables before ``pos`` as lower-case text."""
        prev = [t for t in ps.syl if t[1] <= pos][-n:]
        return " ".join(ps.low[a:b] for a, b in prev)

    def _after(self, ps: _Sent, pos: int, n: int) -> str:
        nxt = [t for t in ps.syl if t[0] >= pos][:n]
        if nxt and _BREAK.search(ps.low[pos : nxt[0][0]]):
            return ""
        return " ".join(ps.low[a:b] for a, b in nxt)

    @staticmethod
    def _starts(text: str, alts: tuple[str, ...]) -> bool:
        return any(text == a or text.startswith(a + " ") for a in alts)

    @staticmethod
    def _ends(text: str, alts: tuple[str, ...]) -> bool:
        return any(text == a or text.endswith(" " + a) for a in alts)

    def _has_marker(self, ps: _Sent, s: int, e: int) -> bool:
        words = self._before(ps, s, 5).split()
        while words and (
            words[-1].isdigit()
            or words[-1]
            in (
                "cuộc",
                "các",
                "một",
                "những",
                "đợt",
                "vòng",
                "buổi",
                "phiên",
                "nhiều",
                "thêm",
                "loạt",
                "hàng",
                "số",
            )
        ):
            words.pop()  # "mở cuộc điều tra", "tiến hành (nhiều|3) cuộc không kích"
        markers = tuple(self.lex.cues_of("marker"))
        if self._ends(" ".join(words[-3:]), markers):
            return True
        return self._starts(self._after(ps, e, 2), ("với", "cùng"))

    def _constraints_ok(self, ps: _Sent, s: int, e: int, t: Trigger) -> bool:
        after, before = self._after(ps, e, 4), self._before(ps, s, 4)
        if t.next and not self._starts(after, t.next):
            counted = _COUNT.sub("", self._after(ps, e, 7), count=1)  # "ký 5 thỏa thuận"
            if counted == self._after(ps, e, 7) or not self._starts(counted, t.next):
                return False
        if t.next_any and not any(a in self._after(ps, e, 7) for a in t.next_any):
            # "Đại sứ Nhật Bản bị phía Trung Quốc triệu tập": the passive subject says it, as
            # does the noun an agent's "do" clause tells ("2 triệu liều vắc xin do X trao tặng")
            wide = self._before(ps, s, 14) + " "  # "tên lửa được phóng": right before too
            pas = max(wide.rfind(" bị "), wide.rfind(" được "), wide.rfind(" do "))
            if pas < 0 or not any(a in wide[:pas] for a in t.next_any):
                return False
        if t.not_next and self._starts(after, t.not_next):
            return False
        if t.not_prev and self._ends(before, t.not_prev) and not self._name_ends_at(ps, s):
            return False  # "Nhật Bản thỏa thuận": "bản" ends a name, not "bản thỏa thuận"
        if t.type == "AID" and (
            t.text.startswith(("chở", "vận chuyển"))
            and _CARRIER_STOPPED.search(ps.low[max(0, s - 60) : s])
            or _ROUTE_BLOCKED.search(ps.low[max(0, s - 60) : s])
        ):
            # "chặn tàu Madleen chở hàng viện trợ": the ship's load (wave 17); "phong tỏa mọi
            # tuyến đường đưa hàng cứu trợ vào Gaza": a route closed to relief (wave 18)
            return False
        if t.type in ("AGREE", "CONSULT", "COOPERATE") and _CONSENTED_TO.search(
            ps.low[max(0, s - 60) : s]
        ):
            return False  # "đồng ý cho Thụy Điển gia nhập NATO": allowed, not done (wave 19)
        if "marker" in t.need and not self._has_marker(ps, s, e):
            return False
        if "verbal" in t.need and not self._has_marker(ps, s, e):
            gap_ok = any(g.end <= s and _VERBAL_GAP.fullmatch(ps.low[g.end : s]) for g in ps.groups)
            if not gap_ok:
                return False
        return True

    @staticmethod
    def _name_ends_at(ps: _Sent, pos: int) -> bool:
        """Does a named group end right before ``pos`` (only spaces between)?"""
        return any(g.end <= pos and not ps.low[g.end : pos].strip() for g in ps.groups)

    def _clause_start(self, ps: _Sent, pos: int) -> int:
        start = 0
        for m in _BREAK.finditer(ps.low):  # the whole text: "Peru,...ủng hộ" looks past pos
            if m.end() > pos:
                break
            start = max(start, m.end())
        for cs, ce, text, kind in ps.cues:
            if ce > pos:
                break
            if kind == "report" and not self._inside_group(ps, cs):
                # "X cho biết Y đã …" starts a new clause; "X tuyên bố áp thuế …", "X tuyên bố
                # sẽ …" do not (the verb or an aspect word follows the reporting verb at once)
                named = any(g.start >= ce and g.end <= pos and not g.is_place for g in ps.groups)
                nxt = self._after(ps, ce, 1)
                same = self._nsyl(ps, ce, pos) <= 1 or nxt in _SAME_SUBJECT
                # "…, ông X nói, đồng thời cáo buộc Y": a second verb of the reporter
                same = same or bool(_ALSO.match(ps.low, ce))
                # "X tuyên bố áp đặt các biện pháp trừng phạt …": a light verb of the reporter
                same = same or bool(_LIGHT_VERB.match(ps.low, ce))
                # "X khẳng định tăng cường hợp tác …": an intensifier opens the reporter's verb
                same = same or self._intensified_report(ps, ce)
                # "X tuyên bố kiên quyết phản đối và sẽ có biện pháp đáp trả …": the reporter's
                # own verb, then a second one joined to it (wave 18g)
                same = same or self._joined_to_report(ps, ce, pos)
                # "Mỹ công bố một thương vụ bán vũ khí …": a noun phrase is the verb's object
                # ("X cho biết các cuộc tấn công …": the subject of what X says)
                announces = text in ("công bố", "thông báo", "tuyên bố")
                same = same or (nxt in _NOUN_OPENERS and not named and announces)
                if named or not same:
                    start = max(start, ce)
            elif kind == "source" and self._at_clause_start(ps, cs, start):
                comma = ps.low.find(",", ce, pos)
                if comma >= 0:
                    start = max(start, comma + 1)
        return start

    def _joined_to_report(self, ps: _Sent, ce: int, pos: int) -> bool:
        """Does a trigger open right after the reporting verb ending at ``ce`` and is ``pos``
        a second verb joined to it by "và" or "đồng thời"?"""
        first = next((h for h in ps.hits if h.start >= ce), None)
        if first is None or first.end > pos or ps.low[ce : first.start].strip():
            return False
        return bool(_JOINED_VERB.fullmatch(ps.low[first.end : pos]))

    def _at_clause_start(self, ps: _Sent, pos: int, start: int) -> bool:
        head = ps.low[start:pos].strip(" ,")
        return not head or head in ("ngoài ra", "đồng thời", "tuy nhiên", "trước đó")

    @staticmethod
    def _inside_group(ps: _Sent, pos: int) -> bool:
        return any(g.start <= pos < g.end for g in ps.groups)

    def _after_place_prep(self, ps: _Sent, pos: int) -> bool:
        before = self._before(ps, pos, 6)
        return bool(
            re.search(
                r"(?:^|\s)(?:tại|ở|(?:trên |ở )?khắp|trên toàn"
                r"|trên(?:\s+(?:trang|mạng xã hội|tài khoản|nền tảng|kênh))?(?:\s+cá nhân)?)"
                r"(?:\s+(?:thành phố|thủ đô|thủ phủ|tỉnh|khu|vùng|bản doanh|trụ sở))?"
                # "ở Trung và Nam Dải Gaza", "tại miền Bắc", "ở phía đông nam"
                r"(?:\s+(?:miền|phía|khu vực|vùng)?\s*(?:trung|bắc|nam|đông|tây|đông bắc|tây bắc|"
                r"đông nam|tây nam)(?:\s+và\s+(?:trung|bắc|nam|đông|tây))?)?$",
                before,
            )
        )

    def _meeting_object(self, ps: _Sent, hit: _Hit, hits: list[_Hit]) -> bool:
        """Is the trigger's object a meeting or agreement noun ("chỉ trích cuộc đối thoại")?"""
        if hit.trig.type not in ("ACCUSE", "SUPPORT", "REJECT"):
            return False
        m = self.lex.trigger_re.search(ps.low, hit.end)
        if not m or self._nsyl(ps, hit.end, m.start()) > 2:
            return False
        return self.lex.trigger_of(m.group()).type in ("CONSULT", "AGREE")

    def _endorsed_act(self, ps: _Sent, hit: _Hit, hits: list[_Hit], clause: int) -> bool:
        """Is ``hit`` the act a verb of endorsement backs, its doer the verb's object right
        before it ("X ủng hộ Nga và Ukraine đàm phán", "khuyến khích A hợp tác với B")? What is
        backed is wished for, not done (a welcome, "hoan nghênh A ký …", is of a done act)."""
        for h in hits:
            if h is hit or h.trig.text not in _ENDORSING or not clause <= h.start < hit.start:
                continue
            obj = next((g for g in ps.groups if g.start >= h.end), None)
            if (
                obj is not None
                and obj.end <= hit.start
                and self._nsyl(ps, h.end, obj.start) <= 1
                and _ENDORSED_GAP.fullmatch(ps.low[obj.end : hit.start])
            ):
                return True
        return False

    def _complement(self, ps: _Sent, g: Group) -> bool:
        """Is the phrase ``g`` followed at once by an event word (so it is a clause's subject)?"""
        m = self.lex.trigger_re.search(ps.low, g.end)
        if m and self._ruled_out_here(ps, m):
            return False  # "chúc mừng ông X đắc cử": the "cử" of "đắc cử" opens no clause
        if not m or _NOT_A_CLAUSE.search(ps.low[g.end : m.start()]):
            return False  # "hoan nghênh … giữa A và B, song phản đối …": a new clause of its own
        return self._nsyl(ps, g.end, m.start()) <= 1

    def _ruled_out_here(self, ps: _Sent, m: re.Match[str]) -> bool:
        """A trigger word its own row rules out by the word before it (not_prev: the "cử" of
        "đắc cử", "ứng cử", "bầu cử") is no event word, so it makes no clause subject either."""
        t = self.lex.trigger_of(m.group())
        return bool(t.not_prev) and self._ends(self._before(ps, m.start(), 4), t.not_prev)

    def _topic_or_nested(self, ps: _Sent, hit: _Hit, prev: _Hit | None) -> bool:
        before = self._before(ps, hit.start, 6)
        markers = "|".join(re.escape(m) for m in self.lex.cues_of("marker"))
        classifiers = "|".join(_CLASSIFIERS)
        if re.search(rf"(?:^|\s)về(?:\s+(?:{classifiers}))*(?:\s+(?:{markers}))?$", before):
            # a claim of responsibility: "Hezbollah nhận trách nhiệm về vụ tấn công …" says
            # who did it, the act is no mere topic (wave 17)
            return not _CLAIMED.search(ps.low, max(0, hit.start - 60), hit.start)
        if _JUDGED.search(self._before(ps, hit.start, 4)):
            return True
        wide = self._before(ps, hit.start, 16)
        about = r"(?:về|đề cập|đề cập đến|đề cập tới|nhắc đến|nhắc lại)"
        m = re.search(rf"(?:^|\s){about} việc((?:\s+\w+){{0,12}})$", wide)
        if m and not re.search(
            r"[,;:]", ps.low[max(0, hit.start - len(m.group(1)) - 2) : hit.start]
        ):
            return True  # "xin lỗi về việc Mỹ ném bom", "đề cập đến việc …": what it is about
        if (  # "chuyến thăm của X tới Y": the visit's destination, not a second visit
            prev is not None
            and hit.trig.text in ("tới", "đến")
            and prev.trig.type == "CONSULT"
            and self._nominal(ps, prev)
            and prev.end <= hit.start
            and self._nsyl(ps, prev.end, hit.start) <= 8
            and not _COMMA.search(ps.low[prev.end : hit.start])
        ):
            return True
        if prev is not None and prev.end <= hit.start:
            gap = ps.low[prev.end : hit.start]
            gap = re.sub(rf"(?<!\w)(?:{markers})(?!\w)", " ", gap).split()
            if _STATED.search(prev.trig.text) and hit.trig.type in _SAID:
                return False  # "ra tuyên bố chung kêu gọi/lên án X": what the statement does
            if len(gap) <= 2 and all(w in _CLASSIFIERS for w in gap):
                # "nhất trí thúc đẩy hợp tác": the complement of the first; but an act
                # condemned by name happened ("lên án cuộc không kích của X vào Y")
                return not self._condemned(ps, hit) and not self._welcomed_deal(ps, hit, prev)
        return False

    def _welcomed_deal(self, ps: _Sent, hit: _Hit, prev: _Hit) -> bool:
        """A deal welcomed by name with its two parties ("hoan nghênh thỏa thuận ngừng bắn giữa
        Israel và Hezbollah"): it was reached (wave 17)."""
        if prev.trig.text not in _WELCOME or hit.trig.type != "AGREE":
            return False
        if not hit.trig.text.startswith(("thỏa thuận", "hiệp định", "hiệp ước")):
            return False
        end = _BREAK.search(ps.low, hit.end)
        recips, _agent, between = self._object(ps, hit, end.start() if end else len(ps.low))
        return between and sum(len(g.phrases) for g in recips) >= 2

    def _condemned(self, ps: _Sent, hit: _Hit) -> bool:
        """Is ``hit`` an act named as a noun with its author that someone condemns or
        welcomes ("lên án cuộc không kích của Israel vào Syria", "phản đối lệnh trừng phạt
        của Mỹ đối với X"): it happened."""
        prev = next((h for h in reversed(ps.hits) if h.end <= hit.start and h is not hit), None)
        if prev is None or prev.trig.text not in _CONDEMN:
            return False
        if hit.trig.type == "AGREE" and not hit.trig.text.startswith("ký"):
            return False  # "chỉ trích việc NATO kết nạp X": an admission may be to come
        if self._decision_author(ps, hit) is not None:
            return True  # "chỉ trích quyết định của Mỹ cung cấp …": decided, so done (wave 19)
        judged = prev.trig.text in ("lên án", "chỉ trích", "phê phán") or (
            prev.trig.text in _OBJECTED and hit.trig.type == "SANCTION"
        )  # "phản đối việc Y đóng cửa lãnh sự quán X": a measure objected to was taken (wave 18)
        if judged and re.fullmatch(
            r"\s*(?:mạnh mẽ\s+|kịch liệt\s+|gay gắt\s+)?việc\s+(?:(?:tổng thống|thủ tướng|"
            r"ngoại trưởng|chủ tịch|chính phủ|chính quyền|quân đội|lực lượng|ông|bà)\s+)?",
            ps.low[prev.end : min((g.start for g in ps.groups if g.start >= prev.end), default=0)]
            if any(g.start >= prev.end for g in ps.groups)
            else "-",
        ):
            # "lên án việc Israel (đã) tấn công Rafah", "chỉ trích việc Nga ký thỏa thuận với
            # Y": what is condemned was done, a meeting or a deal too (wave 17)
            subj = next(g for g in ps.groups if g.start >= prev.end)
            between = ps.low[subj.end : hit.start]
            return subj.end <= hit.start and bool(
                re.fullmatch(r"\s*(?:(?:đã|liên tục|tiếp tục|vẫn|ngang nhiên)\s+)*", between)
            )
        if hit.trig.type in ("CONSULT", "AGREE"):
            return False  # a meeting judged may be one planned ("phản đối chuyến thăm …")
        gap = ps.low[prev.end : hit.start].split()
        if len(gap) > 4 or not all(w in _CLASSIFIERS or w in _INTENSE for w in gap):
            return False
        if not (self._nominal(ps, hit) or hit.trig.text.startswith(_NOUNS)):
            return False
        end = _BREAK.search(ps.low, hit.end)
        _recips, agent, _between = self._object(ps, hit, end.start() if end else len(ps.low))
        return agent is not None

    def _modality(self, ps: _Sent, hit: _Hit, clause: int, hits: list[_Hit]) -> str:
        if self._nominal(ps, hit) or self._before(ps, hit.start, 2).endswith("lệnh"):
            # "Chuyến thăm của X tới Y dự kiến vào tháng 5": the noun is the subject of the cue
            subject = self._nsyl(ps, clause, hit.start) <= 3
            for cs, _ce, text, kind in ps.cues:  # "các biện pháp trừng phạt có thể là …"
                gap = self._nsyl(ps, hit.end, cs)
                near = cs >= hit.end and (
                    gap <= 2
                    or (
                        subject
                        and gap <= 10
                        and kind in ("planned", "hypothetical")
                        and not _COMMA.search(ps.low[hit.end : cs])
                        and not any(
                            hit.end <= h.start < cs and h.trig.text not in ("tới", "đến")
                            for h in hits
                        )
                    )
                )
                if text in ("nhằm", "để"):
                    continue  # "cuộc tấn công nhằm giành lại X": its purpose follows
                if near and kind in ("planned", "hypothetical", "hoped"):
                    return kind
        framed = hit.trig.type == "CONSULT" and bool(  # "kêu gọi … trong cuộc điện đàm với X"
            re.search(
                r"(?:^|\s)(?:trong|tại|bên lề)\s+(?:cuộc|buổi)$", self._before(ps, hit.start, 3)
            )
        )
        for h in hits:
            if (
                h is not hit
                and not framed
                and h.end <= hit.start
                and h.start >= clause
                and h.trig.type in _REQUESTING
                and not any(  # "kêu gọi Nga và Ukraine đàm phán": "và" joins the parties asked
                    h.trig.type != "REQUEST" or not self._inside_group(ps, h.end + m.start())
                    for m in re.finditer(r",|(?<!\w)và(?!\w)", ps.low[h.end : hit.start])
                )
                and not self._condemned(ps, hit)
                and not self._act_modifier(ps, h)
                and not self._after_clause(ps, h, hit)
                and not self._passive_judged(ps, h.start, hit)  # "Đề nghị … bị X từ chối"
            ):
                return "denied" if h.trig.type == "REJECT" else "hypothetical"
            if h is not hit and h.trig.type == "REQUEST" and clause <= h.start < hit.start:
                joints = [
                    h.end + m.end()
                    for m in _COORD.finditer(ps.low[h.end : hit.start])
                    if not self._inside_group(ps, h.end + m.start())
                ]
                cands = self._groups_before(ps, clause, hit.start)
                if joints and self._urged(ps, h, hit, cands, max(joints)) is not None:
                    return "hypothetical"  # "kêu gọi Y mở cửa khẩu và rút quân": asked of Y
                if self._asked_in_series(ps, h, hit):
                    return "hypothetical"  # "yêu cầu chính phủ A, rút lại B": FramingRules
        if self._endorsed_act(ps, hit, hits, clause):
            return "hoped"  # "ủng hộ Nga và Ukraine đàm phán trực tiếp": backed, not done
        verbal = not self._nominal(ps, hit)
        for h in hits:  # "nhất trí tăng cường A, cũng như thúc đẩy hợp tác B": agreed, not done
            if (
                verbal
                and h is not hit
                and h.trig.type == "AGREE"
                and hit.trig.type != "AGREE"
                and not (_STATED.search(h.trig.text) and hit.trig.type in _SAID)
                and self._resolution_content(ps, h) is not hit
                and clause <= h.start
                and h.end <= hit.start
                and not any(h.end <= g.start and g.end <= hit.start for g in ps.groups)
            ):
                return "planned"
            if (
                h is not hit
                and clause <= h.start
                and h.trig.type == "AGREE"
                and self._asked_in_series(ps, h, hit)
            ):
                return "planned"  # "đồng ý A và đóng cửa biên giới với Y": FramingRules
        found: list[str] = []
        asked = [h.end for h in hits if h.trig.type in _REQUESTING and h.end <= hit.start]
        for cs, ce, text, kind in ps.cues:
            if ce > hit.start or cs < clause or kind not in _MODAL_RANK:
                continue
            if self._cue_stopped(ps, hit, ce, text, kind):
                continue  # ModalityRules: a new clause, "đã", an answered act, a threat
            if any(e <= cs for e in asked) and _COORD.search(ps.low, ce, hit.start):
                continue  # "kêu gọi A xem xét …, cũng như yêu cầu B …": what A is asked
            if text in ("để", "nhằm") and self._fronted_purpose(ps, clause, cs, ce, hit.start):
                continue  # "Để đáp trả động thái đó, Trung Quốc đã ngừng mua …": done
            if (
                text in ("cố gắng", "nỗ lực", "tìm cách")
                and hit.trig.type in _FORCEFUL
                and self._nsyl(ps, ce, hit.start) <= 1
            ):
                continue  # "Israel cố gắng ám sát …": an attempted attack was made
            if text == "sớm" and (
                self._nsyl(ps, ce, hit.start) > 1 or self._before(ps, cs, 1) in ("từ", "đã")
            ):
                continue  # only "sớm ký kết" (soon to sign), not "ngay từ sớm, X đã gặp …"
            if _NEW_PREDICATE.search(ps.low, ce, hit.start):
                continue  # "… tìm cách chấm dứt điều này, cũng như yêu cầu X …": a verb of its own
            if self._judged_subject_cue(ps, hit, ce):
                continue  # "những nỗ lực của Y nhằm … là không thể chấp nhận được": Y's aim
            if kind == "denied" and self._next_verb(ps, ce, hit.start):
                continue  # "phủ nhận liên quan, mô tả … và cảnh báo …": verbs of their own
            answered = _ANSWERED.search(ps.low, ce, hit.start)
            if answered and self._nsyl(ps, answered.end(), hit.start) <= 8:
                continue  # "(sẽ …) để đáp trả việc X trục xuất …": what is answered was done
            if text == "mời" and self._before(ps, cs, 1) == "lời":
                continue  # "theo lời mời của X, Y thăm …": the frame of a visit made
            if text == "mời" and _COMMA.search(ps.low[ce : hit.start]):
                continue  # "X được mời từ tháng 12, khiến Y dọa …": the invitation is over
            if kind == "denied" and text in ("không", "chưa", "chẳng"):
                gap = ps.low[ce : hit.start].split()
                if len(gap) <= 4 and all(w in _DENY_GAP for w in gap):
                    found.append(kind)
            elif kind == "denied" and text in _CANCEL:
                gap = ps.low[ce : hit.start].split()  # "hủy chuyến thăm", "hoãn cuộc họp"
                ok = _CLASSIFIERS | _NOMINAL | {"đi", "công", "du", "tác", "dự", "kiến"}
                if len(gap) <= 3 and all(w in ok for w in gap):  # "hoãn chuyến đi thăm"
                    found.append(kind)
            elif self._nsyl(ps, ce, hit.start) <= 15:
                found.append(kind)
        if found:
            return min(found, key=_MODAL_RANK.__getitem__)
        return "asserted"

    def _judged_subject_cue(self, ps: _Sent, hit: _Hit, cue_end: int) -> bool:
        """A cue inside the subject of a judgement ("<việc / nỗ lực của Y nhằm …> là (nguy
        hiểm và) không thể chấp nhận được"): it qualifies the act judged, not the judging; one
        right before the copula ("sẽ là sai lầm") still qualifies the judgement."""
        if hit.trig.type not in _JUDGEMENT_TYPES:
            return False
        copulas = list(_COPULA.finditer(ps.low, cue_end, hit.start))
        copula = copulas[-1] if copulas else None  # the last: the judgement's own
        if copula is None or not ps.low[cue_end : copula.start()].strip():
            return False
        return self._nsyl(ps, copula.end(), hit.start) <= 6

    def _fronted_purpose(self, ps: _Sent, clause: int, cue: int, cue_end: int, pos: int) -> bool:
        """A purpose phrase opening the clause, before a comma and a new subject ("(Cũng) để
        đáp lại X, Y đã …"): its "để" plans nothing after the comma ("đàm phán để giảm thuế …,
        đổi lại Y giảm …" is no fronted purpose)."""
        if len(ps.low[clause:cue].split()) > 1:
            return False
        m = _COMMA.search(ps.low, cue_end, pos)
        return m is not None and any(
            m.end() <= g.start and g.end <= pos and not g.is_place for g in ps.groups
        )

    # ------------------------------------------------------------------ arguments
    def _groups_before(self, ps: _Sent, clause: int, pos: int) -> list[Group]:
        out = []
        for g in ps.groups:
            if g.start >= clause and g.end <= pos:
                if g.is_place or self._after_place_prep(ps, g.start):
                    continue
                if ps.low.rfind("(", clause, g.start) > ps.low.rfind(")", clause, g.start):
                    continue  # "(Washington, Mỹ)": an aside, never a subject
                if not g.is_dyad_ref and not any(p.code for p in g.phrases):
                    continue  # a title or pronoun nobody was named for
                before = self._before(ps, g.start, 2)
                if self._ends(before, ("theo", "theo như")):
                    continue
                out.append(g)
        return out

    def _subject(
        self, ps: _Sent, clause: int, hit: _Hit
    ) -> tuple[Group | None, Group | None, bool]:
        """(subject, agent, passive) before the trigger."""
        cands = self._groups_before(ps, clause, hit.start)
        # "A, được B yểm trợ, đã tấn công": B is in an aside about A
        asides = [m.span() for m in _ASIDE.finditer(ps.low, clause, hit.start)]
        cands = [g for g in cands if not any(a < g.start < b for a, b in asides)]
        cands = [g for g in cands if not self._in_dash_aside(ps, clause, g)]  # "A - đồng minh …"
        # "… danh sách mà Y vừa công bố, coi đây là …": Y's relative clause has ended
        cands = [
            g
            for g in cands
            if not (
                self._ends(self._before(ps, g.start, 1), ("mà",))
                and "," in ps.low[g.end : hit.start]
            )
        ]
        if not cands:
            return None, None, False
        # "Thủ tướng Thái Lan thăm Campuchia và hội đàm với …": the second verb's subject is
        # the first verb's, not its object
        earlier = [h for h in ps.hits if h.end <= hit.start and h.start >= clause]
        main = [h for h in earlier if h.trig.type in _REQUESTING]
        # "X cáo buộc Y tấn công Z và tuyên bố đã bắn hạ …": coordinated with X's verb
        prev_hit = main[0] if main else (earlier[-1] if earlier else None)
        joints = (
            [
                prev_hit.end + m.end()
                for m in _COORD.finditer(ps.low[prev_hit.end : hit.start])
                if not self._inside_group(ps, prev_hit.end + m.start())  # "A và B đã có cuộc họp"
            ]
            if prev_hit is not None
            else []
        )
        if earlier and not joints:
            # "X đã đến Pháp, bắt đầu chuyến công du …": a second verb right after a comma
            prev_hit = earlier[-1]  # "việc Mỹ bao vây, cấm vận Cuba": of the verb just before
            comma = ps.low.rfind(",", prev_hit.end, hit.start)
            if (
                comma >= 0
                and not any(comma < g.start < hit.start for g in ps.groups)
                and self._nsyl(ps, comma, hit.start) <= 4
                and not _ADVERBIAL.match(ps.low, comma + 1)
            ):
                joints = [comma + 1]
        if (
            earlier
            and earlier[-1].trig.type == hit.trig.type
            and _SAME_ACT.search(ps.low[earlier[-1].end : hit.start])
        ):
            # "X không kích Y trong một đợt tấn công …": the noun names X's act again (wave 19)
            prev_hit, joints = earlier[-1], [hit.start]
        if prev_hit is not None and joints:
            joint = max(joints)
            # "… và cùng các nước G7 khác gia hạn trừng phạt": a partner, not a new subject
            alongside = r"(?<!\w)(?:cùng|cùng với|với)(?:\s+(?:các|những|nhiều|một số))?"
            alongside += r"(?:\s+(?:nước|quốc gia|đối tác|đồng minh|thành viên))?\s*$"
            if not any(
                g.start >= joint and not re.search(alongside, ps.low[joint : g.start])
                for g in cands
            ):
                urged = self._urged(ps, prev_hit, hit, cands, joint)
                if urged is not None:  # "kêu gọi A và B tôn trọng thỏa thuận và ngừng bắn"
                    return urged, None, False
                # "X triệu hồi … sau khi Y đóng cửa khẩu và trục xuất …": Y's second verb
                subord = [
                    g
                    for g in cands
                    if prev_hit.end <= g.start < joint
                    and _SUBORDINATE.search(self._before(ps, g.start, 2))
                ]
                if subord:
                    return self._subject(ps, subord[-1].start - 1, _Hit(joint, joint, hit.trig))
                before = [g for g in cands if g.end <= prev_hit.start]
                if before:
                    cands = before
                else:  # "X tuyên bố đóng cửa … với A, đồng thời đình chỉ …": X's, as the first
                    first = self._subject(ps, self._clause_start(ps, prev_hit.start), prev_hit)
                    if first[0] is not None:
                        return first
        # "X, nước chủ nhà hội nghị, đã gặp Y": not the group inside the apposition
        cands = [
            g
            for g in cands
            if g is cands[0]
            or not _APPOSED.search(ps.low[max(clause, g.start - 25) : g.start])
            or self._relative_subject(ps, g)  # "Ấn Độ, nơi ông gặp …": ông gặp
        ]
        free = [g for g in cands if not self._in_pp(ps, g)]
        if not free and _CROWD.search(ps.low, clause, cands[0].start):
            return None, None, False  # "người biểu tình tụ tập trước Đại sứ quán X và …"
        if not free and re.search(
            r"(?<!\w)(?:tới|đến|sang)\s*$", ps.low[max(0, cands[-1].start - 8) : cands[-1].start]
        ):
            # "(X cho biết) sẽ cử phái đoàn tới Cairo để thảo luận …": never the place a
            # mission goes to
            return None, None, False
        if (
            not free
            and _TO_WHOM.search(self._before(ps, cands[-1].start, 2))
            and _COORD.search(ps.low, cands[-1].end, hit.start)
        ):
            # "Cơ quan này thông báo … cho NATO và triệu …": told to NATO, never NATO's verb
            return None, None, False
        near = free[-1] if free else cands[-1]  # "đóng góp cho … của NATO, thúc đẩy": not NATO
        cands = cands[: cands.index(near) + 1]
        if len(cands) >= 2 and _COPULA_KIND.search(ps.low, cands[-2].end, near.start):
            # "Ba Lan là một trong những nước thành viên EU tích cực ủng hộ …": Ba Lan
            near = cands[-2]
            cands = cands[:-1]
        between = ps.low[near.end : hit.start]
        pas = list(re.finditer(r"(?<!\w)(?:được|bị)(?!\w)", between))
        if pas and "," in between[pas[-1].end() :] and between.lstrip().startswith(","):
            pass  # "A, được B yểm trợ, đã tấn công": the passive is an aside about A
        elif (
            pas
            and self._nsyl(ps, near.end, near.end + pas[-1].start()) > 5
            and _OTHER_CLAUSE.search(between[: pas[-1].start()])
        ):
            # "… tạo điều kiện cho việc trả tự do cho các con tin vẫn bị giam giữ": the one
            # held is named (uncoded) right before "bị", not the party far before it
            return None, None, True
        elif pas:
            # "tàu cá A bị tàu chiến của Hải quân B bắt giữ": B's vessels, B is the agent
            owner = next(
                (
                    g
                    for g in ps.groups
                    if near.end < g.start
                    and g.end <= hit.start
                    and _AGENT_OF.fullmatch(ps.low[near.end + pas[-1].end() : g.start])
                    and _AGENT_TAIL.fullmatch(ps.low[g.end : hit.start])
                ),
                None,
            )
            return near, owner, True  # "A được đón tiếp": A is acted upon
        if len(cands) >= 2:
            gap = ps.low[cands[-2].end : near.start]
            if (
                re.search(r"(?<!\w)(?:được|bị)(?!\w)", gap)
                and not _BREAK.search(gap)
                and self._passive_agent_gap(gap)
            ):
                return cands[-2], near, True  # "A được B đón tiếp"
        # "Thành phố Kharkiv bị Nga tấn công": a place is what is acted upon
        place = next(
            (g for g in reversed(ps.groups) if g.end <= near.start and g.start >= clause), None
        )
        if (
            place is not None
            and hit.trig.type not in _SPOKEN  # "Các cuộc biểu tình tại Pháp bị Nga chỉ trích"
            and (place.is_place or self._after_place_prep(ps, place.start))
            and place.start >= (cands[-2].end if len(cands) >= 2 else 0)
        ):
            gap = ps.low[place.end : near.start]
            if re.fullmatch(
                r"\s*(?:(?:đã|vừa|tiếp tục|liên tục|lại|cũng|từng)\s+)*(?:bị|được)\s+"
                r"(?:(?:quân đội|quân|lực lượng|các lực lượng|phiến quân|nhóm)\s+)?",
                gap,
            ):
                return place, near, True
        # a noun trigger inside a prepositional phrase has no subject of its own
        return near, None, False

    def _urged(
        self, ps: _Sent, req: _Hit, hit: _Hit, cands: list[Group], joint: int
    ) -> Group | None:
        """The one urged to act when an act is the second of what a request asks: "X kêu gọi Y
        tôn trọng thỏa thuận và ngừng bắn" (Y would cease fire), not "X kêu gọi Y kiềm chế và
        tuyên bố …" (X's own second verb) nor "X kêu gọi Y về … và điều quân" (no verb asked)."""
        if req.trig.type != "REQUEST" or hit.trig.type in _REQUESTING | _SPOKEN:
            return None
        if ps.low[joint : hit.start].strip() not in ("", "cùng", "tiến tới", "nhanh chóng"):
            return None  # "… và tuyên bố sẽ trừng phạt": the requester's own verb
        obj = next((g for g in cands if g.start >= req.end), None)
        if obj is None or self._nsyl(ps, req.end, obj.start) > 1 or obj.end >= joint:
            return None
        asked = ps.low[obj.end : joint]
        if _NOT_ASKED.match(asked) or _BREAK.search(asked):
            return None
        return obj

    def _visited(self, ps: _Sent, hit: _Hit) -> str | None:
        """The state a visit is made in: "chuyến thăm (của X) tại/ở Y" (Y close after)."""
        if hit.trig.type != "CONSULT" or hit.trig.mode != "visit" or not self._nominal(ps, hit):
            return None
        end = _BREAK.search(ps.low, hit.end)
        for g in ps.groups:
            if g.start < hit.end or (end and g.start >= end.start()):
                continue
            if self._after_place_prep(ps, g.start) and self._nsyl(ps, hit.end, g.start) <= 8:
                if _COMMA.search(ps.low[hit.end : g.start]):
                    return None
                return next((p.code for p in g.phrases if p.code), None)
        return None

    def _place_list(self, ps: _Sent, hit: _Hit, first: str) -> list[str]:
        """The countries of the place list that holds ``first`` after the trigger."""
        for g in ps.groups:
            if g.start < hit.end or not self._after_place_prep(ps, g.start):
                continue
            codes = [p.code for p in g.phrases if p.code]
            if first in codes:
                return list(dict.fromkeys(codes))  # type: ignore[arg-type]
        return [first]

    def _place_code(self, ps: _Sent, hit: _Hit, after: bool = False) -> str | None:
        """The country of the place ("tại/ở X") nearest the trigger in its sentence (``after``:
        in the rest of its clause only)."""
        best = None
        end = _BREAK.search(ps.low, hit.end)
        for g in ps.groups:
            if not self._after_place_prep(ps, g.start):
                continue
            if after and not (hit.end <= g.start < (end.start() if end else len(ps.low))):
                continue
            for p in g.phrases:
                if p.code:
                    d = abs(p.start - hit.end)
                    if best is None or d < best[0]:
                        best = (d, p.code)
        return best[1] if best else None

    def _nominal(self, ps: _Sent, hit: _Hit) -> bool:
        """Is the trigger used as a noun ("cuộc gặp", "chuyến thăm", "vụ tấn công")?"""
        first = hit.trig.text.split()[0]
        if self._before(ps, hit.start, 2) == "biện pháp":
            return True  # "(các) biện pháp cấm vận (mới) của X" (wave 17)
        if self._before(ps, hit.start, 2) == "đồng loạt":
            return False  # an adverb: "X và Y đồng loạt lên án …" (all at once), no noun
        return first in _NOMINAL or self._before(ps, hit.start, 1) in _NOMINAL

    def _incident(self, ps: _Sent, hit: _Hit) -> bool:
        """A noun naming an incident or a stance ("vụ tấn công", "sự chỉ trích từ X")."""
        prev = self._before(ps, hit.start, 1)
        if prev in ("vụ", "trận") and self._before(ps, hit.start, 2) != "thương vụ":
            return True  # "vụ tấn công"; "thương vụ bán vũ khí" is a deal, not an incident
        # "bày tỏ sự nhất trí": the subject's own stance; "gặp phải sự chỉ trích": someone else's
        return prev in ("sự", "lời") and not self._ends(self._before(ps, hit.start, 3), _STANCE)

    def _official(self, ps: _Sent, g: Group | None) -> bool:
        """Is ``g`` a person, an organisation, or a state under a title ("Tổng thống Pháp")?"""
        if g is None:
            return False
        if any(m.etype in ("PER", "ORG") for p in g.phrases for m in p.mentions):
            return True
        before = self._before(ps, g.start, 2).split()
        if before[-2:] in (["binh", "sĩ"], ["chiến", "sĩ"]):
            return False  # "binh sĩ Triều Tiên tới vùng Kursk": troops move, they visit no one
        return bool(before) and before[-1] in title_words()

    def _in_pp(self, ps: _Sent, g: Group) -> bool:
        """Is ``g`` inside a prepositional phrase (của/cho/với … X) rather than a subject?"""
        for p in ps.preps:
            if any(c[0] <= p[0] < c[1] for c in ps.cues if c[3] == "report"):
                continue  # "cho" of "cho biết" is no preposition
            if any(h.start <= p[0] < h.end for h in ps.hits):
                continue  # "lên" of "lên án" neither
            if ps.low[p[0] : p[1]] == "của" and _SPOKESMAN_OF.search(ps.low, 0, p[0]):
                continue  # "người phát ngôn của cơ quan biên phòng X": X speaks through them
            if any(o.start <= p[0] < o.end for o in ps.groups):
                continue  # "Thủ đô Kiev của Ukraine đã bị Nga tấn công": inside a name (wave 17)
            if p[1] <= g.start and p[2] in ("recipient", "agent", "between"):
                gap = ps.low[p[1] : g.start]
                if any(p[1] <= o.start and o.end <= g.start for o in ps.groups):
                    continue  # "đối với hàng hóa Mỹ sau khi Washington …": Mỹ is its object
                if any(p[1] <= c[0] < g.start and c[2] == "rằng" for c in ps.cues):
                    continue  # "nói với các phóng viên rằng Mỹ …": "rằng" opens a clause
                if "," not in gap and self._nsyl(ps, p[1], g.start) <= 5:
                    return True
        return False

    def _object(
        self, ps: _Sent, hit: _Hit, clause_end: int
    ) -> tuple[list[Group], Group | None, bool]:
        """(recipients, agent, between) after the trigger.

        "giữa A và/với B" gives both parties (between=True); otherwise the direct object or
        the phrase after a preposition (với, tới, cho…) is the recipient; "của/do/bởi X" right
        after the trigger is its agent. The search stops at "về" (what follows is a topic).
        """
        pos = hit.end
        if re.match(r"\s*(?:với\s+|lẫn\s+)?nhau(?!\w)", ps.low[pos:]):
            return [], None, False  # "A và B gặp nhau": the subject is the dyad
        called = _CALLED_WHAT.match(ps.low, pos)
        if called and hit.trig.type in ("ACCUSE", "REJECT", "SUPPORT"):
            pos = called.end()  # "bác bỏ điều mà họ gọi là "lời dối trá của X"": what is named
        named = _NAMED_OBJECT.search(hit.trig.text) if hit.trig.type == "REJECT" else None
        if named and ps.low.startswith(named.group(0), hit.end - len(named.group(0))):
            pos = hit.end - len(named.group(0))  # "bác bỏ đề xuất của Y …" as "bác bỏ" + object
        syls = [t for t in ps.syl if pos <= t[0] < clause_end][:25]
        limit = syls[-1][1] if syls else pos
        # "phản đối lời kêu gọi áp trừng phạt chống Nga": the call's author, not its target
        speech = _SPEECH_OBJ.match(ps.low, pos)
        if speech is None and hit.trig.type == "REJECT":
            speech = _REPORT_OBJ.match(ps.low, pos)  # "bác tin đàm phán với Y": Y is reported
        for cs, _ce, _t, kind in ps.cues:
            if speech and cs < speech.end():
                continue  # "ủng hộ tuyên bố của X": the statement judged, not a report
            if kind in ("topic", "report") and pos <= cs < limit:
                limit = cs
                break
        author: Group | None = None
        if (
            speech
            and hit.trig.type in ("ACCUSE", "REJECT", "SUPPORT", "AGREE")
            and (named or not re.match(r"\s*(?:của|do|từ)(?!\w)", ps.low[speech.end() :]))
        ):
            # "bác bỏ lời kêu gọi ngừng bắn của Mỹ": the author after what was called for, or
            # after "do" ("ủng hộ sáng kiến hòa bình do Brazil đưa ra", wave 19)
            author = next(
                (
                    g
                    for g in ps.groups
                    if speech.end() <= g.start < limit
                    and not g.is_place
                    and re.search(r"(?<!\w)(?:của|từ|do)\s*$", ps.low[speech.end() : g.start])
                    and not _COMMA.search(ps.low[speech.end() : g.start])
                    and self._nsyl(ps, speech.end(), g.start) <= 8
                ),
                None,
            )
            limit = min(limit, speech.end())
        nxt = _NEXT_VERB.search(ps.low, pos, limit)
        if nxt:  # "lên án X và gửi thông điệp tới Y": Y is the next verb's
            limit = nxt.start()
        # not the "là" of "đặc biệt là", "cụ thể là": a list of the parties meant (wave 17)
        rel = re.search(
            r"(?<!\w)(?:mà|(?<!đặc biệt )(?<!nhất )(?<!cụ thể )(?<!chủ yếu )là)(?!\w)",
            ps.low[pos:limit],
        )
        if rel:  # "nhằm vào 9 địa điểm mà New Delhi …", "chỉ trích X là bước chuẩn bị … với Mỹ"
            limit = pos + rel.start()
        if _STATED.search(hit.trig.text):  # "ra tuyên bố chung kêu gọi X …": X is asked
            said = [h.start for h in ps.hits if pos <= h.start < limit and h.trig.type in _SAID]
            limit = min([limit, *said])
        asides = [m.span() for m in _ASIDE_IN.finditer(ps.low, pos, limit)]
        joined: _Hit | None = None  # "phản đối và yêu cầu X …": the next verb's object is shared
        for h in ps.hits:  # triggers whose constraints hold ("mời X tới …" is no AGREE)
            if not pos <= h.start < limit:
                continue
            if any(a <= h.start < b for a, b in asides):
                continue  # "các biện pháp trừng phạt, bao gồm đóng băng tài sản, đối với X"
            if re.search(r",|(?<!\w)và(?!\w)", ps.low[pos : h.start]):
                limit = h.start  # "lên án X và cảnh báo Y": Y is the next verb's
                if _SHARED_OBJECT.fullmatch(ps.low[pos : h.start]):
                    joined = h
                break
        if hit.trig.text in _CONSENT:  # "nhất trí gia hạn các lệnh trừng phạt đối với Y"
            inner = [h.start for h in ps.hits if pos <= h.start < limit and h.trig.type in _DONE]
            if inner and not re.search(r"(?<!\w)với(?!\w)", ps.low[pos : inner[0]]):
                limit = inner[0]  # Y is the target of the act consented to, no partner
        recips: list[Group] = []
        agent: Group | None = author
        between = False
        # "lên án hành động sử dụng dân thường làm lá chắn của X": X did the act judged
        act = hit.trig.type in ("ACCUSE", "REJECT", "SUPPORT") and bool(_ACT.match(ps.low, pos))
        act = act or self._judged_nominal(ps, hit, pos)  # "lên án sự xâm nhập … của X"
        gs = [g for g in ps.groups if pos <= g.start < limit]
        consumed: set[int] = set()
        prev_end = pos
        for idx, g in enumerate(gs):
            if idx in consumed:
                continue
            prep = None
            for p in ps.preps:
                if prev_end <= p[0] and p[1] <= g.start:
                    if prep is not None and prep[2] in ("recipient", "between") and p[2] == "agent":
                        continue  # "nhằm vào ngân hàng của Nga": still the recipient phrase
                    prep = p
            span_start, prev_end = prev_end, g.end
            role = prep[2] if prep else "object"
            if _BROKERED_BY.search(ps.low, span_start, g.start):
                continue  # "trao trả … nhờ sự trung gian của Y": who brokered it, no party
            if prep and ps.low[prep[0] : prep[1]] == "từ" and self._incident(ps, hit):
                role = "agent"  # "sự chỉ trích từ Trung Quốc": who criticises
            elif (
                prep
                and ps.low[prep[0] : prep[1]] == "từ"
                and _FIRED_FROM.match(hit.trig.text)
                and self._before(ps, hit.start, 1) in ("được", "bị")
            ):
                role = "agent"  # "tên lửa được phóng từ Gaza vào Israel": fired by Gaza (wave 19)
            elif (
                prep
                and ps.low[prep[0] : prep[1]] == "từ"
                and hit.trig.type in _PHYSICAL
                and not ps.low.startswith("tay", prep[1] + 1)  # "giành lại X từ tay Y": Y
            ):
                continue  # "bắt giữ kẻ buôn ma túy từ Lào", "bắn từ Gaza": an origin, no target
            if (
                prep
                and ps.low[prep[0] : prep[1]] == "từ"
                and re.match(r"\s*(?:đến|tới|sang)\s", ps.low[g.end :])
                and not (role == "agent" and _FIRED_FROM.match(hit.trig.text))
            ):
                continue  # "các chuyến bay từ Nga đến Gruzia": the start of a route
            first = next((p for p in ps.preps if span_start <= p[0] and p[1] <= g.start), None)
            # a chain of phrases ("chống … đối với thịt lợn nhập khẩu từ EU") starts at the first
            dist = self._nsyl(ps, pos, (first or prep)[0]) if prep else 0
            # an amount counts as one word ("ký các thỏa thuận trị giá 570 triệu USD với X")
            dist -= self._value_syllables(ps, pos, (first or prep)[0]) if prep else 0
            # "cấm nhập khẩu dầu mỏ, khí đốt và than đá của Nga": a list of goods, then their owner
            goods = (
                prep is not None
                and hit.trig.mode == "embargo"
                and self._enumerated(ps, hit, pos, prep[0])
            )
            if role == "agent" and dist > (
                12 if act or goods or self._noun_phrase(ps, hit, prep) else 5
            ):
                role = "object"  # "nhập thiết bị … do Nga sản xuất": not the agent
            posted = re.match(r"\s+(?:tại|ở)\s", ps.low[g.end :])
            if (
                not recips
                and posted
                and _OWN_ENVOY.fullmatch(ps.low[pos : g.end])
                and _POSTED.fullmatch(ps.low[pos : g.end] + posted.group())
            ):
                continue  # "triệu hồi đại sứ nước này tại X": the envoy's own state
            if (
                not recips
                and not g.is_place
                and (
                    _POSTED.fullmatch(ps.low[pos : g.start])
                    or (
                        hit.trig.text.endswith("sứ quán")  # "đóng cửa đại sứ quán tại Y"
                        and _MISSION_AT.fullmatch(ps.low[pos : g.start])
                    )
                )
                and self._nsyl(ps, pos, g.start) <= 7  # "toàn bộ các nhà ngoại giao tại Y"
            ):
                recips = [g]  # "triệu hồi đại sứ tại Nga": the state the envoy is posted to
                continue
            if role == "place" or self._after_place_prep(ps, g.start):
                if (
                    hit.trig.type == "AID"
                    and not recips
                    and not g.is_place
                    and _AIDED_AT.fullmatch(ps.low[pos : g.start])
                ):
                    recips = [g]  # "tài trợ … cho chương trình rà phá bom mìn tại Lào"
                continue
            if self._pact_name(ps, g):
                continue  # "rút khỏi Hiệp định Paris", "thỏa thuận Minsk": a name (wave 17)
            if _DECORATION.search(hit.trig.text) and self._in_decoration_name(ps, pos, g, limit):
                continue  # "trao Huân chương Vàng Quốc gia Lào tặng X": the order's name
            if self._near_border(ps, hit, g.start):
                continue  # "bắn hạ gần biên giới Syria": where, not whom (TerritoryRules)
            if self._brand(ps, g):
                continue  # "tặng 1 triệu liều vắc xin Pfizer cho X": the maker, not X
            if self._ends(self._before(ps, g.start, 2), _GEO_NOUNS) and all(
                m.kind == "place" and not m.code for p in g.phrases for m in p.mentions
            ):
                continue  # "hiệp ước nước sông Indus với Y": a river named, no party (wave 17)
            if (
                hit.trig.type in ("ASSAULT", "COERCE")
                and self._ends(self._before(ps, g.start, 1), ("do",))
                and _MADE.match(ps.low, g.end)
            ):
                # "bắn rơi 3 tên lửa ATACMS do Mỹ sản xuất": the maker (wave 17); but goods
                # bought "do Nga sản xuất" are trade with the maker (the seeds' annotator)
                continue
            if (
                not recips
                and not g.is_place
                and _EXPANDED.fullmatch(ps.low[pos : g.start])
                and self._nsyl(ps, pos, g.start) <= 14
            ):
                recips = [g]  # "trục xuất nhà ngoại giao của nhiều nước, trong đó có A và B"
                continue
            if (
                not recips
                and not g.is_place
                and hit.trig.type in ("COERCE", "CONCEDE")
                and _HELD_AMONG.fullmatch(ps.low[pos : g.start])
            ):
                recips = [g]  # "bắt giữ 8 người, trong đó có hai công dân Anh": Anh's people
                continue
            if role == "agent" and "of" in hit.trig.need and dist <= 1 and not recips:
                recips = [g]  # "cổ đông chiến lược của X": X is the counterpart
                continue
            if role == "agent" and _HOLDER_AFTER.match(ps.low[g.end :]):
                continue  # "giành lại Mosul do IS kiểm soát": IS holds the place, not the agent
            if role == "agent" and any(prep[1] <= h.start < g.start for h in ps.hits):  # type: ignore[index]
                continue  # "bị trừng phạt do tấn công Ukraine": a reason, Ukraine is no agent
            if role == "agent":
                if agent is None and self._nsyl(ps, prep[1], g.start) <= 6:  # type: ignore[index]
                    agent = g
                continue
            if recips:
                continue
            if role == "between" and dist <= 8:
                nxt = gs[idx + 1] if idx + 1 < len(gs) else None
                if len(g.phrases) >= 2 or g.is_dyad_ref:
                    recips, between = [g], True
                elif nxt is not None and re.fullmatch(
                    r"\s*(?:và|với|cùng)\s*[\w\s]{0,30}?", ps.low[g.end : nxt.start]
                ):
                    recips, between = [g, nxt], True
                    consumed.add(idx + 1)
                continue
            if role == "object":
                gap = ps.low[pos : g.start]
                if (
                    (not _COMMA.search(gap) or self._state_formula(gap) or _title_commas(gap))
                    and not _OBJECT_STOP.search(gap)
                    and self._nsyl(ps, pos, g.start) <= 8
                ):
                    recips = [g]
                    nxt = gs[idx + 1] if idx + 1 < len(gs) else None
                    if (  # "kêu gọi quân đội Iraq và các tay súng IS …": both are asked
                        # "triệu Đại biện Đan Mạch và một nhà ngoại giao Hà Lan": both summoned
                        (hit.trig.type == "REQUEST" or hit.trig.text in _ENVOY_VERBS)
                        and nxt is not None
                        and _COORD_RECIPIENT.fullmatch(ps.low[g.end : nxt.start])
                    ):
                        recips.append(nxt)
                        consumed.add(idx + 1)
            elif (
                role == "recipient"
                and "dobj" not in hit.trig.need
                and (
                    not _COMMA.search(ps.low[pos : prep[0]])  # type: ignore[index]
                    or self._enumerated(ps, hit, pos, prep[0])  # type: ignore[index]
                )
                and dist <= self._reach(ps, hit, prep, pos)  # type: ignore[arg-type]
                and self._nsyl(ps, prep[1], g.start) <= 12  # type: ignore[index]
            ):
                recips = [g]
        if (
            not recips
            and not between
            and hit.trig.type == "ASSAULT"
            and hit.trig.text not in _MUTUAL  # fighting has no one target
        ):
            recips = self._toll_of(ps, pos, clause_end)
        if len(recips) == 1 and not between and hit.trig.type in _LONG_OBJECT | {"COERCE"}:
            recips.extend(self._owned_too(ps, recips[0], clause_end))
        if not recips and agent is None and joined is not None and hit.trig.type in _SHARING:
            shared, _agent, between = self._object(ps, joined, clause_end)
            recips = shared if not between else []
        return recips, agent, between

    def _toll_of(self, ps: _Sent, pos: int, end: int) -> list[Group]:
        """The state whose people an attack killed or wounded, its toll told after it ("các
        cuộc không kích của X hôm qua đã khiến ít nhất 50 người Y thiệt mạng"): Y, however far."""
        for g in ps.groups:
            if (
                pos <= g.start < end
                and not g.is_place
                and not g.is_dyad_ref
                and _TOLL_BEFORE.search(ps.low, pos, g.start)
                and _TOLL_AFTER.match(ps.low, g.end)
            ):
                return [g]
        if _BARE_TOLL.search(ps.low, pos, end):  # (wave 18) the people's state from the source
            for g in ps.groups:  # "Theo Bộ Y tế Li-băng, … đã làm 8 người thiệt mạng": Li-băng
                if g.start < end and (
                    ps.low.startswith("bộ y tế", g.start)
                    or self._ends(self._before(ps, g.start, 3), ("bộ y tế",))
                ):
                    return [g]
        return []

    def _owned_too(self, ps: _Sent, first: Group, clause_end: int) -> list[Group]:
        """Further owners in a list of things sanctioned or attacked after ``first``: "10 công
        ty của A và 5 công ty của B", "… của A, cùng 3 tổ chức của B"."""
        out: list[Group] = []
        last = first
        for g in ps.groups:
            if last.end <= g.start < clause_end:
                if not _OWNED_TOO.fullmatch(ps.low[last.end : g.start]):
                    break
                out.append(g)
                last = g
        return out

    def _noun_phrase(self, ps: _Sent, hit: _Hit, prep: tuple[int, int, str]) -> bool:
        """Is ``prep`` ("của") inside the noun phrase of a noun trigger, after its modifiers only
        ("cuộc không kích quy mô lớn chưa từng có của Nga")?"""
        if ps.low[prep[0] : prep[1]] != "của":
            return False
        if not (self._nominal(ps, hit) or hit.trig.text.startswith(_NOUNS)):
            return False
        gap = ps.low[hit.end : prep[0]]
        if _VISIT_NOUN.match(hit.trig.text.lower()) and not re.search(r"[,;:()\"“”]|với", gap):
            # "chuyến thăm (cấp Nhà nước) đến A và B của X": the destinations, then the visitor
            return not any(hit.end <= h.start < prep[0] for h in ps.hits)
        if re.search(r"[,;:()\"“”]|(?<!\w)(?:và|với|nhằm|vào|đối với|chống|tại|ở)(?!\w)", gap):
            return False
        if any(hit.end <= g.start < prep[0] for g in ps.groups):
            return False  # "lệnh cấm người dân X ra nước ngoài của Y": X is the object
        return not any(hit.end <= h.start < prep[0] for h in ps.hits)

    def _reach(self, ps: _Sent, hit: _Hit, prep: tuple[int, int, str], pos: int = -1) -> int:
        """How far (syllables) a recipient phrase may follow its trigger: "nhằm vào" names a
        target even after a long instrument ("tấn công … bằng UAV và tên lửa nhằm vào Kiev"),
        and so does any after a list of weapons or an aside."""
        if " ".join(ps.low[prep[0] : prep[1]].split()) in ("nhằm vào", "chống lại"):
            return 20
        if pos >= 0 and self._enumerated(ps, hit, pos, prep[0]):
            return 22
        if (
            hit.trig.type in _LONG_OBJECT
            or _DOCUMENT_OBJECT.match(ps.low, hit.end)
            or hit.trig.text.endswith(("thỏa thuận", "hiệp định", "hiệp ước", "công ước"))
        ):
            # "ký thỏa thuận quan hệ đối tác an ninh và quốc phòng với EU", "đình chỉ hiệp ước
            # (nước sông Indus) với Y" (wave 17)
            return 12
        if hit.trig.text in _APPROVALS and _APPROVED_SALE.match(ps.low, hit.end):
            return 12  # "phê duyệt thương vụ bán 40 máy bay chiến đấu F-16 cho Y" (wave 17)
        return 8

    @staticmethod
    def _enumerated(ps: _Sent, hit: _Hit, a: int, b: int) -> bool:
        """Are the commas between ``a`` and ``b`` those of a list ("phóng 40 tên lửa, 30 UAV
        và … vào X") or of an aside ("các biện pháp trừng phạt, bao gồm …, đối với X")?"""
        if hit.trig.type not in _LONG_OBJECT:
            return False
        gap = ps.low[a:b]
        return bool(_LISTED_OBJECT.fullmatch(gap) or _ASIDE_OBJECT.fullmatch(gap))

    @staticmethod
    def _nsyl(ps: _Sent, a: int, b: int) -> int:
        return sum(1 for s, _ in ps.syl if a <= s < b)

    def _value_syllables(self, ps: _Sent, a: int, b: int) -> int:
        """How many syllables between ``a`` and ``b`` are amounts beyond one per amount (a sum
        or a figure is one word to the reach of a recipient)."""
        off = ps.sent.start
        extra = 0
        for v in ps.values:
            vs, ve = v.start - off, v.end - off  # type: ignore[operator]
            if ve > b or vs < a:
                continue
            m = _APPROX_BEFORE.search(ps.low, a, vs)
            vs = m.start() if m else vs  # "hơn 570 triệu USD": the bound is part of the amount
            extra += max(0, self._nsyl(ps, vs, ve) - 1)
        return extra

    # ------------------------------------------------------------------ resolution
    def _in_decoration_name(self, ps: _Sent, pos: int, g: Group, limit: int) -> bool:
        """Is ``g`` part of an order's name, its holder named after a later "tặng/cho"
        ("trao Huân chương Vàng Quốc gia Lào tặng Tổng Bí thư X", wave 17)?"""
        if _GIVEN_TO.search(ps.low[pos : g.start]):
            return False
        later = _GIVEN_TO.search(ps.low, g.end, limit)
        return later is not None and any(later.end() <= h.start < limit for h in ps.groups)

    def _pact_name(self, ps: _Sent, g: Group) -> bool:
        """Is ``g`` the city a pact is named after ("Hiệp định Paris", "thỏa thuận Minsk",
        "Công ước Vienna")? It names the pact, it is no party (wave 17)."""
        return (
            len(g.phrases) == 1
            and (g.phrases[0].kind == "place" or g.phrases[0].mentions[0].etype == "LOC")
            and self._ends(self._before(ps, g.start, 2), _PACTS)
        )

    def _sentence_codes(self, ps: _Sent, upto: int | None = None) -> list[str]:
        codes: list[str] = []
        for g in ps.groups:
            if upto is not None and g.start >= upto:
                break
            if self._after_place_prep(ps, g.start) or self._pact_name(ps, g):
                continue
            for p in g.phrases:
                if p.kind == "actor" and p.code and p.code not in codes:
                    codes.append(p.code)
        return codes

    def _resolve_dyad(
        self, ps: _Sent, i: int, ctx: _Ctx, named: bool = True, upto: int | None = None
    ) -> tuple[str, str] | None:
        """The two sides: the meeting under way, or the two parties named in the sentence
        (not when ``named`` is False: "A và B làm trung gian giữa hai bên" names mediators;
        with ``upto``, only those named before it: "Hai nhà lãnh đạo lên án Nga tấn công
        Ukraine" names the accused after the verb, not the two sides)."""
        recent = ctx.dyad if ctx.dyad and i - ctx.dyad_sentence <= CONTEXT_SENTENCES else None
        if ctx.meeting and i - ctx.meeting[1] <= CONTEXT_SENTENCES and _AT_TALKS.search(ps.low):
            recent = ctx.meeting[0]  # "Nhân hội đàm, hai nước …": the talks, not an aside since
        if recent is None and ctx.between and 0 < i - ctx.between[1] <= 2:
            recent = ctx.between[0]  # "Căng thẳng giữa A và B leo thang. Hai nước đã …"
        if not named:
            return recent
        codes = self._sentence_codes(ps, upto)
        if recent and (not codes or set(codes) & set(recent)):
            return recent
        if len(codes) == 2:
            return codes[0], codes[1]
        return recent

    def _participants(self, g: Group | None) -> list[Phrase]:
        if g is None:
            return []
        return [p for p in g.phrases if p.kind in ("actor", "place") and p.code]

    def _own_joint_act(self, ps: _Sent, hit: _Hit, subj: Group | None, ref: Group) -> bool:
        """Is "giữa hai nước" after a joint act its subject pair's own ("A và B tuần tra chung
        tại vùng biển giữa hai nước": A and B), not a pair the subject brings together ("A và B
        làm trung gian cho đàm phán giữa hai bên")? Only "giữa", a symmetric act of its own
        mode, and nothing but symmetric acts between the subject and the trigger (wave 19)."""
        if subj is None or self._before(ps, ref.start, 1) != "giữa":
            return False
        if not self.lex.types[hit.trig.type].symmetric or hit.trig.mode == "third-party":
            return False
        return all(
            self.lex.types[h.trig.type].symmetric and h.trig.mode != "third-party"
            for h in ps.hits
            if subj.end <= h.start < hit.start
        )

    # ------------------------------------------------------------------ events
    def _code_sentence(self, doc: Document, ps: _Sent, i: int, ctx: _Ctx) -> list[Event]:
        hits = self._triggers(ps)
        ps.hits = hits
        out: list[Event] = []
        seen: set[tuple[str, str, str, str]] = set()
        repeated: list[Event] = []  # events a second trigger repeats (their ``also`` types)
        prev: _Hit | None = None
        for hit in hits:
            nested = self._topic_or_nested(ps, hit, prev) and not self._judged_act(ps, hit, hits)
            nested = nested and not self._agreed_threat_hit(ps, hit, prev)  # "nhất trí sẽ đáp trả"
            prev = hit
            if nested or self._resolution_content(ps, hit) is not None:
                continue  # "thông qua nghị quyết trừng phạt X": the sanction is the event
            if self._inert(ps, hit):
                continue  # "giao tranh chấm dứt", "tổ chức viện trợ", "kêu gọi công dân rời X"
            hit = self._revoked(ps, hit)  # "thu hồi quyết định … loại X khỏi danh sách"
            brk = _BREAK.search(ps.low, hit.end)
            deal = self._ceasefire_deal(ps, hit, brk.start() if brk else len(ps.low))
            purpose = self._purpose_protest(ps, hit, hits, brk.start() if brk else len(ps.low))
            if deal is not None:  # "lệnh ngừng bắn giữa A và B": an AGREE between A and B
                hit = deal[0]
                found = (deal[1], 0.85, self._clause_start(ps, hit.start))  # type: ignore[assignment]
            elif purpose:  # "triệu tập đại sứ Y để phản đối việc Z …": a protest made
                found = (purpose, 0.6, self._clause_start(ps, hit.start))  # type: ignore[assignment]
            else:
                found = self._pairs(ps, hit, hits, i, ctx)  # type: ignore[assignment]
            if found is None:
                continue
            pairs, confidence, clause = found
            modality = self._modality(ps, hit, clause, hits)
            if self._judged_act(ps, hit, hits):
                modality = "asserted"  # "phản đối các cuộc tập trận của A và B": they happen
            if modality != "denied" and self._conditional(ps, hit):
                modality = "asserted"
            modality = self._voted(ps, hit, self._potential(ps, hit, modality))
            modality = self._announced(ps, hit, modality)  # "tuyên bố sẽ áp thuế", "sẽ thả …"
            modality = self._prevented(ps, hit, modality)  # "cấm các công ty X xuất khẩu …"
            modality = self._pledged(ps, hit, modality)  # "X sẽ viện trợ cho Y 10 triệu USD"
            modality = self._dated_sanction(ps, hit, modality)  # "sẽ áp thuế … từ ngày 1/8"
            modality = self._continued_support(ps, hit, modality)  # "sẽ tiếp tục ủng hộ Y"
            modality = self._sent_to_help(ps, hit, modality)  # "gửi binh sĩ sang Y để hỗ trợ"
            modality = self._joining_process(ps, hit, modality)  # "quá trình X gia nhập NATO"
            modality = self._stalled_aid(ps, hit, modality)  # "viện trợ … đã bị đình trệ"
            modality = self._agreed_threat(ps, hit, modality)  # "nhất trí sẽ đáp trả nếu Y"
            modality = self._alleged_intent(ps, hit, modality)  # "cho rằng Y muốn kích động"
            modality = self._called_off(ps, hit, modality)  # "Cuộc gặp … đã bị hoãn"
            modality = self._weighed(ps, hit, modality)  # "thảo luận gói trừng phạt"
            modality = self._only_if(ps, hit, modality)  # "chỉ nối lại đàm phán khi Y …"
            if modality == "planned" and self._note_lodged(ps, hit, purpose=True):
                modality = "asserted"  # "gửi công hàm tới LHQ để phản đối …": lodged
            if deal is not None:
                modality = self._deal_modality(ps, hit, clause, modality)
            if purpose:
                modality = "asserted"
            for a, b in pairs:
                via_dyad = confidence == 0.7 and isinstance(a, str)
                ev = self._event(doc, ps, hit, hits, a, b, modality, confidence, ctx, via_dyad)
                if ev is None:
                    continue
                if modality != "denied" and self._conditional(ps, hit):
                    self.lex.types["THREATEN"].recode(ev)  # the conditional promise is the threat
                    ev.modality = "asserted"
                elif self._vowed_attack(ps, hit, modality):
                    self.lex.types["THREATEN"].recode(ev)  # "tuyên bố sẽ tấn công Y" (wave 18)
                    ev.modality = "asserted"
                if home_pair(ev):
                    continue  # "Fed" and "Mỹ" guessed together: a body and its own state
                if ev.type == "CONSULT" and self._member_pair(ev, hit):
                    continue  # "Thủ tướng Việt Nam dự Hội nghị Cấp cao ASEAN": its own bloc
                key = (ev.type, ev.actor.code or "", ev.recipient.code or "", modality)  # type: ignore[union-attr]
                if self.lex.types[ev.type].symmetric:
                    key = (ev.type, *sorted(key[1:3]), modality)  # type: ignore[assignment]
                if key in seen:
                    for other in out:  # two triggers of one event: keep the first, fill gaps
                        if self._same_key(other, ev):
                            other.date = other.date or ev.date
                            if not other.location and ev.location:
                                other.location = ev.location
                                other.location_source = ev.location_source
                    if hit.trig.also:  # "phản đối … và gửi công hàm phản đối": the PROTEST too
                        repeated.append(ev)
                    continue
                seen.add(key)
                out.append(ev)
                ctx.recent.append((i, ev.actor.code, ev.recipient.code, ev.type))  # type: ignore[union-attr]
                if ev.type in _TWO_SIDED and _one_dyad(pairs):
                    # "the two sides" (a hub meeting several spokes sets no pair; "A và B
                    # đấu súng", one pair both ways, does)
                    ctx.dyad = (ev.actor.code, ev.recipient.code)  # type: ignore[union-attr,assignment]
                    ctx.dyad_sentence = i
                    ctx.dyad_date = ev.date or ctx.dyad_date
                    if (
                        ev.type == "CONSULT"
                        and modality == "asserted"
                        and _TALKS.search(hit.trig.text)
                    ):
                        ctx.meeting = (ctx.dyad, i)  # type: ignore[assignment]
        for ev in [*self._witnessed(doc, ps, i, ctx, hits), *self._mediated(doc, ps, i, ctx, out)]:
            key = (ev.type, *sorted((ev.actor.code or "", ev.recipient.code or "")), ev.modality)  # type: ignore[union-attr]
            if key not in seen:
                seen.add(key)
                out.append(ev)
        out.extend(self._also_coded(ps, hits, [*out, *repeated], seen))
        out.extend(self._demands_with_protest(ps, out, seen))  # "giao thiệp với Y, yêu cầu …"
        self._intercepted(ps, out, seen)  # "X bắn hạ UAV của Y": Y attacks X
        out.extend(self._reported_attacks(ps, out, seen))  # "X nói Y đã tấn công X"
        out.extend(self._sourced_hostility(doc, ps, ctx, seen))  # "tấn công từ phía X"
        out.extend(self._made_to_leave(doc, ps, ctx, seen))  # "nhà ngoại giao Y phải rời X"
        out.extend(self._warned_acts(ps, out, seen))  # "X cảnh báo rằng X sẽ trừng phạt Y"
        out.extend(self._proposal_authors(doc, ps, i, ctx, out, seen))  # "… do Y đưa ra"
        out.extend(self._charged(ps, out, seen))  # "trục xuất X với cáo buộc …"
        out.extend(self._ultimatums(ps, out, seen))  # "yêu cầu X …, nếu không … sẽ …"
        out.extend(self._refusals(ps, out, seen))  # "X sẽ không ủng hộ Y", "hủy cuộc gặp Y"
        out.extend(self._answered_requests(ps, out, seen))  # "Y từ chối yêu cầu của X"
        out.extend(self._answered_refusals(doc, ps, ctx, seen))  # "Đáp lại yêu cầu của Y, X"
        out.extend(self._refused_unless(doc, ps, ctx, seen))  # "X từ chối … trừ khi Y …"
        out.extend(self._requests_followed(doc, ps, ctx, out, seen))  # "theo đề nghị của X, Y"
        out.extend(self._named_charges(doc, ps, ctx, seen))  # "cáo buộc của X nhằm vào Y"
        self._court_venues(out)  # "đệ đơn lên Tòa án Công lý Quốc tế, cáo buộc Y …"
        out.extend(self._recalled_envoys(doc, ps, ctx, out, seen))  # "triệu hồi Đại sứ tại Y"
        self._home_attacks(ps, out)  # "Hezbollah tấn công qua lại biên giới Israel - Lebanon"
        self._owned_deployments(ps, out)  # "việc triển khai THAAD của Mỹ tại Hàn Quốc"
        self._victims_charges(ps, out)  # "Manila cáo buộc hải cảnh X phun vòi rồng vào tàu …"
        out.extend(self._rebuffed_diplomats(doc, ps, ctx, out, seen))  # "đại sứ X bị triệu tập"
        out.extend(self._parties_asked(doc, ps, i, ctx, out, seen))  # "kêu gọi các bên tại X"
        self._expulsion_demands(ps, out)  # "yêu cầu đại sứ Y rời khỏi X": an expulsion
        self._demands_within(ps, out)  # "kêu gọi ngừng bắn giữa A và B": A asks no one
        self._weapon_parties(out)  # "bắn hạ 7 máy bay không người lái (UAV)": no party
        self._ceasefire_bystanders(ps, out)  # "do Qatar làm trung gian", "đàm phán về ngừng bắn"
        self._economic_attacks(ps, out)  # "tấn công vào nền kinh tế Y": no armed attack
        self._sent_not_against(ps, out)  # "đưa … vào danh sách", "triển khai … để cứu hộ"
        out.extend(self._calls_to_end_fighting(doc, ps, ctx, out, seen))  # "… tại Y": Y asked
        out.extend(self._also_asked(doc, ps, ctx, out, seen))  # "…, đồng thời kêu gọi Y"
        out.extend(self._sanctioned_bodies(doc, ps, ctx, out, seen))  # "… 6 công ty ở Y"
        out.extend(self._struck_in(doc, ps, ctx, out, seen))  # "tiến hành các vụ tấn công tại Y"
        out.extend(self._aided_people(doc, ps, ctx, out, seen))  # "viện trợ cho nạn nhân ở Y"
        self._sanction_authors(ps, out)  # "bất chấp lệnh trừng phạt từ X": X imposes it
        self._launch_targets(ps, out)  # "phóng tên lửa giữa lúc Y tập trận": Y is no target
        out.extend(self._defied(doc, ps, ctx, out, seen))  # "X … bất chấp cảnh báo của Y"
        out.extend(self._grounded_acts(ps, out, seen))  # "trục xuất X với lý do …"
        out.extend(self._shared_warnings(ps, out, seen))  # "yêu cầu X …, cảnh báo sẽ …"
        out.extend(self._retaliation_vows(doc, ps, ctx, seen))  # "sẽ có biện pháp … đáp trả Y"
        out.extend(self._or_else_demands(doc, ps, ctx, seen))  # "X nói Y phải …, nếu không …"
        out.extend(self._obligations_said(doc, ps, ctx, seen))  # "X cho rằng Y phải …"
        out.extend(self._conditional_warnings(doc, ps, ctx, seen))  # "X cảnh báo … nếu Y …"
        out.extend(self._denied_charges(doc, ps, ctx, out, seen))  # "cáo buộc mà Y bác bỏ"
        out.extend(self._comma_content(doc, ps, ctx, out, seen))  # "X cáo buộc, Y đã …"
        out.extend(self._relative_charge(doc, ps, ctx, out, seen))  # "N mà X cáo buộc"
        out.extend(self._labelled_acts(doc, ps, i, ctx, out, seen))  # "X gọi đây là … xâm lược"
        out.extend(self._retorts(doc, ps, i, ctx, out, seen))  # "Đáp lại … của Y, X cấm …"
        self._charge_noun_subjects(ps, out)  # "cắt quan hệ với Y vì cáo buộc …"
        self._endangering(ps, out)  # "X đe dọa an ninh khu vực": no threat
        out.extend(self._not_let(doc, ps, ctx, out, seen))  # "X từ chối để Y …"
        out.extend(self._organisations_left(doc, ps, i, ctx, seen))  # "X rút khỏi OAS"
        self._pledged_aid(ps, out, seen)  # "A cam kết viện trợ … cho B": AID, not AGREE
        out.extend(self._thanked(doc, ps, ctx, out, seen))  # "A cảm ơn B đã giúp đỡ A"
        out.extend(self._thanked_aid(doc, ps, ctx, seen))  # "cảm ơn B vì gói viện trợ"
        out.extend(self._lent(doc, ps, ctx, seen))  # "A cho B vay 1,5 tỷ USD"
        out.extend(self._backed(doc, ps, ctx, seen))  # "Với sự hỗ trợ của X, Y …"
        out.extend(self._support_received(doc, ps, ctx, seen))  # "A nhận được sự ủng hộ của B"
        self._approved_aid(ps, out, seen)  # "A phê duyệt gói viện trợ cho B": AID, not AGREE
        self._cut_aid(ps, out, seen)  # "A đình chỉ 3,5 triệu USD viện trợ cho B": SANCTION
        return self._cooperation_kept(ps, out)  # G7 members as G7; "cuộc họp nội các": no talk

    def _also_coded(
        self, ps: _Sent, hits: list[_Hit], out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """The same act under the further types its trigger names (``also=PROTEST``: a formal
        protest lodged against a state is an accusation and a protest)."""
        extra: list[Event] = []
        by_start = {h.start + ps.sent.start: h for h in hits}
        for ev in out:
            span = ev.evidence.trigger
            hit = by_start.get(span.start) if span else None
            also = hit.trig.also if hit else ()
            if hit and not also and self._note_lodged(ps, hit):
                also = ("PROTEST",)  # "gửi công hàm tới Liên hợp quốc phản đối … của Y"
            for name in also:
                t = self.lex.types[name]
                key = (name, ev.actor.code or "", ev.recipient.code or "", ev.modality)  # type: ignore[union-attr]
                if key in seen:
                    continue
                seen.add(key)
                copy = deepcopy(ev)  # nothing shared with the first event
                t.recode(copy)
                extra.append(copy)
        return extra

    def _note_lodged(self, ps: _Sent, hit: _Hit, purpose: bool = False) -> bool:
        """Is ``hit`` a plain "phản đối" right after a note sent in its clause ("gửi công hàm
        tới Liên hợp quốc phản đối yêu sách của Y")? The note makes it a formal protest
        (wave 18). ``purpose``: only a note sent "để/nhằm phản đối", and not one to come."""
        if hit.trig.type != "ACCUSE" or not hit.trig.text.startswith("phản đối"):
            return False
        if not purpose and _VIA_CHANNELS.match(ps.low, hit.end):
            return True  # "phản đối (mạnh mẽ) qua kênh ngoại giao"
        if hit.trig.text != "phản đối":
            return False
        if purpose and not re.search(r"(?<!\w)(?:để|nhằm)\s*$", ps.low[: hit.start]):
            return False
        clause = self._clause_start(ps, hit.start)
        notes = list(_NOTE_SENT.finditer(ps.low, clause, hit.start))
        if purpose and notes and _NOTE_TO_COME.search(ps.low, clause, notes[-1].start()):
            return False  # "sẽ gửi công hàm … để phản đối": still to come
        return bool(notes) and self._nsyl(ps, notes[-1].end(), hit.start) <= 8

    def _witnessed(
        self, doc: Document, ps: _Sent, i: int, ctx: _Ctx, hits: list[_Hit]
    ) -> list[Event]:
        """Leaders witnessing a signing ("dưới sự chứng kiến của A và B", "A và B chứng kiến lễ
        ký …"): an AGREE between their states, whoever signs the papers."""
        if not _SIGNING.search(ps.low):
            return []
        out: list[Event] = []
        titles = title_words()
        for g in ps.groups:
            words = self._before(ps, g.start, 9).split()
            while words and words[-1] in titles:  # "của Tổng thống Mỹ …"
                words.pop()
            before = _WITNESS_BEFORE.search(" ".join(words[-5:]))
            after = _WITNESS_AFTER.match(ps.low, g.end)
            if not before and not after:
                continue
            if g.is_dyad_ref:
                dyad = self._resolve_dyad(ps, i, ctx, named=False)
                pairs: list[tuple[Phrase | str, Phrase | str]] = [dyad] if dyad else []
            else:
                parts: list[Phrase] = []
                for p in self._participants(g):
                    if p.kind == "actor" and p.code not in {q.code for q in parts}:
                        parts.append(p)
                # "gặp A và B và chứng kiến …": A and B are the first verb's objects
                joined = after is not None and re.match(r"\s*và(?!\w)", after.group())
                pairs = [] if joined else list(combinations(parts, 2))
                # "A hội đàm với B và chứng kiến lễ trao văn kiện": the meeting's two sides
                recent = after and ctx.dyad_sentence == i and ctx.dyad
                if not pairs and recent and any(p.code in ctx.dyad for p in parts):  # type: ignore[operator]
                    pairs = [ctx.dyad]  # type: ignore[list-item]
            if not pairs:
                continue
            if after:
                verb = re.search(r"chứng kiến|tham dự|dự", after.group())
                s = after.start() + verb.start()  # type: ignore[union-attr]
                e = after.start() + verb.end()  # type: ignore[union-attr]
            else:
                verbs = list(re.finditer(r"chứng kiến|tham dự|hiện diện", ps.low[: g.start]))
                s, e = verbs[-1].span() if verbs else (g.start, g.end)
            hit = _Hit(s, e, _WITNESSED)
            modality = self._modality(ps, hit, self._clause_start(ps, s), hits)
            near = sorted([*hits, hit], key=lambda h: h.start)
            for a, b in pairs:
                ev = self._event(doc, ps, hit, near, a, b, modality, 0.6, ctx, isinstance(a, str))
                if ev is not None:
                    out.append(ev)
        return out

    def _member_pair(self, ev: Event, hit: _Hit) -> bool:
        """A member state and its organisation in a meeting of that organisation."""
        if hit.trig.mode != "multilateral" and ev.mode != "multilateral":
            return False
        a, b = ev.actor.code or "", ev.recipient.code or ""  # type: ignore[union-attr]
        members = self.lex.members
        return a in members.get(b, ()) or b in members.get(a, ())

    def _same_key(self, a: Event, b: Event) -> bool:
        ka = (a.actor.code, a.recipient.code)  # type: ignore[union-attr]
        kb = (b.actor.code, b.recipient.code)  # type: ignore[union-attr]
        sym = self.lex.types[a.type].symmetric
        return (
            a.type == b.type and a.modality == b.modality and (ka == kb or (sym and ka == kb[::-1]))
        )

    def _pairs(
        self, ps: _Sent, hit: _Hit, hits: list[_Hit], i: int, ctx: _Ctx
    ) -> tuple[list[tuple[Phrase | str, Phrase | str]], float, int] | None:
        """(actor, recipient) pairs of one trigger, a confidence and its clause start; None when
        the trigger's constraints on its arguments fail."""
        clause = self._clause_start(ps, hit.start)
        own = self._own_pairs(ps, hit, i, ctx, clause)
        if own is not None:  # "cuộc tập trận Mỹ - Hàn", "… là không thể chấp nhận"
            return own
        hosted = self._hosted_meeting_pairs(ps, hit)  # "hội nghị do X chủ trì, với sự tham dự"
        if hosted:
            return hosted, 0.8, clause
        if self._meeting_amid(ps, hit):
            return None  # "Cuộc điện đàm diễn ra giữa lúc A và B …": the setting, no parties
        if "said" in hit.trig.need:
            said = self._said_violation(ps, hit, clause) or self._said_act_owner(ps, hit, clause)
            return (said, 0.6, clause) if said else None
        brk = _BREAK.search(ps.low, hit.end)
        clause_end = brk.start() if brk else len(ps.low)
        own = OWN_CLAUSE.search(ps.low, hit.end, clause_end)
        if own:  # "… trong cuộc không kích, tuy nhiên các lãnh đạo của X …": X's clause
            clause_end = own.start()
        if hit.trig.type == "THREATEN":  # "sẽ đáp trả nếu Y bán vũ khí cho Z": Y, never Z
            cond = next((cs for cs, _ce, t, _k in ps.cues if t in _IF and cs >= hit.end), None)
            clause_end = min(clause_end, cond) if cond is not None else clause_end
        ev_type = self.lex.types[hit.trig.type]
        subj, agent, passive = self._subject(ps, clause, hit)
        if self._colon_guests(ps, subj, hit):  # "với các vị khách: A, B và C, …": the guests
            subj = None
        embedded = self._embedded_subject(ps, hit, clause) or self._decision_author(ps, hit)
        if embedded is not None:  # "bật đèn xanh cho X tấn công Y": X attacks
            subj, agent, passive = embedded, None, False
        recips, agent_after, between = self._object(ps, hit, clause_end)
        if subj is None and agent_after is None and hit.trig.type in ("SANCTION", "AID"):
            agent_after = self._adopted_by(ps, hit, clause, clause_end)
        if (
            subj is not None
            and not passive
            and agent_after is None
            and hit.trig.type == "ASSAULT"
            and _VICTIM_GAP.fullmatch(ps.low[subj.end : hit.start])
        ):
            subj = None  # "Ba binh sĩ Mỹ thiệt mạng trong cuộc tấn công …": victims, no attacker
        if passive and agent is None and agent_after is None and hit.trig.text in _ENTRY_BANS:
            # "X bị cấm nhập cảnh vào (lãnh thổ) Y": Y bans X (wave 18)
            host = next((g for g in recips if _ENTRY_INTO.search(ps.low[hit.end : g.start])), None)
            if host is not None:
                agent, recips = host, [g for g in recips if g is not host]
        if not recips and not between and not agent_after and hit.trig.type == "ACCUSE":
            recips = self._matter_owner(ps, hit, clause_end)  # "quan ngại về việc Y …"
        if hit.trig.type == "THREATEN" and recips and self._foreseen_doer(ps, hit, recips[0]):
            return None  # "cảnh báo Nga đang chuẩn bị tấn công …": Russia's act foreseen
        # "thảo luận gói trừng phạt đối với Nga": the measure's target is no party (its pairs
        # are dropped at the end, after the co-subjects "A và B thảo luận …" are paired)
        measured = hit.trig.type == "CONSULT" and not between and self._measure_target(ps, hit)
        forum = self._forum_complaint(ps, hit, recips, clause_end)
        if forum:  # "khiếu nại lên WTO về các mức thuế của Y": Y, not the forum
            recips = forum
        if subj is None and not passive and (agent_after is None or not self._nominal(ps, hit)):
            subj = self._quoted_subject(ps, hit)  # 'X nói: "Kiên quyết phản đối …"'
        if not recips and not between and hit.trig.type in _GIVEN:
            recips = self._fronted_recipient(ps, hit, clause)  # "trao cho X gói viện trợ"
        if not recips and not between and hit.trig.type == "AID":
            recips = self._purpose_recipient(ps, hit, clause_end)  # "… 5 triệu USD để X xử lý"
        if not recips and not between and hit.trig.text in _CONSENT_TO_ACT:
            recips = self._consented_party(ps, hit)  # "đồng ý để Thụy Điển gia nhập NATO"
        if not recips and not between and hit.trig.type == "REQUEST":
            recips = self._proposed_talks(ps, hit, clause_end)  # "đề xuất đàm phán với Y"
        # "Sau khi giao tranh giữa A và B bùng phát, Mỹ …": the pair named is the two sides
        pair_named = between and len(recips) == 1 and len(recips[0].phrases) >= 2
        talks_with = self._nominal(ps, hit) and bool(_WITH_AFTER.match(ps.low, hit.end))
        if (
            subj is None
            and not passive
            and (not self._nominal(ps, hit) or talks_with)  # "Sau cuộc hội đàm với X, Y …"
            and not pair_named
        ):
            subj = self._main_subject(ps, hit, clause)  # "Sau khi gặp X, Thủ tướng Y …"
            own = {p.code for p in self._participants(subj)}
            if own and own <= {p.code for g in recips for p in self._participants(g)}:
                subj = None  # "Khi gặp nhà vua Brunei, lãnh đạo Brunei nói …": not the guest
        elif (
            subj is not None
            and not passive
            and (
                _ADVERBIAL_PASSIVE.fullmatch(ps.low[clause : subj.start])
                or (not ps.low[:clause].strip() and self._fronted_passive(ps, subj.start))
            )
            and self._nsyl(ps, subj.end, hit.start) <= 2
        ):  # "Sau khi bị Nga tấn công, Ukraine …", "Bị Israel tấn công, Iran …": the main subject
            main = self._main_subject(ps, hit, clause, passive=True)
            if main is not None:
                subj, agent, passive = main, subj, True
        received = self._received(ps, hit, clause, clause_end, subj)
        if received is not None:  # "Ukraine nhận viện trợ từ Mỹ": Mỹ gives to Ukraine
            subj, agent, passive = received
        reason = self._reason_subject(ps, hit, clause)
        if reason is not None:  # "trừng phạt X vì bán vũ khí cho Y": X sold
            subj, agent, passive = reason, None, False
        anaphoric = bool(_ANAPHORIC_OBJ.match(ps.low[hit.end : hit.end + 60]))
        anaphoric = anaphoric or self._anaphoric_act(ps, hit)  # "phản đối hành động nêu trên"
        bare = not anaphoric and self._judged_incident(ps, hit)  # "lên án vụ việc."
        anaphoric = anaphoric or bare
        if (
            subj is not None
            and not passive
            and _ANAPHORIC_SUBJ.fullmatch(ps.low[clause : subj.start])
        ):
            anaphoric = True  # "Hành động này bị Ai Cập lên án": Ai Cập judges what was just told
        listed = (
            self._listed(ps, hit, clause) if not recips and hit.trig.type == "SANCTION" else None
        )
        if listed is not None:  # "A đưa X vào danh sách trừng phạt": A's subject, X listed
            recips = [listed[0]]
            subj, agent, passive = self._subject(ps, clause, _Hit(listed[1], listed[1], hit.trig))
        # "đánh giá cao thành tựu mà Y đạt được", "công nhận ông X là tổng thống của Y": Y
        described = self._described_object(ps, hit, clause_end)
        invest_here = (  # "Toyota đã đầu tư nhà máy tại Thái Lan": the host state
            hit.trig.text in _INVEST and not recips and self._place_code(ps, hit, after=True)
        )
        # "phóng 100 tên lửa vào các thành phố trên khắp Y": a launch aimed "vào" places of a
        # state names its target by the place (the fallback below), wave 17
        aimed_here = (
            hit.trig.type == "ASSAULT"
            and not recips
            and bool(_AIMED_INTO.match(ps.low, hit.end, clause_end))
            and self._place_code(ps, hit, after=True)
        )
        if (
            "obj" in hit.trig.need
            and not recips
            and not invest_here
            and not aimed_here
            and not (subj and agent_after)
            and not passive
            and not anaphoric
            and not (ev_type.quad_class >= 3 and _RECIPROCAL.match(ps.low, hit.end))
            and not (
                hit.trig.type == "REQUEST"
                and (_MEETING_FRAME.search(ps.low) or self._asked_in_meeting(ps, hit, i, ctx))
            )
            and not (hit.trig.type == "THREATEN" and self._warned(ps, hit))
            and not self._reacted_to(ps, hit, i, ctx, subj)
            and not (reason is not None and self._thanker(ps, hit, clause))
            and not described
            and not (hit.trig.type == "SUPPORT" and self._occasion_party(ps, hit))
            and not (hit.trig.type == "REQUEST" and self._turned_down(ps, hit, ps.hits))
        ):
            return None
        if "official" in hit.trig.need and not passive and not self._official(ps, subj):
            return None  # "Ngoại trưởng Mỹ đến Israel" is a visit, "du khách Mỹ đến …" is not
        attended = hit.trig.mode == "multilateral" and bool(
            _ATTEND.search(self._before(ps, hit.start, 3)) or self._named_meeting(ps, hit)
        )
        if attended:  # "gặp nhau bên lề hội nghị G20": the conference is no party
            subj, agent_after = None, None
            recips = [g for g in recips if len(g.phrases) >= 2]
        # "lệnh trừng phạt của Mỹ đối với X": a noun trigger's "của" names its author
        nominal = self._nominal(ps, hit) or hit.trig.text.startswith(_NOUNS)
        nominal = nominal or self._stance_noun(ps, hit)  # "lập trường phản đối của X": X's
        # "quyết định trừng phạt của Mỹ": the act a noun heads, its author after "của"
        nominal = nominal or (
            bool(_OF_RIGHT_AFTER.match(ps.low, hit.end))
            and self._ends(self._before(ps, hit.start, 2), _ACT_HEADS)
        )
        sufferer = None
        if (
            subj is not None
            and agent_after is None
            and recips
            and not passive
            and _FROM_ONLY.fullmatch(ps.low[hit.end : recips[0].start])
            and (
                _SUFFER.search(self._before(ps, hit.start, 5))
                or _UNDERGO.fullmatch(ps.low[subj.end : hit.start])
            )
        ):  # "A vấp phải/hứng chịu chỉ trích (gay gắt) từ B": B is the critic, as "từ phía B"
            agent_after, recips = recips[0], recips[1:]
        if (
            subj is not None
            and agent_after is not None
            and received is None
            and re.fullmatch(
                r"\s*(?:\w+\s+){0,2}?từ(?:\s+phía)?\s*", ps.low[hit.end : agent_after.start]
            )
        ):
            if _SUFFER.search(self._before(ps, hit.start, 5)) or _UNDERGO.fullmatch(
                ps.low[subj.end : hit.start]
            ):
                sufferer = subj  # "A vấp phải sự chỉ trích từ phía B": B criticises A
            subj = None  # "lý do trục xuất từ phía Mỹ": Mỹ expels, not the subject
        if subj is not None and not passive and _REACTING.fullmatch(ps.low[subj.end : hit.start]):
            subj = None  # "Nga phản ứng trước quyết định trục xuất … của Ba Lan": not Nga's act
        if subj is not None and not passive and _TARGETED.fullmatch(ps.low[subj.end : hit.start]):
            sufferer, subj = subj, None  # "A là đối tượng trừng phạt (của B)": A is the target
        if (
            subj is not None
            and not passive
            and self._before(ps, hit.start, 1) == "việc"
            and any(
                h.trig.type in ("ACCUSE", "REJECT", "SUPPORT") and subj.end <= h.start
                for h in hits
                if h.end <= hit.start
            )
        ):
            subj = None  # "X lo ngại trước … và việc bắt giữ Y": X judges, it arrests nobody
        # "Tàu cá Y bị bắt giữ bởi lực lượng X": a passive verb, its agent after it (wave 19)
        by_agent = passive and bool(_BY_AGENT.match(ps.low, hit.end))
        undergone = (
            not by_agent
            and subj is not None
            and agent_after is not None
            and received is None
            and bool(_UNDERGO.fullmatch(ps.low[subj.end : hit.start]))
        )
        if undergone or (
            nominal
            and not by_agent
            and subj is not None
            and agent_after is not None
            and received is None
        ):
            if undergone:
                # "Ukraine hứng chịu đợt tập kích của Nga", "Iran lại hứng trừng phạt của Mỹ"
                sufferer = subj
            subj = None  # "cuộc họp của A với B": the actor is A
        claimed = _CLAIMED.search(ps.low, max(0, hit.start - 60), hit.start)
        if self._incident(ps, hit) and not claimed and not by_agent:
            # "A vấp phải sự chỉ trích từ B": B criticises A
            if subj is not None and _SUFFER.search(self._before(ps, hit.start, 5)):
                sufferer = subj
            subj = None  # "tưởng niệm nạn nhân vụ đánh bom": not the mourners' bombing
        confidence = 0.85
        pairs: list[tuple[Phrase | str, Phrase | str]] = []
        actors: list[Phrase] = []
        targets: list[Phrase] = []
        if passive:
            actors = self._participants(agent or agent_after)
            targets = self._participants(subj)
        elif (subj is not None and subj.is_dyad_ref) or any(g.is_dyad_ref for g in recips):
            third = not (subj is not None and subj.is_dyad_ref) and bool(self._participants(subj))
            if (
                not third
                and not (subj is not None and subj.is_dyad_ref)
                and not ev_type.symmetric
                and not passive
            ):
                return None  # "(Phó Thủ tướng) đề nghị hai nước …": asked by someone unnamed
            joint = self._participants(subj) if third else []
            ref = next((g for g in recips if g.is_dyad_ref), None)
            if (
                ref is not None
                and self._ends(self._before(ps, ref.start, 1), _BETWEEN_WORDS)
                and not self._own_joint_act(ps, hit, subj, ref)
            ):
                joint = []  # "A và B làm trung gian cho đàm phán giữa hai bên": others
            if len(joint) == 2 and ev_type.symmetric:
                # "A và B ký thỏa thuận cho phép quân đội hai nước …": the subject's own pair
                third = False
                dyad: tuple[Phrase | str, Phrase | str] | None = (joint[0], joint[1])
            else:
                opening = subj is not None and subj.is_dyad_ref
                upto = hit.start if opening and hit.trig.type in _SPOKEN_TO_THIRD else None
                # "Hai nhà lãnh đạo cam kết hỗ trợ Kiev trong cuộc xung đột với Nga": the
                # leaders of the talks under way, not the two states the sentence names (wave 19)
                people = opening and _PEOPLE_REF.match(ps.low, subj.start)
                dyad = self._resolve_dyad(ps, i, ctx, named=False) if people else None
                if dyad is None:
                    dyad = self._resolve_dyad(ps, i, ctx, named=not third, upto=upto)
            if dyad is None and third:  # "gặp người đồng cấp A và B, … kêu gọi hai nước …"
                dyad = self._pair_named_before(ps, hit, subj)
            if dyad is None:
                return None  # "hai bên" with no meeting to refer to: nothing is borrowed
            sides = {d if isinstance(d, str) else d.code for d in dyad}
            others = [
                p
                for g in recips
                if not g.is_dyad_ref
                for p in self._participants(g)
                if p.kind == "actor" and p.code not in sides
            ]
            if third and not between:  # "Trung Quốc kêu gọi hai nước kiềm chế": each side
                pairs.extend((a, side) for a in self._participants(subj) for side in dyad)
            elif (
                not third
                and not between
                and others
                and subj is not None
                and subj.is_dyad_ref
                and hit.trig.type in _SPOKEN_TO_THIRD
            ):
                # "Hai nhà lãnh đạo kêu gọi Mỹ …": each side acts on the third party (wave 17)
                pairs.extend((side, t) for side in dyad for t in others)
            else:
                pairs.append(dyad)
                mutual = (
                    hit.trig.text in _MUTUAL
                    or re.match(
                        r"(?:\s+\w+){0,4}?\s+(?:lẫn nhau|của nhau|nhau)(?!\w)", ps.low[hit.end :]
                    )
                    or (ev_type.quad_class >= 3 and _RECIPROCAL.match(ps.low, hit.end))
                    # "hai nước hạ cấp quan hệ", "hai bên (đều) cáo buộc …": each side acts
                    or (
                        subj is not None
                        and subj.is_dyad_ref
                        and not recips
                        and ev_type.quad_class >= 3
                        and hit.trig.type not in ("MOBILIZE", "REJECT")
                    )
                )
                if (
                    not mutual
                    and hit.trig.type == "REJECT"
                    and subj is not None
                    and subj.is_dyad_ref
                    and not recips
                ):
                    return None  # "Hai nhà lãnh đạo bác bỏ kế hoạch …": refused together
                if mutual and not ev_type.symmetric:  # "Hai nước đã đấu pháo": both ways
                    pairs.append((dyad[1], dyad[0]))
            confidence = 0.7
        else:
            actors = self._participants(subj or agent_after)
            if (
                subj is None
                and agent_after is not None
                and hit.trig.type in ("ACCUSE", "REJECT", "SUPPORT")
                and _ACT.match(ps.low, hit.end)
            ):
                actors = []  # "Phản đối hành vi … của X": X did the act judged, the judge unsaid
            answering = self._answering_actor(ps, hit, clause_end)
            if answering:  # "trừng phạt chỉ huy của X sau nhiều lần tấn công …": X attacks
                actors = answering
            if between and actors and hit.trig.mode == "third-party":
                # "X làm trung gian hòa giải giữa A và B": the mediator talks with each side, and
                # the two sides meet through it (wave 17); an offer to mediate ("X đề nghị đứng
                # ra làm nước trung gian …") is no mediation yet
                if _MEDIATION_OFFER.search(self._before(ps, hit.start, 6)):
                    return None
                sides = [p for g in recips for p in self._participants(g) if p.kind == "actor"]
                brokers = {a.code for a in actors}
                pairs.extend((a, t) for a in actors for t in sides if t.code not in brokers)
                pairs.extend(combinations([t for t in sides if t.code not in brokers], 2))
            elif between and len(recips) == 2 and (ev_type.symmetric or not actors):
                actors = self._participants(recips[0])
                targets = self._participants(recips[1])
            elif between and (ev_type.symmetric or "mutual" in hit.trig.need):
                # "hoan nghênh thỏa thuận trao đổi tù nhân giữa A và B": A and B (wave 19)
                actors, targets = [], self._participants(recips[0])
            elif between:  # "chỉ trích các cuộc tập trận giữa A và B": both are targets
                targets = self._participants(recips[0])
            else:
                targets = [p for g in recips for p in self._participants(g)]
                if hit.trig.type in _SPOKEN:  # "cảnh báo thành phố Fallujah …": a place is
                    targets = [p for p in targets if p.kind == "actor"]  # no addressee
                owner = [p for p in self._participants(agent_after) if p.kind == "actor"]
                if (  # "tấn công cầu Crimea của Nga": the owner of the place is the target
                    targets
                    and owner
                    and all(p.kind == "place" for p in targets)
                    and re.fullmatch(r"\s*của\s*", ps.low[recips[-1].end : agent_after.start])  # type: ignore[union-attr]
                ):
                    targets = owner
            judged = self._judged_agent(ps, hit, hits, clause_end)
            if judged:  # "chỉ trích chuyến thăm Đài Loan của X": X made the visit criticised
                targets = judged
            elif self._event_object(ps, hit, hits) and self._bare_incident(ps, hit):
                targets = []  # "lên án vụ tấn công vào Iran": Iran is the victim, not accused
            if sufferer is not None and actors and not targets:
                targets = [p for p in self._participants(sufferer) if p.kind == "actor"]
            owned = (
                self._measure_owner(ps, hit, clause_end)
                or self._praised_owner(ps, hit, clause_end)
                or self._goods_owner(ps, hit, clause_end)
                or (self._protest_after(ps, hit, clause_end) if not targets else [])
                or (self._threat_condition(ps, hit, actors) if not targets else [])
                or (self._turned_down(ps, hit, hits) if not targets else [])
            )
            if owned:  # "lên án lệnh cấm … của X", "thuế đối với hàng hóa của X": X
                targets = owned
            if subj is not None and actors and not targets and agent_after is not None:
                # "bác bỏ cáo buộc của Philippines": with a subject, "của X" is the target
                owners = [agent_after]  # type: ignore[list-item]
                if hit.trig.type in _LONG_OBJECT | {"COERCE"}:
                    owners.extend(self._owned_too(ps, agent_after, clause_end))  # type: ignore[arg-type]
                targets = [p for g in owners for p in self._participants(g)]
            targets = self._not_mediators(ps, hit, targets)  # "do Qatar làm trung gian"
            if hit.trig.type == "ACCUSE" and hit.trig.mode == "allege":
                # "(khởi) kiện (Y) lên WTO": the body a case is brought before is no party to
                # it (wave 17)
                targets = [
                    p
                    for p in targets
                    if not p.mentions
                    or not self._ends(self._before(ps, p.mentions[0].start, 1), ("lên",))
                ]
            if (
                hit.trig.type in ("SUPPORT", "REJECT")
                and recips
                and not owned
                and self._complement(ps, recips[0])
                and not self._candidacy(ps, recips[0])
                and not _CREDITING.search(hit.trig.text)  # "cảm ơn Y đã chia sẻ …" (wave 17)
            ):
                return None  # "hoan nghênh Nga đầu tư", "phủ nhận việc Nga tấn công": an action
        co = self._alongside(ps, subj, hit) if not passive and actors else []
        co = [p for p in co if p.code not in {a.code for a in actors}]
        if co and ev_type.symmetric and not targets:  # "A cùng với B và C thảo luận": all meet
            pairs.extend(combinations([*actors, *co], 2))
        elif co:  # "A cùng với B lên án C": B condemns C too
            actors = [*actors, *co]
        if reason is not None and actors and not targets and hit.trig.type in ("AID", "SUPPORT"):
            targets = self._thanker(ps, hit, clause)  # "A cảm ơn B vì đã cung cấp tên lửa": to A
        if actors and not targets and described:
            targets = described  # "… mà Y đạt được", "… là tổng thống của Y": Y
        handed_back = (
            hit.trig.text in _HANDED_BACK
            and not targets
            and len([p for p in actors if p.kind == "actor"]) == 2
        )  # "Nga và Ukraine trao trả thi thể binh sĩ": each side to the other (wave 19)
        if not pairs and ("mutual" in hit.trig.need or handed_back):  # "A và B trao đổi tù binh"
            each = list({p.code: p for p in [*actors, *targets] if p.kind == "actor"}.values())
            pairs.extend((a, b) for a in each[:2] for b in each[:2] if a is not b)
        if hit.trig.type == "ASSAULT" and targets and _RETAKE.fullmatch(hit.trig.text):
            # "giành lại Mosul": the attack is on whoever holds the place, when that is said
            held = self._held_target(ps, ctx, hit.start, clause_end)
            # nor on the retaker's own capital ("Quân đội Sudan giành lại Khartoum từ tay Y")
            own = {a.code for a in actors}
            targets = [t for t in targets if t.kind != "place" and t.code not in own]
            if held and actors and not targets:
                pairs.extend((a, h) for a in actors for h in held)
                confidence = 0.6
        if not pairs and ev_type.quad_class >= 3 and not ev_type.symmetric:
            pairs.extend(self._each_other_sides(ps, hit, actors))  # "A và B tấn công qua lại"
        # "A và B cáo buộc lẫn nhau": each accuses the other
        each_other = (
            bool(_EACH_OTHER.match(ps.low, hit.end))
            or (not ev_type.symmetric and bool(_TO_EACH_OTHER.match(ps.low, hit.end, clause_end)))
            or (
                ev_type.quad_class >= 3
                and bool(
                    _RECIPROCAL.match(ps.low, hit.end) or _OF_EACH_OTHER.match(ps.low, hit.end)
                )
            )
        )  # "A, B trục xuất các nhà ngoại giao của nhau"
        if not pairs and (hit.trig.text in _MUTUAL or (each_other and not ev_type.symmetric)):
            sides: list[Phrase] = []
            for p in [*actors, *targets]:
                if p.kind == "actor" and p.code not in {q.code for q in sides}:
                    sides.append(p)
            n = 2 if hit.trig.text in _MUTUAL else len(sides)
            pairs.extend((a, b) for a in sides[:n] for b in sides[:n] if a is not b)
        if pairs:
            pass
        elif actors and targets:
            pairs.extend((a, b) for a in actors for b in targets)
        elif (
            ev_type.symmetric and len(actors) >= 2 and not targets
        ):  # co-mediators ("do Mỹ, Ai Cập và Qatar làm trung gian"): PrecisionRules
            pairs.extend(combinations(actors, 2))
        elif (
            hit.trig.type == "RETREAT"
            and hit.trig.text.startswith("rút")  # not "ngừng bắn", which is agreed or urged
            and not targets
            and len({a.code for a in actors if a.kind == "actor"}) == 2
        ):
            # "A và B rút quân (khỏi khu vực tranh chấp)": each pulls back from the other
            sides = list({a.code: a for a in actors if a.kind == "actor"}.values())
            pairs.extend([(sides[0], sides[1]), (sides[1], sides[0])])
        elif (
            ev_type.symmetric
            and len(targets) >= 2
            and not actors
            and hit.trig.mode != "visit"  # "(Thủ tướng) thăm Lào và Campuchia": places visited
            and not _PARTNER_PREP.search(ps.low[max(0, targets[0].start - 40) : targets[0].start])
        ):  # not "thảo luận với giới chức Mỹ và Ai Cập": partners of someone unnamed
            pairs.extend(combinations(targets, 2))
        elif (
            targets
            and not actors
            and (hit.trig.type == "PROTEST" or _CROWD.search(ps.low[clause : hit.start]))
        ):
            # "Hàng nghìn người biểu tình tại Niamey …": the protesters of that country
            here = self._place_code(ps, hit)
            if here:
                pairs.extend((here, t) for t in targets)
                confidence = 0.6
        elif actors and not targets and not passive and self._visit_host(ps, hit):
            # "chuyến thăm của ông Obama tại Việt Nam": the visit's host is where it is
            pairs.extend((a, self._visit_host(ps, hit)) for a in actors)  # type: ignore[misc]
            confidence = 0.6
        elif hit.trig.type == "CONSULT" and not passive and not attended:
            pairs.extend(self._consult_fallback(ps, i, ctx, hit, actors, targets, subj))
            confidence = 0.55
        elif (
            actors
            and not targets
            and (hit.trig.type in _PLACED_ACTS or hit.trig.mode == "withdraw")
        ):
            # "tập kích căn cứ … ở tỉnh Rostov của Nga", "không kích các mục tiêu tại Liban";
            # "rút quân khỏi căn cứ ở Syria" (wave 19)
            held = self._held_target(ps, ctx, hit.start, clause_end)
            here = self._place_code(ps, hit, after=True) or self._territory_code(
                ps, hit, clause_end
            )  # "ở bên trong lãnh thổ Iran" (TerritoryRules)
            if held and hit.trig.type == "ASSAULT":  # "tấn công nhằm giành lại X" (held by Y)
                pairs.extend((a, h) for a in actors for h in held)
                confidence = 0.6
            elif here:
                # "các mục tiêu ở Syria, Liban và Iraq": every place of the list
                for code in self._place_list(ps, hit, here):
                    pairs.extend((a, code) for a in actors)
                confidence = 0.6
        elif actors and not targets and invest_here:
            # a company or a state invests; a person's purchase abroad is no state relation
            group = subj or agent_after
            people = group is not None and any(
                m.etype == "PER" for p in group.phrases for m in p.mentions
            )
            if not people:
                pairs.extend((a, invest_here) for a in actors)
            confidence = 0.6
        elif actors and not targets and self._meeting_object(ps, hit, hits):
            # "Bình Nhưỡng chỉ trích cuộc đối thoại": the parties of the meeting under way
            dyad = self._not_judges(self._resolve_dyad(ps, i, ctx, named=False), actors)
            for a in actors:
                pairs.extend((a, side) for side in dyad or () if side != a.code)
            confidence = 0.6
        elif actors and not targets and _COORD.search(self._before(ps, hit.start, 3)):
            # "áp đặt trừng phạt đối với Niger và đe dọa can thiệp": the same target
            for a in actors:
                for e in ctx.recent:
                    if e[0] == i and e[1] == a.code and e[2] and (a, e[2]) not in pairs:
                        pairs.append((a, e[2]))
                        confidence = 0.6
        elif actors and not targets and anaphoric:
            # "Moskva bác bỏ các cáo buộc này": whoever just acted against the actor
            for a in actors:
                src = _last_recent(ctx, i, on=a.code)
                if src is None and hit.trig.type in _JUDGING_ACTS:
                    # "Y đâm chìm tàu cá Z. X lên án vụ việc": the author of the hostile act
                    src = _last_recent(ctx, i, not_by=a.code, types=_HOSTILE_ACTS)
                if src is None and bare:
                    continue  # "lên án vụ tấn công" with no author told: no one to blame
                if src is None:  # "phản đối mức thuế này": whoever did the last thing reported
                    src = _last_recent(ctx, i, not_by=a.code)
                target = src[1] if src is not None else ctx.prev_subject
                if target and target != a.code:  # else: the previous sentence's subject
                    pairs.append((a, target))
                    confidence = 0.6
                if src is not None:  # "EU và Anh áp đặt trừng phạt …": each author of the act
                    for e in ctx.recent:
                        if e[0] == src[0] and e[2:] == src[2:] and e[1] not in (a.code, target):
                            pairs.append((a, e[1]))  # type: ignore[arg-type]
        if not pairs and actors and not targets and hit.trig.type == "AGREE":
            # "ký hợp đồng mua 100 máy bay Boeing": the deal is with the seller
            for p in self._seller(ps, hit, clause_end):
                pairs.extend((a, p) for a in actors if a.code != p.code)
                confidence = 0.6
        if not pairs and actors and not targets and not passive:
            # "Philippines triệu đại sứ Trung Quốc, Bắc Kinh phản đối": against the act's author
            for code in self._reacted_to(ps, hit, i, ctx, subj):
                pairs.extend((a, code) for a in actors if a.code != code)
                confidence = 0.6
        if (
            not pairs
            and actors
            and not targets
            and not passive
            and self._event_object(ps, hit, hits)
        ):
            # "(Houthi bắt giữ tàu Israel.) Israel lên án vụ bắt giữ": the incident's doer
            for code in self._incident_author(ps, hit, hits, i, ctx, actors):
                pairs.extend((a, code) for a in actors if a.code != code)
                confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type == "SUPPORT":
            # "Nhân dịp ông X được bầu …, lãnh đạo A, B và C gửi điện chúc mừng": X's state
            for code in self._occasion_party(ps, hit):
                pairs.extend((a, code) for a in actors if a.code != code)
                confidence = 0.6
        if not pairs and actors and not targets and self._conditional(ps, hit):
            cond = self._condition_subject(ps, hit, actors)
            pairs.extend((a, c) for a in actors for c in cond if c.code != a.code)
            confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type == "REQUEST":
            # "Trong cuộc điện đàm (với X), A kêu gọi ngừng bắn": asked of the other side
            for side in self._meeting_partner(ps, i, ctx, actors, hit):
                pairs.extend((a, side) for a in actors if a.code != side)
                confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type == "REJECT":
            # "từ chối đàm phán với Seoul": refusing to deal with the nested event's counterpart
            inner = next((h for h in hits if h.start >= hit.end), None)
            dealing = ("CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT")
            if (
                inner is not None
                and inner.trig.type in dealing
                and self._nsyl(ps, hit.end, inner.start) <= 1
                and not _REPORT_OBJ.match(ps.low, hit.end)  # "bác tin đàm phán với Y"
            ):
                recips, _ag, _btw = self._object(ps, inner, clause_end)
                for p in (p for g in recips for p in self._participants(g)):
                    pairs.extend((a, p) for a in actors if a.code != p.code)
                confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type in ("SANCTION", "THREATEN"):
            # "áp đặt lệnh trừng phạt sau khi Washington thông báo …": who provoked it
            m = _PROVOKED.search(ps.low, hit.end)
            after = [g for g in ps.groups if m and m.end() <= g.start]
            if m and after and self._nsyl(ps, m.end(), after[0].start) <= 3:
                for p in self._participants(after[0]):
                    pairs.extend((a, p) for a in actors if a.code != p.code)
                confidence = 0.6
        strikes_back = hit.trig.type == "ASSAULT" and _RETALIATING.match(ps.low, hit.end)
        if not pairs and actors and not targets and (strikes_back or self._bare_incident(ps, hit)):
            # "Nga lên án vụ tấn công": whoever just acted against the actor (said before);
            # "Hamas bắn rocket vào Israel. Israel đã không kích để trả đũa.": the attacker
            types = _STRUCK if strikes_back else None
            for a in actors:
                src = _last_recent(ctx, i, on=a.code, types=types)
                if src is not None:
                    pairs.append((a, src[1]))
                    confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type == "THREATEN":
            # "Nga cảnh báo rằng NATO sẽ phải trả giá": the subject of what is threatened
            warned = self._warned(ps, hit)
            pairs.extend((a, p) for a in actors for p in warned if a.code != p.code)
        if not pairs and actors and not targets and hit.trig.type == "THREATEN":
            pairs.extend(self._threatened_place(ps, hit, actors))  # "dọa … chiến dịch tại Y"
        if not pairs and actors and not targets and hit.trig.type == "THREATEN":
            pairs.extend(self._threat_target(ps, i, ctx, clause, subj, actors))
            confidence = 0.6
        if not pairs and actors and not targets and hit.trig.type == "THREATEN":
            pairs.extend(self._vow_after_act(ps, hit, i, ctx, actors))  # TerritoryRules
        pairs.extend(self._co_drillers(hit, actors, targets, pairs))  # TerritoryRules
        if (
            not pairs
            and actors
            and not targets
            and not passive
            and hit.trig.type == "ACCUSE"
            and not self._bare_incident(ps, hit)  # "lên án vụ ám sát lãnh đạo Y": Y the victim
        ):
            # "X lên án mạnh mẽ các hành động … của Y …": the first party named after it
            judged = self._first_party_after(ps, hit, clause_end, actors)
            if judged:
                pairs.extend((a, p) for a in actors for p in judged)
                confidence = 0.55
        found = (pairs, confidence, clause)
        found = self._subject_parties(ps, hit, found, actors, targets, (passive, between))
        last = self._last_pairs(ps, hit, ctx, found, actors, targets, (passive, between))
        if measured and last is not None:  # nor as the topic's partner ("thảo luận về …")
            kept = [(a, b) for a, b in last[0] if isinstance(b, str) or b.start < hit.end]
            talkers = list({a.code: a for a, _b in last[0] if not isinstance(a, str)}.values())
            if not kept and len(talkers) >= 2:  # "A và B thảo luận lệnh trừng phạt …": A, B
                kept = list(combinations(talkers, 2))
            last = (kept, last[1], last[2])
        return last

    def _main_subject(
        self, ps: _Sent, hit: _Hit, clause: int, passive: bool = False
    ) -> Group | None:
        """The subject of the main clause for a verb in a subjectless time clause before it:
        "Sau khi gặp Tổng thống Pháp, Thủ tướng Đức cho biết …" (the Chancellor met)."""
        head = ps.low[clause : hit.start]
        if (
            not passive
            and not _ADVERBIAL.fullmatch(head)
            and not _FRONTED_TALKS.fullmatch(head)
            and not self._fronted_meeting_verb(ps, hit, clause)
            and not self._fronted_judging_verb(ps, hit)
        ):
            return None
        comma = _COMMA.search(ps.low, hit.end)
        if comma is None or _BREAK.search(ps.low, hit.end, comma.start()):
            return None
        for g in ps.groups:
            if g.start < comma.end():
                continue
            if self._nsyl(ps, comma.end(), g.start) > 6:
                return None
            if g.is_place or self._after_place_prep(ps, g.start) or self._in_pp(ps, g):
                continue
            return g if any(p.code for p in g.phrases) else None
        return None

    def _adopted_by(self, ps: _Sent, hit: _Hit, clause: int, clause_end: int) -> Group | None:
        """The author of a measure that opens its clause as a passive's subject: "Lệnh trừng
        phạt mới đối với Y (đã) được EU thông qua", "Gói viện trợ cho Y được X công bố"."""
        if any(clause <= g.start < hit.start for g in ps.groups):
            return None
        for g in ps.groups:
            if not hit.end <= g.start < clause_end or g.is_place:
                continue
            by = _PASSIVE_BY.search(ps.low, hit.end, g.start)
            if by and _NOT_YET.search(ps.low, hit.end, by.end()):
                return None  # "… sẽ được EU gia hạn": not done
            if by and self._nsyl(ps, by.end(), g.start) <= 2 and _ADOPTING.match(ps.low, g.end):
                return g
        return None

    def _fronted_passive(self, ps: _Sent, start: int) -> bool:
        """Does the sentence open with "bị/được" right before the agent at ``start``, a title
        allowed between ("Được Tổng thống Mỹ tiếp tại Nhà Trắng, Thủ tướng Ba Lan …")?"""
        head = ps.low[:start].rstrip()
        title = next((t for t in _person_titles() if self._ends(head, (t,))), None)
        if title is not None:
            head = head[: len(head) - len(title)]
        return _FRONTED_PASSIVE.fullmatch(head) is not None

    def _fronted_meeting_verb(self, ps: _Sent, hit: _Hit, clause: int) -> bool:
        """A meeting verb opening the sentence, its subject after the comma that ends its
        object: "Tiếp Bộ trưởng Ngoại giao Hàn Quốc, Thủ tướng Phạm Minh Chính đề nghị …",
        "(Chiều 5/3,) hội kiến Tổng thống Pháp, Chủ tịch nước …" (wave 17)."""
        if hit.trig.type != "CONSULT" or self._nominal(ps, hit):
            return False
        head = ps.low[clause : hit.start].strip()
        if head and (not head.endswith(",") or self._nsyl(ps, clause, hit.start) > 5):
            return False
        return not any(clause <= g.start < hit.start and not g.is_place for g in ps.groups)

    def _fronted_judging_verb(self, ps: _Sent, hit: _Hit) -> bool:
        """A verb judging a claim or an act opening the sentence, its subject after the comma
        that ends its object: "Bác bỏ cáo buộc của Washington, Bắc Kinh khẳng định …" (wave
        18)."""
        if hit.trig.type not in ("REJECT", "ACCUSE", "SUPPORT") or self._nominal(ps, hit):
            return False
        return not ps.low[: hit.start].strip()

    def _listed(self, ps: _Sent, hit: _Hit, clause: int) -> tuple[Group, int] | None:
        """Who is put on a sanctions list ("đưa (15 công ty của) X vào danh sách trừng phạt"),
        and where the verb starts."""
        listed = _LISTED_AT if hit.trig.text.startswith("danh sách") else _LISTED
        m = listed.search(ps.low, clause, hit.start)  # "… vào danh sách đen": the list is the hit
        if m is None:
            return None
        inner = [
            g
            for g in ps.groups
            if m.end("verb") <= g.start and g.end <= m.start("into") and not g.is_place
        ]
        if not inner or self._nsyl(ps, m.end("verb"), inner[0].start) > 8:
            return None
        return inner[0], m.start("verb")

    def _proposed_talks(self, ps: _Sent, hit: _Hit, clause_end: int) -> list[Group]:
        """Talks proposed with a party: "đề xuất (tổ chức) đàm phán quân sự với Y", "đề nghị
        nối lại đối thoại với Y", "đề xuất gặp trực tiếp với Y": Y is asked (wave 17)."""
        if hit.trig.text not in ("đề xuất", "đề nghị"):
            return []
        nxt = next((h for h in ps.hits if h.start >= hit.end), None)
        if nxt is None or nxt.trig.type != "CONSULT" or nxt.start >= clause_end:
            return []
        if not _TALKS_OPENER.fullmatch(ps.low[hit.end : nxt.start]):
            return []
        m = _WITH_PARTNER.match(ps.low, nxt.end)
        if m is None:
            return []
        g = next((g for g in ps.groups if g.start >= m.end()), None)
        if g is None or g.is_place or g.start >= clause_end or self._nsyl(ps, m.end(), g.start) > 3:
            return []
        return [g]

    def _fronted_recipient(self, ps: _Sent, hit: _Hit, clause: int) -> list[Group]:
        """A recipient put before a noun trigger by a light verb: "trao cho Ukraine gói viện
        trợ", "áp đặt lên Nga gói trừng phạt" (the subject comes before the verb)."""
        m = _FRONTED.search(ps.low, clause, hit.start)
        if m is None:
            return []
        g = next((g for g in ps.groups if g.start >= m.end() and g.end <= hit.start), None)
        if g is None or g.is_place or self._nsyl(ps, m.end(), g.start) > 2:
            return []
        gap = ps.low[g.end : hit.start].split()
        if len(gap) > 3 or not all(w in _NOUN_HEADS for w in gap):
            return []
        if not any(h.end <= g.start for h in ps.groups if h.start < m.start()):
            return []  # no subject before the verb
        return [g]

    def _purpose_recipient(self, ps: _Sent, hit: _Hit, clause_end: int) -> list[Group]:
        """Aid given for a purpose its receiver carries out: "tài trợ 5 triệu USD để Việt Nam
        xử lý ô nhiễm", "cung cấp 10 tàu tuần tra để Philippines bảo vệ vùng biển" (wave 19):
        the party opening the "để" clause, a verb right after it, is the recipient."""
        m = _PURPOSE_OF.match(ps.low, hit.end, clause_end)
        if m is None or _COMMA.search(m.group()):
            return []
        if (
            self._nsyl(ps, hit.end, m.start("to"))
            - self._value_syllables(ps, hit.end, m.start("to"))
            > 8
        ):
            return []
        g = next((g for g in ps.groups if g.start == m.end()), None)
        if (
            g is None
            or g.is_place
            or g.is_dyad_ref
            or not any(p.kind == "actor" for p in self._participants(g))
        ):
            return []
        return [g] if _VERB_NEXT.match(ps.low, g.end) else []

    def _consented_party(self, ps: _Sent, hit: _Hit) -> list[Group]:
        """The party let do something: "X đồng ý để Y gia nhập NATO" (Y, a verb right after it),
        as "đồng ý cho Y …" names it (wave 19)."""
        m = re.match(r"\s+để\s+", ps.low[hit.end :])
        if m is None:
            return []
        g = next((g for g in ps.groups if g.start == hit.end + m.end()), None)
        if g is None or g.is_place or g.is_dyad_ref or not _VERB_NEXT.match(ps.low, g.end):
            return []
        return [g] if any(p.kind == "actor" for p in self._participants(g)) else []

    def _received(
        self, ps: _Sent, hit: _Hit, clause: int, clause_end: int, subj: Group | None
    ) -> tuple[Group, Group, bool] | None:
        """Aid received: "A nhận (được) viện trợ từ/của B", "A tiếp nhận lô vũ khí do B viện
        trợ": B gives to A, as a passive (A the recipient, B the agent); a call received
        ("A nhận được cuộc điện thoại từ B") is B's call to A, and any act received as a noun
        ("A nhận công hàm phản đối từ B", ``ActorRules._received_noun``) B's act on A."""
        if hit.trig.type != "AID" and hit.trig.mode != "phone" and not self._received_noun(ps, hit):
            return None
        m = _RECEIVE.search(ps.low, clause, hit.start)
        if m is None:
            return None
        before = [g for g in self._groups_before(ps, clause, m.start()) if not self._in_pp(ps, g)]
        if not before:
            return None
        taker = before[-1]
        if m.end() == hit.start or self._nsyl(ps, m.end(), hit.start) <= 2:
            # "nhận viện trợ quân sự từ Mỹ, Đức và Anh"
            for g in ps.groups:
                if hit.end <= g.start < clause_end and not g.is_place:
                    gap = ps.low[hit.end : g.start]
                    # "từ Mỹ", "của B", "do B (trao tặng)": the giver
                    by = re.search(r"(?<!\w)(?:từ|từ phía|của|do)((?:\s+[^\s,]+){0,3})\s*$", gap)
                    if (
                        # "từ Mỹ", "của Thủ tướng Ấn Độ": only a title before the giver
                        by
                        and all(w in title_words() or w in _HONORIFIC for w in by.group(1).split())
                        and self._nsyl(ps, hit.end, g.start) <= 8
                        and not _COMMA.search(gap)
                    ):
                        return taker, g, True
                    break
            return None
        # "tiếp nhận lô vũ khí do Mỹ viện trợ"
        giver = next((g for g in reversed(ps.groups) if g.end <= hit.start), None)
        if (
            giver is not None
            and giver is not taker
            and self._before(ps, giver.start, 1) in ("do", "của")
            and self._nsyl(ps, giver.end, hit.start) <= 1
        ):
            return taker, giver, True
        return None

    def _reason_subject(self, ps: _Sent, hit: _Hit, clause: int) -> Group | None:
        """Who did what a sanction, an accusation or thanks is for: "A trừng phạt B vì (đã)
        bán vũ khí cho C", "B bị A chỉ trích vì …", "A cảm ơn B vì đã viện trợ": B, the one
        acted upon by the verb before "vì"."""
        m = self._reason_marker(ps, clause, hit)
        if m is None:
            return None
        prev = [h for h in ps.hits if h.end <= m.start() and h.start >= clause]
        if not prev:
            return None
        main = prev[-1]
        if main.trig.type not in _JUDGING:
            return None
        recips, _agent, between = self._object(ps, main, m.start())
        if recips and not between:
            return recips[0]
        subj, _agent, passive = self._subject(ps, clause, main)
        return subj if passive else None

    def _reason_marker(self, ps: _Sent, clause: int, hit: _Hit) -> re.Match[str] | None:
        """What opens the reason clause right before ``hit``: "vì (đã)", "do", …, or after
        thanks a bare "đã" ("A cảm ơn B đã viện trợ …": B's help is what A thanks for), or
        none before an aid verb right after the one thanked (a headline's "A cảm ơn B hỗ trợ")."""
        m = _REASON.search(ps.low, clause, hit.start)
        if m is not None:
            return m
        m = _THANKED_DID.search(ps.low, clause, hit.start)
        if m is None and hit.trig.type == "AID":
            # a headline's thanks with no "đã": "A cảm ơn B hỗ trợ …" (wave 18)
            thanked = [g for g in ps.groups if g.end <= hit.start and g.start >= clause]
            g = thanked[-1] if thanked else None
            if g is not None and not ps.low[g.end : hit.start].strip():
                m = _BARE_THANKED.match(ps.low, hit.start)
        prev = [h for h in ps.hits if m and h.end <= m.start() and h.start >= clause]
        return m if prev and prev[-1].trig.text in THANKS else None

    def _thanker(self, ps: _Sent, hit: _Hit, clause: int) -> list[Phrase]:
        """Who thanks or praises another for the help ``hit`` names, with no recipient said
        ("A cảm ơn B vì đã cung cấp vũ khí": A was helped)."""
        m = self._reason_marker(ps, clause, hit)
        prev = [h for h in ps.hits if m and h.end <= m.start() and h.start >= clause]
        if not prev or prev[-1].trig.type != "SUPPORT":
            return []
        subj, _agent, passive = self._subject(ps, clause, prev[-1])
        return [] if passive else [p for p in self._participants(subj) if p.kind == "actor"]

    def _meeting_partner(
        self, ps: _Sent, i: int, ctx: _Ctx, actors: list[Phrase], hit: _Hit
    ) -> list[str]:
        """The other side of the meeting a sentence is framed in ("trong cuộc điện đàm với X",
        or "Trong cuộc hội đàm, …" after a meeting coded just before)."""
        m = _MEETING_FRAME.search(ps.low)
        if m is None:
            # "A điện đàm với B, kêu gọi …": the meeting just coded in this sentence
            codes = {a.code for a in actors}
            if self._asked_in_meeting(ps, hit, i, ctx) and codes & set(ctx.dyad):  # type: ignore[arg-type]
                return [c for c in ctx.dyad if c not in codes]  # type: ignore[union-attr]
            return []
        after = [
            g for g in ps.groups if g.start >= m.end() and self._nsyl(ps, m.end(), g.start) <= 3
        ]
        if after and re.match(r"\s*(?:với|cùng)(?!\w)", ps.low[m.end() :]):
            return [p.code for p in self._participants(after[0]) if p.code]  # type: ignore[misc]
        recent = ctx.dyad if ctx.dyad and i - ctx.dyad_sentence <= CONTEXT_SENTENCES else None
        codes = {a.code for a in actors}
        if recent and codes & set(recent):
            return [c for c in recent if c not in codes]
        return []

    def _asked_in_meeting(self, ps: _Sent, hit: _Hit, i: int, ctx: _Ctx) -> bool:
        """A call made in a meeting coded earlier in the sentence ("A điện đàm với B, kêu gọi
        …"); not an offer ("đề nghị trao lại cho X …")."""
        met = any(h.trig.type == "CONSULT" and h.end <= hit.start for h in ps.hits)
        return met and bool(ctx.dyad) and ctx.dyad_sentence == i and hit.trig.text not in _OFFERING

    def _foreseen_doer(self, ps: _Sent, hit: _Hit, g: Group) -> bool:
        """Is ``g``, right after a warning, the doer of a forceful act the warning foresees
        ("cảnh báo Nga đang chuẩn bị tấn công Kharkiv", "… Nga có thể tấn công NATO")? It is
        who is warned about, not warned (wave 19)."""
        if not re.fullmatch(r"\s*(?:về\s+|phía\s+)?", ps.low[hit.end : g.start]):
            return False
        m = _FORESEEN.match(ps.low, g.end)
        if m is None:
            return False
        act = next((h for h in ps.hits if h.start >= m.end()), None)
        if act is None or act.start != m.end():
            return False
        return act.trig.type in _FORCEFUL or bool(_PLOTTED.search(m.group()))

    def _measure_target(self, ps: _Sent, hit: _Hit) -> bool:
        """Is the first party after a verb of talks the target of a measure discussed
        ("thảo luận gói trừng phạt mới đối với Nga"), not a party to the talks (wave 19)?"""
        g = next((g for g in ps.groups if g.start >= hit.end), None)
        return g is not None and bool(_MEASURE_TO.fullmatch(ps.low[hit.end : g.start]))

    def _warned(self, ps: _Sent, hit: _Hit) -> list[Phrase]:
        """Who a warning is about: 'cảnh báo rằng X sẽ/phải/có thể …' (X, an actor)."""
        m = re.match(r"\s*(?:rằng|là)\s+", ps.low[hit.end :])
        if m is None:
            return []
        start = hit.end + m.end()
        g = next((g for g in ps.groups if g.start >= start), None)
        if g is None or self._nsyl(ps, start, g.start) > 1:
            return []
        if re.match(r"\s*(?:\w+\s+){0,2}?(?:sẽ|phải|có thể|sẵn sàng)(?!\w)", ps.low[g.end :]):
            return [p for p in self._participants(g) if p.kind == "actor"]
        if ps.low[start : g.start].strip() != "việc":
            return []
        # "cảnh báo rằng việc A, B, C tập trận … sẽ mang lại hậu quả": each of them
        members = [g]
        for h in ps.groups:
            if h.start >= g.end and re.fullmatch(r"\s*,\s*", ps.low[members[-1].end : h.start]):
                members.append(h)
        if not re.match(
            r"[^,;:.]{0,80}?(?:sẽ|có thể|phải)\s+(?:[\w\"“”]+\s+){0,3}?[\"“”]?(?:hậu quả|trả giá)",
            ps.low[members[-1].end :],
        ):
            return []
        return [p for m in members for p in self._participants(m) if p.kind == "actor"]

    def _occasion_party(self, ps: _Sent, hit: _Hit) -> list[str]:
        """The party a fronted occasion names ("Nhân dịp ông X được bầu làm …, …"), for a
        congratulation with no object after it."""
        m = _OCCASION.match(ps.low)
        if m is None or m.end() > hit.start:
            return []
        for g in ps.groups:
            if m.start("body") <= g.start and g.end <= m.end("body"):
                codes = [p.code for p in g.phrases if p.kind == "actor" and p.code]
                return codes[:1]
        return []

    def _incident_author(
        self, ps: _Sent, hit: _Hit, hits: list[_Hit], i: int, ctx: _Ctx, actors: list[Phrase]
    ) -> list[str]:
        """Who did the incident a judgement names bare ("lên án vụ bắt giữ"): the actor of the
        last event of its type coded in this sentence or the two before, not the judge."""
        nxt = next((h for h in hits if h.start >= hit.end), None)
        if nxt is None or _AUTHOR_AFTER.match(ps.low, nxt.end):
            return []  # "lên án vụ tấn công của X": X is named (the coder's own reading)
        own = {a.code for a in actors}
        done = [
            e[1]
            for e in ctx.recent
            if i - 2 <= e[0] <= i and e[3] == nxt.trig.type and e[1] and e[1] not in own
        ]
        return done[-1:]

    def _bare_incident(self, ps: _Sent, hit: _Hit) -> bool:
        """An ACCUSE/REJECT whose object is an incident named bare ("lên án vụ tấn công")."""
        if hit.trig.type not in ("ACCUSE", "REJECT"):
            return False
        m = _INCIDENT_OBJ.match(ps.low, hit.end)
        return bool(m) and not _AUTHOR_AFTER.match(ps.low, m.end())

    def _said_violation(
        self, ps: _Sent, hit: _Hit, clause: int
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """A violation someone says another committed is their accusation: 'X nói rằng Y đã vi
        phạm …', 'X: "Y đã vi phạm …"', 'X gọi/coi hành động của Y là vi phạm …'. A violation
        the article itself states has no accuser and is no event."""
        called = _CALLED.search(ps.low, clause, hit.start)
        if called and re.search(
            r"(?<!\w)là[\s\"“”]*(?:\w+[\s\"“”]+){0,3}$", ps.low[called.end() : hit.start]
        ):
            head = _Hit(called.start(), called.end(), _WITNESSED)
            subj, _agent, _pas = self._subject(ps, clause, head)
            subj = self._chain_subject(ps, called.start()) or subj  # ", đồng thời gọi …"
            accuser = self._participants(subj)
            inner = [g for g in ps.groups if called.end() <= g.start and g.end <= hit.start]
            # "gọi cuộc tấn công của Nga vào Kyiv là …": the one "của" names, else the first
            owners = [g for g in inner if self._ends(self._before(ps, g.start, 1), ("của",))]
            inner = owners[:1] or inner[:1]
            violators = [p for g in inner for p in self._participants(g) if p.kind == "actor"]
        else:
            subj, _agent, passive = self._subject(ps, clause, hit)
            if passive or subj is None or self._in_pp(ps, subj):
                return []  # "chở dầu tới Syria, vi phạm …": Syria is no violator
            if (
                _COMMA.search(ps.low[subj.end : hit.start])
                or self._nsyl(ps, subj.end, hit.start) > 4
            ):
                return []
            violators = [p for p in self._participants(subj) if p.kind == "actor"]
            speaker = self._speaker(ps, hit.start)
            source = self._according_to(ps, clause)  # "Theo X, Y đã vi phạm …"
            if speaker is not None:
                accuser: list[Phrase | str] = [speaker]  # type: ignore[no-redef]
            elif source is not None:
                accuser = self._participants(source)
            else:
                cue = self._report_cue(ps, clause)  # past "nói với Y rằng"
                if cue is None or clause == 0:
                    return []
                said_by = self._groups_before(ps, self._clause_start(ps, cue[0]), cue[0])
                accuser = self._participants(said_by[-1]) if said_by else []  # type: ignore[assignment]
        return [
            (a, v)
            for a in accuser
            for v in violators
            if (a if isinstance(a, str) else a.code) != v.code
        ]

    def _judged_agent(
        self, ps: _Sent, hit: _Hit, hits: list[_Hit], clause_end: int
    ) -> list[Phrase]:
        """Who did the meeting or visit that an ACCUSE/SUPPORT/REJECT trigger judges ("phản
        đối chuyến thăm Đài Loan của X": X)."""
        if not self._meeting_object(ps, hit, hits) and not self._event_object(ps, hit, hits):
            return []
        nxt = next((h for h in hits if h.start >= hit.end), None)
        if nxt is None or not (self._nominal(ps, nxt) or nxt.trig.text.startswith(_NOUNS)):
            return []
        _recips, agent, _between = self._object(ps, nxt, clause_end)
        return [p for p in self._participants(agent) if p.kind == "actor"]

    def _event_object(self, ps: _Sent, hit: _Hit, hits: list[_Hit]) -> bool:
        """Is what an ACCUSE/SUPPORT/REJECT trigger judges an event named as a noun ("lên án
        cuộc không kích của X", "phản đối lệnh trừng phạt của X")?"""
        if hit.trig.type not in ("ACCUSE", "SUPPORT", "REJECT"):
            return False
        nxt = next((h for h in hits if h.start >= hit.end), None)
        if nxt is None:
            return False
        called = _CALLED_WHAT.match(ps.low, hit.end)
        gap = ps.low[called.end() if called else hit.end : nxt.start].split()
        return len(gap) <= 4 and all(w in _CLASSIFIERS or w in _INTENSE for w in gap)

    def _resolution_content(self, ps: _Sent, hit: _Hit) -> _Hit | None:
        """For "thông qua nghị quyết <trigger> …", the trigger the resolution enacts."""
        if hit.trig.text != "thông qua":
            return None
        m = re.match(r"\s+(?:một\s+|các\s+)?nghị quyết(?:\s+mới)?", ps.low[hit.end :])
        if not m:
            return None
        at = hit.end + m.end()
        return next(
            (h for h in ps.hits if h.start >= at and self._nsyl(ps, at, h.start) <= 1), None
        )

    def _seller(self, ps: _Sent, hit: _Hit, end: int) -> list[Phrase]:
        """The maker or seller of what a signed deal buys ("ký thỏa thuận mua động cơ do
        hãng X chế tạo"): the first organisation named after "mua" in the clause."""
        m = _PURCHASE.search(ps.low, hit.end, end)
        if not m or self._nsyl(ps, hit.end, m.start()) > 8:
            return []
        for g in ps.groups:
            if m.end() <= g.start < end and self._nsyl(ps, m.end(), g.start) <= 15:
                orgs = [
                    p
                    for p in self._participants(g)
                    if p.kind == "actor" and any(x.etype == "ORG" for x in p.mentions)
                ]
                if orgs:
                    return orgs
        return []

    def _conditional(self, ps: _Sent, hit: _Hit) -> bool:
        """Is this use of force or sanction promised on a condition ("… nếu B …"): the
        consequence clause before or after "nếu", never the condition itself? A vow ("tuyên
        bố sẽ áp thuế") is a threat too."""
        if hit.trig.type not in _FORCEFUL:
            return False
        if _VOW.search(self._before(ps, hit.start, 6)) and not self._announced_act(ps, hit):
            return True  # an announced sanction is done ("tuyên bố sẽ áp thuế"): FramingRules
        for cs, ce, text, _kind in ps.cues:
            if text not in ("nếu", "trong trường hợp"):
                continue
            if cs >= hit.end:
                return True
            if "," in ps.low[ce : hit.start] and not _BREAK.search(ps.low[ce : hit.start]):
                return True
        return False

    def _condition_subject(self, ps: _Sent, hit: _Hit, actors: list[Phrase]) -> list[Phrase]:
        """The subject of the "nếu" clause: who the conditional threat is aimed at ("nước
        này": the last other party named before it in the sentence)."""
        codes = {a.code for a in actors}
        for cs, ce, text, _kind in ps.cues:
            if text not in ("nếu", "trong trường hợp"):
                continue
            g = next((g for g in ps.groups if g.start >= ce and not g.is_place), None)
            if g is None or self._nsyl(ps, ce, g.start) > 2:
                continue
            if any(ce <= h.start < g.start for h in ps.hits):
                continue  # "nếu tấn công Ukraine": the verb's object, no subject named
            if all(m.kind == "pronoun" for p in g.phrases for m in p.mentions):
                named = [
                    p
                    for h in ps.groups
                    if h.end <= cs and not h.is_place
                    for p in self._participants(h)
                    if p.kind == "actor" and p.code not in codes
                ]
                if named:
                    return named[-1:]
            return [p for p in self._participants(g) if p.kind == "actor"]
        return []

    def _threat_target(
        self,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        clause: int,
        subj: Group | None,
        actors: list[Phrase],
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """A threat with no target in its clause: "A …, buộc B phải đáp trả" (B threatens A,
        the subject of the clause), else whoever acted against the actor just before."""
        codes = {a.code for a in actors}
        if subj is not None and _CAUSE.search(self._before(ps, subj.start, 2)):
            first = next(iter(self._groups_before(ps, clause, subj.start)), None)
            cause = [p for p in self._participants(first) if p.code not in codes]
            if cause:
                return [(a, c) for a in actors for c in cause]
        for a in actors:
            src = _last_recent(ctx, i, on=a.code, since=3)
            if src is not None:
                return [(a, src[1]) for a in actors]  # type: ignore[misc]
        return []

    def _consult_fallback(
        self,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        hit: _Hit,
        actors: list[Phrase],
        targets: list[Phrase],
        subj: Group | None,
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """A meeting with one side or none named in its own clause."""
        mediators = {
            p.code
            for g in ps.groups
            if _CO_HOST_AFTER.match(ps.low[g.end : g.end + 40])
            or _CO_HOST_BEFORE.search(ps.low[max(0, g.start - 40) : g.start])
            for p in self._participants(g)
        }
        # "cuộc họp diễn ra với sự trung gian của A và B": A and B do not meet each other
        # (a mediator does meet a party)
        return [
            (a, b)
            for a, b in self._consult_fallback_pairs(ps, i, ctx, hit, actors, targets, subj)
            if not (
                (a if isinstance(a, str) else a.code) in mediators
                and (b if isinstance(b, str) else b.code) in mediators
            )
        ]

    def _consult_fallback_pairs(
        self,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        hit: _Hit,
        actors: list[Phrase],
        targets: list[Phrase],
        subj: Group | None,
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        framed = bool(_FRAME.search(self._before(ps, hit.start, 4)))
        head = ps.low[self._clause_start(ps, hit.start) : hit.start].strip(" ,")
        bare = not head or bool(_BARE_CLAUSE.fullmatch(head))  # "Khi gặp X, …": no subject
        # "Thứ trưởng Đỗ Hùng Việt đã có cuộc điện đàm với …": an official of unstated country
        titled = bool(set(re.findall(r"\w+", head)) & {"trưởng", "tướng", "thống", "tịch", "sứ"})
        if (
            targets
            and not actors
            and subj is None
            and ctx.salient
            and not framed
            and (bare or titled)
        ):
            if hit.trig.mode == "visit" and ctx.salient in {t.code for t in targets}:
                return []  # "(Chủ tịch nước) thăm A, B và C": A does not visit B and C
            return [(ctx.salient, t) for t in targets if t.code != ctx.salient]
        if framed and targets and not actors and subj is None:
            # "Trong khuôn khổ chuyến thăm chính thức Nga, …, Thủ tướng X đã …": X's visit
            comma = ps.low.find(",", hit.end)
            main = next(
                (
                    g
                    for g in ps.groups
                    if comma >= 0
                    and g.start > comma
                    and not g.is_place
                    and not self._after_place_prep(ps, g.start)
                ),
                None,
            )
            if main is not None and self._nsyl(ps, comma, main.start) <= 8:
                guests = [p for p in self._participants(main) if p.kind == "actor"]
                return [(g, t) for g in guests for t in targets if t.code != g.code]
        if actors or targets:
            return []
        framed_pairs = self._framed_meeting_pairs(ps, hit)  # "Trong cuộc điện đàm, A … với B"
        if framed_pairs:
            return framed_pairs
        codes = self._sentence_codes(ps)
        if len(codes) == 2 and self._nominal(ps, hit):  # "trong cuộc hội đàm, Putin … Philippines"
            return [(codes[0], codes[1])]
        if (
            _ANAPHOR.match(ps.low[hit.end :])
            and ctx.dyad
            and i - ctx.dyad_sentence <= CONTEXT_SENTENCES
        ):
            return [ctx.dyad]
        return []

    def _rebuffed_diplomats(
        self,
        doc: Document,
        ps: _Sent,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """A diplomat of X summoned, declared persona non grata or no longer welcome: the host
        (the ministry named after the summons, "tại Y", or the subject who declares it) protests
        to / sanctions X: "Đại sứ X tại Y bị triệu tập lên Bộ Ngoại giao Y", "A tuyên bố bí thư
        của Đại sứ quán X là persona non grata", "Đại sứ X không còn được chào đón"."""
        extra: list[Event] = []
        for m in _REBUFF.finditer(ps.low):
            head = ps.low[: m.start()]
            em = list(_ENVOY.finditer(head))
            if not em or self._nsyl(ps, em[-1].end(), m.start()) > 8:
                continue
            envoy = em[-1]
            groups = [
                g for g in ps.groups if envoy.start() <= g.start < m.start() and not g.is_place
            ]
            if not groups:
                continue
            sent = [p for p in self._participants(groups[0]) if p.kind == "actor"]
            host: list[Phrase] = []
            after = [g for g in ps.groups if m.end() <= g.start]
            if m.group("summons") and after and _TO_MINISTRY.match(ps.low, m.end()):
                host = self._participants(after[0])
            if (
                not host
                and len(groups) >= 2
                and re.search(r"(?<!\w)tại\s*$", ps.low[groups[0].end : groups[1].start])
            ):
                host = self._participants(groups[1])  # "Đại sứ X tại Y"
            if not host and not m.group("summons"):
                subj = [g for g in ps.groups if g.end <= envoy.start() and not g.is_place]
                if subj and _DECLARES.search(ps.low, subj[-1].end, envoy.start()):
                    host = self._participants(subj[-1])  # "A tuyên bố … là persona non grata"
            if host and not m.group("summons"):  # "không còn được chào đón": no welcome
                off = ps.sent.start
                out[:] = [
                    e
                    for e in out
                    if not (
                        e.type == "CONSULT"
                        and e.evidence.trigger is not None
                        and m.start() <= e.evidence.trigger.start - off < m.end()
                    )
                ]
            types = ("ACCUSE", "PROTEST") if m.group("summons") else ("SANCTION", "ACCUSE")
            for typ in types:
                trig = Trigger(m.group(0).strip(), typ, None)
                hit = _Hit(m.start(), m.end(), trig)
                for a in host:
                    for b in sent:
                        key = (typ, a.code or "", b.code or "", "asserted")
                        if a.kind != "actor" or key in seen:
                            continue
                        ev = self._event(
                            doc, ps, hit, [*ps.hits, hit], a, b, "asserted", 0.6, ctx, False
                        )
                        if ev is not None:
                            seen.add(key)
                            extra.append(ev)
        return extra

    def _actor(self, ps: _Sent, x: Phrase | str) -> Actor:
        if isinstance(x, str):
            return Actor(x)
        h = x.head
        off = ps.sent.start
        return Actor(x.code, h.name, h.role, h.entity_id, x.start + off, x.end + off)

    def _event(
        self,
        doc: Document,
        ps: _Sent,
        hit: _Hit,
        hits: list[_Hit],
        a: Phrase | str,
        b: Phrase | str,
        modality: str,
        confidence: float,
        ctx: _Ctx,
        via_dyad: bool,
    ) -> Event | None:
        actor, recip = self._actor(ps, a), self._actor(ps, b)
        if not actor.code or not recip.code or actor.code == recip.code:
            return None
        if modality == "asserted" and self._denied_report(ps, hit):
            modality = "denied"  # "bác bỏ thông tin cho rằng X tấn công Y"
        if modality == "asserted":
            modality = self._unrealised(ps, hit) or modality  # "hướng tới", "cần được"
        if modality == "planned" and self._funded_aid(ps, hit):
            modality = "asserted"  # "đã phân bổ 2 tỷ euro để hỗ trợ X" (CooperationRules)
        if self._place_apposition(ps, actor) or self._place_apposition(ps, recip):
            return None  # "tại thủ đô Giu-ba, Nam Xu-đăng, …": where, not who
        if self._member_modifier(ps, actor) or self._eased(ps, hit):
            return None  # "nước thành viên EU viện trợ …", "nới lỏng một số lệnh trừng phạt"
        if self._rebels_of(ps, actor) or self._rebels_of(ps, recip):
            return None  # "các tay súng Somalia": fighters from there (TerritoryRules)
        if self._topic_frame(ps, hit, actor, recip):
            return None  # "Liên quan đến vụ phóng tên lửa của X, Y lên án": Y reacts
        if self._non_state_dyad(ps, actor, recip):
            return None  # "hai nước" read as an armed group and its ally
        if self._embassy_protest(ps, hit, actor, recip):
            return None  # "Biểu tình trước ĐSQ Trung Quốc ở London": protesters unknown
        if self._source_tag(ps, actor, recip):
            return None  # "VN - Israel không kích …": the source's tag
        if self._excluded(ps, actor) or self._excluded(ps, recip):
            return None  # "19 thành viên G20, ngoại trừ Mỹ, đã nhất trí": Mỹ is left out
        if self._avoided(ps, hit) or self._questioned(ps, hit) or self._blocked_aid(ps, hit):
            return None  # "tránh … hay lên án", "Liệu … không?", "phong tỏa khoản hỗ trợ"
        if self._old_date(doc, ps, hit):
            return None  # "hiệp ước mà Ai Cập và Israel ký tháng 9/1978": background
        if self._vetoed_content(ps, hit, actor):
            return None  # "Nga phủ quyết một dự thảo nghị quyết … lên án …"
        co = self._co_parties(ps, hit, actor, recip)
        if co == "none":
            return None  # "thảo luận với giới chức Mỹ và Ai Cập": both met by a third
        if self._suffered(ps, hit, actor, recip):
            actor, recip = recip, actor  # "Ấn Độ chịu mức thuế của Mỹ"
        if self._company_arrival(hit, actor):
            return None  # "thu hút được Intel đến Việt Nam": an investor, no visit
        if self._bloc_leader(ps, recip):
            return None  # "rút khỏi liên minh do Nga dẫn dắt": Nga leads, it is not the target
        if self._on_platform(ps, actor) or self._on_platform(ps, recip):
            return None  # "nói trên Telegram": where it was said
        if self._no_news(doc, ps, hit):
            return None  # "từng tới thăm", "Năm 2014, …", "có 20 dự án đầu tư", a match
        t = self.lex.types[self._context_type(ps, hit) or hit.trig.type]
        if self._member_meeting(ps, actor, recip, t.name):
            return None  # "dự cuộc họp ngoại trưởng G20": a member at its organisation's meeting
        if self._coop_dropped(ps, hit, t.name):
            return None  # praise of a shared relation (CooperationRules)
        if self._trade_figure(ps, hit, t.name):
            return None  # "lượng khí đốt Nga cung cấp cho EU …": a trade figure (MeetingRules)
        if self._moved_thing(ps, hit):
            return None  # "dời Đại sứ quán từ Tel Aviv tới Jerusalem": no visit (MeetingRules)
        if self._means_named(ps, hit):
            return None  # "tìm giải pháp thông qua đàm phán": a means, no talks (MeetingRules)
        mode = hit.trig.mode or self._mode(ps, t.name)
        if co == "cooperate" and t.name == "CONSULT":
            t, mode = self.lex.types["COOPERATE"], None  # "do Mỹ và Qatar làm trung gian"
        if t.name == "AID" and self._commercial(ps):
            t, mode = self.lex.types["COOPERATE"], "economic"  # "cung cấp khí đốt theo hợp đồng"
        off = ps.sent.start
        spans: dict[str, Span] = {}
        for name, ac in (("actor", actor), ("recipient", recip)):
            if ac.start is not None and ac.end is not None:
                spans[name] = Span(ac.start, ac.end)
        date, dspan = self._date(ps, hit, hits)
        if date is None and via_dyad:  # "hai bên": the meeting's date
            date = ctx.dyad_date
        if date is None:
            past = self._past_year(doc, ps, hit)
            if past is not None:  # background, not news: dated and less sure
                date, dspan = past[0], past[1]
                confidence *= 0.5
        if dspan:
            spans["date"] = Span(dspan[0] + off, dspan[1] + off)
        loc = self._location(ps, hit)
        if loc:
            spans["location"] = Span(loc[0] + off, loc[1] + off)
        quantities = [
            {"type": v.type, "text": v.text, "value": v.value}
            for v in ps.values
            if v.type in ("MONEY", "PERCENT")
        ]
        return Event(
            type=t.name,
            mode=mode,
            actor=actor,
            recipient=recip,
            evidence=Evidence(
                doc.doc,
                ps.sent.text,
                ps.sent.start,
                ps.sent.end,
                Span(hit.start + off, hit.end + off),
                spans,
            ),
            date=date,
            location=loc[2] if loc else None,
            location_source="sentence" if loc else None,
            topic=self._topic(ps, hit),
            modality=modality,
            quad_class=t.quad_class,
            score=t.score,
            quantities=quantities,
            confidence=confidence if modality == "asserted" else confidence * UNASSERTED_SHARE,
            trigger=ps.sent.text[hit.start : hit.end],
        )

    def _date(
        self, ps: _Sent, hit: _Hit, hits: list[_Hit]
    ) -> tuple[str | None, tuple[int, int] | None]:
        """The date attached to this trigger: a date goes to its nearest trigger; a date that
        opens the sentence ("Ngày 3/10, …") goes to every trigger without one of its own."""
        mine = None
        opening = None
        first_trigger = min((h.start for h in hits), default=len(ps.low))
        for v in ps.values:
            val = str(v.value or "")
            if v.type != "DATE" or not val or re.fullmatch(r"\d{4}", val):
                continue  # a bare year is mostly a period ("giai đoạn sau năm 2020")
            s, e = v.start - ps.sent.start, v.end - ps.sent.start
            if DATE_BOUND.search(self._before(ps, s, 3)):
                continue  # a deadline or the end of a range
            if e <= first_trigger and self._nsyl(ps, 0, s) <= 4:
                opening = (val, (s, e))
            near = min(  # a post-pass may code a trigger its sentence's hits do not hold
                hits or [hit], key=lambda h: h.start - e if e <= h.start else s - h.end + 1
            )
            if near is hit and mine is None:
                mine = (val, (s, e))
        best = mine or opening
        return (best[0], best[1]) if best else (None, None)

    def _past_year(self, doc: Document, ps: _Sent, hit: _Hit) -> tuple[str, tuple[int, int]] | None:
        """A year before the publication year said in the trigger's clause ("Năm 1945, Mỹ …",
        "… từ năm 2009"), not the year a count runs from ("lần đầu tiên … kể từ năm 2016")."""
        pub = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
        clause = self._clause_start(ps, hit.start)
        end = _BREAK.search(ps.low, hit.end)
        for m in _PAST_YEAR.finditer(ps.low, clause, end.start() if end else len(ps.low)):
            if m.group().startswith("từ") and _COUNTED_SINCE.search(ps.low, 0, m.start()):
                continue
            if pub is None or int(m.group(1)) < pub:
                return m.group(1), m.span(1)
        return None

    def _location(self, ps: _Sent, hit: _Hit) -> tuple[int, int, str] | None:
        if not ps.places:
            return None
        return min(ps.places, key=lambda p: abs(p[0] - hit.end))

    def _topic(self, ps: _Sent, hit: _Hit) -> str | None:
        best = None
        for m in self.topic_re.finditer(ps.low):
            d = abs(m.start() - hit.end)
            if best is None or d < best[0]:
                best = (d, self.topic_of[" ".join(m.group().split())])
        return best[1] if best else None

    @staticmethod
    def _commercial(ps: _Sent) -> bool:
        """A sale or supply contract rather than aid (commerce cues and no aid cue)."""
        kinds = {kind for s, e, _t, kind in ps.cues if not not_a_price(ps.low, s, e)}
        return "commerce" in kinds and "aid" not in kinds

    def _mode(self, ps: _Sent, typ: str) -> str | None:
        cues = {" ".join(m.group().split()) for m in self.mode_re.finditer(ps.low)}
        for cue, t, mode in self.lex.modes:
            if t == typ and cue in cues:
                return mode
        return None

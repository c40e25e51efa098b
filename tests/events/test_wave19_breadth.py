"""Wave 19: breadth by theme (nineteenth session), one case list per theme.

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese outlets word world news and Viet Nam's foreign relations (not from any annotated
set), by six helpers and the lead: accusations (ACCUSATIONS), requests and refusals
(REQUESTS_REFUSALS), agreements, joint action and aid (BETWEEN_OWN, DRILLS, JOINT, AID, DEALS,
STALLED, LEADERS), war and security (WAR), who acts and who is acted on (ACTORS), support,
threats, sanctions, protests and meetings told as leads (LEADS) and the lead's (LEAD); a second
round: third parties' reactions to others' acts (REACTIONS), conditions, quoted labels and
speech (CONDITIONS, QUOTES_LABELS, SPEECH), fronted clauses, passives and lists
(FRONTED_LISTS). Each case naming events failed before its fix; cases naming only absent
events guard a fix from reaching too far. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

# --- Wave 19 (a): accusations, condemnation and criticism in the wordings of ordinary news.
ACCUSATIONS: list[Case] = [
    # a weak state name ("Nga", "Mỹ") beside a foreign or international organisation is the
    # state: the organisation makes the text world news
    ("Nga tố NATO đẩy châu Âu tới bờ vực chiến tranh.", {("ACCUSE", "RUS", "NATO")}, set()),
    ("Mỹ đổ lỗi cho Hamas về việc đàm phán ngừng bắn đổ vỡ.", {("ACCUSE", "USA", "HAMAS")}, set()),
    ("Nga gọi lệnh trừng phạt mới của EU là bất hợp pháp.", {("ACCUSE", "RUS", "EU")}, set()),
    # ... and so it is beside a known foreign person (a headline "X: Y …")
    (
        "Ngoại trưởng Vương Nghị: Mỹ đang kích động xung đột ở châu Á.",
        {("ACCUSE", "CHN", "USA")},
        set(),
    ),
    # ... and one member of a bloc left unnamed is not the bloc; the bloc itself stays
    (
        "Nga cảnh báo quốc gia EU về hành vi khiêu khích trên biên giới.",
        set(),
        {("THREATEN", "RUS", "EU")},
    ),
    ("Nga cảnh báo các nước EU về hậu quả của lệnh cấm vận.", {("THREATEN", "RUS", "EU")}, set()),
    # "đồng loạt" (all at once) is an adverb, not a noun like "loạt"
    (
        "Nhật Bản và Hàn Quốc đồng loạt lên án vụ thử tên lửa đạn đạo của Triều Tiên.",
        {("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")},
        set(),
    ),
    # "bất kỳ cáo buộc nào": no charge was made
    (
        "Nga chưa đưa ra bất kỳ cáo buộc nào đối với Mỹ liên quan đến vụ việc.",
        set(),
        {("ACCUSE", "RUS", "USA")},
    ),
    # a charge named as a noun with its author and its target was made
    (
        "Cáo buộc của Moskva nhằm vào London được đưa ra sau khi hai nhà ngoại giao bị trục xuất.",
        {("ACCUSE", "RUS", "GBR")},
        set(),
    ),
    (
        "Những lời chỉ trích của Thổ Nhĩ Kỳ nhằm vào Thụy Điển khiến tiến trình phê chuẩn bị "
        "trì hoãn.",
        {("ACCUSE", "TUR", "SWE")},
        set(),
    ),
    (
        "Lời cáo buộc của Ukraine đối với Belarus chưa được kiểm chứng.",
        {("ACCUSE", "UKR", "BLR")},
        set(),
    ),
    # ... and one the sentence answers, fronted: the party after the comma is its target
    (
        "Trước những lời chỉ trích của Liên minh châu Âu, Hungary khẳng định sẽ không thay đổi "
        "lập trường.",
        {("ACCUSE", "EU", "HUN")},
        set(),
    ),
    # "nước này" is a state, never an organisation with a three-letter code
    (
        "Israel bác bỏ cáo buộc của Nam Phi tại Tòa án Công lý Quốc tế rằng nước này phạm tội "
        "diệt chủng ở Gaza.",
        {("REJECT", "ISR", "ZAF"), ("ACCUSE", "ZAF", "ISR")},
        {("ACCUSE", "ZAF", "ICJ")},
    ),
    # a court a charge is filed with hears it when the accused is named ...
    (
        "Nam Phi đã đệ đơn lên Tòa án Công lý Quốc tế, cáo buộc Israel vi phạm Công ước về "
        "diệt chủng.",
        {("ACCUSE", "ZAF", "ISR")},
        {("ACCUSE", "ZAF", "ICJ")},
    ),
    # ... a quote closed by "viết trên (mạng xã hội)" or "bình luận" is its speaker's
    (
        '"Chúng tôi lên án mạnh mẽ vụ tấn công của Nga nhằm vào lưới điện", Tổng thống Pháp '
        "viết trên mạng xã hội.",
        {("ACCUSE", "FRA", "RUS")},
        set(),
    ),
    (
        '"Nga đang vi phạm luật pháp quốc tế", Ngoại trưởng Anh bình luận.',
        {("ACCUSE", "GBR", "RUS")},
        set(),
    ),
    # criticism suffered "từ X" (as "từ phía X"): X is the critic, the sufferer its target
    (
        "Thủ tướng Hungary vấp phải chỉ trích từ Liên minh châu Âu sau chuyến thăm Moskva.",
        {("ACCUSE", "EU", "HUN")},
        {("ACCUSE", "HUN", "EU")},
    ),
    (
        "Israel hứng chịu chỉ trích gay gắt từ Mỹ sau vụ không kích.",
        {("ACCUSE", "USA", "ISR")},
        {("ACCUSE", "ISR", "USA")},
    ),
    # a fronted passive opening the sentence: "Bị X cáo buộc …, Y …" (Y is accused by X)
    (
        "Bị Mỹ cáo buộc gian lận thương mại, Trung Quốc phản pháo rằng Washington theo đuổi chủ "
        "nghĩa bảo hộ.",
        {("ACCUSE", "USA", "CHN")},
        set(),
    ),
    (
        "Bị Nga chỉ trích gay gắt, Phần Lan vẫn quyết định gia nhập NATO.",
        {("ACCUSE", "RUS", "FIN")},
        {("ACCUSE", "FIN", "RUS")},
    ),
]

# --- Wave 19, theme b: requests and refusals as Vietnamese outlets word them (nineteenth session).
REQUESTS_REFUSALS: list[Case] = [
    # a proposal or charge rejected whose author is told in a relative clause "mà Y đưa ra",
    # after a trigger that names the proposal itself ("bác bỏ đề xuất")
    (
        "Iran đã bác bỏ những cáo buộc mà Anh đưa ra liên quan đến âm mưu ám sát.",
        {("REJECT", "IRN", "GBR")},
        set(),
    ),
    (
        "Moskva hôm qua đã bác bỏ đề xuất hòa bình gồm 10 điểm mà Ukraine đưa ra.",
        {("REJECT", "RUS", "UKR")},
        set(),
    ),
    (
        "Hàn Quốc đã từ chối yêu cầu mà Mỹ đặt ra về chi phí đồn trú.",
        {("REJECT", "KOR", "USA")},
        set(),
    ),
    # a refusal trigger naming what it refuses ("bác bỏ đề xuất", "bác đơn") refuses the
    # author after the noun, not the party an "đối với" phrase names
    (
        "Hàn Quốc bác bỏ đề xuất của Mỹ đối với vấn đề Triều Tiên.",
        {("REJECT", "KOR", "USA")},
        {("REJECT", "KOR", "PRK")},
    ),
    (
        "Serbia đã bác đơn của Ukraine đối với một doanh nhân Nga.",
        {("REJECT", "SRB", "UKR")},
        {("REJECT", "SRB", "RUS")},
    ),
    # a report denied refuses none of the parties it tells of
    (
        "Nga bác tin đàm phán bí mật với Mỹ về Ukraine.",
        set(),
        {("REJECT", "RUS", "USA")},
    ),
    (
        "Nga bác bỏ thông tin đàm phán bí mật với Mỹ.",
        set(),
        {("REJECT", "RUS", "USA")},
    ),
    # opposing a party's proposal is refusing it ...
    (
        "Hungary và Slovakia phản đối kế hoạch của EU về việc phân bổ người di cư.",
        {("REJECT", "HUN", "EU"), ("REJECT", "SVK", "EU")},
        {("ACCUSE", "HUN", "EU")},
    ),
    (
        "Đức phản đối yêu cầu của Ba Lan về bồi thường chiến tranh.",
        {("REJECT", "DEU", "POL")},
        set(),
    ),
    # ... but opposing a proposed measure against oneself stays a disapproval
    (
        "Bình Nhưỡng phản đối mạnh mẽ các đề xuất trừng phạt của Washington.",
        {("ACCUSE", "PRK", "USA")},
        {("REQUEST", "USA", "PRK")},
    ),
    # a request answered in a fronted phrase was made of the main clause's subject; a
    # negation or a refusal there refuses it
    (
        "Đáp lại yêu cầu của Mỹ, Trung Quốc khẳng định sẽ không từ bỏ quan hệ thương mại với Nga.",
        {("REQUEST", "USA", "CHN"), ("REJECT", "CHN", "USA")},
        set(),
    ),
    (
        "Phản hồi lời kêu gọi của Liên Hợp Quốc, Israel tuyên bố sẽ không tạm dừng chiến dịch.",
        {("REQUEST", "UN", "ISR"), ("REJECT", "ISR", "UN")},
        set(),
    ),
    (
        "Đáp lại những đòi hỏi của Mỹ, Bắc Kinh cho biết nước này không chấp nhận.",
        {("REQUEST", "USA", "CHN"), ("REJECT", "CHN", "USA")},
        set(),
    ),
    (
        "Đáp lại đề nghị của phía Việt Nam, Nhật Bản đã cử chuyên gia sang hỗ trợ.",
        {("REQUEST", "VNM", "JPN")},
        {("REJECT", "JPN", "VNM")},
    ),
    # ... with a title before the subject
    (
        "Đáp lại lời kêu gọi của Washington, Thủ tướng Israel tuyên bố sẽ không dừng chiến dịch.",
        {("REQUEST", "USA", "ISR"), ("REJECT", "ISR", "USA")},
        set(),
    ),
    # a request answered (or not) is the requester's, not the answerer's
    (
        "Tuy nhiên, Bình Nhưỡng không phản hồi đề nghị của Seoul.",
        set(),
        {("REQUEST", "PRK", "KOR")},
    ),
    (
        "Bình Nhưỡng đã trả lời đề nghị của Seoul về việc nối lại đường dây nóng.",
        set(),
        {("REQUEST", "PRK", "KOR")},
    ),
    # recognition refused for ever, a vow said now
    (
        "Tổng thống Serbia tuyên bố Belgrade sẽ không bao giờ công nhận nền độc lập của Kosovo.",
        {("REJECT", "SRB", "XKX")},
        set(),
    ),
    (
        "Moskva tuyên bố sẽ không công nhận kết quả bầu cử của Moldova.",
        {("REJECT", "RUS", "MDA")},
        set(),
    ),
    # "không có chuyện" (there is no question of it) denies what follows
    (
        'Bắc Kinh khẳng định "không có chuyện" Trung Quốc cung cấp vũ khí cho Nga.',
        set(),
        {("AID", "CHN", "RUS")},
    ),
    # a charge called baseless in quotes was made by its owner
    (
        'Bộ Ngoại giao Trung Quốc gọi các cáo buộc của Philippines là "vô căn cứ".',
        {("ACCUSE", "PHL", "CHN"), ("REJECT", "CHN", "PHL")},
        set(),
    ),
]

# --- Wave 19 (c): agreements, joint action and aid in ordinary world news (nineteenth session).
BETWEEN_OWN: list[Case] = [
    (
        "Việt Nam và Campuchia đã tiến hành tuần tra chung tại vùng biển giữa hai nước.",
        {("COOPERATE", "VNM", "KHM")},
        set(),
    ),
    (
        "Việt Nam và Lào đã ký thỏa thuận hợp tác ở khu vực biên giới giữa hai nước.",
        {("AGREE", "VNM", "LAO")},
        set(),
    ),
    # mediators bring two others together: still no pair of their own
    (
        "Mỹ và Qatar làm trung gian cho đàm phán giữa hai bên.",
        set(),
        {("CONSULT", "USA", "QAT")},
    ),
    (
        "Mỹ và Ai Cập kêu gọi đối thoại giữa hai bên.",
        set(),
        {("CONSULT", "USA", "EGY")},
    ),
]

# a drill with a partner whose name opens with its force ("cùng Không quân Pháp")
DRILLS: list[Case] = [
    (
        "Không quân Ấn Độ tập trận cùng Không quân Pháp tại căn cứ Jodhpur.",
        {("COOPERATE", "IND", "FRA")},
        {("MOBILIZE", "IND", "FRA")},
    ),
    (
        "Singapore tổ chức diễn tập hàng hải với Hải quân Ấn Độ tại eo biển Malacca.",
        {("COOPERATE", "SGP", "IND")},
        {("MOBILIZE", "SGP", "IND")},
    ),
    # a drill near a state stays a deployment
    ("Trung Quốc tập trận quy mô lớn quanh Đài Loan.", {("MOBILIZE", "CHN", "TWN")}, set()),
]

# joint acts worded without a partner after the verb
JOINT: list[Case] = [
    (
        "Lực lượng Tuần duyên Mỹ và Cảnh sát biển Philippines đã cùng nhau tuần tra ở Biển Đông.",
        {("COOPERATE", "USA", "PHL")},
        set(),
    ),
    (
        "Ai Cập và Qatar sát cánh cùng nhau trong nỗ lực đưa hàng viện trợ vào Gaza.",
        {("COOPERATE", "EGY", "QAT")},
        set(),
    ),
    (
        "Canada và Mexico chung tay chống lại các mức thuế quan của Mỹ.",
        {("COOPERATE", "CAN", "MEX")},
        set(),
    ),
    (
        "Thái Lan và Myanmar đã tiến hành chiến dịch chung nhằm triệt phá các trung tâm lừa đảo.",
        {("COOPERATE", "THA", "MMR")},
        set(),
    ),
    ("Anh và Đức cùng phát triển tên lửa tầm xa.", {("COOPERATE", "GBR", "DEU")}, set()),
    (
        "Mỹ - Philippines tăng cường tuần tra chung ở Biển Đông",
        {("COOPERATE", "USA", "PHL")},
        set(),
    ),
    # one party developing alone cooperates with no one
    ("Việt Nam cùng phát triển kinh tế với tốc độ cao.", set(), {("COOPERATE", "VNM", "")}),
    # suspects handed over, counted or not, are judicial cooperation, not aid
    (
        "Campuchia bàn giao 50 đối tượng lừa đảo cho Việt Nam.",
        {("COOPERATE", "KHM", "VNM")},
        {("AID", "KHM", "VNM")},
    ),
    ("Mỹ bàn giao tàu tuần tra cho Việt Nam.", {("AID", "USA", "VNM")}, set()),
    # a joint campaign of strikes stays the strikes
    (
        "Mỹ và Anh tiến hành chiến dịch chung không kích Houthi tại Yemen.",
        {("ASSAULT", "USA", "HOUTHI"), ("ASSAULT", "GBR", "HOUTHI")},
        set(),
    ),
]

# aid: arms named by model, loans fronted, a receiver opening the purpose clause
AID: list[Case] = [
    (
        "Đan Mạch và Hà Lan đã chuyển giao những chiếc F-16 đầu tiên cho Ukraine.",
        {("AID", "DNK", "UKR"), ("AID", "NLD", "UKR")},
        set(),
    ),
    ("Nhật Bản chuyển giao radar giám sát cho Philippines.", {("AID", "JPN", "PHL")}, set()),
    (
        "Nhờ khoản vay ưu đãi của Hàn Quốc, Việt Nam đã hoàn thành tuyến đường cao tốc ven biển.",
        {("AID", "KOR", "VNM")},
        set(),
    ),
    (
        "Với nguồn vốn viện trợ của Nhật Bản, Lào đã xây dựng xong cây cầu.",
        {("AID", "JPN", "LAO")},
        set(),
    ),
    (
        "Hoa Kỳ tài trợ 5 triệu USD để Việt Nam xử lý ô nhiễm dioxin tại sân bay Biên Hòa.",
        {("AID", "USA", "VNM")},
        set(),
    ),
    (
        "Nhật Bản cung cấp 10 tàu tuần tra để Philippines bảo vệ vùng biển.",
        {("AID", "JPN", "PHL")},
        set(),
    ),
    ("Trung Quốc trao tặng Lào thiết bị y tế.", {("AID", "CHN", "LAO")}, set()),
    # the goods told before their giver's "do X trao tặng"
    (
        "Việt Nam tiếp nhận 2 triệu liều vắc xin do Nhật Bản trao tặng.",
        {("AID", "JPN", "VNM")},
        set(),
    ),
    ("Bức tranh do Việt Nam tặng được trưng bày tại Paris.", set(), {("AID", "VNM", "FRA")}),
    # a gift to a leader is no aid
    ("Chủ tịch nước tặng Tổng thống Pháp bức tranh sơn mài.", set(), {("AID", "VNM", "FRA")}),
    # the loan fronted for a plan still to come is none yet
    (
        "Nhờ khoản vay của Nhật Bản, Indonesia sẽ xây dựng tuyến đường sắt mới.",
        set(),
        {("AID", "JPN", "IDN")},
    ),
]

# agreements: signed in the passive "được ký giữa A và B"; an act consented to is not done
DEALS: list[Case] = [
    (
        "Thỏa thuận về ngũ cốc được ký giữa Nga và Liên Hợp Quốc.",
        {("AGREE", "RUS", "UN")},
        set(),
    ),
    ("Một hiệp định đã được ký giữa Iran và Oman.", {("AGREE", "IRN", "OMN")}, set()),
    (
        "Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ ký ý định thư về hợp tác đào tạo.",
        {("AGREE", "VNM", "IND")},
        set(),
    ),
    (
        "Thổ Nhĩ Kỳ bật đèn xanh cho Thụy Điển gia nhập NATO.",
        {("AGREE", "TUR", "SWE")},
        {("AGREE", "TUR", "NATO"), ("AGREE", "SWE", "NATO")},
    ),
    (
        "Hungary đã đồng ý cho Thụy Điển gia nhập NATO.",
        set(),
        {("AGREE", "HUN", "NATO"), ("AGREE", "SWE", "NATO")},
    ),
    (
        "Hungary cuối cùng đã đồng ý để Thụy Điển gia nhập NATO.",
        {("AGREE", "HUN", "SWE")},
        {("AGREE", "HUN", "NATO"), ("AGREE", "SWE", "NATO")},
    ),
    ("Thụy Điển chính thức gia nhập NATO.", {("AGREE", "SWE", "NATO")}, set()),
]

# aid held up is not given
STALLED: list[Case] = [
    (
        "Các khoản viện trợ của Mỹ cho Ukraine đã bị đình trệ do bế tắc tại Quốc hội.",
        set(),
        {("AID", "USA", "UKR")},
    ),
    (
        "Gói viện trợ quân sự của Mỹ cho Ukraine đã được giải ngân.",
        {("AID", "USA", "UKR")},
        set(),
    ),
]

# "hai nhà lãnh đạo" after talks are the talks' two leaders, whatever states the sentence names
LEADERS: list[Case] = [
    (
        "Thủ tướng Anh và Thủ tướng Na Uy đã điện đàm về tình hình Ukraine. Hai nhà lãnh đạo "
        "cam kết tiếp tục hỗ trợ Kiev trong cuộc xung đột với Nga.",
        {("CONSULT", "GBR", "NOR")},
        {("AGREE", "RUS", "UKR"), ("AGREE", "UKR", "RUS")},
    ),
    (
        "Hai nhà lãnh đạo Nga và Trung Quốc đã nhất trí tăng cường hợp tác.",
        {("AGREE", "RUS", "CHN")},
        set(),
    ),
]

# --- Wave 19 (d): war and security reports the coder missed or misread (nineteenth session).
WAR: list[Case] = [
    # prisoners exchanged counted in words ("hàng trăm", "nhiều"): each side frees the other's
    (
        "Nga và Ukraine trao đổi hàng trăm tù binh trong tuần qua.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        set(),
    ),
    (
        "Armenia và Azerbaijan đã trao đổi nhiều tù binh sau các cuộc đàm phán.",
        {("CONCEDE", "ARM", "AZE"), ("CONCEDE", "AZE", "ARM")},
        set(),
    ),
    # people held or freed, then a state's people among them: that state is the recipient
    (
        "Myanmar trả tự do cho hơn 100 tù nhân, trong đó có một công dân Nhật Bản.",
        {("CONCEDE", "MMR", "JPN")},
        set(),
    ),
    (
        "Iran bắt giữ 8 người, trong đó có hai công dân Anh.",
        {("COERCE", "IRN", "GBR")},
        set(),
    ),
    (
        "Belarus thả 52 tù nhân, trong đó có công dân Ba Lan.",
        {("CONCEDE", "BLR", "POL")},
        set(),
    ),
    # an attack named again as a noun in its clause ("trong một đợt tấn công …") is the
    # subject's act, not one by the place just hit
    (
        "Israel đã không kích Beirut trong một đợt tấn công nhằm vào Hezbollah.",
        {("ASSAULT", "ISR", "HEZBOLLAH")},
        {("ASSAULT", "LBN", "HEZBOLLAH")},
    ),
    (
        "Israel đã oanh tạc sân bay quốc tế Sanaa của Yemen trong một đợt tấn công trả đũa.",
        {("ASSAULT", "ISR", "YEM")},
        {("ASSAULT", "YEM", "ISR")},
    ),
    # a capture announced as full control of a place, or a settlement "liberated"
    (
        "Quân đội Nga tuyên bố đã kiểm soát hoàn toàn thành phố Bakhmut.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "Bộ Quốc phòng Nga cho biết lực lượng nước này đã giải phóng làng Novomykhailivka ở tỉnh "
        "Donetsk.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # "giải phóng" a settlement a few words on ("giải phóng thêm hai ngôi làng")
    (
        "Nga tuyên bố giải phóng thêm hai ngôi làng ở Donetsk.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # a launch told in the passive: "được phóng từ X" names X as who fired, a route too
    (
        "Hàng chục tên lửa được phóng từ Gaza vào miền nam Israel.",
        {("ASSAULT", "PSE", "ISR")},
        set(),
    ),
    (
        "Hơn 50 quả rocket đã được phóng từ Lebanon sang miền bắc Israel.",
        {("ASSAULT", "LBN", "ISR")},
        set(),
    ),
    # a ship driven out is coerced
    (
        "Indonesia trục xuất tàu cá Trung Quốc khỏi vùng biển Natuna.",
        {("COERCE", "IDN", "CHN")},
        {("SANCTION", "IDN", "CHN")},
    ),
    # remains handed back with both sides as the subject: each to the other
    (
        "Nga và Ukraine trao trả thi thể binh sĩ.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        set(),
    ),
    # a drill named between it and the act it plays at: no attack
    (
        'Trung Quốc tổ chức cuộc tập trận quy mô lớn mang tên "Eo biển Sấm sét" bao vây Đài Loan.',
        set(),
        {("ASSAULT", "CHN", "TWN")},
    ),
    # troops sent somewhere visit no one
    (
        "Nga đã triển khai khoảng 10.000 binh sĩ Triều Tiên tới vùng Kursk.",
        set(),
        {("CONSULT", "PRK", "RUS")},
    ),
    # guards: a capture only doubted, a day of liberation remembered, an exchange planned
    (
        "Nga vẫn chưa kiểm soát hoàn toàn thành phố Pokrovsk, theo giới phân tích phương Tây.",
        set(),
        {("ASSAULT", "RUS", "UKR")},
    ),
    (
        "Hai nước sẽ trao đổi hàng trăm tù binh vào tuần tới.",
        set(),
        {("CONCEDE", "RUS", "UKR")},
    ),
    # guards: a release that is only refused, an attack only denied
    (
        "Nga từ chối thả nhà báo Mỹ bị giam giữ.",
        set(),
        {("CONCEDE", "RUS", "USA")},
    ),
    (
        "Nga phủ nhận việc tấn công bệnh viện nhi ở Kiev.",
        set(),
        {("ASSAULT", "RUS", "UKR")},
    ),
]

# --- Wave 19 (e): who acts and who is acted on, across types (nineteenth session).
ACTORS: list[Case] = [
    # a city the press names a government by, though not its capital
    (
        "Tel Aviv bác bỏ cáo buộc của Nam Phi tại Tòa án Công lý Quốc tế.",
        {("REJECT", "ISR", "ZAF")},
        set(),
    ),
    (
        "Damascus cáo buộc Tel Aviv không kích sân bay quốc tế Aleppo.",
        {("ACCUSE", "SYR", "ISR")},
        set(),
    ),
    # a command under another rendering of its name
    (
        "Bộ Tư lệnh Trung Bộ Mỹ (CENTCOM) cho biết đã không kích các mục tiêu của Houthi ở Yemen.",
        {("ASSAULT", "USA", "HOUTHI")},
        set(),
    ),
    # states named after a region that qualifies them: each state acts, the region does not
    (
        "Ba nước châu Âu Anh, Pháp, Đức đã kêu gọi Iran hợp tác đầy đủ với IAEA.",
        {("REQUEST", "GBR", "IRN"), ("REQUEST", "FRA", "IRN"), ("REQUEST", "DEU", "IRN")},
        {("REQUEST", "EU", "IRN")},
    ),
    (
        "Các nước châu Âu Pháp và Đức kêu gọi Nga rút quân khỏi Ukraine.",
        {("REQUEST", "FRA", "RUS"), ("REQUEST", "DEU", "RUS")},
        {("REQUEST", "EU", "RUS")},
    ),
    # a state described by where it lies or what it is, referring back
    (
        "Indonesia đã bắt giữ hai tàu cá Việt Nam. Quốc gia Đông Nam Á này cáo buộc Hà Nội"
        " buông lỏng quản lý đội tàu cá.",
        {("COERCE", "IDN", "VNM"), ("ACCUSE", "IDN", "VNM")},
        set(),
    ),
    (
        "Philippines đã điều tàu tuần tra tới Bãi Cỏ Mây. Quốc gia Đông Nam Á này cáo buộc tàu"
        " Trung Quốc ngăn cản hoạt động tiếp tế.",
        {("ACCUSE", "PHL", "CHN")},
        set(),
    ),
    (
        "Singapore đã tiếp nhận lô vaccine do Mỹ tài trợ. Quốc đảo này cảm ơn Washington vì sự"
        " hỗ trợ kịp thời.",
        {("SUPPORT", "SGP", "USA")},
        set(),
    ),
    (
        "Qatar đang làm trung gian giữa Israel và Hamas. Quốc gia vùng Vịnh này kêu gọi hai bên"
        " nhanh chóng đạt thỏa thuận.",
        {("REQUEST", "QAT", "ISR"), ("REQUEST", "QAT", "HAMAS")},
        set(),
    ),
    (
        "Brazil đã đón Tổng thống Trung Quốc tới thăm. Quốc gia Nam Mỹ này ký 37 thỏa thuận"
        " hợp tác với Bắc Kinh.",
        {("AGREE", "BRA", "CHN")},
        set(),
    ),
    # "nước láng giềng" alone: a state of the sentences before, not this sentence's own
    (
        "Hàn Quốc tổ chức tập trận bắn đạn thật gần biên giới. Bình Nhưỡng cáo buộc nước láng"
        " giềng khiêu khích.",
        {("ACCUSE", "PRK", "KOR")},
        {("ACCUSE", "PRK", "PRK")},
    ),
    (
        "Triều Tiên tiếp tục phóng tên lửa hành trình. Hàn Quốc và Nhật Bản đã lên án hành"
        " động của nước láng giềng.",
        {("ACCUSE", "KOR", "PRK"), ("ACCUSE", "JPN", "PRK")},
        set(),
    ),
    (  # (coded before: a guard that the neighbour is never the subject's own state)
        "Ba Lan đã triệu tập Đại sứ Belarus. Warsaw cáo buộc nước láng giềng đẩy người di cư"
        " qua biên giới.",
        {("ACCUSE", "POL", "BLR")},
        {("ACCUSE", "POL", "POL")},
    ),
    # ... named in apposition, the neighbour is the state named
    (
        "Ấn Độ cáo buộc nước láng giềng Pakistan hậu thuẫn các nhóm khủng bố.",
        {("ACCUSE", "IND", "PAK")},
        set(),
    ),
    # "nước chủ nhà" (the host): the other side of the talks just held
    (
        "Tổng thống Ukraine đã gặp Tổng thống Pháp tại Paris. Nhà lãnh đạo Ukraine cảm ơn nước"
        " chủ nhà vì các gói viện trợ quân sự.",
        {("SUPPORT", "UKR", "FRA")},
        set(),
    ),
    (
        "Thủ tướng Nhật Bản thăm chính thức Việt Nam. Ông cảm ơn nước chủ nhà đã đón tiếp trọng"
        " thị.",
        {("SUPPORT", "JPN", "VNM")},
        set(),
    ),
    # ... and none when the host itself opens the sentence (which side is unsaid)
    (
        "Tổng thống Pháp tiếp Thủ tướng Ấn Độ tại Paris. Nước chủ nhà cam kết cung cấp thêm"
        " máy bay Rafale cho New Delhi.",
        {("CONSULT", "FRA", "IND")},
        {("AID", "IND", "IND")},
    ),
    # a bloc referred back to by what it is
    (
        "NATO đã triển khai thêm binh sĩ tới Ba Lan. Liên minh quân sự này cáo buộc Nga đe dọa"
        " an ninh khu vực.",
        {("ACCUSE", "NATO", "RUS")},
        set(),
    ),
    (
        "Tổng thư ký NATO đã tới Kiev. Người đứng đầu liên minh quân sự này kêu gọi Nga rút quân.",
        {("REQUEST", "NATO", "RUS")},
        set(),
    ),
    # the two sides refusing a thing together do not refuse each other
    (
        "Ông Sisi đã điện đàm với Quốc vương Jordan. Hai nhà lãnh đạo bác bỏ kế hoạch di dời"
        " người dân Gaza.",
        {("CONSULT", "EGY", "JOR")},
        {("REJECT", "EGY", "JOR"), ("REJECT", "JOR", "EGY")},
    ),
    # ... but still refuse each other's charges
    (
        "Nga và Ukraine đàm phán tại Istanbul. Hai bên bác bỏ cáo buộc của nhau.",
        {("REJECT", "RUS", "UKR"), ("REJECT", "UKR", "RUS")},
        set(),
    ),
    # the two sides of the talks judge a third party; the accused act's parties are not them
    (
        "Thủ tướng Đức hội đàm với Tổng thống Pháp tại Berlin. Hai nhà lãnh đạo lên án Nga tấn"
        " công Ukraine.",
        {("ACCUSE", "DEU", "RUS"), ("ACCUSE", "FRA", "RUS")},
        {("ACCUSE", "RUS", "UKR")},
    ),
    (
        "Thủ tướng Đức hội đàm với Tổng thống Pháp tại Berlin. Hai bên cáo buộc Nga tấn công"
        " Ukraine.",
        {("ACCUSE", "DEU", "RUS"), ("ACCUSE", "FRA", "RUS")},
        {("ACCUSE", "RUS", "UKR")},
    ),
    # the seat of the union's institutions stands for the union, not for Belgium
    (
        "Brussels cảnh báo Budapest sẽ mất quỹ phục hồi nếu không cải cách tư pháp.",
        {("THREATEN", "EU", "HUN")},
        {("THREATEN", "BEL", "HUN")},
    ),
]

# --- Wave 19 (f): support, threats, sanctions, protests and meetings told as leads.
LEADS: list[Case] = [
    # a bare Vietnamese title before a verb whose first syllable is also a title's ("hội",
    # "tham", "phát"): the verb, not a longer title
    (
        "Chủ tịch nước hội kiến Quốc vương Brunei.",
        {("CONSULT", "VNM", "BRN")},
        set(),
    ),
    (
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Thượng viện Australia.",
        {("CONSULT", "VNM", "AUS")},
        set(),
    ),
    (
        "Thủ tướng tham dự lễ đón Tổng thống Hàn Quốc tại Phủ Chủ tịch.",
        {("CONSULT", "VNM", "KOR")},
        set(),
    ),
    # the author of a proposal after "do", past the proposal's own modifiers
    (
        "Nga ủng hộ sáng kiến hòa bình do Brazil đưa ra.",
        {("SUPPORT", "RUS", "BRA")},
        set(),
    ),
    (
        "Ấn Độ hoan nghênh kế hoạch mới do Ai Cập và Qatar đề xuất.",
        {("SUPPORT", "IND", "EGY"), ("SUPPORT", "IND", "QAT")},
        set(),
    ),
    # a meeting named as a noun, then called off or not held
    (
        "Cuộc gặp giữa lãnh đạo Mỹ và Nga tại Geneva đã bị hoãn lại vô thời hạn.",
        set(),
        {("CONSULT", "USA", "RUS"), ("CONSULT", "RUS", "USA")},
    ),
    (
        "Cuộc điện đàm giữa Thủ tướng Ấn Độ và Thủ tướng Pakistan đã không diễn ra như dự kiến.",
        set(),
        {("CONSULT", "IND", "PAK"), ("CONSULT", "PAK", "IND")},
    ),
    (
        "Chuyến thăm của Thủ tướng Đức tới Trung Quốc bị hủy vào phút chót.",
        set(),
        {("CONSULT", "DEU", "CHN")},
    ),
    # ... but a meeting held after something else was called off was held
    (
        "Cuộc gặp giữa Mỹ và Nga diễn ra sau khi hội nghị thượng đỉnh bị hoãn.",
        {("CONSULT", "USA", "RUS")},
        set(),
    ),
    # a meeting noun set for later is planned
    (
        "Cuộc gặp thượng đỉnh Mỹ - Triều được lên kế hoạch vào tháng tới.",
        set(),
        {("CONSULT", "USA", "PRK"), ("CONSULT", "PRK", "USA")},
    ),
    # a sanction package still being discussed is not imposed
    (
        "EU đang thảo luận gói trừng phạt thứ 15 đối với Nga.",
        set(),
        {("SANCTION", "EU", "RUS")},
    ),
    (
        "EU đã thông qua gói trừng phạt thứ 15 đối với Nga.",
        {("SANCTION", "EU", "RUS")},
        set(),
    ),
    # what a praise names and its owner: the owner is praised, not the one the act is for
    (
        "Hàn Quốc đánh giá cao cam kết của Mỹ đối với an ninh bán đảo Triều Tiên.",
        {("SUPPORT", "KOR", "USA")},
        {("SUPPORT", "KOR", "PRK")},
    ),
    (
        "Nhật Bản hoan nghênh lập trường của Ấn Độ đối với vấn đề Ukraine.",
        {("SUPPORT", "JPN", "IND")},
        {("SUPPORT", "JPN", "UKR")},
    ),
    # a punishment a speaker says the other will suffer is a threat
    (
        "Tổng thống Iran khẳng định Israel sẽ bị trừng phạt.",
        {("THREATEN", "IRN", "ISR")},
        set(),
    ),
    (
        "Thủ tướng Israel tuyên bố Hamas sẽ bị tiêu diệt.",
        {("THREATEN", "ISR", "HAMAS")},
        set(),
    ),
    # a modal cue inside a quotation does not reach the speaker's verb after it
    (
        '"Chúng tôi sẽ không ngồi yên", Ngoại trưởng Iran cảnh báo Israel.',
        {("THREATEN", "IRN", "ISR")},
        set(),
    ),
    # a sentence opening with a passive participle clause: its agent acts on the main subject
    (
        "Bị Israel tấn công, Iran tuyên bố sẽ đáp trả.",
        {("ASSAULT", "ISR", "IRN"), ("THREATEN", "IRN", "ISR")},
        set(),
    ),
    (
        "Được Trung Quốc ủng hộ, Pakistan tuyên bố sẵn sàng đáp trả Ấn Độ.",
        {("SUPPORT", "CHN", "PAK"), ("THREATEN", "PAK", "IND")},
        set(),
    ),
    # a threat of a military act where it would land: aimed at the state of that place
    (
        "Israel đe dọa mở rộng chiến dịch tại Lebanon.",
        {("THREATEN", "ISR", "LBN")},
        set(),
    ),
    (
        "Thổ Nhĩ Kỳ đe dọa tiến hành chiến dịch quân sự mới ở Syria.",
        {("THREATEN", "TUR", "SYR")},
        set(),
    ),
    # a meeting noun after a negated light verb ("không tổ chức", "không tiến hành")
    (
        "Việt Nam và Mỹ không tổ chức đối thoại nhân quyền năm nay.",
        set(),
        {("CONSULT", "VNM", "USA"), ("CONSULT", "USA", "VNM")},
    ),
    (
        "Việt Nam và Mỹ đã tổ chức đối thoại nhân quyền.",
        {("CONSULT", "VNM", "USA")},
        set(),
    ),
]

LEAD: list[Case] = [
    # a bare "dọa" before a military act, aimed at where it would land
    (
        "Thổ Nhĩ Kỳ dọa mở chiến dịch quân sự mới ở Syria.",
        {("THREATEN", "TUR", "SYR")},
        set(),
    ),
    # talks resumed by the two sides that hold them
    (
        "Mỹ và Iran nối lại đàm phán hạt nhân tại Oman.",
        {("CONSULT", "USA", "IRN")},
        set(),
    ),
    (
        "Nga và Mỹ nối lại đối thoại về kiểm soát vũ khí hạt nhân.",
        {("CONSULT", "RUS", "USA")},
        set(),
    ),
    # a sentence-initial "Anh" committing to something is Britain
    (
        "Anh cam kết cung cấp thêm 500 triệu bảng viện trợ quân sự cho Ukraine.",
        {("AID", "GBR", "UKR")},
        set(),
    ),
    # a label quoted with a speaker who names no party: the act told before stands, nothing
    # fails
    (
        "Hải quân Iran bắt giữ tàu chở dầu của Anh. “Đây là hành vi cướp biển”, người phát ngôn"
        " nói.",
        {("COERCE", "IRN", "GBR")},
        set(),
    ),
    # a ceremony of giving ("Lễ trao tặng") is no giver's act
    (
        "Tại cửa khẩu hai nước vừa diễn ra Lễ trao tặng vật tư y tế giữa các địa phương của Việt"
        " Nam và Lào.",
        set(),
        {("AID", "VNM", "LAO"), ("AID", "LAO", "VNM")},
    ),
]

# --- Wave 19 (g): third parties' reactions and the acts they react to (nineteenth session).
REACTIONS: list[Case] = [
    # a swap welcomed "giữa A và B" is between A and B, not the one welcoming it
    (
        "Nhà Trắng hoan nghênh thỏa thuận trao đổi tù nhân giữa Nga và Ukraine.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        {("CONCEDE", "USA", "RUS"), ("AGREE", "USA", "RUS"), ("AGREE", "RUS", "USA")},
    ),
    (
        "Việt Nam hoan nghênh thỏa thuận trao đổi tù nhân giữa Mỹ và Iran.",
        {("CONCEDE", "USA", "IRN")},
        {("CONCEDE", "VNM", "USA"), ("AGREE", "VNM", "USA")},
    ),
    # ... and the two sides' own swap is still theirs
    (
        "Nga và Ukraine đã tiến hành trao đổi tù nhân.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        set(),
    ),
    # an act named by a decision "của Y" is Y's, not the welcomer's
    (
        "Ukraine hoan nghênh quyết định của EU trừng phạt thêm các công ty Nga.",
        {("SANCTION", "EU", "RUS")},
        {("SANCTION", "UKR", "RUS")},
    ),
    (
        "Mỹ hoan nghênh quyết định của Hàn Quốc gửi viện trợ nhân đạo cho Ukraine.",
        {("AID", "KOR", "UKR")},
        {("AID", "USA", "UKR")},
    ),
    # a measure discussed "đối với Y" makes no talks with Y
    (
        "EU đang thảo luận gói trừng phạt thứ 15 đối với Nga.",
        set(),
        {("CONSULT", "EU", "RUS"), ("CONSULT", "RUS", "EU")},
    ),
    (
        "Các bộ trưởng ngoại giao EU đã thảo luận về khả năng áp đặt thêm trừng phạt đối với Iran.",
        set(),
        {("CONSULT", "EU", "IRN"), ("CONSULT", "IRN", "EU"), ("SANCTION", "EU", "IRN")},
    ),
    # ... but a partner named after "với" is met
    (
        "Ngoại trưởng Pháp thảo luận với người đồng cấp Đức về lệnh trừng phạt đối với Iran.",
        {("CONSULT", "FRA", "DEU")},
        set(),
    ),
    # ... and two named sides who discuss one still meet
    (
        "Thủ tướng Anh và Tổng thống Pháp thảo luận về lệnh trừng phạt đối với Nga.",
        {("CONSULT", "GBR", "FRA")},
        {("CONSULT", "GBR", "RUS"), ("CONSULT", "FRA", "RUS")},
    ),
    # an act a decision criticised names was decided, so it is done
    (
        "Nga chỉ trích quyết định của Mỹ cung cấp tên lửa tầm xa cho Ukraine.",
        {("ACCUSE", "RUS", "USA"), ("AID", "USA", "UKR")},
        set(),
    ),
    # a sanctions package vetoed is not imposed
    (
        "Hungary sẽ phủ quyết gói trừng phạt mới của EU đối với Nga.",
        set(),
        {("SANCTION", "EU", "RUS")},
    ),
    # ... and the package vetoed is its author's, not its beneficiary's
    (
        "Hungary đã phủ quyết gói viện trợ của EU cho Ukraine.",
        {("REJECT", "HUN", "EU")},
        {("REJECT", "HUN", "UKR"), ("AID", "EU", "UKR")},
    ),
    # a refusal to condemn condemns no one and rejects no one
    (
        "Mỹ từ chối lên án Israel về vụ không kích.",
        set(),
        {("REJECT", "USA", "ISR"), ("ACCUSE", "USA", "ISR")},
    ),
    (
        "Ấn Độ từ chối chỉ trích Moskva tại Liên hợp quốc.",
        set(),
        {("REJECT", "IND", "RUS"), ("ACCUSE", "IND", "RUS")},
    ),
    # a warning that Y is preparing an attack is about Y, no threat to Y
    (
        "Tổng thống Zelensky cảnh báo Nga đang chuẩn bị tấn công quy mô lớn vào Kharkiv.",
        set(),
        {("THREATEN", "UKR", "RUS")},
    ),
    (
        "Ba Lan cảnh báo Nga có thể tấn công các nước NATO trong vòng vài năm tới.",
        set(),
        {("THREATEN", "POL", "RUS")},
    ),
    # ... and so is "phía Y", and any act Y is said to plot
    (
        "Tổng thống Ukraine Volodymyr Zelensky cho biết Nga đang tập trung quân gần Sumy. Ông "
        "cảnh báo phía Nga đang chuẩn bị một cuộc tấn công mới.",
        set(),
        {("THREATEN", "UKR", "RUS")},
    ),
    (
        "Tổng thống Pháp cảnh báo Nga đang tìm cách can thiệp bầu cử ở châu Âu.",
        set(),
        {("THREATEN", "FRA", "RUS")},
    ),
    # ... but a warning to Y of what Y will suffer still threatens Y
    ("Mỹ cảnh báo Nga sẽ phải trả giá đắt.", {("THREATEN", "USA", "RUS")}, set()),
    ("Mỹ cảnh báo Iran về hậu quả nghiêm trọng.", {("THREATEN", "USA", "IRN")}, set()),
    # a killing condemned by name: its victim is no one accused
    (
        "Thổ Nhĩ Kỳ lên án vụ ám sát nhà lãnh đạo Hamas tại Tehran.",
        set(),
        {("ACCUSE", "TUR", "HAMAS")},
    ),
    (
        "Đức lên án vụ sát hại nhà báo Ả Rập Saudi ở Istanbul.",
        set(),
        {("ACCUSE", "DEU", "SAU")},
    ),
    # ... but its author named "của" is
    (
        "Iran lên án vụ ám sát tướng Iran của Israel ở Syria.",
        {("ACCUSE", "IRN", "ISR")},
        set(),
    ),
    # a measure discussed with its target as the verb's object, or aid discussed "cho Y"
    (
        "Ngoại trưởng các nước G7 thảo luận biện pháp trừng phạt Iran.",
        set(),
        {("CONSULT", "G7", "IRN"), ("CONSULT", "IRN", "G7")},
    ),
    (
        "Các ngoại trưởng NATO thảo luận việc tăng cường viện trợ quân sự cho Ukraine.",
        set(),
        {("CONSULT", "NATO", "UKR"), ("CONSULT", "UKR", "NATO")},
    ),
]

# --- Wave 19 (h): quotes, reported speech and conditions (nineteenth session, second round).
CONDITIONS: list[Case] = [
    # a refusal bound to an exception: refused to the other side, and the exception asked of it
    (
        "Hamas từ chối thả con tin trừ khi Israel rút quân khỏi Gaza.",
        {("REJECT", "HAMAS", "ISR"), ("REQUEST", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Venezuela không chấp nhận đề nghị của Mỹ, trừ khi Washington dỡ bỏ cấm vận.",
        {("REJECT", "VEN", "USA"), ("REQUEST", "VEN", "USA")},
        set(),
    ),
    (
        "Iran từ chối nối lại thanh sát trừ khi phương Tây gỡ bỏ trừng phạt.",
        set(),
        {("REQUEST", "IRN", "IRN")},
    ),
    # ... and so is a vow not to act, "sẽ không <act> … trừ khi Y"
    (
        "Hamas cho biết sẽ không trao trả con tin trừ khi Israel chấm dứt chiến tranh.",
        {("REJECT", "HAMAS", "ISR"), ("REQUEST", "HAMAS", "ISR")},
        set(),
    ),
    # "chỉ … khi/nếu": an act bound to a condition after it is not done
    (
        "Iran chỉ nối lại đàm phán hạt nhân với Mỹ khi Washington dỡ bỏ toàn bộ lệnh trừng phạt.",
        set(),
        {("CONSULT", "IRN", "USA")},
    ),
    (
        "Triều Tiên chỉ đối thoại với Hàn Quốc nếu Seoul ngừng tập trận.",
        set(),
        {("CONSULT", "PRK", "KOR")},
    ),
    # ... nor is an act inside that condition
    (
        "Thổ Nhĩ Kỳ chỉ phê chuẩn đơn gia nhập NATO của Thụy Điển khi Stockholm đáp ứng các yêu "
        "cầu của Ankara.",
        set(),
        {("CONCEDE", "SWE", "TUR"), ("AGREE", "TUR", "SWE")},
    ),
    # ... while "chỉ" before a time ("chỉ 3 ngày sau khi") sets no condition
    (
        "Lima triệu hồi đại sứ chỉ hai ngày sau khi Mexico cắt đứt quan hệ ngoại giao với Peru.",
        {("SANCTION", "MEX", "PER")},
        set(),
    ),
    # ... but a condition with no "chỉ" before the act leaves a done act done
    (
        "Iran nối lại đàm phán hạt nhân với Mỹ khi căng thẳng trong khu vực giảm bớt.",
        {("CONSULT", "IRN", "USA")},
        set(),
    ),
]

QUOTES_LABELS: list[Case] = [
    # a quoted label first, then its speaker and the act it is said of ("nói về … của Y")
    (
        "“Đây là hành động khiêu khích nghiêm trọng”, Ngoại trưởng Nhật Bản nói về vụ phóng tên "
        "lửa của Triều Tiên.",
        {("ACCUSE", "JPN", "PRK")},
        set(),
    ),
    (
        '"Đây là sự can thiệp thô bạo vào công việc nội bộ của Trung Quốc", bà Mao Ninh nói về '
        "tuyên bố của G7.",
        {("ACCUSE", "CHN", "G7")},
        set(),
    ),
    # ... with no act named, the act just told, by its author
    (
        "Iran bắt giữ một tàu chở dầu của Hy Lạp ở vùng Vịnh. “Đây là hành vi cướp biển”, người "
        "phát ngôn Bộ Ngoại giao Mỹ nói.",
        {("ACCUSE", "USA", "IRN")},
        set(),
    ),
    # ... a praising quote accuses no one
    (
        "“Đây là bước đi quan trọng”, Ngoại trưởng Nhật Bản nói về quyết định của Hàn Quốc.",
        set(),
        {("ACCUSE", "JPN", "KOR")},
    ),
    # a quotation split around its speaker, the label in its second half
    (
        "“Các lệnh trừng phạt này”, Ngoại trưởng Lavrov nói, “là hành động thù địch của "
        "Washington”.",
        {("ACCUSE", "RUS", "USA")},
        set(),
    ),
    # a drill named with its parties, labelled hostile
    (
        "Triều Tiên gọi cuộc tập trận chung Mỹ - Hàn là hành động chuẩn bị chiến tranh xâm lược.",
        {("ACCUSE", "PRK", "USA"), ("ACCUSE", "PRK", "KOR")},
        set(),
    ),
    # a statement by a titled owner labelled as propaganda
    (
        "Ông Lavrov gọi tuyên bố của Ngoại trưởng Ba Lan là luận điệu tuyên truyền.",
        {("ACCUSE", "RUS", "POL")},
        set(),
    ),
]


SPEECH: list[Case] = [
    # a speaker, a colon and "we": the speaker acts
    (
        "Ngoại trưởng Anh: Chúng tôi sẽ tiếp tục ủng hộ Ukraine.",
        {("SUPPORT", "GBR", "UKR")},
        set(),
    ),
    # a claim called made up (a headline "X: …"): rejected, and the claim was made
    (
        "Iran: Cáo buộc của Israel là hoàn toàn bịa đặt.",
        {("REJECT", "IRN", "ISR")},
        set(),
    ),
    # a speaker saying Y pushes a region to the brink of war accuses Y
    (
        "Triều Tiên: Mỹ và Hàn Quốc đang đẩy bán đảo tới bờ vực chiến tranh.",
        {("ACCUSE", "PRK", "USA"), ("ACCUSE", "PRK", "KOR")},
        set(),
    ),
    # a measure of Y's labelled worthless
    ("Iran gọi lệnh trừng phạt mới của Mỹ là vô giá trị.", {("ACCUSE", "IRN", "USA")}, set()),
]

# --- Wave 19 (i), second round: fronted clauses, passives and lists.
FRONTED_LISTS: list[Case] = [
    # a fronted passive clause whose agent carries a title: the host met the main subject
    (
        "Được Tổng thống Mỹ tiếp tại Nhà Trắng, Thủ tướng Ba Lan cam kết tăng chi tiêu quốc phòng.",
        {("CONSULT", "USA", "POL")},
        set(),
    ),
    (
        "Được Chủ tịch Trung Quốc đón tiếp tại Bắc Kinh, Tổng thống Brazil bày tỏ mong muốn mở "
        "rộng thương mại.",
        {("CONSULT", "CHN", "BRA")},
        set(),
    ),
    # a passive verb, its agent after "bởi" or "theo quyết định/lệnh của"
    (
        "Tàu cá Việt Nam bị bắt giữ bởi lực lượng hải cảnh Trung Quốc gần quần đảo Hoàng Sa.",
        {("COERCE", "CHN", "VNM")},
        set(),
    ),
    ("Hai nhà báo Mỹ bị bắt bởi cảnh sát Nga.", {("COERCE", "RUS", "USA")}, set()),
    (
        "Hàng chục nhà ngoại giao Nga bị trục xuất theo quyết định của chính phủ Đức.",
        {("SANCTION", "DEU", "RUS")},
        set(),
    ),
    # ... and a noun after "bởi" stays the incident's author
    (
        "Vụ tấn công bởi Hamas khiến 1.200 người Israel thiệt mạng.",
        {("ASSAULT", "HAMAS", "ISR")},
        set(),
    ),
    # a measure that opens the sentence as a passive's subject: its adopter is its author
    (
        "Lệnh trừng phạt mới đối với Nga được EU thông qua hôm qua.",
        {("SANCTION", "EU", "RUS")},
        set(),
    ),
    (
        "Các lệnh trừng phạt mới nhằm vào Iran được Anh, Pháp và Đức công bố hôm thứ Hai.",
        {("SANCTION", "GBR", "IRN"), ("SANCTION", "FRA", "IRN"), ("SANCTION", "DEU", "IRN")},
        set(),
    ),
    (
        "Gói viện trợ quân sự 60 tỷ USD cho Ukraine được Quốc hội Mỹ thông qua.",
        {("AID", "USA", "UKR")},
        set(),
    ),
    # ... and one still to be adopted is not done
    (
        "Lệnh trừng phạt đối với Nga sẽ được EU gia hạn vào tháng tới.",
        set(),
        {("SANCTION", "EU", "RUS")},
    ),
    # a headline's object list that drops the "và" and ends the sentence
    (
        "Iran triệu đại sứ Anh, Pháp, Đức",
        {("PROTEST", "IRN", "GBR"), ("PROTEST", "IRN", "FRA"), ("PROTEST", "IRN", "DEU")},
        set(),
    ),
    (
        "Ấn Độ viện trợ Sri Lanka, Maldives, Nepal",
        {("AID", "IND", "LKA"), ("AID", "IND", "MDV"), ("AID", "IND", "NPL")},
        set(),
    ),
    (
        "Trung Quốc trừng phạt Mỹ, Canada, Anh.",
        {("SANCTION", "CHN", "USA"), ("SANCTION", "CHN", "CAN"), ("SANCTION", "CHN", "GBR")},
        set(),
    ),
    # ships seized, then one of a state among them
    (
        "Iran tuyên bố đã bắt giữ hai tàu chở dầu, trong đó có một tàu của Hy Lạp.",
        {("COERCE", "IRN", "GRC")},
        set(),
    ),
    # people and ships sent with a count between the verb and the noun
    (
        "Nhật Bản cử hàng trăm bác sĩ sang Thổ Nhĩ Kỳ sau trận động đất.",
        {("AID", "JPN", "TUR")},
        set(),
    ),
    ("Hàn Quốc cử 100 nhân viên cứu hộ tới Thổ Nhĩ Kỳ.", {("AID", "KOR", "TUR")}, set()),
    ("Mỹ điều thêm 3.000 binh sĩ tới Ba Lan.", {("MOBILIZE", "USA", "POL")}, set()),
    # ... peacekeepers are no deployment against anyone
    (
        "Việt Nam cử 200 binh sĩ tham gia gìn giữ hòa bình tại Nam Sudan.",
        set(),
        {("MOBILIZE", "VNM", "SSD")},
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        *ACCUSATIONS,
        *REQUESTS_REFUSALS,
        *BETWEEN_OWN,
        *DRILLS,
        *JOINT,
        *AID,
        *DEALS,
        *STALLED,
        *LEADERS,
        *WAR,
        *ACTORS,
        *LEADS,
        *LEAD,
        *REACTIONS,
        *CONDITIONS,
        *QUOTES_LABELS,
        *SPEECH,
        *FRONTED_LISTS,
    ],
)
def test_breadth(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"


def test_withdrawal_from_a_place_names_its_state(code: Code, keys: Keys) -> None:
    # the withdrawal's target is the state of the place left (before the confidence floor)
    got = keys(code("Nga hoàn tất rút quân khỏi căn cứ ở Syria."), None)
    assert ("RETREAT", "RUS", "SYR") in got

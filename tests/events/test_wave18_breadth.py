"""Wave 18: constructions of ordinary news the coder missed or misread (eighteenth session).

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese outlets word world news and Viet Nam's foreign relations (not from any annotated set):
the lead's, and six helpers' by theme over two rounds. Each case naming events failed before its
fix; cases naming only absent events guard a fix from reaching too far. Every sentence is
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

# the lead's cases: attack tolls, people charged by pronoun, vowed attacks, one holder's two
# titles, a bare "Thủ tướng", captures, praise with a list of qualities
LEAD: list[Case] = [
    # the toll counted in a state's people, however far after the attack
    (
        "Các cuộc không kích của Israel hôm qua đã khiến ít nhất 50 người Palestine thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
    (
        "Israel không kích trong 24 giờ qua, khiến 50 người Palestine thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
    # people of a state held or expelled, then charged by pronoun: the charge is against it
    (
        "Anh trục xuất tùy viên quân sự Nga, cáo buộc ông này là sĩ quan tình báo không khai báo.",
        {("SANCTION", "GBR", "RUS"), ("ACCUSE", "GBR", "RUS")},
        set(),
    ),
    (
        "Iran bắt giữ hai công dân Pháp, cáo buộc họ kích động biểu tình.",
        {("COERCE", "IRN", "FRA"), ("ACCUSE", "IRN", "FRA")},
        set(),
    ),
    # "người này" (this person) refers back like "ông này"
    (
        "Nga bắt giữ một công dân Mỹ, cáo buộc người này làm gián điệp.",
        {("COERCE", "RUS", "USA"), ("ACCUSE", "RUS", "USA")},
        set(),
    ),
    # an attack its author says it will make is a threat made in the saying
    (
        "Bộ trưởng Quốc phòng Israel tuyên bố quân đội nước này sẽ tiếp tục tấn công Hezbollah.",
        {("THREATEN", "ISR", "HEZBOLLAH")},
        set(),
    ),
    # ... not an attack someone else is said to be going to make
    (
        "Mỹ cảnh báo Nga sẽ tấn công Ukraine trong vài ngày tới.",
        set(),
        {("THREATEN", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR")},
    ),
    # one holder's two titles: "Tổng Bí thư, Chủ tịch Trung Quốc X" is one person, China's
    (
        "Thủ tướng Campuchia đã hội kiến Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.",
        {("CONSULT", "KHM", "CHN")},
        set(),
    ),
    (
        "Tổng thống Indonesia đã hội đàm với Tổng Bí thư, Chủ tịch Lào Thongloun Sisoulith.",
        {("CONSULT", "IDN", "LAO")},
        {("CONSULT", "IDN", "VNM")},
    ),
    # "Thủ tướng" named bare with no holder before is Viet Nam's, as its press names him ...
    (
        "Nhân dịp dự Hội nghị thượng đỉnh G20, Thủ tướng đã có cuộc gặp song phương với Tổng "
        "thống Brazil.",
        {("CONSULT", "VNM", "BRA")},
        set(),
    ),
    # ... but a title joined to the next shares its state
    (
        "Tòa án Hình sự quốc tế (ICC) thông báo lệnh bắt giữ Thủ tướng và cựu Bộ trưởng Quốc "
        "phòng Israel.",
        set(),
        {("COERCE", "ICC", "VNM")},
    ),
    # a place captured: "chiếm thành phố X"; not a share ("chiếm 30% thị phần")
    (
        "Phiến quân M23 chiếm thành phố Goma ở miền đông CHDC Congo.",
        {("ASSAULT", "M23", "COD")},
        set(),
    ),
    # ... also when the places lie "ở Y" (no direct object: the state comes from the place)
    (
        "Nga chiếm thêm ba ngôi làng ở miền đông Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "Trung Quốc chiếm 30% thị phần xe điện của châu Âu.",
        set(),
        {("ASSAULT", "CHN", "EU")},
    ),
    # the Quad by its other Vietnamese name
    (
        "Nhóm Tứ giác Kim cương (Quad) bày tỏ quan ngại sâu sắc về các hành động của Trung Quốc "
        "ở Biển Đông.",
        {("ACCUSE", "QUAD", "CHN")},
        set(),
    ),
    # thanks and praise with a list of qualities before "của Y": Y is praised
    (
        "Thủ tướng Lào cảm ơn sự giúp đỡ to lớn, quý báu và hiệu quả của Việt Nam.",
        {("SUPPORT", "LAO", "VNM")},
        set(),
    ),
    (
        "Lãnh đạo Campuchia đánh giá cao sự hỗ trợ to lớn, chí tình của Việt Nam.",
        {("SUPPORT", "KHM", "VNM")},
        set(),
    ),
    # fighting between sides has no one target, whoever is hurt in it
    (
        "Giao tranh giữa Israel, Hezbollah hôm qua khiến 5 nhân viên Liên hợp quốc bị thương.",
        set(),
        {("ASSAULT", "ISR", "UN"), ("ASSAULT", "UN", "ISR")},
    ),
]

# helper a: refusals, denials, threats and concessions
REFUSALS: list[Case] = [
    # conditions, claims or invitations refused whose author is in a relative clause
    (
        "Phái đoàn Hamas khước từ những điều kiện mà Israel đặt ra cho việc trao trả con tin.",
        {("REJECT", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Việt Nam không công nhận cái gọi là đường cơ sở mà Trung Quốc đơn phương vạch ra.",
        {("REJECT", "VNM", "CHN")},
        set(),
    ),
    (
        "Nga từ chối lời mời dự hội nghị về an ninh do Thụy Sĩ tổ chức.",
        {("REJECT", "RUS", "CHE")},
        set(),
    ),
    # an apology or condolences sent: "gửi/bày tỏ lời xin lỗi tới Y"
    (
        "Thủ tướng Canada gửi lời xin lỗi tới Ấn Độ sau phát ngôn của một bộ trưởng.",
        {("CONCEDE", "CAN", "IND")},
        set(),
    ),
    (
        "Hà Lan bày tỏ lời xin lỗi với Indonesia về các vụ bạo lực trong thời kỳ thuộc địa.",
        {("CONCEDE", "NLD", "IDN")},
        set(),
    ),
    # a seized ship released
    (
        "Houthi thả tàu hàng mang cờ Panama sau nhiều tháng bắt giữ.",
        {("CONCEDE", "HOUTHI", "PAN")},
        set(),
    ),
    (
        "Hải quân Iran đã thả hai tàu chở dầu treo cờ Hy Lạp.",
        {("CONCEDE", "IRN", "GRC")},
        set(),
    ),
    # aid convoys let in; a package blocked by one member
    (
        "Ai Cập cho phép các xe tải viện trợ nhân đạo đi vào Gaza qua cửa khẩu Rafah.",
        {("CONCEDE", "EGY", "PSE")},
        set(),
    ),
    (
        "Slovakia chặn gói hỗ trợ quân sự của EU dành cho Ukraine.",
        {("REJECT", "SVK", "EU")},
        set(),
    ),
    # a state put back on a white list is not blacklisted
    (
        "Seoul quyết định đưa Tokyo trở lại danh sách trắng các đối tác thương mại tin cậy.",
        set(),
        {("SANCTION", "KOR", "JPN")},
    ),
    # a plan or a call judged in a passive: the judging was done
    (
        "Kế hoạch hòa bình của Pháp bị Israel bác bỏ ngay trong ngày.",
        {("REJECT", "ISR", "FRA")},
        set(),
    ),
    (
        "Đề nghị nối lại đàm phán của Hàn Quốc bị Triều Tiên thẳng thừng từ chối.",
        {("REJECT", "PRK", "KOR")},
        set(),
    ),
    # firm or necessary measures vowed on a condition
    (
        "Trung Quốc tuyên bố sẽ có các biện pháp kiên quyết nếu Nhật Bản xả nước thải ra biển.",
        {("THREATEN", "CHN", "JPN")},
        set(),
    ),
    # imports resumed after a ban
    (
        "Nga nối lại nhập khẩu trái cây từ Moldova sau nhiều tháng cấm.",
        {("CONCEDE", "RUS", "MDA")},
        set(),
    ),
    # a judging verb opening the sentence, its subject after the comma
    (
        "Bác bỏ các cáo buộc của Nhật Bản, Hàn Quốc khẳng định tàu khu trục không hề chiếu radar.",
        {("REJECT", "KOR", "JPN")},
        set(),
    ),
    # a conditional threat aims at the condition's subject, not at the object of its act
    (
        "Nga cảnh báo sẽ đáp trả nếu Na Uy cho phép Mỹ xây thêm căn cứ quân sự.",
        {("THREATEN", "RUS", "NOR")},
        {("THREATEN", "RUS", "USA")},
    ),
    # offensive weapons named in a ban are no attack
    (
        "Đức dỡ bỏ lệnh cấm bán vũ khí tấn công cho Saudi Arabia.",
        {("CONCEDE", "DEU", "SAU")},
        {("ASSAULT", "DEU", "SAU")},
    ),
    # a charge "hit back at" is rejected
    (
        "Bắc Kinh phản pháo các cáo buộc của Canada về việc can thiệp bầu cử.",
        {("REJECT", "CHN", "CAN")},
        set(),
    ),
    # a border or exports reopened to a party
    (
        "Venezuela mở lại biên giới với Colombia sau bảy năm đóng cửa.",
        {("CONCEDE", "VEN", "COL")},
        set(),
    ),
    (
        "Indonesia nối lại xuất khẩu than sang Philippines.",
        {("CONCEDE", "IDN", "PHL")},
        set(),
    ),
    # a negation with an adverb between it and the act
    (
        "Tokyo chưa bao giờ chính thức xin lỗi Seoul về vấn đề lao động cưỡng bức.",
        set(),
        {("CONCEDE", "JPN", "KOR")},
    ),
    # talks declared withheld from a party are refused
    (
        "Tổng thống Zelensky tuyên bố Ukraine sẽ không đàm phán với Nga dưới sức ép quân sự.",
        {("REJECT", "UKR", "RUS")},
        set(),
    ),
    (  # a guard: a pair's talks not held refuse no one
        "Armenia và Azerbaijan chưa đàm phán trực tiếp về đường biên giới.",
        set(),
        {("REJECT", "ARM", "AZE"), ("REJECT", "AZE", "ARM")},
    ),
    # a red line drawn for a party
    (
        "Nga vạch lằn ranh đỏ với NATO về việc kết nạp Ukraine.",
        {("THREATEN", "RUS", "NATO")},
        set(),
    ),
    # a forecast about a state's economy is no warning to that state
    (
        "Ngân hàng Thế giới cảnh báo kinh tế Argentina sẽ tiếp tục suy giảm trong năm tới.",
        set(),
        {("THREATEN", "WB", "ARG")},
    ),
    # an objection or a veto dropped; visa-free entry restored
    (
        "Hungary gỡ bỏ quyền phủ quyết đối với việc Thụy Điển gia nhập NATO.",
        {("CONCEDE", "HUN", "SWE")},
        set(),
    ),
    (
        "Trung Quốc khôi phục chính sách miễn thị thực cho công dân Singapore.",
        {("CONCEDE", "CHN", "SGP")},
        set(),
    ),
]

# helper b: support, aid, cooperation and agreement, in world news and Viet Nam's foreign relations
SUPPORT_AID: list[Case] = [
    # a sentence-initial "Anh" before a verb only a state does is the state, not the pronoun
    (
        "Anh viện trợ thêm 10 triệu bảng cho Sudan, Bộ Ngoại giao nước này cho biết.",
        {("AID", "GBR", "SDN")},
        set(),
    ),
    (
        "Anh đã chuyển giao thêm 50 xe bọc thép cho Ukraine trong tháng qua.",
        {("AID", "GBR", "UKR")},
        set(),
    ),
    # armoured vehicles and drones handed over are arms
    (
        "Mỹ đã chuyển giao 3 máy bay không người lái cho lực lượng tuần duyên Philippines.",
        {("AID", "USA", "PHL")},
        set(),
    ),
    # official development aid and lines of credit granted "(dành) cho Y"
    (
        "Hàn Quốc tăng vốn ODA dành cho Việt Nam lên 4 tỷ USD trong giai đoạn mới.",
        {("AID", "KOR", "VNM")},
        set(),
    ),
    (
        "Ấn Độ tuyên bố dành khoản tín dụng 500 triệu USD cho Việt Nam để mua sắm quốc phòng.",
        {("AID", "IND", "VNM")},
        set(),
    ),
    # aid for a programme or for people "tại/ở Y": Y is aided
    (
        "Canada tài trợ 10 triệu USD cho chương trình rà phá bom mìn tại Lào.",
        {("AID", "CAN", "LAO")},
        set(),
    ),
    (
        "Nhật Bản viện trợ 5 triệu USD cho dự án cấp nước sạch ở Campuchia.",
        {("AID", "JPN", "KHM")},
        set(),
    ),
    # help fronted as the means of the main clause was given
    (
        "Với sự hỗ trợ của Ấn Độ, Sri Lanka đã vượt qua cuộc khủng hoảng nợ.",
        {("AID", "IND", "LKA")},
        set(),
    ),
    (
        "Nhờ sự giúp đỡ của Trung Quốc, Lào đã hoàn thành tuyến đường sắt đầu tiên.",
        {("AID", "CHN", "LAO")},
        set(),
    ),
    # a disbursement a lender's board agrees to is aid, not a deal with the borrower
    (
        "Quỹ Tiền tệ Quốc tế đã nhất trí giải ngân 1,1 tỷ USD cho Pakistan.",
        {("AID", "IMF", "PAK")},
        {("AGREE", "IMF", "PAK")},
    ),
    # a source framing the sentence is no member of the subject's list
    (
        "Theo thông cáo của Nhà Trắng, Mỹ và Nhật Bản đã nhất trí nối lại đối thoại an ninh.",
        {("AGREE", "USA", "JPN")},
        set(),
    ),
    # a work opened together
    (
        "Trung Quốc và Lào đã khánh thành tuyến đường sắt nối Côn Minh với Vientiane.",
        {("COOPERATE", "CHN", "LAO")},
        set(),
    ),
    # candidate status granted in the long word "ứng cử viên"
    (
        "Liên minh châu Âu đã cấp quy chế ứng cử viên cho Moldova.",
        {("SUPPORT", "EU", "MDA")},
        set(),
    ),
    # support declared for the future is the support itself
    (
        "Các nước G7 tái khẳng định sẽ sát cánh cùng Ukraine lâu dài.",
        {("SUPPORT", "G7", "UKR")},
        set(),
    ),
    # a resolution co-sponsored
    (
        "Việt Nam và Hàn Quốc cùng đồng bảo trợ nghị quyết về biến đổi khí hậu.",
        {("COOPERATE", "VNM", "KOR")},
        set(),
    ),
    # a headline's thanks with no "đã": the one thanked helped the thanker
    (
        "Philippines cảm ơn Mỹ hỗ trợ tìm kiếm cứu nạn sau siêu bão",
        {("SUPPORT", "PHL", "USA"), ("AID", "USA", "PHL")},
        set(),
    ),
    # a sum disbursed with no aid noun
    (
        "Ngân hàng Thế giới đã giải ngân 300 triệu USD cho Bangladesh.",
        {("AID", "WB", "BGD")},
        set(),
    ),
]

# helper c: requests, accusations and formal protests
DEMANDS: list[Case] = [
    # representations lodged with a state are a formal protest
    (
        "Ai Cập đã giao thiệp phản đối với Ethiopia về việc tích nước cho con đập.",
        {("PROTEST", "EGY", "ETH"), ("ACCUSE", "EGY", "ETH")},
        set(),
    ),
    (
        "Bắc Kinh đã giao thiệp nghiêm khắc với Canberra về chuyến bay của máy bay tuần tra.",
        {("PROTEST", "CHN", "AUS")},
        set(),
    ),
    (
        "Trung Quốc phản đối nghiêm khắc việc Litva cho phép mở văn phòng đại diện Đài Loan.",
        {("PROTEST", "CHN", "LTU"), ("ACCUSE", "CHN", "LTU")},
        set(),
    ),
    # a diplomat "bị/được triệu (tập) lên Bộ Ngoại giao Y": Y protests to the diplomat's state
    (
        "Đại sứ Iran tại Baku đã bị triệu lên Bộ Ngoại giao Azerbaijan.",
        {("PROTEST", "AZE", "IRN"), ("ACCUSE", "AZE", "IRN")},
        set(),
    ),
    (
        "Đại biện Nga được triệu tới Bộ Ngoại giao Estonia sáng thứ Hai.",
        {("PROTEST", "EST", "RUS")},
        set(),
    ),
    # "X: Y phải …" (a headline) and "Theo X, Y phải …": X's demand
    (
        "Ngoại trưởng Pháp: Iran phải thả ngay các công dân châu Âu.",
        {("REQUEST", "FRA", "IRN")},
        set(),
    ),
    (
        "Theo Bộ Ngoại giao Đức, Israel phải mở thêm cửa khẩu cho hàng cứu trợ vào Gaza.",
        {("REQUEST", "DEU", "ISR")},
        set(),
    ),
    # the blame laid on a party is an accusation, not a threat
    (
        "Theo người phát ngôn Bộ Ngoại giao Syria, Israel phải chịu toàn bộ trách nhiệm về vụ "
        "không kích.",
        {("ACCUSE", "SYR", "ISR")},
        set(),
    ),
    (
        "Ukraine cho rằng Nga phải chịu trách nhiệm về vụ vỡ đập Kakhovka.",
        {("ACCUSE", "UKR", "RUS")},
        {("THREATEN", "UKR", "RUS")},
    ),
    # "đề xuất (các nước) Y phải …": a proposal that Y act is a demand on Y
    (
        "Malaysia đề xuất các nước ASEAN phải lên tiếng chung về tình hình Myanmar.",
        {("REQUEST", "MYS", "ASEAN")},
        set(),
    ),
    # an act named, then labelled: its author ("của Y", "việc Y …") is accused
    (
        "Tehran gọi vụ ám sát nhà khoa học hạt nhân là hành động khủng bố của Israel.",
        {("ACCUSE", "IRN", "ISR")},
        set(),
    ),
    (
        "Ankara coi việc Thụy Điển cho phép đốt kinh Koran là hành động xúc phạm.",
        {("ACCUSE", "TUR", "SWE")},
        set(),
    ),
    # the act just told, the subject of a judgement said: its author is accused
    (
        "Tàu chiến Trung Quốc đã chặn một tàu khảo sát của Indonesia ở quần đảo Natuna. "
        "Jakarta khẳng định hành động này vi phạm luật pháp quốc tế.",
        {("ACCUSE", "IDN", "CHN")},
        set(),
    ),
    # a complaint lodged with a forum about another's measure accuses its author
    (
        "Brazil đã đệ đơn khiếu nại lên WTO về các mức thuế của Mỹ đối với thép.",
        {("ACCUSE", "BRA", "USA")},
        {("ACCUSE", "BRA", "WTO")},
    ),
    # a note sent, then "phản đối": a formal protest
    (
        "Philippines đã gửi công hàm tới Liên hợp quốc phản đối yêu sách của Trung Quốc.",
        {("PROTEST", "PHL", "CHN"), ("ACCUSE", "PHL", "CHN")},
        set(),
    ),
    # a protest lodged, then a demand with no object of its own: asked of the same party
    (
        "Indonesia đã triệu đại sứ Trung Quốc, yêu cầu rút tàu hải cảnh khỏi vùng biển Natuna.",
        {("REQUEST", "IDN", "CHN"), ("PROTEST", "IDN", "CHN")},
        set(),
    ),
    (
        "Hàn Quốc lên án Triều Tiên, kêu gọi các bên kiềm chế.",
        {("ACCUSE", "KOR", "PRK")},
        {("REQUEST", "KOR", "PRK")},
    ),
    # representations made with a state ("giao thiệp với Y") are a formal protest
    (
        "Việt Nam đã giao thiệp với Đài Loan về cuộc diễn tập bắn đạn thật.",
        {("PROTEST", "VNM", "TWN")},
        set(),
    ),
    # an act owned through a state's people or craft, judged in speech
    (
        "Bộ Quốc phòng Australia cho rằng hành động của phi công Trung Quốc là thiếu chuyên "
        "nghiệp.",
        {("ACCUSE", "AUS", "CHN")},
        set(),
    ),
    (
        "Tokyo khẳng định hoạt động của tàu hải cảnh Trung Quốc đã vi phạm luật pháp quốc tế.",
        {("ACCUSE", "JPN", "CHN")},
        set(),
    ),
    # a protest made through diplomatic channels, with no object: against the one who just acted
    (
        "Tàu hải cảnh Trung Quốc đã phun vòi rồng vào tàu cá Việt Nam gần Hoàng Sa. "
        "Hà Nội đã phản đối mạnh mẽ qua kênh ngoại giao.",
        {("PROTEST", "VNM", "CHN"), ("ACCUSE", "VNM", "CHN")},
        set(),
    ),
    # a note sent "để phản đối": the protest is lodged, not planned
    (
        "Philippines đã gửi công hàm lên Liên hợp quốc để phản đối yêu sách của Trung Quốc ở "
        "Biển Đông.",
        {("PROTEST", "PHL", "CHN"), ("ACCUSE", "PHL", "CHN")},
        set(),
    ),
]

# helper e (second round): war and security reporting
WAR: list[Case] = [
    # a release with a count between the verb and who is freed, active or passive
    (
        "Hamas thả ba con tin người Israel trong khuôn khổ thỏa thuận ngừng bắn.",
        {("CONCEDE", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Hai con tin Israel đã được Hamas thả tại một địa điểm ở Rafah.",
        {("CONCEDE", "HAMAS", "ISR")},
        set(),
    ),
    # a swap brokered by a third party: the broker is no party to it
    (
        "Nga và Ukraine trao trả cho nhau 150 tù binh chiến tranh nhờ sự trung gian của UAE.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        {("CONCEDE", "RUS", "ARE"), ("CONCEDE", "ARE", "UKR")},
    ),
    # a place retaken "từ tay Y" that names the retaker's own capital: Y is attacked
    (
        "Quân đội Sudan giành lại quyền kiểm soát thủ đô Khartoum từ tay RSF.",
        {("ASSAULT", "SDN", "RSF")},
        set(),
    ),
    (
        "Quân đội Sudan chiếm lại thủ đô Khartoum từ tay Lực lượng Hỗ trợ Nhanh.",
        {("ASSAULT", "SDN", "RSF")},
        set(),
    ),
    # the victims named before an attack are not its attacker
    (
        "Ba binh sĩ Mỹ thiệt mạng trong cuộc tấn công bằng máy bay không người lái vào căn cứ "
        "ở Jordan.",
        set(),
        {("ASSAULT", "USA", "JOR")},
    ),
    # guard: an attacker named after the attack still attacks the victims' side
    (
        "Hai binh sĩ Israel thiệt mạng trong cuộc tấn công của Hezbollah.",
        {("ASSAULT", "HEZBOLLAH", "ISR")},
        set(),
    ),
    # (round 2) a pilot or an activist freed
    (
        "Pakistan thả phi công Ấn Độ bị bắt sau khi máy bay của anh bị bắn rơi.",
        {("CONCEDE", "PAK", "IND")},
        set(),
    ),
    # bodies or prisoners handed over "cho nhau" after what is handed over
    (
        "Ukraine và Nga đã trao trả thi thể binh sĩ tử trận cho nhau.",
        {("CONCEDE", "UKR", "RUS"), ("CONCEDE", "RUS", "UKR")},
        set(),
    ),
    # fire exchanged is an attack each way, not talks
    (
        "Ấn Độ và Pakistan trao đổi hỏa lực dữ dội dọc Ranh giới Kiểm soát.",
        {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")},
        {("CONSULT", "IND", "PAK")},
    ),
    # a capture said as "kiểm soát thêm" places of a state
    (
        "Quân đội Nga tuyên bố kiểm soát thêm hai ngôi làng ở tỉnh Donetsk của Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # a route for relief closed gives no aid
    (
        "Israel đã phong tỏa mọi tuyến đường đưa hàng cứu trợ vào Dải Gaza.",
        {("COERCE", "ISR", "PSE")},
        {("AID", "ISR", "PSE")},
    ),
    # (round 3) a launch at a count of places in a state
    (
        "Quân đội Pakistan cho biết Ấn Độ đã bắn tên lửa vào 6 địa điểm ở Pakistan, khiến 26 "
        "dân thường thiệt mạng.",
        {("ASSAULT", "IND", "PAK")},
        set(),
    ),
    (
        "Nga phóng hàng chục tên lửa vào hàng loạt mục tiêu trên khắp Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # (round 4) a siege or a blockade played in a drill named after it is no act
    (
        "Các tàu chiến Trung Quốc đã bao vây Đài Loan trong cuộc tập trận mang tên Eo biển "
        "Sấm sét.",
        set(),
        {("ASSAULT", "CHN", "TWN")},
    ),
    (
        "Quân đội Trung Quốc phong tỏa Đài Loan trong khuôn khổ cuộc diễn tập Liên hợp Lợi kiếm.",
        set(),
        {("COERCE", "CHN", "TWN")},
    ),
    # guard: a blockade that lasts months is a blockade
    (
        "Israel phong tỏa Dải Gaza trong nhiều tháng.",
        {("COERCE", "ISR", "PSE")},
        set(),
    ),
    # (round 5) towns and regions of war news named without their state
    (
        "Israel không kích thung lũng Bekaa, khiến 8 người thiệt mạng.",
        {("ASSAULT", "ISR", "LBN")},
        set(),
    ),
    (
        "Nga tấn công tên lửa vào thành phố Mykolaiv.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "Triều Tiên pháo kích đảo Yeonpyeong.",
        {("ASSAULT", "PRK", "KOR")},
        set(),
    ),
    # (round 6) a toll in people of no state, the source a state's health ministry
    (
        "Theo Bộ Y tế Li-băng, không kích của Israel đã làm 8 người thiệt mạng ở miền nam.",
        {("ASSAULT", "ISR", "LBN")},
        set(),
    ),
    (
        "Theo Bộ Y tế Gaza, các cuộc không kích của Israel trong đêm qua đã khiến ít nhất 30 "
        "người thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
]

# helper f (second round): sanctions and economic and diplomatic pressure
PRESSURE: list[Case] = [
    # a sentence-initial "Anh" before a verb only a state does is the state
    (
        "Anh cấm máy bay Nga bay qua không phận.",
        {("SANCTION", "GBR", "RUS")},
        set(),
    ),
    (
        "Anh hạn chế xuất khẩu linh kiện điện tử sang Iran.",
        {("SANCTION", "GBR", "IRN")},
        set(),
    ),
    # every activity or all trade with a state suspended
    (
        "Thổ Nhĩ Kỳ đình chỉ toàn bộ hoạt động thương mại với Israel.",
        {("SANCTION", "TUR", "ISR")},
        set(),
    ),
    # a measure told as the answer to another, after it: aimed at the author of the act answered
    (
        "Trung Quốc tuyên bố hạn chế xuất khẩu gallium và germanium, động thái được cho là nhằm"
        " đáp trả các biện pháp kiểm soát chip của Mỹ.",
        {("SANCTION", "CHN", "USA")},
        set(),
    ),
    (
        "Canada áp thuế 25% lên thép và nhôm, nhằm đáp trả các mức thuế của Mỹ.",
        {("SANCTION", "CAN", "USA")},
        set(),
    ),
    # consent to a measure with a target of its own: the target is no partner
    (
        "Hội đồng Bảo an Liên hợp quốc nhất trí gia hạn các biện pháp trừng phạt đối với"
        " Triều Tiên.",
        {("SANCTION", "UN", "PRK")},
        {("AGREE", "UN", "PRK")},
    ),
    (
        "Các nước thành viên EU đã nhất trí thông qua gói trừng phạt thứ 14 đối với Nga.",
        {("SANCTION", "EU", "RUS")},
        {("AGREE", "EU", "RUS")},
    ),
    # guard: consent to withdraw from a state stays an agreement with it
    (
        "Mỹ đã đồng ý rút quân khỏi Niger.",
        {("AGREE", "USA", "NER")},
        set(),
    ),
    # a list of goods, then their owner after "của"
    (
        "Mỹ cấm nhập khẩu dầu mỏ, khí đốt và than đá của Nga.",
        {("SANCTION", "USA", "RUS")},
        set(),
    ),
    # "Mỹ từ" capitalised mid-sentence is the state, not the word "mỹ từ"
    (
        "Bắc Kinh cũng giảm thuế đối với hàng hóa Mỹ từ 125% xuống 10%.",
        {("CONCEDE", "CHN", "USA")},
        set(),
    ),
    # a measure objected to as "việc Y <measure>" was taken
    (
        "Iran phản đối việc Đức đóng cửa các lãnh sự quán Iran.",
        {("ACCUSE", "IRN", "DEU"), ("SANCTION", "DEU", "IRN")},
        set(),
    ),
    # a party under another's sanctions: "thuộc diện trừng phạt của Y"
    (
        "Ngân hàng Gazprombank của Nga thuộc diện trừng phạt của EU.",
        {("SANCTION", "EU", "RUS")},
        {("SANCTION", "RUS", "EU")},
    ),
    # a passive entry ban names the banning state after "vào"
    (
        "Hàng trăm quan chức Nga bị cấm nhập cảnh vào Canada.",
        {("SANCTION", "CAN", "RUS")},
        {("SANCTION", "RUS", "CAN")},
    ),
    (
        "Ông Putin bị cấm nhập cảnh vào lãnh thổ các nước EU.",
        {("SANCTION", "EU", "RUS")},
        set(),
    ),
    # tankers stopped at sea
    (
        "Washington đã chặn hàng loạt tàu chở dầu của Venezuela trên biển Caribe.",
        {("COERCE", "USA", "VEN")},
        set(),
    ),
    # a liaison office closed
    (
        "Triều Tiên đóng cửa văn phòng liên lạc với Hàn Quốc.",
        {("SANCTION", "PRK", "KOR")},
        set(),
    ),
    # every envoy recalled from where they are posted
    (
        "Nam Phi đã triệu hồi toàn bộ các nhà ngoại giao tại Israel.",
        {("SANCTION", "ZAF", "ISR")},
        set(),
    ),
]

# helper g (second round): constructions the first round noticed and left
LEFT: list[Case] = [
    # a request with no addressee, turned down after "song/nhưng": each side named by the other
    (
        "Ba Lan đề nghị đàm phán, song Berlin từ chối.",
        {("REQUEST", "POL", "DEU"), ("REJECT", "DEU", "POL")},
        set(),
    ),
    (
        "Hàn Quốc đề nghị tổ chức hội đàm cấp cao, nhưng Bình Nhưỡng đã thẳng thừng từ chối.",
        {("REQUEST", "KOR", "PRK"), ("REJECT", "PRK", "KOR")},
        set(),
    ),
    (
        "Ukraine yêu cầu bồi thường, song Moskva bác bỏ.",
        {("REQUEST", "UKR", "RUS"), ("REJECT", "RUS", "UKR")},
        set(),
    ),
    # no refusal after the turn: nothing asked of anyone
    (
        "Thái Lan yêu cầu dẫn độ nghi phạm, song Campuchia chưa phản hồi.",
        set(),
        {("REQUEST", "THA", "KHM")},
    ),
    # one party agreeing to act on what another owns does not agree with it
    (
        "G7 nhất trí sử dụng tài sản bị phong tỏa của Nga để hỗ trợ Ukraine.",
        set(),
        {("AGREE", "G7", "RUS")},
    ),
    (
        "EU nhất trí gia hạn các biện pháp trừng phạt đối với Nga.",
        {("SANCTION", "EU", "RUS")},
        {("AGREE", "EU", "RUS")},
    ),
    (
        "EU đã nhất trí áp đặt lệnh cấm vận đối với các quan chức của Iran và Syria.",
        set(),
        {("AGREE", "EU", "IRN"), ("AGREE", "EU", "SYR")},
    ),
    # the partner after "với" stays
    (
        "Australia nhất trí ký thỏa thuận quốc phòng với Papua New Guinea.",
        {("AGREE", "AUS", "PNG")},
        set(),
    ),
    # a state taken off a list
    ("Mỹ đã gỡ Cuba khỏi danh sách các nước tài trợ khủng bố.", {("CONCEDE", "USA", "CUB")}, set()),
    (
        "Bộ Tài chính Mỹ xóa Nga khỏi danh sách theo dõi tiền tệ.",
        {("CONCEDE", "USA", "RUS")},
        set(),
    ),
    # the reporter's own verb, then a second joined to it: both the reporter's
    (
        "Bộ Ngoại giao Trung Quốc tuyên bố kiên quyết phản đối và sẽ có biện pháp đáp trả việc"
        " Mỹ bán vũ khí cho Đài Loan.",
        {("ACCUSE", "CHN", "USA"), ("THREATEN", "CHN", "USA")},
        set(),
    ),
    (
        "Bộ Ngoại giao Nga tuyên bố kiên quyết phản đối và sẽ có biện pháp đáp trả các lệnh trừng"
        " phạt mới của EU.",
        {("THREATEN", "RUS", "EU")},
        set(),
    ),
    # the parties asked, named by the conflict in the sentence
    (
        "Tổng thư ký Liên hợp quốc kêu gọi tất cả các bên kiềm chế trong bối cảnh căng thẳng giữa"
        " Israel và Iran leo thang.",
        {("REQUEST", "UN", "ISR"), ("REQUEST", "UN", "IRN")},
        set(),
    ),
    (
        '"Chúng tôi kêu gọi các bên kiềm chế tối đa", Ngoại trưởng Đức nói về căng thẳng giữa Ấn'
        " Độ và Pakistan.",
        {("REQUEST", "DEU", "IND"), ("REQUEST", "DEU", "PAK")},
        set(),
    ),
    # "Nhật Bản" ends in "bản", which no longer reads as "bản thỏa thuận"
    (
        "Philippines và Nhật Bản thỏa thuận chia sẻ thông tin tình báo quân sự.",
        {("AGREE", "PHL", "JPN")},
        set(),
    ),
    # an objection of its own after an act told with no event: against that act's subject
    (
        "Tàu Trung Quốc đi vào lãnh hải Philippines. Manila đã phản đối.",
        {("ACCUSE", "PHL", "CHN")},
        set(),
    ),
    (
        "Máy bay quân sự Nga xâm phạm không phận Nhật Bản. Tokyo đã phản đối mạnh mẽ.",
        {("ACCUSE", "JPN", "RUS")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [*LEAD, *REFUSALS, *SUPPORT_AID, *DEMANDS, *WAR, *PRESSURE, *LEFT],
)
def test_breadth(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"


def test_help_to_come_is_no_aid(code: Code, keys: Keys) -> None:
    # the main clause planned: the help is not told as given
    got = keys(code("Với sự hỗ trợ của Mỹ, Israel sẽ nâng cấp hệ thống phòng không."))
    assert ("AID", "USA", "ISR") not in got


def test_talks_backed_are_not_held(code: Code, keys: Keys) -> None:
    # the talks a state backs are wished for, not reported; a second verb after "và" is done
    assert ("CONSULT", "RUS", "UKR") not in keys(
        code("Bắc Kinh ủng hộ Nga và Ukraine đàm phán trực tiếp.")
    )
    assert ("ASSAULT", "USA", "RUS") in keys(code("Mỹ ủng hộ Ukraine và tấn công Nga."))


def test_support_declared_under_a_condition_stays_conditional(code: Code, keys: Keys) -> None:
    got = keys(code("Mỹ tuyên bố sẽ ủng hộ Ukraine nếu Nga tấn công."))
    assert ("SUPPORT", "USA", "UKR") not in got


def test_the_pronoun_anh_stays_a_pronoun(code: Code, keys: Keys) -> None:
    assert not keys(code("Anh cho biết sẽ tiếp tục học tập tại Hà Nội."))


def test_a_consequence_still_to_come_stays_a_threat(code: Code, keys: Keys) -> None:
    # "sẽ phải chịu trách nhiệm": accountability promised, not blame laid
    got = keys(code("Nga cảnh báo Mỹ sẽ phải chịu trách nhiệm nếu tiếp tục leo thang."))
    assert ("THREATEN", "RUS", "USA") in got


def test_a_note_still_to_come_lodges_no_protest(code: Code, keys: Keys) -> None:
    text = "Malaysia sẽ gửi công hàm lên Liên hợp quốc để phản đối yêu sách của Trung Quốc."
    got = keys(code(text))
    assert ("PROTEST", "MYS", "CHN") not in got


def test_an_act_suffered_labelled_accuses_no_one(code: Code, keys: Keys) -> None:
    got = keys(code("Iran coi việc Iran bị trừng phạt là hành động phi pháp."))
    assert not {k for k in got if k[0] == "ACCUSE"}

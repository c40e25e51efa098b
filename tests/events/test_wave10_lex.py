"""Wave 10 (lex): the w10-lex breadth block of triggers.tsv, one sentence or more per group it adds.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        # ACCUSE: allegations after a light verb, blame in other words, indictments, concern
        ("Nga đưa ra những lời cáo buộc nhằm vào Mỹ.", "ACCUSE", "RUS", "USA"),
        ("Trung Quốc quy tội cho Mỹ về đại dịch.", "ACCUSE", "CHN", "USA"),
        ("Chính phủ Anh nêu đích danh Nga là thủ phạm.", "ACCUSE", "GBR", "RUS"),
        ("Bộ Tư pháp Mỹ công bố cáo trạng đối với 5 tin tặc Trung Quốc.", "ACCUSE", "USA", "CHN"),
        ("Nhật Bản hết sức lo ngại trước việc Triều Tiên phóng tên lửa.", "ACCUSE", "JPN", "PRK"),
        ("Tổng thống Mỹ giận dữ với Trung Quốc.", "ACCUSE", "USA", "CHN"),
        ("Pháp kêu ca Anh về vấn đề người di cư.", "ACCUSE", "FRA", "GBR"),
        ("Ông Trump vạch tội Trung Quốc.", "ACCUSE", "USA", "CHN"),
        ("Ngoại trưởng Mỹ kể tội Nga.", "ACCUSE", "USA", "RUS"),
        # ACCUSE need=said: what a speaker says the clause subject did
        ("Bộ Quốc phòng Nga nói rằng Ukraine đã dàn dựng vụ tấn công.", "ACCUSE", "RUS", "UKR"),
        ("Ngoại trưởng Iran cho rằng Israel đã chà đạp luật pháp quốc tế.", "ACCUSE", "IRN", "ISR"),
        ("Ukraine nói Nga đã phá vỡ lệnh ngừng bắn.", "ACCUSE", "UKR", "RUS"),
        ("Iran cho rằng Mỹ đã nuốt lời.", "ACCUSE", "IRN", "USA"),
        ("Chính quyền Palestine nói Israel phạm tội ác chiến tranh.", "ACCUSE", "PSE", "ISR"),
        ("Ngoại trưởng Mỹ nói Nga can thiệp bầu cử.", "ACCUSE", "USA", "RUS"),
        ("Giám đốc FBI cho biết Trung Quốc đánh cắp bí mật công nghệ.", "ACCUSE", "USA", "CHN"),
        ("Người phát ngôn Điện Kremlin nói Mỹ đang lừa dối thế giới.", "ACCUSE", "RUS", "USA"),
        ("Trung Quốc nói Nhật Bản ngang nhiên xả nước thải ra biển.", "ACCUSE", "CHN", "JPN"),
        ("Điện Kremlin cho rằng Ukraine chịu trách nhiệm về vụ nổ.", "ACCUSE", "RUS", "UKR"),
        # REJECT: refusals in other words, idioms, defiance, treaties left
        ("Iran chối từ đề nghị đàm phán của Mỹ.", "REJECT", "IRN", "USA"),
        ("Nga gạt phắt đề xuất ngừng bắn của Mỹ.", "REJECT", "RUS", "USA"),
        ("Trung Quốc bác thẳng thừng cáo buộc của Mỹ.", "REJECT", "CHN", "USA"),
        ("Nga bác dự thảo nghị quyết của Mỹ.", "REJECT", "RUS", "USA"),
        ("Israel không đếm xỉa đến lời kêu gọi của Liên hợp quốc.", "REJECT", "ISR", "UN"),
        ("Nga lắc đầu trước đề xuất của Mỹ.", "REJECT", "RUS", "USA"),
        ("Iran không hợp tác với IAEA.", "REJECT", "IRN", "IAEA"),
        ("Triều Tiên thách thức lệnh trừng phạt của Liên hợp quốc.", "REJECT", "PRK", "UN"),
        ("Mỹ rút tên khỏi thỏa thuận hạt nhân với Iran.", "RETREAT", "USA", "IRN"),
        ("Mỹ ra khỏi hiệp ước INF với Nga.", "RETREAT", "USA", "RUS"),
        ("Nga hủy bỏ hiệp ước với Mỹ.", "REJECT", "RUS", "USA"),
        ("Nga chối cáo buộc của Mỹ.", "REJECT", "RUS", "USA"),
        # THREATEN: vows with "sẽ", force kept on the table, warnings after a light verb
        ("Iran thề sẽ trả đũa Israel.", "THREATEN", "IRN", "ISR"),
        ("Trung Quốc sẵn sàng tấn công Đài Loan.", "THREATEN", "CHN", "TWN"),
        ("Mỹ không loại trừ việc sử dụng vũ lực đối với Iran.", "THREATEN", "USA", "IRN"),
        ("Tổng thống Mỹ nói mọi lựa chọn đều nằm trên bàn đối với Iran.", "THREATEN", "USA", "IRN"),
        ("Trung Quốc gửi thông điệp răn đe tới Mỹ.", "THREATEN", "CHN", "USA"),
        ("Nga gửi lời đe dọa tới Mỹ.", "THREATEN", "RUS", "USA"),
        ("Nga cảnh báo Ukraine sẽ phải đối mặt với hậu quả.", "THREATEN", "RUS", "UKR"),
        ("Ngoại trưởng Iran nói Israel phải trả giá cho vụ tấn công.", "THREATEN", "IRN", "ISR"),
        ("Tổng thống Mỹ đưa ra thời hạn chót cho Hamas.", "THREATEN", "USA", "HAMAS"),
        ("Iran sẽ không nương tay với Israel.", "THREATEN", "IRN", "ISR"),
        ("Triều Tiên tuyên bố sẽ đánh trả Hàn Quốc.", "THREATEN", "PRK", "KOR"),
        ("Trung Quốc cảnh báo nghiêm khắc Philippines.", "THREATEN", "CHN", "PHL"),
        ("Trung Quốc răn Mỹ về vấn đề Đài Loan.", "THREATEN", "CHN", "USA"),
        # COERCE: ships held and chased, signals jammed, cyber attacks in other words
        ("Iran chặn giữ tàu chở dầu của Anh.", "COERCE", "IRN", "GBR"),
        ("Tàu hải cảnh Trung Quốc truy đuổi tàu Philippines.", "COERCE", "CHN", "PHL"),
        ("Nga gây nhiễu tín hiệu GPS của Estonia.", "COERCE", "RUS", "EST"),
        ("Nga phá sóng GPS của Phần Lan.", "COERCE", "RUS", "FIN"),
        ("Tin tặc Nga tấn công DDoS vào các trang web của Estonia.", "COERCE", "RUS", "EST"),
        ("Trung Quốc tấn công bằng mã độc vào các hệ thống của Mỹ.", "COERCE", "CHN", "USA"),
        # AID: relief money and goods moved, firefighters sent, debt relief
        ("Mỹ vận chuyển hàng viện trợ tới người dân Palestine.", "AID", "USA", "PSE"),
        ("Nhật Bản gửi tiền viện trợ cho Ukraine.", "AID", "JPN", "UKR"),
        ("Pháp gửi máy bay chữa cháy tới Hy Lạp.", "AID", "FRA", "GRC"),
        ("Trung Quốc giảm nợ cho Sri Lanka.", "AID", "CHN", "LKA"),
        ("Nhật Bản cứu giúp Philippines sau bão.", "AID", "JPN", "PHL"),
        # SUPPORT: a decision welcomed, praise and mourning after a light verb
        ("Mỹ chào đón quyết định của Ả Rập Xê Út.", "SUPPORT", "USA", "SAU"),
        ("Mỹ chào mừng quyết định của Ả Rập Xê Út.", "SUPPORT", "USA", "SAU"),
        ("Tổng thống Nga dành lời khen cho Trung Quốc.", "SUPPORT", "RUS", "CHN"),
        ("Việt Nam bày tỏ sự tiếc thương với Nhật Bản.", "SUPPORT", "VNM", "JPN"),
        ("Truyền thông Nga tung hô Trung Quốc.", "SUPPORT", "RUS", "CHN"),
        # REQUEST: calls and demands sent, pressure raised, headline verbs
        ("Ukraine gửi yêu cầu tới Đức về tên lửa Taurus.", "REQUEST", "UKR", "DEU"),
        ("Mỹ tăng áp lực lên Trung Quốc.", "REQUEST", "USA", "CHN"),
        ("EU gia tăng sức ép lên Nga.", "REQUEST", "EU", "RUS"),
        ("Liên hợp quốc phát đi lời kêu gọi tới Israel.", "REQUEST", "UN", "ISR"),
        ("Mỹ thuyết phục Israel ngừng bắn.", "REQUEST", "USA", "ISR"),
        ("Mỹ thúc Israel ngừng bắn.", "REQUEST", "USA", "ISR"),
        ("Ukraine kêu Mỹ gửi thêm vũ khí.", "REQUEST", "UKR", "USA"),
        # batch 4-5: warnings "với" an actor, trade-remedy probes, rescues, war declared, a chase
        ("Trung Quốc cảnh báo với Mỹ về vấn đề Đài Loan.", "THREATEN", "CHN", "USA"),
        ("Mỹ điều tra chống bán phá giá thép Việt Nam.", "ACCUSE", "USA", "VNM"),
        ("Trung Quốc gán tội cho Mỹ.", "ACCUSE", "CHN", "USA"),
        ("Trung Quốc phản ứng cứng rắn với Nhật Bản.", "ACCUSE", "CHN", "JPN"),
        # the ultimatum rejected is another's: "tối hậu thư" alone would be the subject's threat
        ("Nga bác tối hậu thư của Mỹ.", "REJECT", "RUS", "USA"),
        ("Tàu hải quân Trung Quốc cứu vớt 10 ngư dân Việt Nam.", "AID", "CHN", "VNM"),
        ("Chủ tịch nước Việt Nam gửi lời chúc tới nhân dân Lào.", "SUPPORT", "VNM", "LAO"),
        ("Trung Quốc sẵn sàng chiến tranh với Mỹ.", "THREATEN", "CHN", "USA"),
        ("Binh sĩ Trung Quốc chĩa súng vào binh sĩ Philippines.", "THREATEN", "CHN", "PHL"),
        ("Tàu Trung Quốc rượt đuổi tàu cá Việt Nam.", "COERCE", "CHN", "VNM"),
        # batch 6: "not doing enough" and standing by, said of another (need=said)
        (
            "Tổng thống Mỹ cho rằng Mexico đã không làm đủ để ngăn người di cư.",
            "ACCUSE",
            "USA",
            "MEX",
        ),
        ("Tổng thống Ukraine nói Liên hợp quốc đã khoanh tay đứng nhìn.", "ACCUSE", "UKR", "UN"),
        ("Đại diện Palestine cho rằng Liên hợp quốc thờ ơ trước thảm kịch.", "ACCUSE", "PSE", "UN"),
        # batch 7: force kept open in other words
        ("Mỹ không loại bỏ khả năng tấn công Iran.", "THREATEN", "USA", "IRN"),
        ("EU bỏ ngỏ khả năng trừng phạt Nga.", "THREATEN", "EU", "RUS"),
        ("Mỹ cân nhắc phương án quân sự đối với Venezuela.", "THREATEN", "USA", "VEN"),
        # batch 8: frequent misspellings with their constraints, a petition sent
        ("Mỹ thúc dục Trung Quốc kiềm chế Triều Tiên.", "REQUEST", "USA", "CHN"),
        ("Nga nói Mỹ đã xúi dục Ukraine.", "ACCUSE", "RUS", "USA"),
        ("Philippines gửi thỉnh nguyện thư tới Liên hợp quốc.", "REQUEST", "PHL", "UN"),
        # batch 9: arms sent in other words
        ("Đức gửi hệ thống phòng không Patriot tới Ukraine.", "AID", "DEU", "UKR"),
        ("Mỹ gửi đạn pháo cho Ukraine.", "AID", "USA", "UKR"),
        ("Iran chuyển vũ khí cho Nga.", "AID", "IRN", "RUS"),
        # batch 10: plural noun forms after a light verb
        ("Mỹ đưa ra các yêu cầu đối với Trung Quốc.", "REQUEST", "USA", "CHN"),
        ("Nga đặt ra yêu cầu đối với Ukraine.", "REQUEST", "RUS", "UKR"),
        ("Trung Quốc đưa ra các lời chỉ trích nhằm vào Mỹ.", "ACCUSE", "CHN", "USA"),
        ("Triều Tiên đưa ra những cảnh báo đối với Hàn Quốc.", "THREATEN", "PRK", "KOR"),
        # the longer vow of the recall block still wins over the judgement
        ("Trung Quốc tuyên bố sẽ không khoanh tay đứng nhìn Mỹ.", "THREATEN", "CHN", "USA"),
    ],
)
def test_w10_lex_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        # an argument that convinces, a finished visit, a complaint about the weather
        "Lập luận của Nga rất thuyết phục.",
        "Trận đấu chấm dứt, Mỹ thúc thủ.",
        "Người dân Hà Nội kêu trời vì nắng nóng.",
        # anger at prices, a police chase, a walk out of a room: no actor pair
        "Người dân Nga giận dữ vì giá xăng tăng.",
        "Cảnh sát Đức truy đuổi nghi phạm.",
        "Ông Putin ra khỏi phòng họp.",
        # a stage production and market pressure are no accusation or request
        "Hãng phim Mỹ dàn dựng bộ phim về Việt Nam.",
        "Nhà hát Pháp dàn dựng vở kịch của Nga.",
        "Ngân hàng Trung ương Nhật Bản tạo áp lực lên đồng yên.",
        "Đội tuyển Việt Nam chào mừng chiến thắng trước Thái Lan.",
        # a weather warning to the public, a trade probe's result, a domestic rescue
        "Cơ quan khí tượng Nhật Bản cảnh báo với người dân về bão.",
        "Bộ Công Thương cho biết kết quả điều tra chống bán phá giá đối với thép Trung Quốc.",
        "Bộ đội biên phòng cứu vớt ngư dân Việt Nam.",
        "Bộ Y tế đưa ra các yêu cầu về phòng dịch.",
        "Cảnh sát rượt đuổi nhóm cướp.",
    ],
)
def test_w10_lex_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {
        k
        for k in evs
        if k[0] in {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "COERCE", "AID", "THREATEN"}
    }, (
        text,
        evs,
    )


def test_w10_lex_pressure_on_a_market_is_no_request(code: Code, keys: Keys) -> None:
    # a pressure an economy puts on a state's economy has no actor subject
    evs = keys(code("Mỹ cho biết lạm phát tạo áp lực lên nền kinh tế Nhật Bản."))
    assert not {k for k in evs if k[0] == "REQUEST"}, evs


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        ("Mỹ không loại trừ khả năng hợp tác với Trung Quốc.", "COOPERATE", "USA", "CHN"),
        ("Mỹ không loại bỏ khả năng hợp tác với Trung Quốc.", "COOPERATE", "USA", "CHN"),
        ("Nga để ngỏ khả năng đàm phán với Ukraine.", "CONSULT", "RUS", "UKR"),
    ],
)
def test_w10_lex_a_possibility_kept_open_is_no_act(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    # cues.tsv w10-lex: what follows "(không) loại trừ/loại bỏ/để ngỏ khả năng" is only possible
    evs = code(text)
    assert (kind, a, b) not in keys(evs), text
    assert (kind, a, b) in keys(evs, "hypothetical"), text

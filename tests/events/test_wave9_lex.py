"""Wave 9 (lex): the w9-lex breadth block of triggers.tsv, one sentence or more per type it extends.

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
        ("Đại diện Mỹ và Iran đã ngồi lại với nhau tại Oman.", "CONSULT", "USA", "IRN"),
        ("Ngoại trưởng Pháp đã mật đàm với Ngoại trưởng Iran tại Geneva.", "CONSULT", "FRA", "IRN"),
        ("Ukraine đã ký vào thỏa thuận khoáng sản với Mỹ.", "AGREE", "UKR", "USA"),
        ("Nhật Bản và Hàn Quốc ra thông cáo báo chí chung sau hội đàm.", "AGREE", "JPN", "KOR"),
        ("Thổ Nhĩ Kỳ bật đèn xanh cho Thụy Điển gia nhập NATO.", "AGREE", "TUR", "SWE"),
        ("Ngoại trưởng Anh đã bàn với Ngoại trưởng Pháp về Ukraine.", "CONSULT", "GBR", "FRA"),
        ("Ông Trump tung đòn thuế mới với Canada.", "SANCTION", "USA", "CAN"),
        ("Nga dội mưa tên lửa xuống Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("Nga giội bom thành phố Kharkov của Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("Nga đã sát nhập bán đảo Crimea của Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("Tổng thống Iran thóa mạ Israel.", "ACCUSE", "IRN", "ISR"),
        ("Hải quân Trung Quốc thao diễn quân sự gần Đài Loan.", "MOBILIZE", "CHN", "TWN"),
        ("Iran tuyên bố sẽ trừng trị Israel.", "THREATEN", "IRN", "ISR"),
        ("Trung Quốc nối lại đối thoại quân sự với Mỹ.", "CONSULT", "CHN", "USA"),
        ("Tổng thống Nga ngợi ca Trung Quốc.", "SUPPORT", "RUS", "CHN"),
        ("Tổng thống Mỹ khen Thủ tướng Nhật Bản.", "SUPPORT", "USA", "JPN"),
        ("Mỹ và Cuba đã khôi phục bang giao.", "COOPERATE", "USA", "CUB"),
        ("Nhật Bản và Philippines đã cùng tuần tra trên Biển Đông.", "COOPERATE", "JPN", "PHL"),
        ("Campuchia đã bàn giao nghi phạm cho Việt Nam.", "COOPERATE", "KHM", "VNM"),
        ("Nhật Bản cử đoàn y tế sang Thổ Nhĩ Kỳ.", "AID", "JPN", "TUR"),
        ("Trung Quốc đã miễn nợ cho Zambia.", "AID", "CHN", "ZMB"),
        ("Israel đã ngưng oanh tạc Liban.", "RETREAT", "ISR", "LBN"),
        ("Tổng thống Zelensky đề xuất Nga trao đổi tù binh.", "REQUEST", "UKR", "RUS"),
        ("Ukraine cầu khẩn Đức gửi thêm tên lửa.", "REQUEST", "UKR", "DEU"),
        (
            "Bộ Ngoại giao Nga nói rằng Mỹ đã xúi giục Gruzia gây rối.",
            "ACCUSE",
            "RUS",
            "USA",
        ),
        ("Mỹ rời khỏi thỏa thuận hạt nhân với Iran.", "RETREAT", "USA", "IRN"),
        ("Iran thề báo thù Israel.", "THREATEN", "IRN", "ISR"),
        ("Trung Quốc đã ngưng cấp visa cho công dân Hàn Quốc.", "SANCTION", "CHN", "KOR"),
        ("Mỹ áp dụng thuế quan 25% đối với Canada.", "SANCTION", "USA", "CAN"),
        ("Nga tăng thêm binh sĩ tới biên giới Ukraine.", "MOBILIZE", "RUS", "UKR"),
        ("Trung Quốc biểu dương lực lượng gần Đài Loan.", "MOBILIZE", "CHN", "TWN"),
        ("Nga đã bắt sống hai binh sĩ Ukraine.", "COERCE", "RUS", "UKR"),
        ("Quân đội Nga tàn phá các thành phố của Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("Hamas chiều theo yêu cầu của Ai Cập.", "CONCEDE", "HAMAS", "EGY"),
    ],
)
def test_breadth_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        # a proposal of a plan, not of an act by an actor, is no request
        "Pháp đề xuất kế hoạch hòa bình cho Ukraine.",
        # a proposed measure keeps "đề xuất" a cue of the planned sanction, not a request
        "Anh đề xuất gói trừng phạt mới nhằm vào Nga.",
        # a preferential tariff applied is no sanction
        "Việt Nam áp dụng thuế suất ưu đãi đối với hàng hóa của Lào.",
        # weapons of mass destruction are no attack
        "Mỹ cáo buộc Iraq sở hữu vũ khí hủy diệt hàng loạt.",
        # a green light denied, a score levelled in sport
        'Ngoại trưởng Mỹ nói nước này không "bật đèn xanh" cho Thổ Nhĩ Kỳ.',
        "Tuyển Việt Nam đã san bằng tỷ số trước Thái Lan.",
    ],
)
def test_breadth_rows_keep_their_guards(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {e for e in evs if e[0] in ("REQUEST", "SANCTION", "ASSAULT", "AGREE")}, (text, evs)

"""Wave 17: cooperative and request events the coder missed or misread on news wording.

Each case failed before its fix. Every sentence is written for these tests from general
knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a meeting verb opening the sentence, its subject after the object's comma
        (
            "Tiếp Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul, Thủ tướng Phạm Minh Chính đề nghị "
            "Hàn Quốc tăng cường đầu tư vào Việt Nam.",
            {("CONSULT", "VNM", "KOR")},
            set(),
        ),
        (
            "Điện đàm với Ngoại trưởng Nhật Bản Iwaya Takeshi, Bộ trưởng Ngoại giao Bùi Thanh "
            "Sơn nhấn mạnh tầm quan trọng của quan hệ hai nước.",
            {("CONSULT", "VNM", "JPN")},
            set(),
        ),
        # what is praised is owned by the one praised ("những đóng góp của Y đối với X")
        (
            "Thủ tướng Phạm Minh Chính đánh giá cao những đóng góp của Hàn Quốc đối với sự "
            "phát triển của Việt Nam.",
            {("SUPPORT", "VNM", "KOR")},
            set(),
        ),
        (
            "Bộ trưởng Ngoại giao Bùi Thanh Sơn ghi nhận những đóng góp tích cực của Nhật Bản "
            "đối với Việt Nam trong lĩnh vực y tế.",
            {("SUPPORT", "VNM", "JPN")},
            set(),
        ),
        # a pact named after a city: the city is no party
        (
            "Tổng thống Trump tuyên bố Mỹ rút khỏi Hiệp định Paris về biến đổi khí hậu.",
            set(),
            {("REJECT", "USA", "FRA")},
        ),
        # a deal welcomed by name with its two parties was reached
        (
            "Bộ Ngoại giao Pháp hoan nghênh thỏa thuận ngừng bắn giữa Israel và Hezbollah.",
            {("AGREE", "ISR", "HEZBOLLAH")},
            set(),
        ),
        # a thanks for what the one thanked did ("cảm ơn Y đã …")
        (
            "Thủ tướng Modi đã cảm ơn Tổng thống Putin đã chia sẻ thông tin về cuộc gặp với Mỹ.",
            {("SUPPORT", "IND", "RUS")},
            set(),
        ),
        # a framed call whose main verb addresses the other side ("cảm ơn Y")
        (
            "Trong cuộc điện đàm hôm 8/8, Thủ tướng Modi đã cảm ơn Tổng thống Putin đã chia sẻ "
            "thông tin về cuộc gặp với Mỹ.",
            {("CONSULT", "IND", "RUS")},
            set(),
        ),
        # a gift to a ministry named before the goods counted
        (
            "Đại sứ quán Hàn Quốc tại Hà Nội đã trao tặng Bộ Y tế Việt Nam 50 máy thở.",
            {("AID", "KOR", "VNM")},
            set(),
        ),
        # an approved arms deal with a long object before "cho Y"
        (
            "Bộ Ngoại giao Mỹ đã phê duyệt thương vụ bán 40 máy bay chiến đấu F-16 cho Thổ Nhĩ Kỳ.",
            {("AID", "USA", "TUR")},
            set(),
        ),
        # talks proposed with a party: the party is asked
        (
            "Hàn Quốc đã đề xuất tổ chức đàm phán quân sự với Triều Tiên để giảm căng thẳng.",
            {("REQUEST", "KOR", "PRK")},
            set(),
        ),
        (
            "Ông Zelensky một lần nữa đề xuất gặp trực tiếp với Tổng thống Putin.",
            {("REQUEST", "UKR", "RUS")},
            set(),
        ),
        # the two leaders just met ask a third party: each of them asks it
        (
            "Sau cuộc hội đàm tại Moskva, Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc "
            "Tập Cận Bình đã ký tuyên bố chung. Hai nhà lãnh đạo cũng kêu gọi Mỹ ngừng can thiệp "
            "vào công việc nội bộ của các nước khác.",
            {("REQUEST", "RUS", "USA"), ("REQUEST", "CHN", "USA")},
            set(),
        ),
        # help carried by troops already sent ("gửi binh sĩ sang Y để hỗ trợ Y")
        (
            "Bình Nhưỡng đã gửi hàng nghìn binh sĩ sang Nga để hỗ trợ Moskva trong cuộc chiến "
            "với Ukraine.",
            {("AID", "PRK", "RUS")},
            set(),
        ),
        # inspectors let in, their agency after "của"
        (
            "Iran đã cho phép các thanh sát viên của Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) "
            "quay trở lại cơ sở hạt nhân Bushehr.",
            {("CONCEDE", "IRN", "IAEA")},
            set(),
        ),
        # an order conferred: the state in its name is not its holder
        (
            "Chủ tịch nước Lào Thongloun Sisoulith đã trao Huân chương Vàng Quốc gia Lào tặng "
            "Tổng Bí thư Tô Lâm.",
            {("SUPPORT", "LAO", "VNM")},
            set(),
        ),
        # the parties meant named after "đặc biệt là" are the ones asked
        (
            "Tổng thống Zelensky kêu gọi các đồng minh phương Tây, đặc biệt là Mỹ và Đức, nhanh "
            "chóng cung cấp thêm hệ thống phòng không Patriot.",
            {("REQUEST", "UKR", "USA"), ("REQUEST", "UKR", "DEU")},
            set(),
        ),
    ],
)
def test_wave17_cooperation(
    code: Code,
    keys: Keys,
    text: str,
    present: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    got = keys(code(text))
    assert present <= got, (present - got, got)
    assert not (absent & got), (absent & got, got)

"""Wave 12: vows to retaliate, "or else" demands, incidents condemned by a bare noun
(events/vows.py, events/stances.py).

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Trung Quốc tuyên bố sẽ có biện pháp cứng rắn để đáp trả Mỹ.", ("THREATEN", "CHN", "USA")),
        (
            "Bộ Ngoại giao Nga cho biết Moskva sẽ có những phản ứng thích đáng nhằm đáp trả lại "
            "quyết định mới nhất của Anh.",
            ("THREATEN", "RUS", "GBR"),
        ),
        (
            "Bình Nhưỡng cảnh báo sẽ đưa ra các biện pháp quân sự để trả đũa việc tập trận của "
            "Hàn Quốc.",
            ("THREATEN", "PRK", "KOR"),
        ),
        ("Iran sẽ giáng trả Israel nếu bị tấn công, ông Araghchi nói.", ("THREATEN", "IRN", "ISR")),
    ],
)
def test_a_vow_to_retaliate_is_a_threat(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua, Nga tuyên bố sẽ không đáp trả Mỹ bằng biện pháp quân sự.",
        "Canada chưa quyết định sẽ đáp trả thế nào, trong khi Mỹ vẫn giữ mức thuế cũ.",
        # the verb of retaliation is past: the retaliation happened (coded by what it was)
        "Hôm qua, Nga đã đáp trả Mỹ bằng cách trục xuất 10 nhà ngoại giao.",
    ],
)
def test_no_vow_no_threat(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "THREATEN"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Tổng thống Thổ Nhĩ Kỳ tuyên bố, Hy Lạp phải ngừng thăm dò khí đốt, nếu không sẽ "
            "phải gánh chịu mọi hậu quả.",
            ("THREATEN", "TUR", "GRC"),
        ),
        (
            "Nhóm vũ trang Houthi cảnh báo Israel cần phải dừng các cuộc không kích, nếu không "
            "thì các tàu của họ sẽ bị tấn công.",
            ("THREATEN", "HOUTHI", "ISR"),
        ),
    ],
)
def test_must_or_else_is_an_ultimatum(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_must_without_or_else_is_no_ultimatum(code: Code, keys: Keys) -> None:
    text = "Thủ tướng Đức nói Nga phải rút quân khỏi Ukraine theo luật pháp quốc tế."
    assert ("THREATEN", "DEU", "RUS") not in keys(code(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Tàu hải cảnh Trung Quốc đã đâm va một tàu cá Việt Nam gần quần đảo Hoàng Sa. Việt "
            "Nam kịch liệt phản đối vụ việc.",
            ("ACCUSE", "VNM", "CHN"),
        ),
        (
            "Triều Tiên sáng nay bắn một tên lửa đạn đạo qua Nhật Bản. Tokyo lên án vụ phóng tên "
            "lửa, đồng thời họp khẩn Hội đồng An ninh Quốc gia.",
            ("ACCUSE", "JPN", "PRK"),
        ),
    ],
)
def test_a_bare_incident_condemned_is_the_one_told(
    code: Code, keys: Keys, text: str, key: tuple
) -> None:
    assert key in keys(code(text))


def test_a_bare_incident_with_no_author_has_no_recipient(code: Code, keys: Keys) -> None:
    text = "Bão lớn đổ bộ vào miền Trung hôm qua. Chính phủ Nhật Bản lên án vụ việc."
    assert not {k for k in keys(code(text)) if k[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Thủ tướng Israel cảnh báo sẽ mở lại chiến dịch quân sự nếu Hamas không trao trả con "
            "tin trước thứ Bảy.",
            ("THREATEN", "ISR", "HAMAS"),
        ),
        (
            "Ông Trump cảnh báo ra đòn mạnh tay nếu lực lượng Houthi không ngừng tấn công tàu.",
            ("THREATEN", "USA", "HOUTHI"),
        ),
    ],
)
def test_a_warning_with_a_condition_threatens_its_subject(
    code: Code, keys: Keys, text: str, key: tuple
) -> None:
    assert key in keys(code(text))


def test_a_risk_foreseen_is_no_threat(code: Code, keys: Keys) -> None:
    text = "Chính phủ Colombia cảnh báo nguy cơ xung đột lan rộng nếu Mỹ can thiệp vào Venezuela."
    assert ("THREATEN", "COL", "USA") not in keys(code(text))


def test_the_incident_condemned_is_the_hostile_act_not_the_last_reaction(
    code: Code, keys: Keys
) -> None:
    text = (
        "Tàu Trung Quốc đâm chìm một tàu cá Việt Nam. Việt Nam phản đối Trung Quốc. Bộ Quốc phòng "
        "Mỹ lên án gay gắt vụ việc, đề nghị Trung Quốc kiềm chế."
    )
    got = keys(code(text))
    assert ("ACCUSE", "USA", "CHN") in got
    assert ("ACCUSE", "USA", "VNM") not in got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a digit for "hai": "2 bên" are the two sides of the talks just told
        (
            "Ngoại trưởng Nhật Bản hội đàm với người đồng cấp Trung Quốc tại Tokyo. Ông cho biết 2 "
            "bên đã nhất trí nối lại đối thoại kinh tế cấp cao.",
            ("AGREE", "JPN", "CHN"),
        ),
        # an amount is one word to the reach of "với X"
        (
            "Ukraine cũng đã ký các thỏa thuận quốc phòng trị giá hơn 570 triệu USD với Đan Mạch.",
            ("AGREE", "UKR", "DNK"),
        ),
        # a member suspended from a bloc
        (
            "Ngày 14/12, Cộng đồng Kinh tế Tây Phi (ECOWAS) thông báo đã đình chỉ Niger khỏi các "
            "cơ quan ra quyết định của khối.",
            ("SANCTION", "ECOWAS", "NER"),
        ),
        # "cảm ơn B đã viện trợ": B helped the one who thanks
        (
            "Thủ tướng Lào cảm ơn Việt Nam đã viện trợ khẩn cấp 20 tấn gạo cho vùng lũ.",
            ("AID", "VNM", "LAO"),
        ),
    ],
)
def test_wave12_argument_reach(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_a_suspension_from_office_is_no_sanction(code: Code, keys: Keys) -> None:
    text = "Chính phủ Pháp đình chỉ ông Martin khỏi chức vụ thị trưởng."
    assert not {k for k in keys(code(text)) if k[0] == "SANCTION"}

"""Wave 9 (force): REQUEST, SANCTION, COERCE, ASSAULT, MOBILIZE, CONCEDE and RETREAT
constructions that recur on the open sets.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize("ref", ["nói trên", "nêu trên", "trên"])
def test_aforementioned_is_no_reporting_verb(code: Code, keys: Keys, ref: str) -> None:
    """'hành động nói trên': aforementioned; the demand after it is still the subject's."""
    text = (
        f"Hà Nội kiên quyết phản đối các hoạt động {ref}, đồng thời yêu cầu Trung Quốc "
        "rút ngay giàn khoan khỏi vùng biển này."
    )
    assert ("REQUEST", "VNM", "CHN") in keys(code(text))


def test_said_on_a_platform_is_still_a_report(code: Code, keys: Keys) -> None:
    evs = keys(code("Ông Zelensky nói trên Telegram rằng Nga đã tấn công Kharkiv đêm qua."))
    assert ("ASSAULT", "RUS", "UKR") in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Bộ Ngoại giao Anh hôm qua yêu cầu tùy viên quân sự của Đại sứ quán Nga rời khỏi "
            "nước này trong vòng một tuần.",
            "GBR",
            "RUS",
        ),
        (
            "Chính phủ Ba Lan đã yêu cầu ba thành viên thuộc phái bộ Belarus rời đi trong 72 giờ.",
            "POL",
            "BLR",
        ),
        ("Pháp yêu cầu tham tán thương mại của Iran rời khỏi Paris.", "FRA", "IRN"),
    ],
)
def test_envoy_told_to_leave_is_an_expulsion(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    """An attaché, counsellor or mission member ordered out is expelled (SANCTION)."""
    evs = keys(code(text))
    assert ("SANCTION", a, b) in evs, evs
    assert ("REQUEST", a, b) not in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        "Xung đột kéo dài nhiều ngày. Đặc phái viên LHQ đã kêu gọi ngừng bắn ngay lập tức giữa "
        "hai bên ở khu vực biên giới Armenia-Azerbaijan.",
        "Armenia và Azerbaijan ký hiệp định năm 2020. Hiệp định này kêu gọi cả hai bên rút "
        "lực lượng khỏi vùng đệm.",
        "Armenia và Azerbaijan hội đàm tại Moskva. Hai bên kêu gọi Nga hỗ trợ tiến trình.",
    ],
)
def test_a_pair_asked_or_asking_does_not_ask_each_other(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text), None)
    assert ("REQUEST", "ARM", "AZE") not in evs, evs
    assert ("REQUEST", "AZE", "ARM") not in evs, evs


def test_a_demand_of_one_party_on_another_stays(code: Code, keys: Keys) -> None:
    evs = keys(
        code("Armenia và Azerbaijan hội đàm tại Moskva. Armenia kêu gọi Azerbaijan thả tù binh.")
    )
    assert ("REQUEST", "ARM", "AZE") in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng phòng không Nga đã bắn hạ 9 thiết bị bay không người lái (UAV) của Ukraine "
        "khi chúng bay về phía Moskva.",
        "Lực lượng Houthi đã triển khai 3 máy bay không người lái (UAV) tấn công một tàu hàng.",
        "Triều Tiên đã phóng thử một tên lửa đạn đạo xuyên lục địa (ICBM) ra biển.",
    ],
)
def test_a_weapon_short_name_is_no_party(code: Code, text: str) -> None:
    """'(UAV)', '(ICBM)' after a weapon name the weapon, never an actor or a recipient."""
    for ev in code(text):
        assert ev.actor is None or ev.actor.code not in ("UAV", "ICBM"), ev
        assert ev.recipient is None or ev.recipient.code not in ("UAV", "ICBM"), ev


@pytest.mark.parametrize("verb", ["xác nhận", "thừa nhận"])
def test_confirming_an_attack_is_no_attack_received(code: Code, keys: Keys, verb: str) -> None:
    """'xác nhận/thừa nhận' (confirm, admit) end in 'nhận' but receive nothing: the subject
    attacks the owner of the targets."""
    evs = keys(code(f"Quân đội Israel hôm qua {verb} tấn công nhiều kho vũ khí của Hezbollah."))
    assert ("ASSAULT", "ISR", "HEZBOLLAH") in evs, evs
    assert ("ASSAULT", "HEZBOLLAH", "ISR") not in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Hà Lan đã triển khai hai trực thăng Chinook tới Litva.", "NLD", "LTU"),
        ("Đức triển khai một tiểu đoàn bộ binh đến Estonia trong tuần này.", "DEU", "EST"),
        ("Mỹ điều động thêm một tàu khu trục tới Yemen.", "USA", "YEM"),
    ],
)
def test_units_and_craft_deployed(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    """Helicopters, battalions, brigades and destroyers deployed are a force moved (MOBILIZE)."""
    assert ("MOBILIZE", a, b) in keys(code(text))


def test_a_system_deployed_is_no_force(code: Code, keys: Keys) -> None:
    evs = keys(code("Ngân hàng Nhà nước Việt Nam triển khai hệ thống thanh toán mới với Lào."))
    assert not {e for e in evs if e[0] == "MOBILIZE"}, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            'Thủ tướng Nhật Bản nói: "Trung Quốc cần chấm dứt ngay các hoạt động quân sự".',
            "JPN",
            "CHN",
        ),
        ("Ngoại trưởng Pháp nhấn mạnh: “Iran không nên làm giàu urani vượt ngưỡng”.", "FRA", "IRN"),
        ('"Nga cần phải rút toàn bộ quân đội", Tổng thống Phần Lan nói.', "FIN", "RUS"),
    ],
)
def test_what_a_speaker_says_another_must_do(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    """'X nói: "Y cần/không nên/cần phải …"': X asks Y (REQUEST)."""
    assert ("REQUEST", a, b) in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Đức cho biết gói vũ khí mà Ukraine đang rất cần này sẽ sớm được chuyển giao.",
        "Ông Zelensky cho rằng vụ tấn công của Nga cho thấy cần phải có thêm trừng phạt.",
        "Thủ tướng Nhật Bản cho biết Trung Quốc cần thêm thời gian để đánh giá.",
        "Việt Nam cần đẩy mạnh xuất khẩu nông sản sang Trung Quốc.",
    ],
)
def test_a_need_is_no_demand(code: Code, keys: Keys, text: str) -> None:
    """A need ('đang rất cần', 'cần thêm'), an impersonal 'cần phải có' and the article's own
    advice are no one's demand."""
    evs = keys(code(text), None)
    assert not {e for e in evs if e[0] == "REQUEST"}, evs

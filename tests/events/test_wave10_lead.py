"""Wave 10 (lead): launches that hit no one, and unity governments named with their state.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Triều Tiên phóng tên lửa đạn đạo tầm ngắn giữa lúc Mỹ và Hàn Quốc tập trận chung.",
        "Triều Tiên bắn thử hai tên lửa hành trình trong khi Mỹ và Hàn Quốc họp bàn về an ninh.",
        "Triều Tiên phóng ba tên lửa nhắm vào mục tiêu giả định là căn cứ của Mỹ và Hàn Quốc.",
        "Bình Nhưỡng phóng tên lửa mô phỏng một đòn tấn công hạt nhân vào Hàn Quốc và Mỹ.",
    ],
)
def test_a_drill_or_a_launch_meanwhile_is_no_assault(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] == "ASSAULT"}, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Nga phóng hàng chục tên lửa hành trình vào Ukraine trong đêm.", "RUS", "UKR"),
        ("Iran bắn tên lửa vào lãnh thổ Israel khi quân đội Israel đang tập trận.", "IRN", "ISR"),
    ],
)
def test_a_launch_at_a_target_stays_an_assault(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    assert ("ASSAULT", a, b) in keys(code(text))


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Chính phủ Đoàn kết Dân tộc Libya", "LBY"),
        ("Chính phủ Hòa hợp Dân tộc Libya", "LBY"),
        ("Chính phủ Đoàn kết Dân tộc Palestine", "PSE"),
        ("Chính phủ Đoàn kết Dân tộc", "NUG"),
    ],
)
def test_a_unity_government_acts_for_its_state(
    code: Code, keys: Keys, name: str, state: str
) -> None:
    """The bare name stays Myanmar's NUG; named with a state, it is that state's government."""
    evs = keys(code(f"{name} hôm qua kêu gọi Thổ Nhĩ Kỳ rút quân khỏi khu vực."))
    assert ("REQUEST", state, "TUR") in evs, evs

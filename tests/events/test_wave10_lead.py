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


def test_aid_shared_out_among_listed_states(code: Code, keys: Keys) -> None:
    """The donor of the article's aid gives to each state the aid is shared out among."""
    text = (
        "Nhật Bản công bố khoản viện trợ nhân đạo 30 triệu USD cho khu vực Trung Đông. "
        "Theo thông báo, số tiền này sẽ được dùng để cung cấp lương thực và thuốc men cho "
        "người tị nạn ở Jordan, Liban và Iraq."
    )
    evs = keys(code(text))
    assert {("AID", "JPN", "JOR"), ("AID", "JPN", "LBN"), ("AID", "JPN", "IRQ")} <= evs, evs


def test_beneficiaries_with_their_amounts(code: Code, keys: Keys) -> None:
    text = (
        "Ủy ban châu Âu ngày 3/2 cho biết đã phân bổ thêm 40 triệu euro viện trợ cho một số "
        "quốc gia Tây Phi. Các quốc gia thụ hưởng bao gồm Mali (10 triệu euro), Niger (12 triệu "
        "euro) và Burkina Faso (18 triệu euro)."
    )
    evs = keys(code(text))
    assert {("AID", "EU", "MLI"), ("AID", "EU", "NER"), ("AID", "EU", "BFA")} <= evs, evs


@pytest.mark.parametrize(
    "second",
    [
        # the listed states give: donors, not receivers
        "Các nhà tài trợ bao gồm Nhật Bản, Hàn Quốc và Australia đã cam kết thêm 5 triệu USD.",
        # states named with no money and no beneficiary: a place, not a share
        "Hạn hán đang lan rộng ở Kenya, Ethiopia và Somalia.",
    ],
)
def test_no_share_without_receivers(code: Code, keys: Keys, second: str) -> None:
    text = f"Mỹ công bố gói viện trợ 100 triệu USD cho khu vực Sừng châu Phi. {second}"
    evs = keys(code(text))
    assert not {k for k in evs if k[0] == "AID" and k[2] in {"JPN", "KOR", "AUS", "KEN"}}, evs

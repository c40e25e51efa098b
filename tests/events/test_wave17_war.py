"""Wave 17: how Vietnamese media report wars and their diplomacy (seventeenth session).

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
        # forces leaving places of a state's land: "rút khỏi các ngôi làng ở miền nam Y"
        (
            "Quân đội Israel đã rút khỏi phần lớn các ngôi làng ở miền nam Liban.",
            {("RETREAT", "ISR", "LBN")},
            set(),
        ),
        # the ship stopped carries the aid: the one who stops it gives none
        (
            "Hải quân Israel đã chặn tàu Madleen chở hàng viện trợ tới Gaza.",
            {("COERCE", "ISR", "PSE")},
            {("AID", "ISR", "PSE")},
        ),
        # a passive whose subject is "thủ đô X của Y": "của" inside the name is no preposition
        (
            "Thủ đô Kiev của Ukraine đã bị Nga tấn công bằng tên lửa trong đêm qua.",
            {("ASSAULT", "RUS", "UKR")},
            set(),
        ),
        # a claim of responsibility names who attacked
        (
            "Hezbollah nhận trách nhiệm về vụ tấn công bằng UAV nhằm vào một căn cứ quân sự "
            "ở miền bắc Israel.",
            {("ASSAULT", "HEZBOLLAH", "ISR")},
            set(),
        ),
        (
            "Lực lượng Houthi đã nhận trách nhiệm về vụ tấn công tàu hàng Anh ở Vịnh Aden.",
            {("ASSAULT", "HOUTHI", "GBR")},
            set(),
        ),
        # border crossings shut with a quantifier
        (
            "Thái Lan đã đóng cửa tất cả các cửa khẩu biên giới với Campuchia.",
            {("SANCTION", "THA", "KHM")},
            set(),
        ),
        # a vow to punish severely is a threat, no sanction announced
        (
            "Lãnh tụ tối cao Iran tuyên bố sẽ trừng phạt nghiêm khắc Israel.",
            {("THREATEN", "IRN", "ISR")},
            {("SANCTION", "IRN", "ISR")},
        ),
        # "Bộ Tài chính Mỹ" is the US Treasury, never Viet Nam's ministry
        (
            "Bộ Tài chính Mỹ đã áp đặt lệnh trừng phạt đối với các mạng lưới tài chính của Houthi.",
            {("SANCTION", "USA", "HOUTHI")},
            {("SANCTION", "VNM", "HOUTHI")},
        ),
        # intelligence sharing halted is a sanction
        (
            "Mỹ đã tạm dừng chia sẻ thông tin tình báo với Ukraine.",
            {("SANCTION", "USA", "UKR")},
            {("COOPERATE", "USA", "UKR")},
        ),
        # arms received from a giver
        (
            "Ukraine đã nhận được lô máy bay F-16 đầu tiên từ Đan Mạch và Hà Lan.",
            {("AID", "DNK", "UKR"), ("AID", "NLD", "UKR")},
            set(),
        ),
    ],
)
def test_wave17_war(
    code: Code,
    keys: Keys,
    text: str,
    present: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    got = keys(code(text))
    assert present <= got, (present - got, got)
    assert not (absent & got), (absent & got, got)

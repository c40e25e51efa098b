"""Wave 17: conflict and pressure constructions the coder missed or misread on unseen news.

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
        # a concern about acts with long modifiers before their owner's "của"
        (
            "Chánh văn phòng Nội các Nhật Bản bày tỏ quan ngại sâu sắc về các hoạt động quân sự "
            "ngày càng gia tăng của Trung Quốc gần quần đảo Senkaku.",
            {("ACCUSE", "JPN", "CHN")},
            set(),
        ),
        # an attack suffered "từ Y" after a long instrument
        (
            "Israel đã hứng chịu một đợt tấn công bằng hơn 300 tên lửa và UAV từ Iran.",
            {("ASSAULT", "IRN", "ISR")},
            set(),
        ),
        # the act just told, labelled by a party: "gọi đây là hành động xâm lược"
        (
            "Máy bay Mỹ đã tấn công ba cơ sở hạt nhân của Iran. "
            "Tehran gọi đây là hành động xâm lược trắng trợn.",
            {("ACCUSE", "IRN", "USA")},
            set(),
        ),
        (
            "Cuộc không kích của Israel nhằm vào các thủ lĩnh Hamas tại Doha khiến 6 người chết. "
            "Saudi Arabia coi đây là sự vi phạm trắng trợn chủ quyền của Qatar.",
            {("ACCUSE", "SAU", "ISR")},
            set(),
        ),
        (
            "Ấn Độ tấn công 9 địa điểm ở Pakistan. Islamabad lên án đây là hành động chiến tranh.",
            {("ACCUSE", "PAK", "IND")},
            set(),
        ),
        # a launch aimed at the places of a state
        (
            "Nga đã phóng hơn 100 tên lửa và 90 UAV vào các thành phố trên khắp Ukraine.",
            {("ASSAULT", "RUS", "UKR")},
            set(),
        ),
        # a launch into the sea off a state hits no one
        (
            "Triều Tiên sáng nay phóng một tên lửa đạn đạo ra biển Nhật Bản.",
            set(),
            {("ASSAULT", "PRK", "JPN")},
        ),
        # the act answered fronted: the main act is aimed at its author, and it was his act
        (
            "Đáp lại gói trừng phạt mới của EU, Nga đã mở rộng danh sách cấm nhập cảnh đối với "
            "các quan chức châu Âu.",
            {("SANCTION", "RUS", "EU"), ("SANCTION", "EU", "RUS")},
            set(),
        ),
        (
            "Trả đũa việc Canada áp thuế, Trung Quốc áp thuế 100% lên dầu hạt cải.",
            {("SANCTION", "CHN", "CAN")},
            set(),
        ),
        (
            "Israel không kích nhiều mục tiêu quân sự ở Iran. "
            "Đáp trả, Iran đã phóng hàng trăm tên lửa.",
            {("ASSAULT", "IRN", "ISR")},
            set(),
        ),
        # a weapon's maker "do Y sản xuất" is no target of the one shooting it down
        (
            "Phòng không Nga đã bắn rơi 3 tên lửa ATACMS do Mỹ sản xuất mà Ukraine phóng vào "
            "tỉnh Belgorod.",
            set(),
            {("ASSAULT", "RUS", "USA")},
        ),
        # projectiles "do Y bắn" that a state suffers
        (
            "Miền bắc Israel hứng chịu hàng chục quả rocket do Hezbollah bắn sang từ Liban.",
            {("ASSAULT", "HEZBOLLAH", "ISR")},
            set(),
        ),
        # all activities with a state suspended
        (
            "Azerbaijan đã đình chỉ mọi hoạt động văn hóa với Nga sau vụ việc ở Yekaterinburg.",
            {("SANCTION", "AZE", "RUS")},
            set(),
        ),
    ],
)
def test_conflict(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not absent & got, (text, got)

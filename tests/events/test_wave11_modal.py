"""Wave 11 (lead): where a modal cue stops, and acts a later phrase settles (events/modality.py).

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
        (
            "Pháp đã triệu tập đại sứ Nga để phản đối, trong khi Ba Lan cũng lên tiếng chỉ trích "
            "Nga.",
            ("ACCUSE", "POL", "RUS"),
        ),
        (
            "Ông Carney cho biết đây không phải là lúc để làm điều đó, vì các quan chức Canada và "
            "Mỹ đang đàm phán.",
            ("CONSULT", "CAN", "USA"),
        ),
        (
            "Hà Lan sẽ cử thêm chuyên gia, còn Đức lên án Nga về vụ tấn công mạng.",
            ("ACCUSE", "DEU", "RUS"),
        ),
    ],
)
def test_a_cue_stops_at_a_new_clause(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Nhân chuyến thăm Việt Nam của Thủ tướng Nhật Bản, sẽ kéo dài đến ngày 5/6, hai nước "
            "đã ký kết 12 văn kiện hợp tác.",
            ("AGREE", "JPN", "VNM"),
        ),
        (
            "Trong chuyến công du dự kiến kéo dài ba ngày, Ấn Độ và Pháp đã chính thức ký kết thỏa "
            "thuận quốc phòng.",
            ("AGREE", "FRA", "IND"),
        ),
    ],
)
def test_da_marks_the_act_done(code: Code, keys: Keys, text: str, key: tuple) -> None:
    got = keys(code(text))
    assert key in got or (key[0], key[2], key[1]) in got, got


def test_a_relative_da_stays_background(code: Code, keys: Keys) -> None:
    """ "thỏa thuận … đã được ký kết" names an agreement, not a signing the cue no longer
    governs."""
    evs = code("Colombia và FARC đang nỗ lực đàm phán lại thỏa thuận hòa bình đã được ký kết.")
    assert ("AGREE", "COL", "FARC") not in keys(evs)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Iran phóng tên lửa vào Israel để đáp trả cuộc không kích của Israel vào Iran.",
            ("ASSAULT", "ISR", "IRN"),
        ),
        (
            "Hezbollah bắn rocket để trả đũa các cuộc tấn công của Israel vào miền Nam Liban.",
            ("ASSAULT", "ISR", "LBN"),
        ),
    ],
)
def test_an_answered_attack_was_made(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel tuyên bố không cho phép các cuộc tấn công vào dân thường và sẽ đáp trả Hezbollah.",
        "Iran cho biết quân đội nước này sẽ có hành động đáp trả nếu Afghanistan vi phạm.",
    ],
)
def test_a_threat_worded_with_se_is_made(code: Code, keys: Keys, text: str) -> None:
    assert {k for k in keys(code(text)) if k[0] == "THREATEN"}, keys(code(text), None)


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Canada sẽ áp thuế 25% đối với thép của Trung Quốc từ ngày 22/10.", True),
        ("Trung Quốc sẽ áp thuế chống bán phá giá với lúa mạch Australia, bắt đầu từ 19/5.", True),
        ("EU thông qua kế hoạch áp thuế đối với xe điện Trung Quốc, có hiệu lực từ 31/10.", True),
        ("Canada sẽ áp thuế đối với thép của Trung Quốc nếu đàm phán thất bại từ ngày 1/8.", False),
        ("Canada có thể sẽ áp thuế đối với thép của Trung Quốc.", False),
    ],
)
def test_a_sanction_with_a_start_date_was_decided(
    code: Code, keys: Keys, text: str, asserted: bool
) -> None:
    got = {k for k in keys(code(text)) if k[0] == "SANCTION"}
    assert bool(got) is asserted, keys(code(text), None)


@pytest.mark.parametrize("body", ["Nghị viện châu Âu", "Ủy ban châu Âu", "Hội đồng châu Âu"])
def test_an_eu_body_acts_for_the_eu(code: Code, keys: Keys, body: str) -> None:
    """The Parliament, like the Commission and the Council, codes as the EU's own act."""
    assert ("ACCUSE", "EU", "THA") in keys(code(f"{body} lên án Thái Lan vì các vụ trục xuất."))

"""Wave 10 (stmt): the ground an actor states for its hostile act ("với lý do …", "viện cớ …",
"vì cho rằng …", "sau khi … bị cáo buộc …") is an accusation of the target (events/grounds.py).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # a sanction, an expulsion, a suspension with its ground
    (
        "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật.",
        "ACCUSE",
        "RUS",
        "POL",
    ),
    (
        "Iran đã đình chỉ hợp tác với IAEA, viện cớ cơ quan này thiên vị.",
        "ACCUSE",
        "IRN",
        "IAEA",
    ),
    (
        "Chính phủ Mali trục xuất đại sứ Pháp, lấy cớ những bình luận thù địch của Paris.",
        "ACCUSE",
        "MLI",
        "FRA",
    ),
    (
        "Mỹ trục xuất hai nhà ngoại giao Cuba sau khi những người này bị cáo buộc làm gián điệp.",
        "ACCUSE",
        "USA",
        "CUB",
    ),
    (
        "Trung Quốc áp thuế chống bán phá giá lên rượu vang Australia vì cho rằng các nhà sản "
        "xuất nước này bán phá giá.",
        "ACCUSE",
        "CHN",
        "AUS",
    ),
    # a strike with its ground
    (
        "Quân đội Thổ Nhĩ Kỳ bắn hạ một máy bay của Nga vì cho rằng máy bay này xâm phạm "
        "không phận.",
        "ACCUSE",
        "TUR",
        "RUS",
    ),
    # the act itself stays coded
    (
        "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật.",
        "SANCTION",
        "RUS",
        "POL",
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_grounds_of_hostile_acts(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


# (sentence, the accusation that must not be coded)
NEAR = [
    # a neutral ground names no wrong of the target
    ("Mỹ cấm nhập khẩu thiết bị của Trung Quốc với lý do an ninh quốc gia.", ("USA", "CHN")),
    # the article's hedge on the object, not the actor's ground
    (
        "Ba Lan bắn hạ các máy bay không người lái của Nga bị cho là đã xâm phạm không phận.",
        ("POL", "RUS"),
    ),
    # the actor itself is the one accused
    (
        "Venezuela cắt đứt quan hệ với Colombia trong vụ tranh cãi về việc Venezuela bị tố cáo "
        "ủng hộ phiến quân.",
        ("VEN", "COL"),
    ),
    # a turn to another clause: whoever accuses, it is not the act's ground
    (
        "Mỹ áp thuế đối với hàng hóa Trung Quốc, trong khi Trung Quốc bị cáo buộc bán phá giá.",
        ("USA", "CHN"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NEAR)
def test_no_accusation_without_a_stated_ground(
    code: Code, keys: Keys, text: str, pair: tuple[str, str]
) -> None:
    assert ("ACCUSE", *pair) not in keys(code(text))

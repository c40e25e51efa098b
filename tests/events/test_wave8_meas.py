"""Wave 8 (meas): recurring SANCTION and REQUEST constructions of the open sets.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "actor", "members"),
    [
        (
            "Chính phủ Bolivia trục xuất nhân viên ngoại giao 3 nước Nam Mỹ gồm Chile, Peru "
            "và Paraguay.",
            "BOL",
            ("CHL", "PER", "PRY"),
        ),
        (
            "Liên minh châu Phi đình chỉ tư cách thành viên của hai quốc gia do quân đội nắm "
            "quyền gồm Niger và Gabon.",
            "AU",
            ("NER", "GAB"),
        ),
        (
            "Nga trừng phạt các nước bao gồm Ba Lan, Litva và Latvia.",
            "RUS",
            ("POL", "LTU", "LVA"),
        ),
    ],
)
def test_members_listed_after_gom(
    code: Code, keys: Keys, text: str, actor: str, members: tuple[str, ...]
) -> None:
    """ "N nước (…) gồm A, B và C" names the members of the set, with or without a comma."""
    evs = keys(code(text))
    for m in members:
        assert ("SANCTION", actor, m) in evs, (text, evs)


@pytest.mark.parametrize(
    ("text", "actor", "recip"),
    [
        ("Hungary yêu cầu đại sứ Nga rời khỏi Hungary trong vòng 48 giờ.", "HUN", "RUS"),
        ("Bộ Ngoại giao Litva đã yêu cầu lãnh sự quán Belarus phải đóng cửa.", "LTU", "BLR"),
        ("Chính phủ Séc yêu cầu 5 nhà ngoại giao Nga phải rời khỏi Séc.", "CZE", "RUS"),
    ],
)
def test_envoy_told_to_leave_is_an_expulsion(
    code: Code, keys: Keys, text: str, actor: str, recip: str
) -> None:
    """An order that a foreign envoy leave, or a foreign mission shut, is a SANCTION."""
    evs = keys(code(text))
    assert ("SANCTION", actor, recip) in evs, (text, evs)
    assert ("REQUEST", actor, recip) not in evs, (text, evs)


def test_envoy_asked_to_explain_stays_a_request(code: Code, keys: Keys) -> None:
    text = "Nhật Bản yêu cầu đại sứ Trung Quốc giải thích về vụ việc."
    evs = keys(code(text))
    assert ("REQUEST", "JPN", "CHN") in evs, evs
    assert ("SANCTION", "JPN", "CHN") not in evs, evs

"""Wave 8 (supp): SUPPORT, AID, CONCEDE and RETREAT constructions that recur on the open sets.

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
        "Nhiều nước như Ấn Độ, Indonesia và Brazil,...ủng hộ đề xuất của Nam Phi.",
        "Các nước như Ấn Độ, Indonesia và Brazil... ủng hộ đề xuất của Nam Phi.",
    ],
)
def test_ellipsis_closing_a_list_keeps_its_subjects(code: Code, keys: Keys, text: str) -> None:
    """An ellipsis before a lower-case word closes an enumeration, not the clause."""
    evs = keys(code(text))
    for a in ("IND", "IDN", "BRA"):
        assert ("SUPPORT", a, "ZAF") in evs, (text, evs)


def test_ellipsis_before_a_capital_still_breaks(code: Code, keys: Keys) -> None:
    evs = keys(code("Các nước như Ấn Độ, Indonesia và Brazil... Nam Phi ủng hộ đề xuất."))
    assert ("SUPPORT", "IND", "ZAF") not in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Thủ tướng Malaysia đánh giá rất cao năng lực của lực lượng cứu hộ Nhật Bản.",
            "MYS",
            "JPN",
        ),
        (
            "Ngoại trưởng Ai Cập khẳng định Ai Cập coi trọng vai trò của Ấn Độ ở châu Á.",
            "EGY",
            "IND",
        ),
        ("Chile coi trọng vị thế của Brazil tại Mỹ Latinh.", "CHL", "BRA"),
        (
            "Tổng thống Kenya bày tỏ sự trân trọng đối với vai trò của Trung Quốc tại châu Phi.",
            "KEN",
            "CHN",
        ),
        (
            "Thủ tướng Lào trân trọng những đóng góp to lớn của Việt Nam cho hòa bình khu vực.",
            "LAO",
            "VNM",
        ),
    ],
)
def test_esteem_for_another_role_is_praise(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("SUPPORT", a, b) in evs, (text, evs)


def test_esteem_for_a_relation_is_not_praise(code: Code, keys: Keys) -> None:
    evs = keys(code("Chile coi trọng quan hệ với Brazil."))
    assert not any(k[0] == "SUPPORT" for k in evs), evs

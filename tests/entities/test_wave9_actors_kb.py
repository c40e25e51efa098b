"""Press nicknames and a common misspelling of states, and overseas-press names of US bodies
(wave 9), each read as its code."""

from __future__ import annotations

import pytest

from sukien.entities.kb import lookup


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Thổ Nhỹ Kỳ", "TUR"),
        ("xứ sở Chùa Vàng", "THA"),
        ("xứ sở Vạn đảo", "IDN"),
        ("xứ sở lá phong", "CAN"),
        ("đất nước lá phong", "CAN"),
        ("xứ sở Cối xay gió", "NLD"),
        ("đất nước Kim tự tháp", "EGY"),
        ("Tòa Bạch Ốc", "WHITEHOUSE"),
        ("Ngũ Giác Đài", "PENTAGON"),
    ],
)
def test_nicknames_and_variants(alias: str, code: str) -> None:
    assert code in {e.code for e in lookup(alias)}, alias

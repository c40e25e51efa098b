"""A short state name in a dashed compound ("Mỹ - Trung", "Nhật - Hàn") is a state for sure, and
makes the ambiguous name beside it (also a Vietnamese given name: "Mỹ", "Nhật") one too, even
where nothing else in the text names a state (a headline)."""

from __future__ import annotations

import pytest

from sukien.document import Document
from sukien.entities.stage import extract_entities


def codes(text: str) -> dict[str, str | None]:
    return {e.text: e.code for e in extract_entities(Document(doc="t", text=text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mỹ - Trung điện đàm về thương mại.", {"Mỹ": "USA", "Trung": "CHN"}),
        ("Nhật - Hàn nối lại đối thoại an ninh.", {"Nhật": "JPN", "Hàn": "KOR"}),
    ],
)
def test_both_sides_of_a_dashed_compound(text: str, expected: dict[str, str]) -> None:
    assert codes(text) == expected


def test_a_given_name_alone_stays_a_name() -> None:
    assert "Mỹ" not in codes("Chị Mỹ đi chợ từ sáng sớm.")


def test_a_given_name_beside_a_foreign_city_with_a_title_stays_a_name() -> None:
    assert "Nga" not in codes("Chị Nga đi du lịch Paris cùng gia đình.")


def test_hoa_in_a_compound_is_china() -> None:
    # "Hoa" alone is the Chinese (người Hoa, Trung Hoa); America's short form is "Mỹ"
    assert codes("Tình hữu nghị Việt - Hoa bền chặt.") == {"Việt": "VNM", "Hoa": "CHN"}
    assert codes("Quan hệ Việt Nam - Hoa Kỳ phát triển.") == {"Việt Nam": "VNM", "Hoa Kỳ": "USA"}

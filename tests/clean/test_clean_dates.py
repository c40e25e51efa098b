"""Publication dates from metadata and datelines: ISO, full or partial, never invented."""

from __future__ import annotations

import pytest

from sukien.clean.dates import iso_date, text_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-15T08:00:00+07:00", "2024-03-15"),
        ("2024-03-15", "2024-03-15"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("15/03/2024 08:30", "2024-03-15"),
        ("Thứ Sáu, 15/3/2024", "2024-03-15"),
        ("ngày 15 tháng 3 năm 2024", "2024-03-15"),
        ("Fri, 15 Mar 2024 08:00:00 +0700", "2024-03-15"),
        ("1710464400", "2024-03-15"),
        ("1710464400000", "2024-03-15"),
        ("31/02/2024", None),
        ("hôm qua", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5/3", "--03-05"), ("5/3/2024", "2024-03-05"), ("29/2", "--02-29"), ("32/1", None)],
)
def test_text_date(value: str, expected: str | None) -> None:
    assert text_date(value) == expected

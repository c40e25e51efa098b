"""Date expressions resolved against the publication date; partial dates stay partial."""

from __future__ import annotations

import pytest

from sukien.values.dates import find_dates, resolve_published


def values(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Hai bên gặp nhau vào chiều ngày 19 tháng 5.", None, ("ngày 19 tháng 5", "--05-19")),
        (
            "Hai bên gặp nhau vào chiều ngày 19 tháng 5.",
            "2018-05-21",
            ("ngày 19 tháng 5", "2018-05-19"),
        ),
        ("Ông phát biểu hôm 5/8 tại Hà Nội.", None, ("5/8", "--08-05")),
        ("Hợp đồng được ký ngày 23.5 tại Hà Nội.", "2016-05-24", ("23.5", "2016-05-23")),
        ("Thông báo ra ngày 3-2 tại Moskva.", "2020-02-05", ("3-2", "2020-02-03")),
        ("Ngày 29/9/2025, Quốc hội họp.", None, ("29/9/2025", "2025-09-29")),
        ("Hội nghị diễn ra vào tháng 6/2014.", None, ("tháng 6/2014", "2014-06")),
        ("Chuyến thăm hồi tháng 5 năm 2017.", None, ("tháng 5 năm 2017", "2017-05")),
    ],
)
def test_absolute_dates(text: str, published: str | None, expected: tuple[str, str]) -> None:
    assert expected in values(text, published)


def test_relative_dates_need_the_publication_date() -> None:
    text = "Hôm qua ông tới Bắc Kinh; tuần trước ông ở Tokyo; năm ngoái hai nước ký hiệp định."
    got = dict(values(text, "2024-03-15"))
    assert got["Hôm qua"] == "2024-03-14"
    assert got["tuần trước"] == "2024-W10"
    assert got["năm ngoái"] == "2023"
    assert all(v is None for _, v in values(text, None))  # never invented


def test_weekday_is_the_latest_such_day_before_publication() -> None:
    got = dict(values("Hôm thứ Năm, hai ngoại trưởng điện đàm.", "2024-03-15"))  # a Friday
    assert got["thứ Năm"] == "2024-03-14"


def test_cung_ngay_takes_the_previous_date() -> None:
    got = values("Ngày 19/5, hai bên hội đàm. Cùng ngày, họ ký ba văn kiện.")
    assert got == [("19/5", "--05-19"), ("Cùng ngày", "--05-19")]


def test_cung_ngay_skips_planned_dates() -> None:
    text = "Ngày 19/5, hai bên hội đàm. Văn kiện sẽ được ký vào ngày 20/5. Cùng ngày, họ ăn trưa."
    assert values(text)[-1] == ("Cùng ngày", "--05-19")


def test_late_december_in_an_early_january_article_is_last_year() -> None:
    assert ("28/12", "2024-12-28") in values("Vụ việc xảy ra ngày 28/12.", "2025-01-03")


def test_numbers_are_not_dates() -> None:
    text = "Nga đầu tư 2,5 tỷ USD; tỷ lệ 1/2 số dự án; lần thứ hai gặp nhau."
    assert values(text, "2024-03-15") == []


def test_resolve_published() -> None:
    assert resolve_published("2024-03-15T08:00:00+07:00")[0].isoformat() == "2024-03-15"  # type: ignore[union-attr]
    assert resolve_published("2024-03") == (None, 2024)
    assert resolve_published(None) == (None, None)

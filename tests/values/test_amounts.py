"""Money and percentages with Vietnamese number formats."""

from __future__ import annotations

from sukien.values.amounts import find_amounts, parse_number


def test_parse_number_vietnamese_format() -> None:
    assert parse_number("2,5") == 2.5
    assert parse_number("10.000") == 10000
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("2.5") == 2.5


def test_money_and_percent() -> None:
    text = (
        "Nhật Bản viện trợ 4,5 tỷ USD và 500 triệu euro; thương mại tăng 12,5%, tức 30 phần trăm."
    )
    got = [(e.type, e.text, e.value) for e in find_amounts(text)]
    assert ("MONEY", "4,5 tỷ USD", {"amount": 4.5e9, "currency": "USD"}) in got
    assert ("MONEY", "500 triệu euro", {"amount": 5e8, "currency": "EUR"}) in got
    assert ("PERCENT", "12,5%", 12.5) in got
    assert ("PERCENT", "30 phần trăm", 30.0) in got


def test_bare_numbers_are_not_money() -> None:
    assert find_amounts("Năm 2020 có 20 nước tham dự.") == []


def test_other_dollars_by_code_and_name() -> None:
    text = "Australia góp 29 triệu AUD, Canada 5 triệu đô la Canada và Mỹ 3 triệu đô la."
    got = {e.text: e.value for e in find_amounts(text)}
    assert got["29 triệu AUD"] == {"amount": 2.9e7, "currency": "AUD"}
    assert got["5 triệu đô la Canada"] == {"amount": 5e6, "currency": "CAD"}
    assert got["3 triệu đô la"] == {"amount": 3e6, "currency": "USD"}

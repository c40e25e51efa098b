"""Money and percentages in Vietnamese news text, with normalised values.

MONEY values are ``{"amount": float, "currency": ISO 4217 code}``; PERCENT values are floats
(``12.5`` for "12,5%"). Vietnamese numbers use "." for thousands and "," for decimals
("2,5 tỷ", "10.000 đồng"); English-style "2.5" is read as a decimal when it cannot be a
thousands group.
"""

from __future__ import annotations

import re

from sukien.document import Entity

_SCALE = {
    "nghìn tỷ": 1e12,
    "ngàn tỷ": 1e12,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "triệu": 1e6,
    "nghìn": 1e3,
    "ngàn": 1e3,
}
_CURRENCY = {
    "usd": "USD",
    "đô la mỹ": "USD",
    "đôla mỹ": "USD",
    "đô la": "USD",
    "đôla": "USD",
    "đô": "USD",
    "$": "USD",
    "euro": "EUR",
    "eur": "EUR",
    "đồng": "VND",
    "vnd": "VND",
    "vnđ": "VND",
    "rúp": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "nhân dân tệ": "CNY",
    "ndt": "CNY",
    "cny": "CNY",
    "yên": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "bảng anh": "GBP",
    "bảng": "GBP",
    "gbp": "GBP",
    "won": "KRW",
    "krw": "KRW",
    "rupee": "INR",
    "inr": "INR",
    "baht": "THB",
    "bạt": "THB",
    "ringgit": "MYR",
    "peso": "PHP",
    "aud": "AUD",
    "đô la úc": "AUD",
    "đô la australia": "AUD",
    "cad": "CAD",
    "đô la canada": "CAD",
    "nzd": "NZD",
    "đô la new zealand": "NZD",
    "sgd": "SGD",
    "đô la singapore": "SGD",
    "chf": "CHF",
    "franc thụy sĩ": "CHF",
}
_NUM = r"\d+(?:[.,]\d+)*"
_SCALES = "|".join(sorted(map(re.escape, _SCALE), key=len, reverse=True))
_CURS = "|".join(
    r"\s+".join(map(re.escape, c.split())) for c in sorted(_CURRENCY, key=len, reverse=True)
)
_MONEY = re.compile(rf"(?<![\w.,])(\$\s?)?({_NUM})\s*({_SCALES})?\s*({_CURS})?(?!\w)", re.I)
_PERCENT = re.compile(rf"(?<![\w.,])({_NUM})\s*(%|phần\s+trăm)", re.I)


def parse_number(s: str) -> float | None:
    """A Vietnamese-formatted number ("2,5", "10.000", "1.234,5") as a float."""
    if "." in s and "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        parts = s.split(",")
        s = (
            s.replace(",", "")
            if all(len(p) == 3 for p in parts[1:]) and len(parts) > 2
            else (s.replace(",", ".") if len(parts) == 2 else s.replace(",", ""))
        )
    elif "." in s:
        parts = s.split(".")
        s = s.replace(".", "") if all(len(p) == 3 for p in parts[1:]) else s
    try:
        return float(s)
    except ValueError:
        return None


def find_amounts(text: str) -> list[Entity]:
    """MONEY and PERCENT mentions of ``text``."""
    out: list[Entity] = []
    for m in _PERCENT.finditer(text):
        v = parse_number(m.group(1))
        if v is not None:
            out.append(Entity(m.group(), "PERCENT", m.start(), m.end(), value=v))
    for m in _MONEY.finditer(text):
        dollar, num, scale, cur = m.group(1), m.group(2), m.group(3), m.group(4)
        if not (cur or dollar):
            continue
        v = parse_number(num)
        if v is None:
            continue
        if scale:
            v *= _SCALE[" ".join(scale.lower().split())]
        code = "USD" if dollar else _CURRENCY[" ".join(cur.lower().split())]
        out.append(
            Entity(m.group(), "MONEY", m.start(), m.end(), value={"amount": v, "currency": code})
        )
    out.sort(key=lambda e: e.start)
    return out

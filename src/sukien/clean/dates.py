"""Publication dates: metadata strings and dateline dates to ISO ``YYYY-MM-DD`` (or partial)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DM = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
_VI = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        date(y or 2000, m, d)  # 2000 is a leap year: 29/2 without a year stays valid
    except ValueError:
        return False
    return True


def _fmt(y: int | None, m: int, d: int) -> str | None:
    if not _valid(y, m, d):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def iso_date(value: str | None) -> str | None:
    """A metadata date ("2024-03-15T08:00+07:00", RFC 822, "15/3/2024") as ISO, or ``None``."""
    if not value:
        return None
    s = str(value).strip()
    if re.fullmatch(r"\d{10}(?:\.\d+)?|\d{13}", s):  # a Unix time (s or ms): Vietnam's day
        secs = float(s) / (1000 if len(s) == 13 else 1)
        return datetime.fromtimestamp(secs, tz=timezone(timedelta(hours=7))).date().isoformat()
    if m := _ISO.match(s):
        return _fmt(int(m[1]), int(m[2]), int(m[3]))
    if m := _ISO_MONTH.match(s):
        return f"{int(m[1]):04d}-{int(m[2]):02d}" if 1 <= int(m[2]) <= 12 else None
    if m := _DMY.search(s):
        return _fmt(int(m[3]), int(m[2]), int(m[1]))
    if m := _VI.search(s):
        return _fmt(int(m[3]) if m[3] else None, int(m[2]), int(m[1]))
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if re.fullmatch(r"\d{4}", s):
        return s
    return None


def text_date(value: str) -> str | None:
    """A date written in a dateline or date line: full when it has a year, else ``--MM-DD``."""
    if m := _DMY.search(value):
        return _fmt(int(m[3]), int(m[2]), int(m[1]))
    if m := _VI.search(value):
        return _fmt(int(m[3]) if m[3] else None, int(m[2]), int(m[1]))
    if m := _DM.search(value):
        return _fmt(None, int(m[2]), int(m[1]))
    return None

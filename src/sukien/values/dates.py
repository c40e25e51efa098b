"""Vietnamese date expressions, resolved against the article's publication date.

``find_dates(text, published)`` returns DATE mentions whose ``value`` is ISO: ``YYYY-MM-DD``
when the day is known, ``YYYY-MM`` / ``YYYY`` for months and years, ``--MM-DD`` / ``--MM`` when
the year is unknown (no publication date to anchor it: never invented), and ISO weeks
``YYYY-Www`` for "tuần trước"-style references. Relative expressions ("hôm qua", "tuần trước",
weekdays, "năm ngoái") need the publication date; without it they are kept with value None.
"cùng ngày" takes the value of the previous date in the text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sukien.document import Entity

_CUE = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|vào|đến|tới|từ|và|\()"
_WEEKDAY = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}

# "ngày 19 tháng 5 (năm 2018)"
_DMY_WORDS = re.compile(
    r"(?<!\w)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\w)", re.I
)
# "19/5/2018", "ngày 3-2", "hôm 5/8", "(12/3)"
_DMY_NUM = re.compile(
    r"(?<![\w/.,-])(\d{1,2})\s?([/.-])\s?(\d{1,2})"
    r"(?:\2(\d{4}))?(?![\w/]|[.,-]\d)",
    re.I,
)
_CUE_BEFORE = re.compile(rf"{_CUE}\s*(?:thứ\s+\w+\s*,?\s*)?$", re.I)
# "tháng 5/2017", "tháng 6 năm 2014", "tháng 5"
_MONTH = re.compile(r"(?<!\w)tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?![\w/])", re.I)
_YEAR = re.compile(r"(?<!\w)năm\s+(\d{4})(?!\w)", re.I)
_RELATIVE = re.compile(
    r"(?<!\w)(cùng ngày|ngày hôm qua|hôm qua|hôm nay|ngày mai|tối qua|đêm qua|sáng qua|"
    r"chiều qua|trưa qua|sáng nay|chiều nay|tối nay|trưa nay|đêm nay|tuần trước|tuần qua|"
    r"tuần này|tuần tới|tuần sau|tháng trước|tháng qua|tháng này|tháng tới|tháng sau|"
    r"năm ngoái|năm trước|năm nay|năm tới|năm sau)(?!\w)",
    re.I,
)
_WEEKDAY_RE = re.compile(
    r"(?<!\w)(?:hôm|ngày|vào|sáng|chiều|tối|trưa|đêm)?\s*"
    r"(thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+nhật)(?!\w)"
)


_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|dự định|kế hoạch|sắp)(?!\w)", re.I)


def resolve_published(published: str | None) -> tuple[date | None, int | None]:
    """The publication day (when complete) and year (when known) of ``published``."""
    if not published:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published)
    if not m:
        return None, None
    year = int(m.group(1))
    if m.group(3):
        try:
            return date(year, int(m.group(2)), int(m.group(3))), year
        except ValueError:
            return None, year
    return None, year


def _valid(d: int, m: int, y: int | None = None) -> bool:
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _full(d: int, m: int, y: int | None, pub: date | None, pub_year: int | None) -> str:
    if y:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if pub:
        cand = date(pub.year, m, d) if _valid(d, m, pub.year) else None
        if cand and (cand - pub).days > 200:  # "28/12" in an article of early January
            cand = date(pub.year - 1, m, d) if _valid(d, m, pub.year - 1) else cand
        if cand:
            return cand.isoformat()
    if pub_year and _valid(d, m, pub_year):
        return f"{pub_year:04d}-{m:02d}-{d:02d}"
    return f"--{m:02d}-{d:02d}"


def _month(m: int, y: int | None, pub: date | None, pub_year: int | None) -> str:
    if y:
        return f"{y:04d}-{m:02d}"
    if pub:
        year = pub.year - 1 if m - pub.month > 6 else pub.year
        return f"{year:04d}-{m:02d}"
    if pub_year:
        return f"{pub_year:04d}-{m:02d}"
    return f"--{m:02d}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _shift_month(d: date, n: int) -> str:
    idx = d.year * 12 + d.month - 1 + n
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def _relative(word: str, pub: date | None, pub_year: int | None) -> str | None:
    w = " ".join(word.lower().split())
    if w.startswith("năm"):
        if pub_year is None:
            return None
        off = {"năm ngoái": -1, "năm trước": -1, "năm nay": 0, "năm tới": 1, "năm sau": 1}[w]
        return f"{pub_year + off:04d}"
    if pub is None:
        return None
    if w.endswith("qua") and not w.startswith(("tuần", "tháng")) or w == "ngày hôm qua":
        return (pub - timedelta(days=1)).isoformat()
    if w.endswith("nay"):
        return pub.isoformat()
    if w == "ngày mai":
        return (pub + timedelta(days=1)).isoformat()
    if w.startswith("tuần"):
        off = {"trước": -7, "qua": -7, "này": 0, "tới": 7, "sau": 7}[w.split()[-1]]
        return _week(pub + timedelta(days=off))
    if w.startswith("tháng"):
        off = {"trước": -1, "qua": -1, "này": 0, "tới": 1, "sau": 1}[w.split()[-1]]
        return _shift_month(pub, off)
    return None


def _weekday(name: str, pub: date | None) -> str | None:
    if pub is None:
        return None
    key = " ".join(name.lower().split()).removeprefix("thứ ").strip()
    wd = _WEEKDAY.get(key)
    if wd is None:
        return None
    back = (pub.weekday() - wd) % 7  # the latest such day on or before publication
    return (pub - timedelta(days=back)).isoformat()


def find_dates(text: str, published: str | None = None) -> list[Entity]:
    """DATE mentions of ``text`` with ISO values (see the module docstring)."""
    pub, pub_year = resolve_published(published)
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: str | None) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(Entity(text[s:e], "DATE", s, e, value=value))

    for m in _DMY_WORDS.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(d, mo, y):
            add(m.start(), m.end(), _full(d, mo, y, pub, pub_year))
    for m in _DMY_NUM.finditer(text):
        d, mo = int(m.group(1)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else None
        cued = bool(_CUE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]))
        if (y or cued) and _valid(d, mo, y):
            if m.group(2) == "." and not y and not cued:
                continue  # "2.5" is a number, not a date; "ngày 23.5" is a date
            add(m.start(), m.end(), _full(d, mo, y, pub, pub_year))
    for m in _MONTH.finditer(text):
        mo = int(m.group(1))
        if 1 <= mo <= 12:
            y = int(m.group(2)) if m.group(2) else None
            add(m.start(), m.end(), _month(mo, y, pub, pub_year))
    for m in _YEAR.finditer(text):
        add(m.start(), m.end(), m.group(1))
    for m in _WEEKDAY_RE.finditer(text):
        s = m.start(1)
        add(s, m.end(), _weekday(m.group(1), pub))
    for m in _RELATIVE.finditer(text):
        if m.group(1).lower() == "cùng ngày":
            add(m.start(), m.end(), None)  # resolved below, from the previous date
        else:
            add(m.start(), m.end(), _relative(m.group(1), pub, pub_year))
    found.sort(key=lambda e: e.start)
    last: str | None = None
    for ent in found:
        if ent.text.lower() == "cùng ngày":
            ent.value = last
        elif ent.value and len(ent.value) >= 7 and ent.value[5:6] != "W":
            sent_start = max(text.rfind(c, 0, ent.start) for c in ".!?\n") + 1
            if not _FUTURE.search(text[sent_start : ent.start]):
                last = ent.value  # "cùng ngày" is the day of what happened, not of a plan
    return found

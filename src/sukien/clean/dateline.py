"""Datelines and source prefixes at the start of the body.

"VOV.VN - …", "(Dân trí) - …", "TTXVN - …" give the source; "Thông tấn xã Việt Nam, Moscow - …",
"Hà Nội, 5/3 (TTXVN) - …", "Moskva (TTXVN) - …" give the source and the place (and a date).
A prefix counts only when it names a known outlet, so "Nga - ASEAN …" stays body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sukien.clean.dates import text_date
from sukien.clean.patterns import is_outlet

_PREFIX = re.compile(r"^(\([^()]{1,40}\)|[^()\n]{1,60}?(?:\([^()]{1,40}\))?)\s*[-–—]{1,2}\s*(?=\S)")
# "TGVN. Ngày 5/3, …": an outlet abbreviation closed by a full stop
_ABBR_DOT = re.compile(r"^([A-ZĐ][A-ZĐ&+]{2,9})\.\s+(?=[A-ZÀ-ỸĐ])")
_DATE = r"(?:,?\s*(?:ngày\s*)?(?P<date>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?))?"
# "Hà Nội, 5/3 (TTXVN)", "Moskva (TTXVN)": place, date, agency in parentheses
_PLACE_AGENCY = re.compile(
    rf"^(?P<place>[^,()\d]{{2,40}}?){_DATE}\s*\((?P<ag>[^()]{{2,40}})\)$", re.IGNORECASE
)
# "Thông tấn xã Việt Nam, Moscow": agency, place, date
_AGENCY_PLACE = re.compile(rf"^(?P<ag>[^,()]{{2,40}}),\s*(?P<place>[^,()\d]{{2,40}}?){_DATE}$")


@dataclass
class Dateline:
    prefix: str  # the text removed from the paragraph, dash included
    rest: str  # the paragraph without it
    source: str | None
    place: str | None
    date: str | None


def _place_ok(place: str) -> bool:
    words = place.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha())


def split_dateline(par: str) -> Dateline | None:
    """The dateline at the start of ``par``, if there is one."""
    a = _ABBR_DOT.match(par)
    if a and is_outlet(a[1]):
        return Dateline(a.group(0), par[a.end() :], a[1], None, None)
    m = _PREFIX.match(par)
    if not m:
        return None
    pre = m.group(1).strip()
    rest = par[m.end() :]
    inner = pre[1:-1].strip() if pre.startswith("(") and pre.endswith(")") else pre
    if is_outlet(inner):
        return Dateline(m.group(0), rest, inner, None, None)
    for pat in (_PLACE_AGENCY, _AGENCY_PLACE):
        p = pat.match(pre)
        if p is None:
            continue
        place = p["place"].strip()
        if is_outlet(p["ag"]) and _place_ok(place) and not is_outlet(place):
            return Dateline(m.group(0), rest, p["ag"].strip(), place, text_date(p["date"] or ""))
    return None

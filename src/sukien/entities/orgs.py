"""Organisations named by pattern: government bodies of a state ("Bộ Ngoại giao Nga") and names
opened by an organisation head ("Câu lạc bộ Valdai", "Phong trào Không liên kết (NAM)")."""

from __future__ import annotations

import re

from sukien.entities.analysis import FUNCTION_WORDS, Analysis, Mention
from sukien.entities.lexicon import (
    ORG_HEADS,
    VN_BODY_HEADS,
    VN_SURNAMES,
    is_vietnamese_syllable,
)
from sukien.entities.states import state_status
from sukien.entities.text import fold_tones


def body_pattern(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """``[body head] (của)? [state]`` -> a government body of that state."""
    units = a.units
    head, code, name_en = units[i].hit.body  # type: ignore[union-attr,misc]
    k = i + 1
    w = a.word(k)
    if w is not None and w.low == "của":
        k += 1
    if (
        k < len(units)
        and a.gap(units[k - 1], units[k]).strip() == ""
        and "\n" not in a.gap(units[k - 1], units[k])
    ):
        u = units[k]
        if u.entry is not None and u.entry.type == "GPE" and state_status(a, k) != "no":
            iso = u.entry.code
            s, e = units[i].start, u.end
            out.append(
                Mention(
                    s, e, "ORG", "government-body", " ".join(a.text[s:e].split()),
                    country=iso, code=f"{code}_{iso}", id=f"ORG:{code}_{iso}",
                    extra={"name_en": name_en},
                )
            )  # fmt: skip
            used.update(range(i, k + 1))
            return k + 1
    if not any(w[:1].isupper() for w in a.units[i].text.split()[:2]):
        return i + 1  # "bộ quốc phòng" in lower case names a body only before its state
    return _bare_ministry(a, i, out, used)


def _head_state(head: str) -> str | None:
    """The state a body head ends with ("Bộ Tài chính Mỹ" -> USA), if any."""
    from sukien.entities.kb import lookup

    words = head.split()
    for n in (1, 2, 3):
        if len(words) <= n + 1:
            break
        for e in lookup(" ".join(words[-n:])):
            if e.type == "GPE" and e.kind == "state":
                return e.code
    return None


def _bare_ministry(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """A ministry named without its state ("Bộ Y tế cho biết"): the state of the same body named
    earlier in the text ("Bộ Ngoại giao Mỹ ... Bộ Ngoại giao"), else Viet Nam's when the text
    names no other state, else no state."""
    u = a.units[i]
    head, code, name_en = u.hit.body  # type: ignore[union-attr,misc]
    if not head.startswith("Bộ ") or not u.text[:1].isupper() or a.in_headline(u.start):
        return i + 1
    same = [m for m in out if m.kind == "government-body" and (m.code or "").startswith(code + "_")]
    own = _head_state(head)
    if own is not None:  # "Bộ Tài chính Mỹ": the head names its state, never Viet Nam's (wave 17)
        iso: str | None = own
    elif same:
        iso = same[-1].country
    else:
        states = {m.code for m in out if m.type == "GPE"}
        iso = "VNM" if states <= {"VNM"} or vietnamese_name_at(a, i + 1) else None
    cid = f"{code}_{iso}" if iso else None
    name = " ".join(a.text[u.start : u.end].split())
    oid = f"ORG:{cid}" if cid else None
    if same:  # the body named in full before: same name and id
        name, oid = same[-1].name, same[-1].id or oid
    out.append(
        Mention(
            u.start, u.end, "ORG", "government-body", name, country=iso, code=cid, id=oid,
            extra={"name_en": name_en},
        )
    )  # fmt: skip
    used.add(i)
    return i + 1


def vietnamese_name_at(a: Analysis, k: int) -> bool:
    """A Vietnamese person's name right after unit ``k - 1`` ("Bộ Công an Lương Tam Quang")."""
    units = a.units
    if k + 1 >= len(units) or not a.tight(units[k - 1], units[k]):
        return False
    e = units[k].entry if units[k].kind == "E" else None
    if e is not None and e.type == "PER" and e.country == "VNM":
        return True  # a known Vietnamese official ("Bộ Công Thương Trần Tuấn Anh")
    ws = []
    x = k
    while x < len(units) and len(ws) < 4 and (w := a.word(x)) is not None and w.cap:
        if x > k and not a.tight(units[x - 1], units[x]):
            break
        ws.append(w)
        x += 1
    return (
        len(ws) >= 2
        and ws[0].low in VN_SURNAMES
        and all(is_vietnamese_syllable(w.text) for w in ws)
    )


def vn_body_head(a: Analysis, i: int) -> int:
    """Number of units of a Vietnamese local-body head at ``i`` ("Tỉnh ủy", "UBND"), else 0."""
    if i >= len(a.units) or fold_tones(a.units[i].text.lower()) not in _VN_BODY_FIRST:
        return 0
    for n in (4, 3, 2, 1):
        if fold_tones(a.low_units(i, n)) in VN_BODY_HEADS:
            return n
    return 0


_VN_BODY_FIRST = frozenset(h.split()[0] for h in VN_BODY_HEADS)


def vn_body_pattern(a: Analysis, i: int, n: int, out: list[Mention], used: set[int]) -> int:
    """``[Tỉnh ủy|UBND|Sở ...] [place]`` -> a Vietnamese government body ("UBND TP.HCM").

    The place is a known Vietnamese place or a run of capitalised Vietnamese syllables
    ("Tỉnh ủy Kon Tum", "Ban Chỉ đạo Tây Bắc"); the body is coded with country VNM.
    """
    units = a.units
    k = i + n
    if k >= len(units) or not a.tight(units[k - 1], units[k]) or a.in_headline(units[i].start):
        return i + 1
    if not (units[i].text[:1].isupper() or units[i].text.isupper()):
        return i + 1  # "sở", "ban chỉ đạo" in lower case are common nouns
    x = k
    w = a.word(x)
    if w is not None and w.low in ("tp", "thành", "tỉnh", "huyện", "quận"):
        x += 2 if w.low == "thành" and a.low_units(x, 2) == "thành phố" else 1
    e = units[x].entry if x < len(units) and units[x].kind == "E" else None
    if e is not None and e.type in ("LOC", "GPE"):
        if e.country != "VNM":
            return i + 1
        last = x
    else:
        last = x - 1
        while last + 1 < len(units) and last + 1 - x < 4:
            v = a.word(last + 1)
            if v is None or not v.cap or not is_vietnamese_syllable(v.text):
                break
            if last + 1 > x and not a.tight(units[last], units[last + 1]):
                break
            last += 1
        if last < x:
            return i + 1
        first = a.word(x)
        if last - x >= 2 and first is not None and first.low in VN_SURNAMES:
            return i + 1  # "Thành ủy Tất Thành Cang": a person's name, not a place
    if blocked(a, used, i, last + 1):
        return i + 1
    s, e_ = units[i].start, units[last].end
    name = " ".join(a.text[s:e_].split())
    out.append(Mention(s, e_, "ORG", "government-body", name, country="VNM"))
    used.update(range(i, last + 1))
    return last + 1


def org_pattern(
    a: Analysis, i: int, nhead: int, kind: str, out: list[Mention], used: set[int]
) -> int:
    """``[Head] Name words [state]?`` -> an organisation ("Câu lạc bộ Valdai", "Đảng Pheu Thai").

    A name followed by a bracketed short form ("Phong trào Không liên kết (NAM)") is taken up to
    the bracket whatever its capitals, and the short form becomes its code and a second mention.
    """
    units = a.units
    k = i + nhead
    first = a.word(k)
    if first is not None and not first.cap:
        # "Viện nghiên cứu chiến lược Nga": lower-case words named by the state that ends them
        return _sentence_case_of_state(a, i, k, kind, out, used) or i + nhead
    if a.in_headline(units[i].start):
        return i + nhead
    e0 = units[k].entry if k < len(units) and units[k].kind == "E" else None
    if (
        e0 is not None
        and e0.type == "GPE"
        and k + 1 < len(units)
        and a.gap(units[k], units[k + 1]).strip() in ("-", "–", "‐")
    ):
        return i + nhead  # "Liên minh Nhật - Mỹ": a bilateral alliance, not a name
    if (
        e0 is not None
        and e0.type == "GPE"
        and k + 1 < len(units)
        and a.tight(units[k], units[k + 1])
        and units[k + 1].kind == "W"
    ):
        # "Tập đoàn Nga Sistema", "Ngân hàng Đức Commerzbank": the name after the state
        j = k + 1
        while j < len(units) and j - k <= 4 and a.name_word(j) and a.tight(units[j - 1], units[j]):
            j += 1
        ws = [a.word(x) for x in range(k + 1, j)]
        if (
            j > k + 1
            and not blocked(a, used, k + 1, j)
            and any(w is not None and not is_vietnamese_syllable(w.text) for w in ws)
        ):
            s, e = units[k + 1].start, units[j - 1].end
            out.append(Mention(s, e, "ORG", kind, " ".join(a.text[s:e].split()), country=e0.code))
            used.update(range(k + 1, j))
            return j
    taken = _org_with_short_form(a, i, k, kind, out, used)
    if taken:
        return taken
    last = -1
    country = None
    x = k
    while x < len(units) and x - k < 8:
        if not (a.tight(units[x - 1], units[x]) or a.gap(units[x - 1], units[x]) == " & "):
            break
        u = units[x]
        if u.entry is not None and u.entry.type == "ORG" and u.kind == "E":
            if x in used:
                return x  # a known organisation inside: it is the entity
            country = country or u.entry.country  # "Tập đoàn Airbus Defence and Space"
            last = x
            x += 1
            continue
        if u.entry is not None and u.entry.type in ("GPE", "LOC") and u.kind == "E":
            last = x
            if u.entry.type == "GPE":
                country = u.entry.code
                break
            x += 1
            continue
        w = a.word(x)
        if w is not None and w.low == "và" and a.name_word(x + 1) and x > k:
            x += 1  # "Bộ Tài nguyên và Môi trường"
            continue
        pw = a.word(x - 1) if x > k else None
        inner_cap = w is not None and w.cap and pw is not None and pw.cap
        # a capitalised function word between capitals is a name word ("Đảng Tự Do")
        if w is None or (w.low in FUNCTION_WORDS and not inner_cap):
            break
        if x > k and (a.low_units(x, 2) in ORG_HEADS or (w.cap and w.low in ORG_HEADS)):
            break  # "Bộ Giao thông Vận tải và Cục ...": the next organisation
        if w.cap:
            last = x
        elif last != x - 1:
            break  # at most one lower-case word between capitalised ones
        x += 1
    if last < k or blocked(a, used, i, last + 1):
        return i + nhead
    # one lower-case syllable ending the name at a boundary: "Viện ... Quốc tế,"
    lw, nw = a.word(last), a.word(last + 1)
    if (
        lw is not None
        and nw is not None
        and nw.low in FUNCTION_WORDS
        and nw.text == nw.low
        and a.tight(units[last], units[last + 1])
        and any(
            ts == units[last].start and te == units[last + 1].end for ts, te, _ in a.name_tokens
        )
    ):  # "Đảng Tự do": the segmenter read one word whose second syllable is a function word
        last += 1
        lw, nw = nw, a.word(last + 1)
    # "Đảng Tự Do thua": two capitalised words end the name; "Hội nghị Quốc gia": one
    pl = a.word(last - 1) if last > k else None
    title_case = pl is not None and pl.cap
    if (
        not title_case
        and lw is not None
        and is_vietnamese_syllable(lw.text)  # "Công ty HAGL thuê": an acronym ends the name
        and not lw.text.isupper()
        and nw is not None
        and not nw.cap
        and nw.low not in FUNCTION_WORDS
        and a.tight(units[last], units[last + 1])
        and (
            (w2 := a.word(last + 2)) is None
            or not a.tight(units[last + 1], units[last + 2])
            or w2.low in FUNCTION_WORDS  # "Bộ Giao thông Vận tải và ...", "... Đầu tư cùng"
        )
    ):
        last += 1
        lw, nw = nw, a.word(last + 1)
    # a Vietnamese name that goes on in lower case ("Cục Quản lý chất lượng ...") is cut: skip
    if (
        kind != "party"  # "Đảng Xanh nhiều năm": party names are short
        and lw is not None
        and is_vietnamese_syllable(lw.text)
        and nw is not None
        and not nw.cap
        and nw.low not in FUNCTION_WORDS
        and a.tight(units[last], units[last + 1])
    ):
        return last + 1
    country = country or of_state(a, last + 1)  # "Công ty Kratos Defense của Mỹ"
    if kind == "government-body" and country is None:
        # a ministry or department named in Vietnamese without a state is Viet Nam's ("Bộ Kế
        # hoạch và Đầu tư"); bodies of other states are named with their state
        vn_words = all(
            (w := a.word(y)) is None or is_vietnamese_syllable(w.text) for y in range(k, last + 1)
        )
        if a.low_units(i, nhead) not in ("bộ", "cục", "tổng cục") or not vn_words:
            return last + 1
        country = "VNM"
    s, e = units[i].start, units[last].end
    out.append(Mention(s, e, "ORG", kind, " ".join(a.text[s:e].split()), country=country))
    used.update(range(i, last + 1))
    return last + 1


# words that point back to a body named before, never part of a name
_POINTERS = frozenset({"này", "đó", "ấy", "kia", "nói", "trên"})


def _sentence_case_of_state(
    a: Analysis, i: int, k: int, kind: str, out: list[Mention], used: set[int]
) -> int:
    """``[Head] lower-case words [state]`` -> an organisation of that state; 0 if none."""
    units = a.units
    x = k
    while x < len(units) and x - k < 5:
        w = a.word(x)
        if not a.tight(units[x - 1], units[x]):
            return 0
        if w is None or w.cap:
            break
        if w.low in FUNCTION_WORDS or w.low in _POINTERS or not is_vietnamese_syllable(w.text):
            return 0  # "Cơ quan này cáo buộc Nga": a body named before, then a clause
        x += 1
    if x == k or x >= len(units) or not a.tight(units[x - 1], units[x]):
        return 0
    e = units[x].entry if units[x].kind == "E" else None
    if e is None or e.type != "GPE" or state_status(a, x) == "no" or blocked(a, used, i, x):
        return 0
    if x + 1 < len(units) and a.tight(units[x], units[x + 1]) and a.name_word(x + 1):
        return 0  # "Viện nghiên cứu Mỹ John Smith": the state is the holder's, leave it
    s, e_ = units[i].start, units[x].end
    name = " ".join(a.text[s:e_].split())
    out.append(Mention(s, e_, "ORG", kind, name, country=e.code))
    used.update(range(i, x))
    return x + 1


def of_state(a: Analysis, j: int) -> str | None:
    """The state of "... của [state]" right after unit ``j - 1``, if any."""
    units = a.units
    if j + 1 >= len(units) or a.low_units(j, 1) != "của":
        return None
    if not (a.tight(units[j - 1], units[j]) and a.tight(units[j], units[j + 1])):
        return None
    e = units[j + 1].entry if units[j + 1].kind == "E" else None
    return e.code if e is not None and e.type == "GPE" else None


def blocked(a: Analysis, used: set[int], start: int, stop: int) -> bool:
    """Whether a unit in start..stop already belongs to a mention (known places may nest)."""
    return any(y in used and a.units[y].kind != "E" for y in range(start, stop))


def _org_with_short_form(
    a: Analysis, i: int, k: int, kind: str, out: list[Mention], used: set[int]
) -> int:
    """``[Head] words (SHORT)``: the long name up to the bracket and its short form; 0 if none."""
    units = a.units
    x = k
    country = None
    while x < len(units) and x - k < 12:
        if x > k and a.gap(units[x - 1], units[x]) not in (" ", " - ", "-", " – "):
            break
        u = units[x]
        w = a.word(x)
        if u.kind == "E" and u.entry is not None:
            if u.entry.type == "ORG":
                return 0
            country = country or (u.entry.code if u.entry.type == "GPE" else None)
        elif w is None or (w.low in FUNCTION_WORDS and w.low != "và"):
            return 0
        g = a.gap(u, units[x + 1]) if x + 1 < len(units) else ""
        y = x + 1  # "(DG-SANTE)": a short form may hold hyphens
        while (
            y + 1 < len(units)
            and a.gap(units[y], units[y + 1]) in ("-", "‐")
            and units[y + 1].text.isupper()
        ):
            y += 1
        if g.endswith("(") and y + 1 < len(units) and a.gap(units[y], units[y + 1]).startswith(")"):
            short = a.word(x + 1)
            acronym = short is not None and short.text.isupper() and len(short.text) > 1
            if (
                short is None
                or not short.cap
                or (not acronym and is_vietnamese_syllable(short.text))
            ):
                return 0
            if blocked(a, used, i, y + 1):
                return 0
            s, e = units[i].start, u.end
            sf, sl = units[x + 1], units[y]
            code = re.sub(r"\W+", "_", a.text[sf.start : sl.end]).upper()
            name = " ".join(a.text[s:e].split())
            oid = f"ORG:{code}"
            out.append(Mention(s, e, "ORG", kind, name, country=country, code=code, id=oid))
            out.append(
                Mention(sf.start, sl.end, "ORG", kind, name, country=country, code=code, id=oid)
            )
            used.update(range(i, y + 1))
            return y + 1
        x += 1
    return 0

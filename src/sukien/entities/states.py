"""Which state names denote the state: ambiguous short names, compounds, names nested in others.

"Anh", "Nga", "Mỹ", "Đức" are also given names and pronouns; "đô la Mỹ" is a currency; "Trung"
stands for China only inside a dashed compound ("quan hệ Mỹ-Trung"); an organisation name may
hold a state ("Cơ quan Xúc tiến Đầu tư Thương mại Hàn Quốc").
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from functools import cache
from pathlib import Path

from sukien.entities.analysis import Analysis, Mention
from sukien.entities.gazetteer import gazetteer
from sukien.entities.kb import kb
from sukien.entities.lexicon import (
    KIN,
    NOT_STATE_BEFORE,
    STATE_SHORT,
    STOP_CAPS,
    STRONG_LEFT,
    VN_SURNAMES,
    is_vietnamese_syllable,
)
from sukien.entities.text import words

DASHES = frozenset({"-", "‐", "–", "—"})


def state_status(a: Analysis, i: int) -> str:
    """ "no" (not the state here), "strong" (surely the state) or "weak" (needs confirmation)."""
    u = a.units[i]
    e = u.entry
    assert e is not None
    if _not_state_context(a, i):
        return "no"
    if u.text not in e.ambiguous:
        return "strong"
    if _dictionary_word_start(a, i):
        return "no"  # "Mỹ phẩm", "Ý kiến", "Nga hoàng": a word the state name opens
    prev = a.units[i - 1] if i > 0 else None
    nxt = a.units[i + 1] if i + 1 < len(a.units) else None
    pw, nw = a.word(i - 1), a.word(i + 1)
    kin = prev is not None and pw is not None and pw.low in KIN and a.tight(prev, u)
    if kin and not _kin_in_word(a, i - 1):  # "bà Nga", not "tuyên bố Nga"
        return "no"
    if _name_neighbour(a, i - 1, i) or _name_neighbour(a, i + 1, i):
        return "no"  # part of a Vietnamese name: "Nguyễn Đức Anh", "Trần Văn Nga"
    if prev is not None and a.gap(prev, u).strip() in ("", ",", "-", "–"):
        if prev.kind in ("R", "B") or (prev.entry is not None and prev.entry.type == "GPE"):
            return "strong"
        two = a.low_units(i - 2, 2) if i >= 2 else ""
        if pw is not None and (pw.low in STRONG_LEFT or two in STRONG_LEFT):
            return "strong"
    nxt_e = nxt.entry if nxt is not None else None
    if nxt_e is not None and nxt_e.type == "GPE" and a.gap(u, nxt).strip() in (",", ""):  # type: ignore[arg-type]
        return "strong"
    if nw is not None and nw.low == "và" and i + 2 < len(a.units):
        e2 = a.units[i + 2].entry
        if e2 is not None and e2.type == "GPE":
            return "strong"
    # mid-sentence a capitalised "Anh"/"Nga" is the state; sentence-initial it may be a pronoun
    before = a.text[: u.start].rstrip(" \t\"“'‘([")
    if before and before[-1] not in ".!?:\n…" and not _quote_initial(a.text, u.start):
        return "strong"
    if u.text.lower() in KIN and _kin_pronoun(a, i):
        return "no"  # "Anh ấy nói", "Anh cho biết" in a text that says "anh" as a pronoun
    return "weak"


def _kin_in_word(a: Analysis, j: int) -> bool:
    """Whether the kinship syllable at unit ``j`` closes a dictionary word with the syllable
    before it ("tuyên bố Nga", "công bố", "đối ngoại"), so it is no kinship word ("bà ngoại" is)."""
    pw, ppw = a.word(j), a.word(j - 1)
    if pw is None or ppw is None or ppw.low in KIN or not a.tight(a.units[j - 1], a.units[j]):
        return False
    return f"{ppw.low} {pw.low}" in common_words()


def _quote_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a quotation ("ông nói “Anh hãy..."), where a capitalised "Anh" may
    be the pronoun of dialogue as at a sentence start."""
    before = text[:pos].rstrip(" \t")
    if before.endswith(("“", "‘")):
        return True
    return before.endswith(('"', "'")) and (len(before) < 2 or before[-2] in " \n:(")


def _dictionary_word_start(a: Analysis, i: int) -> bool:
    """An ambiguous one-word state name followed by a lower-case syllable that makes one
    dictionary word with it ("Mỹ phẩm", "Ý kiến"), whatever the segmenter did."""
    u = a.units[i]
    nw = a.word(i + 1)
    if u.w0 != u.w1 or nw is None or nw.text != nw.low or a.gap(u, a.units[i + 1]) != " ":
        return False
    cw = common_words()
    n2 = a.word(i + 2)
    if (
        n2 is not None
        and a.gap(a.units[i + 1], a.units[i + 2]) == " "
        and f"{nw.low} {n2.low}" in cw
    ):
        return False  # "Mỹ quan ngại", "Mỹ viện trợ": the state, then a verb
    if nw.low in _PREPOSITIONS_AFTER and not _sentence_initial(a, i):
        return False  # "hàng hóa Mỹ từ 125% xuống 10%": capitalised mid-sentence, no "mỹ từ"
    word = f"{u.text.lower()} {nw.low}"
    return word in cw or word.replace("ỹ", "ĩ") in cw  # "mỹ phẩm" / "mĩ phẩm"


# prepositions after a state name mid-sentence that the dictionary also joins to it ("mỹ từ")
_PREPOSITIONS_AFTER = frozenset({"từ", "với", "cho", "tại", "sang", "về"})


def _sentence_initial(a: Analysis, i: int) -> bool:
    """Whether unit ``i`` opens its sentence (or a quotation)."""
    before = a.text[: a.units[i].start].rstrip(" \t\"“'‘([")
    return not before or before[-1] in ".!?:\n…" or _quote_initial(a.text, a.units[i].start)


_PRONOUN_NEXT = frozenset(
    {"ấy", "ta", "em", "chị", "tôi", "mình", "bảo", "kể", "ơi", "hãy", "đừng", "à", "nhé", "ạ",
     "vội", "tâm sự", "mỉm cười", "cười", "khóc", "hỏi", "nhớ", "yêu", "sinh năm", "vừa là",
     "là một", "là người", "đến thẳng", "về nhà"}
)  # fmt: skip


def _kin_pronoun(a: Analysis, i: int) -> bool:
    """A sentence-initial kinship word ("Anh") used as a pronoun: the next word marks it, or the
    text also writes the same word in lower case as a standalone word."""
    u = a.units[i]
    nw = a.word(i + 1)
    if nw is not None and nw.low in _PRONOUN_NEXT:
        return True  # "Anh ấy", "Anh ơi", "Anh hãy", "Anh vội"
    n2 = a.word(i + 2)
    if nw is not None and n2 is not None and f"{nw.low} {n2.low}" in _PRONOUN_NEXT:
        return True  # "Anh vừa là diễn viên", "Anh sinh năm 1969"
    low = u.text.lower()
    return re.search(rf"(?<![^\W\d_]){re.escape(low)}(?![^\W\d_])", a.text) is not None


def inside_name_token(a: Analysis, i: int) -> bool:
    """A one-word known name inside a longer segmented word that is not it.

    An ambiguous state name inside any longer word is not the state ("Áo dài", "Anh hùng",
    "Nhật ký"); a short place, person or company name inside a capitalised one is part of that
    name ("Mỹ Linh", "Incheon United").
    """
    u = a.units[i]
    e = u.entry
    if not a.name_tokens or e is None or u.w0 != u.w1 or u.text.isupper():
        return False
    ambiguous = a.ambiguous_state(i)
    if not (ambiguous or e.type in ("PER", "LOC") or e.kind == "company"):
        return False
    k = bisect_right(a.name_tokens, (u.start, len(a.text) + 1, True)) - 1
    while k >= 0 and a.name_tokens[k][1] >= u.end:
        s, t, all_caps = a.name_tokens[k]
        if t == u.end and re.search(r"(?:^|\s)[A-Z]\. ?$", a.text[s : u.start]):
            return False  # "(Brazil) J.Bolsonaro": an initial before a known name
        if s <= u.start and u.end <= t and (s, t) != (u.start, u.end):
            if all_caps:
                return True
            # "Nhật ký", "Anh hùng" are words; "Mỹ áp" (thuế) is a segmentation slip
            return ambiguous and a.text[s:t].lower() in common_words()
        k -= 1
    return False


@cache
def common_words() -> frozenset[str]:
    """Vietnamese words of several syllables from the dictionary underthesea ships (Viet74K)."""
    spec = importlib.util.find_spec("underthesea")  # the data file, without importing it
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    with path.open(encoding="utf-8") as fh:
        return frozenset(w for line in fh if " " in (w := line.strip().lower()))


def _not_state_context(a: Analysis, i: int) -> bool:
    """ "đô la Mỹ", "tiếng Anh", "song ngữ Việt - Anh": a currency or language, not the state."""
    while i > 0 and a.gap(a.units[i - 1], a.units[i]).strip() in DASHES:
        p = a.units[i - 1]
        if not (p.text in STATE_SHORT or (p.entry is not None and p.entry.type == "GPE")):
            break
        i -= 1
    start = a.units[i].start
    before = " " + a.text[max(0, start - 12) : start].lower().rstrip()
    return any(before.endswith(" " + w) for w in NOT_STATE_BEFORE)


def _name_neighbour(a: Analysis, j: int, i: int) -> bool:
    """Whether unit ``j``, right next to unit ``i`` (one space), looks like a name syllable."""
    if not (0 <= j < len(a.units)):
        return False
    v, u = a.units[j], a.units[i]
    if a.text[min(v.end, u.end) : max(v.start, u.start)] != " ":
        return False
    if v.kind != "W" and not a.ambiguous_state(j):
        return False
    t = v.text
    if j > i and t.lower() in VN_SURNAMES and a.name_word(j + 1):
        return False  # a new name starts after the state: "Đại sứ tại Nga Đặng Minh Khôi"
    return t[:1].isupper() and is_vietnamese_syllable(t) and t.lower() not in STOP_CAPS


def short_states(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """Short state names inside dashed compounds: "Mỹ-Trung", "Việt - Nga", "Nga-Triều"."""
    base = kb()
    units = a.units

    def state_like(j: int) -> bool:
        if not (0 <= j < len(units)):
            return False
        u = units[j]
        if u.kind == "E":
            return u.entry is not None and u.entry.type == "GPE"
        return u.kind == "W" and u.text in STATE_SHORT

    for i, u in enumerate(units):
        if u.kind != "W" or u.text not in STATE_SHORT or i in used:
            continue
        left = i > 0 and a.gap(units[i - 1], u).strip() in DASHES and state_like(i - 1)
        right = (
            i + 1 < len(units) and a.gap(u, units[i + 1]).strip() in DASHES and state_like(i + 1)
        )
        e = base.state(STATE_SHORT[u.text])
        if (left or right) and e is not None and not _not_state_context(a, i):
            out.append(
                Mention(u.start, u.end, "GPE", e.kind, e.name, e, None, e.code, e.code, e.id)
            )
            used.add(i)


def nested_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """States named inside organisation names ("Cơ quan Xúc tiến ... Hàn Quốc" -> KOR)."""
    have = {(m.start, m.end) for m in mentions if m.type == "GPE"}
    places = [(m.start, m.end) for m in mentions if m.type == "LOC"]  # "Lào" in "Lào Cai"
    extra = []
    for m in mentions:
        if m.type != "ORG" or m.kind in ("media", "company"):
            continue
        sub = text[m.start : m.end]
        for h in gazetteer().find(sub, words(sub), frozenset({"GPE"})):
            if not h.entries:
                continue
            s, e = m.start + h.start, m.start + h.end
            if (s, e) in have or (s == m.start and e == m.end):
                continue
            if any(ps <= s and e <= pe for ps, pe in places):
                continue
            g = h.entries[0]
            have.add((s, e))
            extra.append(
                Mention(s, e, "GPE", g.kind, g.name, g, None, g.country, g.code, g.id, True)
            )
    return extra

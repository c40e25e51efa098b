"""Named-entity recognition over one text: gazetteer hits plus patterns around them.

Patterns: ``[role] [state|org]? [Name]`` ("Thủ tướng Malaysia Najib Razak"), honorifics
("ông/bà X"), "người đồng cấp [state] X", appositions ("X, Bộ trưởng ... của Nga"), government
bodies ("Bộ Ngoại giao Nga"), organisation heads ("Câu lạc bộ Valdai"), bracketed names after an
organisation noun, place cues ("thành phố X"). Unknown names come from capitalised word runs and
are kept only when a pattern types them; ambiguous state names ("Anh", "Nga", "Mỹ") need a
confirming context or an unambiguous mention of the same state in the text (``states.py``);
organisation patterns live in ``orgs.py``, the text view in ``analysis.py``.
"""

from __future__ import annotations

import re

from sukien.document import Entity
from sukien.entities.analysis import FUNCTION_WORDS, Analysis, Mention, Unit
from sukien.entities.kb import Role, kb, lookup
from sukien.entities.lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    LOC_CUES,
    LOC_HEADS,
    NOT_STATE_BEFORE,
    ORG_CUES,
    ORG_HEADS,
    ORG_WORDS,
    PARTICLES,
    PLACE_CONTEXT,
    PREP_LOC,
    REPORT_VERBS,
    STATE_VERBS,
    STOP_CAPS,
    STRONG_LEFT,
    VN_SURNAMES,
    is_vietnamese_syllable,
)
from sukien.entities.orgs import (
    blocked,
    body_pattern,
    of_state,
    org_pattern,
    vietnamese_name_at,
    vn_body_head,
    vn_body_pattern,
)
from sukien.entities.states import (
    common_words,
    inside_name_token,
    nested_states,
    short_states,
    state_status,
)
from sukien.entities.text import slug

_NAME_GAP = re.compile(r"[ \t\u00a0]+|[-‐]")
_HYPHENS = frozenset("-‐")
# heads' first words, cue words and honorifics may sit next to a known name without hiding it
_NEIGHBOUR_OK = (
    STOP_CAPS
    | {h.split()[0] for h in ORG_HEADS}
    | {h.split()[0] for h in HONORIFICS}
    | {c.split()[0] for c in LOC_CUES}
    | {"tp", "hãng", "báo", "đài", "tờ", "thủ", "đô", "phố"}
)
_ROLE_PREFIX = {"phó": "vice ", "cựu": "former ", "nguyên": "former ", "quyền": "acting "}
# titles held in companies: a lone word after them names the company ("Tổng giám đốc Vietjet")
_CORPORATE = frozenset({"director-general", "director", "chairman", "vice chairman"})
# first words of every cue or head a plain word can open
_OPENERS = frozenset(
    c.split()[0] for c in (*HONORIFICS, *ORG_HEADS, *LOC_HEADS, *LOC_CUES, *PREP_LOC, "đồng cấp")
)
# names read the Sino-Vietnamese way ("Tập Cận Bình") belong to these states only
_SINO_READING = frozenset({"VNM", "CHN", "TWN", "HKG", "MAC", "SGP", "KOR", "PRK", "JPN"})
# name prefixes that may be followed by a capital inside one word ("McCain", "DiCaprio")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Al")
# abbreviated forms of state written before its name ("CH Montenegro", "LB Nga", "CHND Trung Hoa")
_STATE_FORMS = frozenset({"CH", "CHND", "CHDCND", "CHXHCN", "CHLB", "LB", "CHDC", "CHHG"})
# compass words before a state ("Đông Đức", "Bắc Triều Tiên") keep the state reading
STATE_DIRECTIONS = frozenset({"đông", "tây", "nam", "bắc"})
# Vietnamese administrative cues whose (Vietnamese) name is a place
_VN_ADMIN = frozenset({"huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "tỉnh"})
# roles whose holder a bare "[role] [state]" refers back to ("Ngoại trưởng Nga" = Lavrov)
_COREF_CATEGORIES = frozenset({"head-of-state", "head-of-government", "minister", "royal"})


def _name_run(a: Analysis, i: int) -> int:
    """Index after the capitalised name starting at unit ``i`` (``i`` if there is none).

    A run may hold an ambiguous state word between name words ("Đoàn Anh Tuấn") and lower-case
    particles of foreign names ("Elisio do Rosario").
    """
    units = a.units
    j = i
    while j < len(units):
        gap = a.gap(units[j - 1], units[j]) if j > i else " "
        if j > i and not _NAME_GAP.fullmatch(gap):
            break
        if a.name_word(j):
            j += 1
            continue
        w = a.word(j)
        if gap in _HYPHENS and w is not None and w.text.isalpha():  # "Jong-il", "Chan-o-cha"
            j += 1
            continue
        if j > i and (
            a.ambiguous_state(j)
            or _single_word_entry(a, j, ("LOC", "PER"))
            or (_single_word_entry(a, j, ("ORG",)) and _glued(a, j))  # "Osamu Suzuki"
        ):
            # "Đoàn Anh Tuấn", "Nguyễn Đức Anh", "Maria Santos", "Paolo Duterte"
            prev = a.units[j - 1].text
            if a.name_word(j + 1) or (a.units[j - 1].text[:1].isupper() and prev.isalpha()):
                j += 1
                continue
        if j - i >= 2 and _vietnamese_name_ends_in_state(a, i, j):
            j += 1  # "ông Võ Văn Pháp": a given name spelt like a state
            continue
        p = _particles_end(a, i, j)
        if p > j:
            j = p
            continue
        break
    return j


def _vietnamese_name_ends_in_state(a: Analysis, i: int, j: int) -> bool:
    """Units i..j-1 open a Vietnamese name (family name first) and unit ``j`` is a one-syllable
    state name ending it ("Võ Văn Pháp", "Lê Thị Lào"): no word that could go on follows."""
    u = a.units[j]
    if not _single_word_entry(a, j, ("GPE",)) or a.gap(a.units[j - 1], u) != " ":
        return False
    ws = [a.word(x) for x in range(i, j)]
    if any(w is None or not is_vietnamese_syllable(w.text) for w in ws):
        return False
    if ws[0].low not in VN_SURNAMES or not is_vietnamese_syllable(u.text) or " " in u.text:  # type: ignore[union-attr]
        return False
    nxt = a.units[j + 1] if j + 1 < len(a.units) else None
    if nxt is None or a.gap(u, nxt) != " ":
        return True
    return not a.name_word(j + 1) and nxt.kind != "E"


def _particles_end(a: Analysis, i: int, j: int) -> int:
    """After the name words i..j, the unit after lower-case particles and the name word they
    lead to ("Van der Bellen", "de la Cruz"); ``j`` if there are none.

    The run must look foreign somewhere (a word, a particle or the next name word is not a
    Vietnamese syllable): "Lê do Nga" is no name.
    """
    units = a.units
    p = j
    while p < len(units) and p - j < 3:
        w = a.word(p)
        if w is None or w.low not in PARTICLES or w.text != w.low:
            break
        if not a.tight(units[p - 1], units[p]):
            break
        p += 1
    if p == j or p >= len(units) or not a.name_word(p) or not a.tight(units[p - 1], units[p]):
        return j
    if all(is_vietnamese_syllable(units[x].text) for x in range(i, p + 1)):
        return j
    return p + 1


def _single_word_entry(a: Analysis, j: int, types: tuple[str, ...]) -> bool:
    u = a.units[j]
    return u.kind == "E" and u.w0 == u.w1 and u.entry is not None and u.entry.type in types


def _person_start(a: Analysis, k: int, j: int, strip: bool = True) -> int:
    """Where the person's name begins in the run k..j (-1: no name).

    Leading stop-capitals and acronyms are dropped ("HSG Lê Phước Vũ"), and so is an unknown
    word before a Vietnamese family name ("Vietjet Nguyễn Thị Phương Thảo").
    """
    while k < j:
        w = a.word(k)
        stop = w is not None and (w.low in STOP_CAPS if strip else w.low in FUNCTION_WORDS)
        if w is None or not (stop or (w.text.isupper() and len(w.text) > 1)):
            break
        k += 1
    if k >= j:
        return -1
    for p in range(k + 1, j - 1):
        w = a.word(p)
        if w is not None and w.low in VN_SURNAMES and w.cap:
            rest = [a.word(x) for x in range(p, j)]
            if all(x is not None and is_vietnamese_syllable(x.text) for x in rest):
                before = [a.word(x) for x in range(k, p)]
                if any(x is None or not is_vietnamese_syllable(x.text) for x in before):
                    return p
    return k


def _weak(a: Analysis, k: int, j: int) -> bool:
    """A one-word Vietnamese name or a name not opened by a family name: needs a link."""
    ws = [a.word(x) for x in range(k, j)]
    if any(w is None or not is_vietnamese_syllable(w.text) for w in ws):
        return False
    return len(ws) == 1 or ws[0].low not in VN_SURNAMES  # type: ignore[union-attr]


def _implausible(a: Analysis, k: int, j: int, country: str | None) -> bool:
    """A Vietnamese-looking unknown name given to a state that never uses that reading."""
    if not country or country in _SINO_READING or kb().state(country) is None:
        return False  # an organisation's officer may be of any state
    ws = [a.word(x) for x in range(k, j)]
    if any(w is None for w in ws):
        return False
    return ws[0].low in VN_SURNAMES and all(is_vietnamese_syllable(w.text) for w in ws)  # type: ignore[union-attr]


def _add_person(
    a: Analysis,
    k: int,
    j: int,
    out: list[Mention],
    used: set[int],
    role: str | None = None,
    country: str | None = None,
    strip: bool = True,
) -> bool:
    """Add the person named by units k..j (after trimming); False if there is none."""
    k = _person_start(a, k, j, strip)
    if k < 0 or any(x in used for x in range(k, j)) or a.in_headline(a.units[k].start):
        return False
    if any(a.units[x].text.lower() in ORG_WORDS for x in range(k, j)):
        return False  # "Vietjet Air", "Pratt Whitney Group": an organisation, not a person
    if j - k == 1 and _camel(a.units[k].text):
        return False  # "phóng viên VnReview": a one-word brand, not a name
    caps = [a.units[x].text.isupper() and len(a.units[x].text) > 1 for x in range(k, j)]
    if any(caps[1:]) and not all(caps):
        return False  # "lãnh đạo Đội CSGT", "Trường ĐH Luật": an acronym inside, a unit's name
    if any(a.low_units(k, n) in ORG_HEADS or a.low_units(k, n) in LOC_HEADS for n in (1, 2, 3)):
        return False  # "lãnh đạo Đảng Xanh": the honorific is followed by an organisation
    nxt = a.units[j] if j < len(a.units) else None
    if (
        nxt is not None
        and a.gap(a.units[j - 1], nxt).strip() == ","
        and (nxt.text.lower() in HONORIFICS)
    ):
        return False  # "Tổng giám đốc Vietjet Air, bà Nguyễn Thị ...": the run is the company
    if _implausible(a, k, j, country):
        return False
    s, e = a.units[k].start, a.units[j - 1].end
    name = " ".join(a.text[s:e].split())
    out.append(
        Mention(s, e, "PER", "person", name, role=role, country=country, weak=_weak(a, k, j))
    )
    used.update(range(k, j))
    return True


def _camel(word: str) -> bool:
    """A capital inside a word after a lower-case letter ("VnReview"), outside name prefixes."""
    if word.startswith(_NAME_PREFIXES):
        return False
    return any(x.islower() and y.isupper() for x, y in zip(word, word[1:], strict=False))


def _glued(a: Analysis, i: int) -> bool:
    """A one-word known name stuck to unknown capitalised words ("Mary Ellen", "Real Madrid")."""
    u = a.units[i]
    if u.w0 != u.w1 or u.text.isupper() or a.in_headline(u.start):
        return False
    # after a title or a place noun the next capitalised words are the holder's name:
    # "Thống đốc bang California Laura Brennan", "Thị trưởng London Sadiq Khan"
    p = a.units[i - 1] if i > 0 else None
    holder_slot = p is not None and (
        p.kind == "R"
        or p.text.lower() in LOC_CUES
        or (i >= 2 and a.low_units(i - 2, 2) in LOC_CUES)
    )
    for j in (i - 1,) if holder_slot else (i - 1, i + 1):
        if not (0 <= j < len(a.units)):
            continue
        v = a.units[j]
        if not (a.tight(v, u) if j < i else a.tight(u, v)):
            continue
        w = a.word(j)
        if w is not None and w.cap and len(w.text) > 1 and w.low not in _NEIGHBOUR_OK:
            return True
    return False


_VIET_NAM = "GPE:VNM"
# organisations whose officers act for the organisation's state (not for the organisation)
_STATE_HOLDERS = frozenset({"company", "government-body", "party"})
_PRONOUN_STATES = frozenset({"Anh"})


def _known(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """Mentions of knowledge-base entries found by the gazetteer."""
    strong: set[str] = set()
    strong_at: list[int] = []  # where the unambiguous state mentions start
    weak: list[Mention] = []
    for i, u in enumerate(a.units):
        if u.kind != "E":
            continue
        e = u.entry
        assert e is not None
        m = Mention(u.start, u.end, e.type, e.kind, e.name, e, e.role, e.country, e.code, e.id)
        if e.kind == "macro-region":
            used.add(i)  # "châu Á", "Ấn Độ Dương": no entity, and no state inside either
            continue
        if inside_name_token(a, i):
            continue
        if e.type == "GPE" and (_place_prefix(a, i) or _place_suffix(a, i)):
            continue
        if e.type == "GPE":
            status = state_status(a, i)
            if status == "no":
                continue
            if status == "weak":
                weak.append(m)
                used.add(i)
                continue
            strong.add(e.id)
            strong_at.append(m.start)
        elif e.type == "ORG" and e.kind in ("media", "company") and _org_word_after(a, i):
            pass  # "Yonhap News", "Siemens Energy": the known name opens a longer one
        elif _glued(a, i) or ("minor" in e.tags and not _place_context(a, i)):
            continue
        if e.type == "ORG" and e.kind in ("media", "company") and _suffix_word(a, i):
            # "CNN Turk", "Coca-Cola FEMSA": a branch named after its parent; "Yonhap News",
            # "Nissan Motor": the company itself under a longer name
            n = a.units[i + 1]
            name = " ".join(a.text[u.start : n.end].split())
            if n.text.lower() in _SAME_ORG_WORDS:
                m = Mention(u.start, n.end, "ORG", e.kind, e.name, e, None, e.country, e.code, e.id)
            else:
                m = Mention(u.start, n.end, "ORG", e.kind, name, country=e.country)
            used.add(i + 1)
        if e.type == "PER" and _initial_before(a, i):
            m.start = a.units[i - 1].start  # "J.Bolsonaro", "N. Modi": the initial is the name's
            used.add(i - 1)
        out.append(m)
        a.known_at[m.start] = m
        used.add(i)
    # a weak mention is the state when the text names it unambiguously elsewhere, or, in world
    # news (a text naming another foreign state for sure), when it opens a sentence: "Nga đã
    # tấn công Ukraine." ("Anh" stays weak: a sentence-initial pronoun even in world news)
    # or when its own sentence names a state for sure ("Mỹ trừng phạt Việt Nam.": Viet Nam alone
    # does not make a text world news, but a state beside it in one sentence is a dyad)
    # ... but not when it is the given name of a Vietnamese person named in full in the text
    # ("Chị Nguyễn Thị Nga ... Nga cho biết")
    # "Mỹ - Trung điện đàm": a short name in a dashed compound is a state for sure, and makes
    # the weak name beside it one too (same sentence)
    shorts: list[Mention] = []
    short_states(a, shorts, used)
    strong_at.extend(m.start for m in shorts)
    # (a known city of a foreign state makes world news too: "Nga tấn công Kiev"; so does a
    # foreign or international organisation or a known foreign person: "Nga tố NATO …", "Mỹ
    # đổ lỗi cho Hamas …", "Ngoại trưởng Vương Nghị: Mỹ …")
    foreign = (
        any(s != _VIET_NAM for s in strong)
        or any(m.id != _VIET_NAM for m in shorts)
        or any(m.type in ("LOC", "ORG", "PER") and m.country not in (None, "VNM") for m in out)
        or any(m.type == "ORG" and m.kind == "organisation" for m in out)
    )
    given = _vietnamese_given_names(a)
    out.extend(
        m
        for m in weak
        if m.id in strong
        or (
            (foreign or any(_same_sentence(a.text, m.start, j) for j in strong_at))
            and (a.text[m.start : m.end] not in _PRONOUN_STATES or _state_verb_after(a, m))
            and a.text[m.start : m.end] not in given
        )
    )
    out.extend(shorts)


def _state_verb_after(a: Analysis, m: Mention) -> bool:
    """A verb only a state does right after the name ("Anh trừng phạt ...", "Anh trục xuất ...")."""
    after = re.match(r"\s+(?:đã\s+|sẽ\s+|vừa\s+|cũng\s+)?(\w+(?:\s+\w+){0,3})", a.text[m.end :])
    if after is None:
        return False
    ws = after.group(1).lower().split()
    return any(" ".join(ws[:n]) in STATE_VERBS for n in (1, 2, 3, 4))


def _same_sentence(text: str, i: int, j: int) -> bool:
    """No sentence end or line break between offsets ``i`` and ``j``."""
    between = text[min(i, j) : max(i, j)]
    return not any(c in between for c in ".!?\n")


def _vietnamese_given_names(a: Analysis) -> frozenset[str]:
    """Last syllables of the Vietnamese full names of a text (a family name, then one to three
    capitalised syllables): "Nguyễn Thị Nga" gives "Nga"."""
    out = set()
    units = a.units
    for i in range(len(units) - 1):
        w = a.word(i)
        if w is None or not w.cap or w.low not in VN_SURNAMES:
            continue
        j = i + 1
        while j < len(units) and j - i <= 3 and a.gap(units[j - 1], units[j]) == " ":
            t = units[j].text
            if " " in t or not t[:1].isupper() or not is_vietnamese_syllable(t):
                break
            j += 1
        if j - i >= 3:
            out.add(units[j - 1].text)
    return frozenset(out)


# words after a known company or medium that name the same organisation ("Yonhap News")
_SAME_ORG_WORDS = frozenset(
    {"news", "air", "airlines", "airways", "motor", "motors", "group", "corp", "corporation",
     "co", "inc", "ltd", "jsc", "holdings", "company", "agency", "press", "tv"}
)  # fmt: skip


def _org_word_after(a: Analysis, i: int) -> bool:
    """A one-word known organisation followed by an organisation word ("Yonhap News")."""
    if i + 1 >= len(a.units) or a.units[i].w0 != a.units[i].w1:
        return False
    w = a.word(i + 1)
    tight = a.gap(a.units[i], a.units[i + 1]) == " "
    return w is not None and w.cap and w.low in ORG_WORDS and tight


def _initial_before(a: Analysis, i: int) -> bool:
    """A capital initial and a full stop right before unit ``i`` ("J.Bolsonaro")."""
    p = a.units[i - 1] if i > 0 else None
    return (
        p is not None
        and p.kind == "W"
        and len(p.text) == 1
        and p.text.isupper()
        and a.text[p.end : a.units[i].start].strip() == "."
    )


def _place_prefix(a: Analysis, i: int) -> bool:
    """A one-word state name glued after a capitalised Vietnamese syllable inside a sentence
    belongs to one longer place name ("Thủ Đức", "Hòa Anh"), not to the state."""
    u = a.units[i]
    if i == 0 or u.w0 != u.w1 or a.in_headline(u.start):
        return False
    p = a.units[i - 1]
    w = a.word(i - 1)
    if w is None or not w.cap or w.text.isupper() or a.gap(p, u) != " ":
        return False
    if not is_vietnamese_syllable(w.text) or w.text.isascii():
        return False  # "Rio Brazil": a foreign word reads like a syllable but has no marks
    if w.low in FUNCTION_WORDS or w.low in STRONG_LEFT:
        return False
    if w.low in HONORIFICS or w.low in NOT_STATE_BEFORE or w.low in STATE_DIRECTIONS:
        return False
    if i - 1 == 0:
        return False
    before = a.gap(a.units[i - 2], p)
    return not any(c in before for c in '.!?:\n"“”')  # not the first word of a sentence


def _place_suffix(a: Analysis, i: int) -> bool:
    """A one-word state name glued before a capitalised Vietnamese syllable (with its marks) that
    goes on no other name opens a Vietnamese place or name ("phố Pháp Vân", "Đức Giang")."""
    u = a.units[i]
    if u.w0 != u.w1 or i + 1 >= len(a.units) or a.in_headline(u.start):
        return False
    n = a.units[i + 1]
    w = a.word(i + 1)
    if w is None or not w.cap or w.text.isupper() or a.gap(u, n) != " ":
        return False
    if not is_vietnamese_syllable(w.text) or w.text.isascii() or w.low in STOP_CAPS:
        return False
    # "Đại sứ tại Pháp Đinh Toàn Thắng": a Vietnamese name starts after the state
    return not (w.low in VN_SURNAMES and a.name_word(i + 2))


def _suffix_word(a: Analysis, i: int) -> bool:
    """One capitalised foreign word or acronym glued after the known name at ``i``, ending the
    name ("CNN Turk"; not "NATO Jorge Benitez")."""
    units = a.units
    if i + 1 >= len(units) or units[i + 1].kind != "W" or a.gap(units[i], units[i + 1]) != " ":
        return False  # "Vietnam Airlines - CTCP" is the company itself
    w = a.word(i + 1)
    if w is None or not w.cap or len(w.text) < 2 or w.low in _NEIGHBOUR_OK:
        return False
    if is_vietnamese_syllable(w.text) and not w.text.isupper():
        return False
    nxt = i + 2
    return not (
        nxt < len(units) and a.tight(units[i + 1], units[nxt]) and units[nxt].text[:1].isupper()
    )


def _place_context(a: Analysis, i: int) -> bool:
    """A cue before a minor city ("tại Brent") or its state after it ("Brent, Anh")."""
    if i > 0 and (
        a.low_units(i - 1, 1) in PLACE_CONTEXT or (i > 1 and a.low_units(i - 2, 2) in PLACE_CONTEXT)
    ):
        return True
    if i + 1 < len(a.units):
        n = a.units[i + 1]
        g = a.gap(a.units[i], n).strip()
        if g in (",", "(") and n.entry is not None and n.entry.type == "GPE":
            return True
    # in a list of places: "Hiroshima và Nagasaki", "Osaka, Kyoto"
    for j, k in ((i - 1, i), (i, i + 1)):
        if j >= 0 and k < len(a.units):
            other = a.units[k if j == i else j]
            g = a.gap(a.units[j], a.units[k]).strip().lower()
            e = other.entry if other.kind == "E" else None
            if g in (",", "và", "hoặc") and e is not None and e.type in ("LOC", "GPE"):
                return True
    # "Hiroshima và Nagasaki": the conjunction is a word between the two places
    for j, c in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(a.units) and a.low_units(c, 1) in ("và", "hoặc"):
            e = a.units[j].entry if a.units[j].kind == "E" else None
            if e is not None and e.type in ("LOC", "GPE") and "minor" not in e.tags:
                return True
    return False


def _skip_ministry(a: Analysis, k: int) -> int:
    """After "Bộ trưởng": skip the words naming the ministry (Vietnamese syllables)."""
    units = a.units
    n = 0
    while k < len(units) and n < 6:
        w = a.word(k)
        if w is None or not a.tight(units[k - 1], units[k]) or not is_vietnamese_syllable(w.text):
            break
        if w.low in FUNCTION_WORDS or w.low == "nước":
            break
        after_bo = n > 0 and a.low_units(k - 1, 1) == "bộ"  # "Bộ Nông nghiệp": not a surname
        if w.cap and w.low in VN_SURNAMES and a.name_word(k + 1) and not after_bo:
            break
        k += 1
        n += 1
    return k


def _role_pattern(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """``[role] [state|org]? [Name]`` and ``[role] [Name] của [state]``."""
    units = a.units
    role = units[i].hit.role  # type: ignore[union-attr]
    assert role is not None
    title_state = _org_in_title(a, i, out)
    pw = a.word(i - 1)
    if pw is not None and pw.low in _ROLE_PREFIX and a.tight(units[i - 1], units[i]):
        prefix = _ROLE_PREFIX[pw.low]  # "Phó Chủ tịch Quốc hội", "cựu Ngoại trưởng"
        if not role.role.startswith(prefix):
            role = Role(role.title, prefix + role.role, role.category)
    k = i + 1
    if role.role in {"minister", "deputy minister"}:
        k = _skip_ministry(a, k)
    country, org_code = title_state, None
    for _ in range(4):  # [body] [state|org] [tại X]: "Người phát ngôn Bộ Ngoại giao Trung Quốc"
        if k >= len(units) or not a.tight(units[k - 1], units[k]):
            break
        u = units[k]
        e = u.entry if u.kind == "E" else None
        w = a.word(k)
        nh = next((n for n in (2, 1) if a.low_units(k, n) in ORG_HEADS), 0)
        if nh and k + nh < len(units) and country is None and org_code is None:
            e2 = units[k + nh].entry if units[k + nh].kind == "E" else None
            if e2 is not None and e2.type == "ORG" and e2.kind == "company" and e2.country:
                country, k = e2.country, k + nh + 1  # "Chủ tịch Tập đoàn LG [Name]"
                continue
        if w is not None and w.low == "của" and k + 1 < len(units) and _holder_unit(units[k + 1]):
            k += 1  # "Người phát ngôn của Chính phủ Mỹ [Name]", "CEO của Nissan"
            continue

        if u.kind == "B":
            before = len(out)
            k = body_pattern(a, k, out, used)
            if len(out) > before and country is None:
                country = out[-1].country
            continue
        holder_ok = e is not None and (e.type == "GPE" or (e.type == "ORG" and e.kind != "media"))
        if e is not None and holder_ok and country is None and org_code is None:
            country, org_code = (e.code, None) if e.type == "GPE" else (None, e.code)
            if e.kind in _STATE_HOLDERS and e.country:
                # a company's officer, a ministry's head or a party's leader or candidate acts
                # for its state ("Ứng viên Đảng Tự do Áo Norbert Hofer": Austria)
                country, org_code = e.country, None
            k += 1
            continue
        if a.low_units(k, 2) in ("thường trực", "thứ nhất") and u.text.islower():
            k += 2  # "Phó Bí thư thường trực Thành ủy [Name]"
            continue
        nbody = vn_body_head(a, k)
        if nbody and country is None:
            before = len(out)
            k2 = vn_body_pattern(a, k, nbody, out, used)
            if len(out) > before:  # "Chủ tịch UBND TP.HCM [Name]"
                country, k = "VNM", k2
                continue
            if vietnamese_name_at(a, k + nbody):  # "Bí thư Thành ủy [Name]": the city's body
                country, k = "VNM", k + nbody
                continue
        if w is not None and (w.text in _STATE_FORMS or w.low == "nước") and nxt_state(a, k):
            k += 1  # "Thủ tướng CH Montenegro [Name]" (CH = Cộng hòa, LB = Liên bang), "nước X"
            continue
        if e is not None and e.type == "ORG" and e.kind == "media":
            k += 1  # "Phóng viên BBC [Name]": the employer, a medium, is no actor
            continue
        nxt_e = units[k + 1].entry if k + 1 < len(units) and units[k + 1].kind == "E" else None
        if w is not None and w.low in ("tại", "về") and nxt_e is not None and nxt_e.type != "PER":
            k += 2  # "Đại sứ Việt Nam tại Nga [Name]": the posting, not the holder's state;
            continue  # "chuyên gia về NATO [Name]": the subject
        if e is not None and e.type == "LOC":  # "Thị trưởng London Sadiq Khan"
            country = country or e.country
            k += 1
            continue
        if w is not None and (w.low in LOC_CUES or a.low_units(k, 2) in LOC_CUES):
            n = 2 if a.low_units(k, 2) in LOC_CUES else 1
            place = units[k + n].entry if k + n < len(units) and units[k + n].kind == "E" else None
            if place is not None and place.type in ("LOC", "GPE"):
                country = country or place.country  # "Thống đốc tỉnh Moscow Andrey Vorobiev"
                k += n + 1
                continue
        break
    holder = country or org_code
    bracket = (
        holder is not None
        and k + 1 < len(units)
        and a.gap(units[k - 1], units[k]).strip() == "("
        and units[k].text.isupper()
        and a.gap(units[k], units[k + 1]).strip() == ")"
    )
    if bracket:
        k += 1  # "Giám đốc Cơ quan Tình báo Trung ương Mỹ (CIA) [Name]": the short form
    if holder and k > i + 1 and _appositive_holder(a, k, role.role, holder, out, used):
        return k
    if k >= len(units) or not (bracket or a.tight(units[k - 1], units[k])):
        _role_ref(a, i, k, role.role, role.category, holder, out)
        return max(k, i + 1)
    if (
        k + 1 < len(units)
        and _initial_before(a, k + 1)
        and units[k + 1].entry is not None
        and units[k + 1].entry.type == "PER"  # type: ignore[union-attr]
    ):
        k += 1  # "Tổng thống Brazil J.Bolsonaro"
    nxt = units[k]
    if nxt.kind == "E" and nxt.entry is not None and nxt.entry.type == "PER":
        m = a.known_at.get(nxt.start) or a.known_at.get(units[k - 1].start)
        # a known person: the title written here wins
        if m is not None and m.type == "PER":
            m.role = role.role  # the title and state written here win over the KB's current
            m.country = holder or m.country  # ones ("Thủ tướng Hà Lan Mark Rutte")
        return k + 1
    if a.low_units(k, 2) in ORG_HEADS or a.low_units(k, 3) in ORG_HEADS:
        return k
    if a.low_units(k, 1) in ORG_HEADS and nxt.text[:1].isupper() and a.name_word(k + 1):
        return k  # "người sáng lập Quỹ Walk Free": the title is followed by the organisation
    j = _name_run(a, k)
    if j == k:
        _role_ref(a, i, k, role.role, role.category, holder, out)
        return max(k, i + 1)
    # "Bà X, Tổng giám đốc Vietjet": the title describes the person named before it, so the
    # word after it is the employer; so is a lone word after a corporate title
    before = a.gap(units[i - 1], units[i]).strip() if i > 0 else ""
    prev = units[i - 1] if i else None
    prev_person = prev is not None and (
        (prev.entry is not None and prev.entry.type == "PER" and prev.kind == "E")
        or any(m.type == "PER" and m.end == prev.end for m in out[-3:])
    )
    if (before == "," and prev_person) or (j - k == 1 and role.role in _CORPORATE):
        return j
    w = a.word(j)
    if country is None and org_code is None and w is not None and w.low == "của":
        e2 = units[j + 1].entry if j + 1 < len(units) and units[j + 1].kind == "E" else None
        if e2 is not None and e2.type == "GPE":
            country = e2.code
        elif e2 is not None and e2.type == "ORG" and e2.kind != "media":
            # "CEO Carlos Ghosn của Nissan": a company's officer acts for its home state
            country = (e2.country or e2.code) if e2.kind in _STATE_HOLDERS else e2.code
    if not _add_person(a, k, j, out, used, role.role, country or org_code):
        return k  # no person here ("Giám đốc điều hành Tổng Công ty X"): let others read it
    return j


def _holder_unit(u: Unit) -> bool:
    """A government-body head, a state or a non-media organisation (a title's holder)."""
    e = u.entry if u.kind == "E" else None
    return u.kind == "B" or (
        e is not None and (e.type == "GPE" or (e.type == "ORG" and e.kind != "media"))
    )


def _org_in_title(a: Analysis, i: int, out: list[Mention]) -> str | None:
    """A title ending with a known organisation or state mentions it ("Ủy viên Bộ Chính trị",
    "Chánh Văn phòng Nhà Trắng", "Bộ trưởng Tài chính Mỹ"); the state's code, if any."""
    u = a.units[i]
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", a.text[u.start : u.end])]
    for n in range(len(spans) - 1, 0, -1):
        s = u.start + spans[n][0]
        if not a.text[s].isupper():
            continue
        hits = [e for e in lookup(a.text[s : u.end]) if e.type in ("ORG", "GPE")]
        if hits:
            e = hits[0]
            m = Mention(s, u.end, e.type, e.kind, e.name, e, None, e.country, e.code, e.id)
            out.append(m)
            return e.code if e.type == "GPE" else None
    return None


def _appositive_holder(
    a: Analysis, k: int, role: str, holder: str, out: list[Mention], used: set[int]
) -> bool:
    """``[role] [state], ông [Name]``: the named person holds the role ("Thủ tướng Nga, ông X")."""
    units = a.units
    if k + 1 >= len(units) or a.gap(units[k - 1], units[k]).strip() != ",":
        return False
    n = 2 if a.low_units(k, 2) in HONORIFICS else (1 if a.low_units(k, 1) in HONORIFICS else 0)
    if not n:
        # "Bộ trưởng Quốc phòng Tây Ban Nha, Margarita Robles, ...": a full name set off alone
        j = _name_run(a, k)
        ws = [a.word(x) for x in range(k, j)]
        if j - k < 2 or any(w is None or w.low in STOP_CAPS or w.text.isupper() for w in ws):
            return False
        if any(units[x].text.lower() in ORG_WORDS for x in range(k, j)):
            return False
        foreign = any(not is_vietnamese_syllable(w.text) for w in ws)  # type: ignore[union-attr]
        if not (foreign or ws[0].low in VN_SURNAMES):  # type: ignore[union-attr]
            return False
        if j < len(units) and a.gap(units[j - 1], units[j]).strip() not in (",", ".", ""):
            return False
        return _add_person(a, k, j, out, used, role, holder, strip=False)
    if k + n >= len(units) or not a.tight(units[k + n - 1], units[k + n]):
        return False
    j = _name_run(a, k + n)
    return j > k + n and _add_person(a, k + n, j, out, used, role, holder, strip=False)


def nxt_state(a: Analysis, k: int) -> bool:
    """Whether the unit after ``k`` is a state, tight after it."""
    if k + 1 >= len(a.units) or not a.tight(a.units[k], a.units[k + 1]):
        return False
    e = a.units[k + 1].entry if a.units[k + 1].kind == "E" else None
    return e is not None and e.type == "GPE"


def _role_ref(
    a: Analysis, i: int, k: int, role: str, category: str, holder: str | None, out: list[Mention]
) -> None:
    """A bare "[role] [state]" that may stand for a person named elsewhere in the text."""
    if holder is None or category not in _COREF_CATEGORIES or k <= i + 1:
        return
    r = a.units[i]
    if not r.text[:1].isupper():
        return
    s, e = r.start, a.units[k - 1].end
    out.append(Mention(s, e, "PER", "person", a.text[s:e], role=role, country=holder, coref=True))


def _word_patterns(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """Patterns opened by a plain word: honorifics, "đồng cấp", organisation heads, place cues."""
    units = a.units
    u = units[i]
    low = a.words[u.w0].low
    j = _named_after_noun(a, i, out, used)
    if j > i:
        return j
    nbody = vn_body_head(a, i)
    if nbody:
        j = vn_body_pattern(a, i, nbody, out, used)
        if j > i + 1:
            return j
    if low not in _OPENERS:
        return i + 1
    two, three = a.low_units(i, 2), a.low_units(i, 3)
    hon = 2 if two in HONORIFICS else (1 if low in HONORIFICS else 0)
    if hon and i + hon < len(units) and a.tight(units[i + hon - 1], units[i + hon]):
        k = i + hon
        j = _name_run(a, k)
        if j > k and _add_person(a, k, j, out, used, strip=False):
            return j
    if two == "đồng cấp":
        k = i + 2
        country = None
        e = units[k].entry if k < len(units) and units[k].kind == "E" else None
        if e is not None and e.type == "GPE":
            country = e.code
            k += 1
        j = _name_run(a, k)
        if j > k and _add_person(a, k, j, out, used, None, country):
            return j
    glued = (
        i > 0
        and a.name_word(i - 1)
        and a.tight(units[i - 1], u)
        and units[i - 1].text.lower() not in STOP_CAPS
    )
    party = low == "đảng" and a.name_word(i + 1)  # "đảng Xanh", "đảng Cộng hòa"
    if (u.text[:1].isupper() or party) and not a.in_headline(u.start) and not glued:
        head = next((h for h in (three, two, low) if h in ORG_HEADS), None)
        if head is not None:
            return org_pattern(a, i, len(head.split()), ORG_HEADS[head], out, used)
        head = next((h for h in (two, low) if h in LOC_HEADS), None)
        if head is not None:
            k = i + len(head.split())
            j = _name_run(a, k) if k < len(units) and a.tight(units[k - 1], units[k]) else k
            e = units[k].entry if j == k and k < len(units) and units[k].kind == "E" else None
            if e is not None and e.type in ("LOC", "GPE") and a.tight(units[k - 1], units[k]):
                j = k + 1  # "Eo biển Malacca", "Vịnh Thái Lan": named after a known place
                inner = units[k]  # ... which is not itself mentioned: the gulf is not the state
                out[:] = [m for m in out if not (m.start == inner.start and m.end == inner.end)]
            if j > k and not blocked(a, used, i, j):
                s, e = u.start, units[j - 1].end
                out.append(Mention(s, e, "LOC", "place", " ".join(a.text[s:e].split())))
                used.update(range(i, j))
                return j
    cue = 2 if two in LOC_CUES else (1 if low in LOC_CUES or low in PREP_LOC else 0)
    if cue and i + cue < len(units) and a.tight(units[i + cue - 1], units[i + cue]):
        k = i + cue
        j = _name_run(a, k)
        if (
            j == k
            and a.low_units(i, cue) in _VN_ADMIN
            and a.ambiguous_state(k)
            and a.name_word(k + 1)
            and a.tight(units[k], units[k + 1])
        ):
            j = max(k + 2, _name_run(a, k + 1))  # "huyện Đức Hòa": a state word opens the name
        ws = [a.word(x) for x in range(k, j)]
        # Vietnamese districts and communes: "huyện Cần Giờ", "xã Tân Phú"; a capitalised
        # "Xã Đàn", "Đền Xã Tắc" is part of the name
        vn_admin = (
            j > k
            and a.low_units(i, cue) in _VN_ADMIN
            and u.text[:1].islower()
            and j - k <= 3
            and not (j - k == 3 and ws[0] is not None and ws[0].low in VN_SURNAMES)
        )
        first_ok = j > k and (
            a.ambiguous_state(k)
            or ws[0] is not None
            and (ws[0].low not in STOP_CAPS or (vn_admin and j - k >= 2))
        )
        if (
            j > k
            and not any(x in used for x in range(k, j))
            and first_ok
            and (vn_admin or any(w is not None and not is_vietnamese_syllable(w.text) for w in ws))
            and not a.in_headline(units[k].start)
            and not (j < len(units) and units[j].kind == "E" and a.tight(units[j - 1], units[j]))
            and all(units[x].kind == "W" or a.ambiguous_state(x) for x in range(k, j))
            and a.low_units(k, 1) not in ORG_HEADS
            and a.low_units(k, 2) not in ORG_HEADS
            and not any(
                units[x].text.isupper() or units[x].text.lower() in ORG_WORDS for x in range(k, j)
            )
        ):
            s, e = units[k].start, units[j - 1].end
            out[:] = [m for m in out if not (s <= m.start and m.end <= e)]  # "huyện Đức Hòa"
            out.append(Mention(s, e, "LOC", "place", " ".join(a.text[s:e].split())))
            used.update(range(k, j))
            return _second_place(a, j, out, used)
    return i + 1


def _second_place(a: Analysis, j: int, out: list[Mention], used: set[int]) -> int:
    """ "huyện Ulianov và Mosacalsky": a foreign name joined to a place named after a cue is a
    place too; the index after it (``j`` if there is none)."""
    units = a.units
    if j + 1 >= len(units) or a.low_units(j, 1) not in ("và", "hoặc"):
        return j
    if not (a.tight(units[j - 1], units[j]) and a.tight(units[j], units[j + 1])):
        return j
    k = j + 1
    e = _name_run(a, k)
    ws = [a.word(x) for x in range(k, e)]
    if (
        e == k
        or e - k > 3
        or any(
            x in used or w is None or w.text.isupper() for x, w in zip(range(k, e), ws, strict=True)
        )
        or all(is_vietnamese_syllable(w.text) for w in ws)  # type: ignore[union-attr]
        or ws[0].low in GIVEN_NAMES  # type: ignore[union-attr]
        or (e < len(units) and units[e].kind == "E" and a.tight(units[e - 1], units[e]))
    ):
        return j
    s, t = units[k].start, units[e - 1].end
    out.append(Mention(s, t, "LOC", "place", " ".join(a.text[s:t].split())))
    used.update(range(k, e))
    return e


# lower-case nouns before an unknown foreign name of an organisation -> its kind
_ORG_NOUNS = {
    "hãng tin": "media", "hãng thông tấn": "media", "báo": "media", "tờ": "media",
    "đài": "media", "kênh": "media", "trang": "media", "tạp chí": "media",
    "hãng hàng không": "company", "hãng": "company", "công ty": "company",
    "tập đoàn": "company", "ngân hàng": "company", "tổ chức": "organisation",
}  # fmt: skip


# nouns that describe a company in an apposition ("Polar - nhà sản xuất thực phẩm ...")
_MAKER_NOUNS = {
    "nhà sản xuất": "company", "nhà cung cấp": "company", "nhà mạng": "company",
    "hãng sản xuất": "company", "nhà bán lẻ": "company", "nhà thầu": "company",
}  # fmt: skip


_ALL_ORG_NOUNS = _ORG_NOUNS | _MAKER_NOUNS
_ORG_NOUN_FIRST = frozenset(n.split()[0] for n in _ALL_ORG_NOUNS)


def _named_after_noun(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """``hãng/công ty/báo [descriptors] [state]? [Foreign Name] (của [state])?``: the name is an
    organisation ("hãng Nordwind Air", "báo Le Soir", "tập đoàn dầu khí Nga Sistema", "hãng sản
    xuất vũ khí Kratos của Mỹ"), of that state; ``i`` if the pattern does not apply.

    The noun is in lower case, or opens a sentence and is followed by lower-case descriptors.
    """
    units = a.units
    u = units[i]
    if a.in_headline(u.start):
        return i
    nouns = _ALL_ORG_NOUNS
    if u.text.lower() not in _ORG_NOUN_FIRST:
        return i
    n = next((n for n in (3, 2, 1) if a.low_units(i, n) in nouns), 0)
    k = i + n
    if not n or k >= len(units) or not a.tight(units[k - 1], units[k]):
        return i
    if not u.text[:1].islower() and not (_sentence_start(a, i) and _lower_word(a, k)):
        return i
    if any(ts < u.start < te for ts, te, _ in a.name_tokens):
        return i  # "cảnh báo VN": the noun ends a longer segmented word
    kind = nouns[a.low_units(i, n)]
    # lower-case descriptors: "tập đoàn dầu khí", "hãng sản xuất vũ khí"
    d = k
    while d < len(units) and d - k < 6 and _lower_word(a, d) and a.tight(units[d - 1], units[d]):
        d += 1
    country = None
    e = units[d].entry if d < len(units) and units[d].kind == "E" else None
    if e is not None and e.type == "GPE" and d + 1 < len(units) and a.tight(units[d], units[d + 1]):
        country, d = e.code, d + 1  # "công ty Hàn Quốc Doosan"
    if country is None and (c := of_state(a, d)) is not None:
        country, d = c, d + 2  # "các tập đoàn năng lượng của Pháp như ..."
    if a.low_units(d, 1) == "như" and d + 1 < len(units) and a.tight(units[d], units[d + 1]):
        return _listed_orgs(a, d + 1, kind, country, out, used)  # "... như Perenco, EDF"
    if d > k and country is None and not _foreign_name_at(a, d):
        return i
    k = d
    if k >= len(units) or not a.tight(units[k - 1], units[k]):
        return i
    e = units[k].entry if units[k].kind == "E" else None
    if e is not None and e.type == "ORG" and k in used:
        m = a.known_at.get(units[k].start)  # a known company: the state written here is its own
        if m is not None and m.country is None and country:
            m.country = country
        return k + 1
    j = _name_run(a, k)
    ws = [a.word(x) for x in range(k, j)]
    if (
        j == k
        or any(x in used or units[x].kind != "W" for x in range(k, j))
        or any(w is None for w in ws)
        or ws[0].low in STOP_CAPS  # type: ignore[union-attr]
        or all(is_vietnamese_syllable(w.text) for w in ws)  # type: ignore[union-attr]
        or (j < len(units) and units[j].kind == "E" and a.tight(units[j - 1], units[j]))
    ):
        return i
    country = country or of_state(a, j) or _bracket_state(a, j)
    s, e_ = units[k].start, units[j - 1].end
    out.append(Mention(s, e_, "ORG", kind, " ".join(a.text[s:e_].split()), country=country))
    used.update(range(k, j))
    return j


def _bracket_state(a: Analysis, j: int) -> str | None:
    """The state named alone in brackets right after unit ``j - 1`` ("Wikistrat (Mỹ)")."""
    units = a.units
    if j >= len(units) or a.gap(units[j - 1], units[j]).strip() != "(":
        return None
    if a.text[units[j].end : units[j].end + 1] != ")":
        return None
    e = units[j].entry if units[j].kind == "E" else None
    return e.code if e is not None and e.type == "GPE" else None


def _list_item(a: Analysis, k: int, used: set[int]) -> int:
    """End of an unknown organisation's name listed at unit ``k`` (``k`` if there is none):
    capitalised words, foreign or an acronym, not a person's name."""
    units = a.units
    j = _name_run(a, k)
    ws = [a.word(x) for x in range(k, j)]
    if (
        j == k
        or j - k > 4
        or any(x in used or w is None for x, w in zip(range(k, j), ws, strict=True))
    ):
        return k
    first = ws[0]
    assert first is not None
    if first.low in STOP_CAPS or first.low in GIVEN_NAMES or first.low in HONORIFICS:
        return k
    if all(is_vietnamese_syllable(w.text) and not w.text.isupper() for w in ws):  # type: ignore[union-attr]
        return k
    if j < len(units) and units[j].kind in ("R", "E") and a.tight(units[j - 1], units[j]):
        return k
    return j


def _next_in_list(a: Analysis, n: int) -> int:
    """The unit after the list separator that follows unit ``n`` (", ", "và", "hoặc"); -1."""
    units = a.units
    if n + 1 >= len(units):
        return -1
    g = a.gap(units[n], units[n + 1]).strip()
    if g.startswith(")"):  # "... (EDF), Air Liquide": after a bracketed short form
        g = g[1:].strip()
    if g == ",":
        return n + 1
    if not g and a.low_units(n + 1, 1) in ("và", "hoặc") and n + 2 < len(units):
        return n + 2 if a.tight(units[n + 1], units[n + 2]) else -1
    return -1


def _listed_orgs(
    a: Analysis, k: int, kind: str, country: str | None, out: list[Mention], used: set[int]
) -> int:
    """Organisations listed after "như" ("các tập đoàn của Pháp như Perenco, EDF và Air
    Liquide"): unknown names take the list's kind and state; the index after the list."""
    units = a.units
    last = k
    for _ in range(12):
        u = units[k]
        e = u.entry if u.kind == "E" else None
        if e is not None and e.type == "ORG":
            n = k
        else:
            j = _list_item(a, k, used)
            if j == k:
                break
            s, t = units[k].start, units[j - 1].end
            out.append(Mention(s, t, "ORG", kind, " ".join(a.text[s:t].split()), country=country))
            used.update(range(k, j))
            n = j - 1
        last = n + 1
        while n + 1 < len(units) and a.gap(units[n], units[n + 1]).strip() == "(":
            n += 1  # "Electricite de France (EDF), ...": the short form
            if a.text[units[n].end : units[n].end + 1] != ")":
                break
        k = _next_in_list(a, n)
        if k < 0:
            break
    return last


def _coordinated_companies(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """Unknown names listed with a company ("Samsung, Hanwha, Hanjin và Hyosung") are
    companies."""
    at_end = {u.end: x for x, u in enumerate(a.units)}
    for m in list(out):
        if m.type != "ORG" or m.kind != "company" or m.end not in at_end:
            continue
        n = at_end[m.end]
        for _ in range(8):
            k = _next_in_list(a, n)
            if k < 0:
                break
            e = a.units[k].entry if a.units[k].kind == "E" else None
            if e is not None and e.type == "ORG" and e.kind == "company":
                n = k
                continue
            j = _list_item(a, k, used)
            if j == k or j - k > 2 or a.in_headline(a.units[k].start):
                break
            s, t = a.units[k].start, a.units[j - 1].end
            out.append(Mention(s, t, "ORG", "company", " ".join(a.text[s:t].split())))
            used.update(range(k, j))
            n = j - 1


def _lower_word(a: Analysis, k: int) -> bool:
    """A lower-case Vietnamese word describing an organisation ("dầu khí", "sản xuất")."""
    w = a.word(k)
    return (
        w is not None
        and w.text.islower()
        and w.low not in FUNCTION_WORDS
        and w.low not in _NOT_DESCRIPTORS
        and is_vietnamese_syllable(w.text)
    )


# lower-case words after an organisation noun that end the phrase rather than describe it
_NOT_DESCRIPTORS = frozenset(
    {"này", "đó", "kia", "nào", "mới", "cũ", "trên", "dưới", "hay", "hoặc", "đều", "thì",
     "mà", "là", "có", "không", "ra", "vào", "lên", "nhưng", "rằng", "nhằm", "gồm", "như"}
)  # fmt: skip


def _foreign_name_at(a: Analysis, k: int) -> bool:
    """Whether a capitalised name that does not read as Vietnamese starts at unit ``k``."""
    j = _name_run(a, k)
    ws = [a.word(x) for x in range(k, j)]
    return (
        j > k
        and all(w is not None for w in ws)
        and not all(
            is_vietnamese_syllable(w.text)  # type: ignore[union-attr]
            for w in ws
        )
    )


def _sentence_start(a: Analysis, i: int) -> bool:
    """Whether unit ``i`` opens a sentence (or a line)."""
    if i == 0:
        return True
    g = a.gap(a.units[i - 1], a.units[i])
    return any(c in g for c in '.!?:\n"“”')


def _appositions(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """ "X Y, Bộ trưởng ... của Nga" and organisations named in brackets after a cue noun."""
    units = a.units
    i = 0
    while i < len(units) - 1:
        if a.name_word(i) and i not in used and (i == 0 or not a.name_word(i - 1)):
            j = _name_run(a, i)
            if (
                j - i >= 2
                and j < len(units)
                and units[j].kind == "R"
                and a.gap(units[j - 1], units[j]).strip() in (",", "-", "–")
            ):
                role = units[j].hit.role  # type: ignore[union-attr]
                comma = a.gap(units[j - 1], units[j]).strip() == ","
                if _title_of_next(a, j):  # "A, đạo diễn B": a list of people, A untitled
                    role, country = None, None
                elif comma and _title_opens_clause(a, j):
                    country = None
                else:
                    country = _title_holder(a, j)
                _add_person(a, i, j, out, used, role.role if role else None, country)
                i = j
                continue

        opens = i == 0 or not (a.name_word(i - 1) and a.tight(units[i - 1], units[i]))
        if a.name_word(i) and i not in used and opens:
            j = _name_run(a, i)
            if _described_org(a, i, j, out, used):  # "Polar, một công ty ... của Venezuela"
                i = j
                continue
            n = _org_word_name(a, i, out, used)  # "Sun PhuQuoc Airways", "Walk Free Foundation"
            if n > i:
                i = n
                continue
            if j - i >= 2 and _speaker_context(a, i, j) and _add_person(a, i, j, out, used):
                i = j
                continue
            if _given_name_run(a, i, j) and _add_person(a, i, j, out, used):
                i = j
                continue
            if _place_before_region(a, i, j, out, used):  # "Sapa (Lào Cai)"
                i = j
                continue
        u = units[i]
        w = a.word(i)
        if (
            w is not None
            and i > 0
            and i not in used
            and w.text.isupper()
            and w.text.isalpha()
            and len(w.text) >= 3
            and a.low_units(i - 1, 1) == "theo"
            and a.tight(units[i - 1], u)
            and a.gap(u, units[i + 1]).strip().startswith(",")
            and not a.in_headline(u.start)
        ):  # "Theo NAFIQAD, ...": an unknown acronym quoted as a source is an organisation
            out.append(Mention(u.start, u.end, "ORG", "organisation", w.text, code=w.text))
            used.add(i)
            i += 1
            continue
        bracketed = (
            i > 0
            and a.gap(units[i - 1], u).endswith("(")
            and a.gap(u, units[i + 1]).startswith(")")
        )
        if w is not None and w.cap and i not in used and bracketed and w.low not in STOP_CAPS:
            ctx = a.text[max(0, u.start - 80) : u.start].lower()
            if not is_vietnamese_syllable(w.text) and any(c in ctx for c in ORG_CUES):
                p = units[i - 1].entry if units[i - 1].kind == "E" else None
                iso = p.code if p is not None and p.type == "GPE" else None  # "... Hàn Quốc (JCS)"
                out.append(
                    Mention(
                        u.start, u.end, "ORG", "organisation", w.text, code=w.text.upper(),
                        country=iso,
                    )
                )  # fmt: skip
                used.add(i)
        i += 1


def _title_holder(a: Analysis, j: int) -> str | None:
    """The state (or organisation) a title at unit ``j`` belongs to, named before the clause
    ends: "..., Bộ trưởng ... của Nga", "..., Chủ tịch Vingroup" (a company's home state)."""
    units = a.units
    for x in range(j + 1, min(len(units), j + 9)):
        if any(c in a.gap(units[x - 1], units[x]) for c in ".;\n"):
            break
        e = units[x].entry if units[x].kind == "E" else None
        if e is None or e.type not in ("GPE", "ORG") or e.kind == "media":
            continue
        if units[x].start not in a.known_at:
            continue  # not a mention: "Mỹ" in "Mỹ phẩm"
        if e.type == "ORG" and e.kind in _STATE_HOLDERS:
            return e.country or e.code
        return e.code
    return None


def _title_of_next(a: Analysis, j: int) -> bool:
    """ "A, Bộ trưởng Bộ X B": the title at unit ``j`` introduces the next name, not A."""
    units = a.units
    x = j + 1
    while x < len(units) and x - j <= 3 and units[x].kind in ("E", "B"):
        e = units[x].entry if units[x].kind == "E" else None
        if e is not None and e.type == "PER":
            return True
        x += 1
    if x >= len(units) or not a.name_word(x) or not a.tight(units[x - 1], units[x]):
        return False
    return not any(a.low_units(x, n) in ORG_HEADS for n in (1, 2, 3))  # "chủ tịch Hiệp hội"


def _apposed_titles(a: Analysis, out: list[Mention]) -> None:
    """A person found by another pattern and followed by ", [title] ..." takes that title and
    its holder ("ông Kevin Reed, Chủ tịch kiêm CEO của Tập đoàn Boeing")."""
    at_end = {u.end: n for n, u in enumerate(a.units)}
    for m in out:
        if m.type != "PER" or m.entry is not None or m.coref or (m.role and m.country):
            continue
        n = at_end.get(m.end)
        if n is None or n + 1 >= len(a.units) or a.units[n + 1].kind != "R":
            continue
        if a.gap(a.units[n], a.units[n + 1]).strip() not in (",", "-", "–"):
            continue
        comma = a.gap(a.units[n], a.units[n + 1]).strip() == ","
        if (comma and _title_opens_clause(a, n + 1)) or _title_of_next(a, n + 1):
            continue
        role = a.units[n + 1].hit.role  # type: ignore[union-attr]
        m.role = m.role or (role.role if role else None)
        m.country = m.country or _title_holder(a, n + 1)


def _title_opens_clause(a: Analysis, j: int) -> bool:
    """ "..., Ngoại trưởng Mỹ nói": the title and its state are the subject of a new clause."""
    x = j + 1
    while x < len(a.units) and x - j <= 2 and a.units[x].kind in ("E", "B"):
        x += 1
    return a.low_units(x, 1) in REPORT_VERBS or a.low_units(x, 2) in REPORT_VERBS


# the organisation word that ends a capitalised name -> the organisation's kind
_ORG_WORD_KIND = {
    **dict.fromkeys(
        ("air", "airlines", "airways", "group", "corp", "corporation", "company", "co", "inc",
         "ltd", "jsc", "holdings", "motor", "motors", "energy", "petroleum", "bank", "capital",
         "partners", "technologies", "systems", "electronics", "industries", "aviation"),
        "company",
    ),
    **dict.fromkeys(("times", "news", "post", "press"), "media"),
    **dict.fromkeys(
        ("foundation", "institute", "university", "association", "council", "fund", "agency"),
        "organisation",
    ),
}  # fmt: skip


def _org_word_name(a: Analysis, i: int, out: list[Mention], used: set[int]) -> int:
    """A capitalised name ending with an organisation word ("Sun PhuQuoc Airways", "Walk Free
    Foundation"), places inside it giving its country; ``i`` if there is none."""
    units = a.units
    k = _person_start(a, i, min(len(units), i + 7), strip=False)
    if k < 0 or a.in_headline(units[k].start):
        return i
    country = None
    while k > 0 and a.tight(units[k - 1], units[k]) and _single_word_entry(a, k - 1, ("GPE",)):
        k -= 1  # "Kuwait Food Company"
    x = k
    while x < len(units) and x - k < 6:
        if x > k and not a.tight(units[x - 1], units[x]):
            break
        u = units[x]
        e = u.entry if u.kind == "E" else None
        if x in used and not (e is not None and e.type in ("LOC", "GPE")):
            return i
        if e is not None and e.type in ("LOC", "GPE"):
            country = country or e.country
        elif not a.name_word(x):
            break
        x += 1
    last = x - 1
    w = a.word(last)
    if last <= k or w is None or w.low not in _ORG_WORD_KIND:
        return i
    if last + 1 < len(units) and a.low_units(last + 1, 1) in ("for", "of", "and", "&"):
        return i  # "The Bank for International Settlements": the name goes on
    if any(units[y].kind == "E" and units[y].entry.type == "ORG" for y in range(k, last + 1)):  # type: ignore[union-attr]
        return i
    s, e_ = units[k].start, units[last].end
    kind = _ORG_WORD_KIND[w.low]
    out[:] = [m for m in out if not (s <= m.start and m.end <= e_)]  # "Phú Quốc" is inside
    out.append(Mention(s, e_, "ORG", kind, " ".join(a.text[s:e_].split()), country=country))
    used.update(range(k, last + 1))
    return last + 1


def _described_org(a: Analysis, i: int, j: int, out: list[Mention], used: set[int]) -> bool:
    """``[Name], (là)? (một)? công ty/tập đoàn/hãng ... (của) [state]``: an organisation of the
    state named in the description; the name must look foreign (or be an acronym)."""
    units = a.units
    while i < j and (w0 := a.word(i)) is not None and w0.low in STOP_CAPS:
        i += 1  # "Còn Brixa - ...": a capitalised function word opens the sentence
    if i >= j or j >= len(units) or a.in_headline(units[i].start):
        return False
    if any(x in used or units[x].kind != "W" for x in range(i, j)):
        return False
    prev = units[i - 1] if i > 0 else None
    if (
        prev
        and a.tight(prev, units[i])
        and prev.text[:1].isupper()
        and prev.text.lower() not in STOP_CAPS
    ):
        return False  # "VietJet Aviation Joint Stock Company, ...": the end of a longer name
    ws = [a.word(x) for x in range(i, j)]
    if any(w is None or w.low in STOP_CAPS for w in ws):
        return False
    if all(is_vietnamese_syllable(w.text) and not w.text.isupper() for w in ws):  # type: ignore[union-attr]
        return False
    gap = a.gap(units[j - 1], units[j]).strip()
    k = j
    if gap not in (",", "-", "–"):
        if gap or a.low_units(k, 1) != "là":
            return False
        k += 1
    if a.low_units(k, 1) == "một":
        k += 1
    nouns = _ALL_ORG_NOUNS
    n = next((n for n in (3, 2, 1) if a.low_units(k, n) in nouns), 0)
    if not n or a.word(k) is None or not a.units[k].text.islower():
        return False
    kind = nouns[a.low_units(k, n)]
    country = None
    for x in range(k + n, min(len(units), k + n + 10)):
        if any(c in a.gap(units[x - 1], units[x]) for c in ",.;()\n"):
            break
        e = units[x].entry if units[x].kind == "E" else None
        if e is not None and e.type == "GPE":
            country = e.code
            break
    s, e_ = units[i].start, units[j - 1].end
    out.append(Mention(s, e_, "ORG", kind, " ".join(a.text[s:e_].split()), country=country))
    used.update(range(i, j))
    return True


def _given_name_run(a: Analysis, i: int, j: int) -> bool:
    """A bare foreign name of two to four words opened by a known given name ("Andrew
    Forrest", "Norbert Hofer"), with no organisation word and not read as Vietnamese."""
    k = _person_start(a, i, j)
    if k < 0 or not 2 <= j - k <= 4 or a.in_headline(a.units[k].start):
        return False
    if any(_single_word_entry(a, x, ("PER", "ORG")) for x in range(k + 1, j)):
        return a.word(k) is not None and a.word(k).low in GIVEN_NAMES  # type: ignore[union-attr]
    ws = [a.word(x) for x in range(k, j)]  # "Jorge Messi": a known surname after a given name
    if any(w is None or w.low in ORG_WORDS or w.text.isupper() for w in ws):
        return False
    if ws[0].low not in GIVEN_NAMES:  # type: ignore[union-attr]
        return False
    if all(is_vietnamese_syllable(w.text) for w in ws):  # type: ignore[union-attr]
        return False
    before = a.text[max(0, a.units[k].start - 14) : a.units[k].start].lower()
    if re.search(r"(?:\buss|\bhms|\btàu|sân bay|hạm|trường|đại học|quỹ|phố|đường)\s*$", before):
        return False  # "tàu sân bay USS Ronald Reagan", "sân bay Charles de Gaulle"
    nxt = a.low_units(j, 1)
    return not (
        j < len(a.units)
        and (nxt in ORG_HEADS or nxt in LOC_HEADS)
        and a.units[j].text[:1].isupper()
    )


def _place_before_region(a: Analysis, i: int, j: int, out: list[Mention], used: set[int]) -> bool:
    """``[Name] ([known province or state])``: a small place of that region ("Sapa (Lào Cai)",
    "Tam Đường (Lai Châu)"); not a Vietnamese person's name."""
    units = a.units
    k = _person_start(a, i, j)
    if k < 0 or j - k > 3 or j >= len(units) or a.in_headline(units[k].start):
        return False
    close = a.text[units[j].end : units[j].end + 1] == ")"
    if not (a.gap(units[j - 1], units[j]).strip() == "(" and close):
        return False
    e = units[j].entry if units[j].kind == "E" else None
    if e is None or e.type != "LOC" or e.kind in ("capital", "city"):
        return False  # "Arsenal (Anh)": a state in brackets is more often a club's or a firm's
    if k > 0 and a.name_word(k - 1) and a.tight(units[k - 1], units[k]):
        return False  # "ĐH Thể thao Từ Sơn (Bắc Ninh)": the end of a longer name
    ws = [a.word(x) for x in range(k, j)]
    if j - k == 1 and ws[0] is not None and ws[0].low in STATE_DIRECTIONS:
        return False  # "miền Tây (Nghệ An)"
    surface = " ".join(a.text[units[k].start : units[j - 1].end].split())
    if any(m.type == "PER" and m.name.endswith(surface) for m in out) or any(
        p.lower() in VN_SURNAMES and p[:1].isupper()
        for p in re.findall(rf"(\w+)\s+{re.escape(surface)}\b", a.text)
    ):
        return False  # "Trương Đình Luật" named elsewhere: "Đình Luật (Bình Dương)" is him
    if any(
        x in used or w is None or w.low in ORG_WORDS or w.text.isupper()
        for x, w in zip(range(k, j), ws, strict=True)
    ):
        return False
    if ws[0].low in VN_SURNAMES or ws[0].low in GIVEN_NAMES:  # type: ignore[union-attr]
        return False  # "Lê Văn Tám (Nghệ An)": a person and home province
    if k > 0 and (units[k - 1].kind == "R" or _names_holder(a.low_units(k - 1, 1))):
        return False  # "ông X (Nghệ An)", "báo Doanh Nhân (Nga)": a person or an organisation
    s, e_ = units[k].start, units[j - 1].end
    out.append(Mention(s, e_, "LOC", "place", " ".join(a.text[s:e_].split()), country=e.country))
    used.update(range(k, j))
    return True


def _names_holder(word: str) -> bool:
    """A word before a name that makes it a person's or an organisation's."""
    return word in HONORIFICS or word in _ORG_NOUNS or word in ORG_HEADS or word in ORG_CUES


def _speaker_context(a: Analysis, i: int, j: int) -> bool:
    """A bare name of two words or more followed by ", 58 tuổi", ", người ..." or a verb of
    saying ("Ana Lopez nói"); the name must look foreign or open with a family name."""
    units = a.units
    if j >= len(units) or a.in_headline(units[i].start):
        return False
    # a state name may end a Vietnamese name ("Nguyễn Thị Nga"), not open it
    if any(
        (units[x].kind != "W" and not (x > i and a.ambiguous_state(x)))
        or units[x].text.lower() in ORG_WORDS
        for x in range(i, j)
    ):
        return False
    ws = [units[x].text for x in range(i, j)]
    if any(w.lower() in STOP_CAPS or w.isupper() for w in ws):
        return False
    foreign = any(not is_vietnamese_syllable(w) for w in ws)
    if not foreign and ws[0].lower() not in VN_SURNAMES:
        return False
    gap = a.gap(units[j - 1], units[j]).strip()
    if gap == ",":
        nxt = a.word(j)
        if nxt is not None and nxt.text.isdigit() and a.low_units(j + 1, 1) == "tuổi":
            return True  # "Ana Lopez, 58 tuổi, ..."
        after = a.text[units[j].start : units[j].start + 6].lower()
        return foreign and after == "người "  # "Ana Lopez, người đại diện ..."
    if gap:
        return False
    return a.low_units(j, 1) in REPORT_VERBS or a.low_units(j, 2) in REPORT_VERBS


def recognize(text: str, name_tokens: list[tuple[int, int, bool]] | None = None) -> list[Mention]:
    """Mentions of states, places, organisations and people in ``text`` (NFC).

    ``name_tokens``: words of several syllables the segmenter kept whole (start, end, whether all
    syllables are capitalised): a short known name strictly inside one is part of another word
    ("Mỹ Linh", "Áo dài"), not a mention of its own.
    """
    a = Analysis(text)
    a.name_tokens = sorted(name_tokens or [])
    out: list[Mention] = []
    used: set[int] = set()  # unit indices already part of a mention
    _known(a, out, used)
    i = 0
    while i < len(a.units):
        kind = a.units[i].kind
        if kind == "R":
            i = _role_pattern(a, i, out, used)
        elif kind == "B":
            i = body_pattern(a, i, out, used)
        elif kind == "W":
            i = _word_patterns(a, i, out, used)
        else:
            i += 1
    _appositions(a, out, used)
    _coordinated_companies(a, out, used)
    _apposed_titles(a, out)
    _repeat_names(a, out, used)
    _titled_given_names(a, out, used)
    _surnames_named_like_states(a, out)
    _drop_short_org_names(out)
    out.extend(nested_states(text, out))
    for m in out:
        m.extra["surface"] = " ".join(text[m.start : m.end].split())
    return out


def _surnames_named_like_states(a: Analysis, out: list[Mention]) -> None:
    """ "ông Montenegro" after "Luis Montenegro": a state name after an honorific that is the
    family name of a person of the text is that person."""
    last = {
        m.name.split()[-1]: m
        for m in out
        if m.type == "PER" and not m.coref and len(m.name.split()) >= 2
    }
    if not last:
        return
    for x, m in enumerate(out):
        if m.type != "GPE" or m.nested or a.text[m.start : m.end] not in last:
            continue
        before = a.text[max(0, m.start - 8) : m.start].lower().split()
        if not before or before[-1] not in HONORIFICS:
            continue
        p = last[a.text[m.start : m.end]]
        out[x] = Mention(m.start, m.end, "PER", "person", p.name, p.entry, p.role, p.country)
        out[x].id = p.id


def _drop_short_org_names(out: list[Mention]) -> None:
    """A "person" named like an organisation of the text without its last word ("Walk Free"
    beside "Walk Free Foundation") is that organisation's short name, not a person."""
    short = set()
    for m in out:
        if m.type == "ORG":
            ws = m.extra.get("surface", m.name).split() if m.extra else m.name.split()
            if len(ws) >= 3 and ws[-1].lower() in ORG_WORDS:
                short.add(" ".join(ws[-3:-1]).lower())
                short.add(" ".join(ws[:-1]).lower())
    if short:
        out[:] = [
            m for m in out if not (m.type == "PER" and m.entry is None and m.name.lower() in short)
        ]


def _repeat_names(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """Later bare mentions of people a pattern found ("Mateo Fuentes", then "Fuentes")."""
    known: dict[tuple[str, ...], Mention] = {}
    for m in out:
        if m.type != "PER" or m.entry is not None or m.coref or m.weak:
            continue
        toks = tuple(t.lower() for t in re.findall(r"[^\W_]+", m.name))
        known.setdefault(toks, m)
        if len(toks) >= 2 and not is_vietnamese_syllable(toks[-1]):
            known.setdefault(toks[-1:], m)  # a foreign surname alone
    if not known:
        return
    units = a.units
    i = 0
    while i < len(units):
        if i in used or not a.name_word(i) or a.in_headline(units[i].start):
            i += 1
            continue
        j = _name_run(a, i)
        k = _person_start(a, i, j)
        if k >= 0 and not any(x in used for x in range(k, j)):
            toks = tuple(
                t.lower() for x in range(k, j) for t in re.findall(r"[^\W_]+", units[x].text)
            )
            m = known.get(toks)
            if m is not None:
                s, e = units[k].start, units[j - 1].end
                out.append(Mention(s, e, "PER", "person", " ".join(a.text[s:e].split())))
                used.update(range(k, j))
        i = max(j, i + 1)


def _titled_given_names(a: Analysis, out: list[Mention], used: set[int]) -> None:
    """ "Thủ tướng Chính", "Bộ trưởng Sơn" after "Phạm Minh Chính", "Bùi Thanh Sơn": a title
    followed by the given name of a Vietnamese person named in full in the text (even a given
    name that is also a common capitalised word) is that person; linking joins them."""
    given: dict[str, Mention | None] = {}
    for m in out:
        ws = a.text[m.start : m.end].split()
        if m.type != "PER" or m.coref or m.weak or not 2 <= len(ws) <= 5:
            continue
        if ws[0].lower() not in VN_SURNAMES or not all(is_vietnamese_syllable(w) for w in ws):
            continue
        seen = given.setdefault(ws[-1], m)
        if seen is not None and seen.name != m.name:
            given[ws[-1]] = None  # two people of that given name: no telling which
    if not given:
        return
    units = a.units
    taken = {m.start for m in out}
    for i, u in enumerate(units):
        m = given.get(u.text)
        if m is None or u.start in taken:
            continue
        # a plain word not read otherwise, or a state name read as no state here ("Nga")
        if (u.kind != "W" or i in used) and not a.ambiguous_state(i):
            continue
        if _bare_speaker(a, i):  # "Nga cho biết", "..., Hùng nói"
            out.append(Mention(u.start, u.end, "PER", "person", u.text, weak=True))
            used.add(i)
            continue
        if u.kind != "W" or i == 0:
            continue
        r = i - 1
        p = units[r]
        if p.kind == "E" and p.entry is not None and p.entry.type in ("ORG", "GPE") and r > 0:
            r -= 1  # "Chủ tịch Quốc hội Mẫn"
        if units[r].kind != "R" or not all(a.tight(units[x], units[x + 1]) for x in range(r, i)):
            continue
        nw = a.word(i + 1)
        if a.name_word(i + 1) or (
            nw is not None
            and nw.text == nw.low
            and f"{u.text.lower()} {nw.low}" in common_words()
            and (not a.name_tokens or any(t[:2] == (u.start, nw.end) for t in a.name_tokens))
        ):
            continue  # a longer name, or a word the segmenter kept ("Thủ tướng Chính phủ")
        role = units[r].hit.role  # type: ignore[union-attr]
        out.append(
            Mention(u.start, u.end, "PER", "person", u.text, role=role.role if role else None,
                    weak=True)
        )  # fmt: skip
        used.add(i)


def _bare_speaker(a: Analysis, i: int) -> bool:
    """A lone given name opening a clause and followed by a verb of saying ("Hùng cho biết")."""
    units = a.units
    if i + 1 >= len(units) or a.gap(units[i], units[i + 1]) != " ":
        return False
    if not (a.low_units(i + 1, 1) in REPORT_VERBS or a.low_units(i + 1, 2) in REPORT_VERBS):
        return False
    before = a.text[: units[i].start].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?:,;\n…"


def to_entities(mentions: list[Mention], text: str) -> list[Entity]:
    """Entities of linked mentions, in text order."""
    return [
        Entity(
            text=text[m.start : m.end],
            type=m.type,
            start=m.start,
            end=m.end,
            id=m.id,
            name=m.name,
            code=m.code,
            country=m.country,
            role=m.role,
            kind=m.kind,
        )  # fmt: skip
        for m in sorted(mentions, key=lambda m: (m.start, -m.end))
    ]


def person_id(name: str) -> str:
    """The id of a person not in the knowledge base: ``PER:`` and the slug of the name."""
    return f"PER:{slug(name)}"

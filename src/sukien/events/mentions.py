"""Who can take part in an event, found in one sentence: actor mentions, noun phrases, lists.

A *mention* is an entity that can be coded at state / organisation level (a state, an
international organisation, a person resolved to their country or organisation, a capital used
for its government) or a place (kept for locations and for visits to it), or a reference to a
dyad ("hai bên"). Adjacent mentions in apposition ("Tổng thống Nga Vladimir Putin") form one
*phrase*; phrases joined by "và", commas closed by "và", "cùng" or a hyphen ("Nga-ASEAN") form a
*group* ("lãnh đạo Lào, Thái Lan, Campuchia và Việt Nam"). Offsets here are sentence-relative.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from sukien.document import Entity

PLACE_KINDS = frozenset(
    {"city", "region", "province", "place", "territory", "continent", "area", "loc"}
)
# organisations that act for their country at state level (GDELT's Actor1CountryCode)
STATE_LEVEL_KINDS = frozenset({"company", "party", "government-body"})
# lower-case words allowed between two mentions of one phrase (titles are capitalised anyway)
_APPOSITION_WORDS = frozenset(
    [
        "của",
        "nhà",
        "vua",
        "ông",
        "bà",
        "ngài",
        "lãnh",
        "đạo",
        "người",
        "phát",
        "ngôn",
        "viên",
        "đại",
        "sứ",
        "diện",
        "biểu",
        "nước",
        "phía",
        "chính",
        "phủ",
        "quân",
        "đội",
        "bộ",
        "trưởng",
        "tổng",
        "thống",
        "thủ",
        "tướng",
        "chủ",
        "tịch",
        "ngoại",
        "giao",
        "thư",
        "ký",
        "cố",
        "cựu",
        "tân",
    ]
)
# words a list may carry before its next member ("và người đồng cấp", ", Thủ tướng")
_LIST_WORDS = _APPOSITION_WORDS | frozenset(
    # "Mỹ và khối EU", "Israel và lực lượng Hamas", "Nga và chính quyền Syria"
    ["các", "những", "cấp", "đồng", "lãnh", "đạo", "kiêm", "khối", "liên", "minh", "tổ", "chức"]
    + ["nhóm", "lực", "lượng", "phong", "trào", "phiến", "quyền", "giới"]
    # "Yemen và chính phủ miền Đông Libya" (wave 11): a government, of a region of the state
    + ["phủ", "miền"]
)


@cache
def titles() -> dict[str, str]:
    """Vietnamese role titles (``data/kb/roles.tsv``) -> English role, longest first."""
    try:
        path = resources.files("sukien.data") / "kb" / "roles.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    pairs = [(r[0].strip(), r[1].strip()) for r in rows if len(r) >= 2]
    return dict(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def state_titles() -> dict[str, str]:
    """Lower-case role titles only one state uses (``data/kb/roles.tsv``'s fourth column) ->
    that state ("tổng bí thư" -> VNM): a holder named bare in its press is that state's."""
    try:
        path = resources.files("sukien.data") / "kb" / "roles.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return {r[0].strip().lower(): r[3].strip() for r in rows if len(r) >= 4 and r[3].strip()}


@cache
def _title_re() -> re.Pattern[str] | None:
    t = titles()
    if not t:
        return None
    body = "|".join(re.escape(k) for k in t)
    # a title not followed by a name: "Thủ tướng đề nghị …" (the next word is lower-case)
    return re.compile(rf"(?<!\w)({body})(?=\s+[{VI_LOWER}])")


@cache
def title_words() -> frozenset[str]:
    """Lower-case syllables of the role titles in ``data/kb/roles.tsv`` ("Bộ trưởng Quốc phòng")."""
    try:
        path = resources.files("sukien.data") / "kb" / "roles.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    out: set[str] = set()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            out.update(w.lower() for w in re.findall(r"\w+", line.split("\t")[0]))
    return frozenset(out)


def _title_goes_on(title: str, word: str) -> bool:
    """Does ``word`` after a bare ``title`` carry on a longer title ("Phó Thủ tướng kiêm …",
    "Bộ trưởng quốc phòng", "Ngoại trưởng nước này"), not open the verb ("Chủ tịch nước hội
    kiến …", "Thủ tướng phát biểu …": title syllables that start a verb, wave 19)?"""
    if word in ("kiêm", "thứ", "lâm", "nước"):
        return True
    if word not in title_words():
        return False
    longer = f"{title} {word}".lower()
    return any(t.lower().startswith(longer) for t in titles())


# lower-case Vietnamese letters (a range like à-ỹ would take in capitals such as Đ)
VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VI_UPPER = VI_LOWER.upper()
# "Ông cũng gặp …" (a person named before), "nước này" (a state named before)
_PRONOUN = re.compile(
    # not "đàn ông" (men), "cụ bà", "ông bà" (grandparents), "bà con" (people), "ông nội"
    rf"(?<!\w)(?<![Đđ]àn )(?<![Cc]ụ )((?:[Ôô]ng|[Bb]à)"
    rf"(?=\s+(?!(?:bà|ông|con|nội|ngoại|cha|mẹ|cháu|già|lão)(?!\w))[{VI_LOWER}])"
    r"|[Nn]ước này|[Qq]uốc gia này|[Nn]hà lãnh đạo này|[Pp]hía này|[Nn]gười này"
    # a state described by where it lies or what it is: "quốc gia Đông Nam Á này", "quốc đảo
    # này", "vương quốc này" (not "các quốc gia châu Âu này": a list, ``_LIST_PRONOUN``)
    r"|(?<![Cc]ác )(?<![Nn]hững )(?:[Qq]uốc gia|[Đđ]ất nước)"
    rf"(?:\s+(?:[{_VI_UPPER}]\w*|vùng|khu vực|châu)){{1,4}}\s+này"
    r"|[Qq]uốc đảo này|[Đđ]ảo quốc này|[Vv]ương quốc này|[Tt]iểu vương quốc này"
    # "nước chủ nhà", "nước sở tại" (the host) alone: the other side of the talks just held
    rf"|[Nn]ước (?:chủ nhà|sở tại)(?!\s+[{_VI_UPPER}])"
    # "nước láng giềng" (the neighbour) alone: a state named before, not this sentence's
    r"|(?<![Cc]ác )(?<![Nn]hững )(?<![Hh]ai )[Nn]ước láng giềng"
    rf"(?!\s+(?:[{_VI_UPPER}]|của|này|khác|phía))"
    r"|[Tt]ổ chức(?:\s+[A-ZĐ]\w*)*\s+này|[Kk]hối này|[Cc]ơ quan này"
    # "liên minh (quân sự) này", "khối quân sự này", "tổ chức khu vực này": the bloc named before
    r"|(?:[Ll]iên minh|[Kk]hối|[Tt]ổ chức)(?:\s+(?:quân sự|phòng thủ|kinh tế|khu vực|"
    r"xuyên Đại Tây Dương|liên chính phủ))?\s+này"
    # "họ" (they): a state or group that was the subject just before; not "họ tên" (full
    # name), "họ hàng" (kin), "dòng họ" (clan), "họ Nguyễn" (the surname)
    r"|(?<![Dd]òng )(?<![Mm]ang )(?<![Cc]ùng )(?<![Tt]ên )[Hh]ọ(?!\s+(?:tên|hàng|và tên|[A-ZĐ])))"
    r"(?!\w)"
)
# a list named before: "ba nước này", "các nước này", "những quốc gia này" (not "hai": a dyad),
# also with where they lie or what they are: "ba nước châu Âu này", "các nước Âu Châu này",
# "những quốc gia vùng Vịnh này", "các nước thành viên này"
_LIST_PRONOUN = re.compile(
    r"(?<!\w)(?:[Cc]ác|[Nn]hững|[Bb]a|[Bb]ốn|[Nn]ăm|[Cc]ả ba)\s+(?:nước|quốc gia)"
    r"(?:\s+(?:châu|phương|vùng|khu vực|láng giềng|đồng minh|thành viên|[A-ZĐÂÁÀẢÃẠ]\w*)){0,3}"
    r"\s+này(?!\w)"
)
_CONNECTOR = re.compile(r"^\s*(?:,\s*)?(và|cùng với|cùng|hoặc|cũng như|lẫn|-|–|,)\s*", re.I)
# first person inside a quotation: the speaker (resolved by the coder)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:[Cc]húng tôi|[Tt]ôi)(?!\w)")
_QUOTE = re.compile(r"[\"“”]")
# an armed group or a bloc named before: "lực lượng này", "nhóm này", "gói trừng phạt của khối"
# a statement opening the sentence as the subject of what it says ("Tuyên bố chung cũng kêu gọi
# X …"): its issuer named before (resolved by the coder); not "Tuyên bố của X", "Tuyên bố được …"
_STATEMENT = re.compile(
    r"^[\s\"“]*((?:[Bb]ản\s+)?(?:[Tt]uyên bố|[Tt]hông cáo)(?:\s+chung)?(?:\s+(?:này|trên))?)"
    rf"(?=\s+(?!(?:của|được|bị|giữa|là|về|do|này|trên|chung)(?!\w))[{VI_LOWER}])"
)
_GROUP_PRONOUN = re.compile(
    r"(?<!\w)(?:(?:[Ll]ực lượng|[Nn]hóm|[Pp]hong trào|[Pp]hiến quân|[Dd]ân quân)"
    r"(?:\s+(?:vũ trang|phiến quân|chiến binh|Hồi giáo))?\s+này"
    r"|(?<=[Cc]ủa )khối(?=\s*(?:[,.;:)]|$|\s(?:đối với|nhằm vào|với|chống|về|trong|tại|ở|là|"
    r"đã|sẽ|đang|cũng|vừa|nhằm|dành|từ)(?!\w)))"
    r"|^Khối(?=\s+(?:đã|sẽ|cũng|vừa|đang)(?!\w)))(?!\w)"
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, the quote marks included; an unclosed one
    runs to the end."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    spans = [(marks[k], marks[k + 1] + 1) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        spans.append((marks[-1], len(text)))
    return spans


def default_actor_code(ent: Entity) -> str | None:
    """State / organisation code of an entity: ``sukien.entities.kb.actor_code`` if present."""
    try:
        from sukien.entities.kb import actor_code
    except ImportError:
        actor_code = None
    if ent.kind == "media":
        return None
    if ent.type == "ORG" and ent.kind in STATE_LEVEL_KINDS and ent.country:
        return ent.country
    if ent.type == "LOC" and (ent.kind == "capital" or ent.code):
        return ent.code or ent.country  # "Bình Nhưỡng nhập…": the capital stands for its government
    if actor_code is not None:
        return actor_code(ent)
    if ent.kind == "media":
        return None
    if ent.type == "PER":
        return ent.country
    return ent.code or ent.country


@dataclass(slots=True)
class Mention:
    """One participant candidate; ``kind`` is actor, place or dyad."""

    start: int
    end: int
    kind: str
    code: str | None = None
    name: str | None = None
    role: str | None = None
    entity_id: str | None = None
    etype: str | None = None


@dataclass(slots=True)
class Phrase:
    """Mentions in apposition, standing for one participant."""

    mentions: list[Mention]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def kind(self) -> str:
        kinds = {m.kind for m in self.mentions}
        if "dyad" in kinds:
            return "dyad"
        return "actor" if kinds & {"actor", "pronoun"} else "place"

    @property
    def code(self) -> str | None:
        for want in ("actor", "pronoun", "place"):
            for m in self.mentions:
                if m.kind == want and m.code:
                    return m.code
        return None

    @property
    def person(self) -> Mention | None:
        return next((m for m in self.mentions if m.etype == "PER"), None)

    @property
    def head(self) -> Mention:
        p = self.person
        if p is not None:
            return p
        return next((m for m in self.mentions if m.kind == "actor" and m.code), self.mentions[0])


@dataclass(slots=True)
class Group:
    """Coordinated phrases ("A, B và C")."""

    phrases: list[Phrase] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.phrases[0].start

    @property
    def end(self) -> int:
        return self.phrases[-1].end

    @property
    def is_dyad_ref(self) -> bool:
        return any(p.kind == "dyad" for p in self.phrases)

    @property
    def is_place(self) -> bool:
        return all(p.kind == "place" for p in self.phrases)


def sentence_mentions(
    entities: list[Entity],
    sent_start: int,
    sent_text: str,
    low: str,
    reference_re: re.Pattern[str],
    actor_code: Callable[[Entity], str | None] = default_actor_code,
    quotes: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Mentions of one sentence (entities inside it plus "hai bên"-style references);
    ``quotes``: its quoted spans when a quotation runs over several sentences."""
    out: list[Mention] = []
    n = len(sent_text)
    for e in entities:
        s, t = e.start - sent_start, e.end - sent_start
        if s < 0 or t > n or e.kind == "media":
            continue
        code = actor_code(e)
        kind = (e.kind or "").lower()
        if e.type == "GPE" and _pro_modifier(sent_text, s):
            continue  # "nhóm dân quân thân Iran": Iran qualifies the group, it is no party
        seat = e.type == "LOC" and (kind == "capital" or bool(e.code))  # Tel Aviv: ISR
        if not seat and (kind in PLACE_KINDS or e.type == "LOC"):
            mkind = "place"
            code = code or e.country
        elif code:
            mkind = "actor"
        else:
            continue
        out.append(Mention(s, t, mkind, code, e.name or e.text, e.role, e.id, e.type))
    for m in reference_re.finditer(low):
        if _PEOPLE_OF.search(low, 0, m.start()):
            continue  # "người dân hai nước hoan nghênh …": people of the two states, not they
        out.append(Mention(m.start(), m.end(), "dyad", None, m.group()))
    tre = _title_re()
    for m in tre.finditer(sent_text) if tre else ():
        if m.start() > 0 and sent_text[m.start() - 1 : m.start()] not in (" ", '"', "“", "("):
            continue
        if re.match(r"(?:\s+\w+){0,3}\s+của(?!\w)", sent_text[m.end() : m.end() + 30]):
            continue  # "Đặc phái viên khí hậu của Mỹ John Kerry": not a bare title
        nxt = re.match(r"\s+(\w+)", sent_text[m.end() :])
        if nxt and _title_goes_on(m.group(), nxt.group(1)):
            continue  # "Phó Thủ tướng kiêm Bộ trưởng Quốc phòng Australia"
        chain = re.match(r",\s+", sent_text[m.end() :])
        t2 = tre.match(sent_text, m.end() + chain.end()) if chain else None
        named = t2 and re.match(r"\s+(?:nước\s+)?(\w)", sent_text[t2.end() :])
        if named and named.group(1).isupper():
            continue  # "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình": one holder's titles
        # "Thủ tướng đề nghị …": the person last named with that title (resolved by the coder)
        out.append(
            Mention(
                m.start(), m.end(), "pronoun", None, m.group(), titles()[m.group()], None, "PER"
            )
        )
    for m in _PRONOUN.finditer(sent_text):
        # resolved by the coder from the sentences before (kind "pronoun" until then)
        low = m.group(1).lower()
        etype = "PER" if low in ("ông", "bà", "người này") else "GPE"
        if low == "họ":
            etype = "THEY"  # a state or group, never a person (resolved by the coder)
        if low.startswith(("tổ chức", "liên minh", "khối")):
            etype = "ORG"  # "tổ chức này", "liên minh này": the organisation named before
        if low.startswith("cơ quan"):
            etype = "BODY"  # "cơ quan này": the organisation or state body named before
        if low in ("nước chủ nhà", "nước sở tại"):
            etype = "HOST"  # the side of the last talks that is not this sentence's party
        if low == "nước láng giềng":
            etype = "NEIGHBOUR"  # a state of the sentences before (resolved by the coder)
        out.append(Mention(m.start(), m.end(), "pronoun", None, m.group(), etype=etype))
    quotes = quote_spans(sent_text) if quotes is None else quotes
    for m in _FIRST_PERSON.finditer(sent_text):
        if any(a < m.start() < b for a, b in quotes):
            out.append(Mention(m.start(), m.end(), "pronoun", None, m.group(), etype="SPEAKER"))
    for m in _LIST_PRONOUN.finditer(sent_text):
        # "ba nước này", "các nước này": the states listed just before (resolved by the coder)
        out.append(Mention(m.start(), m.end(), "pronoun", None, m.group(), etype="LIST"))
    st = _STATEMENT.match(sent_text)
    if st:
        out.append(Mention(st.start(1), st.end(1), "pronoun", None, st.group(1), etype="ISSUER"))
    for m in _GROUP_PRONOUN.finditer(sent_text):
        # "lực lượng này", "nhóm này": the armed group named before; "của khối": the bloc
        etype = "BLOC" if m.group().lower() == "khối" else "GROUP"
        out.append(Mention(m.start(), m.end(), "pronoun", None, m.group(), etype=etype))
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    # "hai nhà lãnh đạo Nga": two Russian leaders, not the two sides; "hai nước trung gian Qatar
    # và Ai Cập": the two named, described
    out = [
        m
        for k, m in enumerate(out)
        if m.kind != "dyad"
        or not any(
            o.kind != "dyad"
            and (
                0 <= o.start - m.end <= 1
                or (o.start > m.end and _DESCRIBED_PAIR.fullmatch(sent_text[m.end : o.start]))
            )
            for o in out[k + 1 : k + 3]
        )
    ]
    kept: list[Mention] = []
    for m in out:  # nested mentions: keep the outer one
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


# "thân" (pro-) right before a state names a camp ("phe thân Nga", "lực lượng thân Iran"), not
# the state; "bản thân Nga" (Russia itself) is the state
_PRO = re.compile(r"(?<!\w)(?<!bản )thân\s+$", re.IGNORECASE)


def _pro_modifier(sent_text: str, start: int) -> bool:
    """A state named as what a group leans to: "thân" right before it ("dân quân thân Iran")."""
    return bool(_PRO.search(sent_text[max(0, start - 12) : start]))


# what may stand between "hai nước" and the two it names: nothing, or a descriptor
_DESCRIBED_PAIR = re.compile(
    r"\s+(?:trung gian|láng giềng|đồng minh|bảo trợ|thành viên|chủ nhà|đối tác|lớn|"
    r"trung gian hòa giải|hòa giải)\s+"
)


def _gap_words(gap: str) -> list[str]:
    return re.findall(r"\w+", gap)


# one-word titles ("Vua", "Tướng") may stand alone between two names
_ONE_WORD = frozenset({"vua", "tướng"})


def _apposition(gap: str) -> bool:
    if re.search(r"[,;:.!?\"“”\-–]", gap) or len(_gap_words(gap)) > 5:
        return False
    words = _gap_words(gap)
    if len(words) == 1 and words[0].islower() and words[0] not in _APPOSITION_WORDS | _ONE_WORD:
        return False  # "Mỹ tố Trung Quốc": a lone syllable of a title ("Công tố") is a verb
    ok = _APPOSITION_WORDS | title_words()
    return all(w[0].isupper() or w.lower() in ok for w in words)


@cache
def _international(code: str | None) -> bool:
    """Is ``code`` an organisation of several states (NATO, EU), never one state's body?"""
    from sukien.entities.kb import by_code  # the knowledge base, loaded on first use

    entry = by_code(code) if code else None
    return entry is not None and entry.kind == "organisation" and not entry.country


def phrases(mentions: list[Mention], text: str) -> list[Phrase]:
    """Merge mentions in apposition into phrases."""
    out: list[Phrase] = []
    for m in mentions:
        if out and m.kind != "dyad" and out[-1].kind != "dyad":
            gap = text[out[-1].end : m.start]
            last = out[-1].mentions[-1]
            owned = re.match(r"\s*của(?!\w)", gap) is not None
            if (
                owned
                and (last.etype in ("GPE", "LOC") or _international(last.code))
                and m.code
                and last.code
                and m.code != last.code
            ):
                # "chuyến thăm Việt Nam (Hiroshima) của Tổng thống Mỹ", "đơn xin gia nhập NATO
                # của Thụy Điển": two parties
                pass
            elif _apposition(gap) and not _framed_place_then_actor(out[-1], m, text):
                out[-1].mentions.append(m)
                continue
        out.append(Phrase([m]))
    return out


def _framed_place_then_actor(prev: Phrase, m: Mention, text: str) -> bool:
    """ "Hôm nay tại Sochi Tổng thống Nga …": a place framed by "tại/ở" ends before the title
    of the actor after it (no comma between), never in apposition with it."""
    return (
        all(x.etype == "LOC" for x in prev.mentions)
        and m.etype in ("GPE", "PER", "ORG")
        and not re.match(r"\s*(?:của|thuộc)(?!\w)", text[prev.end : m.start])  # "Kazan của Nga"
        and _PLACE_FRAME.search(text[max(0, prev.start - 20) : prev.start]) is not None
    )


# "Tập đoàn chế tạo máy bay", "hãng hàng không giá rẻ": what a company may be described as
_ORG_DESCRIPTOR = re.compile(
    rf"\s*(?:[Tt]ập đoàn|[Cc]ông ty|[Tt]ổng công ty|[Hh]ãng|[Nn]gân hàng)"
    rf"(?:\s+[{VI_LOWER}]+){{0,5}}\s*"
)


# what announces a list of states, commas and all: "các nước Mỹ, Nhật, Hàn", a region or bloc
# between ("ba nước châu Âu Anh, Pháp, Đức", "các nước thành viên EU Đức, Pháp")
_NAMED_LIST = re.compile(
    r"(?<!\w)(?:các|những|ba|bốn|năm|\d+)\s+(?:nước|quốc gia)"
    r"(?:\s+(?:thành viên|láng giềng|lớn))?"
    r"(?:\s+(?:châu\s+(?:âu|á|phi|mỹ|đại dương)|phương\s+tây|vùng\s+vịnh|ả\s+rập|arab|"
    r"đông\s+nam\s+á|trung\s+á|bắc\s+âu|baltic|mỹ\s+latinh|g7|g20|nato|eu|asean|brics))?"
    r"\s*$",
    re.I,
)
# a list closed by others of its kind or opened by "cả": "(cả) A, B cùng các nước khác"
_OPEN_LIST = re.compile(r"(?<!\w)cả\s*$", re.I)
# people of the two states (wave 8, supp): "người dân/doanh nghiệp/du khách hai nước"
_PEOPLE_OF = re.compile(
    r"(?<!\w)(?:người dân|công dân|doanh nghiệp|du khách|chuyên gia|sinh viên|nhà đầu tư)"
    r"\s+(?:của\s+)?$"
)
# examples of a kind of state (wave 8, supp): "nhiều nước Nam Mỹ như A, B, C,... ủng hộ …"
_EXAMPLE_LIST = re.compile(
    r"(?<!\w)(?:nước|quốc gia|đối tác|đồng minh)(?:\s+[^\s,;.]+){0,3}\s+như\s*$", re.I
)
# members enumerated after "gồm" (wave 11): a comma run introduced by "(bao) gồm (có)" or by a
# counted group and "là" ("các bên còn lại, gồm A, B, C", "năm nước là A, B, C") or opening the
# sentence with "Đó là" / "Họ là" (the members of a group just counted) is a list
_ENUMERATED_LIST = re.compile(
    r"(?:(?<!\w)(?:(?:bao\s+)?gồm(?:\s+có)?|(?:nước|quốc gia|thành viên|bên|đối tác)\s+là)"
    r"|^\W*(?:đó|họ)\s+là)\s*:?\s*$",
    re.I,
)
# the verb before a list of those it addresses or charges ("kêu gọi A, B, C tôn trọng …"),
# the "và" dropped as in a headline
_ADDRESSED_LIST = re.compile(
    r"(?<!\w)(?:kêu gọi|yêu cầu|hối thúc|thúc giục|đề nghị|chỉ trích|cáo buộc|lên án|"
    r"cảnh báo|trừng phạt)\s*$",
    re.I,
)
_CLOSED_LIST = re.compile(
    r"^\s*,?\s*(?:và|cùng|cùng với)\s+(?:các|những|nhiều)\s+(?:nước|quốc gia|đối tác|đồng minh)"
    r"(?!\w)",
    re.I,
)


_UNNAMED_BEFORE = re.compile(
    r"^\s*(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][\w'-]*\s+){1,4}(?=(?:và|cùng với)\s)"
)


def _list_gap(gap: str) -> str | None:
    """The connector if ``gap`` joins two list members, else None."""
    # "Liên minh châu Âu (EU) và Iran": the short form in brackets belongs to the first
    gap = re.sub(r"^\s*(?:\([^()]{1,20})?\)", "", gap)
    # "người đồng cấp Nhật Bản Takeo Mori và …": a name the gazetteer missed, then the connector
    gap = _UNNAMED_BEFORE.sub(" ", gap, count=1)
    m = _CONNECTOR.match(gap)
    if not m:
        return None
    rest = gap[m.end() :]
    if re.search(r"[;:.!?\"“”()]", rest) or len(_gap_words(rest)) > 8:
        return None
    if m.group(1) in ("-", "–") and _gap_words(rest):
        return None  # "Việt Nam - thành viên của ASEAN": an apposition, not "Nga-ASEAN"
    ok = _LIST_WORDS | title_words()
    if all(w[0].isupper() or w.lower() in ok for w in _gap_words(rest)):
        return m.group(1).lower()
    if m.group(1).lower() == "và" and _ORG_DESCRIPTOR.fullmatch(rest):
        return "và"  # "A và Tập đoàn chế tạo máy bay B": a described organisation
    return None


# a place a clause is framed by: "Tại Bắc Kinh, …", "Phát biểu ở Hà Nội, …"
_PLACE_FRAME = re.compile(r"(?<!\w)(?:tại|ở)(?:\s+(?:thủ đô|thành phố|thị trấn|tỉnh))?\s*$", re.I)


def _framed_place(g: Group, text: str, nxt: int) -> bool:
    """Is the one-member ``g`` a place after "tại/ở" that a comma ends, the next phrase a titled
    person ("tại Bắc Kinh, Chủ tịch A và …")? A list of places after "tại" has no titles."""
    if len(g.phrases) != 1:
        return False
    gap = text[g.end : nxt]
    if not re.match(r"\s*,", gap) or not _gap_words(gap):
        return False
    return bool(_PLACE_FRAME.search(text[max(0, g.start - 20) : g.start]))


# a source a clause is framed by: "Theo (thông cáo của) Nhà Trắng, …" (wave 18)
_SOURCE_FRAME = re.compile(r"(?:^|[.!?…]\s+)\W*theo(?:\s+[^\s,.;:!?]+){0,5}\s+$", re.I)


def _framed_source(g: Group, text: str, nxt: int) -> bool:
    """Is the one-member ``g`` the source after a sentence-opening "Theo …" that a comma ends
    ("Theo thông cáo của Nhà Trắng, Mỹ và Nhật Bản …"): the clause's subject comes after it."""
    if len(g.phrases) != 1 or not re.match(r"\s*,", text[g.end : nxt]):
        return False
    return bool(_SOURCE_FRAME.search(text[max(0, g.start - 60) : g.start]))


_DATE_LEAD = re.compile(r"^\s*(?:[Nn]gày|[Hh]ôm)\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s*,\s*")


def _opening_pair(g: Group, text: str) -> bool:
    """Two parties opening a sentence with a comma between them, then the verb: the headline
    style "Ấn Độ, Pakistan đấu súng …", "Ngoại trưởng Mỹ, Trung Quốc hội đàm …"."""
    if len(g.phrases) != 2 or any(p.kind != "actor" for p in g.phrases):
        return False
    lead = re.findall(r"\w+", _DATE_LEAD.sub("", text[: g.start], count=1))
    if any(w.lower() not in title_words() | _LIST_WORDS for w in lead):
        return False
    return bool(re.match(rf"\s+[{VI_LOWER}]", text[g.end :]))


def groups(phr: list[Phrase], text: str) -> list[Group]:
    """Coordinate phrases into lists; a run of commas with no "và" is not a list."""
    out: list[Group] = []
    joints: list[list[str]] = []
    for p in phr:
        if out and p.kind != "dyad" and not out[-1].is_dyad_ref:
            conn = _list_gap(text[out[-1].end : p.start])
            if conn == "," and _framed_place(out[-1], text, p.start):
                conn = None  # "Tại Bắc Kinh, Chủ tịch A và Tổng thống B …": the place frames
            if conn == "," and _framed_source(out[-1], text, p.start):
                conn = None  # "Theo Nhà Trắng, Mỹ và Nhật Bản …": the source frames (wave 18)
            if conn == "," and "và" in joints[-1]:
                conn = None  # "giữa A và B, C …": "và" closed the list, C opens a clause
            if conn == "," and _NAMED_LIST.search(text[out[-1].end : p.start]):
                conn = None  # "… Việt Nam, lãnh đạo các nước A, B …": a new list opens
            if conn is not None:
                out[-1].phrases.append(p)
                joints[-1].append(conn)
                continue
        out.append(Group([p]))
        joints.append([])
    final: list[Group] = []
    for g, j in zip(out, joints, strict=True):
        if _dash_pair_and_comma(j):
            final.extend(_split_at_commas(g, j))
            continue
        named = (  # "các nước Mỹ, Nhật, Hàn", "cả A, B cùng các nước khác": a list
            _NAMED_LIST.search(text[: g.start])
            or _OPEN_LIST.search(text[: g.start])
            or _EXAMPLE_LIST.search(text[: g.start])
            or _ENUMERATED_LIST.search(text[: g.start])
            or _CLOSED_LIST.match(text[g.end :])
            # three or more actors opening the sentence, a verb after them (a headline's
            # "Na Uy, Tây Ban Nha, Ireland công nhận …" drops the "và"), or right after a verb
            # that addresses them ("kêu gọi Kosovo, Mỹ, EU tôn trọng …")
            or (
                len(g.phrases) >= 3
                and (
                    not text[: g.start].strip(" \"“”'")
                    or _ADDRESSED_LIST.search(text[max(0, g.start - 20) : g.start]) is not None
                )
                and all(p.kind == "actor" for p in g.phrases)
                and re.match(rf"\s+[{VI_LOWER}]", text[g.end :]) is not None
            )
            or _final_object_list(g, text)
        )
        if j and all(c == "," for c in j) and not named and not _opening_pair(g, text):
            final.extend(Group([p]) for p in g.phrases)
        else:
            final.append(g)
    return final


def _final_object_list(g: Group, text: str) -> bool:
    """Three or more named parties after a lower-case word (a verb or its noun) that end the
    sentence: the object list of a headline that drops the "và" ("Iran triệu đại sứ Anh, Pháp,
    Đức", "Ấn Độ viện trợ Sri Lanka, Maldives, Nepal"), wave 19 (i)."""
    return (
        len(g.phrases) >= 3
        and all(p.kind == "actor" and p.code for p in g.phrases)
        and re.search(rf"(?<!\w)[{VI_LOWER}]+\s+$", text[: g.start]) is not None
        and re.fullmatch(r"[\s.!?…\"”']*", text[g.end :]) is not None
    )


def _dash_pair_and_comma(joints: list[str]) -> bool:
    """Does a list join a dash pair and a comma ("thượng đỉnh Nga-Triều, Hàn Quốc …")?"""
    return any(c in ("-", "–") for c in joints) and "," in joints


def _split_at_commas(g: Group, joints: list[str]) -> list[Group]:
    """A dash pair ("Nga-Triều", "Việt - Lào") names the two sides of one relation and is closed:
    a comma after it opens another phrase (the next clause's subject, or a second pair in
    "quan hệ Việt - Lào, Việt - Campuchia"), never a third member of the pair."""
    parts: list[Group] = [Group([g.phrases[0]])]
    for p, c in zip(g.phrases[1:], joints, strict=True):
        if c == ",":
            parts.append(Group([p]))
        else:
            parts[-1].phrases.append(p)
    return parts

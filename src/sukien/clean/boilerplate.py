"""Line rules: what in an article body is not the article, and what is metadata.

Works on paragraphs (lines) of NFC, tone-normalised text. Every removal is recorded with a
reason. Rules are general (patterns in ``sukien/data/clean``, shapes of captions and credits);
when in doubt a line is kept: dropping an article sentence is as wrong as keeping boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sukien.clean.dateline import split_dateline
from sukien.clean.dates import text_date
from sukien.clean.patterns import is_outlet, mentions_outlet, rules

# "<repeated title> ảnh 1<caption>": a photo caption glued to the text (Vietnam+ / TTXVN pages)
_ANH_N = re.compile(r"(?:^|\s)ảnh\s?\d{1,2}(?=[^\s\d.,;:]|$)")
_SENT_BREAK = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9])")
_RELATED_BRACKET = re.compile(r"\[[^\[\]]{8,250}\]\.?")
_RELATED_ARROW = re.compile(r"(?:>>+|»|=>|→|▶|►)\s*\S.{8,250}")
_RELATED_SEE = re.compile(
    r"(?:>>+\s*)?(?:(?:xem|đọc)\s+(?:thêm|tiếp|chi\s+tiết)|(?:tin|bài(?:\s+viết)?)\s+liên\s+quan)"
    r"\s*(?::|>>|»)\s*\S.{5,250}",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"(?:(?:tin|bài|video|clip)(?:\s*(?:,|và|-|/)\s*(?:ảnh|video|clip))*|ảnh|thực\s+hiện|nhóm\s+pv)"
    r"\s*:\s*([^.!?]{2,60})",
    re.IGNORECASE,
)
_BARE_CREDIT_END = re.compile(
    r"(?:^|(?<=[.!?…)\"”])\s|\s*(?:[-–—|]|/{1,3})\s*)"
    r"(?:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|đồ\s+họa|video)\s*:\s*"
    r"[^.:!?()]{1,50}\.?$",
    re.IGNORECASE,
)
_PAREN_ONLY = re.compile(r"\(\s*([^()]{1,60}?)\s*\)\.?")
_THEO_LINE = re.compile(r"(?:theo|nguồn)\s*:?\s+(.{1,60}?)\.?", re.IGNORECASE)
_BYLINE_THEO = re.compile(
    r"(.{2,60}?)\s*\(\s*((?:theo|nguồn:?|tổng\s+hợp)[^()]{0,60})\)\.?", re.IGNORECASE
)
_BYLINE_PAREN = re.compile(r"(.{2,60}?)\s*\(\s*([^()]{2,40})\)\.?")
_BYLINE_SLASH = re.compile(r"([^/()]{2,50}?)\s*/\s*([^/()]{2,40})")
_NAME_WORD = re.compile(r"[A-ZÀ-ỸĐ][^\s\d.,;:!?()]*")
_TRAILING_SIG = re.compile(r"(?<=[.!?…\"”])\s*\(\s*([^()]{2,50})\s*\)$")
_REPORTER = re.compile(
    r"(?:nhóm\s+)?(?:p\.?\s?v\.?|phóng\s+viên|ctv)(?:\s+tổng\s+hợp)?|tổng\s+hợp", re.IGNORECASE
)
_SECTION_LABEL = re.compile(r"[^\W\d_]+(?:[ />»|-]+[^\W\d_]+){0,2}")
_PUNCT_ONLY = re.compile(r"[\W_]*")
_END_MARK = re.compile(r"\.?\s*/\s*\.\s*$")

# "<caption> (Israel) AFP", "<caption> hôm 3/4 ẢNH: REUTERS": a credit with no brackets or dash
_AGENCY_END = re.compile(
    r"(?<=[\w)])\s+(?:(?:ảnh|nguồn\s+ảnh|nguồn|photo)\s*:\s*)?([^\s:.!?()][^:.!?()]{0,40}?)\.?$",
    re.IGNORECASE,
)
_NOT_CREDIT_BEFORE = re.compile(
    r"(?:^|\s)(?:theo|của|nguồn|báo|tờ|kênh|đài|hãng|tin|thông\s+tấn|với|cho|và|cùng|từ|trên|"
    r"dẫn|lời|trả\s+lời|phỏng\s+vấn|nói\s+với|tới|đến|gửi|là|như|hay|hoặc|cả)$",
    re.IGNORECASE,
)
# "Nguồn VOV: <caption>", "Nguồn: VOV", "Nguồn VOV"
_SOURCE_LINE = re.compile(r"nguồn\s*:?\s*([^:]{2,40}?)\s*(?::\s*(.{0,160}?))?\.?", re.IGNORECASE)
# "<title> - 1": the photo's alt text repeating the headline
_TITLE_ALT = re.compile(r"(.{3,240}?)\s+[-–]\s+(?:(?:hình|ảnh)\s+)?\d{1,2}", re.IGNORECASE)
# "Ngọc Như |", "Lan Anh | 28/12/2025 14:30": a byline above the article
_TOP_BYLINE = re.compile(r"([^|/()\d]{2,40}?)\s*(?:[|–-]\s*(.{0,40}))?")
TOP_LINES = 6

_CAPTION_END = set('.!?…"”)')
MAX_CAPTION_WORDS = 35
TAIL_MIN_WORDS_BEFORE = 40


@dataclass
class Body:
    """The cleaned paragraphs and what was learnt on the way."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    source: str | None = None
    dateline: str | None = None
    date: str | None = None
    byline: str | None = None

    def drop(self, reason: str, text: str) -> None:
        if text.strip():
            self.removed.append({"reason": reason, "text": text.strip()})


def sentences(text: str) -> int:
    return len(_SENT_BREAK.findall(text.strip())) + 1


def caption_like(line: str) -> bool:
    """A short single-sentence line: the shape of a photo caption."""
    words = len(line.split())
    return 0 < words <= MAX_CAPTION_WORDS and sentences(line) == 1 and not line.endswith(":")


def short_caption(line: str) -> bool:
    """A caption-like line that cannot be a body sentence standing alone before a credit line."""
    return caption_like(line) and (len(line.split()) <= 25 or not re.search(r"[.!?…\"”]$", line))


def _illustration(credit: str) -> bool:
    """ "Ảnh minh họa: X" stands for a stock photo, which has no caption above it."""
    return "minh họa" in credit.casefold()


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s).strip().casefold()


def same_text(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _key(a) == _key(b)  # type: ignore[arg-type]


def headline_like(s: str) -> bool:
    return 0 < len(s.split()) <= 30 and not re.search(r"[.!…:]$", s.strip())


def is_photo_credit(credit: str) -> bool:
    """ "(Ảnh: AFP)" always; "(Nguồn: X)" only when X is a media outlet or agency."""
    inner = credit.strip("() .").strip()
    low = inner.casefold()
    if low.startswith("nguồn"):
        what = inner.split(":", 1)[-1].strip()
        return what.casefold().startswith("ảnh") or is_outlet(what) or mentions_outlet(what)
    return True


def _credit_at_end(s: str) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of a credit that ends the line (only its last 300 characters
    are searched, so a huge one-line input stays fast)."""
    off = max(0, len(s) - 300)
    tail = s[off:]
    last = None
    for m in rules().credit.finditer(tail):
        last = m
    if last is None or tail[last.end() :].strip(" ."):
        last = _BARE_CREDIT_END.search(tail)
    return (off + last.start(), off + last.end(), last.group()) if last else None


def _last_sentence_split(s: str) -> tuple[str, str]:
    cuts = [m.end() for m in _SENT_BREAK.finditer(s)]
    if not cuts:
        return "", s
    return s[: cuts[-1]].strip(), s[cuts[-1] :].strip()


class _Cleaner:
    def __init__(self, title: str | None) -> None:
        self.title = title
        self.body = Body()
        self.out: list[str] = []
        self.caption_next = False  # a bare "ảnh 1" marker: its caption is the next line

    # -- the related-news tail -------------------------------------------------------------
    def cut_tail(self, lines: list[str]) -> list[str]:
        """Drop related-news boxes: to the end, or up to where the article clearly resumes."""
        tails = rules().tails
        words = 0
        ended = False  # the article's end mark ("./.", a signature) came before
        i = 0
        while i < len(lines):
            line = lines[i]
            if line and tails.fullmatch(line.strip(" .:>»-*•·")):
                if words < TAIL_MIN_WORDS_BEFORE:
                    self.body.drop("related-heading", line)
                    lines = lines[:i] + [""] + lines[i + 1 :]
                    continue
                resume = None if ended else _article_resumes(lines, i + 1)
                if resume is None:
                    self.body.drop("related-tail", _joined(lines[i:]))
                    return lines[:i]
                self.body.drop("related-box", _joined(lines[i:resume]))
                lines = lines[:i] + lines[resume:]
                continue
            words += len(line.split())
            if _END_MARK.search(line[-12:]) or (
                (m := _PAREN_ONLY.fullmatch(line.strip())) and is_outlet(m[1])
            ):
                ended = True
            i += 1
        return lines

    # -- one line --------------------------------------------------------------------------
    def line(self, s: str) -> None:
        b = self.body
        if self.caption_next:
            self.caption_next = False
            if len(s.split()) <= 50 and sentences(s) <= 2 and not _body_like_long(s):
                b.drop("caption", s)
                return
        for reason, pat in rules().lines:
            if pat.fullmatch(s):
                if reason == "link" and is_outlet(_strip_theo(s.rstrip("."))):
                    break  # "Theo VOV.VN": a signature, read at the end
                if reason == "date-line":
                    b.date = b.date or text_date(s)
                if (
                    reason == "photo"
                    and ":" in s
                    and not _illustration(s)
                    and self.out
                    and short_caption(self.out[-1])
                ):
                    b.drop("caption", self.out.pop())
                b.drop(reason, s)
                return
        if self.noise_line(s):
            return
        if _RELATED_BRACKET.fullmatch(s) or _RELATED_SEE.fullmatch(s):
            b.drop("related-link", s)
            return
        if _RELATED_ARROW.fullmatch(s) and headline_like(s.lstrip(">»=→▶► ")):
            b.drop("related-link", s)
            return
        s = self.glued_caption(s)
        if not s:
            return
        s = self.leading_credit(s)
        if not s:
            return
        # "<caption> (Ảnh: X) <body…>" on one line: the caption part ends at the credit
        for m in rules().credit.finditer(s):
            head_end = s[: m.start()].rstrip()[-1:]
            if (
                head_end in _CAPTION_END
                and ":" in m.group()
                and s[m.end() :].strip()
                and is_photo_credit(m.group())
            ):
                head, tail = s[: m.end()], s[m.end() :].strip()
                kept = self.trailing_credit(head)
                if kept:
                    self.out.append(kept)
                s = tail
                break
        s = self.trailing_credit(s)
        for m in reversed(list(rules().credit.finditer(s))):  # "(ảnh)" inside a sentence
            if is_photo_credit(m.group()):
                b.drop("credit", m.group())
                s = (s[: m.start()].rstrip() + " " + s[m.end() :].lstrip()).strip()
        if s and not _PUNCT_ONLY.fullmatch(s):
            self.out.append(s)

    def noise_line(self, s: str) -> bool:
        """Credit and caption shapes without brackets or a dash (dropped, True): a caption
        ending in an agency ("… Tel Aviv (Israel) AFP", "… hôm 3/4 ẢNH: REUTERS"), a source
        line ("Nguồn VOV: <caption>", "Nguồn VOV"), the headline again as a photo's alt text
        ("<title> - 1")."""
        b = self.body
        m = _SOURCE_LINE.fullmatch(s)
        if m and is_outlet(m[1]) and (not m[2] or len(m[2].split()) <= 20):
            b.drop("credit", s)
            return True
        m = _TITLE_ALT.fullmatch(s)
        if m and same_text(m[1], self.title):
            b.drop("caption", s)
            return True
        m = _AGENCY_END.search(s[-60:])
        if not m or s.endswith((".", "!", "?", "…")) and ":" not in m.group():
            return False
        head = s[: len(s) - len(s[-60:]) + m.start()].rstrip()
        credit = m[1].strip()
        if not _credited_outlet(credit) or _NOT_CREDIT_BEFORE.search(head):
            return False
        if not head or not caption_like(head):
            return False
        b.drop("caption", head)
        b.drop("credit", s[len(head) :].strip())
        return True

    def top_byline(self) -> None:
        """A reporter's name above the article ("Ngọc Như |", "Lan Anh" twice, "Thành Đạt"
        before "(Dân trí) - …"): metadata, not text. Only before the first paragraph of
        running text, and only a name-like line."""
        for i, line in enumerate(self.out[:TOP_LINES]):
            if _body_like(line) or split_dateline(line) is not None:
                break
            credit = _CREDIT_LINE.fullmatch(line)  # "Bài và ảnh: Hoàng Minh"
            if credit and _name_like(credit[1].strip()):
                self.body.byline = self.body.byline or credit[1].strip()
                self.body.drop("signature", self.out.pop(i))
                return
            m = _TOP_BYLINE.fullmatch(line)
            if not m or not _name_like(m[1].strip()) or len(m[1].split()) < 2:
                continue
            rest = (m[2] or "").strip()
            if rest and text_date(rest) is None:
                continue  # "Việt Nam - Lào": a label, not "Lan Anh | 28/12/2025"
            nxt = self.out[i + 1] if i + 1 < len(self.out) else ""
            piped = "|" in line and (not rest or text_date(rest) is not None)
            before_body = _body_like(nxt) or split_dateline(nxt) is not None or nxt == line
            if not (piped or before_body) or same_text(line, self.title):
                continue
            self.body.byline = self.body.byline or m[1].strip()
            self.body.drop("signature", self.out.pop(i))
            if self.out[i : i + 1] == [line]:  # the name repeated on the next line
                self.body.drop("signature", self.out.pop(i))
            return

    def glued_caption(self, s: str) -> str:
        """ "<title> ảnh 1<caption> (Ảnh: X) <body…>": keep only what is article text."""
        m = _ANH_N.search(s)
        if not m:
            return s
        pre, post = s[: m.start()].strip(), s[m.end() :]
        if pre:
            if same_text(pre, self.title) or (self.title is None and headline_like(pre)):
                self.body.drop("caption", pre)
            else:
                self.out.append(pre)
        rest = ""
        for c in rules().credit.finditer(post):
            if post[c.end() :].strip():
                rest = post[c.end() :].strip()
                post = post[: c.end()]
                break
        self.body.drop("caption", m.group().strip() + post)
        if not post.strip():
            self.caption_next = True
        return rest

    def leading_credit(self, s: str) -> str:
        """ "(Nguồn: X) <text>": the credit closes the caption on the line before."""
        m = rules().credit.match(s)
        if not m or not is_photo_credit(m.group()):
            return s
        if self.out and caption_like(self.out[-1]) and not _illustration(m.group()):
            self.body.drop("caption", self.out.pop())
        self.body.drop("credit", m.group())
        return s[m.end() :].strip()

    def trailing_credit(self, s: str) -> str:
        """ "<caption>. (Ảnh: X)": the line is a caption (or ends with one)."""
        found = _credit_at_end(s)
        if not found or not is_photo_credit(found[2]):
            return s
        start, end, credit = found[0], found[1], found[2].strip()
        text = s[:start].strip()
        if ":" not in credit:  # "(ảnh)", "(Ảnh minh họa)": a pointer, not a caption's credit
            self.body.drop("credit", credit)
            return (text + " " + s[end:].strip()).strip()
        photo = not credit.strip("( ").casefold().startswith("nguồn") or "ảnh" in credit.casefold()
        self.body.drop("credit", credit)
        if not text:
            if self.out and short_caption(self.out[-1]) and not _illustration(credit):
                self.body.drop("caption", self.out.pop())
            return ""
        if photo and len(text.split()) <= 50 and sentences(text) <= 2 or caption_like(text):
            self.body.drop("caption", text)
            return ""
        if photo:
            keep, cap = _last_sentence_split(text)
            self.body.drop("caption", cap)
            return keep
        return text

    # -- signatures, bylines, datelines ----------------------------------------------------
    def signatures(self) -> None:
        b, out = self.body, self.out
        names = 0  # one bare name at most: "Thanh Thảo" above "Theo Reuters"
        while out:
            last = out[-1]
            if m := _PAREN_ONLY.fullmatch(last):
                if _REPORTER.fullmatch(m[1]):
                    b.byline = b.byline or m[1]
                elif is_outlet(m[1]):
                    b.source = b.source or _strip_theo(m[1])
                else:
                    break
            elif is_outlet(last.rstrip(".")):
                b.source = b.source or _strip_theo(last.rstrip("."))
            elif (m := _THEO_LINE.fullmatch(last)) and is_outlet(m[1]):
                b.source = b.source or m[1].strip()
            elif (m := _BYLINE_THEO.fullmatch(last)) or (
                (m := _BYLINE_PAREN.fullmatch(last)) and is_outlet(m[2])
            ):
                if not _name_like(m[1]):
                    break
                b.byline = b.byline or m[1].strip()
                src = _strip_theo(m[2])
                if is_outlet(src):
                    b.source = b.source or src
            elif (m := _CREDIT_LINE.fullmatch(last)) and len(m[1].split()) <= 8:
                b.byline = b.byline or m[1].strip()
            elif (m := _BYLINE_SLASH.fullmatch(last)) and is_outlet(m[2]) and _name_like(m[1]):
                b.byline, b.source = b.byline or m[1].strip(), b.source or m[2].strip()
            elif _name_like(last) and len(out) > 1 and not names:
                b.byline = b.byline or last
                names += 1
            else:
                break
            b.drop("signature", out.pop())
        if out and (m := _TRAILING_SIG.search(out[-1])) and is_outlet(m[1]):
            b.source = b.source or _strip_theo(m[1])
            b.drop("signature", m.group())
            out[-1] = out[-1][: m.start()].rstrip()

    def credit_lines(self) -> None:
        """ "Nguồn: Reuters" alone on a line inside the article: a credit, not text."""
        kept = []
        for line in self.out:
            m = _THEO_LINE.fullmatch(line)
            if m and line.casefold().startswith("nguồn") and is_outlet(m[1]):
                self.body.drop("credit", line)
            else:
                kept.append(line)
        self.out = kept

    def datelines(self) -> None:
        for i in range(min(3, len(self.out))):
            d = split_dateline(self.out[i])
            if d is None:
                continue
            b = self.body
            b.drop("dateline", d.prefix)
            b.source = b.source or _strip_theo(d.source or "") or None
            b.dateline = d.place
            b.date = b.date or d.date
            self.out[i] = d.rest
            break

    def run(self, lines: list[str]) -> Body:
        for s in self.cut_tail(lines):
            if s:
                self.line(s)
        self.signatures()
        self.credit_lines()
        self.top_byline()
        self.datelines()
        while len(self.out) > 1 and _SECTION_LABEL.fullmatch(self.out[0]):
            self.body.drop("section-label", self.out.pop(0))  # "Thế giới" above the headline
        if self.out and same_text(self.out[0], self.title):
            self.body.drop("title-repeat", self.out.pop(0))
        self.body.paragraphs = [p for p in self.out if p.strip()]
        return self.body


def _credited_outlet(credit: str) -> bool:
    """An outlet or agency as a credit names it, also in capitals ("REUTERS", "AFP/TTXVN")."""
    if is_outlet(credit):
        return True
    if not credit.isupper():
        return False
    folded = {a.casefold(): a for a in rules().outlet_names}
    parts = [p.strip() for p in re.split(r"[/,;&]", credit) if p.strip()]
    return bool(parts) and all(p.casefold() in folded for p in parts)


def _joined(lines: list[str]) -> str:
    return "\n".join(ln for ln in lines if ln.strip())


def _body_like(line: str) -> bool:
    """A paragraph of running article text (not a headline, teaser with prefix or caption)."""
    s = line.strip()
    return (
        len(s.split()) >= 20
        and bool(re.search(r"[.!?…\"”]$", s))
        and split_dateline(s) is None
        and rules().credit.search(s) is None
        and _ANH_N.search(s) is None
    )


def _body_like_long(line: str) -> bool:
    """Two sentences of 40+ words: more than a caption says."""
    return len(line.split()) >= 40 and sentences(line) >= 2


def _article_resumes(lines: list[str], start: int) -> int | None:
    """Index where the article goes on after a related box: two body paragraphs in a row."""
    paras = [(k, ln) for k, ln in enumerate(lines) if k >= start and ln.strip()]
    for (k, a), (_, b) in zip(paras, paras[1:], strict=False):
        if _body_like(a) and _body_like(b):
            return k
    return None


def _strip_theo(s: str) -> str:
    return re.sub(r"^(?:theo|nguồn:?)\s+", "", s.strip(), flags=re.IGNORECASE).strip()


def _name_like(s: str) -> bool:
    """A reporter's name: 1–5 capitalised words, no sentence punctuation ("Minh Anh").

    A desk or outlet after a slash is allowed: "Minh Hiếu/VOV.VN", "Thu Hằng/VOV1".
    """
    name, _, desk = s.partition("/")
    if desk and (len(desk.split()) > 3 or not desk.strip()):
        return False
    words = name.replace(" - ", " ").replace(",", " ").split()
    return 0 < len(words) <= 5 and all(_NAME_WORD.fullmatch(w) for w in words)


def clean_body(lines: list[str], title: str | None) -> Body:
    """Clean the paragraphs of one article."""
    return _Cleaner(title).run([ln.strip() for ln in lines])

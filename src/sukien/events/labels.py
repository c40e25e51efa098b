"""An act just reported, labelled by a party (a mixin of ``Coder``, wave 17).

Rule of Vietnamese news grammar: a party that calls the act just told by an anaphor and a
hostile label ("Tehran gọi đây là hành động xâm lược", "Saudi Arabia coi động thái này là sự vi
phạm trắng trợn chủ quyền của Qatar", "Islamabad lên án đây là hành động chiến tranh", "Guyana
gọi đó là mối đe dọa trực tiếp") accuses the author of that act: ACCUSE from the subject of the
verb of calling to the author of the last act coded against it in this or the two sentences
before, else of the last hostile act by another, else to the previous sentence's subject;
when the same sentence has the party accuse someone just before ("X chỉ trích vụ tấn công của
Y và gọi đây là hành động khủng bố"), that one. The
anaphor is "đây", "đó", "điều này" or a noun of acts with "này/đó/trên"; the label a word of
hostility or unlawfulness within the clause (xâm lược, khiêu khích, vi phạm, khủng bố, tội ác,
mối đe dọa …). A label that praises or is neutral ("gọi đây là bước đi quan trọng") is no
accusation. Wave 18: an act named rather than referred back to ("Tehran gọi vụ ám sát … là
hành động khủng bố của Israel", "coi việc Y … là hành động xúc phạm") accuses its author (the
party after "việc", else the one owning the act or the label, "của Y"); and the anaphor may be
the subject of a judgement said ("Manila cho rằng hành động này vi phạm luật pháp quốc tế").
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import CLAUSE_BREAK, Trigger

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Ctx, _Sent

# the verb of calling and the anaphor of the act just told, then "là"
_CALLING = re.compile(
    r"(?<!\w)(?P<verb>gọi|coi|xem|mô tả|lên án|chỉ trích|đánh giá|nhận định)\s+"
    r"(?:(?:đây|đó|điều này|điều đó|việc này|việc đó|vụ việc|sự việc)"
    r"|(?:(?:các|những)\s+)?(?:hành động|hành vi|động thái|vụ tấn công|cuộc tấn công|vụ|cuộc|"
    r"đợt|việc|bước đi|quyết định|vụ phóng|vụ việc)(?:\s+[^\s,;.:!?]+){0,3}?"
    r"\s+(?:này|đó|trên|nói trên))"
    r"\s+(?:là|như là|như)(?!\w)"
)
# the anaphor of the act as the subject of a judgement said (wave 18): "Manila cho rằng hành
# động này vi phạm luật pháp quốc tế" (the label within a few words, no "là" needed)
_SAYING = re.compile(
    r"(?<!\w)(?P<verb>cho rằng|khẳng định|nhấn mạnh|tuyên bố|cho biết|nêu rõ)\s+(?:rằng\s+)?"
    r"(?:(?:các|những)\s+)?(?:hành động|hành vi|động thái|vụ tấn công|cuộc tấn công|vụ việc|"
    r"việc làm|bước đi|quyết định)\s+(?:này|đó|trên|nói trên)"
    r"(?:\s+(?:là|đã|rõ ràng|hoàn toàn|đã\s+vi phạm|cấu thành)(?!\w))?"
)
# a hostile or unlawful label (within the clause after "là")
_LABEL = re.compile(
    r"(?<!\w)(?:xâm lược|khiêu khích|vi phạm|gây hấn|khủng bố|tội ác|hành động chiến tranh|"
    r"tuyên chiến|diệt chủng|phi pháp|bất hợp pháp|trái phép|vô trách nhiệm|leo thang|"
    r"cướp biển|hải tặc|mối đe dọa|mối đe doạ|can thiệp|xúc phạm|thù địch|trắng trợn|"
    r"phá hoại|xâm phạm|hèn nhát|man rợ|dã man|tàn bạo|vô nhân đạo|ăn cướp|tống tiền|"
    r"bắt nạt|không thể chấp nhận|luận điệu|tuyên truyền|bịa đặt|xuyên tạc|dối trá|"
    r"vô giá trị)(?!\w)"
)
# an act named, not an anaphor (wave 18): "gọi vụ tấn công vào cầu Crimea là hành động khủng
# bố của chính quyền Kiev", "coi việc Y triển khai tên lửa là hành động khiêu khích"
_CALLING_NAMED = re.compile(
    r"(?<!\w)(?P<verb>gọi|coi|xem|mô tả)\s+(?:(?:các|những)\s+)?"
    r"(?:vụ|cuộc|hành động|hành vi|động thái|việc|quyết định|tuyên bố|phát biểu|lệnh|"
    r"biện pháp|kế hoạch|chính sách)(?!\w)"
    r"(?P<act>(?:\s+[^\s,;.:!?\"“”]+){1,10}?)\s+(?:là|như là)(?!\w)"
)
# a quoted label first, then its speaker and the act it is said of (wave 19h): "“Đây là hành
# động khiêu khích”, Ngoại trưởng X nói về vụ phóng tên lửa của Y"
_QUOTED_LABEL = re.compile(
    r"^[\"“](?P<q>(?:đây|đó|điều này|điều đó|việc này|hành động này)\s+"
    r"(?:(?:rõ ràng|thực sự|hoàn toàn|chính)\s+)?là(?!\w)[^\"”]*)[\"”]\s*,\s*"
    r"(?P<spk>[^,;.:!?\"“”]{2,80}?)\s+(?P<verb>nói|cho biết|nhấn mạnh|khẳng định|tuyên bố|"
    r"bình luận|phát biểu)(?:\s+(?:khi\s+)?(?:về|đề cập (?:tới|đến)|bình luận về)\s+"
    r"(?:(?:các|những)\s+)?(?P<act>vụ|cuộc|hành động|hành vi|động thái|việc|quyết định|tuyên bố|"
    r"chuyến thăm|kế hoạch|lệnh|dự luật|phát biểu)(?!\w)|\s*[.!?]?$)"
)
# a drill named with its parties: "cuộc tập trận chung Mỹ - Hàn" (wave 19h)
_DRILL_OF = re.compile(r"(?<!\w)tập trận(?:\s+(?:chung|quân sự|hải quân|không quân))*\s*$")
# an owner named by a title: "tuyên bố của Ngoại trưởng Ba Lan" (wave 19h)
# a quotation split around its speaker, the label in its second half (wave 19h): "“Các lệnh
# trừng phạt này”, Ngoại trưởng X nói, “là hành động thù địch của Y”"
_SPLIT_LABEL = re.compile(
    r"^[\"“][^\"”]{2,80}[\"”]\s*,\s*(?P<spk>[^,;.:!?\"“”]{2,80}?)\s+(?P<verb>nói|cho biết|"
    r"nhấn mạnh|khẳng định|tuyên bố)\s*,\s*[\"“]"
    r"(?P<q>(?:(?:đều|rõ ràng|thực sự|hoàn toàn|chính)\s+)?là(?!\w)[^\"”]*)[\"”]"
)
_OWNER_TITLED = re.compile(
    r"(?<!\w)của\s+(?:ngoại trưởng|tổng thống|thủ tướng|bộ trưởng|người phát ngôn|quan chức)$"
)
_OWNER = ("của", "của chính quyền", "của chính phủ", "của phía", "của quân đội")
_LABEL_TRIG = Trigger("gọi", "ACCUSE", "disapprove")


def _label_hit(start: int, end: int) -> Any:
    """A hit of the label's accusation at ``start:end``."""
    from sukien.events.coder import _Hit  # the coder imports this module

    return _Hit(start, end, _LABEL_TRIG)


_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})


class LabelRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _labelled_acts(
        self: Any,
        doc: Any,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X gọi đây là hành động xâm lược': ACCUSE X -> the act's author (see the module)."""
        from sukien.events.coder import _last_recent

        extra: list[Event] = []
        calls = [*_CALLING.finditer(ps.low), *_SAYING.finditer(ps.low)]
        for m in calls:
            brk = CLAUSE_BREAK.search(ps.low, m.end())
            end = min(brk.start() if brk else len(ps.low), m.end() + 80)
            if m.re is _SAYING:
                end = min(end, m.end() + 25)  # the judgement is the predicate itself
            if _LABEL.search(ps.low, m.end(), end) is None:
                continue
            hit, actors = self._vow_speaker(ps, m.start("verb"), m.end("verb"), _LABEL_TRIG)
            for a in actors:
                judged = [  # "X chỉ trích … của Y và gọi đây là …": whom X just judged
                    ev.recipient.code
                    for ev in out
                    if ev.type == "ACCUSE"
                    and ev.actor is not None
                    and ev.actor.code == a.code
                    and ev.recipient is not None
                    and ev.evidence.part == "text"
                    and ev.evidence.trigger.start - ps.sent.start < m.start()
                ]
                if judged:
                    extra.extend(self._made_in_saying(doc, ps, ctx, hit, [a], judged[-1:], seen))
                    continue
                src = _last_recent(ctx, i, on=a.code)
                if src is None:
                    src = _last_recent(ctx, i, not_by=a.code, types=_HOSTILE)
                target = src[1] if src is not None else ctx.prev_subject
                if not target or target == a.code:
                    continue
                extra.extend(self._made_in_saying(doc, ps, ctx, hit, [a], [target], seen))
        extra.extend(self._labelled_named_acts(doc, ps, ctx, seen))
        extra.extend(self._quoted_labels(doc, ps, i, ctx, seen))
        return extra

    def _split_label(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        m: re.Match[str],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'"Các lệnh trừng phạt này", X nói, "là hành động thù địch của Y"': ACCUSE X -> Y,
        the owner of the label in the quotation's second half (wave 19h)."""
        owned = [
            g
            for g in ps.groups
            if m.start("q") <= g.start < m.end("q")
            and not g.is_place
            and self._ends(self._before(ps, g.start, 3), _OWNER)
        ]
        return self._speaker_accuses(doc, ps, ctx, m, owned[:1], seen)

    def _speaker_accuses(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        m: re.Match[str],
        owners: list[Any],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """ACCUSE from the first party named in ``m``'s speaker span to the parties of
        ``owners`` (the groups an act or label belongs to), made in the saying of ``m``'s
        verb."""
        speakers = [g for g in ps.groups if m.start("spk") <= g.start < m.end("spk")]
        if not speakers:
            return []
        actors = [p for p in self._participants(speakers[0]) if p.kind == "actor"]
        mine = {a.code for a in actors}
        targets = [
            p
            for g in owners
            for p in self._participants(g)
            if p.kind == "actor" and p.code not in mine
        ]
        if not actors or not targets:
            return []
        hit = _label_hit(m.start("verb"), m.end("verb"))
        return self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen)

    def _quoted_labels(
        self: Any,
        doc: Any,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'"Đây là hành động khiêu khích", X nói về vụ phóng tên lửa của Y': ACCUSE X -> Y,
        the author of the act the quoted label is said of; with no act named, the author of
        the last hostile act by another in this or the two sentences before (wave 19h)."""
        from sukien.events.coder import _last_recent

        split = _SPLIT_LABEL.match(ps.low)
        if split is not None and _LABEL.search(split.group("q")) is not None:
            return self._split_label(doc, ps, ctx, split, seen)
        m = _QUOTED_LABEL.match(ps.low)
        if m is None or _LABEL.search(m.group("q")) is None:
            return []
        if m.group("act") is None:  # '"Đây là hành vi cướp biển", X nói.': the act just told
            speakers = [g for g in ps.groups if m.start("spk") <= g.start < m.end("spk")]
            actors = (
                [p for p in self._participants(speakers[0]) if p.kind == "actor"][:1]
                if speakers
                else []
            )
            src = _last_recent(ctx, i, not_by=actors[0].code, types=_HOSTILE) if actors else None
            if src is None or not src[1]:
                return []
            hit = _label_hit(m.start("verb"), m.end("verb"))
            return self._made_in_saying(doc, ps, ctx, hit, actors, [src[1]], seen)
        brk = CLAUSE_BREAK.search(ps.low, m.end())
        end = min(brk.start() if brk else len(ps.low), m.end() + 60)
        owned = [
            g
            for g in ps.groups
            if m.end() <= g.start < end
            and not g.is_place
            and (self._ends(self._before(ps, g.start, 3), _OWNER) or g.start <= m.end() + 1)
        ]
        return self._speaker_accuses(doc, ps, ctx, m, owned[:1], seen)

    def _labelled_named_acts(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X gọi vụ tấn công … là hành động khủng bố của Y', 'X coi việc Y … là khiêu khích':
        ACCUSE X -> Y, the act's author: the party right after "việc", else one owning the act
        or the label ("của Y")."""
        extra: list[Event] = []
        for m in _CALLING_NAMED.finditer(ps.low):
            brk = CLAUSE_BREAK.search(ps.low, m.end())
            end = min(brk.start() if brk else len(ps.low), m.end() + 80)
            label = _LABEL.search(ps.low, m.end(), end)
            if label is None:
                continue
            inner = [g for g in ps.groups if m.start("act") <= g.start < end and not g.is_place]
            authors = [
                g
                for g in inner
                if self._ends(self._before(ps, g.start, 3), _OWNER)
                or (g.start <= m.start("act") + 1 and m.group(0).split()[1] == "việc")
                or _DRILL_OF.search(self._before(ps, g.start, 4))
                or _OWNER_TITLED.search(self._before(ps, g.start, 3))
            ]
            if not authors or ps.low[authors[0].end : authors[0].end + 4].startswith(" bị"):
                continue  # "việc Y bị …": Y suffers the act
            targets = [p for p in self._participants(authors[0]) if p.kind == "actor"]
            hit, actors = self._vow_speaker(ps, m.start("verb"), m.end("verb"), _LABEL_TRIG)
            mine = {a.code for a in actors}
            targets = [t for t in targets if t.code not in mine]
            if actors and targets:
                extra.extend(self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen))
        return extra

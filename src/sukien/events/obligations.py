"""What a speaker says another party must do (a mixin of ``Coder``, wave 14).

Rule of Vietnamese news grammar: a party said to have to act ("Y phải …", "Y cần phải …", "Y
nên …", "Y không nên …") by a reporting verb of X just before it ("X cho rằng/nhấn mạnh/tuyên
bố (rằng) Y phải …"), or inside a quotation X says ('X nói: "Y phải …"', '"Y phải …", X nói'),
is X's demand on Y: REQUEST X -> Y, made in the saying (asserted). When what Y must do is to
bear a consequence ("Y phải trả giá", "Y sẽ phải chịu hậu quả") it is a threat: THREATEN X ->
Y. Examples are sentences of our own:

* "Ngoại trưởng Pháp cho rằng Israel phải lập tức dừng không kích": REQUEST FRA -> ISR;
* "Bắc Kinh nhấn mạnh rằng New Delhi phải rút quân khỏi khu vực": REQUEST CHN -> IND;
* '"Iran phải xin lỗi Azerbaijan", ông Aliyev nói': REQUEST AZE -> IRN;
* "Moskva tuyên bố Kiev sẽ phải trả giá": THREATEN RUS -> UKR.

Not a demand: an obligation the speaker takes on itself (same party), one already met or forced
("đã phải", "buộc phải"), a departure ("nhà ngoại giao Y phải rời …", an expulsion:
``DepartureRules``), an ultimatum with "nếu không" (``VowRules._or_else_demands``), a question
or a condition ("nếu Y phải …"). The speaker may also be the source a sentence opens with
("Theo Bộ Ngoại giao X, Y phải …") or a headline's "X: Y phải …"; and the blame laid on a party
("Y phải chịu (toàn bộ) trách nhiệm về …") is an accusation (an ACCUSE trigger), no threat,
unless it is still to come ("Y sẽ phải chịu trách nhiệm"). Wave 18.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import CLAUSE_BREAK, Trigger
from sukien.events.reported import _OR_ELSE

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Ctx, _Sent

# right after the party: "phải", "cần phải", "sẽ phải" (a consequence only), "nên", "không nên"
_MUST = re.compile(
    r"\s+(?:(?:thì|cũng|vẫn|lập tức|ngay)\s+)?"
    r"(?P<aux>(?:cần|sẽ)\s+phải|phải|(?:không\s+)?nên)\s+(?P<rest>[^,;:.!?()\"“”]{2,80})"
)
# a reporting verb just before the party: "cho rằng (,| rằng| là|:) (\")"
_SAID = re.compile(
    r"(?<!\w)(?P<verb>tuyên bố|nhấn mạnh|khẳng định|tái khẳng định|nói|cho rằng|cho biết|nêu rõ|"
    r"lưu ý|nhắc lại|tuyên bố rõ|nhận định|đề nghị|đề xuất|kêu gọi|cho hay)"
    r"(?:\s+rằng|\s+là)?\s*[,:]?\s*[\"“]?\s*"
    # "đề xuất các nước ASEAN phải …": the members of a bloc (wave 18)
    r"(?:(?:các|những)\s+(?:nước|quốc gia|thành viên)\s+)?$"
)
# a reporting verb closing the sentence after its speaker: "…, quan chức X cảnh báo."
_SAID_AFTER = re.compile(
    r",\s*(?P<who>[^,;:\"“”]{2,80}?)\s+(?:cảnh báo|nói|cho biết|tuyên bố|nhấn mạnh|khẳng định|"
    r"cho hay)\s*[.!]?\s*$"
)
# what a party must bear, not do: a threat ("phải trả giá", "phải chịu hậu quả")
_BEAR = re.compile(
    r"(?:trả giá|chịu\s+(?:(?:toàn bộ|hoàn toàn|mọi)\s+)?(?:trách nhiệm|hậu quả)|gánh chịu|"
    r"đối mặt|lãnh hậu quả)"
)
# what a party is blamed for, not threatened with: "Y phải chịu (toàn bộ) trách nhiệm"
_BLAME = re.compile(r"chịu\s+(?:(?:toàn bộ|hoàn toàn|mọi)\s+)?trách nhiệm")
# a departure ("phải rời"), a duty already met or forced, a condition, a question
_NOT_ASKED_AFTER = re.compile(r"(?:rời|chịu đựng|chứng kiến)(?!\w)")
# people of a state right before it: their leaving is no demand on the state
_PEOPLE_BEFORE = re.compile(
    r"(?<!\w)(?:nhà ngoại giao|đại sứ|đại biện|nhân viên|công dân|người dân|người|du khách|"
    r"phóng viên|nhà báo|thành viên|phái bộ|phái đoàn|lãnh sự|tùy viên)(?:\s+\S+){0,3}\s*$"
)
_NOT_ASKED_BEFORE = re.compile(r"(?<!\w)(?:nếu|khi|liệu|để|vì|do|khiến|buộc|làm cho)\s+$")
_REQUEST_TRIG = Trigger("phải", "REQUEST", None)
_BEAR_TRIG = Trigger("phải trả giá", "THREATEN", None)


# a demand with no object of its own right after a comma: "…, (đồng thời) yêu cầu chấm dứt …"
_BARE_DEMAND_BEFORE = re.compile(r",\s*(?:đồng thời\s+)?$")
_PROTESTS = frozenset({"ACCUSE", "PROTEST"})
_OTHERS_ASKED = re.compile(
    r"\s+(?:các|mọi|hai|tất cả|cộng đồng|những|người|nhân dân|chính phủ|quốc tế)(?!\w)"
)


class ObligationRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _demands_with_protest(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """A protest lodged, then a demand with no object of its own ("X đã giao thiệp với Y,
        yêu cầu chấm dứt …", "X triệu đại sứ Y, yêu cầu hủy bỏ …"): REQUEST X -> Y, the
        protest's parties (wave 18)."""
        from copy import deepcopy

        extra: list[Event] = []
        off = ps.sent.start
        for hit in ps.hits:
            if hit.trig.type != "REQUEST" or not _BARE_DEMAND_BEFORE.search(ps.low, 0, hit.start):
                continue
            if any(g.start >= hit.end and self._nsyl(ps, hit.end, g.start) <= 1 for g in ps.groups):
                continue  # "…, yêu cầu Bắc Kinh …": an object of its own
            if _OTHERS_ASKED.match(ps.low, hit.end):
                continue  # "…, kêu gọi các bên kiềm chế": others asked
            before = [
                ev
                for ev in out
                if ev.type in _PROTESTS
                and ev.modality == "asserted"
                and ev.evidence.part == "text"
                and ev.evidence.trigger is not None
                and ev.evidence.trigger.end - off <= hit.start
            ]
            if not before:
                continue
            ev = deepcopy(before[-1])
            key = ("REQUEST", ev.actor.code or "", ev.recipient.code or "", "asserted")  # type: ignore[union-attr]
            if key in seen:
                continue
            seen.add(key)
            self.lex.types["REQUEST"].recode(ev)
            ev.evidence.trigger = type(ev.evidence.trigger)(hit.start + off, hit.end + off)  # type: ignore[misc]
            extra.append(ev)
        return extra

    def _obligations_said(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X cho rằng Y phải …', 'X nói: "Y phải …"': REQUEST X -> Y (see the module)."""
        from sukien.events.coder import _Hit  # the coder imports this module

        extra: list[Event] = []
        for g in ps.groups:
            if g.is_place:
                continue
            m = _MUST.match(ps.low, g.end)
            if m is None or _NOT_ASKED_AFTER.match(m.group("rest")):
                # "Mỹ phải rời khỏi khu vực" is asked of a state; "các nhà ngoại giao Y phải
                # rời …" is an expulsion (DepartureRules), "công dân Y phải rời" an advisory
                if m is None or not m.group("rest").startswith("rời"):
                    continue
                if _PEOPLE_BEFORE.search(ps.low[max(0, g.start - 40) : g.start]):
                    continue
            bear = _BEAR.match(m.group("rest")) is not None
            if m.group("aux").startswith("sẽ") and not bear:
                continue  # "Y sẽ phải …": a prediction
            if bear and not m.group("aux").startswith("sẽ") and _BLAME.match(m.group("rest")):
                continue  # "Y phải chịu trách nhiệm về …": blame, an ACCUSE trigger (wave 18)
            if _OR_ELSE.search(ps.low, m.end(), m.end() + 120):
                continue  # "Y phải …, nếu không …": an ultimatum, coded as a threat
            lead = ps.low[max(0, g.start - 40) : g.start]
            if _NOT_ASKED_BEFORE.search(lead):
                continue
            actors = self._obliging(ps, g)
            if not actors:
                continue
            targets = [p for p in self._participants(g) if p.kind == "actor"]
            if {p.code for p in actors} & {p.code for p in targets}:
                continue  # "X nói: X và Y phải …": an obligation the speaker shares
            hit = _Hit(m.start("aux"), m.end("aux"), _BEAR_TRIG if bear else _REQUEST_TRIG)
            extra.extend(self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen))
        return extra

    def _obliging(self: Any, ps: _Sent, g: Any) -> list[Any]:
        """Who says ``g`` must act: the subject of a reporting verb right before it, or the
        speaker of the quotation it opens."""
        said = _SAID.search(ps.low, max(0, g.start - 40), g.start)
        if said is not None:  # VowRules: the active subject of the reporting verb
            _hit, speakers = self._vow_speaker(
                ps, said.start("verb"), said.end("verb"), _REQUEST_TRIG
            )
            return speakers
        span = next(((a, b) for a, b in ps.quotes if a <= g.start < b), None)
        tail = None if span or ps.low[: g.start].strip(" \"“”'") else _SAID_AFTER.search(ps.low)
        if tail is not None:
            # "Y phải chấm dứt …, Bộ Quốc phòng X nhấn mạnh.": the speaker closes the sentence
            who = [
                h for h in ps.groups if tail.start("who") <= h.start and h.end <= tail.end("who")
            ]
            return [p for h in who[-1:] for p in self._participants(h) if p.kind == "actor"]
        if span is None:
            # "Ngoại trưởng Anh: Nga phải …", "Theo Bộ Ngoại giao X, Y phải …" (wave 18)
            source = self._according_to(ps, g.start)
            return [p for p in self._participants(source) if p.kind == "actor"] if source else []
        if self._nsyl(ps, span[0], g.start) > 2:
            return []  # the party must open the quotation
        if CLAUSE_BREAK.search(ps.low, span[0], g.start):
            return []
        speaker = self._speaker_group(ps, g.start)
        return [p for p in self._participants(speaker) if p.kind == "actor"]

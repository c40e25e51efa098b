"""Sanctions and demands read the Vietnamese news way (a mixin of ``Coder``, wave 8).

* **the parties asked** ("Mỹ kêu gọi các bên tại Sudan ngừng bắn"): "the parties in X" are X's,
  so X is asked; "A và B kêu gọi cả hai bên …" never has A ask B (the askers are not the
  parties); "các bên" with no place names no one (our annotators and the open sets' disagree),
  unless the sentence names the conflict's two sides ("… căng thẳng giữa A và B", wave 18g);
* **the author of a sanction named after it** ("bất chấp lệnh trừng phạt từ Mỹ", "các biện pháp
  trừng phạt mà Anh đã áp đặt"): "từ X" right after a sanction noun, or a relative clause "mà X
  (đã) áp đặt/ban hành …", names who imposes it, so X is the actor and the subject its target
  (swapped in place); a passive denied ("… mà không bị Mỹ trừng phạt") is no sanction done;
* **a state leaving an organisation** ("Brazil rút khỏi CELAC", "tuyên bố rút nước này ra khỏi
  OAS", "rút lui khỏi tổ chức này"): leaving a body one belongs to rejects it (REJECT, as the
  annotators code it, SANCTION their alternative); "rút quân khỏi X" (troops) stays RETREAT;
* **a demand that an envoy leave** ("Ba Lan yêu cầu lãnh sự quán Nga phải đóng cửa", "X yêu cầu
  đại sứ Y rời khỏi X"): ordering a foreign diplomat out, or a foreign mission shut, is an
  expulsion, a SANCTION (mode expel), not a request; the demand's actor and recipient stay.
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Document, Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import _swap_spans

if TYPE_CHECKING:
    from sukien.events.coder import _Ctx, _Sent

# the parties asked, right after a demand: "(tất cả) các bên (liên quan) (tại X)", "cả hai phe
# xung đột ở X", "hai bên" (a dyad reference of its own when no place follows)
_PARTIES = re.compile(
    r"\s*(?:tất cả\s+)?(?:các|cả hai|hai|mọi)\s+(?:bên|phe|phía)(?!\w)"
    r"(?:\s+(?:có liên quan|liên quan|xung đột|tham chiến|đối địch|tranh chấp|giao tranh)(?!\w))*"
    r"(?P<at>\s+(?:tại|ở)\s+(?:(?:nước|quốc gia)\s+)?)?"
)
# a conflict named with its two sides: "căng thẳng giữa A và B", "giao tranh giữa A và B"
_BETWEEN_SIDES = re.compile(
    r"(?<!\w)(?:căng thẳng|giao tranh|xung đột|chiến sự|đụng độ|tranh chấp|bạo lực|"
    r"chiến tranh|đối đầu)(?:\s+(?:biên giới|vũ trang|quân sự|leo thang))?\s+giữa\s+"
)
_AND = re.compile(r"\s+và\s+")
# between an asker and its demand: a clause or a possessor of its own ("… Iran của quân đội Israel
# trong khi nhiều thành viên khác kêu gọi"): the group is not the asker
_NOT_SUBJECT = re.compile(r"[,;:]|(?<!\w)(?:của|trong khi|khi|nhưng|song|còn|thì)(?!\w)")
# groups joined into one subject
_JOINED = re.compile(r"\s*(?:,|và|cùng|cùng với)\s*(?:(?:vương quốc|hợp chủng quốc|nhà nước)\s+)?")
# a sanction named as a noun ("(các/loạt) lệnh trừng phạt", "biện pháp trừng phạt", "mức thuế")
_SANCTION_NOUN = re.compile(
    r"(?:lệnh|biện pháp|đòn|gói|chế tài|mức thuế|thuế|cấm vận|các|những|loạt|hàng loạt)(?!\w)"
)
# its author right after it: "… lệnh trừng phạt (mới) từ (phía) X"
_FROM_AUTHOR = re.compile(r"\s*(?:(?:mới|kinh tế|[\d.,%]+)\s+)?(?:đến\s+)?từ(?:\s+phía)?\s*")
# or in a relative clause: "… biện pháp trừng phạt mà X (đã) áp đặt"
_WHICH_AUTHOR = re.compile(r"\s*(?:mới\s+)?mà\s*")
_IMPOSED = re.compile(
    r"\s*(?:(?:đã|vừa|từng|mới|đang)\s+)*(?:áp đặt|áp dụng|áp|đưa ra|ban hành|thông qua|"
    r"công bố|triển khai|thực thi)(?!\w)"
)
# a passive denied right before the trigger: "… mà không (hề) bị X trừng phạt"
_NOT_SUFFERED = re.compile(r"(?<!\w)không\s+(?:hề\s+|bao giờ\s+)?bị\s+[^,;:.]{1,40}$")
# leaving an organisation: "rút (nước này) (ra) khỏi X", "rút lui khỏi X"
_LEAVES = re.compile(
    r"(?<!\w)rút(?:\s+lui)?(?:\s+(?:nước này|nước mình|mỹ|khỏi\s+tư cách thành viên))?"
    r"(?:\s+ra)?\s+khỏi\s+"
)
# between "khỏi" and the organisation: nothing, or its full name before "(short name)"
_ORG_GAP = re.compile(
    r"(?:(?:tổ chức|liên minh|khối|cộng đồng|hiệp hội|diễn đàn|nhóm|hội đồng)[^,;:()]{0,50}\()?"
)
_LEAVE_TRIGGER = Trigger("rút khỏi", "REJECT", "refuse")
_WITHDRAW_TRIGGER = Trigger("rút khỏi", "RETREAT", "withdraw")
# between "rút khỏi" and the state left: nothing, or a part of its land
_LAND_GAP = re.compile(
    # places of its land the forces held: "rút khỏi (phần lớn) các ngôi làng ở (miền nam) Y",
    # "rút khỏi các vị trí tại Y" (wave 17)
    r"(?:(?:(?:phần lớn|hầu hết|nhiều|một số|toàn bộ|tất cả)\s+)?(?:(?:các|những)\s+)?"
    r"(?:ngôi làng|làng|thị trấn|vị trí|cứ điểm|căn cứ|tiền đồn|khu vực|thành phố|thị xã|điểm)"
    r"(?:\s+[^\s,;:.]+){0,3}?\s+(?:ở|tại|thuộc)\s+)?"
    r"(?:(?:miền|phía|vùng|khu vực|lãnh thổ|các vùng lãnh thổ|thành phố|tỉnh|thủ đô)"
    r"(?:\s+(?:nam|bắc|đông|tây|đông nam|đông bắc|tây nam|tây bắc|biên giới|của))?\s+)?"
)
_ASKING = frozenset(
    {"kêu gọi", "hối thúc", "thúc giục", "yêu cầu", "đề nghị", "giục", "đốc thúc", "khuyến cáo"}
)

# right after a demand: an envoy or a mission told to leave or to shut ("yêu cầu (tất cả) các
# nhân viên ngoại giao Y phải rời khỏi X", "yêu cầu lãnh sự quán Y tại Z đóng cửa")
_ENVOY_OUT = re.compile(
    r"\s*(?:giờ\s+)?(?:(?:tất cả|toàn bộ)\s+)?(?:(?:các|những|một|hai|ba|\d+)\s+)?"
    r"(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|cao ủy|đại biện|nhà ngoại giao|"
    r"nhân viên ngoại giao|phái đoàn ngoại giao|cơ quan đại diện|đại diện ngoại giao|bí thư|"
    r"tùy viên|tham tán|lãnh sự|quan chức ngoại giao|cán bộ ngoại giao|phái bộ|"  # w9-force
    r"thành viên\s+(?:của\s+|thuộc\s+)?(?:phái bộ|phái đoàn|đại sứ quán))(?!\w)"
    r"[^,;:.!?]{0,60}?(?<!\w)(?:phải\s+)?(?:rời khỏi|rời|đóng cửa|trở về nước|về nước)(?!\w)"
)
_DEMANDS = frozenset({"yêu cầu", "buộc", "ra lệnh cho", "ra lệnh", "đề nghị"})


class SanctionRules:
    """Mixin: ``self`` is a ``Coder`` (uses ``lex``, ``_subject``, ``_event``…)."""

    def _parties_asked(
        self: Any,
        doc: Document,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """REQUEST asker -> X for "kêu gọi các bên (xung đột) tại X …"."""
        extra: list[Event] = []
        off = ps.sent.start
        for hit in ps.hits:
            if hit.trig.type != "REQUEST" or hit.trig.text not in _ASKING:
                continue
            m = _PARTIES.match(ps.low, hit.end)
            if m is None:
                continue
            clause = self._clause_start(ps, hit.start)
            subj, _agent, passive = self._subject(ps, clause, hit)
            if subj is None or passive or _NOT_SUBJECT.search(ps.low[subj.end : hit.start]):
                continue  # "… Iran của quân đội Israel trong khi nhiều thành viên khác kêu gọi"
            askers = [
                p.code
                for g in self._coordinated(ps, subj)
                for p in self._participants(g)
                if p.kind == "actor" and p.code
            ]
            if not askers:
                continue
            if any(
                ev.type == "REQUEST"
                and ev.evidence.trigger is not None
                and ev.evidence.trigger.start == hit.start + off
                and not (ev.recipient is not None and ev.recipient.code in askers)
                for ev in out
            ):
                continue  # the coder found the parties itself (a co-asker is none: "A và B kêu
                # gọi cả hai bên" does not ask B; ForceRules._demands_within drops that event)
            if not m.group("at"):
                # "các bên" with no place names no one, unless the sentence names the two sides
                # of the conflict ("… căng thẳng giữa A và B"), wave 18g
                sides = self._sides_between(ps, set(askers))
            else:
                g = next((g for g in ps.groups if g.start == m.end()), None)
                sides = [p.code for p in self._participants(g) if p.code][:1] if g else []
            if not sides:
                continue
            modality = self._modality(ps, hit, clause, ps.hits)
            extra += self._pair_events(doc, ps, hit, askers, sides, modality, ctx, seen)
        return extra

    def _sides_between(self: Any, ps: _Sent, askers: set[str]) -> list[str]:
        """The two states of "(căng thẳng|giao tranh|xung đột …) giữa A và B" in the sentence,
        neither an asker; [] when there is no such phrase."""
        for m in _BETWEEN_SIDES.finditer(ps.low):
            first = next((g for g in ps.groups if g.start == m.end()), None)
            if first is None:
                continue
            groups = [first]
            if len(self._participants(first)) < 2:  # "A và B" read as two groups
                groups += [
                    g
                    for g in ps.groups
                    if g.start > first.end and _AND.fullmatch(ps.low[first.end : g.start])
                ][:1]
            codes = [
                p.code
                for g in groups
                for p in self._participants(g)
                if p.kind == "actor" and p.code
            ]
            if len(set(codes)) == 2 and len(codes) == 2 and not set(codes) & askers:
                return codes
        return []

    @staticmethod
    def _coordinated(ps: _Sent, subj: Any) -> list[Any]:
        """``subj`` and the groups joined to it before by "và", "cùng" or a comma ("Vương quốc
        Saudi Arabia và Hợp chủng quốc Hoa Kỳ")."""
        out = [subj]
        for g in reversed([g for g in ps.groups if g.end <= subj.start]):
            if not _JOINED.fullmatch(ps.low[g.end : out[-1].start]):
                break
            out.append(g)
        return out

    def _organisations_left(
        self: Any,
        doc: Document,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """REJECT state -> organisation for "X (tuyên bố) rút (ra) khỏi <tổ chức>"."""
        from sukien.events.coder import _Hit

        extra: list[Event] = []
        for m in _LEAVES.finditer(ps.low):
            orgs: list[str] = []
            for g in ps.groups:  # right after, or its short name after the full one
                if g.start < m.end() or not _ORG_GAP.fullmatch(ps.low[m.end() : g.start]):
                    continue  # "rút khỏi Tổ chức các Quốc gia châu Mỹ (OAS)": OAS
                orgs = [
                    p.code
                    for p in self._participants(g)
                    if p.kind == "actor" and p.code and "_" not in p.code and _is_org(p)
                ]
                if orgs:
                    break
            trigger = _LEAVE_TRIGGER
            if not orgs:
                orgs = self._state_left(ps, m.end())
                trigger = _WITHDRAW_TRIGGER  # "Quân đội X rút khỏi (miền nam) Y" (wave 17)
            if not orgs:
                continue
            hit = _Hit(m.start(), m.end() - 1, trigger)
            clause = self._clause_start(ps, hit.start)
            subj, _agent, passive = self._subject(ps, clause, hit)
            if subj is None or passive:
                continue
            modality = self._modality(ps, hit, clause, ps.hits)
            leavers = [p.code for p in self._participants(subj) if p.kind == "actor" and p.code]
            extra += self._pair_events(doc, ps, hit, leavers, orgs, modality, ctx, seen)
        return extra

    def _state_left(self: Any, ps: _Sent, at: int) -> list[str]:
        """The state right after "rút khỏi" at ``at`` (or a part of it: "miền nam Y", "lãnh
        thổ Y"), whose land the subject's forces leave."""
        g = next((g for g in ps.groups if g.start >= at), None)
        if g is None or not _LAND_GAP.fullmatch(ps.low[at : g.start]):
            return []
        return [
            p.code
            for p in self._participants(g)
            if p.kind == "actor" and p.code and re.fullmatch(r"[A-Z]{3}", p.code) and not _is_org(p)
        ]

    def _pair_events(
        self: Any,
        doc: Document,
        ps: _Sent,
        hit: Any,
        actors: list[str],
        recipients: list[str],
        modality: str,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """The events of ``hit``'s type from each actor to each recipient not coded yet (an event
        the coder's checks turn into another type is left out)."""
        out: list[Event] = []
        typ = hit.trig.type
        for a in actors:
            for b in recipients:
                key = (typ, a, b, modality)
                if key in seen or a == b:
                    continue
                ev = self._event(doc, ps, hit, ps.hits, a, b, modality, 0.6, ctx, False)
                if ev is None or ev.type != typ:
                    continue
                seen.add(key)
                out.append(ev)
        return out

    def _sanction_authors(self: Any, ps: _Sent, out: list[Event]) -> None:
        """SANCTION A -> X whose X is named as the author after the sanction noun ("lệnh trừng phạt
        từ X", "biện pháp trừng phạt mà X đã áp đặt") becomes X -> A, in place; one whose author
        follows a denied passive ("mà không bị X trừng phạt") is denied."""
        off = ps.sent.start
        for ev in out:
            span = ev.evidence.trigger
            if ev.type != "SANCTION" or ev.modality != "asserted" or span is None:
                continue
            a_sp, r_sp = ev.evidence.spans.get("actor"), ev.evidence.spans.get("recipient")
            if (
                a_sp is not None
                and _NOT_SUFFERED.search(ps.low[: span.start - off])
                and span.start - 40 <= a_sp.start
                and a_sp.end <= span.start
            ):
                ev.modality = "denied"  # "mà không bị Mỹ trừng phạt": not done
                continue
            if r_sp is None or r_sp.start < span.end or ev.actor is None or ev.recipient is None:
                continue
            trig = ps.low[span.start - off : span.end - off]
            gap = ps.low[span.end - off : r_sp.start - off]
            noun = _SANCTION_NOUN.match(trig) or re.search(
                r"(?<!\w)(?:các|những|loạt|gói)\s*$", ps.low[: span.start - off]
            )
            author = bool(noun and _FROM_AUTHOR.fullmatch(gap)) or bool(
                noun and _WHICH_AUTHOR.fullmatch(gap) and _IMPOSED.match(ps.low, r_sp.end - off)
            )
            if not author:
                continue
            swapped = (ev.recipient.code, ev.actor.code, ev.modality)
            if any(
                o.type == "SANCTION" and (o.actor.code, o.recipient.code, o.modality) == swapped  # type: ignore[union-attr]
                for o in out
            ):
                continue
            ev.actor, ev.recipient = ev.recipient, ev.actor
            _swap_spans(ev)

    def _expulsion_demands(self: Any, ps: _Sent, out: list[Event]) -> None:
        """REQUEST "X yêu cầu đại sứ/lãnh sự quán Y rời khỏi/đóng cửa …" becomes SANCTION X -> Y
        (mode expel), in place: an order that a foreign envoy leave is an expulsion."""
        off = ps.sent.start
        t = self.lex.types["SANCTION"]
        for ev in list(out):
            span = ev.evidence.trigger
            if ev.type != "REQUEST" or span is None or ev.recipient is None or ev.actor is None:
                continue
            if ps.low[span.start - off : span.end - off] not in _DEMANDS:
                continue
            rec = ev.evidence.spans.get("recipient")
            if not _ENVOY_OUT.match(ps.low, span.end - off) and not (
                rec is not None and _MISSION_SHUT.match(ps.low, rec.end - off)
            ):
                continue  # "yêu cầu Y đóng cửa lãnh sự quán (tại Z)" too (wave 17)
            dyad = (ev.actor.code, ev.recipient.code, ev.modality)
            if any(
                o.type == "SANCTION" and (o.actor.code, o.recipient.code, o.modality) == dyad  # type: ignore[union-attr]
                for o in out
            ):
                out.remove(ev)  # the expulsion is coded already
                continue
            t.recode(ev, "expel")


# right after the one asked: it must shut its mission ("yêu cầu Nga đóng cửa lãnh sự quán …")
_MISSION_SHUT = re.compile(
    r"\s*(?:phải\s+)?(?:đóng cửa|đóng)\s+(?:(?:các|một|hai|ba|\d+)\s+)?"
    r"(?:tổng lãnh sự quán|lãnh sự quán|đại sứ quán|cơ quan đại diện|phái bộ|văn phòng đại diện)"
    r"(?!\w)"
)


def _is_org(p: Any) -> bool:
    """Does the phrase name an organisation (not a state nor a state's body)?"""
    types = {m.etype for m in p.mentions}
    return "ORG" in types and not types & {"GPE", "LOC"}

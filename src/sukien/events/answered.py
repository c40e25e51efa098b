"""Requests named as nouns by the one who answers them (a mixin of ``Coder``, wave 11).

A request is often reported only through its answer, with the requester after the noun:

* **a request refused was made.** "Nhật Bản khước từ lời kêu gọi của Hàn Quốc …", "Thái Lan
  bác bỏ đề nghị của Campuchia …", "Mexico từ chối các đề xuất từ Tổng thống Mỹ", "Nga phớt lờ
  yêu cầu của Anh": when the refusal (REJECT Y -> X) is coded for a request noun ("yêu cầu",
  "đề nghị", "đề xuất", "lời kêu gọi", "đòi hỏi", "yêu sách") whose author X is named after it,
  X asked Y (REQUEST X -> Y, asserted: the request was made whatever becomes of it). X must be
  named as the author ("của/từ/do X", or the other side of talks offered, "từ chối đề nghị đối
  thoại với X"); "bác bỏ đề xuất trục xuất đại sứ X" proposes something about X. A court that
  dismisses X's claim rules on a demand X made of another party. A demand met ("đáp ứng yêu
  cầu của X") stays a CONCEDE alone. A charge rejected was made the same way: "Nga bác bỏ
  các cáo buộc của Ukraine", "Iran phủ nhận lời cáo buộc từ Israel" (ACCUSE X -> Y), and so
  was one called baseless or untrue: "Y nói cáo buộc của X (nhằm vào Y) là vô căn cứ" (wave 13).
* **"theo đề nghị của X, Y …" says X asked Y.** "Theo yêu cầu của Guyana, Hội đồng Bảo an sẽ
  họp", "Nhật Bản cấp tàu tuần tra theo đề nghị của phía Việt Nam", "Ai Cập điều quân tới Libya
  theo lời kêu gọi của LNA", "… bị cảnh sát Canada bắt theo yêu cầu của Mỹ": an act done at
  X's request ("theo", "theo đúng", "thể theo" + request noun + "của/từ (phía) X") is
  asked of its doer Y, the subject of the clause (or the agent after "bị/được"): REQUEST X -> Y;
  the request noun is not coded Y -> X.
* **an envoy recalled "tại X" was posted to X** (a recall is a SANCTION of the state the envoy
  leaves). "Jordan triệu hồi Đại sứ tại Israel", "Iraq triệu hồi đại biện lâm thời của nước này
  tại Ankara", "…, đồng thời triệu hồi Đại sứ Thái Lan tại Phnom Penh về nước": whatever stands
  between the envoy word and "tại/ở" (a title read as a person, the envoy's own state, "lâm
  thời", "của nước này"), the state after "tại/ở (thủ đô)" (a capital stands for its state) is
  the recipient, and the subject of the clause recalls (SANCTION subject -> X).
* **an armed group is not said to attack the state it is based in unless the text says so.**
  "Hezbollah và Israel tấn công qua lại biên giới Israel - Lebanon", "RSF tiếp tục giao tranh"
  (Sudan supplied by the story): when an armed group's home state is a side only through the
  context (not named in the sentence) or a border phrase ("biên giới A - B"), the ASSAULT
  between the group and its home (either way) is dropped; "PKK nã pháo vào Istanbul" (named
  target) stays.
* **a deployment "của X" is X's.** "phản đối việc triển khai hệ thống THAAD của Mỹ tại Hàn
  Quốc", "do việc triển khai tên lửa của Nga ở Belarus": the owner named by "của" in the noun
  phrase of a nominal deployment deploys; a MOBILIZE of another actor, or one against the
  owner, is dropped.
* **harassment at sea charged by its victim happened.** "Manila cáo buộc hải cảnh Trung Quốc
  đã phun vòi rồng vào tàu Philippines", "Việt Nam tố tàu Trung Quốc đâm va tàu cá …": a
  coercive act (COERCE) that the accuser charges against its own side is the news the charge
  reports (the victim's account, often with video), not a doubtful claim: asserted.
* **a charge named as a noun with its author and its target was made.** "Cáo buộc của Moskva
  nhằm vào London …", "Lời chỉ trích của X đối với Y …": ACCUSE X -> Y (asserted); and one the
  sentence answers, fronted: "Trước những lời chỉ trích của EU, Hungary khẳng định …" (ACCUSE X
  -> the first party after the comma) (wave 19).
* **a court a charge is filed with is where it is heard.** "Nam Phi đệ đơn lên Tòa án Công lý
  Quốc tế, cáo buộc Israel …": the accuser's charge against the court is dropped when the same
  sentence names whom it accuses (ACCUSE ZAF -> ISR stays) (wave 19).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.patterns import _home_of, _kind_of
from sukien.events.reported import keep_new

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# the nouns of a request (with their plural and "lời" openers)
_REQUEST_NOUN = (
    r"(?:(?:các|những|mọi)\s+)?(?:(?:lời|bản)\s+)?"
    r"(?:yêu cầu|đề nghị|đề xuất|kêu gọi|đòi hỏi|yêu sách)"
)
# the answers the request is read from: a refusal (a demand met, "đáp ứng yêu cầu của X", is
# coded CONCEDE alone: the annotators code the concession, seldom the demand)
_ANSWER_TYPES = frozenset({"REJECT"})
# the trigger ends with, or is followed by, a request noun: "từ chối (lời) yêu cầu", "bác bỏ
# đề xuất"
_ANSWERED = re.compile(r"(?:^|\s)" + _REQUEST_NOUN + r"$")
_NOUN_NEXT = re.compile(r"\s+" + _REQUEST_NOUN + r"(?!\w)")
# the nouns of a charge: a charge rejected was made too ("bác bỏ (các) cáo buộc của X")
_CHARGE_NOUN = r"(?:(?:các|những|mọi)\s+)?(?:lời\s+)?(?:cáo buộc|tố cáo|chỉ trích)"
_CHARGED = re.compile(r"(?:^|\s)" + _CHARGE_NOUN + r"$")
_CHARGE_NEXT = re.compile(r"\s+" + _CHARGE_NOUN + r"(?!\w)")
# a charge owned by the party named next, as the subject of a judgement: "(nói) cáo buộc của
# (phía) Y (nhằm vào X) là (hoàn toàn) vô căn cứ"
_CHARGE_OWNED = re.compile(
    r"(?<!\w)" + _CHARGE_NOUN + r"\s+(?:của|từ phía)\s+(?:(?:phía|chính phủ|chính quyền)\s+)?$"
)
# (wave 19: the judgement may open a quote, "… là "vô căn cứ"")
_JUDGED_TAIL = re.compile(
    r"(?:\s+[^\s,;:.!?]+){0,6}?\s+(?:là|đều là)\s*(?:[\"“]\s*)?(?:hoàn toàn\s*)?"
)
# "theo (đúng) / thể theo (lời) yêu cầu của (phía) " before the requester
_FOLLOWED = re.compile(
    r"(?<!\w)(?P<lead>theo(?:\s+đúng)?|thể theo)\s+(?P<noun>"
    + _REQUEST_NOUN
    + r")\s+(?:của|từ)\s+(?:(?:phía|chính phủ|chính quyền)\s+)?$"
)
# the agent of a passive ("bị cảnh sát Canada bắt", "được Quốc hội X thông qua")
_PASSIVE = re.compile(r"(?<!\w)(?:bị|được)\s+(?:\S+\s+){0,2}?$")
_STOP = re.compile(r"[;:!?.]")
# a fronted date before "theo đề nghị …" ("Ngày 5/3, theo đề nghị của X, Y …")
_DATE_HEAD = re.compile(r"(?:(?:hôm|vào|chiều|sáng|tối|trưa)\s+)?(?:ngày|tháng|năm)\s+[\d/\-\s]+")
# between the request noun and its author: "(…) của/từ/do/bởi (đặc phái viên) X", or "đối
# thoại/đàm phán với X" (talks offered by X); "đề xuất trục xuất đại sứ X" names no author
_AUTHOR = re.compile(
    r"(?:\s+\S+){0,8}?\s+(?:của|từ|do|bởi)(?:\s+\S+){0,4}?\s*$|"
    r"\s+(?:đối thoại|đàm phán|hòa đàm|thương lượng|gặp|gặp gỡ|hội đàm|thượng đỉnh)"
    r"(?:\s+\S+){0,2}?\s+với\s*$"
)
_ASKED = Trigger("yêu cầu", "REQUEST", None)
# "triệu hồi (các) đại sứ/đại biện (lâm thời) (…) tại/ở (thủ đô) " before the state posted to
_RECALLED = re.compile(
    r"\s*(?:(?:các|hai|một|những|toàn bộ)\s+)?"
    r"(?:đại sứ|cao ủy|đại biện|nhà ngoại giao|đặc phái viên)"
    r"(?:\s+(?:đặc mệnh toàn quyền|lâm thời))?[^,;:.()]{0,40}?\s+(?:tại|ở)\s+(?:thủ đô\s+)?"
)
# a charge aimed at a third party named right after its author: "… của X đối với Z"
_AIMED_ELSEWHERE = re.compile(r"\s+(?:đối với|nhằm vào|chống lại)\s")
_RECALL = frozenset({"triệu hồi"})
# a charge named as a noun right before its author: "(trước) (những) (lời) cáo buộc của (phía) "
_CHARGE_OF = re.compile(
    r"(?<![\w])(?P<lead>trước\s+)?(?:(?:các|những)\s+)?(?:lời\s+)?"
    r"(?P<noun>cáo buộc|chỉ trích|tố cáo|lên án)\s+(?:của|từ phía)\s+(?:phía\s+)?$"
)
# the target right after the author: " nhằm vào/đối với/chống lại (phía) "
_AIMED_AT = re.compile(r"\s+(?:đối với|nhằm vào|chống lại)\s+(?:phía\s+)?$")
_CHARGED_BY = Trigger("cáo buộc", "ACCUSE", "allege")
# international courts: where a charge is filed, not whom it accuses when another is named
_COURTS = frozenset({"ICJ", "ICC", "PCA", "ITLOS", "ECHR", "CJEU"})
# a withdrawal that names the envoys itself: "rút nhân viên ngoại giao ở Y về nước"
_WITHDRAWN = frozenset(
    {"rút đại sứ", "rút nhà ngoại giao", "rút nhân viên ngoại giao", "rút các nhà ngoại giao"}
)
_POSTED_AFTER = re.compile(r"[^,;:.()]{0,40}?\s*(?:tại|ở)\s+(?:thủ đô\s+)?")
# a summons of one's own envoy home is a recall: "triệu đại sứ (của mình) tại Y về (nước)"
_SUMMON = frozenset({"triệu", "triệu tập"})
_HOME = re.compile(r"[^,;:.()]{0,30}?\s+về(?:\s+(?:nước|để|tham vấn|thủ đô)|\s*[,.;]|$)(?!\s+việc)")
_RECALL_TRIG = Trigger("triệu về", "SANCTION", "sever")
# the verb of a charge before the act charged
_CHARGE = re.compile(r"(?<!\w)(?:cáo buộc|tố cáo|tố|lên án)(?!\w)")
# a border named by its two sides: "biên giới Israel - Lebanon", "biên giới giữa A và B"
_BORDER_OF = re.compile(r"(?<!\w)(?:biên giới|đường biên|giới tuyến)(?:\s+(?:chung\s+)?giữa)?\s+$")
# or by a dash between them: "Israel - Lebanon"
_DASH_BEFORE = re.compile(r"\s-\s*$")
# a nominal deployment: "(việc|sự|kế hoạch) triển khai …"
_NOMINAL = re.compile(r"(?<!\w)(?:việc|sự|kế hoạch|quyết định|động thái)\s*$")
# the owner after the deployed thing: "… (hệ thống THAAD) của X", within the noun phrase
_OWNER = re.compile(r"[^,;:.]{0,60}?\s(?:của)\s+$")
# between a subject and its verb: aspect words and a verb of deciding or announcing
_RIGHT_BEFORE = re.compile(
    r"(?:\s*(?:đã|đang|sẽ|cũng|vừa|mới|lập tức|ngay lập tức|quyết định|tuyên bố|thông báo|"
    r"đồng thời|hôm nay|hôm qua|ngày\s+[\d/]+)(?!\w))*\s*"
)


class AnsweredRequestRules:
    """``_answered_requests``, ``_requests_followed``, ``_named_charges``, ``_court_venues``,
    ``_recalled_envoys``, ``_home_attacks``, ``_owned_deployments`` and ``_victims_charges``
    (see the module)."""

    def _answered_requests(
        self: Any, ps: _Sent, out: list[Event], seen: set[tuple[str, str, str, str]]
    ) -> list[Event]:
        """'Y từ chối/bác bỏ yêu cầu của X': REQUEST X -> Y beside the refusal; 'Y bác bỏ cáo
        buộc của X': ACCUSE X -> Y."""
        extra: list[Event] = []
        for ev in out:
            span = ev.evidence.trigger
            if ev.type not in _ANSWER_TYPES or span is None or ev.actor is None:
                continue
            if ev.recipient is None or not ev.recipient.code or not ev.actor.code:
                continue
            rspan = ev.evidence.spans.get("recipient")
            made = None if rspan is None else self._answered_kind(ps, ev, span, rspan)
            if made is None:
                continue
            new = self._derived(ev, made, None, seen, ev.confidence * 0.8, reverse=True)
            if new is not None:
                new.modality = "asserted"
                extra.append(new)
        return extra

    def _answered_kind(self: Any, ps: _Sent, ev: Event, span: Any, rspan: Any) -> str | None:
        """What the refusal ``ev`` says its recipient did: REQUEST for a request noun refused
        ("từ chối yêu cầu của X"), ACCUSE for a charge refused ("bác bỏ cáo buộc của X") or
        called baseless ("nói cáo buộc của X là vô căn cứ"); None when the recipient is no
        author of either."""
        off = ps.sent.start
        if rspan.start < span.end:  # "X nói cáo buộc của Y là vô căn cứ": Y's charge was made
            owned = _CHARGE_OWNED.search(ps.low, 0, rspan.start - off)
            tail = ps.low[rspan.end - off : span.start - off]
            return "ACCUSE" if owned is not None and _JUDGED_TAIL.fullmatch(tail) else None
        noun_end = span.end - off
        trig = ps.low[span.start - off : noun_end]
        nxt = None
        if _ANSWERED.search(trig) or (nxt := _NOUN_NEXT.match(ps.low, noun_end)):
            made = "REQUEST"
        elif _CHARGED.search(trig) or (nxt := _CHARGE_NEXT.match(ps.low, noun_end)):
            made = "ACCUSE"
        else:
            return None
        if nxt is not None:
            noun_end = nxt.end()
        if not _AUTHOR.match(ps.low[noun_end : rspan.start - off]):
            return None  # "bác bỏ đề xuất trục xuất đại sứ X": X is what is proposed
        if "tòa" in (ev.actor.name or "").lower():  # type: ignore[union-attr]
            return None  # a court dismissing X's claim rules on X's demand of the other side
        if made == "ACCUSE" and _AIMED_ELSEWHERE.match(ps.low, rspan.end - off):
            return None  # "phản đối chỉ trích của X đối với Z": the charge is Z's, not Y's
        return made

    def _requests_followed(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'Theo đề nghị của X, Y …', 'Y … theo yêu cầu của X': REQUEST X -> Y (see the
        module); a REQUEST of the noun's own coded Y -> X is dropped."""
        from sukien.events.coder import _Hit  # the coder imports this module

        extra: list[Event] = []
        off = ps.sent.start
        for g in ps.groups:
            m = _FOLLOWED.search(ps.low, max(0, g.start - 60), g.start)
            if m is None or g.is_place or g.is_dyad_ref:
                continue
            askers = [p for p in self._participants(g) if p.kind == "actor" and p.code]
            if not askers:
                continue
            asked = self._asked_doer(ps, m.start(), g)
            if asked is None:
                continue
            codes = {p.code for p in askers}
            noun = (m.start("noun") + off, m.end("noun") + off)
            for ev in list(out):  # the noun coded the wrong way round: "yêu cầu của X" asks X
                sp = ev.evidence.trigger
                if ev.type != "REQUEST" or sp is None or not noun[0] <= sp.start < noun[1]:
                    continue
                if ev.recipient is not None and ev.recipient.code in codes:
                    out.remove(ev)
            hit = _Hit(m.start("noun"), m.end("noun"), _ASKED)
            extra += self._noun_events(doc, ps, ctx, hit, askers, self._participants(asked), seen)
        return extra

    def _named_charges(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'Cáo buộc của X nhằm vào Y', 'Trước những lời chỉ trích của X, Y …': ACCUSE X -> Y
        (see the module)."""
        from sukien.events.coder import _Hit  # the coder imports this module

        extra: list[Event] = []
        for g in ps.groups:
            m = _CHARGE_OF.search(ps.low, max(0, g.start - 40), g.start)
            if m is None or g.is_place or g.is_dyad_ref:
                continue
            if any(h.end <= m.start() and self._nsyl(ps, h.end, m.start()) <= 1 for h in ps.hits):
                continue  # "phản đối chỉ trích của X đối với Y": the answer's rules judge it
            target = next(
                (
                    h
                    for h in ps.groups
                    if h.start > g.end and _AIMED_AT.fullmatch(ps.low, g.end, h.start)
                ),
                None,
            )
            if target is None and m.group("lead"):
                target = self._fronted_answerer(ps, m.start(), g)
            if target is None or target.is_place:
                continue
            hit = _Hit(m.start("noun"), m.end("noun"), _CHARGED_BY)
            actors, targets = self._participants(g), self._participants(target)
            extra += self._noun_events(doc, ps, ctx, hit, actors, targets, seen)
        return extra

    def _noun_events(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        hit: Any,
        actors: list[Any],
        targets: list[Any],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """The new events of a noun ``hit`` (a request, a charge) from each of ``actors`` to
        each of ``targets``, of the noun's own type and asserted: the noun tells it was made."""
        extra: list[Event] = []
        for a in actors:
            for b in targets:
                ev = self._event(doc, ps, hit, ps.hits, a, b, "asserted", 0.6, ctx, False)
                if ev is None or ev.type != hit.trig.type:
                    continue
                ev.modality = "asserted"
                keep_new(ev, seen, extra)
        return extra

    @staticmethod
    def _court_venues(out: list[Event]) -> None:
        """Drop 'X accuses a court' when X accuses another party in the sentence too ('đệ đơn
        lên Tòa án Công lý Quốc tế, cáo buộc Israel …': the court hears the charge)."""
        named = {
            (ev.actor.code, ev.recipient.code)
            for ev in out
            if ev.type == "ACCUSE" and ev.actor is not None and ev.recipient is not None
        }
        for ev in list(out):
            if ev.type != "ACCUSE" or ev.actor is None or ev.recipient is None:
                continue
            if ev.recipient.code in _COURTS and any(
                a == ev.actor.code and b and b not in _COURTS for a, b in named
            ):
                out.remove(ev)

    def _fronted_answerer(self: Any, ps: _Sent, lead: int, author: Any) -> Any:
        """The party right after the comma that closes a fronted 'Trước … của X,' opening the
        sentence (after a date at most), or None."""
        head = ps.low[self._clause_start(ps, lead) : lead].strip(" ,\"'“”")
        if head and not _DATE_HEAD.fullmatch(head):
            return None
        comma = ps.low.find(",", author.end)
        if comma < 0 or _STOP.search(ps.low, author.end, comma):
            return None
        if self._nsyl(ps, author.end, comma) > 8:
            return None
        for g in ps.groups:
            if g.start <= comma:
                continue
            if self._nsyl(ps, comma + 1, g.start) > 2 or g.is_place or g.is_dyad_ref:
                return None
            return g
        return None

    def _recalled_envoys(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: Any,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X triệu hồi Đại sứ (…) tại Y': SANCTION X -> Y (see the module); the recall coded
        against another party (the envoy's title read as someone) is replaced."""
        extra: list[Event] = []
        off = ps.sent.start
        for hit in ps.hits:
            summoned = hit.trig.type == "ACCUSE" and hit.trig.text in _SUMMON
            recalled = hit.trig.type == "SANCTION" and hit.trig.text in _RECALL
            withdrawn = hit.trig.type == "SANCTION" and hit.trig.text in _WITHDRAWN
            if not (summoned or recalled or withdrawn):
                continue
            m = (_POSTED_AFTER if withdrawn else _RECALLED).match(ps.low, hit.end)
            if m is None:
                continue
            posted = next((g for g in ps.groups if g.start == m.end()), None)
            if posted is None or posted.is_dyad_ref:
                continue
            if summoned:  # "triệu đại sứ tại Y về nước": a recall, not a summons
                if not _HOME.match(ps.low, posted.end):
                    continue
                out[:] = [
                    ev
                    for ev in out
                    if ev.type != "PROTEST"
                    or ev.evidence.trigger is None
                    or ev.evidence.trigger.start != hit.start + off
                ]
                hit = replace(hit, trig=_RECALL_TRIG)
            states = [p for p in self._participants(posted) if p.code]
            if len(states) != 1:
                continue
            clause = self._clause_start(ps, hit.start)
            subj = self._recaller(ps, clause, hit)
            modality = self._modality(ps, hit, clause, ps.hits)
            if subj is None or modality not in ("asserted", "hypothetical"):
                continue  # "sẽ triệu hồi": the plan is coded by the coder as it is
            mine = [
                ev
                for ev in out
                if ev.evidence.trigger is not None
                and ev.evidence.trigger.start == hit.start + off
                and ev.type == "SANCTION"
            ]
            if any(ev.recipient and ev.recipient.code == states[0].code for ev in mine):
                continue
            for ev in mine:
                out.remove(ev)
            for a in self._participants(subj):
                ev = self._event(doc, ps, hit, ps.hits, a, states[0], "asserted", 0.6, ctx, False)
                if ev is None or ev.type != "SANCTION":
                    continue
                ev.modality = "asserted"
                keep_new(ev, seen, extra)
        return extra

    def _home_attacks(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop ASSAULTs between an armed group and its home state (either way) whose state is
        not named in the sentence as a side, only through the context or a border phrase (see
        the module)."""
        off = ps.sent.start
        for ev in list(out):
            if ev.type != "ASSAULT" or ev.actor is None or ev.recipient is None:
                continue
            a, r = ev.actor.code or "", ev.recipient.code or ""
            if not a or not r:
                continue
            if _kind_of(a) == "armed-group" and _home_of(a) == r:
                side = "recipient"
            elif _kind_of(r) == "armed-group" and _home_of(r) == a:
                side = "actor"
            else:
                continue
            span = ev.evidence.spans.get(side)
            if span is not None and span.start >= off:
                before = ps.low[max(0, span.start - off - 30) : span.start - off]
                if not _BORDER_OF.search(before) and not _DASH_BEFORE.search(before):
                    continue  # "PKK nã pháo vào Istanbul": the home state named as a side
            out.remove(ev)

    def _owned_deployments(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop a MOBILIZE of a nominal deployment whose owner ("… của X") is not its actor
        or is its recipient (see the module)."""
        off = ps.sent.start
        for ev in list(out):
            t = ev.evidence.trigger
            if ev.type != "MOBILIZE" or t is None or ev.actor is None or ev.recipient is None:
                continue
            s, e = t.start - off, t.end - off
            if not _NOMINAL.search(ps.low[max(0, s - 20) : s]):
                continue
            owner = next(
                (
                    g
                    for g in ps.groups
                    if g.start > e
                    and self._nsyl(ps, e, g.start) <= 14
                    and _OWNER.fullmatch(ps.low[e : g.start])
                ),
                None,
            )
            if owner is None:
                continue
            codes = {p.code for p in self._participants(owner) if p.code}
            if codes and (ev.actor.code not in codes or ev.recipient.code in codes):
                out.remove(ev)

    def _victims_charges(self: Any, ps: _Sent, out: list[Event]) -> None:
        """A COERCE left hypothetical by 'X cáo buộc Y …' whose recipient is X: asserted (see
        the module), with an asserted event's path confidence."""
        from sukien.events.coder import UNASSERTED_SHARE

        off = ps.sent.start
        for ev in out:
            if ev.type != "COERCE" or ev.modality != "hypothetical" or ev.actor is None:
                continue
            if ev.recipient is None or not ev.recipient.code or ev.actor.start is None:
                continue
            pos = ev.actor.start - off
            charge = None
            for m in _CHARGE.finditer(ps.low, 0, pos):
                charge = m
            if charge is None or self._nsyl(ps, charge.end(), pos) > 6:
                continue
            accusers = self._groups_before(
                ps, self._clause_start(ps, charge.start()), charge.start()
            )
            if not accusers:
                continue
            codes = {p.code for p in self._participants(accusers[-1]) if p.code}
            if ev.recipient.code in codes:
                ev.modality = "asserted"
                ev.confidence = ev.confidence / UNASSERTED_SHARE

    def _recaller(self: Any, ps: _Sent, clause: int, hit: Any) -> Any:
        """Who recalls: the actor right before the verb and its aspect words ("sau khi Chính
        phủ Jordan quyết định triệu hồi …"), else the active subject of the clause."""
        near = [g for g in ps.groups if clause <= g.start and g.end <= hit.start]
        if (
            near
            and not near[-1].is_place
            and _RIGHT_BEFORE.fullmatch(ps.low[near[-1].end : hit.start])
        ):
            return near[-1]
        subj, _agent, passive = self._subject(ps, clause, hit)
        return None if passive else subj

    def _asked_doer(self: Any, ps: _Sent, lead: int, asker: Any) -> Any:
        """Who acts at the request that starts at ``lead``: after a fronted "Theo đề nghị của X,"
        the first actor after the comma; else the passive agent ("bị/được Y …") or the subject
        of the clause before it."""
        clause = self._clause_start(ps, lead)
        head = ps.low[clause:lead].strip(" ,\"'“”")
        if not head or head in ("ngoài ra", "đồng thời", "trước đó") or _DATE_HEAD.fullmatch(head):
            comma = ps.low.find(",", asker.end)
            if comma < 0 or _STOP.search(ps.low, asker.end, comma):
                return None
            for g in ps.groups:
                if g.start <= comma:
                    continue
                if self._nsyl(ps, comma + 1, g.start) > 6:
                    return None
                if g.is_place or g.is_dyad_ref or self._after_place_prep(ps, g.start):
                    continue
                return g if any(p.code for p in self._participants(g)) else None
            return None
        before = [
            g
            for g in ps.groups
            if clause <= g.start and g.end <= lead and not g.is_place and not g.is_dyad_ref
        ]
        for g in before:
            if _PASSIVE.search(ps.low[: g.start]):
                return g  # "bị cảnh sát Canada bắt … theo yêu cầu của Mỹ"
        for g in before:
            if self._after_place_prep(ps, g.start) or self._in_pp(ps, g):
                continue
            if not any(p.code for p in self._participants(g)):
                return None
            return g if self._nsyl(ps, clause, g.start) <= 4 else None
        return None

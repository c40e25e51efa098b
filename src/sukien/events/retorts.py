"""Hostile acts made in answer to another, the act answered fronted (a mixin of ``Coder``,
wave 17).

Rule of Vietnamese news grammar: a sentence that opens with the act it answers ("Đáp lại gói
trừng phạt mới của Y, X …", "Để đáp trả các lệnh trừng phạt của Y, X tuyên bố cấm …", "Trả đũa
việc Y áp thuế, X …") aims the hostile act of its main clause (a sanction, an attack, a
seizure, an expulsion) at the author of the act answered, when that act names no target of its
own: Y follows "của", "từ (phía)" or opens the act right after "việc". With no act named
("Đáp trả, X phóng hàng trăm tên lửa", "Để trả đũa, X …") the target is the author of the last
act coded against X in this or the two sentences before. An attack aimed at a target of its
own ("phóng tên lửa về phía …", "… vào …") is left to the target it names. The act answered, a
noun with no target of its own ("gói trừng phạt mới của Y"), is Y's act against X. (Examples
are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.reported import keep_new

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Ctx, _Sent

# the fronted answer: "(Để|Nhằm) đáp lại/đáp trả/trả đũa (…),"
_FRONTED = re.compile(
    r"^\W*(?:(?:để|nhằm)\s+)?(?:đáp lại|đáp trả|trả đũa|đối phó với|phản ứng với|"
    r"phản ứng trước)(?:\s+lại)?(?P<rest>(?:\s+[^,;:.!?()\"“”]+)?)\s*,\s*"
)
# the answer told after the act: "X áp thuế …, (động thái) nhằm đáp trả <act> của Y" (wave 18)
_TRAILING = re.compile(
    r"(?<!\w)(?:nhằm|để)\s+(?:đáp lại|đáp trả|trả đũa)(?:\s+lại)?"
    r"(?P<rest>\s+[^,;:.!?()\"“”]+)"
)
# the author of the act answered: after "của", "từ (phía)", "do"
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|từ|từ phía|do)\s*$")
# an attack aimed at a target of its own, named or not
_AIMED = re.compile(r"(?<!\w)(?:về phía|nhằm vào|vào)\s")
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _author(ps: _Sent, start: int, inner: list[Any]) -> Any:
    """The author of the act answered, among the groups ``inner`` of its phrase from ``start``:
    the one after "của", "từ (phía)", "do", or right after "việc"."""
    for g in inner:
        gap = ps.low[start : g.start]
        if _OWNER_BEFORE.search(gap) or re.fullmatch(r"\s*việc\s*", gap):
            return g
    return None


class RetortRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _retorts(
        self: Any,
        doc: Any,
        ps: _Sent,
        i: int,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'Đáp lại <act> của Y, X <hostile act>': X -> Y, Y -> X (see the module)."""
        from sukien.events.coder import _last_recent

        m = _FRONTED.match(ps.low)
        off = ps.sent.start
        coded = {ev.evidence.trigger.start - off for ev in out if ev.evidence.part == "text"}
        if m is None:
            return self._trailing_retorts(doc, ps, ctx, coded, seen)
        rest = m.start("rest"), m.end("rest")
        inner = [g for g in ps.groups if rest[0] <= g.start and g.end <= rest[1] and not g.is_place]
        owner = _author(ps, rest[0], inner)
        if inner and owner is None:
            return []  # an act answered whose author is not told
        extra: list[Event] = []
        main = [
            h
            for h in ps.hits
            if h.start >= m.end() and h.trig.type in _HOSTILE and h.start not in coded
        ]
        for h in main[:1]:
            hit, actors = self._vow_speaker(ps, h.start, h.end, h.trig)
            # "… phóng tên lửa về phía nhà nước Do Thái": a target of its own
            aimed = h.trig.type == "ASSAULT" and _AIMED.search(ps.low[h.end : h.end + 80])
            if owner is not None:
                targets: list[Any] = [p for p in self._participants(owner) if p.kind == "actor"]
            else:
                targets = []
                for a in actors:
                    src = _last_recent(ctx, i, on=a.code)
                    if src is not None and src[1] and src[1] not in targets:
                        targets.append(src[1])
            if not aimed:
                extra.extend(self._retort_events(doc, ps, ctx, hit, actors, targets, seen))
            if owner is None or not actors:
                continue
            # the act answered, a noun with no target of its own: the owner's act against X
            answered = [
                g
                for g in ps.hits
                if rest[0] <= g.start < rest[1] and g.trig.type in _HOSTILE and g.start not in coded
            ]
            for g in answered[:1]:
                extra.extend(self._retort_events(doc, ps, ctx, g, targets, actors, seen))
        return extra

    def _trailing_retorts(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        coded: set[int],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X <hostile act>, nhằm đáp trả <act> của Y': a sanction or seizure that names no
        target of its own is aimed at the author of the act it answers, told after it."""
        m = _TRAILING.search(ps.low)
        if m is None:
            return []
        rest = m.start("rest"), m.end("rest")
        inner = [g for g in ps.groups if rest[0] <= g.start and g.end <= rest[1] and not g.is_place]
        owner = _author(ps, rest[0], inner)
        if owner is None:
            return []
        main = [
            h
            for h in ps.hits
            if h.end <= m.start() and h.trig.type in _HOSTILE - {"ASSAULT"} and h.start not in coded
        ]
        extra: list[Event] = []
        for h in main[:1]:
            hit, actors = self._vow_speaker(ps, h.start, h.end, h.trig)
            targets = [p for p in self._participants(owner) if p.kind == "actor"]
            actors = [a for a in actors if a.code not in {t.code for t in targets}]
            extra.extend(self._retort_events(doc, ps, ctx, hit, actors, targets, seen))
        return extra

    def _retort_events(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        hit: Any,
        actors: list[Any],
        targets: list[Any],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """The asserted events of ``hit`` from each of ``actors`` to each of ``targets``."""
        extra: list[Event] = []
        clause = self._clause_start(ps, hit.start)
        modality = self._modality(ps, hit, clause, ps.hits)
        modality = self._announced(ps, hit, modality)  # "tuyên bố cấm …" is done
        if modality != "asserted":
            return extra
        for ev in self._judged_pairs(doc, ps, hit, ps.hits, actors, targets, modality, ctx):
            keep_new(ev, seen, extra)
        return extra

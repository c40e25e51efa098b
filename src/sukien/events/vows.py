"""Vows to retaliate and demands with an "or else" (a mixin of ``Coder``, wave 12).

* **a vow to retaliate is a threat, however it is worded.** "X sẽ có biện pháp cứng rắn để đáp
  trả Y", "X tuyên bố sẽ có những hành động thích đáng nhằm trả đũa quyết định của Y", "X sẽ
  đáp trả lại Y": "sẽ" (will), then at most a light verb and a measure noun with its modifiers
  (biện pháp, hành động, phản ứng, bước đi, đòn), then a verb of retaliation (đáp trả, trả đũa,
  đáp lại, giáng trả, trả thù), is THREATEN from the clause subject to the party named after the
  verb (or as the author of the act answered: "việc … của Y"). The trigger lexicon lists the
  fixed phrases; this rule reads the ones with words in between. With no party after the verb,
  the subject of a condition is the one aimed at ("nếu Y tiếp tục …, X sẽ trả đũa"). A negated
  vow ("sẽ không đáp trả") is no threat.
* **a warning with a condition is a threat to whoever the condition names.** "X cảnh báo sẽ
  nối lại chiến dịch nếu Y không thả con tin", "X dọa ra đòn mạnh tay nếu Y không dừng lại": a
  verb of warning (cảnh báo, cảnh cáo, đe dọa, dọa; not the noun "lời cảnh báo") followed in
  the same clause by "nếu/trong trường hợp Y …" is THREATEN from its subject to Y; a warning
  of a risk ("cảnh báo nguy cơ xung đột nếu …") threatens no one.
* **"Y phải …, nếu không …" is an ultimatum from whoever says it.** "X tuyên bố Y phải rút quân,
  nếu không sẽ phải chịu hậu quả", "X cảnh báo: Y phải dừng lại, nếu không thì …": a party said
  to have to do something ("Y phải", "Y cần phải") by a reporting or warning verb of X just
  before it, followed by "nếu không" and a consequence, is THREATEN X -> Y (the request form
  "X yêu cầu Y …, nếu không …" is ``ReportedRules._ultimatums``).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.lexicon import CLAUSE_BREAK, Trigger
from sukien.events.reported import _OR_ELSE, keep_new

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Ctx, _Sent

# the degree of a punishment vowed ("trừng phạt nghiêm khắc"): a vow, no sanction done (wave 17)
PUNISHMENT_DEGREE = (
    r"(?:thật\s+|rất\s+)?(?:nghiêm khắc|thích đáng|đích đáng|nặng nề|không khoan nhượng)(?!\w)"
)
# "sẽ (có|đưa ra|…) (những|các) (biện pháp|…) <up to 4 words> (để|nhằm) đáp trả"; not "sẽ
# không", and no clause break or comma inside
_VOW = re.compile(
    r"(?<!\w)(?<!không )(?<!chưa )sẽ\s+(?:(?:sớm|lập tức|ngay|cũng|chắc chắn|kiên quyết)\s+)?"
    r"(?:(?:có|đưa ra|áp dụng|thực hiện|tiến hành|dùng|sử dụng)\s+)?"
    r"(?:(?:những|các|mọi)\s+)?"
    r"(?:(?:biện pháp|hành động|phản ứng|bước đi|đòn)(?:\s+[^\s,;:.!?()\"“”]+){0,4}?\s+"
    r"(?:(?:để|nhằm)\s+)?)?"
    r"(?P<verb>đáp trả|trả đũa|đáp lại|giáng trả|trả thù|"
    # a vow to punish severely is a threat, no sanction: "Iran tuyên bố sẽ trừng phạt nghiêm
    # khắc Israel" (wave 17)
    rf"trừng phạt\s+{PUNISHMENT_DEGREE})"
    r"(?:\s+lại)?(?!\w)"
)
_VOW_TRIG = Trigger("sẽ đáp trả", "THREATEN", None)
_WARN_TRIG = Trigger("cảnh báo", "THREATEN", "non-force")
# what may stand between the verb of retaliation and the party it answers: nothing, or the act
# answered and its owner ("việc triển khai THAAD của", "quyết định mới nhất của", "đối với")
_ANSWERED = re.compile(
    r"\s*(?:(?:đối với|với|nhằm vào)\s+)?"
    r"(?:(?:(?:các|những|mọi|bất kỳ)\s+)?[^,;:.!?()\"“”]{0,60}?\s(?:của|từ|từ phía|do)\s+)?"
    r"(?:phía\s+)?$"
)
# a fronted act answered: "(Để) đáp trả các biện pháp trên của Y, …" (its owner is aimed at)
_FRONTED_ANSWER = re.compile(
    r"^\W*(?:để\s+)?(?:đáp trả|trả đũa|đáp lại|đối phó với)\s+[^,;:]{0,60}?\s(?:của|từ)\s+"
)
# "Y phải", "Y cần phải", "Y buộc phải" right after the party
_MUST = re.compile(r"\s+(?:(?:cần|buộc|sẽ)\s+)?phải(?!\w)")
# a reporting or warning verb of the speaker, then the party ("tuyên bố(,| rằng| là|:) Y")
_SAID = re.compile(
    r"(?<!\w)(?P<verb>tuyên bố|cảnh báo|cảnh cáo|nhấn mạnh|khẳng định|nói|cho biết)"
    r"(?:\s+rằng|\s+là)?\s*[,:]?\s*[\"“]?\s*$"
)


# a verb of warning (not the noun: "lời cảnh báo", "những cảnh báo của X")
_WARN = re.compile(
    r"(?<!\w)(?<!lời )(?<!sự )(?<!các )(?<!những )(?<!mối )(?:cảnh báo|cảnh cáo|đe dọa|dọa)(?!\w)"
)
_IF = ("nếu", "trong trường hợp")
# what a warning may be about without threatening anyone: a risk, a danger, a consequence
_RISK = re.compile(
    r"\s+(?:về\s+)?(?:(?:các|những)\s+)?(?:nguy cơ|rủi ro|mối nguy|nguy hiểm|thảm họa|"
    r"khủng hoảng|hậu quả)(?!\w)"
)


class VowRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _vow_speaker(self: Any, ps: _Sent, start: int, end: int, trig: Trigger) -> tuple[Any, list]:
        """The hit of ``trig`` at ``start:end`` and the actors of its active clause subject
        (none when the subject is missing or passive)."""
        from sukien.events.coder import _Hit

        hit = _Hit(start, end, trig)
        subj, _agent, passive = self._subject(ps, self._clause_start(ps, start), hit)
        if subj is None or passive:
            return hit, []
        return hit, [p for p in self._participants(subj) if p.kind == "actor"]

    def _retaliation_vows(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X sẽ có biện pháp … để đáp trả Y': THREATEN X -> Y (see the module)."""
        extra: list[Event] = []
        for m in _VOW.finditer(ps.low):
            end = m.end()
            target = next(
                (
                    g
                    for g in ps.groups
                    if g.start >= end
                    and not g.is_place
                    and self._nsyl(ps, end, g.start) <= 14
                    and not CLAUSE_BREAK.search(ps.low, end, g.start)
                    and _ANSWERED.match(ps.low[end : g.start])
                ),
                None,
            )
            hit, actors = self._vow_speaker(ps, m.start(), end, _VOW_TRIG)
            if target is None:  # "nếu Y …, X sẽ trả đũa": the condition's subject is aimed at
                targets = self._condition_subject(ps, hit, actors) if actors else []
                if actors and not targets:  # "Đáp trả các biện pháp của Y, X nói X sẽ trả đũa"
                    targets = self._fronted_answered(ps, m.start(), actors)
            else:
                targets = [p for p in self._participants(target) if p.kind == "actor"]
            extra.extend(self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen))
        return extra

    def _fronted_answered(self: Any, ps: _Sent, pos: int, actors: list[Any]) -> list[Any]:
        """The owners of an act the sentence opens by answering ("Đáp trả các biện pháp trên
        của A và B, …"), when the vow at ``pos`` comes after it."""
        m = _FRONTED_ANSWER.search(ps.low)
        if m is None or m.end() >= pos:
            return []
        g = next((g for g in ps.groups if g.start == m.end()), None)
        mine = {a.code for a in actors}
        return [p for p in self._participants(g) if p.kind == "actor" and p.code not in mine]

    def _or_else_demands(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X tuyên bố Y phải …, nếu không …': THREATEN X -> Y (see the module)."""
        extra: list[Event] = []
        for m in _OR_ELSE.finditer(ps.low):
            party = next(
                (
                    g
                    for g in reversed(ps.groups)
                    if g.end <= m.start() and not g.is_place and _MUST.match(ps.low, g.end)
                ),
                None,
            )
            if party is None or CLAUSE_BREAK.search(ps.low, party.end, m.start()):
                continue
            said = _SAID.search(ps.low, 0, party.start)
            if said is None:
                continue
            hit, actors = self._vow_speaker(ps, said.start(), said.end("verb"), _VOW_TRIG)
            targets = [p for p in self._participants(party) if p.kind == "actor"]
            extra.extend(
                self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen, "ultimatum")
            )
        return extra

    def _made_in_saying(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        hit: Any,
        actors: list[Any],
        targets: list[Any],
        seen: set[tuple[str, str, str, str]],
        mode: str | None = None,
    ) -> list[Event]:
        """The events of ``hit`` (a threat, a demand) from each of ``actors`` to each of
        ``targets``, asserted: they are made in the saying (``mode`` recodes a THREATEN); new
        ones only."""
        extra: list[Event] = []
        hits = sorted([*ps.hits, hit], key=lambda h: h.start)
        for ev in self._judged_pairs(doc, ps, hit, hits, actors, targets, "asserted", ctx):
            if ev.modality not in ("asserted", "planned", "hypothetical"):
                continue  # denied or hoped ("không cho rằng …"): nothing made
            ev.modality = "asserted"
            if mode is not None:
                self.lex.types["THREATEN"].recode(ev, mode)
            keep_new(ev, seen, extra)
        return extra

    def _conditional_warnings(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X cảnh báo (sẽ) … nếu Y …': THREATEN X -> Y (see the module)."""
        extra: list[Event] = []
        conds = [cs for cs, _ce, text, _kind in ps.cues if text in _IF]
        for m in _WARN.finditer(ps.low):
            if _RISK.match(ps.low, m.end()):
                continue  # "cảnh báo nguy cơ xung đột nếu …": a risk foreseen, no threat made
            cond = next((cs for cs in conds if cs > m.end()), None)
            if (
                cond is None
                or self._nsyl(ps, m.end(), cond) > 25
                or CLAUSE_BREAK.search(ps.low, m.end(), cond)
            ):
                continue
            hit, actors = self._vow_speaker(ps, m.start(), m.end(), _WARN_TRIG)
            targets = self._condition_subject(ps, hit, actors) if actors else []
            extra.extend(self._made_in_saying(doc, ps, ctx, hit, actors, targets, seen))
        return extra

"""Hostile acts named with their source (a mixin of ``Coder``).

Rule of Vietnamese news grammar: a hostile act named as a noun with its author after "từ phía X"
or "từ X" ("the attack from X": "cuộc tấn công từ phía X", "các đợt pháo kích từ X", "mối đe
dọa từ phía X", "hành động khiêu khích từ phía X", "các vụ xâm phạm từ phía X") is blamed on X
by the party that reports it or answers it: an ACCUSE of X by that party; an attack so named
is also an attack of X on the party it hit. That party is
* a state said to suffer it in its clause ("A hứng chịu các đợt pháo kích từ B": ASSAULT B ->
  A; an accusation only when A itself reports it, the article's own account blames no one);
* else its reporter (a quotation's speaker, the subject of "cho biết", "báo cáo" … before it,
  or of ", X cho biết" after it) when no other party is named in the clause: "Quân đội A cho
  biết ba binh sĩ bị thương trong vụ tấn công từ phía B" (ACCUSE A -> B, ASSAULT B -> A); when
  others answer for it ("A nhấn mạnh C cần đáp trả các cuộc tấn công từ phía B") only the
  accusation;
* else the sentence's one subject answering it ("A tập trận nhằm đáp trả mối đe dọa từ phía B",
  "A không kích … để đáp trả các đợt pháo kích từ B"); a subject of several parties ("A và C
  tập trận nhằm chống lại mối đe dọa từ B") speaks for no one.

"của X" blames no one ("thiệt mạng do các cuộc không kích của X" reports what happened), but an
attack "của X" that a state's people died or were wounded in strikes that state: "Ít nhất 10
binh sĩ A thiệt mạng trong cuộc không kích của B", "ba công dân A bị thương sau vụ pháo kích
của quân đội B" (ASSAULT B -> A, no ACCUSE); so are projectiles "do B bắn/phóng" a state
suffers ("A hứng chịu hàng chục quả rocket do B bắn sang", wave 17). "từ X" after a launch is a
place ("phóng tên lửa từ X"), and plain "từ" counts only after a noun marker ("cuộc", "vụ",
"các", "mối" …) with at most seven words between. (Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import keep_new
from sukien.events.statements import _ACCORDING  # "Theo X, …" opening the sentence

if TYPE_CHECKING:
    from sukien.events.coder import _Sent

# hostile acts named as nouns: attacks (ASSAULT), and acts only blamed (threats, provocations,
# intrusions, violations, interference); "đe dọa" is "đe doạ" too
_ATTACKS = (
    "tấn công|không kích|tập kích|pháo kích|nã pháo|bắn phá|oanh tạc|ném bom|đánh bom|"
    "nổ súng|đột kích|phục kích|bắn rocket|bắn tên lửa"
)
_BLAMED = (
    "đe dọa|đe doạ|khiêu khích|gây hấn|xâm phạm|xâm nhập|xâm lược|xâm lăng|vi phạm|"
    "thù địch|can thiệp|quấy rối|gây hấn quân sự"
)
_DET = (
    r"(?:cuộc|vụ|đợt|đòn|loạt|trận|các|những|mọi|mối|sự|lời|hành động|hành vi|hoạt động|"
    r"nguy cơ)"
)
_HOSTILE = re.compile(
    rf"(?<!\w)(?P<det>{_DET}(?:\s+{_DET})*\s+)?(?P<noun>(?P<attack>{_ATTACKS})|{_BLAMED})(?!\w)"
)
# the noun's own modifiers up to "từ phía": "các cuộc tấn công bằng tên lửa và UAV từ phía"
_FROM_SIDE = re.compile(r"(?:\s+[^\s,.;:!?()\"“”]+){0,8}?\s+từ\s+phía\s*")
# plain "từ" right after the noun or its few modifiers ("các cuộc tấn công bằng UAV từ X"; up to
# seven, wave 17: "một đợt tấn công bằng hơn 300 tên lửa và UAV từ X")
_FROM = re.compile(r"(?:\s+[^\s,.;:!?()\"“”]+){0,7}?\s+từ\s*")
# the author after "của" right after the attack noun or its few modifiers ("các cuộc không kích
# bằng UAV của X"), for attacks that people of a state died in
_OF = re.compile(
    r"(?:\s+[^\s,.;:!?()\"“”]+){0,4}?\s+của"
    r"(?:\s+(?:quân đội|lực lượng|quân|phiến quân|không quân|hải quân|lục quân))?\s*"
)
# people of a state killed or wounded in the attack: the casualty words between them and it
# words of people killed, wounded or missing (also the coder's attack tolls, wave 18)
HARMED = r"(?:thiệt mạng|tử vong|chết|bị giết|bị sát hại|bị thương|thương vong|mất tích)"
_CASUALTY = re.compile(
    rf"(?<!\w){HARMED}(?!\w)"
    r"[^,;.:!?]{0,24}?(?<!\w)(?:trong|do|sau|bởi|vì)(?:\s+(?:các|những|một|hai|ba))?"
    r"(?:\s+(?:cuộc|vụ|đợt|đòn|loạt|trận))?\s*$"
)
# projectiles a party fired, "do Y bắn/phóng" after them ("hứng chịu hàng chục quả rocket do Y
# bắn sang"): an attack of Y on the one suffering them (wave 17)
_SHOT = re.compile(
    r"(?<!\w)(?:rocket|tên lửa|đạn pháo|đạn cối|quả đạn|uav|máy bay không người lái|drone|bom)"
    r"(?!\w)"
)
_SHOT_BY = re.compile(r"(?:\s+[^\s,.;:!?()\"“”]+){0,3}?\s+do\s*")
_FIRED = re.compile(r"\s*(?:(?:đã|vừa)\s+)?(?:bắn|phóng|thả|ném|nã|khai hỏa)(?!\w)")
# a launch site after "từ" is a place ("phóng tên lửa từ X")
_LAUNCH = re.compile(r"(?<!\w)(?:phóng|bắn|xuất phát|cất cánh|khai hỏa)(?!\w)")
# a hostile act only feared: "tiềm tàng", "tiềm ẩn", "có thể (xảy ra)"
_POTENTIAL = re.compile(r"(?<!\w)(?:tiềm tàng|tiềm ẩn|có thể|nếu có)(?!\w)")
_ATTACK = Trigger("tấn công", "ASSAULT", None)
# answering or suffering the act: the sentence's subject is its target
_ANSWER = re.compile(
    r"(?<!\w)(?:đáp trả|trả đũa|đáp lại|đối phó|phản ứng|chống lại|ngăn chặn|phòng thủ|"
    r"đẩy lùi|chặn đứng)(?!\w)"
)
# suffering the act: the one before it is its victim ("A hứng chịu các đợt pháo kích từ B")
_SUFFER = re.compile(
    r"(?<!\w)(?:hứng chịu|gánh chịu|chịu|bị|đối mặt|là nạn nhân|là mục tiêu|trở thành mục tiêu|"
    r"bị thương|thiệt mạng|thương vong|tử vong|chết|mất tích)(?!\w)"
)
# a subject of several parties: "A và B", "A, B", "A cùng (với) B"
_JOINED = re.compile(r"\s*(?:,|và|cùng|cùng với|với)\s*")
_COMMA_AFTER = re.compile(r"[^,;.]{0,30},")
# a dash after the sentence's first group: "VN - …", a dateline
_DATELINE_DASH = re.compile(r"\s*[-–]\s")
# a report after the clause: "…, quân đội X cho biết."
_REPORT_AFTER = re.compile(
    r",\s*(?P<who>[^,.;:!?]{2,60}?)\s+(?:cho biết|cho hay|nói|tuyên bố|thông báo|"
    r"khẳng định|báo cáo)\s*[.!]?\s*$"
)


class SourcedRules:
    """``_sourced_hostility``: ACCUSE (and ASSAULT) for a hostile act named "từ (phía) X"."""

    def _hostile_sources(self: Any, ps: _Sent) -> list[tuple[int, int, bool, Any, bool]]:
        """The hostile nouns of a sentence with the group named as their author after "từ
        (phía)", or after "của" for an attack people died in: (start, end, an attack, group,
        named with "của")."""
        found = []
        for m in _HOSTILE.finditer(ps.low):
            g = next((g for g in ps.groups if g.start >= m.end()), None)
            if g is None:
                continue
            gap = ps.low[m.end() : g.start]
            side = _FROM_SIDE.fullmatch(gap)
            plain = m.group("det") and _FROM.fullmatch(gap) and not _LAUNCH.search(gap)
            of = bool(m.group("attack")) and _OF.fullmatch(gap) and self._casualties_before(ps, m)
            if not (side or plain or of) or g.is_place or g.is_dyad_ref:
                continue
            if _POTENTIAL.search(gap):
                continue  # "sự xâm lược tiềm tàng từ phía X": a risk, nobody is blamed for it
            if any(p.kind == "actor" and p.code for p in g.phrases):
                found.append((m.start("noun"), m.end("noun"), bool(m.group("attack")), g, bool(of)))
        for m in _SHOT.finditer(ps.low):  # "… quả rocket do Y bắn sang": Y fired them
            g = next((g for g in ps.groups if g.start >= m.end()), None)
            if g is None or g.is_place or g.is_dyad_ref:
                continue
            if not _SHOT_BY.fullmatch(ps.low[m.end() : g.start]) or not _FIRED.match(ps.low, g.end):
                continue
            if any(p.kind == "actor" and p.code for p in g.phrases):
                found.append((m.start(), m.end(), True, g, True))
        return found

    def _casualties_before(self: Any, ps: _Sent, m: re.Match[str]) -> bool:
        """Whether people named just before the attack noun ``m`` died or were wounded in it
        ("… binh sĩ A thiệt mạng trong các cuộc không kích")."""
        before = ps.low[max(0, m.start() - 60) : m.start()]
        return _CASUALTY.search(before) is not None

    def _codes(self: Any, g: Any) -> list[str]:
        return [str(p.code) for p in self._participants(g) if p.kind == "actor" and p.code]

    def _victim(self: Any, ps: _Sent, hit: Any, source: str) -> tuple[str, bool, bool] | None:
        """The target of the act at ``hit`` blamed on ``source`` (code, whether it blames
        ``source`` itself, whether it is surely the one attacked): a state suffering it in the
        clause ("A hứng chịu …"), else its reporter (the speaker, the subject of "cho biết",
        "báo cáo" before it, or of ", X cho biết" after it) when no other party is named in the
        clause, else the sentence's subject answering it ("A … đáp trả các cuộc tấn công …")."""
        reporters = [c for c in self._reporter_codes(ps, hit.start) if c != source]
        tail = _REPORT_AFTER.search(ps.low, hit.end)
        if not reporters and tail is not None:  # "…, quân đội X cho biết."
            for g in ps.groups:
                if g.start >= tail.start("who") and g.end <= tail.end("who"):
                    reporters = [c for c in self._codes(g) if c != source][:1]
        if not reporters:  # "Theo Bộ Quốc phòng X, …": the source the sentence is told by
            for g in ps.groups:
                if g.end > hit.start:
                    break
                if _ACCORDING.fullmatch(ps.low[: g.start]) and _COMMA_AFTER.match(ps.low, g.end):
                    reporters = [c for c in self._codes(g) if c != source][:1]
                    break
        cue = next((c for c in reversed(ps.cues) if c[3] == "report" and c[1] <= hit.start), None)
        lo = cue[1] if cue is not None and reporters else self._clause_start(ps, hit.start)
        others = [
            g
            for g in ps.groups
            if lo <= g.start
            and g.end <= hit.start
            and not g.is_place
            and not self._after_place_prep(ps, g.start)
            and any(c != source for c in self._codes(g))
        ]
        if others and _SUFFER.search(ps.low[others[-1].end : hit.start]):
            victim = next(c for c in self._codes(others[-1]) if c != source)
            return victim, victim in reporters, True  # the article's own account blames no one
        hi = tail.start() if tail is not None and reporters and not cue else len(ps.low)
        # "X nhấn mạnh A và B cần đáp trả các cuộc tấn công từ phía Y": A and B answer for X
        answering = [
            g for g in ps.groups if g.end <= hit.start and _ANSWER.search(ps.low[g.end : hit.start])
        ]
        named = {
            c
            for g in ps.groups
            if lo <= g.start < hi and not g.is_place and g not in answering
            for c in self._codes(g)
            if c != source
        }
        if reporters and named <= set(reporters):
            return reporters[0], True, not answering
        if reporters:
            return None
        subject = self._sentence_subject(ps)
        if subject is None or subject[0] == source:
            return None
        head = next((g for g in ps.groups if subject[0] in self._codes(g)), None)
        if head is None or head.end > hit.start or not _ANSWER.search(ps.low[head.end : hit.start]):
            return None
        if head.start <= 1 and _DATELINE_DASH.match(ps.low, head.end):
            return None  # "VN - …": a dateline, no subject
        nxt = next((g for g in ps.groups if g.start >= head.end), None)
        joined = nxt is not None and _JOINED.fullmatch(ps.low[head.end : nxt.start])
        if joined or len(set(self._codes(head))) > 1:
            return None  # "A và B tập trận nhằm chống lại mối đe dọa từ X": no one speaks
        return str(subject[0]), True, True

    def _sourced_hostility(self: Any, doc: Any, ps: _Sent, ctx: Any, seen: set[Any]) -> list[Event]:
        """ "… vụ tấn công từ phía X" reported or answered by Y: ACCUSE Y -> X (and ASSAULT
        X -> Y for an attack)."""
        from sukien.events.coder import _Hit

        extra: list[Event] = []
        for start, end, attack, g, of in self._hostile_sources(ps):
            source = next((p for p in self._participants(g) if p.kind == "actor" and p.code), None)
            if source is None:
                continue
            hit = _Hit(start, end, _ATTACK)
            found = self._victim(ps, hit, str(source.code))
            if found is None:
                continue
            victim, blames, attacked = found
            if of and not attacked:
                continue
            hits = sorted([*ps.hits, hit], key=lambda h: h.start)  # a sentence may have none
            ev = self._event(doc, ps, hit, hits, source, victim, "asserted", 0.6, ctx, False)
            if ev is None or ev.modality == "denied":
                continue
            if attack and attacked and ev.modality == "asserted":
                keep_new(ev, seen, extra)
            # the blame is said, whatever becomes of the act ("để đối phó với mối đe dọa …")
            blamed = blames and not of  # "của X" reports the attack, it blames no one
            acc = self._derived(ev, "ACCUSE", "allege", seen, 0.6, reverse=True) if blamed else None
            if acc is not None:
                acc.modality = "asserted"
                extra.append(acc)
        return extra

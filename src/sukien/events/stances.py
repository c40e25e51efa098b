"""Accusations and warnings whose content follows a comma or a colon (a mixin of ``Coder``).

Vietnamese news lets a comma or a colon stand for "rằng" after a verb of accusing or warning:
"Nga cảnh báo, Romania và Ba Lan có thể nằm trong tầm ngắm", "Thủ tướng Hungary cáo buộc,
Ukraine đang lợi dụng xung đột", "Philippines lên án: Trung Quốc đã vi phạm …". The subject of the
clause after the comma is the one accused or warned, as after "rằng": ACCUSE/THREATEN speaker ->
that subject. The clause must have the shape of one (an actor, then within three words an aspect,
modal or negation word such as đã, đang, sẽ, có thể, phải, không), the speaker is the subject of
the verb, and the verb opens no subordinate clause ("Sau khi Nga cảnh báo, Ukraine đã …": the
comma closes the "sau khi" clause, Ukraine is no one's addressee).

A relative clause of accusing names the accused before it: "các công ty Trung Quốc mà EU cáo
buộc cung cấp linh kiện cho Nga", "vụ nổ súng mà phía Pakistan cáo buộc là do binh sĩ Ấn Độ gây
ra". The actor in the noun phrase that "mà" modifies (or the author after "(là) do") is the one
accused, not a party named inside the charge ("cho Nga"): ACCUSE X -> that actor, in place of the
pair the coder took from the charge.

"Ai Cập cắt đứt quan hệ ngoại giao với Qatar vì cáo buộc nước này ủng hộ khủng bố": the noun
"cáo buộc" after "vì/với/do" is the charge of the main verb's subject (the sanction rules code
it); the party right before it is the target of that act, not an accuser. An ACCUSE the coder took
from such a trigger is dropped when the sentence codes the reverse dyad (the target of the act
accusing the one acting), unless the charge is mutual ("với cáo buộc lẫn nhau").

A verb of judging (ACCUSE, REJECT, PROTEST) whose object is a nominalised act ("sự xâm nhập bất
hợp pháp", "những phát biểu thù địch", "các biện pháp hành xử quá khắc nghiệt") judges the act of
the "của X" that closes the noun phrase, however many modifiers come between ("Iraq lên án sự xâm
nhập bất hợp pháp của quân đội Thổ Nhĩ Kỳ": ACCUSE Iraq -> Thổ Nhĩ Kỳ), when no other actor and no
comma stands in the phrase.

"Đe dọa" followed by a good that is put at risk ("đe dọa an ninh khu vực", "đe dọa đến sự tồn vong
của nước này", "đe dọa nguồn cung cấp nước") means "endanger": nobody is threatened with an act,
so it is no THREATEN (whoever says so may accuse the cause; the precision rules code that).

A judged act named by a noun and a demonstrative ("phản đối hành động nêu trên", "phản đối điều
này", "chỉ trích gay gắt bình luận này", "lên án việc làm kể trên") points back to what was just
told: it is judged like "hành động này" (the author of the act just reported is the target).

A refusal to let another party act is a REJECT of that party: "Campuchia đã từ chối để tùy viên
quân sự Mỹ thăm căn cứ", "Thủ tướng X tuyên bố sẽ không để Trung Quốc lập căn cứ quân sự tại
đây", "nước này sẽ không cho phép Iran phá hoại an ninh khu vực", "từ chối không để Mỹ giúp sửa
chữa căn cứ" (REJECT subject -> the party not let, when an actor right after the verb is followed
by its own verb; a call on someone else not to allow it, "kêu gọi X không cho phép Y …", is X's
to make, so nothing is coded then).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.reported import keep_new

if TYPE_CHECKING:
    from sukien.events.coder import _Ctx, _Sent

# the verbs of accusing and warning whose content a comma or colon may introduce
_SPEECH_VERBS = {
    "ACCUSE": frozenset(
        {
            "cáo buộc",
            "tố cáo",
            "tố",
            "lên án",
            "chỉ trích",
            "phê phán",
            "buộc tội",
            "chỉ trích gay gắt",
        }
    ),
    "THREATEN": frozenset({"cảnh báo", "cảnh cáo", "đe dọa", "răn đe", "dọa"}),
}
# a comma or colon (and an optional "rằng"/"là") right after the verb
_COMMA_THAT = re.compile(r"\s*[,:]\s*(?:rằng\s+|là\s+)?[\"“]?")
# the clause subject's verb group: an aspect, modal or negation word within three words
_FINITE = re.compile(
    r"\s*(?:[^\s,;:.]+\s+){0,3}?(?:đã|đang|sẽ|có thể|phải|vẫn|không|chưa|tiếp tục|cố tình|"
    r"cố ý|đứng sau|từng|định|muốn|âm mưu|chuẩn bị)(?!\w)"
)
# a subordinate clause the comma closes, or a passive ("bị X cáo buộc, …")
_SUBORDINATE = re.compile(
    r"(?<!\w)(?:sau khi|trước khi|khi|dù|mặc dù|nếu|trong khi|để|vì|do|bởi|bị|được|trước|"
    r"giữa lúc|ngay khi)(?!\w)"
)

# "… N mà (phía) X cáo buộc …": the relative clause's subject right after "mà"
_REL_MA = re.compile(r"(?<!\w)mà\s+(?:phía\s+)?$")
# "… mà X cáo buộc (là) do Y gây ra/thực hiện": the author of what is charged
_DONE_BY = re.compile(
    r"\s*(?:là\s+)?(?:do|bởi)\s+(?:phía\s+)?(?:(?:binh sĩ|quân đội|lực lượng|quân)\s+)?"
)
# "vì/với/do (các|những) cáo buộc": a charge named as a noun
_CHARGE_NOUN = re.compile(r"(?<!\w)(?:vì|với|do)\s+(?:các\s+|những\s+)?$")
_MUTUAL = re.compile(r"\s*(?:lẫn\s+)?nhau(?!\w)")
# a nominalised act opening the object of a verb of judging, and the "của" closing it
_NOMINAL_ACT = re.compile(
    r"\s*(?:(?:các|những|mọi|một số)\s+)?(?:sự|vụ|cuộc|đợt|loạt|"
    r"biện pháp|hoạt động|chiến dịch|quyết định|kế hoạch)(?!\w)"
)
_JUDGING = frozenset({"ACCUSE", "REJECT", "PROTEST"})
_OF = re.compile(r"(?<!\w)của(?!\w)")
# no comma or quotation may stand inside the judged noun phrase
_PHRASE_BREAK = re.compile(r"[,;:()\"“”]")
# "đe dọa (đến|tới) <a good at risk>": to endanger it
_ENDANGERED = re.compile(
    r"\s*(?:(?:đến|tới)\s+)?(?:(?:nghiêm trọng|trực tiếp)\s+)?(?:an ninh|hòa bình|ổn định|"
    r"sự (?:tồn vong|tồn tại|ổn định|an toàn|toàn vẹn|sống còn|phát triển)|tính (?:mạng|ổn định|"
    r"toàn vẹn|độc lập)|chủ quyền|lợi ích|nguồn (?:cung|nước|sống)|cuộc sống|sinh kế|an toàn|"
    r"toàn vẹn lãnh thổ|trật tự|nền (?:kinh tế|độc lập|hòa bình)|hệ sinh thái|môi trường)(?!\w)"
)
# a judged act pointed back to: "(các|những) <act noun> nêu trên/kể trên/này/đó/…"
_ANAPHORIC_ACT = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|quyết liệt|kiên quyết)\s+)?(?:(?:các|những|mọi)\s+)?"
    r"(?:điều|việc|việc làm|hành vi|hoạt động|sự việc|bình luận|phát biểu|phát ngôn|luận điệu|"
    r"hành động|động thái|vụ việc|tuyên bố)"
    r"\s+(?:nêu trên|kể trên|trên đây|nói trên|này|đó|ấy)(?!\w)"
)
# an incident named bare, where the clause ends: the definite one just told ("lên án gay gắt
# vụ việc.", "phản đối vụ phóng tên lửa, đồng thời …")
_BARE_INCIDENT = re.compile(
    r"\s*(?:(?:mạnh mẽ|kịch liệt|gay gắt|quyết liệt|kiên quyết)\s+)?(?:vụ việc|sự việc|sự cố|"
    r"vụ tấn công|vụ không kích|vụ phóng(?: tên lửa)?|vụ thử(?: tên lửa| hạt nhân)?|vụ bắn|"
    r"vụ đụng độ|vụ va chạm|vụ bắt giữ)\s*(?=[,;.!?]|$|(?:và|đồng thời)(?!\w))"
)
# "(sẽ) không cho (phép) / không để / từ chối (không) để|cho (phép)" + the party not let; not
# "không cho biết/rằng/là/thấy" (did not say, does not think, does not show)
_NOT_LET = re.compile(
    r"(?<!\w)(?:(?:không|chưa)\s+(?:bao giờ\s+)?(?:cho phép|cho|để|chấp nhận để)|"
    r"từ chối\s+(?:không\s+)?(?:cho phép|cho|để))\s+(?!(?:biết|rằng|là|thấy|hay)(?!\w))"
)
# the people of the party not let, before its name ("tùy viên quân sự Mỹ", "tàu của Y")
_LET_GAP = re.compile(r"(?:[^\s,;:.()\"“”]+\s+){0,4}?(?:của\s+)?")
# the party not let is followed by its own verb
_OWN_VERB = re.compile(r"\s+[^\s,;:.()]")
# a call on someone else not to allow it
_ASKED_NOT = re.compile(r"(?<!\w)(?:kêu gọi|yêu cầu|đề nghị|hối thúc|thúc giục)(?!\w)")
_NOT_LET_TRIG = Trigger("từ chối", "REJECT", "refuse")
_BREAKS = re.compile(r"[,;:.()]")


# what marks a party as the one who suffered what is condemned, or is offered sympathy
_VICTIM_BEFORE = re.compile(
    r"(?<!\w)(?:vào|nhằm vào|nhắm vào|chống lại|đến|tới|cho|với|chia buồn|nạn nhân|thiệt mạng|"
    r"bị thương)(?!\w)"
)


class StanceRules:
    """``_comma_content``: 'X cáo buộc/cảnh báo, Y đã/sẽ …' is an ACCUSE/THREATEN X -> Y.
    ``_relative_charge``, ``_charge_noun_subjects``, ``_judged_nominal``, ``_endangering``,
    ``_anaphoric_act``, ``_judged_incident``, ``_not_let``: the other rules of the module (see
    it)."""

    def _comma_content(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X cáo buộc, Y đang …', 'X cảnh báo: Y sẽ …': the clause subject after the comma is
        the one accused or warned (as after "rằng")."""
        extra: list[Event] = []
        off = ps.sent.start
        coded = {ev.evidence.trigger.start for ev in out if ev.evidence.trigger is not None}
        for hit in ps.hits:
            verbs = _SPEECH_VERBS.get(hit.trig.type)
            if verbs is None or ps.low[hit.start : hit.end] not in verbs:
                continue
            if off + hit.start in coded:
                continue  # the coder found its parties
            m = _COMMA_THAT.match(ps.low, hit.end)
            if m is None or "," not in m.group() and ":" not in m.group():
                continue
            g = next((g for g in ps.groups if g.start >= m.end()), None)
            if g is None or g.start != m.end() or g.is_place:
                continue
            if not _FINITE.match(ps.low, g.end):
                continue
            clause = self._clause_start(ps, hit.start)
            subj, _agent, passive = self._subject(ps, clause, hit)
            if subj is None or passive or subj.end > hit.start:
                continue
            if _SUBORDINATE.search(ps.low[clause : hit.start]):
                continue
            actors = [p for p in self._participants(subj) if p.kind == "actor"]
            targets = [p for p in self._participants(g) if p.kind == "actor"]
            modality = self._modality(ps, hit, clause, ps.hits)
            for ev in self._judged_pairs(doc, ps, hit, ps.hits, actors, targets, modality, ctx):
                keep_new(ev, seen, extra)
        return extra

    def _relative_charge(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'N (của Y) mà X cáo buộc …', 'vụ việc mà X cáo buộc là do Y gây ra': ACCUSE X -> Y
        (the pair found inside the charge is dropped from ``out``)."""
        extra: list[Event] = []
        off = ps.sent.start
        for hit in ps.hits:
            accusing = ps.low[hit.start : hit.end] in _SPEECH_VERBS["ACCUSE"]
            if hit.trig.type != "ACCUSE" or not accusing:
                continue
            subj = next(
                (
                    g
                    for g in reversed(ps.groups)
                    if g.end <= hit.start
                    and self._nsyl(ps, g.end, hit.start) <= 2
                    and _REL_MA.search(ps.low[: g.start])
                ),
                None,
            )
            if subj is None:
                continue
            ma = _REL_MA.search(ps.low[: subj.start]).start()  # type: ignore[union-attr]
            accused = next(
                (
                    g
                    for g in ps.groups
                    if g.start >= hit.end and _DONE_BY.fullmatch(ps.low[hit.end : g.start])
                ),
                None,
            )
            if accused is None:
                accused = next(
                    (
                        g
                        for g in reversed(ps.groups)
                        if g.end <= ma
                        and not g.is_place
                        and not _BREAKS.search(ps.low[g.end : ma])
                        and self._nsyl(ps, g.end, ma) <= 6
                    ),
                    None,
                )
            if accused is None:
                continue
            actors = [p for p in self._participants(subj) if p.kind == "actor"]
            targets = [p for p in self._participants(accused) if p.kind == "actor"]
            if not actors or not targets:
                continue
            start = off + hit.start
            accused_codes = {p.code for p in targets}
            for ev in list(out):
                tr, rc = ev.evidence.trigger, ev.recipient
                if tr is None or tr.start != start or rc is None or rc.start is None:
                    continue
                if rc.start >= off + hit.end and rc.code not in accused_codes:
                    out.remove(ev)  # "cáo buộc cung cấp … cho Nga": Nga is no one accused
                    who = ev.actor.code if ev.actor else None
                    seen.discard((ev.type, who or "", rc.code or "", ev.modality))
            for ev in self._judged_pairs(doc, ps, hit, ps.hits, actors, targets, "asserted", ctx):
                ev.modality = "asserted"  # the charge a relative clause reports was made
                keep_new(ev, seen, extra)
        return extra

    @staticmethod
    def _charge_noun_subjects(ps: _Sent, out: list[Event]) -> None:
        """'A cắt quan hệ với B vì cáo buộc B …': drop ACCUSE B -> A of the charge noun (in
        place) when the sentence codes an act of A against B."""
        off = ps.sent.start
        dyads = {(ev.actor.code, ev.recipient.code) for ev in out if ev.actor and ev.recipient}
        for ev in list(out):
            tr = ev.evidence.trigger
            if ev.type != "ACCUSE" or tr is None or ev.actor is None or ev.recipient is None:
                continue
            if ps.low[tr.start - off : tr.end - off] != "cáo buộc":
                continue
            if not _CHARGE_NOUN.search(ps.low[: tr.start - off]):
                continue
            if _MUTUAL.match(ps.low, tr.end - off):
                continue  # "với cáo buộc lẫn nhau": each side's charge
            if (ev.recipient.code, ev.actor.code) in dyads:
                out.remove(ev)

    def _judged_nominal(self: Any, ps: _Sent, hit: Any, pos: int) -> bool:
        """Is the object at ``pos`` a nominalised act closed by "của X", with no other actor,
        comma or quotation inside ("lên án sự xâm nhập bất hợp pháp của quân đội X")?"""
        if hit.trig.type not in _JUDGING or not _NOMINAL_ACT.match(ps.low, pos):
            return False
        m = _OF.search(ps.low[pos : pos + 90])
        if m is None:
            return False
        end = pos + m.start()
        if _PHRASE_BREAK.search(ps.low[pos:end]) or self._nsyl(ps, pos, end) > 10:
            return False
        return not any(pos <= g.start < end for g in ps.groups)

    @staticmethod
    def _endangering(ps: _Sent, out: list[Event]) -> None:
        """'X đe dọa (đến) an ninh/sự tồn vong/nguồn nước …': drop the THREATEN (in place)."""
        off = ps.sent.start
        for ev in list(out):
            tr = ev.evidence.trigger
            if ev.type != "THREATEN" or tr is None or ev.evidence.part != "text":
                continue
            if ps.low[tr.start - off : tr.end - off] not in ("đe dọa", "dọa"):
                continue
            if _ENDANGERED.match(ps.low, tr.end - off):
                out.remove(ev)

    @staticmethod
    def _anaphoric_act(ps: _Sent, hit: Any) -> bool:
        """Does a verb of judging point back to an act just told ("phản đối hành động nêu
        trên", "phản đối điều này", "chỉ trích bình luận này")?"""
        if hit.trig.type not in ("ACCUSE", "PROTEST"):
            return False  # "bác bỏ điều này": a claim rejected, whoever made it
        return bool(_ANAPHORIC_ACT.match(ps.low, hit.end))

    @staticmethod
    def _judged_incident(ps: _Sent, hit: Any) -> bool:
        """Does a verb of judging end its clause on a bare incident noun ("lên án vụ việc.",
        "phản đối vụ phóng tên lửa, …"): the hostile act just told, whoever did it?"""
        judging = hit.trig.type in ("ACCUSE", "PROTEST")
        return judging and bool(_BARE_INCIDENT.match(ps.low, hit.end))

    def _not_let(
        self: Any,
        doc: Any,
        ps: _Sent,
        ctx: _Ctx,
        out: list[Event],
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """'X từ chối để Y …', 'X sẽ không cho phép Y …', 'X không để Y …': REJECT X -> Y."""
        from sukien.events.coder import _Hit

        extra: list[Event] = []
        for m in _NOT_LET.finditer(ps.low):
            g = next((g for g in ps.groups if g.start >= m.end()), None)
            if g is None or g.is_place:
                continue
            gap = _LET_GAP.fullmatch(ps.low[m.end() : g.start])
            if gap is None or not _OWN_VERB.match(ps.low, g.end):
                continue  # the party must be followed by its own verb
            clause = self._clause_start(ps, m.start())
            if _ASKED_NOT.search(ps.low[clause : m.start()]):
                continue  # "kêu gọi X không cho phép Y …": X is asked, not refusing
            hit = _Hit(m.start(), m.start() + len(m.group().rstrip()), _NOT_LET_TRIG)
            subj, _agent, passive = self._subject(ps, clause, hit)
            if subj is None or passive:
                continue
            actors = [p for p in self._participants(subj) if p.kind == "actor"]
            targets = [p for p in self._participants(g) if p.kind == "actor"]
            hits = sorted([*ps.hits, hit], key=lambda h: h.start)
            for ev in self._judged_pairs(doc, ps, hit, hits, actors, targets, "asserted", ctx):
                if ev.modality == "denied":
                    ev.modality = "asserted"  # the refusal is the negation itself
                keep_new(ev, seen, extra)
        return extra

    def _first_party_after(
        self: Any, ps: _Sent, hit: Any, clause_end: int, actors: list[Any]
    ) -> list[Any]:
        """The party an accusation is about when argument linking found none: the first
        actor group after the trigger in its clause (not a place, not the accuser)."""
        mine = {a.code for a in actors}
        for g in ps.groups:
            if g.start < hit.end or g.start >= clause_end:
                continue
            if g.is_place or self._after_place_prep(ps, g.start):
                continue
            if _VICTIM_BEFORE.search(ps.low, hit.end, g.start):
                return []  # "lên án vụ tấn công nhằm vào Y", "chia buồn với Y": Y suffered it
            if "," in ps.low[hit.end : g.start] or any(
                hit.end <= h.start < g.start and not self._nominal(ps, h) for h in ps.hits
            ):
                return []  # "lên án vụ việc và kêu gọi Y …": Y is the next verb's
            return [p for p in self._participants(g) if p.kind == "actor" and p.code not in mine]
        return []

    def _judged_pairs(
        self: Any,
        doc: Any,
        ps: _Sent,
        hit: Any,
        hits: list[Any],
        actors: list[Any],
        targets: list[Any],
        modality: str,
        ctx: _Ctx,
        confidence: float = 0.6,
    ) -> Iterator[Event]:
        """The events of ``hit`` the coder builds from each of ``actors`` to each of
        ``targets`` (those it refuses or leaves without a side are skipped)."""
        for a in actors:
            for b in targets:
                ev = self._event(doc, ps, hit, hits, a, b, modality, confidence, ctx, False)
                if ev is not None and ev.actor is not None and ev.recipient is not None:
                    yield ev

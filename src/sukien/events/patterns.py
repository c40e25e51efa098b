"""Rules for patterns that error analysis of unseen world news found (a mixin of ``Coder``).

Each rule is a small method the coder calls at one point of its work; the vocabulary they use is
here too. What they do (examples are sentences of our own):

* **joint exercises**: an exercise held by two parties ("A và B tập trận", "cuộc tập trận của/
  giữa A và B", "cuộc tập trận Mỹ - Hàn", "A tập trận với B") is COOPERATE military between
  exactly them, never with the subject of a verb that judges it;
* **judged acts**: an act a verb condemns, rejects, answers or welcomes, done "của X" ("lên án
  cuộc tấn công của X vào Y", "hoan nghênh gói trừng phạt của EU nhằm vào Nga") took place, and
  X is the judge's recipient; "X nói (hành động của) Y là không thể chấp nhận" accuses Y;
* **passives**: "A được đưa ra trong bối cảnh B …" gives B no agent role; "X bị (Y) bắt" is an
  arrest, and with no agent the state where it happened ("bị bắt ở Y") made it;
* **places and names**: "máy bay ném bom" is a weapon; a conference named by its proper name
  ("trước lễ khai mạc Hội nghị thượng đỉnh G20") is a time or place; "lực lượng này", "nhóm
  này" are the last armed group named, "(của) khối" the last bloc;
* **bodies**: a veto with no object rejects the body whose draft failed; "5 ủy viên thường trực
  HĐBA" are members, not the Council; an organisation and its own home state guessed together
  are a domestic pair, no event;
* **warnings and fire**: "cảnh báo nguy cơ/cuộc xung đột …" is a forecast, no threat; fire
  exchanged "giữa A và B", "A và B đọ súng", "A giao chiến với B" is an attack both ways.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

from sukien.document import Event
from sukien.events.lexicon import Trigger
from sukien.events.mentions import Group, Phrase

if TYPE_CHECKING:
    from sukien.events.coder import _Ctx, _Hit, _Sent

# "cuộc tập trận (quân sự) của/giữa A và B", "tập trận với B": who holds an exercise
# ("tập trận chung thường niên Mỹ - Nhật", "tập trận chung tên lửa đạn đạo Mỹ - Hàn", "các cuộc
# tập trận gần đây của lực lượng đặc nhiệm Mỹ và Hàn Quốc")
_JOINT_KIND = (
    r"(?:quân sự|hải quân|không quân|hải quân và không quân|bắn đạn thật|quy mô lớn|thường niên|"
    r"gần đây|mới nhất|tên lửa đạn đạo|tên lửa|phòng thủ|đổ bộ|trên biển|trên không|định kỳ|"
    r"hàng hải|chống tàu ngầm)"
)
_JOINT_FORCE = (
    r"(?:quân đội|hải quân|không quân|lực lượng|các lực lượng|binh sĩ|thủy quân lục chiến)"
    r"(?:\s+(?:đặc nhiệm|đặc biệt|tác chiến đặc biệt|đặc công|phòng vệ))?"
)
_JOINT_AFTER = re.compile(
    rf"\s*(?:{_JOINT_KIND}\s+){{0,3}}"
    rf"(?:(?:của|giữa|(?P<with>với|cùng))\s+)?(?P<force>{_JOINT_FORCE}\s+)?"
)
# suspects handed over: "bàn giao (lại) (50|các|hàng chục) đối tượng / nghi phạm …" (wave 19)
_SUSPECTS_AFTER = re.compile(
    r"\s+(?:lại\s+)?(?:(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm|"
    r"nhiều|các|những|một|số)\s+)*(?:đối tượng|nghi phạm|nghi can|tội phạm|kẻ|phạm nhân|"
    r"người bị truy nã|tù nhân)(?!\w)"
)
_JOINT_GAP = re.compile(
    r"\s*(?:(?:đã|đang|sẽ|vừa|cùng|cùng nhau|tiếp tục|tiến hành|tổ chức|thực hiện|mở|bắt đầu|"
    r"khởi động|phát động|thông báo|tuyên bố|công bố|(?:ngày|hôm)\s+\d{1,2}(?:[/-]\d{1,2}){0,2}|"
    r"các|một|cuộc|những|đợt)\s+)*"
)
# verbs that judge an act done by someone ("lên án cuộc tấn công của X")
_JUDGING = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST", "SUPPORT"})
# "lên án điều mà họ gọi là "cuộc tấn công của X"": what the judge calls the act
CALLED_WHAT = (
    r"(?:\s*(?:điều|những gì)\s+mà\s+(?:[^\s,;.]+\s+){0,3}?(?:gọi|mô tả|coi)\s+là[\s\"“”]*)"
)
_JUDGED_GAP = re.compile(
    rf"{CALLED_WHAT}?"
    r"\s*(?:(?:sẽ\s+)?(?:đáp trả|trả đũa|đáp lại)\s+)?"
    r"(?:(?:mạnh mẽ|kịch liệt|gay gắt|kiên quyết|quyết liệt|áp đảo|cứng rắn|lại)\s+)?"
    r"(?:(?:các|những|mọi|một|cuộc|vụ|chuyến|loạt|đợt|hàng loạt|gói|lệnh|biện pháp)\s+)*"
)
_BY_AGENT = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:của|do)\s", re.UNICODE)
# some members of a body, not the body: "5 ủy viên thường trực HĐBA", "một số thành viên EU"
_SOME_MEMBERS = re.compile(
    r"(?:^|\s)(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một số|nhiều|vài)\s+ủy viên"
    r"(?:\s+(?:thường trực|không thường trực))?|(?:một số|vài|số ít)\s+(?:nước\s+|quốc gia\s+)?"
    r"thành viên)(?:\s+(?:của|thuộc))?$"
)
# members left unnamed: "(một/hai) quốc gia/nước (thành viên) EU" (not "các nước EU" nor "32
# quốc gia thành viên NATO": the bloc)
_ONE_MEMBER = re.compile(
    r"(?:^|(?<!các)(?<!những)(?<!mọi)(?<!\d)\s)(?:một\s+)?(?:quốc gia|nước)"
    r"(?:\s+thành viên)?(?:\s+(?:của|thuộc))?$"
)
# a passive verb of its own, then a frame: "A được đưa ra trong bối cảnh B …" (B no agent)
_PASSIVE_FRAME = re.compile(
    r"(?<!\w)(?:trong|tại|ở|khi|lúc|sau|trước|vào|giữa|bối cảnh|đưa ra|công bố|nêu|thực hiện)"
    r"(?!\w)"
)
# a warning about a risk or a course of events, not to someone: "cảnh báo nguy cơ …",
# "cảnh báo cuộc xung đột giữa A và B có thể …", "cảnh báo về tình trạng …"
_FORECAST = re.compile(
    r"\s*(?:(?:rằng|là)\s+)?(?:về\s+)?(?:(?:các|những|một)\s+)?(?:nguy cơ|rủi ro|khả năng|hậu quả|"
    r"tình trạng|tình hình|cuộc|xung đột|thảm họa|thảm kịch|mối nguy|mối đe dọa|làn sóng|"
    r"viễn cảnh|kịch bản|sự leo thang|leo thang|bạo lực|nạn|tác động|ảnh hưởng)(?!\w)"
)
# who holds a conference: "X tổ chức Hội nghị thượng đỉnh với Y"
_HOLD = re.compile(
    r"(?:^|\s)(?:tổ chức|chủ trì|đăng cai|triệu tập|đồng chủ trì|chủ tọa|mở|có)"
    r"(?:\s+(?:một|cuộc|các))?$"
)
# "công dân X bị bắt ở Y", "X bị cảnh sát Y bắt": the bare verb after a passive marker
_PASSIVE_ARREST = re.compile(
    r"(?<!\w)bị\s+(?:[^\s,.;:]+\s+){0,6}?(?P<v>bắt)(?!\s+(?:buộc|ép|nạt|phạt|cóc|làm|phải|"
    r"chước|gặp|đầu|nguồn|tay|lỗi|bẻ|giữ|giam|mắt|nhịp|kịp|chẹt|bí|chết|sống))(?!\w)"
)
_ARREST = Trigger("bắt", "COERCE", "arrest")
# "X, lãnh thổ mà Y kiểm soát", "X, khu vực do Y chiếm đóng": Y holds the place X
_HELD_BY = re.compile(
    r"\s*,\s*(?:(?:vùng lãnh thổ|lãnh thổ|khu vực|vùng|dải đất|thành phố|nơi|thành trì)\s+)"
    r"(?:(?:mà|do|bị|đang bị|hiện do|vốn do|dưới sự kiểm soát của)\s+)?(?:(?:nhóm|phong trào|"
    r"lực lượng)\s+)?"
)
_HOLDS = re.compile(
    r"\s*(?:(?:đang|vẫn|hiện)\s+)?"
    r"(?:kiểm soát|chiếm giữ|chiếm đóng|cai quản|nắm quyền|quản lý)(?!\w)"
)
_OUT_OF = re.compile(r"\s*(?:ra\s+)?khỏi\s+(?:(?:lãnh thổ|nước|đất nước)\s+)?")
# "… là (điều hoàn toàn) không thể chấp nhận (được)": a judgement of an act, an accusation
_UNACCEPTABLE_RE = re.compile(
    r"(?<!\w)(?:là|coi là|gọi là)?\s*[\"“'‘]?\s*(?:điều\s+)?(?:hoàn toàn\s+|hết sức\s+|rất\s+)?"
    r"(?P<v>không thể chấp nhận(?:\s+được)?|không chấp nhận được)(?!\w)"
)
_UNACCEPTABLE = Trigger("không thể chấp nhận", "ACCUSE", "disapprove")
_JUDGE_VERB = re.compile(r"(?<!\w)(?:gọi|coi|xem|mô tả|đánh giá)(?!\w)")  # "X coi Z là …"
_THIS = re.compile(
    r"[\s,:\"“]*(?:đây|đó|điều này|điều đó|việc này|hành động này|động thái này)(?!\w)"
)
# fire exchanged: with two subjects and no target, each side fires at the other
_FIREFIGHT = frozenset({"nã súng", "đọ súng", "chạm súng", "giao chiến", "đấu súng", "đụng độ"})


def _home_of(code: str) -> str | None:
    """The state an organisation or armed group belongs to (``FED`` -> ``USA``), from the KB."""
    try:
        from sukien.entities.kb import by_code
    except ImportError:
        return None
    entry = by_code(code)
    country = getattr(entry, "country", None) if entry is not None else None
    return country if country != code else None


def _kind_of(code: str) -> str | None:
    """The KB kind of a code (state, organisation, armed-group …)."""
    try:
        from sukien.entities.kb import by_code
    except ImportError:
        return None
    entry = by_code(code)
    return getattr(entry, "kind", None) if entry is not None else None


def home_pair(ev: Event) -> bool:
    """Are the two sides an organisation and its own home state (the Fed and the USA, the
    Houthis and Yemen)? Such a pair is domestic, no international event, unless the text links
    them outright."""
    a, b = ev.actor.code or "", ev.recipient.code or ""  # type: ignore[union-attr]
    if _kind_of(a) == "armed-group" or _kind_of(b) == "armed-group":
        return False  # rebels and their state fight each other ("PKK nã pháo vào … Istanbul")
    return bool(a and b) and (_home_of(a) == b or _home_of(b) == a)


class PatternRules:
    """Rules of ``sukien.events.coder.Coder`` for the patterns above (its helpers are used)."""

    def _resolve_groups(self, sents: list[_Sent]) -> None:
        """ "lực lượng này", "nhóm này" -> the last armed group named (in this sentence or the
        ones before); "(gói trừng phạt của) khối" -> the last bloc named."""
        group: str | None = None
        bloc: str | None = None
        for ps in sents:
            for g in ps.groups:
                for p in g.phrases:
                    for m in p.mentions:
                        kind = _kind_of(m.code) if m.kind == "actor" and m.code else None
                        if kind == "armed-group":
                            group = m.code
                        elif kind == "organisation":
                            bloc = m.code
                        elif m.kind == "pronoun" and m.etype in ("GROUP", "BLOC"):
                            m.code = group if m.etype == "GROUP" else bloc
                            m.kind, m.etype = "actor", "ORG"

    def _pattern_hits(self, ps: _Sent, hits: list[_Hit]) -> list[_Hit]:
        """The coder's triggers with these rules applied: weapon names dropped, passive
        arrests and "… là không thể chấp nhận" added, exercises of two parties made joint."""
        from sukien.events.coder import _Hit

        hits = [h for h in hits if not self._weapon_name(ps, h)]
        hits.extend(self._passive_arrests(ps, hits))
        for m in _UNACCEPTABLE_RE.finditer(ps.low):
            s, e = m.span("v")
            hits = [h for h in hits if not (h.start < e and s < h.end)]
            hits.append(_Hit(s, e, _UNACCEPTABLE))
        hits.sort(key=lambda h: h.start)
        return [self._handed_suspects(ps, self._joint_exercise(ps, h)) for h in hits]

    def _own_pairs(
        self, ps: _Sent, hit: _Hit, i: int, ctx: _Ctx, clause: int
    ) -> tuple[list[tuple[Phrase | str, Phrase | str]], float, int] | None:
        """Pairs these rules settle before the coder's own linking (None: none settled): an
        exercise named with its holders ("cuộc tập trận Mỹ - Hàn": its holders, nobody else);
        "… là không thể chấp nhận" (the judge and the agent judged)."""
        held_by = self._exercise_parties(ps, hit)
        if held_by:
            return list(combinations(held_by, 2)), 0.85, clause
        if hit.trig is _UNACCEPTABLE:
            judged = self._unacceptable(ps, hit, i, ctx, clause)
            return (judged, 0.6, clause) if judged else None
        return None

    def _last_pairs(
        self,
        ps: _Sent,
        hit: _Hit,
        ctx: _Ctx,
        found: tuple[list[tuple[Phrase | str, Phrase | str]], float, int],
        actors: list[Phrase],
        targets: list[Phrase],
        voice: tuple[bool, bool],
    ) -> tuple[list[tuple[Phrase | str, Phrase | str]], float, int] | None:
        """The coder's pairs of one trigger (``voice``: passive, "giữa A và B"), completed and
        checked by these rules: the agent of a judged act, fire exchanged, a veto with no
        object, a passive arrest with no agent, members of a body, forecasts."""
        pairs, confidence, clause = found
        passive, between = voice
        agent = self._act_agent(ps, hit)
        if agent and actors and not passive:  # "hoan nghênh gói trừng phạt của EU …": EU
            pairs = [(a, x) for a in actors for x in agent]
        fire = self._exchange_of_fire(ps, hit, actors, targets, between)
        if fire and hit.trig.type == "ASSAULT":  # "nã súng giữa A và B": both ways
            pairs = fire
        if (
            not pairs
            and actors
            and not targets
            and hit.trig.mode == "veto"
            and not self._ends(self._before(ps, hit.start, 3), ("quyền", "quyền bỏ phiếu"))
        ):  # "X bỏ phiếu phủ quyết", not "X có quyền phủ quyết"
            pairs = [(a, c) for a in actors for c in self._vetoed(ps, ctx, a)]
            confidence = 0.6
        if not pairs and passive and targets and not actors and hit.trig.type == "COERCE":
            # "công dân X bị bắt (giữ) ở Y": the state where it happened made the arrest
            here = self._place_code(ps, hit, after=True)
            pairs = [(here, t) for t in targets if here and t.kind == "actor"]
            confidence = 0.6
        if not pairs and passive and targets and not actors and hit.trig.type == "SANCTION":
            # "nhà ngoại giao X bị trục xuất khỏi Y": Y expelled them
            m = _OUT_OF.match(ps.low, hit.end)
            g = next((g for g in ps.groups if m and g.start == m.end()), None)
            here = next((p.code for p in self._participants(g) if p.code), None)
            pairs = [(here, t) for t in targets if here and t.kind == "actor"]
            confidence = 0.6
        pairs = [
            (a, b) for a, b in pairs if not (self._some_members(ps, a) or self._some_members(ps, b))
        ]
        if hit.trig.type in ("ASSAULT", "COERCE", "MOBILIZE"):
            pairs = [(a, self._holder_of(ps, b)) for a, b in pairs]
        venue = self._venue(ps, hit)
        if venue is not None:  # "sau cuộc gặp Busan": where it was held, no party
            pairs = [(a, b) for a, b in pairs if venue not in (a, b)]
        if hit.trig.type == "THREATEN" and _FORECAST.match(ps.low, hit.end):
            return None  # "cảnh báo nguy cơ xung đột giữa A và B": a forecast, no threat
        return pairs, confidence, clause

    @staticmethod
    def _passive_arrests(ps: _Sent, hits: list[_Hit]) -> list[_Hit]:
        """ "X bị (Y) bắt": the bare verb "bắt" is an arrest only in the passive (never "bắt
        đầu", "bắt buộc", "bắt tay")."""
        from sukien.events.coder import _Hit

        out = []
        for m in _PASSIVE_ARREST.finditer(ps.low):
            s, e = m.span("v")
            if not any(h.start < e and s < h.end for h in hits):
                out.append(_Hit(s, e, _ARREST))
        return out

    def _joint_exercise(self, ps: _Sent, hit: _Hit) -> _Hit:
        """An exercise held by two parties is cooperation between them, not a deployment:
        "Mỹ và Hàn Quốc tập trận", "cuộc tập trận của Nga và Trung Quốc", "Nga tập trận với
        Trung Quốc" (COOPERATE military)."""
        if hit.trig.type != "MOBILIZE" or hit.trig.mode != "exercise":
            return hit

        def parties(g: Group) -> int:
            return len({p.code for p in g.phrases if p.kind == "actor" and p.code})

        joint = self._holders_after(ps, hit) is not None
        clause = self._clause_start(ps, hit.start)
        before = [g for g in ps.groups if clause <= g.start and g.end <= hit.start]
        if not joint and before and _JOINT_GAP.fullmatch(ps.low[before[-1].end : hit.start]):
            joint = parties(before[-1]) >= 2
        if not joint:
            return hit
        return replace(hit, trig=Trigger(hit.trig.text, "COOPERATE", "military"))

    @staticmethod
    def _handed_suspects(ps: _Sent, hit: _Hit) -> _Hit:
        """Suspects handed over, counted or not, are judicial cooperation, not aid: "Campuchia
        bàn giao 50 đối tượng lừa đảo cho Việt Nam" (COOPERATE judicial), wave 19."""
        if hit.trig.type != "AID" or hit.trig.text not in ("bàn giao", "chuyển giao"):
            return hit
        if not _SUSPECTS_AFTER.match(ps.low, hit.end):
            return hit
        return replace(hit, trig=Trigger(hit.trig.text, "COOPERATE", "judicial"))

    def _holders_after(self, ps: _Sent, hit: _Hit) -> Group | None:
        """The parties named right after an exercise ("tập trận (chung) của/giữa A và B",
        "cuộc tập trận Mỹ - Hàn", "tập trận với B")."""
        m = _JOINT_AFTER.match(ps.low, hit.end)
        # the force may open the party's own name ("tập trận cùng Không quân Pháp", wave 19)
        at = m.start("force") if m and m.group("force") else None
        g = next((g for g in ps.groups if g.start >= (at or m.end())), None) if m else None
        if m is None or g is None or g.start not in (m.end(), at):
            return None
        parties = {p.code for p in g.phrases if p.kind == "actor" and p.code}
        return g if len(parties) >= 2 or m.group("with") is not None else None

    def _exercise_parties(self, ps: _Sent, hit: _Hit) -> list[Phrase]:
        """The two or more parties named right after a joint exercise."""
        if hit.trig.type != "COOPERATE" or not re.search(r"tập trận|diễn tập", hit.trig.text):
            return []
        g = self._holders_after(ps, hit)
        out: list[Phrase] = []
        for p in self._participants(g):
            if p.kind == "actor" and p.code not in {q.code for q in out}:
                out.append(p)
        return out if len(out) >= 2 else []

    def _judged_act(self, ps: _Sent, hit: _Hit, hits: list[_Hit]) -> _Hit | None:
        """The verb that condemns, rejects, threatens to answer or welcomes the act the trigger
        names, done by someone "của X" ("lên án cuộc tấn công của X", "sẽ đáp trả các cuộc tập
        trận của A và B", "hoan nghênh gói trừng phạt của EU"). Such an act is done whatever
        mood the judging verb is in."""
        nominal = self._nominal(ps, hit) or self._before(ps, hit.start, 1) in ("lệnh", "pháp")
        if hit.trig.type in ("CONSULT", "AGREE"):
            return None  # a meeting judged is its maker's ("chỉ trích chuyến thăm … của X")
        exercise = hit.trig.type == "COOPERATE" and self._holders_after(ps, hit) is not None
        # a joint exercise named by its holders is a noun even bare ("lên án tập trận chung Mỹ-Hàn")
        if not (nominal or exercise) or not (_BY_AGENT.match(ps.low, hit.end) or exercise):
            return None
        for h in hits:
            if h.end > hit.start or h.trig.type not in _JUDGING or h.trig.mode == "allege":
                continue  # "cáo buộc cuộc tấn công của X": an allegation is no fact
            if h.trig.mode == "veto":
                continue  # "phủ quyết gói trừng phạt của EU": a vetoed act is blocked (wave 19)
            if _JUDGED_GAP.fullmatch(ps.low[h.end : hit.start]):
                return h
        return None

    def _act_agent(self, ps: _Sent, hit: _Hit) -> list[Phrase]:
        """Who did the act a judging trigger names ("hoan nghênh gói trừng phạt mới của EU
        nhằm vào Nga": EU, not Nga; "lên án cuộc tấn công của Nga vào Kiev": Nga)."""
        from sukien.events.coder import _BREAK

        if hit.trig.type not in _JUDGING:
            return []
        act = next((h for h in ps.hits if h.start >= hit.end), None)
        if act is None or self._judged_act(ps, act, ps.hits) is not hit:
            return []
        brk = _BREAK.search(ps.low, hit.end)
        _recips, agent, _between = self._object(ps, act, brk.start() if brk else len(ps.low))
        return [p for p in self._participants(agent) if p.kind == "actor"]

    def _holder_of(self, ps: _Sent, target: Phrase | str) -> Phrase | str:
        """Who holds a place attacked, when an apposition says so ("bắn phá Gaza, lãnh thổ mà
        Hamas kiểm soát": Hamas); otherwise the place itself."""
        if isinstance(target, str) or target.kind != "place":
            return target
        m = _HELD_BY.match(ps.low, target.end)
        g = next((g for g in ps.groups if m and g.start == m.end()), None)
        if g is None or not _HOLDS.match(ps.low, g.end):
            return target
        return next((p for p in self._participants(g) if p.kind == "actor"), target)

    def _venue(self, ps: _Sent, hit: _Hit) -> Phrase | None:
        """A city right after a meeting noun names the meeting ("cuộc gặp Busan", "hội nghị
        Paris"): the place, never a party. A visit's destination ("chuyến thăm Bắc Kinh") is."""
        if hit.trig.type != "CONSULT" or hit.trig.mode == "visit" or not self._nominal(ps, hit):
            return None
        g = next((g for g in ps.groups if g.start >= hit.end), None)
        if g is None or ps.low[hit.end : g.start].strip():
            return None
        first = g.phrases[0]
        return first if first.kind == "place" else None

    def _named_meeting(self, ps: _Sent, hit: _Hit) -> bool:
        """Is a conference named by its proper name ("Hội nghị thượng đỉnh G20", "Diễn đàn
        …") as a time or place ("trước khi diễn ra lễ khai mạc Hội nghị thượng đỉnh G20")?
        Its organisation is no party then, nor is the subject of another verb."""
        if not ps.sent.text[hit.start : hit.start + 1].isupper():
            return False
        return not _HOLD.search(self._before(ps, hit.start, 3))

    def _weapon_name(self, ps: _Sent, hit: _Hit) -> bool:
        """Is the trigger part of a weapon's name ("máy bay ném bom B-1B": a bomber)?"""
        if hit.trig.type != "ASSAULT" or hit.trig.text not in ("ném bom", "thả bom", "oanh tạc"):
            return False
        return self._ends(self._before(ps, hit.start, 2), ("máy bay", "phi cơ", "chiến đấu cơ"))

    @staticmethod
    def _passive_agent_gap(gap: str) -> bool:
        """Does the agent follow "được/bị" at once ("A được (phía) B đón tiếp")? After "Tuyên bố
        của A được đưa ra trong bối cảnh B …" the passive verb is another one, B no agent."""
        rest = re.split(r"(?<!\w)(?:được|bị)(?!\w)", gap)[-1]
        return len(re.findall(r"\w+", rest)) <= 5 and not _PASSIVE_FRAME.search(rest)

    def _some_members(self, ps: _Sent, x: Phrase | str) -> bool:
        """Does ``x`` name an organisation only as the home of some of its members ("5 ủy viên
        thường trực HĐBA", "một số thành viên NATO", "quốc gia EU")? Those members act or are
        acted upon, not the body."""
        if isinstance(x, str) or not any(m.etype == "ORG" for m in x.mentions):
            return False
        before = self._before(ps, x.start, 6)
        one = x.code in self.lex.members and _ONE_MEMBER.search(before)  # a bloc's member
        return bool(_SOME_MEMBERS.search(before) or one)

    def _unacceptable(
        self, ps: _Sent, hit: _Hit, i: int, ctx: _Ctx, clause: int
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """X calls what Y did unacceptable ("X nói hành động của Y là không thể chấp nhận",
        'X: "Đây là điều không thể chấp nhận"'): X accuses Y. The speaker is the quotation's
        or the reporting verb's subject; Y owns the act judged ("của Y"), else is the last other
        party named before in the sentence, else (for "đây", "điều này") whoever acted last."""
        speaker: Phrase | str | None = self._speaker(ps, hit.start)
        cue = self._report_cue(ps, hit.start)  # type: ignore[attr-defined]
        called = list(_JUDGE_VERB.finditer(ps.low, 0, hit.start))
        verb = max([c[0] for c in ([cue] if cue else [])] + [m.start() for m in called], default=-1)
        if speaker is None and verb >= 0:
            by = self._groups_before(ps, self._clause_start(ps, verb), verb)
            # "X phản đối động thái của Y, coi đây là …": Y owns the act, X judges
            by = [g for g in by if not self._ends(self._before(ps, g.start, 1), ("của", "mà"))]
            speaker = next((p for p in self._participants(by[-1] if by else None)), None)
        if speaker is None:
            return []
        me = speaker if isinstance(speaker, str) else speaker.code
        named = [
            g
            for g in ps.groups
            if g.end <= hit.start and not g.is_place and not self._after_place_prep(ps, g.start)
        ]
        between = [g for g in named if max(verb, 0) <= g.start]
        owners = [g for g in between if self._ends(self._before(ps, g.start, 1), ("của", "do"))]
        before = named
        for g in [*owners, *between, *reversed(before)]:
            found = [p for p in self._participants(g) if p.kind == "actor" and p.code != me]
            if found:
                return [(speaker, found[0])]
        if _THIS.match(ps.low, max(clause, verb + 1) if verb >= 0 else clause):
            src = next(
                (e for e in reversed(ctx.recent) if e[1] and e[1] != me and e[0] >= i - 2), None
            )
            if src is not None:
                return [(speaker, src[1])]  # type: ignore[list-item]
        return []

    @staticmethod
    def _exchange_of_fire(
        ps: _Sent, hit: _Hit, actors: list[Phrase], targets: list[Phrase], between: bool
    ) -> list[tuple[Phrase | str, Phrase | str]]:
        """Fire exchanged "giữa A và B" ("nã súng giữa Ấn Độ-Pakistan"), by two subjects with
        no target ("A và B đọ súng") or "với B" ("A giao chiến với B"): each side attacks the
        other. "A nã súng vào B" is one-way."""
        fight = hit.trig.text in _FIREFIGHT
        mutual = fight and (not targets or bool(re.match(r"\s*(?:với|cùng)\s", ps.low[hit.end :])))
        if not between and not mutual:
            return []
        sides: list[Phrase] = []
        for p in [*actors, *targets]:
            if p.kind == "actor" and p.code not in {q.code for q in sides}:
                sides.append(p)
        if len(sides) != 2:
            return []
        return [(sides[0], sides[1]), (sides[1], sides[0])]

    def _vetoed(self, ps: _Sent, ctx: _Ctx, voter: Phrase) -> list[str]:
        """Whose draft a veto with no object rejects: the organisation named in the sentence
        ("Hội đồng Bảo an không thông qua dự thảo … vì Mỹ bỏ phiếu phủ quyết"), else the one
        named last before."""
        for g in ps.groups:
            for p in g.phrases:
                orgs = [m for m in p.mentions if m.etype == "ORG" and m.kind == "actor"]
                if orgs and p.code and p.code != voter.code:
                    return [p.code]
        return [ctx.last_org] if ctx.last_org and ctx.last_org != voter.code else []

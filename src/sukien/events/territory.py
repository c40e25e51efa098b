"""Where an attack lands, and threats that follow an act. Mixed into ``coder.Coder`` (uses
``_before``, ``_nsyl`` and the sentence's groups); ``Coder._object`` and ``Coder._pairs`` call
them.

* **a state's territory** ("tấn công các mục tiêu ở bên trong lãnh thổ Iran", "tiến hành cuộc
  tấn công trên khu vực biên giới Saudi Arabia", "các mục tiêu nằm sâu trong lãnh thổ Nga"): an
  attack that names no party as its target is an attack on the state whose territory or border
  area it strikes; so is an attack on places of a state ("tại các tỉnh Bryansk, Kursk của Nga");
* **near a border** ("bắn hạ gần biên giới Syria", "mục tiêu gần biên giới phía tây với Ba
  Lan"): "gần biên giới X" says where an attack happened; X is not what was attacked;
* **a vow after an act** ("X triệu đại sứ Y …, đồng thời tuyên bố X bảo lưu quyền trả đũa",
  "X phản đối và nhấn mạnh quân đội X sẽ giáng trả"): a threat with no target of its own,
  coordinated after the actor's own act against Y in the same sentence, is aimed at Y;
* **a threatened act's place** ("Israel đe dọa mở rộng chiến dịch tại Lebanon"): a threat of
  a military act with no target of its own is aimed at the state where the act would land;
* **rebels of a country** ("các tay súng Somalia", "phiến quân Syria", "quân nổi dậy Yemen"):
  a state's name after a word for rebels or gunmen says where they are from; the state is no
  party to what they do or suffer (``Coder._event`` drops the event);
* **co-drillers** ("Mỹ và Nhật Bản bắt đầu cuộc tập trận chung với Hàn Quốc"): the subjects of
  a joint drill held with a third drill together too (each pair of the three);
* **a second act after a rejected document** ("Iran bác bỏ nghị quyết mới của IAEA và cảnh
  báo sẽ có thêm các biện pháp đáp trả"): a verb coordinated after the document's noun phrase,
  with no verb of the document's content between, is the subject's own next act, not what the
  document says ("phủ quyết dự thảo lên án X và yêu cầu Y": "yêu cầu" is still content).
"""

from __future__ import annotations

import re
from typing import Any

from sukien.events.patterns import _kind_of as kind_of

# "gần (khu vực) biên giới (phía tây) (với|giáp) X": a location, not a target
_NEAR_BORDER = re.compile(
    r"(?<!\w)gần\s+(?:(?:khu vực|vùng|đường)\s+)?biên giới"
    r"(?:\s+phía\s+(?:đông|tây|nam|bắc)(?:\s+(?:nam|bắc))?)?(?:\s+(?:với|giáp|của))?\s*$"
)
# "(ở|tại|trên|vào|nằm sâu) (bên) trong lãnh thổ X", "trên khu vực biên giới X"
_TERRITORY = re.compile(
    r"(?<!\w)(?:(?:ở|tại|trên|vào|trong|nhằm vào|xuyên)\s+(?:(?:bên|sâu)\s+(?:bên\s+)?trong\s+)?"
    r"|(?:nằm\s+)?sâu\s+(?:bên\s+)?(?:trong|vào)\s+)"
    r"(?:(?:toàn|vùng)\s+)?(?:lãnh thổ|(?:khu vực|vùng)\s+biên giới)(?:\s+(?:của|nước))?\s*$"
)
# "tại các tỉnh Bryansk, Kursk của Nga": places of a state
_PLACES_OF = re.compile(
    r"(?<!\w)(?:ở|tại|trên|vào)\s+(?:các\s+|những\s+)?"
    r"(?:tỉnh|thành phố|vùng|khu vực|thị trấn|làng|căn cứ|sân bay|cảng)(?!\w)"
)
# "(các) tay súng / phiến quân / quân nổi dậy X": fighters from X, not the state X
_REBELS_OF = re.compile(
    r"(?<!\w)(?:phiến quân|tay súng|quân nổi dậy|lực lượng nổi dậy|nhóm vũ trang"
    r"|phần tử (?:khủng bố|cực đoan|nổi dậy|ly khai)|kẻ khủng bố|quân ly khai)\s+$"
)
_DRILL = re.compile(r"(?<!\w)(?:tập trận|diễn tập)(?!\w)")
# a military act threatened, then where: "đe dọa mở rộng chiến dịch (quân sự) tại Lebanon"
_THREATENED_ACT = re.compile(
    r"\s+(?:(?:sẽ|mở rộng|tiến hành|mở|phát động|tăng cường|leo thang|đẩy mạnh)\s+){0,2}"
    r"(?:(?:các|những|một)\s+)?(?:cuộc\s+)?(?:chiến dịch|tấn công|không kích|hoạt động quân sự|"
    r"chiến dịch quân sự|chiến dịch trên bộ|giao tranh|xung đột|oanh tạc)"
    r"(?:\s+(?:quân sự|trên bộ|mới|quy mô lớn|toàn diện))?\s+(?:tại|ở|vào|trên|nhằm vào)\s+$"
)
# a coordinator of two verbs of one subject ("…, đồng thời tuyên bố", "… và nhấn mạnh")
_VOW_COORD = re.compile(r"(?:,\s*|(?<!\w))(?:và|đồng thời|cũng như|rồi)(?!\w)")


class TerritoryRules:
    """Attacks on a state's territory, border places, vows after an act."""

    def _near_border(self: Any, ps: Any, hit: Any, pos: int) -> bool:
        """``pos`` (a group after an attack trigger) follows "gần biên giới": where, not whom."""
        if hit.trig.type != "ASSAULT":
            return False
        return bool(_NEAR_BORDER.search(ps.low[max(0, pos - 60) : pos]))

    def _territory_code(self: Any, ps: Any, hit: Any, clause_end: int) -> str | None:
        """The state whose territory or border area an attack with no named target strikes
        ("… nhằm vào nhiều mục tiêu ở bên trong lãnh thổ Iran"), or whose places it names
        ("các mục tiêu tại các tỉnh Bryansk, Kursk của Nga"), in the rest of its clause."""
        if hit.trig.type != "ASSAULT":
            return None
        for p in (p for g in ps.groups for p in g.phrases):
            if not hit.end <= p.start < clause_end or self._nsyl(ps, hit.end, p.start) > 20:
                continue
            if p.kind not in ("actor", "place") or not p.code:
                continue
            before = ps.low[max(hit.end, p.start - 60) : p.start]
            if p.kind == "actor" and _TERRITORY.search(before):
                return p.code
            if self._places_of(ps, hit, p, before):
                return p.code  # "tại các tỉnh Bryansk, Kursk của Nga"
        return None

    def _vow_after_act(self: Any, ps: Any, hit: Any, i: int, ctx: Any, actors: list) -> list:
        """The target of a threat coordinated after the actor's own act in this sentence: "X
        triệu đại sứ Y …, đồng thời tuyên bố X bảo lưu quyền trả đũa" (X threatens Y)."""
        if not _VOW_COORD.search(ps.low[max(0, hit.start - 50) : hit.start]):
            return []
        pairs = []
        for a in actors:
            own = {a.code} if a.code else set()
            for e in ctx.recent:
                if e[0] != i or not e[1] or not e[2] or e[2] == a.code:
                    continue
                if e[1] in own or e[1].endswith("_" + str(a.code)):
                    if (a, e[2]) not in pairs:
                        pairs.append((a, e[2]))
                    break
        return pairs

    def _threatened_place(self: Any, ps: Any, hit: Any, actors: list) -> list:
        """A threat of a military act where it would land ("Israel đe dọa mở rộng chiến dịch
        tại Lebanon"): aimed at the state of that place (wave 19)."""
        for g in ps.groups:
            if g.start <= hit.end:
                continue
            if not _THREATENED_ACT.fullmatch(ps.low[hit.end : g.start]):
                return []
            codes = {p.code for p in self._participants(g) if p.code}
            return [(a, c) for a in actors for c in sorted(codes) if c != a.code]
        return []

    def _places_of(self: Any, ps: Any, hit: Any, p: Any, before: str) -> bool:
        """``p`` owns the places an attack strikes: "tại các tỉnh Bryansk, Kursk của Nga" (only
        place names and commas between the place noun and the owner, no other trigger)."""
        places = next(reversed(list(_PLACES_OF.finditer(before))), None)
        own = re.search(r"(?<!\w)của\s*$", before) or " của " in ps.low[p.start : p.end]
        if places is None or not own:
            return False
        a = p.start - len(before) + places.end()
        if any(hit.end <= h.start < p.start for h in ps.hits if h is not hit):
            return False
        names = [(q.start, q.end) for g in ps.groups for q in g.phrases if a <= q.start < p.start]
        rest = ps.low[a : p.start]
        for qs, qe in sorted(names, reverse=True):
            rest = rest[: qs - a] + rest[qe - a :]
        return bool(re.fullmatch(r"[\s,]*(?:của\s*)?", rest))

    def _rebels_of(self: Any, ps: Any, ac: Any) -> bool:
        """A state named right after a word for rebels or gunmen ("các tay súng Somalia"):
        fighters from the state, not the state."""
        if ac.start is None or not ac.code or kind_of(ac.code) != "state":
            return False
        s = ac.start - ps.sent.start
        return bool(_REBELS_OF.search(ps.low[max(0, s - 30) : s]))

    def _co_drillers(self: Any, hit: Any, actors: list, targets: list, pairs: list) -> list:
        """The subjects of a joint drill held "với" a third drill together too: "Mỹ và Nhật Bản
        tập trận chung với Hàn Quốc" (USA–JPN besides USA–KOR and JPN–KOR)."""
        if hit.trig.type != "COOPERATE" or not _DRILL.search(hit.trig.text) or not targets:
            return []
        sides = list({a.code: a for a in actors if a.kind == "actor" and a.code}.values())
        have = {frozenset((getattr(a, "code", a), getattr(b, "code", b))) for a, b in pairs}
        return [
            (a, b)
            for n, a in enumerate(sides)
            for b in sides[n + 1 :]
            if frozenset((a.code, b.code)) not in have
        ]

    def _own_next_act(self: Any, ps: Any, hit: Any, doc_end: int) -> bool:
        """Is ``hit`` coordinated ("và", "đồng thời") after a document's noun phrase ending at
        ``doc_end`` with no other trigger between: the subject's own next act?"""
        if any(doc_end <= h.start < hit.start for h in ps.hits if h is not hit):
            return False
        return bool(re.search(r"(?:,\s*|\s)(?:và|đồng thời)\s*$", ps.low[doc_end : hit.start]))

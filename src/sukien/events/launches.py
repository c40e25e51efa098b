"""Launches that hit no one (a mixin of ``Coder``, wave 10).

* **a drill or a test is no attack.** "X phóng tên lửa nhắm mục tiêu giả tưởng vào căn cứ của
  Y", "X bắn thử tên lửa mô phỏng tấn công Y": when a word of simulation or exercise (giả tưởng,
  giả định, mô phỏng, thử nghiệm, bắn/phóng thử, diễn tập, tập trận, huấn luyện) stands between
  the launch and the state it names, the launch is a show of force, not an ASSAULT on that state;
  so is a launch to warn ("phóng tên lửa dằn mặt/cảnh cáo/răn đe Y", wave 13).
* **a launch aims at what follows it, not at what happens meanwhile.** "X phóng tên lửa tầm
  ngắn giữa lúc Y và Z tập trận": a state named only after a conjunction of time (giữa lúc,
  trong lúc, trong khi, khi, sau khi, trước khi, trong bối cảnh) sets the moment of the launch
  and is not its target.
* **an attack rehearsed is no attack.** "X tập trận bao vây Y", "X diễn tập tấn công Y", "X
  tập trận mô phỏng phong tỏa Y": an ASSAULT trigger right after a word of exercise or
  simulation names what the drill plays at (its MOBILIZE stays), wave 17; so does one with the
  drill after it in its clause ("X bao vây Y trong cuộc tập trận …"), wave 18.
* **a launch into the sea hits no one.** "X phóng tên lửa đạn đạo ra biển Nhật Bản", "X bắn
  pháo ra vùng biển gần đảo … của Y", "tên lửa rơi xuống vùng đặc quyền kinh tế của Y": the
  state named after the sea it fell into is no target (wave 17).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.events.force import _text_events

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Sent

# a launch or a shot: the triggers whose target must be named after them
_LAUNCH = re.compile(r"(?:phóng|bắn|khai hỏa|nã)(?!\w)")
# a simulated target or an exercise between the launch and the state it names
_SIMULATED = re.compile(
    r"(?<!\w)(?:giả tưởng|giả định|mô phỏng|thử nghiệm|(?:phóng|bắn) thử|diễn tập|tập trận|"
    r"huấn luyện|"
    # a warning shot: "phóng tên lửa dằn mặt Y" is a show of force (THREATEN), no attack (wave 13)
    r"dằn mặt|cảnh cáo|răn đe|thị uy|phô trương|gửi thông điệp|phô diễn)(?!\w)"
)
# a conjunction of time opening a clause of its own after the launch
_MEANWHILE = re.compile(
    r"(?<!\w)(?:giữa lúc|giữa khi|trong lúc|trong khi|vào lúc|sau khi|trước khi|ngay khi|"
    r"trong bối cảnh|khi)(?!\w)"
)
# the sea a launch falls into ("ra biển Nhật Bản", "xuống vùng đặc quyền kinh tế của Y"), wave 17
_AT_SEA = re.compile(
    r"(?<!\w)(?:ra|xuống|vào|về phía)\s+(?:vùng\s+)?(?:biển|hải phận|vùng đặc quyền kinh tế|"
    r"ngoài khơi|đặc quyền kinh tế)(?!\w)"
)

# an exercise or a simulation right before an attack verb, in the same clause
_REHEARSED = re.compile(
    r"(?<!\w)(?:tập trận|diễn tập|mô phỏng|giả định|giả tưởng|huấn luyện)"
    r"(?:\s+(?:quân sự|chung|chiến đấu|quy mô lớn|bắn đạn thật|thực binh|mô phỏng|giả định|"
    r"nhằm|để|với kịch bản|kịch bản))*"
    # the drill's name between ("tập trận mang tên "Eo biển Sấm sét" bao vây Y"), wave 19
    r"(?:\s+(?:mang tên|có tên|có tên gọi|với tên gọi)\s+[^,;.:]{1,40}?)?\s+$"
)

_BLOCKADE = re.compile(r"(?:phong tỏa|bao vây)(?!\w)")
# (wave 18) the drill named after the act, in its clause: "bao vây Y trong cuộc tập trận …"
_IN_DRILL = re.compile(
    r"[^,;.:]{0,80}?(?<!\w)(?:trong|trong khuôn khổ|như một phần của)\s+"
    r"(?:(?:cuộc|đợt|các cuộc|các đợt)\s+)?(?:tập trận|diễn tập)(?!\w)"
)


class LaunchRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _launch_targets(self: Any, ps: _Sent, out: list[Event]) -> None:
        """Drop (in place) an ASSAULT or a blockade rehearsed in a drill, and an ASSAULT by
        launch whose recipient is named only after a word of simulation or a conjunction of time
        (see the module)."""
        off = ps.sent.start
        for ev, start, end in _text_events(ps, out, "ASSAULT"):
            rec = ev.evidence.spans.get("recipient")
            if _REHEARSED.search(ps.low, max(0, start - 60), start) or _IN_DRILL.match(ps.low, end):
                out.remove(ev)  # "tập trận bao vây Y": the drill plays at it
                continue
            if rec is None or not _LAUNCH.match(ps.low, start) or rec.start - off < end:
                continue
            between = ps.low[end : rec.start - off]
            if _SIMULATED.search(between) or _MEANWHILE.search(between) or _AT_SEA.search(between):
                out.remove(ev)
        for ev, start, end in _text_events(ps, out, "COERCE"):
            if _BLOCKADE.match(ps.low, start) and _IN_DRILL.match(ps.low, end):
                out.remove(ev)  # "phong tỏa Y trong cuộc diễn tập …": rehearsed (wave 18)

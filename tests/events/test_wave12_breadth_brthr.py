"""Wave 12 breadth (brthr): THREATEN, REJECT and MOBILIZE rows at the end of triggers.tsv.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        # THREATEN: the clipped headline "đe", reprimands after a light verb, deadlines, vows
        ("Nga đe trả đũa Mỹ.", "THREATEN", "RUS", "USA"),
        ("Triều Tiên thề giáng trả Hàn Quốc.", "THREATEN", "PRK", "KOR"),
        ("Bình Nhưỡng gửi lời cảnh cáo tới Washington.", "THREATEN", "PRK", "USA"),
        ("Israel đưa ra hạn cuối cho Hamas.", "THREATEN", "ISR", "HAMAS"),
        ("Houthi thề trừng phạt Israel.", "THREATEN", "HOUTHI", "ISR"),
        ("Trung Quốc sẵn sàng trừng phạt Litva.", "THREATEN", "CHN", "LTU"),
        ("Trung Quốc gia tăng áp lực quân sự đối với Đài Loan.", "THREATEN", "CHN", "TWN"),
        ("Bộ Ngoại giao Trung Quốc nói Mỹ sẽ phải hối hận.", "THREATEN", "CHN", "USA"),
        # REJECT: pressure not yielded to, a demand not heeded, a treaty suspended, a vote blocked
        ("Ukraine không khuất phục trước Nga.", "REJECT", "UKR", "RUS"),
        ("Iran không nghe theo yêu cầu của Mỹ.", "REJECT", "IRN", "USA"),
        ("Nga tạm ngừng tham gia hiệp ước New START với Mỹ.", "REJECT", "RUS", "USA"),
        ("Mỹ ngăn cản việc thông qua nghị quyết của Nga.", "REJECT", "USA", "RUS"),
        ("Nga không nhân nhượng với Ukraine.", "REJECT", "RUS", "UKR"),
        # MOBILIZE: forces sent and added, ships deployed, alerts, live-fire drills
        ("Nga đổ thêm quân tới biên giới Ukraine.", "MOBILIZE", "RUS", "UKR"),
        ("Mỹ cử tàu khu trục tới Philippines.", "MOBILIZE", "USA", "PHL"),
        ("Trung Quốc triển khai tàu hải cảnh tới vùng biển Philippines.", "MOBILIZE", "CHN", "PHL"),
        ("Nga đặt tên lửa hạt nhân ở Belarus.", "MOBILIZE", "RUS", "BLR"),
    ],
)
def test_w12_brthr_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


def test_w12_brthr_vow_is_no_sanction(code: Code, keys: Keys) -> None:
    # "thề trừng phạt": a vow, the sanction is not done
    evs = keys(code("Houthi thề trừng phạt Israel."))
    assert ("SANCTION", "HOUTHI", "ISR") not in evs, evs


def test_w12_brthr_military_pressure_is_no_request(code: Code, keys: Keys) -> None:
    # "gây sức ép quân sự": force brandished, not a demand; plain "gia tăng áp lực" stays REQUEST
    evs = keys(code("Trung Quốc gây sức ép quân sự lên Đài Loan."))
    assert ("THREATEN", "CHN", "TWN") in evs, evs
    assert ("REQUEST", "CHN", "TWN") not in evs, evs
    evs = keys(code("Mỹ gia tăng áp lực lên Iran."))
    assert ("REQUEST", "USA", "IRN") in evs, evs


def test_w12_brthr_live_fire_drill_is_no_attack(code: Code, keys: Keys) -> None:
    evs = keys(code("Trung Quốc tập bắn đạn thật gần Đài Loan."))
    assert ("MOBILIZE", "CHN", "TWN") in evs, evs
    assert ("ASSAULT", "CHN", "TWN") not in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        # a joint live-fire drill is cooperation (not_next=chung)
        "Mỹ và Hàn Quốc tập trận bắn đạn thật chung.",
        # "không làm theo" needs a demand after it
        "Nhật Bản không làm theo cách của Hàn Quốc.",
        # leaving a non-treaty activity is no rejection
        "Pháp ngừng tham gia giải đấu ở Nga.",
        # peacekeepers sent to a UN mission are no deployment against the host (not_next)
        "Việt Nam cử binh sĩ tham gia lực lượng gìn giữ hòa bình tại Nam Sudan.",
    ],
)
def test_w12_brthr_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] in {"REJECT", "THREATEN", "MOBILIZE"}}, (text, evs)

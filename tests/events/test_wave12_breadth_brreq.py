"""Wave 12 breadth (brreq): REQUEST, CONSULT and CONCEDE rows at the end of triggers.tsv.

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
        # REQUEST: calls in other verbs, a call renewed, aid and talks asked for
        ("Tổng thống Ukraine hiệu triệu NATO tăng viện trợ.", "REQUEST", "UKR", "NATO"),
        ("Ukraine vận động Đức cung cấp tên lửa tầm xa.", "REQUEST", "UKR", "DEU"),
        ("Pháp lặp lại lời kêu gọi đối với Nga về việc rút quân.", "REQUEST", "FRA", "RUS"),
        ("Ukraine xin thêm vũ khí từ Đức.", "REQUEST", "UKR", "DEU"),
        ("Iran đề nghị đàm phán với Mỹ.", "REQUEST", "IRN", "USA"),
        # CONSULT: an official's arrival, a state banquet, talks by phone, a bridge between sides
        ("Ngoại trưởng Mỹ đặt chân đến Trung Quốc.", "CONSULT", "USA", "CHN"),
        ("Nhà vua Anh chủ trì quốc yến chào mừng Tổng thống Pháp.", "CONSULT", "GBR", "FRA"),
        ("Tổng thống Mỹ và Tổng thống Nga hội đàm qua điện thoại.", "CONSULT", "USA", "RUS"),
        ("Đại sứ Nhật Bản trình ủy nhiệm thư lên Chủ tịch nước Việt Nam.", "CONSULT", "JPN", "VNM"),
        # CONCEDE: captives freed, remains handed back, sanctions dropped, a climb-down
        ("Hamas thả các con tin Israel.", "CONCEDE", "HAMAS", "ISR"),
        ("Mỹ bàn giao hài cốt quân nhân cho Việt Nam.", "CONCEDE", "USA", "VNM"),
        ("Mỹ gỡ lệnh trừng phạt đối với Syria.", "CONCEDE", "USA", "SYR"),
        ("Mỹ xuống nước với Trung Quốc.", "CONCEDE", "USA", "CHN"),
        ("Iran đáp ứng những đòi hỏi của Mỹ.", "CONCEDE", "IRN", "USA"),
    ],
)
def test_w12_brreq_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


def test_w12_brreq_swap_goes_both_ways(code: Code, keys: Keys) -> None:
    evs = keys(code("Nga và Ukraine đổi tù binh."))
    assert {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")} <= evs, evs


def test_w12_brreq_requested_talks_are_not_held(code: Code, keys: Keys) -> None:
    # the longer "đề nghị gặp" wins over "gặp": the meeting is only asked for
    evs = keys(code("Triều Tiên xin gặp Hàn Quốc."))
    assert ("REQUEST", "PRK", "KOR") in evs, evs
    assert ("CONSULT", "PRK", "KOR") not in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        "Cậu bé nhảy xuống nước với bạn.",
        "Du khách Mỹ đặt chân đến Trung Quốc.",
        "Trận đấu diễn ra trên sân vận động Old Trafford.",
    ],
)
def test_w12_brreq_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] in {"REQUEST", "CONSULT", "CONCEDE"}}, (text, evs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a renewed call whose direct object is no actor does not reach a state named later
        (
            "Tổng thống Ukraine nhắc lại lời kêu gọi các đồng minh cho phép tấn công vào Nga.",
            "UKR",
            "RUS",
        ),
        # an offer of aid is no request (no "đề nghị viện trợ" row)
        ("Hàn Quốc đề nghị viện trợ lương thực cho Triều Tiên.", "KOR", "PRK"),
    ],
)
def test_w12_brreq_no_request_to_a_later_party(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("REQUEST", a, b) not in evs, (text, evs)

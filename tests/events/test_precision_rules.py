"""False events the coder must not report (``sukien.events.precision``): acts aimed at, needed or
owed but not done, a state named only to say where a place is, a member state at its own
organisation's meeting. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_an_aim_is_no_deed(code: Code, keys: Keys) -> None:
    evs = code("Thổ Nhĩ Kỳ và Armenia hướng tới bình thường hóa quan hệ ngoại giao.")
    assert keys(evs) == set()
    assert ("COOPERATE", "TUR", "ARM") in keys(evs, "planned")
    # a heading is no aim: the act after it stands
    text = "Một tàu hàng đang hướng tới eo biển Hormuz thì Iran bắt giữ tàu chở dầu của Anh."
    assert ("COERCE", "IRN", "GBR") in keys(code(text))


def test_a_need_is_no_deed(code: Code, keys: Keys) -> None:
    text = "Thủ tướng Lào nói Lào và Campuchia cần tăng cường hợp tác quốc phòng."
    assert keys(code(text)) == set()
    # a passive still to come, its agent in between
    text = "Văn kiện này còn cần được Quốc hội Đức và Nghị viện châu Âu phê chuẩn."
    assert keys(code(text)) == set()


def test_an_obligation_is_no_deed(code: Code, keys: Keys) -> None:
    text = "Israel cho rằng Hezbollah phải rút quân khỏi miền nam Li-băng."
    assert not any(k[0] == "RETREAT" for k in keys(code(text)))
    # forced to: done; met with: no obligation; a caption's position: no word of the sentence
    text = "Nga buộc phải rút quân khỏi Kherson sau khi Ukraine phản công."
    assert ("RETREAT", "RUS", "UKR") in keys(code(text))
    text = "Chuyến thăm của Tổng thống Pháp gặp phải sự chỉ trích từ Algeria."
    assert ("ACCUSE", "DZA", "FRA") in keys(code(text))
    text = "Thứ trưởng Ngoại giao Nhật Bản (phải) gặp Đại sứ Trung Quốc tại Tokyo."
    assert ("CONSULT", "JPN", "CHN") in keys(code(text))


def test_a_state_after_a_place_says_where_it_is(code: Code, keys: Keys) -> None:
    text = (
        "Ngày 3/5, tại thủ đô Na-i-rô-bi, Kê-ni-a, đã diễn ra lễ bàn giao Nhật Bản viện trợ "
        "lương thực khẩn cấp cho Kê-ni-a."
    )
    assert keys(code(text)) == {("AID", "JPN", "KEN")}
    # a subject after a fronted place is a party
    text = "Tại Viêng Chăn, Việt Nam ký kết thỏa thuận hợp tác với Lào."
    assert ("AGREE", "VNM", "LAO") in keys(code(text))


def test_a_member_at_its_organisations_meeting(code: Code, keys: Keys) -> None:
    text = "Phát biểu tại cuộc họp ngoại trưởng G20 ở Ấn Độ, Ngoại trưởng Pháp chỉ trích Nga."
    assert keys(code(text)) == {("ACCUSE", "FRA", "RUS")}
    # meeting the organisation's head is a consultation
    text = "Tổng thống Indonesia gặp Tổng thư ký ASEAN tại Jakarta."
    assert ("CONSULT", "IDN", "ASEAN") in keys(code(text))

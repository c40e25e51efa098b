"""Who hosts or mediates a meeting does not meet the other host (sentences written for them)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_co_mediators_do_not_consult_each_other(code: Code, keys: Keys) -> None:
    """They work together (COOPERATE, events/precision.py); they do not meet each other."""
    for text in (
        "Các cuộc thương lượng này do Mỹ, Ai Cập và Qatar làm trung gian.",
        "Vòng đàm phán mới do Na Uy và Thụy Sĩ đồng tổ chức.",
        "Buổi họp diễn ra với sự dàn xếp trung gian của Pháp và Đức.",
    ):
        assert not any(k[0] == "CONSULT" for k in keys(code(text))), text
    evs = keys(code("Các cuộc thương lượng này do Mỹ, Ai Cập và Qatar làm trung gian."))
    assert ("COOPERATE", "USA", "EGY") in evs


def test_partners_after_with_are_not_paired(code: Code, keys: Keys) -> None:
    evs = code("Một phái đoàn sẽ tới Cairo để thảo luận với giới chức Pháp và Ai Cập.")
    assert ("CONSULT", "FRA", "EGY") not in keys(evs, None)


def test_co_subjects_still_meet(code: Code, keys: Keys) -> None:
    assert ("CONSULT", "USA", "EGY") in keys(code("Mỹ và Ai Cập đã hội đàm tại Cairo."))
    assert ("CONSULT", "FRA", "DEU") in keys(code("Cuộc hội đàm giữa Pháp và Đức diễn ra hôm qua."))


def test_second_act_asked_of_the_one_urged(code: Code, keys: Keys) -> None:
    # "kêu gọi Y làm A và làm B": Y is asked to do B too, not the one who asks
    evs = code("Liên Hợp Quốc kêu gọi Israel mở cửa khẩu và rút quân khỏi Gaza.")
    assert ("RETREAT", "UN", "PSE") not in keys(evs, None)
    assert ("RETREAT", "ISR", "PSE") in keys(evs, "hypothetical")
    # the requester's own second verb stays the requester's
    evs = code("Mỹ kêu gọi Iran kiềm chế và tuyên bố sẽ trừng phạt Tehran.")
    assert ("SANCTION", "USA", "IRN") in keys(evs)


def test_summoned_or_unwelcome_diplomat(code: Code, keys: Keys) -> None:
    # the host protests to the diplomat's state
    evs = code("Đại sứ Nga tại Anh đã bị triệu tập lên Bộ Ngoại giao Anh.")
    assert {("ACCUSE", "GBR", "RUS"), ("PROTEST", "GBR", "RUS")} <= keys(evs)
    evs = code("Đại sứ Iran bị triệu tập tới Bộ Ngoại giao Đức hôm thứ Hai.")
    assert ("PROTEST", "DEU", "IRN") in keys(evs)
    evs = code(
        "Bộ Ngoại giao Latvia tuyên bố tham tán của Đại sứ quán Nga tại Riga là persona non grata."
    )
    assert ("SANCTION", "LVA", "RUS") in keys(evs)
    evs = code("Đại sứ Venezuela tại Mỹ không còn được chào đón ở đây.")
    assert ("SANCTION", "USA", "VEN") in keys(evs)
    assert ("CONSULT", "USA", "VEN") not in keys(evs, None)
    # no host named: no event
    assert not keys(code("Một nhà ngoại giao Nga bị triệu tập."))


def test_a_list_referred_back_to(code: Code, keys: Keys) -> None:
    evs = code(
        "Mỹ, Anh và Pháp đã đệ trình dự thảo nghị quyết lên Hội đồng Bảo an. "
        "Nga cáo buộc ba nước này can thiệp vào Syria."
    )
    assert {("ACCUSE", "RUS", c) for c in ("USA", "GBR", "FRA")} <= keys(evs)
    evs = code("Anh, Pháp và Đức kích hoạt cơ chế mới. Iran đã chỉ trích các nước này.")
    assert {("ACCUSE", "IRN", c) for c in ("GBR", "FRA", "DEU")} <= keys(evs)
    # nothing listed before: no event
    assert not keys(code("Iran đã chỉ trích các nước này."))


def test_this_state_after_a_place_preposition_is_the_one_just_named(code: Code, keys: Keys) -> None:
    evs = code(
        "Mexico cấp quy chế tị nạn cho một cựu bộ trưởng. "
        "Cựu Tổng thống Peru bị bắt giữ sau khi gây ra khủng hoảng chính trị tại nước này."
    )
    assert ("COERCE", "MEX", "PER") not in keys(evs, None)
    # an envoy "tại nước này" is hosted by the state named before
    evs = code("Mỹ cảnh báo Nga. Đại sứ Mỹ tại nước này đã bị triệu tập.")
    assert ("PROTEST", "RUS", "USA") in keys(evs)


def test_where_a_mission_goes_is_no_subject(code: Code, keys: Keys) -> None:
    evs = code("Chính phủ Sudan cho biết sẽ cử một phái đoàn tới Cairo để thảo luận với Mỹ.")
    assert ("CONSULT", "EGY", "USA") not in keys(evs, None)

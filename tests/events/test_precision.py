"""Triggers that report no news event (``sukien.events.background``) and domestic pairs;
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_an_act_done_before_is_background(code: Code, keys: Keys) -> None:
    assert keys(code("Thủ tướng Anh từng tới thăm Hàn Quốc khi còn là nghị sĩ.")) == set()
    assert keys(code("Tổng thống Pháp đã từng gặp Tổng thống Brazil tại Rio.")) == set()
    assert ("CONSULT", "GBR", "KOR") in keys(code("Thủ tướng Anh tới thăm Hàn Quốc hôm qua."))


def test_a_clause_opened_by_a_past_time_is_background(code: Code, keys: Keys) -> None:
    assert keys(code("Hồi năm ngoái, Nga đã tấn công một cảng của Ukraine.")) == set()
    assert keys(code("Cùng năm đó, Ấn Độ ký thỏa thuận với Bangladesh về biên giới.")) == set()
    assert keys(code("Cách đây 30 năm, Trung Quốc ký hiệp định với Anh về Hong Kong.")) == set()
    # a year is kept, dated and less sure (``Coder._past_year``); a recent span is news
    assert ("AGREE", "IND", "BGD") in keys(
        code("Năm 2024, Ấn Độ ký thỏa thuận với Bangladesh về biên giới.")
    )
    assert ("ASSAULT", "RUS", "UKR") in keys(
        code("Cách đây hơn một tuần, Nga đã tấn công một cảng của Ukraine.")
    )


def test_a_world_war_act_is_history(code: Code, keys: Keys) -> None:
    text = "Thành phố này bị quân đội Mỹ ném bom vào những ngày cuối Chiến tranh thế giới thứ hai."
    assert not any(e.type == "ASSAULT" for e in code(text))
    # the war as a time reference leaves the act news
    assert ("CONSULT", "USA", "DEU") in keys(
        code("Tổng thống Mỹ tới thăm Đức, lần đầu sau khi kết thúc Chiến tranh thế giới thứ hai.")
    )


def test_sport_is_no_event_of_states(code: Code, keys: Keys) -> None:
    assert keys(code("UEFA cảnh báo hai câu lạc bộ của Anh về hành vi của cổ động viên.")) == set()
    assert keys(code("Cầu thủ Việt Nam ký hợp đồng chơi cho Yokohama (Nhật Bản).")) == set()


def test_a_body_and_its_own_state_are_domestic(code: Code, keys: Keys) -> None:
    text = "Thủ tướng Việt Nam đề nghị Mặt trận Tổ quốc Việt Nam giám sát luật."
    assert keys(code(text)) == set()


def test_a_retaliation_in_a_diplomatic_row_is_a_sanction(code: Code, keys: Keys) -> None:
    evs = code("Pháp tung đòn đáp trả Iran vụ trục xuất nhà ngoại giao.")
    assert ("SANCTION", "FRA", "IRN") in keys(evs)
    assert not any(e.type == "ASSAULT" for e in evs)
    # a military one stays an attack
    evs = code("Israel tung đòn đáp trả Iran bằng tên lửa.")
    assert ("ASSAULT", "ISR", "IRN") in keys(evs)


def test_a_platform_said_on_is_no_party(code: Code, keys: Keys) -> None:
    text = "Hầu hết UAV đã bị quân đội Ukraine bắn hạ, Tổng thống Ukraine viết trên Telegram."
    assert not any(e.recipient.code == "TELEGRAM" for e in code(text))  # type: ignore[union-attr]


def test_trigger_contexts_that_report_no_act(code: Code, keys: Keys) -> None:
    # a simile, malware as the attacker, a bank merger
    text = "Buổi hòa nhạc của nghệ sĩ Pháp và Nhật Bản như một cuộc gặp gỡ của hai nền văn hóa."
    assert keys(code(text)) == set()
    text = "Hãng Anh phát hiện mã độc tấn công ngân hàng Bangladesh."
    assert not any(e.type == "ASSAULT" for e in code(text))
    assert ("ASSAULT", "GBR", "BGD") in keys(code("Quân đội Anh tấn công Bangladesh."))
    text = "Giao dịch sáp nhập với ngân hàng Pháp giúp ngân hàng Đức mở rộng."
    assert not any(e.type == "ASSAULT" for e in code(text))
    assert ("ASSAULT", "RUS", "UKR") in keys(code("Nga sáp nhập bán đảo Crimea của Ukraine."))


def test_the_leader_of_a_bloc_is_not_its_stand_in(code: Code, keys: Keys) -> None:
    text = "Kazakhstan dọa rút khỏi liên minh quân sự do Nga dẫn dắt."
    assert ("THREATEN", "KAZ", "RUS") not in keys(code(text))
    # the leader as the agent stays the actor
    text = "Các cuộc không kích do liên quân do Mỹ dẫn đầu thực hiện nhằm vào IS tại Syria."
    assert any(e.actor.code == "USA" for e in code(text))  # type: ignore[union-attr]


def test_a_company_going_to_a_country_pays_no_visit(code: Code, keys: Keys) -> None:
    text = "Thành phố đã thu hút được Samsung đến Việt Nam nhờ chính sách ưu đãi."
    assert not any(e.type == "CONSULT" for e in code(text))
    assert ("CONSULT", "USA", "VNM") in keys(code("Ngoại trưởng Mỹ đến Việt Nam hôm qua."))


def test_the_act_of_a_denied_report_is_denied(code: Code, keys: Keys) -> None:
    evs = code("Nga bác bỏ thông tin cho rằng quân đội Nga tấn công Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") not in keys(evs)
    assert ("ASSAULT", "RUS", "UKR") in keys(evs, "denied")
    # a second act after "và" or a comma is done
    text = "Nga bác bỏ cáo buộc của Anh và tấn công Ukraine."
    assert ("ASSAULT", "RUS", "UKR") in keys(code(text))


def test_a_past_time_in_the_clause_is_background(code: Code, keys: Keys) -> None:
    assert keys(code("Giá dầu tăng sau khi Israel tấn công Iran năm ngoái.")) == set()
    assert keys(code("Mỹ trừng phạt Cuba 10 năm trước.")) == set()
    # it belongs to the act it follows, not to a later one
    evs = code("Mỹ tấn công Iran năm ngoái và tiếp tục tấn công Iraq hôm nay.")
    assert keys(evs) == {("ASSAULT", "USA", "IRQ")}


def test_undecided_and_likely_acts_are_hypothetical(code: Code, keys: Keys) -> None:
    assert keys(code("Pháp chưa quyết định có trừng phạt Iran hay không.")) == set()
    assert keys(code("Nhiều khả năng Nga và Mỹ sẽ gặp nhau vào tháng tới.")) == set()
    # a capability named before a real act leaves it done
    text = "Khả năng phòng thủ của Ukraine suy giảm sau khi Nga tấn công Ukraine."
    assert ("ASSAULT", "RUS", "UKR") in keys(code(text))


def test_a_market_attacked_is_no_attack(code: Code, keys: Keys) -> None:
    assert keys(code("Bộ phim của Hàn Quốc tấn công thị trường Nhật Bản.")) == set()


def test_coalitions_and_war_references_stay_events(code: Code, keys: Keys) -> None:
    text = "Iran tấn công căn cứ của liên quân do Mỹ dẫn đầu tại Iraq."
    assert any(e.type == "ASSAULT" and e.actor.code == "IRN" for e in code(text))  # type: ignore[union-attr]
    text = "Nga tấn công Ukraine, cuộc xung đột lớn nhất từ Chiến tranh thế giới thứ hai."
    assert ("ASSAULT", "RUS", "UKR") in keys(code(text))


def test_sport_cues_block_every_type_but_not_the_currency(code: Code, keys: Keys) -> None:
    # the sport cues of cues.tsv: a sentence about clubs and players codes no event
    assert keys(code("UEFA cảnh báo hai câu lạc bộ Anh vì cổ động viên gây rối.")) == set()
    # "euro" is the currency here, not the tournament
    evs = code("EU áp đặt lệnh trừng phạt đối với Nga, gây thiệt hại 7 tỷ euro.")
    assert ("SANCTION", "EU", "RUS") in keys(evs)


def test_the_places_of_one_visit_do_not_meet(code: Code, keys: Keys) -> None:
    # the visitor is a bare "Thủ tướng", Viet Nam's (wave 18); the states visited are never
    # paired with each other
    got = keys(code("Ngày 5/3, Thủ tướng thăm chính thức Lào và Campuchia."))
    assert got == {("CONSULT", "VNM", "LAO"), ("CONSULT", "VNM", "KHM")}
    # ("Chủ tịch nước", a title only Viet Nam uses, is Viet Nam's: it visits each, wave 17)
    got = keys(code("Tuần tới, Chủ tịch nước sẽ lên đường thăm Kenya, Zambia và Ai Cập."))
    visited = ("KEN", "ZMB", "EGY")
    assert not got & {("CONSULT", a, b) for a in visited for b in visited}
    got = keys(code("Chủ tịch nước đã thăm cấp Nhà nước Kenya, Zambia và Ai Cập."))
    assert got == {("CONSULT", "VNM", c) for c in ("KEN", "ZMB", "EGY")}
    # talks between two named sides still pair them
    talks = keys(code("Hội đàm Nga và Mỹ diễn ra tại Geneva."))
    assert talks & {("CONSULT", "RUS", "USA"), ("CONSULT", "USA", "RUS")}

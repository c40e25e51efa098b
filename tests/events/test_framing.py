"""How a phrase around a trigger frames it (``sukien.events.framing``); sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_an_ended_fight_is_no_attack(code: Code, keys: Keys) -> None:
    assert (
        keys(code("Theo thỏa thuận, giao tranh giữa Israel và Liban chấm dứt từ sáng nay."))
        == set()
    )
    # the commitment itself is an AGREE (promise); the fight it ends is no attack
    evs = code("Hai bên cam kết chấm dứt giao tranh ở biên giới Thái Lan và Campuchia.")
    assert not any(e.type == "ASSAULT" for e in evs)
    # a fight still under way is one
    assert ("ASSAULT", "THA", "KHM") in keys(
        code("Giao tranh giữa Thái Lan và Campuchia tiếp diễn ở khu vực biên giới.")
    )


def test_an_aid_body_is_no_aid(code: Code, keys: Keys) -> None:
    evs = code("Pháp gửi thêm tiền cho các tổ chức viện trợ nhân đạo của Liên hợp quốc.")
    assert not any(e.type == "AID" for e in evs)
    assert keys(code("Nhật Bản viện trợ 5 triệu USD cho Philippines.")) == {("AID", "JPN", "PHL")}


def test_a_travel_advisory_asks_nothing_of_the_place(code: Code, keys: Keys) -> None:
    assert keys(code("Anh và Đức kêu gọi công dân rời Liban càng sớm càng tốt.")) == set()
    assert keys(code("Đức kêu gọi Liban bảo vệ công dân nước ngoài.")) == {
        ("REQUEST", "DEU", "LBN")
    }


def test_a_potential_attack_is_hypothetical(code: Code, keys: Keys) -> None:
    evs = code("Nhật Bản lo ngại các cuộc tấn công tiềm tàng của Trung Quốc vào Philippines.")
    assert keys(evs) == set()
    assert any(e.type == "ASSAULT" and e.modality == "hypothetical" for e in evs)
    evs = code("Nhật Bản lo ngại các cuộc tấn công của Trung Quốc vào Philippines.")
    assert keys(evs) == {("ASSAULT", "CHN", "PHL")}


def test_a_ceasefire_between_two_parties_is_their_agreement(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngoại trưởng Pháp cho biết lệnh ngừng bắn giữa Israel và Hamas sẽ có hiệu lực từ mai."
    )
    assert keys(evs) == {("AGREE", "ISR", "HAMAS")}  # agreed; the announcer is no party
    assert keys(code("Armenia và Azerbaijan đã ngừng bắn từ trưa nay.")) == {
        ("AGREE", "ARM", "AZE")
    }
    # a ceasefire asked for is no agreement yet: the call is addressed to both
    assert keys(code("Nga kêu gọi ngừng bắn giữa Israel và Hamas.")) == {
        ("REQUEST", "RUS", "ISR"),
        ("REQUEST", "RUS", "HAMAS"),
    }


def test_mediators_agree_with_each_party(code: Code, keys: Keys) -> None:
    evs = code("Israel và Hamas đã đạt thỏa thuận ngừng bắn do Ai Cập làm trung gian.")
    assert keys(evs) == {
        ("AGREE", "ISR", "HAMAS"),
        ("AGREE", "EGY", "ISR"),
        ("AGREE", "EGY", "HAMAS"),
    }


def test_the_owner_of_a_judged_measure_is_the_recipient(code: Code, keys: Keys) -> None:
    evs = code("Liên minh châu Âu lên án lệnh cấm người dân Afghanistan ra nước ngoài của Taliban.")
    assert keys(evs) == {("ACCUSE", "EU", "TALIBAN")}
    evs = code("Nhật Bản bác bỏ nỗ lực mới nhất của chính phủ Hàn Quốc về yêu cầu bồi thường.")
    assert keys(evs) == {("REJECT", "JPN", "KOR")}


def test_the_accused_of_a_relative_clause(code: Code, keys: Keys) -> None:
    evs = code(
        "Nga trừng phạt 5 công ty của Anh mà Moskva cáo buộc đã cung cấp vũ khí cho Ukraine."
    )
    assert ("ACCUSE", "RUS", "GBR") in keys(evs)
    assert ("ACCUSE", "RUS", "UKR") not in keys(evs)


def test_tariffs_on_goods_target_their_states(code: Code, keys: Keys) -> None:
    evs = code("Mức thuế 20% của Mỹ đối với hàng nhập khẩu từ Brazil và Ấn Độ đã có hiệu lực.")
    assert keys(evs) == {("SANCTION", "USA", "BRA"), ("SANCTION", "USA", "IND")}
    evs = code("Trung Quốc đã áp thuế trả đũa đối với nhiều mặt hàng nông sản của Canada.")
    assert keys(evs) == {("SANCTION", "CHN", "CAN")}
    assert keys(code("Thái Lan đã đình chỉ thương mại với Campuchia.")) == {
        ("SANCTION", "THA", "KHM")
    }


def test_an_aside_between_dashes_is_no_subject(code: Code, keys: Keys) -> None:
    evs = code("Hezbollah - đồng minh của Iran trong cuộc chiến với Israel - đã tấn công Syria.")
    assert ("ASSAULT", "IRN", "SYR") not in keys(evs)
    assert ("ASSAULT", "ISR", "SYR") not in keys(evs)
    # a list of names joined by dashes is no aside
    evs = code("Liên quân Mỹ - Anh - Pháp đã không kích các mục tiêu của Houthi.")
    assert ("ASSAULT", "GBR", "HOUTHI") in keys(evs)


def test_a_protest_with_no_object_answers_the_act_after_sau_khi(code: Code, keys: Keys) -> None:
    evs = code("Venezuela đã bày tỏ phản đối sau khi Mỹ đưa ra quyết định mới.")
    assert keys(evs) == {("ACCUSE", "VEN", "USA")}
    assert keys(code("Venezuela đã bày tỏ phản đối.")) == set()


def test_taking_a_state_off_a_list_is_a_concession(code: Code, keys: Keys) -> None:
    assert keys(code("Canada đã gỡ tên Libya khỏi danh sách các nước bảo trợ khủng bố.")) == {
        ("CONCEDE", "CAN", "LBY")
    }
    evs = code("Bộ Tài chính Mỹ đã gỡ bỏ danh sách trừng phạt đối với Bộ trưởng Quốc phòng Iraq.")
    assert keys(evs) == {("CONCEDE", "USA", "IRQ")}
    assert keys(code("Các loại hàng hóa của Lào đã bị loại khỏi danh sách.")) == set()
    evs = code("Liên đoàn châu Âu đã loại Nga khỏi danh sách các đội tham dự giải đấu.")
    assert not any(e.type == "CONCEDE" for e in evs)


def test_a_resolution_voted_through_enacts_its_content(code: Code, keys: Keys) -> None:
    evs = code(
        "Liên minh châu Âu đã bỏ phiếu ủng hộ nghị quyết của Pháp nhằm dỡ bỏ lệnh trừng phạt "
        "đối với Syria."
    )
    assert keys(evs) == {("CONCEDE", "EU", "SYR")}
    assert keys(code("Nga ủng hộ nghị quyết của Trung Quốc.")) == {("SUPPORT", "RUS", "CHN")}


def test_the_subject_of_an_embedded_verb(code: Code, keys: Keys) -> None:
    evs = code("Ngoại trưởng Đức khẳng định nước này không bật đèn xanh cho Israel tấn công Liban.")
    assert ("ASSAULT", "DEU", "LBN") not in keys(evs)
    assert ("ASSAULT", "ISR", "LBN") in keys(evs)
    evs = code("Tổng thống Mỹ đã gửi thư cho Iran đề nghị đàm phán.")
    assert ("REQUEST", "IRN", "USA") not in keys(evs)


def test_a_warrant_is_issued_by_its_issuer(code: Code, keys: Keys) -> None:
    evs = code("Mông Cổ đã gia nhập tòa án từng ban hành lệnh bắt giữ Tổng thống Nga.")
    assert not any(e.type == "COERCE" for e in evs)
    evs = code("Tòa án Hình sự Quốc tế đã ban hành lệnh bắt giữ Tổng thống Nga.")
    assert keys(evs) == {("COERCE", "ICC", "RUS")}


def test_mediation_in_passing_is_no_agreement(code: Code, keys: Keys) -> None:
    evs = code("Ai Cập và Syria đã đạt thỏa thuận hòa bình với sự trung gian của Nga.")
    assert keys(evs) == {("AGREE", "EGY", "SYR")}


def test_co_mediators_do_not_negotiate_with_each_other(code: Code, keys: Keys) -> None:
    evs = code("Thỏa thuận do chính phủ Anh cùng Na Uy thúc đẩy đàm phán đã chấm dứt xung đột.")
    assert ("CONSULT", "GBR", "NOR") not in keys(evs)
    assert keys(code("Anh và Na Uy đã đàm phán về thỏa thuận thương mại.")) == {
        ("CONSULT", "GBR", "NOR")
    }


def test_the_author_of_a_refused_proposal(code: Code, keys: Keys) -> None:
    evs = code(
        'Tổng thống Brazil nói: "Tôi đã từ chối các đề xuất hợp tác quân sự từ Tổng thống Mỹ".'
    )
    # the proposals refused were made (wave 11: "từ chối đề xuất từ X" is X's request too)
    assert keys(evs) == {("REJECT", "BRA", "USA"), ("REQUEST", "USA", "BRA")}


def test_revoking_a_concession_is_a_sanction(code: Code, keys: Keys) -> None:
    evs = code(
        "Tổng thống Mỹ đã thu hồi quyết định của người tiền nhiệm loại Cuba khỏi danh sách "
        "các nước bảo trợ khủng bố."
    )
    assert keys(evs) == {("SANCTION", "USA", "CUB")}


def test_an_attack_after_sau_is_by_the_one_sanctioned(code: Code, keys: Keys) -> None:
    evs = code(
        "Hungary đã trừng phạt một chỉ huy của Ukraine, sau nhiều lần tấn công vào đường ống "
        "dẫn dầu của Nga."
    )
    assert ("ASSAULT", "HUN", "RUS") not in keys(evs)
    assert ("ASSAULT", "UKR", "RUS") in keys(evs)


def test_summoning_to_protest_an_act_protests_its_agent(code: Code, keys: Keys) -> None:
    evs = code("Nhật Bản triệu tập đại sứ Trung Quốc để phản đối việc điều tàu Nga vào vùng biển.")
    assert ("ACCUSE", "JPN", "RUS") in keys(evs)
    assert ("ACCUSE", "CHN", "RUS") not in keys(evs)


def test_rejecting_a_statement_rejects_its_author(code: Code, keys: Keys) -> None:
    evs = code("Bangladesh kiên quyết bác bỏ tuyên bố của Myanmar về việc đóng cửa biên giới.")
    assert keys(evs) == {("REJECT", "BGD", "MMR")}


def test_a_threat_aims_at_the_condition_subject(code: Code, keys: Keys) -> None:
    evs = code("Ai Cập đe dọa chiến tranh nếu bị Ethiopia chặn nguồn nước sông Nile.")
    assert keys(evs) == {("THREATEN", "EGY", "ETH")}
    evs = code("Ai Cập đe dọa chiến tranh nếu Ethiopia chặn nguồn nước sông Nile.")
    assert keys(evs) == {("THREATEN", "EGY", "ETH")}


def test_suspending_membership_and_staying_away(code: Code, keys: Keys) -> None:
    evs = code("Belarus đã đình chỉ việc tham gia CSTO và không còn tham dự các cuộc họp của khối.")
    assert keys(evs) == {("SANCTION", "BLR", "CSTO")}
    assert keys(code("Iran không còn tham gia các cuộc đàm phán với Mỹ.")) == set()
    assert keys(code("Iran đã tham gia các cuộc đàm phán với Mỹ.")) == {("CONSULT", "IRN", "USA")}

"""General patterns found by error analysis of unseen world news (sentences written for these
tests, never copied from an article)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
_SYMMETRIC = ("CONSULT", "AGREE", "COOPERATE")


def sym(keys: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """Keys with the two sides of a symmetric event in alphabetical order."""
    return {(t, *sorted((a, b))) if t in _SYMMETRIC else (t, a, b) for t, a, b in keys}  # type: ignore[misc]


# --- joint exercises are cooperation between the participants
def test_exercise_held_by_two_parties_is_cooperation(code: Code, keys: Keys) -> None:
    evs = code("Hải quân Ấn Độ và Pháp đã tiến hành tập trận tại Ấn Độ Dương hôm 3/3.")
    assert sym(keys(evs)) == {("COOPERATE", "FRA", "IND")}
    assert evs[0].mode == "military"
    evs = code("Cuộc tập trận giữa Ấn Độ và Pháp diễn ra ở Ấn Độ Dương.")
    assert sym(keys(evs)) == {("COOPERATE", "FRA", "IND")}
    assert sym(keys(code("Nga tập trận với Trung Quốc ở Biển Nhật Bản hôm 3/3."))) == {
        ("COOPERATE", "CHN", "RUS")
    }
    # one party exercising near another is a show of force, not cooperation
    evs = code("Nga tập trận gần biên giới Ukraine.")
    assert all(e.type != "COOPERATE" for e in evs)


def test_passive_verb_of_another_clause_gives_no_agent(code: Code, keys: Keys) -> None:
    # "Thông báo của A được đưa ra trong lúc B và C tập trận chung": A is no party of it
    evs = code(
        "Thông báo của Iran được đưa ra trong lúc Mỹ và Israel đã tiến hành cuộc tập trận "
        "chung Juniper Oak vào tuần trước, trong đó có máy bay ném bom B-52 của Washington."
    )
    assert sym(keys(evs)) == {("COOPERATE", "ISR", "USA")}


def test_bomber_is_a_weapon_not_a_bombing(code: Code, keys: Keys) -> None:
    evs = code("Washington điều máy bay ném bom B-52 tới căn cứ của Anh.")
    assert all(e.type != "ASSAULT" for e in evs)
    assert ("ASSAULT", "USA", "SYR") in keys(code("Máy bay Mỹ ném bom các mục tiêu ở Syria."))


def test_exercise_answered_by_a_threat_still_took_place(code: Code, keys: Keys) -> None:
    evs = code(
        "Bình Nhưỡng cảnh báo sẽ đáp trả mạnh mẽ các cuộc tập trận chung của Mỹ và Nhật Bản."
    )
    assert ("COOPERATE", "JPN", "USA") in sym(keys(evs))
    evs = code("Iran kêu gọi hủy cuộc tập trận chung của Mỹ và Israel.")  # asked, not judged
    assert ("COOPERATE", "USA", "ISR") not in keys(evs)


# --- judging an act names its agent as the recipient
def test_condemned_attack_of_x_on_a_city(code: Code, keys: Keys) -> None:
    evs = code("Ukraine lên án cuộc tấn công của Nga vào Kiev.")
    assert keys(evs) == {("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")}
    evs = code("Ukraine cáo buộc cuộc tấn công của Nga vào Kiev.")  # alleged, not a fact
    assert ("ASSAULT", "RUS", "UKR") not in keys(evs)


def test_welcoming_a_sanctions_package_supports_its_author(code: Code, keys: Keys) -> None:
    evs = code("Ukraine hoan nghênh gói trừng phạt mới của EU nhằm vào Nga.")
    assert keys(evs) == {("SUPPORT", "UKR", "EU"), ("SANCTION", "EU", "RUS")}
    evs = code("Bắc Kinh phản đối các biện pháp trừng phạt của Mỹ đối với các công ty Trung Quốc.")
    assert keys(evs) == {("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN")}


# --- United Nations organs act as the UN; a veto rejects the body's draft
def test_security_council_acts_as_the_un(code: Code, keys: Keys) -> None:
    evs = code("Ngày 5/6, Hội đồng Bảo an LHQ thông qua nghị quyết trừng phạt Triều Tiên.")
    assert keys(evs) == {("SANCTION", "UN", "PRK")}
    assert evs[0].actor.name == "Hội đồng Bảo an Liên hợp quốc"  # type: ignore[union-attr]


def test_veto_rejects_the_council(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 8/5, Hội đồng Bảo an LHQ không thông qua được dự thảo nghị quyết về Syria "
        "vì Nga, một ủy viên thường trực, bỏ phiếu phủ quyết."
    )
    assert ("REJECT", "RUS", "UN") in keys(evs)
    evs = code("Theo giới phân tích, Ấn Độ và Brazil vẫn không có quyền phủ quyết tại LHQ.")
    assert not any(e.type == "REJECT" for e in evs)


def test_some_members_of_a_body_are_not_the_body(code: Code, keys: Keys) -> None:
    evs = code(
        "Nhiều nước, trong đó có 3 ủy viên thường trực HĐBA LHQ (Anh, Pháp và Trung Quốc), "
        "đã hoan nghênh thỏa thuận giữa Armenia và Azerbaijan."
    )
    assert all(e.actor.code != "UN" for e in evs)  # type: ignore[union-attr]


# --- places, conference names and domestic pairs are no participants
def test_place_across_a_country_is_where_not_who(code: Code, keys: Keys) -> None:
    evs = code(
        "Nhóm Hezbollah bị Israel truy đuổi, còn Israel không kích các mục tiêu liên quan đến "
        "nhóm này trên khắp Liban."
    )
    assert ("ASSAULT", "ISR", "HEZBOLLAH") in keys(evs)
    assert not any(e.recipient.code == "LBN" for e in evs)  # type: ignore[union-attr]


def test_platform_is_no_actor(code: Code, keys: Keys) -> None:
    evs = code("Trên trang Facebook cá nhân, Ngoại trưởng Ukraine đã lên án Nga.")
    assert keys(evs) == {("ACCUSE", "UKR", "RUS")}


def test_named_summit_is_a_time_not_a_party(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 8/7, Thủ tướng Canada đã hội đàm với Tổng thống Pháp trước lễ khai mạc "
        "Hội nghị thượng đỉnh NATO tại Vilnius."
    )
    assert keys(evs) == {("CONSULT", "CAN", "FRA")}
    evs = code("Ngày 12/5, Tổng thống Mỹ chủ trì Hội nghị thượng đỉnh với lãnh đạo ASEAN.")
    assert sym(keys(evs)) == {("CONSULT", "ASEAN", "USA")}


def test_body_and_its_own_state_guessed_together_is_no_event(code: Code, keys: Keys) -> None:
    evs = code(
        "Tại buổi họp báo ở Washington sau cuộc họp, Chủ tịch Fed nói rằng chưa thể hạ lãi suất."
    )
    assert keys(evs) == set()


# --- a warning about a risk is a forecast, not a threat
def test_warning_of_a_risk_is_no_threat(code: Code, keys: Keys) -> None:
    evs = code(
        "Hôm 3/5, đặc phái viên LHQ cảnh báo cuộc giao tranh giữa quân đội Sudan và RSF "
        "có thể lan rộng."
    )
    assert not any(e.type == "THREATEN" for e in evs)
    evs = code("Tổng thống Nga cảnh báo nguy cơ chiến tranh hạt nhân với NATO.")
    assert not any(e.type == "THREATEN" for e in evs)
    evs = code("Ngày 3/5, Mỹ cảnh báo Iran về hậu quả nghiêm trọng.")
    assert keys(evs) == {("THREATEN", "USA", "IRN")}
    evs = code("Ngoại trưởng Nga cảnh báo rằng Mỹ sẽ phải trả giá.")
    assert keys(evs) == {("THREATEN", "RUS", "USA")}


# --- "lực lượng này", "nhóm này", "(của) khối": the group or bloc named before
def test_this_force_is_the_armed_group_named_before(code: Code, keys: Keys) -> None:
    evs = code(
        "Lực lượng Hamas đã bắt cóc hơn 200 người. "
        "Israel sau đó không kích các căn cứ của lực lượng này."
    )
    assert ("ASSAULT", "ISR", "HAMAS") in keys(evs)


def test_the_bloc_is_the_organisation_named_before(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 5/10, Hungary, nước giữ chức chủ tịch Hội đồng Liên minh châu Âu (EU), đã công bố "
        "gói trừng phạt thứ 9 của khối đối với Nga."
    )
    assert keys(evs) == {("SANCTION", "EU", "RUS")}


def test_retaliatory_campaign_attacks_its_object(code: Code, keys: Keys) -> None:
    evs = code("Ngày 12/1, Mỹ và Anh đã mở chiến dịch trả đũa Houthi.")
    assert keys(evs) == {("ASSAULT", "USA", "HOUTHI"), ("ASSAULT", "GBR", "HOUTHI")}


# --- fire exchanged between two sides is an attack both ways
def test_exchange_of_fire_between_two_sides(code: Code, keys: Keys) -> None:
    both = {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")}
    assert keys(code("Ngày 3/5 xảy ra nã súng giữa Ấn Độ-Pakistan ở biên giới Kashmir.")) == both
    assert keys(code("Ngày 3/5, Pakistan-Ấn Độ nã súng tại biên giới Kashmir.")) == both
    assert keys(code("Ngày 3/5, binh sĩ Ấn Độ và Pakistan nã súng tại Kashmir.")) == both
    # firing at someone is one-way
    evs = code("Ngày 3/5, quân đội Ấn Độ nã súng vào các đồn biên phòng của Pakistan.")
    assert keys(evs) == {("ASSAULT", "IND", "PAK")}


# --- arrests of foreign nationals
def test_national_arrested_in_a_country(code: Code, keys: Keys) -> None:
    evs = code("Một công dân Hàn Quốc vừa bị bắt ở Vladivostok, Nga vì bị nghi làm gián điệp.")
    assert ("COERCE", "RUS", "KOR") in keys(evs)
    evs = code("Hai nhà báo Australia bị bắt giữ tại Myanmar hôm 3/2.")
    assert keys(evs) == {("COERCE", "MMR", "AUS")}
    evs = code("Hai công dân Mỹ bị cảnh sát Nga bắt tại Moskva hôm 3/2.")
    assert keys(evs) == {("COERCE", "RUS", "USA")}
    evs = code("Hôm 3/2, chính quyền Iran đã bắt giữ một doanh nhân Pháp.")
    assert keys(evs) == {("COERCE", "IRN", "FRA")}


def test_bare_verb_bat_is_an_arrest_only_in_the_passive(code: Code, keys: Keys) -> None:
    assert keys(code("Nhật Bản bị buộc phải bắt đầu đàm phán với Trung Quốc.")) == set()
    assert keys(code("Các con tin Israel bị Hamas bắt cóc hôm 7/10.")) == {
        ("ASSAULT", "HAMAS", "ISR")
    }


# --- handing over, accepting an invitation, calling an act unacceptable
def test_handover_of_equipment_is_aid(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 11/2, Chính phủ Hàn Quốc đã tổ chức lễ bàn giao 2 tàu tuần tra "
        "cho Hải quân Philippines."
    )
    assert keys(evs) == {("AID", "KOR", "PHL")}


def test_accepting_an_invitation_is_agreement(code: Code, keys: Keys) -> None:
    evs = code("Ngày 3/5, Thủ tướng Ấn Độ cho biết đã chấp nhận lời mời của Tổng thống Nga.")
    assert sym(keys(evs)) == {("AGREE", "IND", "RUS")}


def test_calling_an_act_unacceptable_accuses_its_agent(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 5/6, Bộ trưởng Quốc phòng Hàn Quốc nói rằng vụ phóng tên lửa của Triều Tiên "
        "là “không thể chấp nhận được”."
    )
    assert keys(evs) == {("ACCUSE", "KOR", "PRK")}
    evs = code(
        "Hàn Quốc xác nhận Triều Tiên đã phóng 3 tên lửa, Bộ trưởng Quốc phòng Hàn Quốc nói "
        "vụ phóng là 'hoàn toàn không thể chấp nhận'."
    )
    assert ("ACCUSE", "KOR", "PRK") in keys(evs)
    # an adjective of a thing with nobody judging it is no accusation
    evs = code("Tổng thống Mỹ muốn hỏi Thủ tướng Ấn Độ về mức thuế ‘không thể chấp nhận được’.")
    assert not any(e.type == "ACCUSE" for e in evs)


def test_exercise_named_by_its_holders_has_no_other_party(code: Code, keys: Keys) -> None:
    evs = code("Ngày 3/5, Bình Nhưỡng chỉ trích cuộc tập trận chung Mỹ-Hàn quy mô lớn.")
    assert sym(keys(evs)) == {
        ("ACCUSE", "PRK", "USA"),
        ("ACCUSE", "PRK", "KOR"),
        ("COOPERATE", "KOR", "USA"),
    }
    evs = code("Ngày 3/5, Triều Tiên cảnh báo đáp trả cuộc tập trận Mỹ - Hàn.")
    assert ("COOPERATE", "KOR", "USA") in sym(keys(evs))
    assert not any(e.type == "COOPERATE" and "PRK" in (e.actor.code, e.recipient.code) for e in evs)  # type: ignore[union-attr]


def test_expelled_out_of_a_country(code: Code, keys: Keys) -> None:
    evs = code("Hai nhà ngoại giao Nga bị trục xuất khỏi Ba Lan hôm 3/5.")
    assert keys(evs) == {("SANCTION", "POL", "RUS")}
    evs = code("Ba nhà báo Mỹ bị tạm giữ tại Iran từ tháng trước.")
    assert keys(evs) == {("COERCE", "IRN", "USA")}


def test_city_naming_a_meeting_is_its_venue(code: Code, keys: Keys) -> None:
    evs = code(
        "Ngày 3/5, Tổng thống Mỹ đã điện đàm với Chủ tịch Trung Quốc. Từ sau cuộc gặp Busan, "
        "quan hệ hai nước duy trì ổn định."
    )
    assert not any("KOR" in (e.actor.code, e.recipient.code) for e in evs)  # type: ignore[union-attr]
    evs = code("Ngày 3/5, Thủ tướng Nhật Bản có chuyến thăm Bắc Kinh.")  # a visit's destination
    assert keys(evs) == {("CONSULT", "JPN", "CHN")}


def test_place_attacked_is_its_holders_when_an_apposition_says_so(code: Code, keys: Keys) -> None:
    evs = code("Ngày 3/5, Israel bao vây và bắn phá Gaza, vùng lãnh thổ do Hamas kiểm soát.")
    assert ("ASSAULT", "ISR", "HAMAS") in keys(evs)
    assert ("ASSAULT", "ISR", "PSE") not in keys(evs)
    assert keys(code("Ngày 3/5, Israel không kích Gaza.")) == {("ASSAULT", "ISR", "PSE")}

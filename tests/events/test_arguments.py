"""Argument structure and direction: who acts on whom in nouns, coordinated verbs and
retaliation (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_possessor_of_a_long_noun_event_is_its_actor(code: Code, keys: Keys) -> None:
    evs = code("Ba Lan hứng chịu cuộc không kích quy mô lớn chưa từng có của Belarus.")
    assert keys(evs) == {("ASSAULT", "BLR", "POL")}
    evs = code("Litva hứng chịu đợt tập kích dữ dội của Belarus hôm qua.")
    assert keys(evs) == {("ASSAULT", "BLR", "LTU")}


def test_reacting_to_an_attack_of_x_is_not_attacking_x(code: Code, keys: Keys) -> None:
    # the subject of another verb is no party of the attack: its target is not said here
    evs = code("Thủ tướng Ba Lan lên tiếng sau đòn tập kích dữ dội của Belarus.")
    assert ("ASSAULT", "POL", "BLR") not in keys(evs)


def test_condemning_a_long_noun_event_accuses_its_author(code: Code, keys: Keys) -> None:
    evs = code("Pháp lên án cuộc không kích quy mô lớn chưa từng có của Israel.")
    assert ("ACCUSE", "FRA", "ISR") in keys(evs)


def test_coordinated_verbs_share_the_second_verbs_object(code: Code, keys: Keys) -> None:
    evs = code("Indonesia kiên quyết phản đối và yêu cầu Malaysia rút tàu khỏi vùng biển này.")
    assert {("ACCUSE", "IDN", "MYS"), ("REQUEST", "IDN", "MYS")} <= keys(evs)
    evs = code("Pháp lên án mạnh mẽ, đồng thời kêu gọi Nga rút quân khỏi Gruzia.")
    assert {("ACCUSE", "FRA", "RUS"), ("REQUEST", "FRA", "RUS")} <= keys(evs)


def test_a_first_verb_with_its_own_object_shares_nothing(code: Code, keys: Keys) -> None:
    evs = code("Pháp lên án vụ việc và kêu gọi Nga rút quân khỏi Gruzia.")
    assert ("ACCUSE", "FRA", "RUS") not in keys(evs)


def test_a_bracketed_short_form_does_not_break_a_list(code: Code, keys: Keys) -> None:
    evs = code("Liên minh châu Âu (EU) và Nhật Bản yêu cầu Triều Tiên ngừng phóng tên lửa.")
    assert {("REQUEST", "EU", "PRK"), ("REQUEST", "JPN", "PRK")} <= keys(evs)
    evs = code(
        "Ngoại trưởng Iran cáo buộc Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) và Liên minh "
        "châu Âu (EU) kích động bạo lực."
    )
    assert {("ACCUSE", "IRN", "NATO"), ("ACCUSE", "IRN", "EU")} <= keys(evs)


def test_a_verb_after_cung_nhu_keeps_the_first_subject(code: Code, keys: Keys) -> None:
    evs = code(
        "Gruzia đề nghị Thổ Nhĩ Kỳ thực hiện hiệp ước, cũng như kiến nghị lên Liên hợp quốc."
    )
    assert ("REQUEST", "GEO", "UN") in keys(evs)
    assert ("REQUEST", "TUR", "UN") not in keys(evs)


def test_a_list_opened_by_ca_or_closed_by_others_of_its_kind(code: Code, keys: Keys) -> None:
    evs = code("Thủ tướng Ba Lan kêu gọi cả Ấn Độ, Brazil cùng các quốc gia khác lên tiếng.")
    assert {("REQUEST", "POL", "IND"), ("REQUEST", "POL", "BRA")} <= keys(evs)


def test_warning_that_what_a_list_does_brings_consequences(code: Code, keys: Keys) -> None:
    evs = code(
        "Iran cảnh báo rằng việc Anh, Pháp, Đức điều tàu chiến tới vùng Vịnh có thể mang "
        "lại “hậu quả nghiêm trọng” cho chính họ."
    )
    assert {("THREATEN", "IRN", c) for c in ("GBR", "FRA", "DEU")} <= keys(evs)


def test_a_second_verb_after_a_comma_keeps_the_subject(code: Code, keys: Keys) -> None:
    evs = code(
        "Thủ tướng Ấn Độ chiều 5/5 đã đến Đức, bắt đầu chuyến công du tới Đức, Ba Lan và Áo."
    )
    assert {("CONSULT", "IND", c) for c in ("DEU", "POL", "AUT")} <= keys(evs)
    assert not {("CONSULT", "DEU", "POL"), ("CONSULT", "DEU", "AUT")} & keys(evs)
    # a comma between two verbs of one clause: both are the subject's
    evs = code("Liên hợp quốc lên án việc Nga bao vây, cấm vận Gruzia.")
    assert ("SANCTION", "RUS", "GEO") in keys(evs)
    assert ("SANCTION", "UN", "GEO") not in keys(evs)


def test_a_partner_after_cung_is_not_the_subject(code: Code, keys: Keys) -> None:
    evs = code("Canada lên tiếng ủng hộ Ukraine và cùng các nước G7 khác gia hạn trừng phạt Nga.")
    assert ("SANCTION", "CAN", "RUS") in keys(evs)
    assert ("SANCTION", "UKR", "RUS") not in keys(evs)


def test_undergoing_a_tariff_of_x(code: Code, keys: Keys) -> None:
    evs = code("Brazil chịu mức thuế lên tới 50% của Mỹ.")
    assert keys(evs) == {("SANCTION", "USA", "BRA")}


def test_tu_phia_names_who_acts(code: Code, keys: Keys) -> None:
    evs = code("Đại sứ Iran không đề cập lý do trục xuất từ phía Đức.")
    assert ("SANCTION", "IRN", "DEU") not in keys(evs)
    evs = code("Iran hứng chịu các đợt không kích từ phía Israel.")
    assert keys(evs) == {("ASSAULT", "ISR", "IRN")}
    evs = code("Ukraine nhận viện trợ từ phía Nhật Bản.")
    assert keys(evs) == {("AID", "JPN", "UKR")}
    evs = code("Iran vấp phải sự chỉ trích từ phía Đức.")
    assert keys(evs) == {("ACCUSE", "DEU", "IRN")}


def test_the_act_answered_happened(code: Code, keys: Keys) -> None:
    evs = code(
        "Iran sẽ trục xuất 10 nhà ngoại giao Đức để đáp trả việc Berlin trục xuất các nhà "
        "ngoại giao Iran."
    )
    assert ("SANCTION", "DEU", "IRN") in keys(evs)
    assert ("SANCTION", "IRN", "DEU") not in keys(evs)  # still planned


def test_a_subject_after_a_closed_prepositional_phrase(code: Code, keys: Keys) -> None:
    evs = code(
        "Canada áp thuế trả đũa đối với hàng hóa Mỹ sau khi Washington áp thuế lên hàng hóa Canada."
    )
    assert {("SANCTION", "CAN", "USA"), ("SANCTION", "USA", "CAN")} <= keys(evs)


def test_his_country_of_a_leader_named_by_title(code: Code, keys: Keys) -> None:
    evs = code(
        "Thủ tướng Canada cho biết nước ông và Liên minh châu Âu (EU) đã đạt được một thỏa "
        "thuận thương mại mới."
    )
    assert ("AGREE", "CAN", "EU") in {(t, *sorted((a, b))) for t, a, b in keys(evs)}
    evs = code("Ngoại trưởng Ấn Độ cho biết ông đã điện đàm với người đồng cấp Nhật Bản.")
    assert keys(evs) == {("CONSULT", "IND", "JPN")}


def test_approving_the_application_of_x(code: Code, keys: Keys) -> None:
    evs = code("Quốc hội Hungary phê chuẩn đơn xin gia nhập NATO của Phần Lan.")
    assert keys(evs) == {("AGREE", "HUN", "FIN")}
    evs = code("Serbia chấp thuận đề xuất hợp tác năng lượng của Nga.")
    assert keys(evs) == {("AGREE", "SRB", "RUS")}


def test_victim_or_target_of_a_noun_event_of_x(code: Code, keys: Keys) -> None:
    evs = code("Syria là nạn nhân của cuộc tấn công của Israel.")
    assert keys(evs) == {("ASSAULT", "ISR", "SYR")}
    evs = code("Liban trở thành mục tiêu của các cuộc không kích của Israel.")
    assert keys(evs) == {("ASSAULT", "ISR", "LBN")}


def test_two_sides_pulling_back_retreat_from_each_other(code: Code, keys: Keys) -> None:
    evs = code("Armenia và Azerbaijan rút quân khỏi khu vực biên giới tranh chấp.")
    assert keys(evs) == {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")}
    evs = code("Ai Cập và Jordan thúc đẩy ngừng bắn tại Dải Gaza.")
    assert not any(t == "RETREAT" for t, _a, _b in keys(evs))


def test_a_cue_before_cung_nhu_is_not_the_next_verbs(code: Code, keys: Keys) -> None:
    evs = code(
        "Lào kêu gọi Liên hợp quốc xem xét vụ việc và tìm cách chấm dứt điều này, cũng như "
        "yêu cầu Thái Lan bồi thường thiệt hại."
    )
    assert {("REQUEST", "LAO", "UN"), ("REQUEST", "LAO", "THA")} <= keys(evs)


def test_reacting_to_an_act_is_not_doing_it(code: Code, keys: Keys) -> None:
    evs = code("Iran phản ứng giận dữ trước quyết định trục xuất nhà ngoại giao của Đức.")
    assert ("SANCTION", "IRN", "DEU") not in keys(evs)
    evs = code("Pháp lên tiếng sau cuộc tấn công của Nga vào Ukraine.")
    assert keys(evs) == {("ASSAULT", "RUS", "UKR")}


def test_each_owner_of_a_sanctioned_list(code: Code, keys: Keys) -> None:
    evs = code("Canada trừng phạt 10 công ty của Trung Quốc và 5 công ty của Iran.")
    assert keys(evs) == {("SANCTION", "CAN", "CHN"), ("SANCTION", "CAN", "IRN")}
    evs = code(
        "Úc áp đặt các biện pháp trừng phạt đối với 20 tổ chức và 4 cá nhân của Nga, cùng 3 "
        "tổ chức của Belarus."
    )
    assert keys(evs) == {("SANCTION", "AUS", "RUS"), ("SANCTION", "AUS", "BLR")}
    evs = code("Canada trừng phạt Iran và đe dọa Nga.")
    assert ("SANCTION", "CAN", "RUS") not in keys(evs)


def test_a_call_received_is_the_callers(code: Code, keys: Keys) -> None:
    evs = code("Thủ tướng Úc nhận được cuộc điện thoại từ Tổng thống Pháp.")
    assert keys(evs) == {("CONSULT", "FRA", "AUS")}
    evs = code("Tổng thống Brazil nhận cuộc gọi của Thủ tướng Ấn Độ.")
    assert keys(evs) == {("CONSULT", "IND", "BRA")}
    evs = code("Thủ tướng Anh có cuộc điện thoại với Tổng thống Kenya.")
    assert keys(evs) == {("CONSULT", "GBR", "KEN")}


def test_the_subject_of_a_copula_does_what_its_description_says(code: Code, keys: Keys) -> None:
    evs = code(
        "Litva là một trong những nước thành viên Liên minh châu Âu (EU) tích cực ủng hộ và "
        "viện trợ quân sự cho Kiev."
    )
    assert {("SUPPORT", "LTU", "UKR"), ("AID", "LTU", "UKR")} <= keys(evs)
    assert not {k for k in keys(evs) if k[1] == "EU"}


def test_sums_of_x_are_xs(code: Code, keys: Keys) -> None:
    evs = code("Thủ tướng Lào bày tỏ sự cảm kích trước những khoản hỗ trợ tài chính của Nhật Bản.")
    assert ("AID", "LAO", "JPN") not in keys(evs)


def test_a_second_verb_after_a_reported_first_keeps_its_subject(code: Code, keys: Keys) -> None:
    evs = code(
        "Algeria vừa tuyên bố đóng cửa không phận đối với Maroc, đồng thời đình chỉ thương mại "
        "với Pháp ngay lập tức."
    )
    assert {("SANCTION", "DZA", "MAR"), ("SANCTION", "DZA", "FRA")} <= keys(evs)
    assert ("SANCTION", "MAR", "FRA") not in keys(evs)

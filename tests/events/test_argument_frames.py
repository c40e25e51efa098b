"""Argument structure around a trigger: framing places, partners, mutual acts, judged clauses
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_place_framing_a_clause_is_no_list_member(code: Code, keys: Keys) -> None:
    # "Tại Bắc Kinh, A và B …": the comma ends the place, the titled people are the subject
    evs = code("Tại Bắc Kinh, Chủ tịch Trung Quốc và Tổng thống Nga đã hội đàm hôm 3/3.")
    assert ("CONSULT", "CHN", "RUS") in keys(evs) or ("CONSULT", "RUS", "CHN") in keys(evs)
    evs = code(
        "Bên lề hội nghị diễn ra tại thủ đô Hà Nội, Thủ tướng Nhật Bản và Thủ tướng Ấn Độ "
        "đã có cuộc gặp riêng."
    )
    assert keys(evs) & {("CONSULT", "JPN", "IND"), ("CONSULT", "IND", "JPN")}
    evs = code(
        "Trong cuộc họp báo ở Seoul, Ngoại trưởng Mỹ và Ngoại trưởng Hàn Quốc kêu gọi "
        "Triều Tiên ngừng thử tên lửa."
    )
    assert {("REQUEST", "USA", "PRK"), ("REQUEST", "KOR", "PRK")} <= keys(evs)


def test_places_listed_after_tai_stay_a_list(code: Code, keys: Keys) -> None:
    evs = code("Nga đã không kích các mục tiêu tại Syria, Iraq và Liban.")
    assert {("ASSAULT", "RUS", "SYR"), ("ASSAULT", "RUS", "IRQ")} <= keys(evs)


def test_blame_with_a_preposition_before_nhau_goes_both_ways(code: Code, keys: Keys) -> None:
    evs = code("Thái Lan và Campuchia đổ lỗi cho nhau về vụ đụng độ hôm thứ Hai.")
    assert {("ACCUSE", "THA", "KHM"), ("ACCUSE", "KHM", "THA")} <= keys(evs)
    evs = code("Binh sĩ Ấn Độ và Pakistan đã nổ súng vào nhau tại khu vực biên giới.")
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= keys(evs)


def test_mutual_help_is_no_event(code: Code, keys: Keys) -> None:
    # a statement of friendly relations, not an act of aid
    evs = code("Lào và Campuchia luôn giúp đỡ lẫn nhau trong nhiều năm qua.")
    assert not {k for k in keys(evs) if k[0] == "AID"}


def test_condemning_what_someone_did_names_the_doer(code: Code, keys: Keys) -> None:
    # "lên án việc X …": X is condemned, not an owner named later in the clause
    evs = code("Venezuela lên án việc Tổng thống Mỹ dọa phong tỏa các cảng biển của Venezuela.")
    assert ("ACCUSE", "VEN", "USA") in keys(evs)
    assert ("ACCUSE", "VEN", "VEN") not in keys(evs)


def test_a_statement_judged_names_its_author(code: Code, keys: Keys) -> None:
    # "tuyên bố" is the statement supported, not a reporting verb
    evs = code("Pháp ủng hộ tuyên bố của Đức về an ninh châu Âu.")
    assert ("SUPPORT", "FRA", "DEU") in keys(evs)
    evs = code("Trung Quốc phản đối tuyên bố của Philippines về Biển Đông.")
    assert ("ACCUSE", "CHN", "PHL") in keys(evs)


def test_partners_between_subject_and_verb(code: Code, keys: Keys) -> None:
    # "A cùng với B và C thảo luận": every pair meets
    evs = code(
        "Ngoại trưởng Nga đã cùng với Ngoại trưởng Trung Quốc và Ngoại trưởng Ấn Độ thảo luận "
        "về an ninh khu vực."
    )
    got = {(t, *sorted((a, b))) for t, a, b in keys(evs)}
    assert {("CONSULT", "CHN", "RUS"), ("CONSULT", "IND", "RUS"), ("CONSULT", "CHN", "IND")} <= got
    # "A cùng B lên án C": B condemns C too
    evs = code("Hàn Quốc cùng Nhật Bản lên án Triều Tiên phóng tên lửa đạn đạo.")
    assert {("ACCUSE", "KOR", "PRK"), ("ACCUSE", "JPN", "PRK")} <= keys(evs)


def test_recalling_ones_own_envoy_posted_abroad(code: Code, keys: Keys) -> None:
    # "đại sứ nước này tại X": the envoy's own state is no recipient, X is
    evs = code("Tổng thống Peru đã triệu hồi Đại sứ nước này tại Mexico về nước.")
    assert ("SANCTION", "PER", "MEX") in keys(evs)


def test_a_trade_verb_inside_a_ban_is_an_embargo(code: Code, keys: Keys) -> None:
    evs = code("Nhật Bản cấm các công ty nước này xuất khẩu thiết bị bán dẫn sang Triều Tiên.")
    assert ("SANCTION", "JPN", "PRK") in keys(evs)
    assert ("COOPERATE", "JPN", "PRK") not in keys(evs)
    evs = code("Anh đã ra lệnh cấm các doanh nghiệp Anh bán vũ khí cho Myanmar.")
    assert ("SANCTION", "GBR", "MMR") in keys(evs)


def test_counted_rounds_keep_a_verbal_marker(code: Code, keys: Keys) -> None:
    # "tiến hành nhiều cuộc đối thoại": the marker is before the count
    evs = code("Sau đó, Ấn Độ và Pakistan đã tiến hành nhiều cuộc đối thoại.")
    assert keys(evs) & {("CONSULT", "IND", "PAK"), ("CONSULT", "PAK", "IND")}


def test_an_exercise_announced_by_several_parties_is_joint(code: Code, keys: Keys) -> None:
    evs = code(
        "Nhật Bản, Australia và Philippines ngày 12/5 thông báo khởi động cuộc tập trận "
        "hải quân ba bên."
    )
    got = {(t, *sorted((a, b))) for t, a, b in keys(evs)}
    assert {("COOPERATE", "AUS", "JPN"), ("COOPERATE", "JPN", "PHL")} <= got


def test_a_states_own_organ_cited_then_nuoc_nay(code: Code, keys: Keys) -> None:
    # "Theo Bộ X của A, nước này …": A, cited through its own organ
    evs = code("Theo Bộ Ngoại giao Ba Lan, nước này đã trục xuất 3 nhà ngoại giao Belarus.")
    assert ("SANCTION", "POL", "BLR") in keys(evs)


def test_calling_an_act_a_violation_accuses_its_author(code: Code, keys: Keys) -> None:
    evs = code("Hàn Quốc mô tả vụ phóng tên lửa của Triều Tiên là sự vi phạm nghiêm trọng.")
    assert ("ACCUSE", "KOR", "PRK") in keys(evs)


def test_membership_supported_is_the_candidates(code: Code, keys: Keys) -> None:
    # "ủng hộ tư cách thành viên EU của X": X, not the bloc
    evs = code("Ba Lan ủng hộ tư cách thành viên EU của Moldova.")
    assert ("SUPPORT", "POL", "MDA") in keys(evs)
    assert ("SUPPORT", "POL", "EU") not in keys(evs)


def test_warning_of_what_one_will_do(code: Code, keys: Keys) -> None:
    # "cảnh báo sẽ áp đặt trừng phạt đối với Y": a threat to Y
    evs = code("Nhật Bản cảnh báo sẽ áp đặt thêm các biện pháp trừng phạt đối với Iran.")
    assert ("THREATEN", "JPN", "IRN") in keys(evs)


def test_a_name_the_gazetteer_missed_keeps_a_list(code: Code, keys: Keys) -> None:
    # "người đồng cấp Nhật Bản <unknown name> và Ngoại trưởng Mỹ …": one list of partners
    evs = code(
        "Ngoại trưởng Hàn Quốc đã hội đàm với người đồng cấp Nhật Bản Takeo Mori và "
        "Thứ trưởng Ngoại giao Mỹ tại Tokyo."
    )
    assert {("CONSULT", "KOR", "JPN"), ("CONSULT", "KOR", "USA")} <= keys(evs)


def test_a_call_made_in_a_meeting_is_to_the_partner(code: Code, keys: Keys) -> None:
    # "A điện đàm với B, kêu gọi …": asked of B
    evs = code("Thủ tướng Ấn Độ điện đàm với Tổng thống Nga, kêu gọi sớm chấm dứt xung đột.")
    assert ("REQUEST", "IND", "RUS") in keys(evs)
    # an offer made at talks is no request of the other side
    evs = code(
        "Tại cuộc đàm phán, Nga và Ukraine đã đồng ý trao đổi tù binh, đồng thời Moskva đề nghị "
        "trao lại cho Kyiv thi thể binh sĩ."
    )
    assert ("REQUEST", "RUS", "UKR") not in keys(evs)


def test_what_the_judge_calls_the_act(code: Code, keys: Keys) -> None:
    # "lên án điều mà họ gọi là "cuộc tấn công của X"": X is condemned, the attack happened
    evs = code('Jordan lên án điều mà họ gọi là "cuộc tấn công tàn bạo của Israel" vào Syria.')
    assert {("ACCUSE", "JOR", "ISR"), ("ASSAULT", "ISR", "SYR")} <= keys(evs)


def test_a_second_verb_of_a_subordinate_clause_keeps_its_subject(code: Code, keys: Keys) -> None:
    # "X … sau khi Y đóng … và trục xuất …": Y expels, not X
    evs = code(
        "Ecuador đã triệu hồi đại sứ tại Peru sau khi Lima đóng cửa khẩu biên giới và trục xuất "
        "hàng trăm người Ecuador."
    )
    assert ("SANCTION", "PER", "ECU") in keys(evs)
    assert ("SANCTION", "ECU", "ECU") not in keys(evs)


def test_what_a_joint_statement_says(code: Code, keys: Keys) -> None:
    # "ra tuyên bố chung kêu gọi/phản đối X": a request or accusation made, not a promise
    evs = code("Pháp và Đức đã ra tuyên bố chung phản đối các lệnh trừng phạt của Mỹ.")
    assert {("ACCUSE", "FRA", "USA"), ("ACCUSE", "DEU", "USA")} <= keys(evs)
    evs = code("Các nước ASEAN đã ra tuyên bố chung kêu gọi Myanmar chấm dứt bạo lực.")
    assert ("REQUEST", "ASEAN", "MMR") in keys(evs)
    assert ("AGREE", "ASEAN", "MMR") not in keys(evs)  # the statement is not agreed with Myanmar


def test_members_named_after_a_vague_object(code: Code, keys: Keys) -> None:
    # "… nhiều nước châu Âu, trong đó có A và B": A and B are the targets
    evs = code("Moskva đã trục xuất nhà ngoại giao của nhiều nước châu Âu, trong đó có Áo và Ý.")
    assert {("SANCTION", "RUS", "AUT"), ("SANCTION", "RUS", "ITA")} <= keys(evs)


def test_two_parties_opening_a_headline_with_a_comma(code: Code, keys: Keys) -> None:
    # the headline style "A, B V …" is "A và B V …"
    evs = code("Ngoại trưởng Ấn Độ, Nhật Bản hội đàm tại Tokyo.")
    assert keys(evs) & {("CONSULT", "IND", "JPN"), ("CONSULT", "JPN", "IND")}
    evs = code("Ngày 12/3, Thái Lan, Campuchia ký thỏa thuận ngừng bắn.")
    assert keys(evs) & {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")}
    # a place and a date opening a sentence are no pair
    evs = code("Hà Nội, ngày 5/3, Thủ tướng Việt Nam tiếp Đại sứ Nhật Bản.")
    assert ("CONSULT", "VNM", "JPN") in keys(evs)


def test_expelling_each_others_diplomats(code: Code, keys: Keys) -> None:
    evs = code("Ba Lan và Belarus đã trục xuất các nhà ngoại giao của nhau.")
    assert {("SANCTION", "POL", "BLR"), ("SANCTION", "BLR", "POL")} <= keys(evs)


def test_a_reaction_with_no_object_answers_the_act_before_it(code: Code, keys: Keys) -> None:
    # "A V B, C phản đối": C protests against A (the headline style)
    evs = code("Nhật Bản triệu đại sứ Hàn Quốc, Seoul phản đối.")
    assert ("ACCUSE", "KOR", "JPN") in keys(evs)
    evs = code("Ấn Độ không kích Pakistan, Trung Quốc lên án.")
    assert ("ACCUSE", "CHN", "IND") in keys(evs)
    # nothing before it: no target
    evs = code("Nga phản đối.")
    assert not keys(evs)


def test_help_thanked_for_went_to_the_thanker(code: Code, keys: Keys) -> None:
    # "A cảm ơn B vì đã cung cấp …" (no recipient said): B helped A
    evs = code("Tổng thống Moldova cảm ơn Romania vì đã cung cấp điện khẩn cấp.")
    assert {("SUPPORT", "MDA", "ROU"), ("AID", "ROU", "MDA")} <= keys(evs)

"""Wave 8 (supp): SUPPORT, AID, CONCEDE and RETREAT constructions that recur on the open sets.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều nước như Ấn Độ, Indonesia và Brazil,...ủng hộ đề xuất của Nam Phi.",
        "Các nước như Ấn Độ, Indonesia và Brazil... ủng hộ đề xuất của Nam Phi.",
    ],
)
def test_ellipsis_closing_a_list_keeps_its_subjects(code: Code, keys: Keys, text: str) -> None:
    """An ellipsis before a lower-case word closes an enumeration, not the clause."""
    evs = keys(code(text))
    for a in ("IND", "IDN", "BRA"):
        assert ("SUPPORT", a, "ZAF") in evs, (text, evs)


def test_ellipsis_before_a_capital_still_breaks(code: Code, keys: Keys) -> None:
    evs = keys(code("Các nước như Ấn Độ, Indonesia và Brazil... Nam Phi ủng hộ đề xuất."))
    assert ("SUPPORT", "IND", "ZAF") not in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Thủ tướng Malaysia đánh giá rất cao năng lực của lực lượng cứu hộ Nhật Bản.",
            "MYS",
            "JPN",
        ),
        (
            "Ngoại trưởng Ai Cập khẳng định Ai Cập coi trọng vai trò của Ấn Độ ở châu Á.",
            "EGY",
            "IND",
        ),
        ("Chile coi trọng vị thế của Brazil tại Mỹ Latinh.", "CHL", "BRA"),
        (
            "Tổng thống Kenya bày tỏ sự trân trọng đối với vai trò của Trung Quốc tại châu Phi.",
            "KEN",
            "CHN",
        ),
        (
            "Thủ tướng Lào trân trọng những đóng góp to lớn của Việt Nam cho hòa bình khu vực.",
            "LAO",
            "VNM",
        ),
    ],
)
def test_esteem_for_another_role_is_praise(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("SUPPORT", a, b) in evs, (text, evs)


def test_esteem_for_a_relation_is_not_praise(code: Code, keys: Keys) -> None:
    evs = keys(code("Chile coi trọng quan hệ với Brazil."))
    assert not any(k[0] == "SUPPORT" for k in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lula phát biểu trước đám đông người biểu tình ủng hộ Ukraine ở Brasilia, Brazil.",
        "Các nhà hoạt động ủng hộ Palestine tuần hành tại London, Anh.",
        "Hải quân Israel đã chặn đội tàu cứu trợ quốc tế hướng tới dải Gaza.",
    ],
)
def test_support_verb_modifying_a_noun_of_people_or_ships(
    code: Code, keys: Keys, text: str
) -> None:
    """ "người biểu tình ủng hộ X", "đội tàu cứu trợ": a relative clause on that noun, whose
    subject is the protesters or the flotilla, never a state named elsewhere."""
    evs = keys(code(text))
    assert not any(k[0] in ("SUPPORT", "AID") for k in evs), (text, evs)


def test_aid_programme_of_a_lender_is_not_aid_to_it(code: Code, keys: Keys) -> None:
    """ "theo thỏa thuận hỗ trợ của IMF": "của X" names the lender, not a recipient."""
    evs = keys(code("Pakistan thực hiện cải cách theo thỏa thuận hỗ trợ của IMF."))
    assert ("AID", "PAK", "IMF") not in evs, evs
    assert ("AID", "USA", "UKR") in keys(code("Mỹ đã hỗ trợ Ukraine 2 tỷ USD."))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Washington đã giảm một nửa mức thuế quan đối với hàng hóa Ấn Độ.", "USA", "IND"),
        ("Trung Quốc đã dỡ bỏ lệnh tạm ngừng nhập khẩu thịt bò từ Úc.", "CHN", "AUS"),
        ("Nga đã khôi phục giấy phép nhập khẩu cá từ các công ty Na Uy.", "RUS", "NOR"),
    ],
)
def test_trade_measures_eased(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    evs = keys(code(text))
    assert ("CONCEDE", a, b) in evs, (text, evs)
    assert ("SANCTION", a, b) not in evs, (text, evs)


def test_backing_a_candidacy_backs_the_candidate(code: Code, keys: Keys) -> None:
    """ "ủng hộ X ứng cử vào …": X's candidacy is no act of X on anyone; the support is X's."""
    evs = keys(code("Lào ủng hộ Campuchia ứng cử vào Hội đồng Nhân quyền Liên hợp quốc."))
    assert ("SUPPORT", "LAO", "KHM") in evs, evs
    evs = keys(code("Thủ tướng Thái Lan cảm ơn Singapore đã ủng hộ Thái Lan tranh cử ghế ủy viên."))
    assert ("SUPPORT", "SGP", "THA") in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        "Liên minh châu Âu (EU) đã quyết định cấp cho Bosnia tư cách ứng viên gia nhập khối.",
        "EU đã trao tư cách ứng viên cho Bosnia.",
    ],
)
def test_candidate_status_granted(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert ("SUPPORT", "EU", "BIH") in evs, (text, evs)


def test_grant_of_money_is_not_candidate_status(code: Code, keys: Keys) -> None:
    evs = keys(code("Mỹ cấp cho Ba Lan 2 tỷ USD."))
    assert not any(k[0] == "SUPPORT" for k in evs), evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Mỹ tặng 1 triệu liều vắc xin Pfizer cho Campuchia.", "USA", "KHM"),
        ("Nhật Bản viện trợ 400.000 liều vắc xin AstraZeneca cho Lào.", "JPN", "LAO"),
    ],
)
def test_vaccine_maker_is_not_the_recipient(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("AID", a, b) in evs, (text, evs)
    assert {k for k in evs if k[0] == "AID"} == {("AID", a, b)}, (text, evs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Triều Tiên cho biết sẽ thả 5 ngư dân Hàn Quốc.", "PRK", "KOR"),
        ("Theo Bộ Ngoại giao, Ấn Độ sẽ thả 20 ngư dân của Sri Lanka.", "IND", "LKA"),
        (
            "Liên minh châu Phi tuyên bố sẽ dỡ bỏ các biện pháp trừng phạt đối với Mali.",
            "AU",
            "MLI",
        ),
    ],
)
def test_announced_concession_is_done(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    evs = keys(code(text))
    assert ("CONCEDE", a, b) in evs, (text, evs)


def test_possible_concession_stays_unasserted(code: Code, keys: Keys) -> None:
    evs = keys(code("Triều Tiên cho biết có thể sẽ thả 5 ngư dân Hàn Quốc."))
    assert ("CONCEDE", "PRK", "KOR") not in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chủ tịch Lào đánh giá cao những thành tựu mà Campuchia đã đạt được.", "LAO", "KHM"),
        (
            "Tổng thống Chile đánh giá cao những thành tựu to lớn mà Chính phủ và nhân dân "
            "Peru đạt được thời gian qua.",
            "CHL",
            "PER",
        ),
    ],
)
def test_praise_of_what_another_achieved(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    """ "đánh giá cao những thành tựu mà Y đạt được": the achiever named after "mà"."""
    evs = keys(code(text))
    assert ("SUPPORT", a, b) in evs, (text, evs)


def test_praise_of_results_shared_names_no_achiever(code: Code, keys: Keys) -> None:
    evs = keys(code("Chủ tịch Lào đánh giá cao những thành tựu của ngành giáo dục."))
    assert not any(k[0] == "SUPPORT" for k in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Lào đã gửi tặng Đảng, Nhà nước và nhân dân Campuchia số tiền 200.000 USD.",
        "Đảng, Nhà nước và nhân dân Lào đã trao tặng nhân dân Campuchia số tiền 200.000 USD.",
    ],
)
def test_gift_of_a_sum_to_the_state_formula(code: Code, keys: Keys, text: str) -> None:
    """ "Đảng, Nhà nước và nhân dân X" is one phrase naming X; "số tiền N" is a sum given."""
    evs = keys(code(text))
    assert ("AID", "LAO", "KHM") in evs, (text, evs)


def test_gift_without_a_sum_is_no_aid(code: Code, keys: Keys) -> None:
    evs = keys(code("Lào đã gửi tặng nhân dân Campuchia bức tranh về tình hữu nghị."))
    assert not any(k[0] == "AID" for k in evs), evs


def test_recognising_a_leader_of_a_state(code: Code, keys: Keys) -> None:
    """ "công nhận ông X là tổng thống (lâm thời) của Y": support given to Y."""
    evs = keys(code("Canada đã công nhận ông Rivas là tổng thống lâm thời của Bolivia."))
    assert ("SUPPORT", "CAN", "BOL") in evs, evs


def test_examples_of_states_after_nhu_are_a_list(code: Code, keys: Keys) -> None:
    """ "một số quốc gia châu Âu như A, B, C,...": a list of examples, with no "và"."""
    evs = keys(code("Một số quốc gia châu Á như Nhật Bản, Hàn Quốc, Singapore,...cũng ủng hộ Úc."))
    for a in ("JPN", "KOR", "SGP"):
        assert ("SUPPORT", a, "AUS") in evs, evs


@pytest.mark.parametrize(
    ("text", "typ", "a", "b"),
    [
        ("Trung Quốc chuyển hàng viện trợ cho Lào.", "AID", "CHN", "LAO"),
        ("Mỹ đã thu hồi lệnh trừng phạt đối với Belarus.", "CONCEDE", "USA", "BLR"),
        ("Mỹ đã hủy lệnh trừng phạt đối với Belarus.", "CONCEDE", "USA", "BLR"),
        ("Pháp đã rút hết lực lượng khỏi Mali.", "RETREAT", "FRA", "MLI"),
    ],
)
def test_breadth_of_the_family(code: Code, keys: Keys, text: str, typ: str, a: str, b: str) -> None:
    evs = keys(code(text))
    assert (typ, a, b) in evs, (text, evs)
    assert ("SANCTION", a, b) not in evs, (text, evs)


def test_people_of_the_two_states_are_not_the_states(code: Code, keys: Keys) -> None:
    """ "người dân hai nước hoan nghênh …": people of the two states, not the states."""
    text = "Ấn Độ và Nepal đã hội đàm. Người dân hai nước hoan nghênh động thái này."
    assert not any(k[0] == "SUPPORT" for k in keys(code(text)))
    text = "Ấn Độ và Nepal đã hội đàm. Lãnh đạo hai nước hoan nghênh động thái này."
    assert any(k[0] == "SUPPORT" for k in keys(code(text)))

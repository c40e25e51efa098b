"""Wave 14: envoys summoned or withdrawn home, meetings called off, contacts and loans stopped.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Đức cũng triệu đại sứ tại Tehran về để tham vấn.", ("SANCTION", "DEU", "IRN")),
        ("Pháp triệu đại sứ của mình tại Iran về nước.", ("SANCTION", "FRA", "IRN")),
        ("Pháp rút nhân viên ngoại giao ở Iran về nước.", ("SANCTION", "FRA", "IRN")),
        ("Pháp rút các nhà ngoại giao khỏi Niger.", ("SANCTION", "FRA", "NER")),
        (
            "Thủ tướng Anh tuyên bố Vương quốc Anh sẽ đình chỉ tiếp xúc cấp cao với Nga.",
            ("SANCTION", "GBR", "RUS"),
        ),
        ("Ngân hàng Thế giới đã dừng một khoản vay cho Uganda.", ("SANCTION", "WB", "UGA")),
        (
            "Thủ tướng Đan Mạch quyết định hủy một cuộc họp song phương với Tổng thống Thổ Nhĩ Kỳ.",
            ("REJECT", "DNK", "TUR"),
        ),
        (
            "Tổng thống Mỹ thông báo hủy cuộc gặp với Tổng thống Nga ở Argentina.",
            ("REJECT", "USA", "RUS"),
        ),
    ],
)
def test_ties_cut_and_meetings_called_off(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_an_envoy_summoned_home_is_recalled_not_protested_to(code: Code, keys: Keys) -> None:
    found = keys(code("Pháp triệu đại sứ của mình tại Iran về nước để tham vấn."))
    assert ("PROTEST", "FRA", "IRN") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Trung Quốc triệu đại sứ Việt Nam tại Bắc Kinh để phản đối.",
        "Iran triệu đại sứ Anh tại Tehran về việc bắt giữ tàu chở dầu.",
    ],
)
def test_a_foreign_envoy_summoned_is_a_protest(code: Code, keys: Keys, text: str) -> None:
    found = keys(code(text))
    assert {k for k in found if k[0] == "PROTEST"}
    assert not {k for k in found if k[0] == "SANCTION"}


def test_co_subjects_pledging_aid_each_give_it(code: Code, keys: Keys) -> None:
    found = keys(code("Đức và Pháp cam kết hỗ trợ Ukraine 500 triệu USD."))
    assert {("AID", "DEU", "UKR"), ("AID", "FRA", "UKR")} <= found
    assert ("AGREE", "DEU", "FRA") not in found and ("AGREE", "FRA", "DEU") not in found


def test_a_vow_answering_a_fronted_act_threatens_its_owners(code: Code, keys: Keys) -> None:
    text = (
        "Đáp trả các biện pháp trên của Litva và Latvia, phát ngôn viên Bộ Ngoại giao Nga nói"
        " “Nga sẽ sớm đưa ra các biện pháp trả đũa”."
    )
    assert {("THREATEN", "RUS", "LTU"), ("THREATEN", "RUS", "LVA")} <= keys(code(text))


def test_opposing_a_bid_to_join_is_a_refusal(code: Code, keys: Keys) -> None:
    found = keys(code("Thổ Nhĩ Kỳ phản đối Thụy Điển và Phần Lan gia nhập NATO."))
    assert {("REJECT", "TUR", "SWE"), ("REJECT", "TUR", "FIN")} <= found
    assert ("AGREE", "SWE", "FIN") not in found and ("AGREE", "FIN", "SWE") not in found


def test_opposing_a_party_in_an_exercise_is_no_refusal(code: Code, keys: Keys) -> None:
    found = keys(code("Nga phản đối Mỹ tham gia cuộc tập trận."))
    assert ("ACCUSE", "RUS", "USA") in found
    assert ("REJECT", "RUS", "USA") not in found


def test_a_warning_named_after_a_pledge_is_made(code: Code, keys: Keys) -> None:
    text = (
        "Cam kết này được đưa ra khi Liên minh châu Âu cảnh báo Nga sẽ phải đối mặt với hậu quả"
        " nếu tấn công Ukraine."
    )
    found = keys(code(text))
    assert ("THREATEN", "EU", "RUS") in found
    assert ("THREATEN", "EU", "UKR") not in found  # the object of the condition is no target


def test_support_declared_to_go_on_is_given(code: Code, keys: Keys) -> None:
    assert ("SUPPORT", "TUR", "LBY") in keys(code("Thổ Nhĩ Kỳ tuyên bố sẽ tiếp tục ủng hộ Libya."))
    assert ("SUPPORT", "USA", "UKR") not in keys(code("Mỹ sẽ ủng hộ Ukraine."))


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ đã đình chỉ 3,5 triệu USD viện trợ quân sự cho Thái Lan.",
        "Mỹ cắt 100 triệu USD viện trợ cho Thái Lan.",
    ],
)
def test_aid_cut_is_a_sanction(code: Code, keys: Keys, text: str) -> None:
    found = keys(code(text))
    assert ("SANCTION", "USA", "THA") in found
    assert ("AID", "USA", "THA") not in found


def test_envoys_listed_after_a_summons_are_each_summoned(code: Code, keys: Keys) -> None:
    text = (
        "Theo hãng thông tấn Anadolu của Thổ Nhĩ Kỳ, Bộ Ngoại giao nước này đã triệu Đại biện"
        " lâm thời Đan Mạch và một nhà ngoại giao Hà Lan."
    )
    found = keys(code(text))
    assert {("PROTEST", "TUR", "DNK"), ("PROTEST", "TUR", "NLD")} <= found
    assert ("PROTEST", "NLD", "DNK") not in found


def test_envoys_listed_after_an_expulsion_are_each_expelled(code: Code, keys: Keys) -> None:
    found = keys(code("Nga trục xuất đại sứ Đức và hai nhà ngoại giao Pháp."))
    assert {("SANCTION", "RUS", "DEU"), ("SANCTION", "RUS", "FRA")} <= found


def test_a_visit_to_listed_states_is_the_visitors(code: Code, keys: Keys) -> None:
    text = (
        "Chuyến thăm cấp Nhà nước đến Ethiopia và Ai Cập của Chủ tịch nước Việt Nam đã thành công."
    )
    met = {frozenset(k[1:]) for k in keys(code(text)) if k[0] == "CONSULT"}
    assert {frozenset({"EGY", "VNM"}), frozenset({"ETH", "VNM"})} <= met
    assert frozenset({"EGY", "ETH"}) not in met


@pytest.mark.parametrize(
    "text",
    [
        "Binh sĩ NATO bắt đầu cuộc tập trận phòng thủ và tấn công quy mô lớn tại Litva.",
        "Mục tiêu của hai bên là tăng cường năng lực phòng vệ và răn đe của Ukraine.",
    ],
)
def test_an_exercise_or_a_capability_is_no_attack_or_threat(
    code: Code, keys: Keys, text: str
) -> None:
    assert not {k for k in keys(code(text)) if k[0] in ("ASSAULT", "THREATEN")}


def test_no_meeting_held_is_denied(code: Code, keys: Keys) -> None:
    found = keys(code("Mỹ không có bất kỳ cuộc gặp nào với Iran."))
    assert not {k for k in found if k[0] == "CONSULT"}


def test_a_membership_under_way_is_not_joined(code: Code, keys: Keys) -> None:
    assert not keys(code("Quá trình Thụy Điển gia nhập NATO tiếp tục bị trì hoãn."))
    assert ("AGREE", "FIN", "NATO") in keys(code("Phần Lan gia nhập NATO năm 2023."))

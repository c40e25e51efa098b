"""Wave 9, cooperation family (CONSULT, AGREE, COOPERATE, SUPPORT, AID): rules of
``events/cooperation.py`` on sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Tại buổi hội đàm, Tổng thống Philippines và Chủ tịch nước Việt Nam đánh giá cao sự phát"
        " triển mạnh mẽ của mối quan hệ Đối tác Chiến lược giữa hai nước.",
        "Thủ tướng Campuchia đánh giá cao kết quả hợp tác giữa hai Chính phủ Việt Nam và"
        " Campuchia.",
        "Tổng thống Mỹ đánh giá cao cuộc điện đàm với Thủ tướng Nhật Bản.",
        "Thủ tướng Thái Lan hoan nghênh sự hợp tác giữa hai nước Thái Lan và Lào.",
        "Tại buổi hội đàm, hai Nhà Lãnh đạo Việt Nam và Philippines đánh giá cao sự phát triển"
        " mạnh mẽ và thực chất của mối quan hệ Đối tác Chiến lược giữa hai nước.",
        "Chủ tịch nước Việt Nam đánh giá cao việc hai bên tổ chức Hội nghị và ký hai văn kiện"
        " với Campuchia.",
    ],
)
def test_praise_of_a_shared_relation_is_no_support(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not any(k[0] == "SUPPORT" for k in evs), (text, evs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Tổng thống Mỹ đánh giá cao vai trò của Ai Cập trong các cuộc đàm phán.", "USA", "EGY"),
        ("Thủ tướng Nhật Bản đánh giá cao sự hợp tác của Việt Nam.", "JPN", "VNM"),
        ("Thủ tướng Lào đánh giá cao những thành tựu của Việt Nam.", "LAO", "VNM"),
    ],
)
def test_praise_of_the_partners_own_act_stays_support(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("SUPPORT", a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Pakistan đã triệu tập cuộc họp nội các khẩn cấp khi căng thẳng với Ấn Độ"
        " gia tăng.",
        "Trong cuộc họp, Nội các đã thảo luận các biện pháp đối phó với hành động gây hấn của"
        " Azerbaijan nhằm vào lãnh thổ của Armenia.",
    ],
)
def test_a_cabinets_own_meeting_is_no_consult(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not any(k[0] == "CONSULT" for k in evs), (text, evs)


def test_a_joint_cabinet_meeting_of_two_states_is_consult(code: Code, keys: Keys) -> None:
    evs = keys(code("Hai bên đã tổ chức cuộc họp chung nội các hai nước Thái Lan và Campuchia."))
    assert {("CONSULT", "THA", "KHM"), ("CONSULT", "KHM", "THA")} & evs, evs


@pytest.mark.parametrize(
    ("text", "subjects", "partner"),
    [
        ("Đức và Pháp đã ký thỏa thuận với Mỹ.", ("DEU", "FRA"), "USA"),
        ("Đức và Pháp đã ký một thỏa thuận quốc phòng với Nhật Bản.", ("DEU", "FRA"), "JPN"),
        ("Đức và Pháp đã ký kết hiệp định thương mại với Nhật Bản.", ("DEU", "FRA"), "JPN"),
        ("Đức và Pháp đã ký với Mỹ một thỏa thuận.", ("DEU", "FRA"), "USA"),
    ],
)
def test_co_signers_each_sign_with_the_partner(
    code: Code, keys: Keys, text: str, subjects: tuple[str, str], partner: str
) -> None:
    evs = keys(code(text))
    for s in subjects:
        assert ("AGREE", s, partner) in evs, (text, evs)
    assert ("AGREE", subjects[0], subjects[1]) not in evs, (text, evs)


def test_co_signers_with_no_partner_agree_with_each_other(code: Code, keys: Keys) -> None:
    evs = keys(code("Đức và Pháp đã ký thỏa thuận hợp tác quốc phòng."))
    assert ("AGREE", "DEU", "FRA") in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        "Moscow tuyên bố việc Phần Lan gia nhập NATO có thể được coi như là một mối đe dọa.",
        "Quan hệ giữa Anh và Ba Lan được mở rộng kể từ khi Ba Lan gia nhập EU.",
        "Phần Lan và Thụy Điển không nên làm tổn hại an ninh khu vực và việc họ gia nhập NATO có"
        " thể gây hậu quả.",
    ],
)
def test_an_accession_named_as_a_topic_is_no_agreement(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not any(k[0] == "AGREE" for k in evs), (text, evs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Montenegro chính thức gia nhập NATO.", "MNE", "NATO"),
        ("Thụy Điển đã gia nhập NATO sau khi Thổ Nhĩ Kỳ phê chuẩn.", "SWE", "NATO"),
    ],
)
def test_an_accession_reported_stays_an_agreement(
    code: Code, keys: Keys, text: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert ("AGREE", a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Cảnh sát biển Trung Quốc dùng vòi rồng phun vào tàu Philippines, khiến một tàu hỗ trợ"
        " ngư nghiệp của Philippines bị hư hại.",
        "Mỹ áp thêm trừng phạt lên các cá nhân hỗ trợ Iran buôn bán dầu mỏ.",
    ],
)
def test_support_verb_modifying_a_ship_or_individuals_is_no_aid(
    code: Code, keys: Keys, text: str
) -> None:
    """ "tàu hỗ trợ ngư nghiệp", "các cá nhân hỗ trợ Iran": a relative clause on that noun."""
    evs = keys(code(text))
    assert not any(k[0] in ("AID", "COOPERATE") for k in evs), (text, evs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Liên minh châu Âu (EU) đã phân bổ thêm 2,5 tỷ euro để hỗ trợ Ukraine.", "EU", "UKR"),
        ("Trung Quốc đã cấp 600 triệu nhân dân tệ để hỗ trợ Campuchia.", "CHN", "KHM"),
        ("Nhật Bản vừa dành 10 triệu USD nhằm viện trợ cho Philippines.", "JPN", "PHL"),
    ],
)
def test_aid_already_funded_is_given(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    evs = keys(code(text))
    assert ("AID", a, b) in evs, (text, evs)


def test_aid_still_to_be_funded_stays_planned(code: Code, keys: Keys) -> None:
    text = "EU sẽ phân bổ thêm 2,5 tỷ euro để hỗ trợ Ukraine."
    assert ("AID", "EU", "UKR") not in keys(code(text)), text
    assert ("AID", "EU", "UKR") in keys(code(text), None), text


@pytest.mark.parametrize(
    ("text", "typ", "a", "b"),
    [
        ("Việt Nam khẳng định tăng cường hợp tác với Philippines.", "COOPERATE", "VNM", "PHL"),
        (
            "Việt Nam và Philippines khẳng định đẩy mạnh hợp tác quốc phòng và duy trì tham vấn"
            " chặt chẽ.",
            "CONSULT",
            "VNM",
            "PHL",
        ),
    ],
)
def test_an_intensifier_after_a_reporting_verb_keeps_the_reporter(
    code: Code, keys: Keys, text: str, typ: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (typ, a, b) in evs or (typ, b, a) in evs, (text, evs)


def test_a_new_subject_after_a_reporting_verb_still_starts_a_clause(code: Code, keys: Keys) -> None:
    evs = keys(code("Nhật Bản cho biết Mỹ và Hàn Quốc tăng cường hợp tác quốc phòng."))
    assert not any(k[0] == "COOPERATE" and "JPN" in k for k in evs), evs


def test_a_list_of_all_g7_members_is_the_g7(code: Code, keys: Keys) -> None:
    text = (
        "Trong một tuyên bố chung, các nhà ngoại giao hàng đầu từ Anh, Canada, Pháp, Đức, Ý,"
        " Nhật Bản và Mỹ đã lên tiếng ủng hộ kiên định đối với toàn vẹn lãnh thổ của Ukraine."
    )
    evs = keys(code(text))
    assert ("SUPPORT", "G7", "UKR") in evs, evs
    assert ("SUPPORT", "FRA", "UKR") not in evs, evs


def test_three_states_together_stay_three(code: Code, keys: Keys) -> None:
    evs = keys(code("Mỹ, Anh và Australia lên tiếng ủng hộ Philippines."))
    assert {("SUPPORT", "USA", "PHL"), ("SUPPORT", "AUS", "PHL")} <= evs, evs


def test_supply_chain_is_no_aid(code: Code, keys: Keys) -> None:
    text = "Các công ty Lithuania nằm trong chuỗi cung ứng liên quan đến Trung Quốc bị hạn chế."
    assert not any(k[0] == "AID" for k in keys(code(text))), text


def test_talks_mediated_are_no_deal_of_the_mediator(code: Code, keys: Keys) -> None:
    text = (
        "Sau cuộc đàm phán do EU làm trung gian giữa Tổng thống Serbia Aleksandar Vucic và nhà"
        ' lãnh đạo Kosovo Albin Kurti, ông Borrell nêu rõ: "Tôi vui mừng thông báo rằng cuối'
        ' cùng chúng tôi đã đạt được một thỏa thuận."'
    )
    evs = keys(code(text))
    assert not any(k[0] == "AGREE" and "EU" in k for k in evs), evs


def test_a_deal_mediated_is_agreed_with_the_mediator(code: Code, keys: Keys) -> None:
    text = "Israel và Hezbollah đã chấp nhận thỏa thuận ngừng bắn do Mỹ và Pháp làm trung gian."
    evs = keys(code(text))
    assert {("AGREE", "USA", "ISR"), ("AGREE", "FRA", "HEZBOLLAH")} <= evs, evs

"""Wave 10, cooperation family: type confusions (``events/pledges.py``) on sentences of our
own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Israel và Hamas vẫn giao tranh, theo thỏa thuận do Qatar, Ai Cập và Mỹ làm trung gian.",
        "Đây là vụ đụng độ mới nhất kể từ khi lệnh ngừng bắn do Mỹ làm trung gian giữa Israel và"
        " Hamas được ký kết hồi đầu tháng.",
        "Israel cáo buộc Hamas vi phạm thỏa thuận ngừng bắn do Qatar làm trung gian.",
        "Căn cứ hiệp định hòa bình do Na Uy làm trung gian, Colombia trao trả tù binh cho FARC.",
        "Chuyến thăm diễn ra sau khi lệnh ngừng bắn do Pháp làm trung gian giữa Israel và"
        " Hezbollah có hiệu lực từ tháng 11.",
    ],
)
def test_a_cited_mediated_deal_gives_no_mediator_event(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    mediators = {"QAT", "EGY", "USA", "NOR", "FRA"}
    assert not any(k[0] == "AGREE" and mediators & set(k[1:]) for k in evs), (text, evs)


def test_a_deal_reached_keeps_its_mediator(code: Code, keys: Keys) -> None:
    evs = keys(code("Israel và Hamas đã đạt thỏa thuận ngừng bắn do Ai Cập làm trung gian."))
    assert {("AGREE", "EGY", "ISR"), ("AGREE", "EGY", "HAMAS")} <= evs, evs


def test_co_mediators_are_no_parties(code: Code, keys: Keys) -> None:
    text = (
        "Israel và Hezbollah ngừng bắn. Thỏa thuận do Pháp và Mỹ làm trung gian được hai bên"
        " hoan nghênh."
    )
    evs = keys(code(text))
    assert not any(k[0] == "AGREE" and {"FRA", "USA"} <= set(k[1:]) for k in evs), evs


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Mỹ đã cam kết hỗ trợ Việt Nam hơn 30 triệu USD để ứng phó đại dịch.", "USA", "VNM"),
        ("Nhật Bản cam kết các khoản cho vay mới trị giá 500 triệu USD cho Myanmar.", "JPN", "MMR"),
        ("Trung Quốc hứa viện trợ 10.000 tấn gạo cho Campuchia.", "CHN", "KHM"),
        ("Đức cam kết cung cấp thêm hệ thống phòng không cho Ukraine.", "DEU", "UKR"),
        ("Hàn Quốc cam kết tài trợ cho Lào để xây dựng bệnh viện.", "KOR", "LAO"),
        ("Qatar cam kết sẽ triển khai các bệnh viện dã chiến nhằm hỗ trợ Lebanon.", "QAT", "LBN"),
    ],
)
def test_a_pledge_of_aid_is_aid(
    code: Code, keys: Keys, text: str, actor: str, recipient: str
) -> None:
    evs = keys(code(text))
    assert ("AID", actor, recipient) in evs, (text, evs)
    assert not any(k[0] == "AGREE" for k in evs), (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước cam kết hỗ trợ lẫn nhau tại các diễn đàn đa phương.",
        "Việt Nam và Lào cam kết hỗ trợ nhau trong phòng chống dịch bệnh.",
        "Mỹ cam kết hỗ trợ tiến trình hòa bình tại Sudan.",
    ],
)
def test_a_shared_or_immaterial_pledge_is_no_aid(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not any(k[0] == "AID" for k in evs), (text, evs)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Bộ Ngoại giao Mỹ đã phê duyệt một thương vụ bán vũ khí cho Philippines trị giá 500"
            " triệu USD.",
            "USA",
            "PHL",
        ),
        ("IMF đã chấp thuận giải ngân 1,2 tỷ USD cho Ai Cập.", "IMF", "EGY"),
        ("Ngân hàng Thế giới bật đèn xanh cho khoản vay 500 triệu USD cho Pakistan.", "WB", "PAK"),
        (
            "Mỹ đã phê duyệt 300 triệu đô-la để hỗ trợ huấn luyện quân sự cho Philippines.",
            "USA",
            "PHL",
        ),
    ],
)
def test_aid_approved_is_aid(code: Code, keys: Keys, text: str, actor: str, recipient: str) -> None:
    evs = keys(code(text))
    assert ("AID", actor, recipient) in evs, (text, evs)
    assert not any(k[0] == "AGREE" for k in evs), (text, evs)


def test_a_treaty_ratified_stays_a_deal(code: Code, keys: Keys) -> None:
    evs = keys(code("Quốc hội Việt Nam phê chuẩn hiệp định thương mại với Liên minh châu Âu."))
    assert ("AGREE", "VNM", "EU") in evs, evs


def test_a_pledge_of_know_how_is_no_aid_given(code: Code, keys: Keys) -> None:
    text = (
        "Hãng hàng không Nhật Bản cam kết sẽ cung cấp hỗ trợ kỹ thuật cho Việt Nam trên các"
        " lĩnh vực quản trị và phát triển đội máy bay."
    )
    evs = keys(code(text))
    assert ("AID", "JPN", "VNM") not in evs, evs


@pytest.mark.parametrize(
    ("text", "thanker", "thanked"),
    [
        ("Bộ trưởng Ngoại giao Việt Nam cám ơn Argentina đã ủng hộ Việt Nam.", "VNM", "ARG"),
        ("Thủ tướng Lào cảm ơn Việt Nam đã giúp đỡ Lào khắc phục hậu quả lũ lụt.", "LAO", "VNM"),
        ("Tổng thống Mỹ cảm ơn Việt Nam đã cung cấp trang thiết bị y tế cho Mỹ.", "USA", "VNM"),
        ("Thủ tướng Campuchia tri ân Việt Nam vì đã luôn hỗ trợ Campuchia.", "KHM", "VNM"),
        ("Ngoại trưởng Ukraine biết ơn Ba Lan luôn ủng hộ Ukraine.", "UKR", "POL"),
    ],
)
def test_the_one_thanked_for_an_act_is_supported(
    code: Code, keys: Keys, text: str, thanker: str, thanked: str
) -> None:
    evs = keys(code(text))
    assert ("SUPPORT", thanker, thanked) in evs, (text, evs)


def test_thanks_to_no_actor_is_no_support(code: Code, keys: Keys) -> None:
    assert not keys(code("Thủ tướng Việt Nam cảm ơn các đại biểu đã tham dự hội nghị."))


@pytest.mark.parametrize(
    "text",
    [
        "Liên minh châu Âu đã cung cấp cho Ukraine một khoản tài chính bổ sung trị giá 4 tỷ euro.",
        "Mỹ cung cấp cho Ukraine gói vũ khí trị giá 400 triệu USD.",
    ],
)
def test_aid_worth_a_sum_is_no_sale(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "AID" for k in evs), (text, evs)
    assert not any(k[0] == "COOPERATE" for k in evs), (text, evs)


def test_a_supply_contract_stays_trade(code: Code, keys: Keys) -> None:
    evs = keys(code("Qatar cung cấp khí đốt cho Pháp theo hợp đồng trị giá 2 tỷ USD."))
    assert ("COOPERATE", "QAT", "FRA") in evs, evs

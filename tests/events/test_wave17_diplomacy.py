"""Wave 17: how Vietnamese media report diplomacy and trade (seventeenth session).

Each case failed before its fix. Every sentence is written for these tests from general
knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a message of congratulations received "của Y" is Y's support of the receiver
        (
            "Chủ tịch nước Tô Lâm đã nhận được điện mừng của Tổng thống Nga Vladimir Putin "
            "nhân dịp Quốc khánh.",
            {("SUPPORT", "RUS", "VNM")},
            {("SUPPORT", "VNM", "RUS")},
        ),
        # a mediator "giữa A và B" talks with each side
        (
            "Malaysia, với tư cách Chủ tịch ASEAN, đã làm trung gian hòa giải giữa Thái Lan và "
            "Campuchia.",
            {("CONSULT", "MYS", "THA"), ("CONSULT", "MYS", "KHM")},
            set(),
        ),
        # the body a case is brought before is no party to it
        (
            "Trung Quốc phản đối quyết định của EU và đã khởi kiện lên WTO.",
            {("ACCUSE", "CHN", "EU")},
            {("ACCUSE", "CHN", "WTO")},
        ),
        # leaders exchanging messages of congratulation: each congratulates the other
        (
            "Nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao, Tổng Bí thư Tô Lâm và Tổng thống "
            "Pháp Emmanuel Macron đã trao đổi điện mừng.",
            {("SUPPORT", "VNM", "FRA"), ("SUPPORT", "FRA", "VNM")},
            set(),
        ),
        # a tariff exemption
        (
            "Mỹ miễn trừ thuế quan đối với hàng hóa của Canada và Mexico thuộc Hiệp định USMCA.",
            {("CONCEDE", "USA", "CAN"), ("CONCEDE", "USA", "MEX")},
            set(),
        ),
        # an offer to mediate is no mediation yet
        (
            "Chính phủ Oman đã đề nghị đứng ra làm nước trung gian hòa giải giữa Washington và "
            "Tehran.",
            set(),
            {("CONSULT", "OMN", "USA"), ("CONSULT", "USA", "IRN"), ("CONSULT", "IRN", "USA")},
        ),
        # leaders who held talks and then witnessed the exchange of documents
        (
            "Thủ tướng Phạm Minh Chính và Thủ tướng Ấn Độ Narendra Modi đã hội đàm và chứng "
            "kiến lễ trao đổi các văn kiện hợp tác.",
            {("CONSULT", "VNM", "IND"), ("AGREE", "VNM", "IND")},
            set(),
        ),
        # a handover said bare with its count
        (
            "Thủ tướng Phạm Minh Chính và Thủ tướng Ấn Độ Narendra Modi đã chứng kiến trao 9 "
            "văn kiện hợp tác.",
            {("AGREE", "VNM", "IND")},
            set(),
        ),
        # the EU lifting its yellow card on a state's seafood
        (
            "Ủy ban châu Âu đã chính thức gỡ thẻ vàng IUU đối với thủy sản Việt Nam.",
            {("CONCEDE", "EU", "VNM")},
            set(),
        ),
        # condolences voiced rather than sent
        (
            "Việt Nam bày tỏ lời chia buồn sâu sắc tới Chính phủ và nhân dân Thái Lan.",
            {("SUPPORT", "VNM", "THA")},
            set(),
        ),
        # every border crossing closed
        (
            "Thái Lan đã đóng cửa toàn bộ các cửa khẩu biên giới với Campuchia.",
            {("SANCTION", "THA", "KHM")},
            set(),
        ),
    ],
)
def test_diplomacy(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not absent & got, (text, got)

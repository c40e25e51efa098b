"""Wave 19, theme b: requests and refusals as Vietnamese outlets word them (nineteenth session).

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese news words demands, appeals, refusals and denials (not from any annotated set). Each
case naming events failed before its fix; cases naming only absent events guard a fix from
reaching too far. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # a proposal or charge rejected whose author is told in a relative clause "mà Y đưa ra",
    # after a trigger that names the proposal itself ("bác bỏ đề xuất")
    (
        "Iran đã bác bỏ những cáo buộc mà Anh đưa ra liên quan đến âm mưu ám sát.",
        {("REJECT", "IRN", "GBR")},
        set(),
    ),
    (
        "Moskva hôm qua đã bác bỏ đề xuất hòa bình gồm 10 điểm mà Ukraine đưa ra.",
        {("REJECT", "RUS", "UKR")},
        set(),
    ),
    (
        "Hàn Quốc đã từ chối yêu cầu mà Mỹ đặt ra về chi phí đồn trú.",
        {("REJECT", "KOR", "USA")},
        set(),
    ),
    # a refusal trigger naming what it refuses ("bác bỏ đề xuất", "bác đơn") refuses the
    # author after the noun, not the party an "đối với" phrase names
    (
        "Hàn Quốc bác bỏ đề xuất của Mỹ đối với vấn đề Triều Tiên.",
        {("REJECT", "KOR", "USA")},
        {("REJECT", "KOR", "PRK")},
    ),
    (
        "Serbia đã bác đơn của Ukraine đối với một doanh nhân Nga.",
        {("REJECT", "SRB", "UKR")},
        {("REJECT", "SRB", "RUS")},
    ),
    # a report denied refuses none of the parties it tells of
    (
        "Nga bác tin đàm phán bí mật với Mỹ về Ukraine.",
        set(),
        {("REJECT", "RUS", "USA")},
    ),
    (
        "Nga bác bỏ thông tin đàm phán bí mật với Mỹ.",
        set(),
        {("REJECT", "RUS", "USA")},
    ),
    # opposing a party's proposal is refusing it ...
    (
        "Hungary và Slovakia phản đối kế hoạch của EU về việc phân bổ người di cư.",
        {("REJECT", "HUN", "EU"), ("REJECT", "SVK", "EU")},
        {("ACCUSE", "HUN", "EU")},
    ),
    (
        "Đức phản đối yêu cầu của Ba Lan về bồi thường chiến tranh.",
        {("REJECT", "DEU", "POL")},
        set(),
    ),
    # ... but opposing a proposed measure against oneself stays a disapproval
    (
        "Bình Nhưỡng phản đối mạnh mẽ các đề xuất trừng phạt của Washington.",
        {("ACCUSE", "PRK", "USA")},
        {("REQUEST", "USA", "PRK")},
    ),
    # a request answered in a fronted phrase was made of the main clause's subject; a
    # negation or a refusal there refuses it
    (
        "Đáp lại yêu cầu của Mỹ, Trung Quốc khẳng định sẽ không từ bỏ quan hệ thương mại với Nga.",
        {("REQUEST", "USA", "CHN"), ("REJECT", "CHN", "USA")},
        set(),
    ),
    (
        "Phản hồi lời kêu gọi của Liên Hợp Quốc, Israel tuyên bố sẽ không tạm dừng chiến dịch.",
        {("REQUEST", "UN", "ISR"), ("REJECT", "ISR", "UN")},
        set(),
    ),
    (
        "Đáp lại những đòi hỏi của Mỹ, Bắc Kinh cho biết nước này không chấp nhận.",
        {("REQUEST", "USA", "CHN"), ("REJECT", "CHN", "USA")},
        set(),
    ),
    (
        "Đáp lại đề nghị của phía Việt Nam, Nhật Bản đã cử chuyên gia sang hỗ trợ.",
        {("REQUEST", "VNM", "JPN")},
        {("REJECT", "JPN", "VNM")},
    ),
    # ... with a title before the subject
    (
        "Đáp lại lời kêu gọi của Washington, Thủ tướng Israel tuyên bố sẽ không dừng chiến dịch.",
        {("REQUEST", "USA", "ISR"), ("REJECT", "ISR", "USA")},
        set(),
    ),
    # a request answered (or not) is the requester's, not the answerer's
    (
        "Tuy nhiên, Bình Nhưỡng không phản hồi đề nghị của Seoul.",
        set(),
        {("REQUEST", "PRK", "KOR")},
    ),
    (
        "Bình Nhưỡng đã trả lời đề nghị của Seoul về việc nối lại đường dây nóng.",
        set(),
        {("REQUEST", "PRK", "KOR")},
    ),
    # recognition refused for ever, a vow said now
    (
        "Tổng thống Serbia tuyên bố Belgrade sẽ không bao giờ công nhận nền độc lập của Kosovo.",
        {("REJECT", "SRB", "XKX")},
        set(),
    ),
    (
        "Moskva tuyên bố sẽ không công nhận kết quả bầu cử của Moldova.",
        {("REJECT", "RUS", "MDA")},
        set(),
    ),
    # "không có chuyện" (there is no question of it) denies what follows
    (
        'Bắc Kinh khẳng định "không có chuyện" Trung Quốc cung cấp vũ khí cho Nga.',
        set(),
        {("AID", "CHN", "RUS")},
    ),
    # a charge called baseless in quotes was made by its owner
    (
        'Bộ Ngoại giao Trung Quốc gọi các cáo buộc của Philippines là "vô căn cứ".',
        {("ACCUSE", "PHL", "CHN"), ("REJECT", "CHN", "PHL")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_requests_and_refusals(
    code: Code, keys: Keys, text: str, present: set, absent: set
) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"

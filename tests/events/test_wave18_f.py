"""Wave 18 (helper f): sanctions and the pressure around them as world news words them.

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese media report sanctions packages, asset freezes, entry bans, blacklists, export
controls, tariffs and anti-dumping duties, expulsions, broken ties, their easing, and the
protests and threats that answer them (not from any annotated set). Each case failed before
its fix, but for the guards marked so, which keep a fix from reaching too far. Every sentence
is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # a sentence-initial "Anh" before a verb only a state does is the state
    (
        "Anh cấm máy bay Nga bay qua không phận.",
        {("SANCTION", "GBR", "RUS")},
        set(),
    ),
    (
        "Anh hạn chế xuất khẩu linh kiện điện tử sang Iran.",
        {("SANCTION", "GBR", "IRN")},
        set(),
    ),
    # every activity or all trade with a state suspended
    (
        "Thổ Nhĩ Kỳ đình chỉ toàn bộ hoạt động thương mại với Israel.",
        {("SANCTION", "TUR", "ISR")},
        set(),
    ),
    # a measure told as the answer to another, after it: aimed at the author of the act answered
    (
        "Trung Quốc tuyên bố hạn chế xuất khẩu gallium và germanium, động thái được cho là nhằm"
        " đáp trả các biện pháp kiểm soát chip của Mỹ.",
        {("SANCTION", "CHN", "USA")},
        set(),
    ),
    (
        "Canada áp thuế 25% lên thép và nhôm, nhằm đáp trả các mức thuế của Mỹ.",
        {("SANCTION", "CAN", "USA")},
        set(),
    ),
    # consent to a measure with a target of its own: the target is no partner
    (
        "Hội đồng Bảo an Liên hợp quốc nhất trí gia hạn các biện pháp trừng phạt đối với"
        " Triều Tiên.",
        {("SANCTION", "UN", "PRK")},
        {("AGREE", "UN", "PRK")},
    ),
    (
        "Các nước thành viên EU đã nhất trí thông qua gói trừng phạt thứ 14 đối với Nga.",
        {("SANCTION", "EU", "RUS")},
        {("AGREE", "EU", "RUS")},
    ),
    # guard: consent to withdraw from a state stays an agreement with it
    (
        "Mỹ đã đồng ý rút quân khỏi Niger.",
        {("AGREE", "USA", "NER")},
        set(),
    ),
    # a list of goods, then their owner after "của"
    (
        "Mỹ cấm nhập khẩu dầu mỏ, khí đốt và than đá của Nga.",
        {("SANCTION", "USA", "RUS")},
        set(),
    ),
    # "Mỹ từ" capitalised mid-sentence is the state, not the word "mỹ từ"
    (
        "Bắc Kinh cũng giảm thuế đối với hàng hóa Mỹ từ 125% xuống 10%.",
        {("CONCEDE", "CHN", "USA")},
        set(),
    ),
    # a measure objected to as "việc Y <measure>" was taken
    (
        "Iran phản đối việc Đức đóng cửa các lãnh sự quán Iran.",
        {("ACCUSE", "IRN", "DEU"), ("SANCTION", "DEU", "IRN")},
        set(),
    ),
    # a party under another's sanctions: "thuộc diện trừng phạt của Y"
    (
        "Ngân hàng Gazprombank của Nga thuộc diện trừng phạt của EU.",
        {("SANCTION", "EU", "RUS")},
        {("SANCTION", "RUS", "EU")},
    ),
    # a passive entry ban names the banning state after "vào"
    (
        "Hàng trăm quan chức Nga bị cấm nhập cảnh vào Canada.",
        {("SANCTION", "CAN", "RUS")},
        {("SANCTION", "RUS", "CAN")},
    ),
    (
        "Ông Putin bị cấm nhập cảnh vào lãnh thổ các nước EU.",
        {("SANCTION", "EU", "RUS")},
        set(),
    ),
    # tankers stopped at sea
    (
        "Washington đã chặn hàng loạt tàu chở dầu của Venezuela trên biển Caribe.",
        {("COERCE", "USA", "VEN")},
        set(),
    ),
    # a liaison office closed
    (
        "Triều Tiên đóng cửa văn phòng liên lạc với Hàn Quốc.",
        {("SANCTION", "PRK", "KOR")},
        set(),
    ),
    # every envoy recalled from where they are posted
    (
        "Nam Phi đã triệu hồi toàn bộ các nhà ngoại giao tại Israel.",
        {("SANCTION", "ZAF", "ISR")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_wave18_f(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not absent & got, (text, got)

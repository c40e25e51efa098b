"""Wave 18 (helper a): refusals, denials, threats and concessions as world news words them.

Found by coding batteries of sentences written for this purpose from general knowledge of
how Vietnamese media report refusals, denials, warnings, releases, apologies and eased
measures (not from any annotated set). Each case failed before its fix, but for the guards
marked so, which keep a fix from reaching too far. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # conditions, claims or invitations refused whose author is in a relative clause
    (
        "Phái đoàn Hamas khước từ những điều kiện mà Israel đặt ra cho việc trao trả con tin.",
        {("REJECT", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Việt Nam không công nhận cái gọi là đường cơ sở mà Trung Quốc đơn phương vạch ra.",
        {("REJECT", "VNM", "CHN")},
        set(),
    ),
    (
        "Nga từ chối lời mời dự hội nghị về an ninh do Thụy Sĩ tổ chức.",
        {("REJECT", "RUS", "CHE")},
        set(),
    ),
    # an apology or condolences sent: "gửi/bày tỏ lời xin lỗi tới Y"
    (
        "Thủ tướng Canada gửi lời xin lỗi tới Ấn Độ sau phát ngôn của một bộ trưởng.",
        {("CONCEDE", "CAN", "IND")},
        set(),
    ),
    (
        "Hà Lan bày tỏ lời xin lỗi với Indonesia về các vụ bạo lực trong thời kỳ thuộc địa.",
        {("CONCEDE", "NLD", "IDN")},
        set(),
    ),
    # a seized ship released
    (
        "Houthi thả tàu hàng mang cờ Panama sau nhiều tháng bắt giữ.",
        {("CONCEDE", "HOUTHI", "PAN")},
        set(),
    ),
    (
        "Hải quân Iran đã thả hai tàu chở dầu treo cờ Hy Lạp.",
        {("CONCEDE", "IRN", "GRC")},
        set(),
    ),
    # aid convoys let in; a package blocked by one member
    (
        "Ai Cập cho phép các xe tải viện trợ nhân đạo đi vào Gaza qua cửa khẩu Rafah.",
        {("CONCEDE", "EGY", "PSE")},
        set(),
    ),
    (
        "Slovakia chặn gói hỗ trợ quân sự của EU dành cho Ukraine.",
        {("REJECT", "SVK", "EU")},
        set(),
    ),
    # a state put back on a white list is not blacklisted
    (
        "Seoul quyết định đưa Tokyo trở lại danh sách trắng các đối tác thương mại tin cậy.",
        set(),
        {("SANCTION", "KOR", "JPN")},
    ),
    # a plan or a call judged in a passive: the judging was done
    (
        "Kế hoạch hòa bình của Pháp bị Israel bác bỏ ngay trong ngày.",
        {("REJECT", "ISR", "FRA")},
        set(),
    ),
    (
        "Đề nghị nối lại đàm phán của Hàn Quốc bị Triều Tiên thẳng thừng từ chối.",
        {("REJECT", "PRK", "KOR")},
        set(),
    ),
    # firm or necessary measures vowed on a condition
    (
        "Trung Quốc tuyên bố sẽ có các biện pháp kiên quyết nếu Nhật Bản xả nước thải ra biển.",
        {("THREATEN", "CHN", "JPN")},
        set(),
    ),
    # imports resumed after a ban
    (
        "Nga nối lại nhập khẩu trái cây từ Moldova sau nhiều tháng cấm.",
        {("CONCEDE", "RUS", "MDA")},
        set(),
    ),
    # a judging verb opening the sentence, its subject after the comma
    (
        "Bác bỏ các cáo buộc của Nhật Bản, Hàn Quốc khẳng định tàu khu trục không hề chiếu radar.",
        {("REJECT", "KOR", "JPN")},
        set(),
    ),
    # a conditional threat aims at the condition's subject, not at the object of its act
    (
        "Nga cảnh báo sẽ đáp trả nếu Na Uy cho phép Mỹ xây thêm căn cứ quân sự.",
        {("THREATEN", "RUS", "NOR")},
        {("THREATEN", "RUS", "USA")},
    ),
    # offensive weapons named in a ban are no attack
    (
        "Đức dỡ bỏ lệnh cấm bán vũ khí tấn công cho Saudi Arabia.",
        {("CONCEDE", "DEU", "SAU")},
        {("ASSAULT", "DEU", "SAU")},
    ),
    # a charge "hit back at" is rejected
    (
        "Bắc Kinh phản pháo các cáo buộc của Canada về việc can thiệp bầu cử.",
        {("REJECT", "CHN", "CAN")},
        set(),
    ),
    # a border or exports reopened to a party
    (
        "Venezuela mở lại biên giới với Colombia sau bảy năm đóng cửa.",
        {("CONCEDE", "VEN", "COL")},
        set(),
    ),
    (
        "Indonesia nối lại xuất khẩu than sang Philippines.",
        {("CONCEDE", "IDN", "PHL")},
        set(),
    ),
    # a negation with an adverb between it and the act
    (
        "Tokyo chưa bao giờ chính thức xin lỗi Seoul về vấn đề lao động cưỡng bức.",
        set(),
        {("CONCEDE", "JPN", "KOR")},
    ),
    # talks declared withheld from a party are refused
    (
        "Tổng thống Zelensky tuyên bố Ukraine sẽ không đàm phán với Nga dưới sức ép quân sự.",
        {("REJECT", "UKR", "RUS")},
        set(),
    ),
    (  # a guard: a pair's talks not held refuse no one
        "Armenia và Azerbaijan chưa đàm phán trực tiếp về đường biên giới.",
        set(),
        {("REJECT", "ARM", "AZE"), ("REJECT", "AZE", "ARM")},
    ),
    # a red line drawn for a party
    (
        "Nga vạch lằn ranh đỏ với NATO về việc kết nạp Ukraine.",
        {("THREATEN", "RUS", "NATO")},
        set(),
    ),
    # a forecast about a state's economy is no warning to that state
    (
        "Ngân hàng Thế giới cảnh báo kinh tế Argentina sẽ tiếp tục suy giảm trong năm tới.",
        set(),
        {("THREATEN", "WB", "ARG")},
    ),
    # an objection or a veto dropped; visa-free entry restored
    (
        "Hungary gỡ bỏ quyền phủ quyết đối với việc Thụy Điển gia nhập NATO.",
        {("CONCEDE", "HUN", "SWE")},
        set(),
    ),
    (
        "Trung Quốc khôi phục chính sách miễn thị thực cho công dân Singapore.",
        {("CONCEDE", "CHN", "SGP")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_wave18_a(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not absent & got, (text, got)

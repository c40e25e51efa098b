"""Force and demands, wave 10 (sentences of our own): ceasefire go-betweens and ceasefire talks,
attacks on an economy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the go-betweens named after "do … làm trung gian"
            "Ấn Độ và Pakistan bắt đầu ngừng bắn từ ngày 3/5, theo thỏa thuận do Qatar, Ai Cập,"
            " Mỹ làm trung gian.",
            {("RETREAT", "IND", "QAT"), ("RETREAT", "PAK", "QAT"), ("RETREAT", "PAK", "USA")},
        ),
        (  # the go-betweens named after "trung gian", the ceasefire the topic of a meeting
            "Hamas cho biết đã họp cùng trung gian Ai Cập và Qatar ở Cairo về các điều khoản"
            " ngừng bắn với Israel.",
            {("RETREAT", "EGY", "ISR"), ("RETREAT", "QAT", "ISR")},
        ),
        (  # a ceasefire negotiated is none yet
            "Ngoại trưởng Nga đã đàm phán về lệnh ngừng bắn ở Karabakh với những người đồng cấp"
            " từ Armenia và Azerbaijan.",
            {("RETREAT", "RUS", "ARM"), ("RETREAT", "RUS", "AZE")},
        ),
        (  # sibling wording: "thảo luận về kế hoạch đình chiến"
            "Ngoại trưởng Thổ Nhĩ Kỳ thảo luận về kế hoạch đình chiến với người đồng cấp Nga.",
            {("RETREAT", "TUR", "RUS"), ("RETREAT", "RUS", "TUR")},
        ),
        (  # "dưới sự bảo trợ của X": X is the go-between
            "Israel và Lebanon ngừng bắn dưới sự bảo trợ của Pháp.",
            {("RETREAT", "FRA", "ISR"), ("RETREAT", "FRA", "LBN"), ("RETREAT", "ISR", "FRA")},
        ),
    ],
)
def test_ceasefire_go_betweens_and_talks(code: Code, keys: Keys, text: str, wrong: set) -> None:
    got = keys(code(text))
    assert not wrong & got, (text, got)


def test_ceasefire_itself_kept(code: Code, keys: Keys) -> None:
    text = "Quân đội Nga tuyên bố ngừng bắn đơn phương với Ukraine trong ba ngày."
    assert ("RETREAT", "RUS", "UKR") in keys(code(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Giới chức Ankara nói rằng động thái này là để đáp trả việc Mỹ tấn công có chủ ý vào"
            " nền kinh tế Thổ Nhĩ Kỳ.",
            {("ASSAULT", "USA", "TUR")},
        ),
        (
            'Ông nói: "Ngành sản xuất thép của đất nước này đã bị tiêu diệt bởi Trung Quốc".',
            set(),  # no party named for the country: nothing to check but no error
        ),
        ("Ông nói ngành thép của Mỹ đã bị Trung Quốc tiêu diệt.", {("ASSAULT", "CHN", "USA")}),
        ("Nhật Bản cáo buộc Trung Quốc tấn công thị trường xuất khẩu của Nhật Bản.", set()),
        (
            "Bộ trưởng Tài chính Iran nói Mỹ đang tấn công trực tiếp vào đồng nội tệ của Iran.",
            {("ASSAULT", "USA", "IRN")},
        ),
    ],
)
def test_attack_on_an_economy_is_no_assault(code: Code, keys: Keys, text: str, wrong: set) -> None:
    got = keys(code(text))
    assert not wrong & got, (text, got)
    assert not any(k[0] == "ASSAULT" for k in got), (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nga tấn công hệ thống năng lượng của Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Israel không kích cơ sở hạ tầng kinh tế của Iran.", ("ASSAULT", "ISR", "IRN")),
        (
            "Nga tấn công vào các cơ sở công nghiệp quốc phòng của Ukraine.",
            ("ASSAULT", "RUS", "UKR"),
        ),
    ],
)
def test_armed_attack_on_facilities_kept(
    code: Code, keys: Keys, text: str, expected: tuple
) -> None:
    assert expected in keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya và Ethiopia đã kêu gọi chấm dứt xung đột tại Nam Sudan.",
            {("REQUEST", "KEN", "SSD"), ("REQUEST", "ETH", "SSD")},
        ),
        (
            'Tổng thống Pháp kêu gọi "cần chấm dứt" giao tranh kéo dài nhiều tuần qua tại Sudan,'
            " đồng thời cảnh báo sẽ trừng phạt.",
            {("REQUEST", "FRA", "SDN")},
        ),
        ("Trung Quốc yêu cầu ngừng bắn ngay lập tức ở Ukraine.", {("REQUEST", "CHN", "UKR")}),
        (
            "Tổng thư ký LHQ đề nghị một lệnh ngừng bắn nhân đạo tại Yemen.",
            {("REQUEST", "UN", "YEM")},
        ),
        (
            "Nhật Bản thúc giục dừng bạo lực trên lãnh thổ Myanmar.",
            {("REQUEST", "JPN", "MMR")},
        ),
    ],
)
def test_call_to_end_fighting_in_a_state(code: Code, keys: Keys, text: str, expected: set) -> None:
    got = keys(code(text))
    assert expected <= got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Người dân Sudan kêu gọi chấm dứt giao tranh ở Sudan.",  # its own state
        "Pháp kêu gọi chấm dứt xung đột, đồng thời viện trợ cho người dân tại Liban.",
        "Đức có thể sẽ kêu gọi ngừng bắn ở Ukraine.",  # not asserted
    ],
)
def test_call_to_end_fighting_not_over_reached(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert not {k for k in got if k[0] == "REQUEST" and k[2] in ("LBN", "UKR", "SDN")}, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mỹ nhấn mạnh vụ việc đã phá vỡ an ninh khu vực, đồng thời kêu gọi Iran thả tàu.",
            ("REQUEST", "USA", "IRN"),
        ),
        (
            "Hãng tin AFP dẫn tuyên bố từ Hải quân Anh nhấn mạnh, việc Iran bắt giữ tàu đã gây"
            " bất ổn, đồng thời yêu cầu Tehran thả tàu ngay lập tức.",
            ("REQUEST", "GBR", "IRN"),
        ),
        (
            "Tuyên bố của Bộ Ngoại giao Pháp cho biết Paris lo ngại về tình hình, và đồng thời"
            " cũng thúc giục Israel kiềm chế.",
            ("REQUEST", "FRA", "ISR"),
        ),
    ],
)
def test_call_coordinated_with_the_reporting_verb(
    code: Code, keys: Keys, text: str, expected: tuple
) -> None:
    got = keys(code(text))
    assert expected in got, (text, got)
    assert ("REQUEST", "IRN", expected[2]) not in got


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # listing, not sending
            "Hoa Kỳ đưa quân đội Eritrea vào danh sách trừng phạt.",
            set(),
            {("MOBILIZE", "USA", "ERI")},
        ),
        (  # a deployment to search for the kidnapped: help
            "Pháp đã triển khai máy bay do thám đến Nigeria, đồng thời chia sẻ hình ảnh vệ tinh"
            " để tìm kiếm các nữ sinh bị bắt cóc.",
            {("AID", "FRA", "NGA")},
            {("MOBILIZE", "FRA", "NGA")},
        ),
        (  # sibling: ships sent to join the rescue
            "Nhật Bản điều tàu tới Philippines tham gia cứu hộ sau bão.",
            {("AID", "JPN", "PHL")},
            {("MOBILIZE", "JPN", "PHL")},
        ),
        (  # weapons sent to strike: the attack itself
            "Lực lượng Houthi đã triển khai 23 máy bay không người lái tấn công Israel.",
            {("ASSAULT", "HOUTHI", "ISR")},
            {("MOBILIZE", "HOUTHI", "ISR")},
        ),
    ],
)
def test_sent_not_against(code: Code, keys: Keys, text: str, expected: set, wrong: set) -> None:
    got = keys(code(text))
    assert expected <= got, (text, got)
    assert not wrong & got, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nga điều hai máy bay ném bom chiến lược tới Venezuela.", ("MOBILIZE", "RUS", "VEN")),
        ("Mỹ điều tàu sân bay tới Trung Đông để đối phó với Iran.", ("MOBILIZE", "USA", "IRN")),
        ("Nga triển khai tên lửa nhắm vào Ba Lan.", ("MOBILIZE", "RUS", "POL")),
    ],
)
def test_deployment_kept(code: Code, keys: Keys, text: str, expected: tuple) -> None:
    assert expected in keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ Tài chính Anh áp lệnh trừng phạt đối với 6 công ty ở Iran, UAE và Trung Quốc.",
            {("SANCTION", "GBR", "IRN"), ("SANCTION", "GBR", "ARE"), ("SANCTION", "GBR", "CHN")},
        ),
        (
            "Chính quyền Mỹ tuyên bố áp lệnh trừng phạt đối với khoảng 100 cá nhân, tổ chức và"
            " tàu thuyền có liên quan đến hoạt động buôn bán dầu mỏ của Iran.",
            {("SANCTION", "USA", "IRN")},
        ),
        ("EU trừng phạt các ngân hàng có trụ sở tại Trung Quốc.", {("SANCTION", "EU", "CHN")}),
    ],
)
def test_sanctions_on_bodies_of_a_state(code: Code, keys: Keys, text: str, expected: set) -> None:
    got = keys(code(text))
    assert expected <= got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ trừng phạt các công ty ở Mỹ.",  # its own
        "Mỹ có thể trừng phạt các công ty ở Iran.",  # not asserted
        "Nhật Bản phản đối lệnh trừng phạt đối với các công ty ở Iran.",
    ],
)
def test_sanctions_on_bodies_not_over_reached(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert ("SANCTION", "USA", "IRN") not in got and ("SANCTION", "JPN", "IRN") not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Động thái này diễn ra 2 ngày sau khi Tehran tiến hành các vụ tấn công tương tự tại"
            " Pakistan.",
            ("ASSAULT", "IRN", "PAK"),
        ),
        (
            "Pakistan xác nhận quân đội nước này đã thực hiện cuộc tấn công xuyên đêm nhằm vào"
            " nhiều mục tiêu ở bên trong lãnh thổ Iran.",
            ("ASSAULT", "PAK", "IRN"),
        ),
    ],
)
def test_attack_in_a_foreign_state(code: Code, keys: Keys, text: str, expected: tuple) -> None:
    assert expected in keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Việt Nam chia buồn về vụ tấn công khủng bố ở Moskva (Nga).", ("ASSAULT", "VNM", "RUS")),
        (
            "Israel nói không sợ phản ứng của Iran sau vụ tấn công lãnh sự quán ở Syria.",
            ("ASSAULT", "IRN", "SYR"),
        ),
        ("Người Mỹ bị tấn công tại Mexico.", ("ASSAULT", "USA", "MEX")),
    ],
)
def test_attack_in_a_state_not_over_reached(
    code: Code, keys: Keys, text: str, wrong: tuple
) -> None:
    assert wrong not in keys(code(text)), text

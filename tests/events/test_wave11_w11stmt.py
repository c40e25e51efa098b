"""Accusations and warnings, wave 11 (sentences of our own): a comma or colon after a verb of
accusing or warning stands for "rằng"; a relative clause "N mà X cáo buộc …" accuses N; the
noun "cáo buộc" after "vì/với/do" has no subject of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # a comma after "cáo buộc"
            "Thủ tướng Hungary cáo buộc, Ukraine đang lợi dụng cuộc xung đột để gây sức ép.",
            {("ACCUSE", "HUN", "UKR")},
            set(),
        ),
        (  # a colon after "cáo buộc"
            "Bộ Ngoại giao Nga cáo buộc: Ukraine đã tấn công nhà máy điện hạt nhân.",
            {("ACCUSE", "RUS", "UKR")},
            set(),
        ),
        (  # "tố cáo," and a negated clause
            "Chính phủ Venezuela tố cáo, Mỹ không tôn trọng chủ quyền của nước này.",
            {("ACCUSE", "VEN", "USA")},
            set(),
        ),
        (  # "lên án," with "đã"
            "Ngoại trưởng Iran lên án, Israel đã vi phạm luật pháp quốc tế.",
            {("ACCUSE", "IRN", "ISR")},
            set(),
        ),
        (  # a warning with a comma: each state of a coordinated subject
            "Điện Kremlin cảnh báo, Phần Lan và Thụy Điển có thể trở thành mục tiêu.",
            {("THREATEN", "RUS", "FIN"), ("THREATEN", "RUS", "SWE")},
            set(),
        ),
        (  # a warning with a comma and "sẽ phải"
            "Philippines cảnh báo, Trung Quốc sẽ phải đối mặt với phản ứng ngoại giao mạnh mẽ.",
            {("THREATEN", "PHL", "CHN")},
            set(),
        ),
        (  # "cảnh cáo:" in a headline-like line
            "Triều Tiên cảnh cáo: Hàn Quốc sẽ phải trả giá đắt.",
            {("THREATEN", "PRK", "KOR")},
            set(),
        ),
    ],
)
def test_comma_stands_for_that(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the comma closes a subordinate clause: the next subject is nobody's addressee
        ("Sau khi Nga cảnh báo, Ukraine đã rút quân khỏi khu vực.", {("THREATEN", "RUS", "UKR")}),
        ("Dù Mỹ cáo buộc, Trung Quốc vẫn tiếp tục các hoạt động.", {("ACCUSE", "USA", "CHN")}),
        # passive: the accused is the speaker (China, accused by the US: never the other way;
        # wave 19 reads the fronted "Bị Mỹ" and codes ACCUSE USA -> CHN)
        ("Bị Mỹ cáo buộc, Trung Quốc đã lên tiếng phản bác.", {("ACCUSE", "CHN", "USA")}),
        # no clause after the comma: a second verb
        ("Nga cảnh báo, đồng thời kêu gọi các bên kiềm chế.", set()),
    ],
)
def test_comma_not_a_content_clause(code: Code, keys: Keys, text: str, wrong: set) -> None:
    got = keys(code(text))
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # the head noun's state is accused, not the state inside the charge
            "Các hạn chế được áp dụng đối với nhiều công ty Trung Quốc mà Liên minh châu Âu cáo"
            " buộc cung cấp linh kiện cho Nga.",
            {("ACCUSE", "EU", "CHN")},
            {("ACCUSE", "EU", "RUS")},
        ),
        (  # "mà X cáo buộc là do Y gây ra": the author after "do"
            "Pakistan trao công hàm phản đối sau vụ nổ súng mà Pakistan cáo buộc là do Ấn Độ"
            " gây ra.",
            {("ACCUSE", "PAK", "IND")},
            set(),
        ),
        (  # "mà X lên án", a possessor before "mà"
            "Đây là những hành động của Israel mà Iran lên án là vi phạm luật pháp quốc tế.",
            {("ACCUSE", "IRN", "ISR")},
            set(),
        ),
        (  # "mà phía X chỉ trích"
            "Cuộc tập trận của Mỹ mà phía Trung Quốc chỉ trích đã bắt đầu gần eo biển Đài Loan.",
            {("ACCUSE", "CHN", "USA")},
            set(),
        ),
    ],
)
def test_relative_charge(code: Code, keys: Keys, text: str, expected: set, wrong: set) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # "vì cáo buộc": the severing states accuse, Qatar accuses no one
            "Ai Cập, Saudi Arabia và Bahrain đã cắt đứt quan hệ ngoại giao với Qatar vì cáo buộc"
            " nước này ủng hộ khủng bố.",
            {("ACCUSE", "EGY", "QAT"), ("ACCUSE", "BHR", "QAT")},
            {("ACCUSE", "QAT", "EGY")},
        ),
        (  # "với cáo buộc" after an expulsion
            "Mỹ trục xuất 12 nhà ngoại giao Nga với cáo buộc họ hoạt động gián điệp.",
            {("ACCUSE", "USA", "RUS")},
            {("ACCUSE", "RUS", "USA")},
        ),
        (  # a mutual charge after "với" stays each side's
            "Giao tranh giữa lực lượng biên phòng Iran và Afghanistan nổ ra với cáo buộc lẫn nhau"
            " nổ súng trước.",
            {("ACCUSE", "IRN", "AFG"), ("ACCUSE", "AFG", "IRN")},
            set(),
        ),
        (  # "do cáo buộc" after an arrest
            "Iran bắt giữ một tàu chở dầu của Anh do cáo buộc tàu này vi phạm luật hàng hải.",
            set(),
            {("ACCUSE", "GBR", "IRN")},
        ),
    ],
)
def test_charge_noun_has_no_subject(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # modifiers between the act noun and its "của X"
            "Bộ Ngoại giao Iraq đã lên án sự xâm nhập bất hợp pháp của quân đội Thổ Nhĩ Kỳ vào"
            " lãnh thổ nước này.",
            {("ACCUSE", "IRQ", "TUR")},
        ),
        (
            "Venezuela phản đối các hoạt động quân sự trái phép gần đây của Mỹ ở vùng Caribe.",
            {("ACCUSE", "VEN", "USA")},
        ),
        (
            "Trung Quốc bác bỏ các biện pháp hạn chế xuất khẩu mới nhất của Hà Lan.",
            {("REJECT", "CHN", "NLD")},
        ),
    ],
)
def test_judged_nominal_act(code: Code, keys: Keys, text: str, expected: set) -> None:
    assert expected <= keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ai Cập tuyên bố con đập của Ethiopia đang đe dọa đến sự tồn vong của nước này.",
            {("THREATEN", "ETH", "EGY")},
        ),
        (
            "Ai Cập lo ngại con đập của Ethiopia đe dọa nguồn cung cấp nước cho nước này.",
            {("THREATEN", "EGY", "ETH"), ("THREATEN", "ETH", "EGY")},
        ),
        (
            "Bộ Ngoại giao Iran cho rằng các hoạt động của Israel đe dọa nghiêm trọng an ninh khu"
            " vực.",
            {("THREATEN", "ISR", "IRN"), ("THREATEN", "IRN", "ISR")},
        ),
    ],
)
def test_endangering_is_no_threat(code: Code, keys: Keys, text: str, wrong: set) -> None:
    assert not wrong & keys(code(text)), text


def test_threat_with_object_kept(code: Code, keys: Keys) -> None:
    assert ("THREATEN", "PRK", "KOR") in keys(code("Triều Tiên đe dọa Hàn Quốc bằng vũ lực."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đài Loan tiếp tục tổ chức diễn tập bắn đạn thật ở đảo Ba Bình. Việt Nam kiên quyết"
            " phản đối hành động nêu trên.",
            {("ACCUSE", "VNM", "TWN")},
        ),
        (
            "Mỹ đưa tàu chiến đi qua eo biển Đài Loan. Trung Quốc phản đối điều này.",
            {("ACCUSE", "CHN", "USA")},
        ),
        (
            "Nga triển khai tên lửa gần biên giới. Ba Lan chỉ trích gay gắt việc làm kể trên.",
            {("ACCUSE", "POL", "RUS")},
        ),
    ],
)
def test_act_pointed_back_to(code: Code, keys: Keys, text: str, expected: set) -> None:
    assert expected <= keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Các quan chức quân sự Campuchia đã từ chối để tùy viên quân sự Mỹ thăm toàn bộ căn"
            " cứ hải quân.",
            {("REJECT", "KHM", "USA")},
            set(),
        ),
        (
            "Thủ tướng Quần đảo Solomon tuyên bố sẽ không để Trung Quốc lập căn cứ quân sự tại"
            " đây.",
            {("REJECT", "SLB", "CHN")},
            set(),
        ),
        (
            "Ả Rập Xê Út sẽ không cho phép Iran phá hoại an ninh của vương quốc.",
            {("REJECT", "SAU", "IRN")},
            set(),
        ),
        (  # a double negation is a refusal, not a denied one
            "Campuchia đã từ chối không để Mỹ giúp sửa chữa căn cứ hải quân.",
            {("REJECT", "KHM", "USA")},
            set(),
        ),
        (  # a call on someone else not to allow it
            "Tổng thống Ukraine kêu gọi Hội đồng Bảo an không cho phép Nga bỏ phiếu.",
            set(),
            {("REJECT", "UN", "RUS"), ("REJECT", "UKR", "RUS")},
        ),
        (  # nobody named after the verb
            "Bộ Ngoại giao Mỹ không cho biết chi tiết về cuộc gặp với Nga.",
            set(),
            {("REJECT", "USA", "RUS")},
        ),
        (  # "không cho biết": did not say
            "Ngoại trưởng Nhật Bản gặp đại sứ Trung Quốc. Ông không cho biết Trung Quốc trả lời"
            " như thế nào.",
            {("CONSULT", "JPN", "CHN")},
            {("REJECT", "JPN", "CHN")},
        ),
        (  # "không cho rằng": does not think
            "Bộ Ngoại giao Úc không cho rằng Trung Quốc sẽ tấn công Đài Loan.",
            set(),
            {("REJECT", "AUS", "CHN")},
        ),
    ],
)
def test_not_letting_is_a_refusal(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ Ngoại giao Philippines cho rằng bản đồ mới của Trung Quốc không có căn cứ theo luật"
            " pháp quốc tế.",
            {("ACCUSE", "PHL", "CHN"), ("REJECT", "PHL", "CHN")},
        ),
        (
            "Ngoại trưởng Đức nói quyết định của Nga là không có cơ sở.",
            {("ACCUSE", "DEU", "RUS"), ("REJECT", "DEU", "RUS")},
        ),
        (
            "Trung Quốc cho rằng báo cáo của Mỹ hoàn toàn sai sự thật.",
            {("ACCUSE", "CHN", "USA"), ("REJECT", "CHN", "USA")},
        ),
        (
            "Ấn Độ nói các cáo buộc của Canada là thiếu căn cứ.",
            {("ACCUSE", "IND", "CAN"), ("REJECT", "IND", "CAN")},
        ),
    ],
)
def test_claim_called_baseless(code: Code, keys: Keys, text: str, expected: set) -> None:
    assert expected <= keys(code(text)), text


def test_baseless_without_owner_is_none(code: Code, keys: Keys) -> None:
    got = keys(code("Theo giới chuyên gia, thông tin về việc Nga rút quân là không có cơ sở."))
    assert not {k for k in got if k[0] in ("ACCUSE", "REJECT")}


def test_claim_pointed_back_to_not_rejected(code: Code, keys: Keys) -> None:
    # "bác bỏ điều này": a claim rejected, not an act judged; no party is named for it
    got = keys(
        code(
            "Tây Ban Nha đề nghị đàm phán với Argentina. Nhưng các công tố viên Pháp đã bác"
            " bỏ điều này."
        )
    )
    assert ("REJECT", "FRA", "ESP") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a warning of retaliation as a noun shares the target of the verb before
            "Thái Lan chỉ trích hành vi của Campuchia, đồng thời cảnh báo về các biện pháp đáp"
            " trả.",
            {("ACCUSE", "THA", "KHM"), ("THREATEN", "THA", "KHM")},
        ),
        (
            "Iran lên án lệnh trừng phạt của Mỹ và cảnh báo về hành động trả đũa.",
            {("ACCUSE", "IRN", "USA"), ("THREATEN", "IRN", "USA")},
        ),
        (  # a vow of firm measures against an act
            "Trung Quốc sẽ có những biện pháp cứng rắn nhằm đáp trả việc Mỹ triển khai THAAD.",
            {("THREATEN", "CHN", "USA")},
        ),
    ],
)
def test_retaliation_warned(code: Code, keys: Keys, text: str, expected: set) -> None:
    assert expected <= keys(code(text)), text

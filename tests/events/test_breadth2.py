"""Conflict acts in other words of Vietnamese news (breadth2 block; sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def _check(code: Code, keys: Keys, cases: list[tuple[str, tuple[str, str, str]]]) -> None:
    for text, key in cases:
        assert key in keys(code(text)), text


def test_blame_reproach_and_displeasure(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Ngoại trưởng Nga trách cứ Mỹ về tình trạng bế tắc.", ("ACCUSE", "RUS", "USA")),
            ("Bắc Kinh đổ thừa Washington gây ra căng thẳng.", ("ACCUSE", "CHN", "USA")),
            ("Iran đổ trách nhiệm cho Israel về vụ nổ.", ("ACCUSE", "IRN", "ISR")),
            ("Tổng thống Venezuela lăng mạ Tổng thống Colombia.", ("ACCUSE", "VEN", "COL")),
            ("Trung Quốc lên tiếng phản đối Nhật Bản xả thải.", ("ACCUSE", "CHN", "JPN")),
            ("Ankara tỏ ý phản đối Thụy Điển.", ("ACCUSE", "TUR", "SWE")),
            ("Chính phủ Ấn Độ tức giận với Canada.", ("ACCUSE", "IND", "CAN")),
            ("Nga phản ứng mạnh mẽ với quyết định của Phần Lan.", ("ACCUSE", "RUS", "FIN")),
            ("Mỹ quan ngại sâu sắc trước hành động của Trung Quốc.", ("ACCUSE", "USA", "CHN")),
            ("Trung Quốc khiếu nại Mỹ lên Tổ chức Thương mại Thế giới.", ("ACCUSE", "CHN", "USA")),
            ("Canada nộp đơn kiện Mỹ lên WTO.", ("ACCUSE", "CAN", "USA")),
        ],
    )
    evs = keys(code("Trung Quốc bày tỏ sự bất mãn với Australia."))
    assert {("ACCUSE", "CHN", "AUS"), ("PROTEST", "CHN", "AUS")} <= evs
    # a war of words goes both ways
    evs = keys(code("Nga và Mỹ khẩu chiến tại Hội đồng Bảo an."))
    assert {("ACCUSE", "RUS", "USA"), ("ACCUSE", "USA", "RUS")} <= evs
    # displeasure of no one in particular, at nothing in particular
    for text in (
        "Các chuyên gia quan ngại sâu sắc về biến đổi khí hậu.",
        "Người dân phẫn nộ vì giá xăng tăng.",
        "Tình trạng phẫn nộ lan rộng.",
    ):
        assert not keys(code(text)), text


def test_what_a_speaker_says_the_subject_did(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Bộ Ngoại giao Nga nói Ukraine đứng sau vụ tấn công.", ("ACCUSE", "RUS", "UKR")),
            ("Bắc Kinh cho rằng Mỹ áp dụng tiêu chuẩn kép.", ("ACCUSE", "CHN", "USA")),
            ("Ngoại trưởng Iran nói Mỹ đạo đức giả.", ("ACCUSE", "IRN", "USA")),
            ("Nga nói Ukraine phải chịu trách nhiệm về vụ pháo kích.", ("ACCUSE", "RUS", "UKR")),
            ("Trung Quốc cho rằng Philippines cản trở đàm phán.", ("ACCUSE", "CHN", "PHL")),
            ("Nga nói Mỹ nói dối về vụ việc.", ("ACCUSE", "RUS", "USA")),
        ],
    )


def test_refusals_and_defiance(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Triều Tiên bỏ ngoài tai lời kêu gọi của Hàn Quốc.", ("REJECT", "PRK", "KOR")),
            ("Hamas nói không với đề xuất của Israel.", ("REJECT", "HAMAS", "ISR")),
            ("Mỹ xé bỏ thỏa thuận hạt nhân với Iran.", ("REJECT", "USA", "IRN")),
            ("Nga đơn phương rút khỏi hiệp ước với Mỹ.", ("RETREAT", "RUS", "USA")),
            ("Israel không tán thành kế hoạch của Pháp.", ("REJECT", "ISR", "FRA")),
        ],
    )
    assert not keys(code("Ông ấy nói không với rượu bia."))


def test_threats_in_other_words(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Triều Tiên hăm he Mỹ bằng vũ khí hạt nhân.", ("THREATEN", "PRK", "USA")),
            ("Tổng thống Thổ Nhĩ Kỳ dọa sẽ chặn Thụy Điển.", ("THREATEN", "TUR", "SWE")),
            ("Iran lên tiếng cảnh báo Israel.", ("THREATEN", "IRN", "ISR")),
            (
                "Triều Tiên tuyên bố sẵn sàng sử dụng vũ khí hạt nhân chống lại Mỹ.",
                ("THREATEN", "PRK", "USA"),
            ),
            ("Trung Quốc không ngần ngại sử dụng vũ lực với Đài Loan.", ("THREATEN", "CHN", "TWN")),
            ("Iran nói Israel sẽ phải trả giá đắt.", ("THREATEN", "IRN", "ISR")),
        ],
    )


def test_protests_in_other_words(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Hàng nghìn người dân Serbia tụ tập trước đại sứ quán Mỹ.", ("PROTEST", "SRB", "USA")),
            ("Người dân Hàn Quốc hô khẩu hiệu phản đối Nhật Bản.", ("PROTEST", "KOR", "JPN")),
        ],
    )
    assert not keys(code("Bão đổ bộ vào Philippines, người dân tụ tập trong nhà văn hóa."))


def test_sanctions_in_other_words(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Mỹ bao vây cấm vận Cuba.", ("SANCTION", "USA", "CUB")),
            ("G7 áp giá trần với dầu Nga.", ("SANCTION", "G7", "RUS")),
            ("Nga ngừng xuất khẩu khí đốt sang Ba Lan.", ("SANCTION", "RUS", "POL")),
            ("Nga cắt khí đốt tới Bulgaria.", ("SANCTION", "RUS", "BGR")),
            ("Nicaragua cắt đứt quan hệ với Israel.", ("SANCTION", "NIC", "ISR")),
            ("Mỹ cấm đầu tư vào các công ty Trung Quốc.", ("SANCTION", "USA", "CHN")),
        ],
    )
    # "bao vây cấm vận" is no siege
    assert not any(k[0] == "ASSAULT" for k in keys(code("Mỹ bao vây cấm vận Cuba.")))


def test_forces_massed_and_readied(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Nga tập kết quân gần biên giới Ukraine.", ("MOBILIZE", "RUS", "UKR")),
            ("Ba Lan tăng cường phòng thủ ở biên giới với Belarus.", ("MOBILIZE", "POL", "BLR")),
        ],
    )
    assert not keys(code("Họ tập kết hàng hóa tại cảng."))


def test_coercion_in_other_words(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Cảnh sát Israel vây bắt người Palestine.", ("COERCE", "ISR", "PSE")),
            ("Tòa án Nga phạt tù nhà báo Mỹ.", ("COERCE", "RUS", "USA")),
            ("Iran giam lỏng công dân Pháp.", ("COERCE", "IRN", "FRA")),
            ("Hải quân Iran cướp tàu của Hy Lạp.", ("COERCE", "IRN", "GRC")),
        ],
    )
    assert not keys(code("Hà Nội cưỡng chế công trình vi phạm."))


def test_attacks_in_other_words(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Israel bắn pháo vào Lebanon.", ("ASSAULT", "ISR", "LBN")),
            ("Quân đội Nga tiến quân vào Ukraine.", ("ASSAULT", "RUS", "UKR")),
            ("Nga rải mìn ở Ukraine.", ("ASSAULT", "RUS", "UKR")),
            ("Hamas mai phục binh sĩ Israel.", ("ASSAULT", "HAMAS", "ISR")),
            ("Houthi ném lựu đạn vào lính Saudi Arabia.", ("ASSAULT", "HOUTHI", "SAU")),
        ],
    )


def test_displeasure_naming_and_blame_said(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Ngoại trưởng Mỹ chỉ đích danh Trung Quốc.", ("ACCUSE", "USA", "CHN")),
            ("Mỹ thất vọng với quyết định của Ấn Độ.", ("ACCUSE", "USA", "IND")),
            ("Tổng thống Pháp không hài lòng với Anh.", ("ACCUSE", "FRA", "GBR")),
            ("Bắc Kinh bất bình với Tokyo.", ("ACCUSE", "CHN", "JPN")),
            ("Nga nói Ukraine là thủ phạm của vụ nổ.", ("ACCUSE", "RUS", "UKR")),
            ("Iran cho rằng Israel hiếu chiến.", ("ACCUSE", "IRN", "ISR")),
            ("Nam Phi nói Israel phạm tội diệt chủng ở Gaza.", ("ACCUSE", "ZAF", "ISR")),
        ],
    )
    for text in (
        "Người hâm mộ thất vọng với đội tuyển.",
        "Khách hàng không hài lòng với dịch vụ.",
    ):
        assert not keys(code(text)), text


def test_more_refusals_threats_protests(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Iran không đáp ứng yêu cầu của IAEA.", ("REJECT", "IRN", "IAEA")),
            ("Iran thề trả đũa Israel.", ("THREATEN", "IRN", "ISR")),
            ("Hàn Quốc bắn cảnh cáo binh sĩ Triều Tiên.", ("THREATEN", "KOR", "PRK")),
            ("Người dân Armenia đổ ra đường phản đối Azerbaijan.", ("PROTEST", "ARM", "AZE")),
        ],
    )


def test_more_sanctions_and_coercion(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Mỹ áp thêm thuế đối với hàng hóa Trung Quốc.", ("SANCTION", "USA", "CHN")),
            ("Đức ngừng bán vũ khí cho Saudi Arabia.", ("SANCTION", "DEU", "SAU")),
            ("Nga ngưng cung cấp khí đốt cho Phần Lan.", ("SANCTION", "RUS", "FIN")),
            ("Moldova đuổi nhà ngoại giao Nga.", ("SANCTION", "MDA", "RUS")),
            ("Hải cảnh Trung Quốc chiếu tia laser vào tàu Philippines.", ("COERCE", "CHN", "PHL")),
            ("Tàu Trung Quốc đâm húc tàu Philippines.", ("COERCE", "CHN", "PHL")),
            ("Nga thẩm vấn nhà báo Mỹ.", ("COERCE", "RUS", "USA")),
        ],
    )
    for text in ("Cơ quan điều tra thẩm vấn nghi phạm.", "Tàu đánh cá bị tàu hàng đâm húc."):
        assert not keys(code(text)), text


def test_concern_shown_and_plain_reproach(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Australia bày tỏ mối quan ngại với Trung Quốc về vụ việc.", ("ACCUSE", "AUS", "CHN")),
            ("Mỹ tỏ ra lo ngại trước các cuộc tập trận của Nga.", ("ACCUSE", "USA", "RUS")),
            ("Nga phản ứng dữ dội trước quyết định của Thụy Điển.", ("ACCUSE", "RUS", "SWE")),
            ("Triều Tiên chửi Hàn Quốc.", ("ACCUSE", "PRK", "KOR")),
            ("Trung Quốc chê Mỹ.", ("ACCUSE", "CHN", "USA")),
            ("Trung Quốc trách Mỹ làm căng thẳng leo thang.", ("ACCUSE", "CHN", "USA")),
            ("Hàn Quốc lật tẩy âm mưu của Triều Tiên.", ("ACCUSE", "KOR", "PRK")),
            (
                "Bộ Ngoại giao Việt Nam đã giao thiệp với Đại sứ quán Trung Quốc.",
                ("ACCUSE", "VNM", "CHN"),
            ),
        ],
    )
    evs = keys(code("Bộ Ngoại giao Trung Quốc đã gọi đại sứ Nhật Bản lên để phản đối."))
    assert {("ACCUSE", "CHN", "JPN"), ("PROTEST", "CHN", "JPN")} <= evs
    # "trách nhiệm", "phụ trách", a social skill: no reproach
    for text in (
        "Ông Blinken chịu trách nhiệm về quan hệ với Trung Quốc.",
        "Bà ấy phụ trách quan hệ với Nhật Bản.",
        "Cô ấy có khả năng giao thiệp với người nước ngoài.",
    ):
        assert not keys(code(text)), text
    # "nhà chức trách" (the authorities) reproach no one
    evs = keys(code("Nhà chức trách Trung Quốc bắt giữ công dân Nhật Bản."))
    assert not any(k[0] == "ACCUSE" for k in evs)


def test_deadlines_and_trade_restrictions(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Israel ra hạn chót cho Hamas.", ("THREATEN", "ISR", "HAMAS")),
            ("Mỹ đặt hạn chót cho Iran.", ("THREATEN", "USA", "IRN")),
            ("Mỹ áp đặt hạn ngạch đối với thép Trung Quốc.", ("SANCTION", "USA", "CHN")),
            ("Nhật Bản đã hạn chế thương mại với Hàn Quốc.", ("SANCTION", "JPN", "KOR")),
            ("EU áp đặt các hạn chế đối với Nga.", ("SANCTION", "EU", "RUS")),
            ("Mỹ cấm cập cảng các tàu của Nga.", ("SANCTION", "USA", "RUS")),
        ],
    )
    for text in (
        "Công ty ra hạn chót cho dự án.",
        "Việc hạn chế thương mại với Trung Quốc gây thiệt hại.",
    ):
        assert not keys(code(text)), text


def test_stock_reproaches_a_speaker_makes(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Bộ Ngoại giao Trung Quốc nói Mỹ đang đùa với lửa.", ("ACCUSE", "CHN", "USA")),
            (
                "Bắc Kinh cho rằng Washington mang tư duy Chiến tranh Lạnh.",
                ("ACCUSE", "CHN", "USA"),
            ),
            ("Nga nói Mỹ lan truyền thông tin sai lệch về Ukraine.", ("ACCUSE", "RUS", "USA")),
            ("Bắc Kinh cho rằng Washington chính trị hóa vấn đề.", ("ACCUSE", "CHN", "USA")),
            ("Iran nói Saudi Arabia tài trợ khủng bố.", ("ACCUSE", "IRN", "SAU")),
            ("Trung Quốc nói Mỹ đi ngược xu thế thời đại.", ("ACCUSE", "CHN", "USA")),
        ],
    )
    # the article's own statement accuses no one
    for text in (
        "Các công ty phân biệt đối xử với lao động nữ.",
        "Tình trạng phân biệt đối xử ở Mỹ gia tăng.",
    ):
        assert not keys(code(text)), text


def test_vows_not_to_stand_by_and_crowds_round_a_mission(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            (
                "Trung Quốc nói sẽ không khoanh tay đứng nhìn nếu Mỹ can thiệp.",
                ("THREATEN", "CHN", "USA"),
            ),
            ("Người dân Iran vây quanh đại sứ quán Anh.", ("PROTEST", "IRN", "GBR")),
        ],
    )


def test_headline_jabs_and_more(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Tổng thống Brazil đá xoáy Mỹ.", ("ACCUSE", "BRA", "USA")),
            ("Tổng thống Philippines mắng Mỹ.", ("ACCUSE", "PHL", "USA")),
            ("Điện Kremlin không mặn mà với đề xuất của Pháp.", ("REJECT", "RUS", "FRA")),
            ("Ấn Độ không nhất trí với Trung Quốc về biên giới.", ("REJECT", "IND", "CHN")),
            ("Iran nói Mỹ sẽ trả giá đắt.", ("THREATEN", "IRN", "USA")),
            ("Người dân Pakistan đốt hình nộm Tổng thống Pháp.", ("PROTEST", "PAK", "FRA")),
            ("Mỹ tước quy chế thương mại bình thường của Nga.", ("SANCTION", "USA", "RUS")),
            ("Nga đặt vũ khí hạt nhân chiến thuật ở Belarus.", ("MOBILIZE", "RUS", "BLR")),
        ],
    )
    for text in (
        "Mẹ mắng con vì đi học muộn.",
        "Doanh nghiệp Nhật Bản không mặn mà với thị trường Nga.",
        "Người mua sẽ trả giá cao hơn.",
    ):
        assert not keys(code(text)), text


def test_flexing_massing_and_fire(code: Code, keys: Keys) -> None:
    _check(
        code,
        keys,
        [
            ("Triều Tiên lên gân với Mỹ.", ("THREATEN", "PRK", "USA")),
            ("Nga dàn binh sát biên giới Ukraine.", ("MOBILIZE", "RUS", "UKR")),
            ("Israel dội hỏa lực vào Lebanon.", ("ASSAULT", "ISR", "LBN")),
            ("Trung Quốc cưỡng chiếm bãi cạn của Philippines.", ("ASSAULT", "CHN", "PHL")),
        ],
    )

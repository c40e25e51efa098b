"""Who meets whom, wave 11 (sentences of our own): a list after a colon is the guests of the
verb before it; a meeting framed before the main clause is held by the main clause's parties;
an act counted by an anniversary is history (``events/meetings.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def _consult_pairs(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in found if t == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the guests after "với các vị khách:" did not meet one another
            'Tổng thống Mỹ viết: "Tôi đã có một cuộc gặp rất tốt đẹp với các vị khách: Tổng'
            " thống Pháp Emmanuel Macron, Thủ tướng Italy Giorgia Meloni và Thủ tướng Đức"
            ' Friedrich Merz tại Nhà Trắng, kết thúc bằng một cuộc họp tiếp theo".',
            {("FRA", "ITA"), ("FRA", "DEU"), ("ITA", "DEU")},
        ),
        (  # "gồm:" and a later verb
            "Ngoại trưởng Nhật Bản đã tiếp đoàn đại biểu gồm: Bộ trưởng Ngoại giao Australia,"
            " Bộ trưởng Ngoại giao Ấn Độ và Bộ trưởng Ngoại giao Philippines, sau đó chủ trì"
            " một buổi họp báo.",
            {("AUS", "IND"), ("AUS", "PHL"), ("IND", "PHL")},
        ),
    ],
)
def test_colon_guests_do_not_meet_each_other(
    code: Code, keys: Keys, text: str, wrong: set[tuple[str, str]]
) -> None:
    got = _consult_pairs(keys(code(text)))
    assert not got & {frozenset(p) for p in wrong}


def test_quoted_list_after_a_reporting_colon_keeps_its_meeting(code: Code, keys: Keys) -> None:
    # after "cho biết:" the list is the quotation's subject: they met
    got = _consult_pairs(keys(code("Ông Kallas cho biết: Pháp, Đức và Italy đã họp tại Brussels.")))
    assert {frozenset(("FRA", "DEU")), frozenset(("FRA", "ITA"))} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject meets the "với" partner of its verb
            "Trong cuộc điện đàm ngày 12/3, các nhà lãnh đạo Pháp, Anh và Đức đã nhất trí với"
            " Tổng thống Ba Lan rằng cần tăng cường phòng thủ chung.",
            {("FRA", "POL"), ("GBR", "POL"), ("DEU", "POL")},
        ),
        (  # a source before the frame; "cam kết với"
            "Theo hãng tin AFP, tại cuộc gặp hôm thứ Ba, Thủ tướng Canada, Thủ tướng Australia và"
            " Thủ tướng New Zealand đã cam kết với Tổng thống Ukraine sẽ tiếp tục viện trợ.",
            {("CAN", "UKR"), ("AUS", "UKR"), ("NZL", "UKR")},
        ),
        (  # no partner: the subject's members meet one another
            "Tại cuộc hội đàm, Tổng thống Indonesia, Thủ tướng Malaysia và Thủ tướng Singapore đã"
            " nhất trí tăng cường hợp tác biển.",
            {("IDN", "MYS"), ("IDN", "SGP"), ("MYS", "SGP")},
        ),
    ],
)
def test_framed_meeting_is_held_by_the_main_clause(
    code: Code, keys: Keys, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {frozenset(p) for p in expected} <= _consult_pairs(keys(code(text)))


def test_framed_meeting_with_a_partner_pairs_no_co_subjects(code: Code, keys: Keys) -> None:
    text = (
        "Trong cuộc điện đàm ngày 12/3, các nhà lãnh đạo Pháp, Anh và Đức đã nhất trí với"
        " Tổng thống Ba Lan rằng cần tăng cường phòng thủ chung."
    )
    assert frozenset(("FRA", "DEU")) not in _consult_pairs(keys(code(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Chuyến thăm diễn ra khi Việt Nam và Hàn Quốc kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
        "Năm nay, Việt Nam và Hungary kỷ niệm lần thứ 75 ngày thiết lập quan hệ ngoại giao.",
        "Nhân dịp tròn 50 năm ký Hiệp định, Pháp và Đức tổ chức một buổi lễ tại Paris.",
    ],
)
def test_anniversary_names_no_new_act(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] in ("COOPERATE", "AGREE")}


def test_relations_established_now_still_count(code: Code, keys: Keys) -> None:
    text = "Việt Nam và Hungary đã chính thức thiết lập quan hệ ngoại giao vào hôm qua."
    assert {k[0] for k in keys(code(text))} & {"COOPERATE", "AGREE"}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Hội nghị do Thủ tướng Nhật Bản chủ trì, với sự tham dự của Tổng thống Kazakhstan và"
            " Tổng thống Uzbekistan.",
            {("JPN", "KAZ"), ("JPN", "UZB")},
            {("KAZ", "UZB")},
        ),
        (  # the guests spelt out after "gồm"
            "Hội nghị do Thủ tướng Nhật Bản chủ trì, với sự tham dự của lãnh đạo ba quốc gia"
            " Trung Á gồm Kyrgyzstan, Kazakhstan và Uzbekistan.",
            {("JPN", "KGZ"), ("JPN", "KAZ"), ("JPN", "UZB")},
            {("KAZ", "UZB")},
        ),
        (  # "triệu tập" … "có sự tham gia của"
            "Cuộc họp trực tuyến do Tổng thống Pháp triệu tập có sự tham gia của lãnh đạo Anh,"
            " Đức và Canada.",
            {("FRA", "GBR"), ("FRA", "DEU"), ("FRA", "CAN")},
            {("GBR", "DEU")},
        ),
        (  # "đăng cai", the guests after the main verb
            "Hội nghị thượng đỉnh do Indonesia đăng cai đã khai mạc sáng nay với sự tham dự của"
            " lãnh đạo Malaysia và Thái Lan.",
            {("IDN", "MYS"), ("IDN", "THA")},
            {("MYS", "THA")},
        ),
    ],
)
def test_hosted_meeting_pairs_host_and_each_guest(
    code: Code,
    keys: Keys,
    text: str,
    expected: set[tuple[str, str]],
    wrong: set[tuple[str, str]],
) -> None:
    got = _consult_pairs(keys(code(text)))
    assert {frozenset(p) for p in expected} <= got
    assert not got & {frozenset(p) for p in wrong}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine nhận được sự ủng hộ của Pháp trong cuộc xung đột.", ("SUPPORT", "FRA", "UKR")),
        (  # "từ phía" and a title before the giver
            "Ông Guaido cũng nhận được sự ủng hộ hoàn toàn từ phía Tổng thống Brazil.",
            ("SUPPORT", "BRA", "VEN"),
        ),
        (  # "giành được sự hậu thuẫn": the owner of the plan is supported
            "Kế hoạch của Ai Cập đã giành được sự hậu thuẫn mạnh mẽ của Liên đoàn Arab.",
            ("SUPPORT", "LAS", "EGY"),
        ),
        (  # a place frame first; "có được … từ phía"
            "Tại hội nghị ở Paris, Ukraine tiếp tục có được sự ủng hộ vững chắc từ phía Đức.",
            ("SUPPORT", "DEU", "UKR"),
        ),
    ],
)
def test_support_received_is_the_givers(
    code: Code, keys: Keys, text: str, expected: tuple[str, str, str]
) -> None:
    got = keys(code(text))
    assert expected in got
    assert (expected[0], expected[2], expected[1]) not in got


@pytest.mark.parametrize(
    "text",
    [
        "Philippines kêu gọi để nhận được sự ủng hộ của Nhật Bản.",
        "Ukraine hy vọng sẽ nhận được sự ủng hộ của Pháp.",
    ],
)
def test_support_only_sought_is_not_given(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Trong khi đó, lượng khí đốt Nga cung cấp cho EU năm ngoái lên tới 150 tỷ m3.",
        "Hiện Nga đang cung cấp 15% lượng khí đốt cho châu Âu.",
        "Australia hiện là đối tác cung ứng lúa mạch hàng đầu cho Trung Quốc.",
        "Kim ngạch hàng hóa Việt Nam xuất khẩu sang Mỹ tăng mạnh trong quý đầu năm.",
    ],
)
def test_trade_figure_is_no_event(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] in ("COOPERATE", "AID")}


def test_trade_act_still_counts(code: Code, keys: Keys) -> None:
    got = keys(code("Nga đã cung cấp khí đốt cho Hungary theo hợp đồng mới."))
    assert ("COOPERATE", "RUS", "HUN") in got


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ quyết định dời Đại sứ quán từ Tel Aviv tới Jerusalem.",
        "Lực lượng Houthi bắn tên lửa từ Yemen tới thủ đô Saudi Arabia.",
        "Công ty Nga chuyển hàng từ Moscow đến Trung Quốc bằng đường sắt.",
    ],
)
def test_thing_moved_to_a_place_is_no_visit(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "CONSULT"}


def test_traveller_from_a_city_still_visits(code: Code, keys: Keys) -> None:
    got = keys(code("Tổng thống Ukraine từ thủ đô Rome đến Berlin lúc nửa đêm."))
    assert ("CONSULT", "UKR", "DEU") in got


@pytest.mark.parametrize(
    "text",
    [
        "Các nước phương Tây kêu gọi Serbia và Kosovo kiềm chế và tìm các giải pháp thông qua"
        " đàm phán.",
        "Ấn Độ và Pakistan nên giải quyết bất đồng thông qua con đường đàm phán hòa bình.",
        "Pháp kêu gọi Armenia và Azerbaijan giải quyết tranh chấp qua đối thoại.",
    ],
)
def test_talks_named_as_a_means_are_not_held(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "CONSULT"}


def test_negotiating_table_is_talks(code: Code, keys: Keys) -> None:
    got = _consult_pairs(keys(code("Nga và Ukraine đã ngồi vào bàn đàm phán tại Istanbul.")))
    assert frozenset(("RUS", "UKR")) in got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Cuộc điện đàm diễn ra giữa lúc Mỹ và NATO bày tỏ quan ngại về hoạt động quân sự"
            " của Nga.",
            ("USA", "NATO"),
        ),
        (
            "Cuộc điện đàm này diễn ra trong bối cảnh Ukraine đang tìm phương án phản ứng sau"
            " khi Mỹ gửi một kế hoạch hòa bình.",
            ("UKR", "USA"),
        ),
        ("Cuộc gặp diễn ra sau khi Pháp và Đức ký thỏa thuận quốc phòng.", ("FRA", "DEU")),
    ],
)
def test_setting_of_a_meeting_is_no_party(
    code: Code, keys: Keys, text: str, wrong: tuple[str, str]
) -> None:
    got = {frozenset((a, b)) for t, a, b in keys(code(text)) if t == "CONSULT"}
    assert frozenset(wrong) not in got


def test_meeting_between_named_parties_amid_a_setting(code: Code, keys: Keys) -> None:
    got = _consult_pairs(
        keys(code("Cuộc hội đàm giữa Nga và Trung Quốc diễn ra sau khi Mỹ áp thuế."))
    )
    assert frozenset(("RUS", "CHN")) in got

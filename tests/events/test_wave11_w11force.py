"""Wave 11, force family: requests read from their answers (events/answered.py).

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ("Nhật Bản đã khước từ lời kêu gọi của Hàn Quốc bãi bỏ hạn chế xuất khẩu.", "KOR", "JPN"),
        ("Thái Lan đã bác bỏ đề nghị của Campuchia về việc mời Liên hợp quốc.", "KHM", "THA"),
        ("Chính quyền quân sự Myanmar từ chối đề nghị của đặc phái viên ASEAN.", "ASEAN", "MMR"),
        ("Nga đã phớt lờ các yêu cầu từ phía Anh về việc dẫn độ hai nghi phạm.", "GBR", "RUS"),
        ("Ấn Độ cự tuyệt yêu sách của Pakistan đối với vùng Kashmir.", "PAK", "IND"),
    ],
)
def test_a_refused_request_was_made(
    code: Code, keys: Keys, text: str, asker: str, asked: str
) -> None:
    evs = keys(code(text))
    assert ("REJECT", asked, asker) in evs
    assert ("REQUEST", asker, asked) in evs


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Trung Quốc bác bỏ cáo buộc của Mỹ về hoạt động do thám.", "USA", "CHN"),
        ("Nga đã bác bỏ các cáo buộc của Ukraine về vụ tấn công nhà máy điện.", "UKR", "RUS"),
        ("Iran phủ nhận lời cáo buộc từ phía Israel.", "ISR", "IRN"),
        ("Bộ Ngoại giao Ấn Độ bác bỏ những chỉ trích của Canada.", "CAN", "IND"),
    ],
)
def test_a_rejected_charge_was_made(
    code: Code, keys: Keys, text: str, accuser: str, accused: str
) -> None:
    evs = keys(code(text))
    assert ("ACCUSE", accuser, accused) in evs, text


def test_a_charge_without_an_author_is_no_accusation(code: Code, keys: Keys) -> None:
    evs = keys(code("Nga bác bỏ cáo buộc tấn công Ukraine."))
    assert not any(k[0] == "ACCUSE" for k in evs)  # Ukraine is the victim, not the accuser


def test_a_refused_proposal_about_someone_is_not_theirs(code: Code, keys: Keys) -> None:
    evs = keys(code("Tổng thống Philippines bác bỏ đề xuất trục xuất Đại sứ Trung Quốc."))
    assert ("REQUEST", "CHN", "PHL") not in evs  # China is what is proposed, not who proposes
    evs = keys(code("Tòa án Công lý quốc tế (ICJ) đã bác bỏ yêu cầu của Bolivia."))
    assert not any(k[0] == "REQUEST" for k in evs)  # a court rules on a claim against another


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ("Theo đề nghị của Ai Cập, Nhật Bản đã cử đội cứu hộ tới Cairo.", "EGY", "JPN"),
        ("Theo yêu cầu của Guyana, Hội đồng Bảo an Liên Hợp Quốc sẽ họp kín.", "GUY", "UN"),
        ("Chính phủ Anh đã đồng ý chi thêm 50 triệu euro theo đề nghị của Pháp.", "FRA", "GBR"),
        (
            "Ai Cập sẽ điều quân tới Libya theo lời kêu gọi của Quân đội quốc gia Libya (LNA).",
            "LNA",
            "EGY",
        ),
        ("Nhật Bản quyết định cấp tàu tuần tra theo đề nghị của phía Việt Nam.", "VNM", "JPN"),
        ("Một nữ doanh nhân bị cảnh sát Canada bắt giữ theo yêu cầu của Mỹ.", "USA", "CAN"),
        (
            "Ngày 6/5, thể theo đề xuất của phía Hàn Quốc, Ấn Độ đã cử phái đoàn tới Seoul.",
            "KOR",
            "IND",
        ),
    ],
)
def test_an_act_at_someones_request(
    code: Code, keys: Keys, text: str, asker: str, asked: str
) -> None:
    evs = keys(code(text))
    assert ("REQUEST", asker, asked) in evs
    assert ("REQUEST", asked, asker) not in evs  # "yêu cầu của X" is X's, never made of X


def test_a_request_met_or_named_without_a_doer(code: Code, keys: Keys) -> None:
    evs = keys(code("Thổ Nhĩ Kỳ đã đáp ứng yêu cầu của Thụy Điển về việc dẫn độ."))
    assert not any(k[0] == "REQUEST" for k in evs)  # a demand met stays a CONCEDE
    evs = keys(code("Quân đội duy trì cảnh giác cao độ theo yêu cầu của tình hình."))
    assert not evs


@pytest.mark.parametrize(
    ("text", "actor", "posted"),
    [
        ("Jordan đã triệu hồi Đại sứ tại Israel về nước để tham vấn.", "JOR", "ISR"),
        ("Iraq quyết định triệu hồi Đại biện lâm thời của nước này tại Ankara.", "IRQ", "TUR"),
        (
            "Thái Lan gửi công hàm phản đối tới Campuchia, đồng thời triệu hồi Đại sứ Thái Lan "
            "tại Phnom Penh về nước.",
            "THA",
            "KHM",
        ),
        (
            "Israel lên tiếng sau khi Chính phủ Jordan quyết định triệu hồi Đại sứ tại Israel.",
            "JOR",
            "ISR",
        ),
        ("Ngày 3/4, Peru triệu hồi Đại sứ ở thủ đô Caracas.", "PER", "VEN"),
    ],
)
def test_an_envoy_recalled_from_where_posted(
    code: Code, keys: Keys, text: str, actor: str, posted: str
) -> None:
    evs = keys(code(text))
    assert ("SANCTION", actor, posted) in evs
    assert ("SANCTION", posted, actor) not in evs


@pytest.mark.parametrize(
    ("text", "actors", "neighbour"),
    [
        ("Ba Lan tuyên bố đóng toàn bộ biên giới với Belarus vì lý do an ninh.", ["POL"], "BLR"),
        ("Campuchia đóng hoàn toàn cửa khẩu Daung giữa Campuchia và Thái Lan.", ["KHM"], "THA"),
        ("Venezuela đã đóng biên giới với Colombia.", ["VEN"], "COL"),
        ("Quân đội Thái Lan tạm đóng cửa khẩu Chong Chom giáp Campuchia.", ["THA"], "KHM"),
        ("Thái Lan đóng các cửa khẩu biên giới với Campuchia.", ["THA"], "KHM"),
        ("Pháp và Italy đóng cửa bầu trời đối với máy bay của Bolivia.", ["FRA", "ITA"], "BOL"),
        ("Nga đã niêm phong biên giới với Gruzia.", ["RUS"], "GEO"),
    ],
)
def test_a_border_closed_to_a_neighbour(
    code: Code, keys: Keys, text: str, actors: list[str], neighbour: str
) -> None:
    evs = keys(code(text))
    assert {("SANCTION", a, neighbour) for a in actors} <= evs


def test_a_border_closed_to_no_one_named(code: Code, keys: Keys) -> None:
    assert not keys(code("Chính quyền tỉnh tạm đóng cửa khẩu phụ do mưa lũ."))


def test_protesters_blocking_a_border_are_no_state(code: Code, keys: Keys) -> None:
    evs = keys(code("Nông dân Ba Lan biểu tình, phong tỏa biên giới với Ukraine."))
    assert ("SANCTION", "POL", "UKR") not in evs


def test_an_armed_group_and_its_home_state(code: Code, keys: Keys) -> None:
    evs = keys(
        code("Israel và nhóm vũ trang Hezbollah tấn công qua lại biên giới Israel - Lebanon.")
    )
    assert ("ASSAULT", "HEZBOLLAH", "LBN") not in evs  # the border says where, not whom
    evs = keys(code("Israel và Hezbollah tấn công qua lại biên giới Israel - Lebanon."))
    assert ("ASSAULT", "LBN", "HEZBOLLAH") not in evs
    evs = keys(code("Phiến quân PKK đã nã pháo vào Thổ Nhĩ Kỳ."))
    assert ("ASSAULT", "PKK", "TUR") in evs  # the home state named as the target


def test_a_deployment_is_its_owners(code: Code, keys: Keys) -> None:
    evs = keys(code("Căng thẳng gia tăng giữa Bắc Kinh và Seoul do việc triển khai THAAD của Mỹ."))
    assert not {k for k in evs if k[0] == "MOBILIZE" and k[1] != "USA"}
    evs = keys(code("Trung Quốc phản đối việc triển khai tên lửa của Nga ở Belarus."))
    assert ("MOBILIZE", "CHN", "RUS") not in evs and ("MOBILIZE", "CHN", "BLR") not in evs


@pytest.mark.parametrize(
    "text",
    [
        "Israel và Hezbollah tấn công qua lại qua biên giới.",
        "Ấn Độ và Pakistan nã pháo qua lại dọc Ranh giới kiểm soát.",
        "Thái Lan và Campuchia pháo kích nhằm nhau tại khu vực biên giới.",
    ],
)
def test_attacks_back_and_forth_go_both_ways(code: Code, keys: Keys, text: str) -> None:
    evs = {k for k in keys(code(text)) if k[0] == "ASSAULT"}
    assert len(evs) == 2 and {(b, a) for _t, a, b in evs} == {(a, b) for _t, a, b in evs}


def test_traffic_back_and_forth_is_no_attack(code: Code, keys: Keys) -> None:
    assert not keys(code("Tàu bè của Mỹ và Nhật Bản qua lại eo biển Đài Loan."))


def test_harassment_charged_by_its_victim(code: Code, keys: Keys) -> None:
    evs = code("Manila cáo buộc hải cảnh Trung Quốc đã phun vòi rồng vào tàu của Philippines.")
    coerce = [e for e in evs if e.type == "COERCE"]
    assert [(e.actor.code, e.recipient.code, e.modality) for e in coerce] == [  # type: ignore[union-attr]
        ("CHN", "PHL", "asserted")
    ]
    evs = code("Trung Quốc cáo buộc Philippines bắt giữ ngư dân Việt Nam.")
    assert not [e for e in evs if e.type == "COERCE" and e.modality == "asserted"]

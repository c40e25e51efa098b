"""Wave 8 (meas): recurring SANCTION and REQUEST constructions of the open sets.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "actor", "members"),
    [
        (
            "Chính phủ Bolivia trục xuất nhân viên ngoại giao 3 nước Nam Mỹ gồm Chile, Peru "
            "và Paraguay.",
            "BOL",
            ("CHL", "PER", "PRY"),
        ),
        (
            "Liên minh châu Phi đình chỉ tư cách thành viên của hai quốc gia do quân đội nắm "
            "quyền gồm Niger và Gabon.",
            "AU",
            ("NER", "GAB"),
        ),
        (
            "Nga trừng phạt các nước bao gồm Ba Lan, Litva và Latvia.",
            "RUS",
            ("POL", "LTU", "LVA"),
        ),
    ],
)
def test_members_listed_after_gom(
    code: Code, keys: Keys, text: str, actor: str, members: tuple[str, ...]
) -> None:
    """ "N nước (…) gồm A, B và C" names the members of the set, with or without a comma."""
    evs = keys(code(text))
    for m in members:
        assert ("SANCTION", actor, m) in evs, (text, evs)


@pytest.mark.parametrize(
    ("text", "actor", "recip"),
    [
        ("Hungary yêu cầu đại sứ Nga rời khỏi Hungary trong vòng 48 giờ.", "HUN", "RUS"),
        ("Bộ Ngoại giao Litva đã yêu cầu lãnh sự quán Belarus phải đóng cửa.", "LTU", "BLR"),
        ("Chính phủ Séc yêu cầu 5 nhà ngoại giao Nga phải rời khỏi Séc.", "CZE", "RUS"),
    ],
)
def test_envoy_told_to_leave_is_an_expulsion(
    code: Code, keys: Keys, text: str, actor: str, recip: str
) -> None:
    """An order that a foreign envoy leave, or a foreign mission shut, is a SANCTION."""
    evs = keys(code(text))
    assert ("SANCTION", actor, recip) in evs, (text, evs)
    assert ("REQUEST", actor, recip) not in evs, (text, evs)


def test_envoy_asked_to_explain_stays_a_request(code: Code, keys: Keys) -> None:
    text = "Nhật Bản yêu cầu đại sứ Trung Quốc giải thích về vụ việc."
    evs = keys(code(text))
    assert ("REQUEST", "JPN", "CHN") in evs, evs
    assert ("SANCTION", "JPN", "CHN") not in evs, evs


@pytest.mark.parametrize(
    ("text", "actor", "recip"),
    [
        ("Liên hợp quốc kêu gọi các bên tại Myanmar kiềm chế tối đa.", "UN", "MMR"),
        ("Bộ Ngoại giao Nhật Bản hối thúc tất cả các bên ở Libya đối thoại.", "JPN", "LBY"),
        ("Bộ Ngoại giao Anh kêu gọi cả hai phe xung đột tại Yemen sớm ngừng bắn.", "GBR", "YEM"),
    ],
)
def test_parties_in_a_state_are_asked(
    code: Code, keys: Keys, text: str, actor: str, recip: str
) -> None:
    """ "the parties in X" are X's: X is asked."""
    evs = keys(code(text))
    assert ("REQUEST", actor, recip) in evs, (text, evs)


def test_co_askers_do_not_ask_each_other(code: Code, keys: Keys) -> None:
    text = (
        "Ai Cập và Qatar tổ chức hội đàm. Vương quốc Ai Cập và Nhà nước Qatar kêu gọi cả hai "
        "bên kiềm chế."
    )
    evs = keys(code(text))
    assert not any(k[0] == "REQUEST" for k in evs), evs


def test_the_asker_of_a_clause_after_trong_khi(code: Code, keys: Keys) -> None:
    """A state named before "trong khi" is not the subject of the clause after it."""
    text = (
        "Mỹ lên tiếng bảo vệ các cuộc không kích của Israel trong khi nhiều thành viên khác "
        "kêu gọi các bên xuống thang."
    )
    evs = keys(code(text))
    assert not any(k[0] == "REQUEST" and k[1] in ("USA", "ISR") for k in evs), evs


@pytest.mark.parametrize(
    ("text", "actor", "recip"),
    [
        ("Ấn Độ tăng gấp đôi thuế nhập khẩu đối với hàng hóa từ Pakistan.", "IND", "PAK"),
        ("Canada nâng thuế đối với nhôm Trung Quốc lên 25%.", "CAN", "CHN"),
        ("Tổng thống Pháp tạm dừng tài trợ cho UNESCO.", "FRA", "UNESCO"),
        ("Nhật Bản ngưng đối thoại an ninh với Trung Quốc.", "JPN", "CHN"),
        ("Ấn Độ đã hoãn vô thời hạn vòng đàm phán thương mại với Canada.", "IND", "CAN"),
        ("Nhật Bản siết chặt xuất khẩu vật liệu bán dẫn sang Hàn Quốc.", "JPN", "KOR"),
        ("Australia hạ giá trần đối với dầu mỏ Nga.", "AUS", "RUS"),
        ("Trung Quốc đưa vào danh sách đen 12 công ty quốc phòng Mỹ.", "CHN", "USA"),
        ("Nhật Bản công bố các hạn chế kinh tế mới đối với Triều Tiên.", "JPN", "PRK"),
    ],
)
def test_sanction_wording(code: Code, keys: Keys, text: str, actor: str, recip: str) -> None:
    """Tariff hikes, funding and talks halted, exports squeezed, price caps, blacklists."""
    evs = keys(code(text))
    assert ("SANCTION", actor, recip) in evs, (text, evs)


def test_domestic_tax_rise_is_no_sanction(code: Code, keys: Keys) -> None:
    evs = keys(code("Chính phủ Việt Nam nâng thuế thu nhập doanh nghiệp lên 22%."))
    assert not any(k[0] == "SANCTION" for k in evs), evs


def test_sanctions_from_their_author(code: Code, keys: Keys) -> None:
    """ "lệnh trừng phạt từ X" after the subject: X imposes them on the subject."""
    evs = keys(code("Triều Tiên và Iran ký thỏa thuận bất chấp hàng loạt lệnh trừng phạt từ Mỹ."))
    assert ("SANCTION", "USA", "PRK") in evs, evs
    assert ("SANCTION", "PRK", "USA") not in evs, evs


def test_sanction_avoided_is_not_done(code: Code, keys: Keys) -> None:
    text = "Mỹ cho phép Hàn Quốc chuyển tiền sang Qatar mà không bị Mỹ trừng phạt."
    evs = keys(code(text))
    assert not any(k[0] == "SANCTION" for k in evs), evs


def test_imports_from_a_state_stay_its_target(code: Code, keys: Keys) -> None:
    evs = keys(code("Canada áp thuế đối với hàng hóa nhập khẩu từ Trung Quốc."))
    assert ("SANCTION", "CAN", "CHN") in evs, evs


@pytest.mark.parametrize(
    ("text", "actor", "org"),
    [
        ("Tổng thống Argentina tuyên bố rút khỏi Tổ chức Y tế Thế giới (WHO).", "ARG", "WHO"),
        (
            "Chính phủ Nicaragua đã tuyên bố rút nước này ra khỏi Tổ chức các Quốc gia châu Mỹ "
            "(OAS).",
            "NIC",
            "OAS",
        ),
    ],
)
def test_leaving_an_organisation_rejects_it(
    code: Code, keys: Keys, text: str, actor: str, org: str
) -> None:
    evs = keys(code(text))
    assert ("REJECT", actor, org) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    ["Tổng thống Nga rút khỏi cuộc họp với NATO.", "Quân đội Mỹ rút khỏi Iraq."],
)
def test_leaving_a_meeting_or_a_place_rejects_no_organisation(
    code: Code, keys: Keys, text: str
) -> None:
    evs = keys(code(text))
    assert not any(k[0] == "REJECT" for k in evs), (text, evs)

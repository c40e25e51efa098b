"""Wave 11 (lexkb): the w11-lexkb block of triggers.tsv and the w11-lexkb KB rows.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event
from sukien.entities import kb

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        # REQUEST: a demand sent out, conditions set for an actor
        ("Liên hợp quốc phát đi yêu cầu tới Israel về việc mở cửa khẩu.", "REQUEST", "UN", "ISR"),
        ("Nga đặt điều kiện với Ukraine trước khi đàm phán.", "REQUEST", "RUS", "UKR"),
        ("Iran ra điều kiện cho Mỹ để nối lại đàm phán hạt nhân.", "REQUEST", "IRN", "USA"),
        ("Tổng thống Pháp nhắn nhủ Israel hãy kiềm chế.", "REQUEST", "FRA", "ISR"),
        # ACCUSE: headline idioms of calling out, exposing and jabbing at an actor
        ("Mỹ tuýt còi Trung Quốc vì trợ cấp xe điện.", "ACCUSE", "USA", "CHN"),
        ("Nga bóc trần âm mưu của Ukraine.", "ACCUSE", "RUS", "UKR"),
        ("Triều Tiên phỉ báng Hàn Quốc trên truyền thông nhà nước.", "ACCUSE", "PRK", "KOR"),
        ("Nga lên tiếng đáp trả Mỹ.", "ACCUSE", "RUS", "USA"),
        ("Bộ Ngoại giao Trung Quốc đáp trả gay gắt Nhật Bản.", "ACCUSE", "CHN", "JPN"),
        ("Seoul phản ứng gay gắt trước tuyên bố của Tokyo.", "ACCUSE", "KOR", "JPN"),
        # REJECT: a plan shot down in idioms
        ("Điện Kremlin dội gáo nước lạnh vào kế hoạch hòa bình của Mỹ.", "REJECT", "RUS", "USA"),
        ("Mỹ bật đèn đỏ với đề xuất của Nga.", "REJECT", "USA", "RUS"),
        # THREATEN: a stick brandished is a threat, not a sanction; a show of force
        ("Mỹ vung gậy trừng phạt với Ấn Độ.", "THREATEN", "USA", "IND"),
        ("Trung Quốc thị uy Đài Loan bằng các cuộc tập trận.", "THREATEN", "CHN", "TWN"),
        # SANCTION: gas shut off
        ("Nga khóa vòi khí đốt với Ba Lan.", "SANCTION", "RUS", "POL"),
        # AID: troops and pilots trained, doctors and experts sent
        ("Mỹ huấn luyện binh sĩ Ukraine tại Đức.", "AID", "USA", "UKR"),
        ("Hà Lan đào tạo phi công Ukraine lái F-16.", "AID", "NLD", "UKR"),
        ("Nhật Bản gửi chuyên gia sang Thổ Nhĩ Kỳ.", "AID", "JPN", "TUR"),
        ("Cuba gửi bác sĩ tới Italy.", "AID", "CUB", "ITA"),
        # SUPPORT: leaning to a side
        ("Ấn Độ nghiêng về phía Nga trong cuộc xung đột.", "SUPPORT", "IND", "RUS"),
    ],
)
def test_w11_lexkb_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Cán cân nghiêng về phía Nga trên chiến trường.",
        "Trọng tài tuýt còi kết thúc trận đấu giữa Việt Nam và Thái Lan.",
        "Thái Lan đặt điều kiện cho việc mở cửa biên giới.",
    ],
)
def test_w11_lexkb_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] in {"ACCUSE", "REQUEST", "SUPPORT", "THREATEN"}}, (text, evs)


def test_w11_lexkb_stick_is_no_sanction(code: Code, keys: Keys) -> None:
    evs = keys(code("Mỹ vung gậy trừng phạt với Ấn Độ."))
    assert ("SANCTION", "USA", "IND") not in evs, evs


@pytest.mark.parametrize(
    ("alias", "eid"),
    [
        ("Pê-xcốp", "PER:dmitry-peskov"),
        ("Da-kha-rô-va", "PER:maria-zakharova"),
        ("Trạch Tuấn", "PER:zhai-jun"),
        ("Đặng Tích Quân", "PER:deng-xijun"),
        ("Amos Hochstein", "PER:amos-hochstein"),
        ("Andriy Hnatov", "PER:andriy-hnatov"),
        ("Cục An ninh Liên bang Nga", "ORG:FSB"),
        ("Phong trào Hồi giáo Jihad", "ORG:PIJ"),
        ("Lữ đoàn Tử đạo Al-Aqsa", "ORG:AAMB"),
        ("Hội đồng Chủ quyền Sudan", "ORG:SOVEREIGNTY_SDN"),
        ("Liên minh Bắc Đại Tây Dương", "ORG:NATO"),
        ("Phri-đrích Méc-xơ", "PER:friedrich-merz"),
        ("Mác-cô Ru-bi-ô", "PER:marco-rubio"),
        ("Xỏn-xay Xi-phăn-đon", "PER:sonexay-siphandone"),
        ("Jens-Frederik Nielsen", "PER:jens-frederik-nielsen"),
    ],
)
def test_w11_lexkb_kb_rows(alias: str, eid: str) -> None:
    assert eid in [e.id for e in kb().lookup(alias)]


def test_w11_lexkb_person_codes_the_state(code: Code, keys: Keys) -> None:
    evs = keys(code("Người phát ngôn Trạch Tuấn kêu gọi Israel ngừng bắn."))
    assert ("REQUEST", "CHN", "ISR") in evs, evs


def test_w11_lexkb_pro_camp_is_no_party(code: Code, keys: Keys) -> None:
    # mentions.py: "thân X" (pro-X) names a camp, not the state X; "bản thân X" is X itself
    evs = keys(code("Mỹ không kích lực lượng thân Iran tại Syria."))
    assert not {k for k in evs if "IRN" in k}, evs
    evs = keys(code("Bản thân Nga cũng cáo buộc Ukraine tấn công nhà máy điện."))
    assert ("ACCUSE", "RUS", "UKR") in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Thủ tướng Nhật Bản chúc mừng ông Trump đắc cử.", "JPN", "USA"),
        ("Thủ tướng Nhật Bản chúc mừng Tổng thống Hàn Quốc thắng cử.", "JPN", "KOR"),
        ("Nhật Bản chúc mừng Hàn Quốc trúng cử vào Hội đồng Bảo an.", "JPN", "KOR"),
    ],
)
def test_w11_lexkb_elected_is_no_clause(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    # the "cử" of "đắc/thắng/trúng cử" is ruled out by its row (not_prev), so it makes the one
    # congratulated no subject of a new clause (coder._ruled_out_here)
    evs = keys(code(text))
    assert ("SUPPORT", a, b) in evs, (text, evs)


def test_w11_lexkb_envoy_sent_still_codes(code: Code, keys: Keys) -> None:
    evs = keys(code("Mỹ cử đặc phái viên tới Nga."))
    assert ("CONSULT", "USA", "RUS") in evs, evs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Hàn Quốc nhận hàng viện trợ từ Mỹ.", "USA", "KOR"),
        ("Ukraine nhận tiền viện trợ từ Nhật Bản.", "JPN", "UKR"),
        ("Campuchia đã tiếp nhận lô hàng viện trợ do Trung Quốc trao tặng.", "CHN", "KHM"),
        ("Lào tiếp nhận viện trợ do Nhật Bản cung cấp.", "JPN", "LAO"),
    ],
)
def test_w11_lexkb_aid_goods_received(code: Code, keys: Keys, text: str, a: str, b: str) -> None:
    # coder._RECEIVE/_RECEIVED_AID take "hàng", "tiền" before the aid noun, and the giver may
    # follow "do" as well as "từ/của" (coder._received)
    evs = keys(code(text))
    assert ("AID", a, b) in evs, (text, evs)
    assert ("AID", b, a) not in evs, (text, evs)

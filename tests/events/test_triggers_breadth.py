"""Breadth of the trigger lexicon: the CAMEO/PLOVER sub-categories of each of the 16 types, in
the verbs and noun phrases of Vietnamese news, and the near misses that must not fire
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event
from sukien.events.lexicon import load_lexicon

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient, mode): one asserted event of the sub-category
CASES = [
    # CONSULT: talks, by phone, mediation
    (
        "Ngoại trưởng Pháp và Ngoại trưởng Đức đã bàn thảo về tình hình Trung Đông.",
        "CONSULT",
        "FRA",
        "DEU",
        None,
    ),
    (
        "Tổng thống Nga trao đổi qua điện thoại với Tổng thống Thổ Nhĩ Kỳ.",
        "CONSULT",
        "RUS",
        "TUR",
        "phone",
    ),
    ("Ai Cập đứng ra hòa giải giữa Israel và Hamas.", "CONSULT", "ISR", "HAMAS", "third-party"),
    # AGREE: approve, accept a proposal, settle, joint communiqué
    (
        "Bộ Ngoại giao Mỹ đã chấp thuận đề xuất của Ba Lan.",
        "AGREE",
        "USA",
        "POL",
        None,
    ),
    ("Ukraine chấp nhận đề xuất của Mỹ về việc ngừng bắn.", "AGREE", "UKR", "USA", None),
    (
        "Ấn Độ và Pakistan đã đi đến thỏa thuận về trao đổi tù binh.",
        "AGREE",
        "IND",
        "PAK",
        "settle",
    ),
    ("Trung Quốc và Nga ra thông cáo chung về an ninh khu vực.", "AGREE", "CHN", "RUS", "promise"),
    # SUPPORT: praise, gratitude, endorse, recognise
    (
        "Tổng thống Ukraine tri ân Ba Lan vì đã tiếp nhận người tị nạn.",
        "SUPPORT",
        "UKR",
        "POL",
        "praise",
    ),
    ("Chính phủ Kenya bày tỏ lòng biết ơn đối với Nhật Bản.", "SUPPORT", "KEN", "JPN", "praise"),
    (
        "Liên hợp quốc ghi nhận nỗ lực của Qatar trong việc hòa giải.",
        "SUPPORT",
        "UN",
        "QAT",
        "praise",
    ),
    ("Tây Ban Nha đã công nhận nhà nước Palestine.", "SUPPORT", "ESP", "PSE", "recognize"),
    ("Nga lên tiếng bênh vực Iran tại Hội đồng Bảo an.", "SUPPORT", "RUS", "IRN", "endorse"),
    # CONCEDE: return property, ease tariffs and bans, release
    ("Nga đã hoàn trả Ukraine ba tàu hải quân.", "CONCEDE", "RUS", "UKR", "return"),
    ("Mỹ đã giảm thuế đối với hàng hóa Trung Quốc.", "CONCEDE", "USA", "CHN", "ease"),
    ("Trung Quốc dỡ bỏ lệnh cấm nhập khẩu hải sản Nhật Bản.", "CONCEDE", "CHN", "JPN", "ease"),
    ("Hamas thả con tin Israel sau khi đạt thỏa thuận.", "CONCEDE", "HAMAS", "ISR", "release"),
    # COOPERATE: join hands, restore and raise ties, invest
    (
        "Nhật Bản bắt tay với Philippines để tăng cường an ninh hàng hải.",
        "COOPERATE",
        "JPN",
        "PHL",
        None,
    ),
    ("Ả Rập Xê Út và Iran khôi phục quan hệ sau 7 năm.", "COOPERATE", "SAU", "IRN", "diplomatic"),
    (
        "Việt Nam và Indonesia nâng tầm quan hệ lên đối tác chiến lược toàn diện.",
        "COOPERATE",
        "VNM",
        "IDN",
        "diplomatic",
    ),
    (
        "Hàn Quốc rót vốn vào Việt Nam trong lĩnh vực điện tử.",
        "COOPERATE",
        "KOR",
        "VNM",
        "economic",
    ),
    # AID: donate, military support, asylum
    ("Nhật Bản trao tặng Philippines 5 tàu tuần tra.", "AID", "JPN", "PHL", None),
    ("Đức chi viện cho Ukraine thêm hệ thống phòng không.", "AID", "DEU", "UKR", "military"),
    ("Mỹ gửi xe tăng cho Ukraine.", "AID", "USA", "UKR", "military"),
    ("Đức cấp quy chế tị nạn cho nhà báo Nga.", "AID", "DEU", "RUS", "humanitarian"),
    # RETREAT: halt attacks
    ("Nga ngừng tấn công các cơ sở năng lượng của Ukraine.", "RETREAT", "RUS", "UKR", "ceasefire"),
    # REQUEST: ask for aid
    ("Sri Lanka xin viện trợ từ Ấn Độ.", "REQUEST", "LKA", "IND", "aid"),
    # ACCUSE: warrants, prosecution, investigation, dissatisfaction
    ("Tòa án Hình sự Quốc tế phát lệnh bắt Tổng thống Nga.", "COERCE", "ICC", "RUS", "arrest"),
    ("Mỹ truy tố tin tặc Triều Tiên.", "ACCUSE", "USA", "PRK", "allege"),
    (
        "Trung Quốc mở cuộc điều tra chống bán phá giá đối với rượu của EU.",
        "ACCUSE",
        "CHN",
        "EU",
        "investigate",
    ),
    (
        "Pháp bày tỏ sự thất vọng với Australia về hợp đồng tàu ngầm.",
        "ACCUSE",
        "FRA",
        "AUS",
        "disapprove",
    ),
    # REJECT: veto
    ("Nga dùng quyền phủ quyết dự thảo nghị quyết của Mỹ.", "REJECT", "RUS", "USA", "veto"),
    # THREATEN: with sanctions, tariffs, force
    ("Mỹ đe dọa trừng phạt Ấn Độ vì mua dầu Nga.", "THREATEN", "USA", "IND", "sanction"),
    ("Tổng thống Mỹ dọa áp thuế 25% với Mexico.", "THREATEN", "USA", "MEX", "sanction"),
    ("Triều Tiên đe dọa tấn công Hàn Quốc.", "THREATEN", "PRK", "KOR", "force"),
    # PROTEST: rally
    (
        "Người dân Hàn Quốc tụ tập phản đối Nhật Bản xả nước thải.",
        "PROTEST",
        "KOR",
        "JPN",
        "demonstrate",
    ),
    # SANCTION: visas, export controls, supply cut-off
    ("Mỹ hạn chế thị thực đối với quan chức Trung Quốc.", "SANCTION", "USA", "CHN", None),
    ("Mỹ siết kiểm soát xuất khẩu chip đối với Trung Quốc.", "SANCTION", "USA", "CHN", "embargo"),
    ("Nga cắt nguồn cung khí đốt cho Ba Lan.", "SANCTION", "RUS", "POL", "embargo"),
    # MOBILIZE: weapons test
    ("Triều Tiên thử nghiệm vũ khí mới gần Hàn Quốc.", "MOBILIZE", "PRK", "KOR", "weapons-test"),
    # COERCE: detain, nationalise, cyber attack
    ("Iran tạm giam tàu chở dầu của Anh.", "COERCE", "IRN", "GBR", "arrest"),
    ("Venezuela quốc hữu hóa tài sản của công ty Mỹ.", "COERCE", "VEN", "USA", "seize"),
    # ASSAULT: bomb, annex, take hostages, raze
    ("Israel dội bom Dải Gaza.", "ASSAULT", "ISR", "PSE", "explosives"),
    ("Nga thôn tính bán đảo Crimea của Ukraine.", "ASSAULT", "RUS", "UKR", "occupy"),
    ("Hamas bắt làm con tin nhiều công dân Israel.", "ASSAULT", "HAMAS", "ISR", "abduct"),
    ("Israel san phẳng nhiều khu dân cư của Palestine.", "ASSAULT", "ISR", "PSE", None),
    # batch 2 and 3: promises, surrender, halted treaties, gifts, sentences, complaints
    ("Tổng thống Pháp hứa thúc đẩy quan hệ với Ukraine.", "AGREE", "FRA", "UKR", "promise"),
    ("Sudan và Kenya cam kết hợp tác về an ninh.", "AGREE", "SDN", "KEN", "promise"),
    ("Lực lượng Houthi đầu hàng quân đội Ả Rập Xê Út.", "CONCEDE", "HOUTHI", "SAU", "policy"),
    ("Mỹ rút lại cáo buộc đối với Trung Quốc.", "CONCEDE", "USA", "CHN", "policy"),
    ("Việt Nam đặt mua máy bay của Mỹ.", "COOPERATE", "VNM", "USA", "economic"),
    (
        "Hàn Quốc và Mỹ trao đổi thông tin tình báo về Triều Tiên.",
        "COOPERATE",
        "KOR",
        "USA",
        "intelligence",
    ),
    ("Nhật Bản tặng Việt Nam 1 triệu liều vaccine.", "AID", "JPN", "VNM", None),
    ("Hàn Quốc cử nhóm cứu hộ sang Thổ Nhĩ Kỳ.", "AID", "KOR", "TUR", "humanitarian"),
    ("Pháp nối lại viện trợ cho Mali.", "AID", "FRA", "MLI", None),
    ("Ấn Độ đình chỉ hiệp ước chia sẻ nguồn nước với Pakistan.", "SANCTION", "IND", "PAK", None),
    ("Pakistan đóng cửa biên giới với Afghanistan.", "SANCTION", "PAK", "AFG", "embargo"),
    ("Mỹ đưa tàu sân bay tới Trung Đông để răn đe Iran.", "MOBILIZE", "USA", "IRN", "troops"),
    ("Tòa án Nga tuyên phạt nhà báo Mỹ 16 năm tù.", "COERCE", "RUS", "USA", "arrest"),
    ("Nga đánh trúng một tàu chiến của Ukraine.", "ASSAULT", "RUS", "UKR", None),
    ("Quân đội Israel giết ba chỉ huy của Hamas.", "ASSAULT", "ISR", "HAMAS", None),
    (
        "Chính phủ Ba Lan phàn nàn với Đức về việc bồi thường chiến tranh.",
        "ACCUSE",
        "POL",
        "DEU",
        "disapprove",
    ),
    ("Trung Quốc phản pháo Mỹ về vấn đề Đài Loan.", "ACCUSE", "CHN", "USA", "disapprove"),
    ("Mỹ khuyên Israel kiềm chế.", "REQUEST", "USA", "ISR", None),
    ("Nga ngừng cung cấp khí đốt cho Ba Lan.", "SANCTION", "RUS", "POL", "embargo"),
    ("Mỹ tạm dừng đàm phán thương mại với Canada.", "SANCTION", "USA", "CAN", None),
    ("Trung Quốc cấm tàu cá Philippines vào vùng biển.", "SANCTION", "CHN", "PHL", "embargo"),
    ("Mỹ phớt lờ lời kêu gọi của Nga.", "REJECT", "USA", "RUS", "refuse"),
    ("Nga chiếm được thị trấn Bakhmut của Ukraine.", "ASSAULT", "RUS", "UKR", "occupy"),
    ("Ukraine tấn công bằng drone vào Nga.", "ASSAULT", "UKR", "RUS", "aerial"),
    ("Tổng thống Mỹ công bố thuế đối ứng với Trung Quốc.", "SANCTION", "USA", "CHN", "tariff"),
    ("Tòa án Iran tuyên án một công dân Pháp 8 năm tù.", "COERCE", "IRN", "FRA", "arrest"),
    ("Philippines cho phép sử dụng căn cứ quân sự cho Mỹ.", "COOPERATE", "PHL", "USA", "military"),
    ("Tòa án Nga tha bổng một công dân Mỹ.", "CONCEDE", "RUS", "USA", "release"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "mode"), CASES)
def test_sub_category_triggers_code_their_event(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str, mode: str | None
) -> None:
    evs = code(text)
    assert (typ, actor, recipient) in keys(evs)
    if mode:
        modes = {
            e.mode
            for e in evs
            if (e.type, e.actor.code, e.recipient.code) == (typ, actor, recipient)
        }  # type: ignore[union-attr]
        assert mode in modes


def test_every_type_has_a_breadth_case() -> None:
    assert {c[1] for c in CASES} == set(load_lexicon().types)


@pytest.mark.parametrize(
    "text",
    [
        # a threat as a noun ("mối đe dọa tấn công"), protesters as a noun, talk of experts
        "Mối đe dọa tấn công từ Iran khiến Israel lo ngại.",
        "Người biểu tình phản đối Mỹ tại Baghdad.",
        "Các chuyên gia bàn bạc về kinh tế Mỹ.",
        "Kim ngạch song phương Việt Nam - Mỹ tăng nhờ các doanh nghiệp góp vốn.",
        # a killer as a noun, a factor ("yếu tố"), not an accusation
        "Kẻ giết người đã bị bắt ở Mỹ.",
        "Yếu tố Mỹ trong cuộc xung đột.",
        # winning trust is no taking of a place
        "Việt Nam chiếm được lòng tin của Mỹ.",
    ],
)
def test_near_misses_code_nothing(code: Code, keys: Keys, text: str) -> None:
    assert keys(code(text)) == set()


def test_threat_of_sanctions_is_a_threat_and_its_object_stays_conditional(
    code: Code, keys: Keys
) -> None:
    evs = code("Nga đe dọa trừng phạt nếu Moldova gia nhập NATO.")
    assert ("THREATEN", "RUS", "MDA") in keys(evs)
    assert ("AGREE", "MDA", "NATO") not in keys(evs)


def test_talks_about_a_tariff_impose_none(code: Code) -> None:
    evs = code("Nhật Bản đàm phán về thuế đối ứng với Hàn Quốc ngay trong tuần này.")
    assert not any(e.type == "SANCTION" for e in evs)

"""Wave 9 (stmt): refusals stated as a negated support, approval or meeting (events/refusals.py),
regret voiced at another's act, a state reacting to another's act and tension blamed on a party
(the ``# ===== w9-stmt`` block of triggers.tsv), and a judgement word modifying an act noun
("các hành động khiêu khích của Y") that no longer makes the clause's predicate hypothetical; a
threat the parties agree on is a threat of each of them. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # a declared refusal to support: "sẽ không ủng hộ"
    (
        "Thủ tướng Slovakia khẳng định sẽ không ủng hộ việc Moldova gia nhập Liên minh châu Âu.",
        "REJECT",
        "SVK",
        "MDA",
    ),
    (
        "Áo tuyên bố không ủng hộ đề xuất của Đức về quỹ phòng thủ chung.",
        "REJECT",
        "AUT",
        "DEU",
    ),
    # a decision withheld: "không thông qua", "chưa phê chuẩn", "không gia hạn"
    (
        "Quốc hội Thổ Nhĩ Kỳ vẫn chưa phê chuẩn đơn xin gia nhập NATO của Phần Lan.",
        "REJECT",
        "TUR",
        "FIN",
    ),
    (
        "Hội đồng Bảo an đã không thông qua nghị quyết do Nga đề xuất về Syria.",
        "REJECT",
        "UN",
        "RUS",
    ),
    (
        "Lực lượng Houthi không gia hạn lệnh ngừng bắn theo yêu cầu của Saudi Arabia.",
        "REJECT",
        "HOUTHI",
        "SAU",
    ),
    # a meeting or visit called off: "hủy cuộc gặp", "hủy chuyến thăm"
    (
        "Tổng thống Brazil hủy cuộc gặp Ngoại trưởng Mỹ vào phút chót.",
        "REJECT",
        "BRA",
        "USA",
    ),
    (
        "Thủ tướng Hà Lan hủy chuyến thăm tới Trung Quốc vì bất đồng thương mại.",
        "REJECT",
        "NLD",
        "CHN",
    ),
    # regret voiced at another's report or statement
    (
        "Việt Nam lấy làm tiếc vì báo cáo của Mỹ chưa phản ánh đúng tình hình tự do tôn giáo.",
        "ACCUSE",
        "VNM",
        "USA",
    ),
    (
        "Người phát ngôn Bộ Ngoại giao Indonesia cho biết lấy làm tiếc trước phát ngôn của đại "
        "diện Bộ Ngoại giao Úc.",
        "ACCUSE",
        "IDN",
        "AUS",
    ),
    (
        "Phía Campuchia lấy làm đáng tiếc vì báo cáo của phía Thái Lan không khách quan.",
        "ACCUSE",
        "KHM",
        "THA",
    ),
    # tension blamed on a party by a speaker
    (
        "Ngoại trưởng Nhật Bản nói rằng các hoạt động của Trung Quốc đang đẩy cao căng thẳng "
        "trong khu vực.",
        "ACCUSE",
        "JPN",
        "CHN",
    ),
    (
        "Phát ngôn viên Bộ Ngoại giao Philippines nói các hoạt động của Trung Quốc đang gây căng "
        "thẳng ở Biển Đông.",
        "ACCUSE",
        "PHL",
        "CHN",
    ),
    # a state reacting to another's act: the headline verb of pushback
    (
        "Hàn Quốc phản ứng trước lệnh cấm nhập khẩu hải sản của Trung Quốc.",
        "ACCUSE",
        "KOR",
        "CHN",
    ),
    (
        "Bộ Ngoại giao Ba Lan đã phản ứng trước bình luận của Đại sứ Nga và gọi đó là sai lầm.",
        "ACCUSE",
        "POL",
        "RUS",
    ),
    (
        "Hàn Quốc phản ứng về việc Nhật Bản siết chặt xuất khẩu vật liệu bán dẫn.",
        "ACCUSE",
        "KOR",
        "JPN",
    ),
    # judgements of another's act or claim, patience lost
    (
        "Ngoại trưởng Thái Lan nói rằng cáo buộc của Campuchia là hoàn toàn vô căn cứ.",
        "ACCUSE",
        "THA",
        "KHM",
    ),
    (
        "Thủ tướng Úc nói Trung Quốc gian lận trong thương mại nông sản.",
        "ACCUSE",
        "AUS",
        "CHN",
    ),
    (
        "Bộ trưởng Quốc phòng Ấn Độ tuyên bố nước này đã hết kiên nhẫn với Pakistan.",
        "ACCUSE",
        "IND",
        "PAK",
    ),
    # harm to stability or security a speaker says Y's act does: an accusation
    (
        "Ai Cập cho rằng Thổ Nhĩ Kỳ đang đe dọa tính ổn định của khu vực.",
        "ACCUSE",
        "EGY",
        "TUR",
    ),
    (
        "Người phát ngôn Nga cho biết NATO đe dọa nghiêm trọng tới sự ổn định của châu Âu.",
        "ACCUSE",
        "RUS",
        "NATO",
    ),
    # a judgement word modifying the act noun: the predicate stays asserted
    (
        "Ngoại trưởng Nhật Bản nói rằng các hành động khiêu khích của Triều Tiên vi phạm nghị "
        "quyết của Liên hợp quốc.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "Bộ Ngoại giao Ba Lan cho biết các động thái gây hấn của Belarus đang làm gia tăng căng "
        "thẳng ở biên giới.",
        "ACCUSE",
        "POL",
        "BLR",
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_refusals_regrets_and_blame(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # a postponement is no refusal; a failure to act is none either
        "Thủ tướng Ấn Độ hoãn chuyến thăm Croatia vì lý do an ninh.",
        "Hội đồng Bảo an không thể thông qua nghị quyết do Mỹ soạn thảo.",
        # no agreement reached is a state of affairs, no one's refusal
        "Ethiopia lấp đầy hồ chứa trong khi không có thỏa thuận với Ai Cập.",
        # regret at a death or an accident is sympathy
        "Thủ tướng Nhật Bản lấy làm tiếc trước sự ra đi của cựu Tổng thống Hàn Quốc.",
        "Chính phủ Singapore lấy làm tiếc về vụ tai nạn của tàu Malaysia.",
        # a reaction named as a noun, none yet, or one to mere news
        "Động thái này là phản ứng trước thông báo của Mỹ về thương vụ bán vũ khí.",
        "Phía Nhật Bản chưa phản ứng trước các phát ngôn của Triều Tiên.",
        "Điện Kremlin phản ứng về thông tin Ấn Độ sẽ ngừng mua dầu của Nga.",
        # plain regret with nothing it is about
        "Ngoại trưởng Pháp nói ông lấy làm tiếc, nhưng Mỹ vẫn là đồng minh.",
    ],
)
def test_no_refusal_or_regret(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert not {k for k in got if k[0] in ("REJECT", "ACCUSE")}


def test_a_threat_agreed_is_a_threat_of_each(code: Code, keys: Keys) -> None:
    got = keys(
        code(
            "Mỹ và Philippines nhất trí sẽ đưa ra phản ứng mạnh mẽ nếu Trung Quốc tiếp tục "
            "quấy rối tàu tiếp tế."
        )
    )
    assert {("THREATEN", "USA", "CHN"), ("THREATEN", "PHL", "CHN")} <= got
    assert ("AGREE", "PHL", "USA") in got or ("AGREE", "USA", "PHL") in got


def test_an_agreed_plan_stays_a_plan(code: Code, keys: Keys) -> None:
    got = keys(code("Ấn Độ và Nhật Bản nhất trí sẽ tăng cường tập trận chung trên biển."))
    assert not {k for k in got if k[0] == "THREATEN"}


def test_an_act_after_sau_khi_happened(code: Code, keys: Keys) -> None:
    got = keys(
        code(
            "Bộ trưởng Quốc phòng Ấn Độ tuyên bố nước này đã hết kiên nhẫn với Pakistan sau khi "
            "quân đội Pakistan tấn công các đồn biên phòng của Ấn Độ."
        )
    )
    assert {("ACCUSE", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= got


def test_no_judgement_of_a_fraud_office(code: Code, keys: Keys) -> None:
    got = keys(code("Cơ quan chống gian lận thương mại của Việt Nam đã làm việc với Mỹ."))
    assert not {k for k in got if k[0] == "ACCUSE"}


def test_harm_to_stability_is_no_threat(code: Code, keys: Keys) -> None:
    got = keys(code("Ai Cập cho rằng Thổ Nhĩ Kỳ đang đe dọa tính ổn định của khu vực."))
    assert not {k for k in got if k[0] == "THREATEN"}

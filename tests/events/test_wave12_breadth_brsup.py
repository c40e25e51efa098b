"""Wave 12 breadth (brsup): SUPPORT, AID, COOPERATE and AGREE rows at the end of triggers.tsv.

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        # SUPPORT: admiration, praise after a light verb, help acknowledged
        ("Tổng thống Pháp khâm phục Ukraine vì lòng dũng cảm.", "SUPPORT", "FRA", "UKR"),
        ("Thủ tướng Nhật Bản gửi lời khen Việt Nam.", "SUPPORT", "JPN", "VNM"),
        ("Bộ trưởng Ngoại giao Lào ghi nhận sự hỗ trợ của Việt Nam.", "SUPPORT", "LAO", "VNM"),
        ("Hungary luôn đứng bên cạnh Serbia.", "SUPPORT", "HUN", "SRB"),
        # AID: a misspelt "hỗ trợ", debts deferred, loans guaranteed, arms and relief handed over
        ("Mỹ hổ trợ Ukraine 1 tỷ USD.", "AID", "USA", "UKR"),
        ("Trung Quốc hoãn nợ cho Zambia.", "AID", "CHN", "ZMB"),
        ("Mỹ bảo lãnh khoản vay cho Ukraine.", "AID", "USA", "UKR"),
        ("Đức giao vũ khí cho Ukraine.", "AID", "DEU", "UKR"),
        ("Nhật Bản chuyển giao tàu tuần tra cho Philippines.", "AID", "JPN", "PHL"),
        ("Trung Quốc gửi tàu bệnh viện tới Tonga.", "AID", "CHN", "TON"),
        # COOPERATE: close cooperation, ties tightened, trade, suspects handed over
        ("Nhật Bản hợp tác chặt chẽ với Philippines về an ninh biển.", "COOPERATE", "JPN", "PHL"),
        ("Nga và Triều Tiên tiếp tục thắt chặt quan hệ.", "COOPERATE", "RUS", "PRK"),
        ("Việt Nam và Australia nâng cấp lên Đối tác Chiến lược.", "COOPERATE", "VNM", "AUS"),
        ("Campuchia bàn giao đối tượng truy nã cho Việt Nam.", "COOPERATE", "KHM", "VNM"),
        # AGREE: memoranda, deals announced, joint vision statements
        ("Việt Nam và Lào ký ghi nhớ về hợp tác giáo dục.", "AGREE", "VNM", "LAO"),
        ("Mỹ và Nhật Bản công bố thỏa thuận thương mại.", "AGREE", "USA", "JPN"),
        ("Pháp hạ bút ký hiệp định với Ấn Độ.", "AGREE", "FRA", "IND"),
        ("Việt Nam và Ấn Độ ra tuyên bố tầm nhìn chung.", "AGREE", "VNM", "IND"),
        ("Israel và Hamas đạt được thõa thuận ngừng bắn.", "AGREE", "ISR", "HAMAS"),
    ],
)
def test_brsup_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    symmetric = kind in {"AGREE", "COOPERATE"}
    assert (kind, a, b) in evs or (symmetric and (kind, b, a) in evs), (text, evs)


def test_brsup_suspect_handed_over_is_no_aid(code: Code, keys: Keys) -> None:
    evs = keys(code("Campuchia bàn giao đối tượng truy nã cho Việt Nam."))
    assert ("AID", "KHM", "VNM") not in evs, evs


@pytest.mark.parametrize(
    "text",
    [
        # an admiration noun and "đáng khâm phục" judge no actor
        "Sự khâm phục của người dân Nhật Bản dành cho đội cứu hộ là rất lớn.",
        "Lòng dũng cảm của Ukraine thật đáng khâm phục.",
        # encouragement of pupils, not of an actor (need=dobj)
        "Nhà trường khích lệ học sinh Việt Nam học tiếng Nhật Bản.",
        # a trade volume or a trade restricted is no trade act (not_prev of "buôn bán")
        "Kim ngạch buôn bán với Trung Quốc tăng mạnh.",
        "Mỹ yêu cầu Australia hạn chế buôn bán với Trung Quốc.",
        # a bare "việc A thắt chặt quan hệ" is a topic judged, not an act reported (need=marker)
        "Việc Nga và Triều Tiên thắt chặt quan hệ gây lo ngại cho khu vực.",
    ],
)
def test_brsup_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] in {"SUPPORT", "COOPERATE"}}, (text, evs)


def test_brsup_allies_statement_is_no_agreement(code: Code, keys: Keys) -> None:
    # an ad-hoc "một tuyên bố chung" of several allies calling on a third party is no AGREE
    # among them (only the joint vision statements of two leaders are rows)
    evs = keys(code("Anh, Pháp và Đức đã đưa ra một tuyên bố chung kêu gọi Iran kiềm chế."))
    assert not {k for k in evs if k[0] == "AGREE"}, evs


def test_brsup_talks_concluded_are_agreed_and_held(code: Code, keys: Keys) -> None:
    # "kết thúc đàm phán" is longer than "đàm phán" (CONSULT), so its row keeps the talks too
    evs = keys(code("Nhật Bản và Anh đã kết thúc đàm phán hiệp định thương mại."))
    assert {("AGREE", "JPN", "GBR"), ("CONSULT", "JPN", "GBR")} <= evs, evs

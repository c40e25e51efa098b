"""Breadth of the cooperative types (wave 7, block `breadth1` of triggers.tsv).

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def _has(evs: set[tuple[str, str, str]], typ: str, a: str, b: str) -> bool:
    return (typ, a, b) in evs or (typ, b, a) in evs


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Trung Quốc đã đạt được sự đồng thuận về vấn đề an ninh khu vực.",
        "Hai bộ trưởng Nhật Bản và Hàn Quốc đạt được sự nhất trí về việc nối lại đối thoại.",
        "Trung Quốc và Lào đã đạt được nhiều nhận thức chung quan trọng.",
        "Ấn Độ và Pakistan đã đi đến thống nhất về việc trao đổi danh sách cơ sở hạt nhân.",
        "Israel và Hamas đã gia hạn lệnh ngừng bắn thêm hai ngày.",
        "Nga và Ukraine chấp nhận lệnh ngừng bắn do Thổ Nhĩ Kỳ đề xuất.",
        "Mỹ và Anh đã ký tắt hiệp định thương mại mới.",
        "Campuchia và Thái Lan đã ký bản thỏa thuận về biên giới.",
    ],
)
def test_agreements_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "AGREE" for k in evs), (text, evs)


def test_agreement_parties(code: Code, keys: Keys) -> None:
    evs = keys(code("Nga và Trung Quốc đã đạt được sự đồng thuận về vấn đề an ninh khu vực."))
    assert _has(evs, "AGREE", "RUS", "CHN")
    evs = keys(code("Israel và Hamas đã gia hạn lệnh ngừng bắn thêm hai ngày."))
    assert not any(k[0] == "RETREAT" for k in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Pháp đã yết kiến Giáo hoàng Francis tại Vatican.",
        "Đại sứ Nhật Bản chào từ biệt Thủ tướng Ấn Độ trước khi kết thúc nhiệm kỳ.",
        "Ngoại trưởng Mỹ đã xin ý kiến Tổng thư ký NATO về kế hoạch này.",
        "Qatar đã hòa giải giữa Israel và Hamas trong nhiều tuần.",
    ],
)
def test_consultations_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "CONSULT" for k in evs), (text, evs)


def test_a_mediated_ceasefire_accepted(code: Code, keys: Keys) -> None:
    evs = keys(code("Israel và Hamas chấp nhận lệnh ngừng bắn do Qatar làm trung gian."))
    assert _has(evs, "AGREE", "ISR", "HAMAS")
    assert not any(k[0] == "RETREAT" for k in evs)


def test_national_reconciliation_is_no_mediation(code: Code, keys: Keys) -> None:
    assert not any(
        k[0] == "CONSULT" for k in keys(code("Chính phủ Colombia thúc đẩy hòa giải dân tộc."))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Ukraine biểu dương Ba Lan vì đã tiếp nhận người tị nạn.",
        "Thủ tướng Nhật Bản gửi điện thăm hỏi tới Tổng thống Thổ Nhĩ Kỳ sau trận động đất.",
        "Thủ tướng Pakistan cảm tạ Trung Quốc vì sự giúp đỡ.",
        "Nga công khai chống lưng Belarus trong cuộc đối đầu với phương Tây.",
        "Italy tuyên bố sẽ tiếp tục đồng hành với Ukraine. Pháp đã dành sự ủng hộ cho Ukraine.",
        "Tây Ban Nha đã chính thức công nhận Palestine.",
    ],
)
def test_support_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "SUPPORT" for k in evs), (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Thổ Nhĩ Kỳ đã đáp ứng yêu cầu của Thụy Điển về việc dẫn độ.",
        "Philippines đã từ bỏ yêu sách đối với bang Sabah của Malaysia.",
        "Hàn Quốc đã rút đơn kiện Nhật Bản tại WTO.",
        "Mỹ tuyên bố chấm dứt lệnh cấm vận vũ khí đối với Việt Nam.",
        "Azerbaijan đã dỡ bỏ phong tỏa hành lang Lachin nối với Armenia.",
    ],
)
def test_concessions_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "CONCEDE" for k in evs), (text, evs)


def test_a_demand_met_is_the_demanders(code: Code, keys: Keys) -> None:
    evs = keys(code("Thổ Nhĩ Kỳ đã đáp ứng yêu cầu của Thụy Điển về việc dẫn độ."))
    assert ("CONCEDE", "TUR", "SWE") in evs
    assert not any(k[0] == "REQUEST" for k in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Trung Quốc đã tổ chức tuần tra liên hợp trên biển Nhật Bản.",
        "Lực lượng Mỹ và Philippines đã tập trận liên hợp ở Biển Đông.",
        "Hàn Quốc hợp lực với Mỹ để ngăn chặn tin tặc.",
        "Trung Quốc và Ấn Độ đã thiết lập đường dây nóng giữa hai bộ quốc phòng.",
        "Mỹ đã mở tổng lãnh sự quán tại Greenland của Đan Mạch.",
        "Hãng Boeing liên doanh với Tập đoàn Tata của Ấn Độ.",
    ],
)
def test_cooperation_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "COOPERATE" for k in evs), (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Nhật Bản đã trợ giúp Thổ Nhĩ Kỳ sau trận động đất.",
        "Trung Quốc đã cấp tín dụng cho Sri Lanka để mua nhiên liệu.",
        "Jordan đã thả dù hàng cứu trợ xuống Dải Gaza.",
        "Đức đã gửi thêm vũ khí cho Ukraine.",
    ],
)
def test_aid_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "AID" for k in evs), (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Israel đã ngưng bắn với Hamas.",
        "Nga đã ngừng các cuộc tấn công vào Ukraine trong dịp lễ.",
        "Azerbaijan đã chấm dứt các hoạt động quân sự chống lại Armenia.",
        "Syria đã tiêu hủy vũ khí hóa học theo yêu cầu của Mỹ.",
    ],
)
def test_retreats_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "RETREAT" for k in evs), (text, evs)


def test_denuclearisation_needs_a_verb(code: Code, keys: Keys) -> None:
    text = "Mục tiêu phi hạt nhân hóa bán đảo Triều Tiên vẫn còn xa vời."
    assert not any(k[0] == "RETREAT" for k in keys(code(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Ukraine đòi hỏi NATO phải cung cấp thêm hệ thống phòng không.",
        "Thủ tướng Anh đốc thúc Liên minh châu Âu hành động nhanh hơn.",
        "Đức đã khuyên can Israel không tấn công Rafah.",
        "Ukraine đã nộp đơn xin gia nhập Liên minh châu Âu.",
    ],
)
def test_requests_in_other_words(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert any(k[0] == "REQUEST" for k in evs), (text, evs)


def test_an_application_to_join_is_no_accession(code: Code, keys: Keys) -> None:
    evs = keys(code("Ukraine đã nộp đơn xin gia nhập Liên minh châu Âu."))
    assert not any(k[0] == "AGREE" for k in evs)
    evs = keys(code("Tình hình đòi hỏi các nước phải hành động."))
    assert not any(k[0] == "REQUEST" for k in evs)
    evs = keys(code("Việc Ukraine gia nhập EU đòi hỏi sự chú ý cao độ của Moscow."))
    assert not any(k[0] == "REQUEST" for k in evs)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mỹ và Trung Quốc đã chốt thỏa thuận thương mại.", ("AGREE", "USA", "CHN")),
        ("Bộ trưởng Ngoại giao Việt Nam làm việc với Đại sứ Mỹ.", ("CONSULT", "VNM", "USA")),
        ("Ngoại trưởng Mỹ và Trung Quốc bàn về vấn đề Đài Loan.", ("CONSULT", "USA", "CHN")),
        ("Tổng thống Mỹ đánh giá tích cực vai trò của Qatar.", ("SUPPORT", "USA", "QAT")),
        ("Thủ tướng Nhật Bản chia sẻ mất mát với nhân dân Thổ Nhĩ Kỳ.", ("SUPPORT", "JPN", "TUR")),
        ("Mỹ đã cấp miễn trừ cho Iraq.", ("CONCEDE", "USA", "IRQ")),
        ("Ấn Độ đã giảm mức thuế đối với hàng hóa Mỹ.", ("CONCEDE", "IND", "USA")),
        ("Nga đã chấp nhận các điều kiện của Mỹ.", ("CONCEDE", "RUS", "USA")),
        ("Iran đã ngừng làm giàu urani theo yêu cầu của IAEA.", ("CONCEDE", "IRN", "IAEA")),
        ("Nga liên thủ với Trung Quốc để đối phó Mỹ.", ("COOPERATE", "RUS", "CHN")),
        ("Nga và Iran đã thành lập liên minh.", ("COOPERATE", "RUS", "IRN")),
        ("Ấn Độ đã thu mua dầu của Nga.", ("COOPERATE", "IND", "RUS")),
        ("Pháp đã giúp sức cho Ukraine.", ("AID", "FRA", "UKR")),
        ("Mỹ đòi bồi thường từ Trung Quốc.", ("REQUEST", "USA", "CHN")),
    ],
)
def test_batch_two_wording(code: Code, keys: Keys, text: str, key: tuple[str, str, str]) -> None:
    evs = keys(code(text))
    assert _has(evs, *key), (text, evs)


def test_talks_and_sessions_need_their_parties(code: Code, keys: Keys) -> None:
    # a table, a session with a company, a judgement of an exchange: no event
    for text in (
        "Các chuyên gia Mỹ ngồi bàn về giá dầu.",
        "Người dân đến làm việc với cơ quan thuế.",
        "Ấn Độ vẫn duy trì giá thu mua lúa gạo.",
        "Phó chủ tịch thành phố Hà Nội đã làm việc với công ty Singapore này.",
        "Ông Lee đánh giá tích cực việc giao lưu cấp cao Trung-Triều gần đây.",
    ):
        assert not keys(code(text)), text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Armenia và Azerbaijan đã giảng hòa sau nhiều năm xung đột.", ("AGREE", "ARM", "AZE")),
        ("Saudi Arabia đã làm hòa với Qatar.", ("AGREE", "SAU", "QAT")),
        ("Iran và Saudi Arabia đã hàn gắn quan hệ.", ("COOPERATE", "IRN", "SAU")),
        ("Iran và Ai Cập đã tái lập quan hệ ngoại giao.", ("COOPERATE", "IRN", "EGY")),
        ("Tổng thống Biden gọi cho Thủ tướng Israel để bàn về Gaza.", ("CONSULT", "USA", "ISR")),
        ("Tổng thống Ukraine nói nước này biết ơn Mỹ.", ("SUPPORT", "UKR", "USA")),
        ("Mỹ đã tạm dừng trừng phạt Venezuela.", ("CONCEDE", "USA", "VEN")),
    ],
)
def test_peace_ties_calls_and_pauses(
    code: Code, keys: Keys, text: str, key: tuple[str, str, str]
) -> None:
    evs = keys(code(text))
    assert _has(evs, *key), (text, evs)


def test_a_call_to_customers_is_no_consultation(code: Code, keys: Keys) -> None:
    assert not keys(code("Hãng hàng không Việt Nam gọi cho hành khách để xin lỗi."))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hamas đã chấp nhận lời đề nghị của Ai Cập.", ("AGREE", "HAMAS", "EGY")),
        ("Nga đã gật đầu với đề xuất của Thổ Nhĩ Kỳ.", ("AGREE", "RUS", "TUR")),
        ("Trung Quốc lên tiếng bênh Nga tại Liên hợp quốc.", ("SUPPORT", "CHN", "RUS")),
        ("Hungary đứng về phe Nga trong vấn đề này.", ("SUPPORT", "HUN", "RUS")),
        ("Mỹ ép Israel phải mở thêm cửa khẩu.", ("REQUEST", "USA", "ISR")),
        ("Israel đã dừng không kích Dải Gaza.", ("RETREAT", "ISR", "PSE")),
        ("Ukraine đã từ bỏ vũ khí hạt nhân theo yêu cầu của Nga.", ("RETREAT", "UKR", "RUS")),
    ],
)
def test_headline_verbs_and_halts(
    code: Code, keys: Keys, text: str, key: tuple[str, str, str]
) -> None:
    evs = keys(code(text))
    assert _has(evs, *key), (text, evs)


def test_squeezed_prices_are_no_request(code: Code, keys: Keys) -> None:
    assert not keys(code("Áp lực từ bên ngoài ép giá dầu của Nga giảm mạnh."))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Nhật Bản và Anh đã cùng sản xuất tiêm kích thế hệ mới.", ("COOPERATE", "JPN", "GBR")),
        ("Nga đã tiếp viện cho quân đội Syria.", ("AID", "RUS", "SYR")),
        ("Nga đã rút vũ khí hạng nặng khỏi Ukraine.", ("RETREAT", "RUS", "UKR")),
        ("Quân đội Nga rút pháo khỏi biên giới Ukraine.", ("RETREAT", "RUS", "UKR")),
        ("Mỹ đã rút tên lửa khỏi Thổ Nhĩ Kỳ.", ("RETREAT", "USA", "TUR")),
        ("Mỹ đã bàn giao lại căn cứ cho Philippines.", ("CONCEDE", "USA", "PHL")),
    ],
)
def test_coproduction_resupply_and_pullbacks(
    code: Code, keys: Keys, text: str, key: tuple[str, str, str]
) -> None:
    evs = keys(code(text))
    assert _has(evs, *key), (text, evs)


def test_reinforcements_arriving_are_no_aid(code: Code, keys: Keys) -> None:
    assert not keys(code("Quân tiếp viện của Nga đã tới Syria."))


def test_signed_with_a_party_named_first(code: Code, keys: Keys) -> None:
    evs = keys(code("Nga đã ký với Trung Quốc thỏa thuận cung cấp khí đốt."))
    assert _has(evs, "AGREE", "RUS", "CHN")
    evs = keys(code("Việt Nam ký với Nhật Bản các văn kiện hợp tác."))
    assert _has(evs, "AGREE", "VNM", "JPN")
    assert not keys(code("Ông Trump nói sẽ không ký với Iran."))

"""Recall of required events: constructions the coder missed on development news, each coded in
sentences written for these tests (``# ===== recall`` block of triggers.tsv, events/reported.py),
and the near misses that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # CONSULT: getting in touch with an official body
    ("Bộ Ngoại giao Anh đang liên hệ với Bộ Ngoại giao Iran về vụ việc.", "CONSULT", "GBR", "IRN"),
    ("Đại sứ quán Nhật Bản đã liên lạc với chính phủ Peru.", "CONSULT", "JPN", "PER"),
    # AGREE: an exchange of notes signed
    ("Chính phủ Lào và Chính phủ Hàn Quốc đã ký công hàm trao đổi.", "AGREE", "LAO", "KOR"),
    # COOPERATE: ties restored with a particle inside
    ("Iran và Ai Cập đã khôi phục các quan hệ ngoại giao.", "COOPERATE", "IRN", "EGY"),
    ("Chile và Bolivia khôi phục lại quan hệ sau nhiều năm.", "COOPERATE", "CHL", "BOL"),
    # SUPPORT: solidarity, a commitment reaffirmed
    ("Chính phủ Cuba bày tỏ sự đoàn kết với Venezuela.", "SUPPORT", "CUB", "VEN"),
    ("Canada tái khẳng định cam kết hỗ trợ lâu dài cho Ukraine.", "SUPPORT", "CAN", "UKR"),
    # REQUEST: calling for a sanction against a state
    ("Liên minh châu Âu kêu gọi cấm vận vũ khí đối với Belarus.", "REQUEST", "EU", "BLR"),
    ("Ba Lan kêu gọi trừng phạt Iran vì chương trình hạt nhân.", "REQUEST", "POL", "IRN"),
    # ACCUSE: alluding to a state
    ("Thủ tướng Pakistan lên tiếng, ám chỉ Ấn Độ đứng sau vụ việc.", "ACCUSE", "PAK", "IND"),
    # THREATEN: the right to retaliate kept, force not ruled out, a retaliation plan
    (
        "Trung Quốc bảo lưu quyền đáp trả các biện pháp thuế của Canada.",
        "THREATEN",
        "CHN",
        "CAN",
    ),
    (
        "Thổ Nhĩ Kỳ không loại trừ khả năng can thiệp quân sự vào Syria.",
        "THREATEN",
        "TUR",
        "SYR",
    ),
    ("Liên minh châu Âu công bố kế hoạch trả đũa Mỹ về thuế thép.", "THREATEN", "EU", "USA"),
    # REJECT: a refusal with a manner adverb
    ("Mỹ đề nghị đàm phán. Iran đã thẳng thừng từ chối đề nghị này.", "REJECT", "IRN", "USA"),
    # SUPPORT / ACCUSE: regarding X as a friend or partner, calling X an enemy
    ("Thủ tướng Lào coi Việt Nam là một người bạn thủy chung.", "SUPPORT", "LAO", "VNM"),
    ("Iran gọi Israel là kẻ thù của khu vực.", "ACCUSE", "IRN", "ISR"),
    # SANCTION: buying stopped, persona non grata; REJECT + SANCTION: an agreement voided
    ("Ấn Độ đã ngừng mua dầu của Iran.", "SANCTION", "IND", "IRN"),
    ("Nga đã hủy bỏ thỏa thuận với Ukraine về khí đốt.", "REJECT", "RUS", "UKR"),
    ("Nga đã hủy bỏ thỏa thuận với Ukraine về khí đốt.", "SANCTION", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_recall_constructions_code_their_event(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hàn Quốc kiên quyết phản đối và yêu cầu Nhật Bản rút lại tuyên bố chủ quyền.",
        "Philippines lên án và kêu gọi Trung Quốc chấm dứt các hành động gây hấn.",
    ],
)
def test_a_protest_and_a_demand_share_their_object(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    actor, recipient = ("KOR", "JPN") if text.startswith("Hàn") else ("PHL", "CHN")
    assert {("ACCUSE", actor, recipient), ("REQUEST", actor, recipient)} <= got


@pytest.mark.parametrize(
    "text",
    [
        # links and contacts that are no meeting, a factor, an aid plan, no force kept open
        "Hai vụ án có liên hệ với nhau.",
        "Cảnh sát Đức mất liên lạc với tàu cá.",
        "Nhiều yếu tố khiến Mỹ và Trung Quốc căng thẳng.",
        "Ông cho biết Pháp có kế hoạch hỗ trợ Mali.",
        "Nhật Bản giữ nguyên khả năng cạnh tranh với Hàn Quốc.",
        # esteem and a phone call are no praise or accusation
        "Mỹ coi trọng quan hệ với Ấn Độ.",
        "Người dân Ai Cập xem Israel thi đấu.",
    ],
)
def test_recall_near_misses_code_nothing(code: Code, keys: Keys, text: str) -> None:
    assert keys(code(text)) == set()


@pytest.mark.parametrize(
    ("text", "victim", "attacker"),
    [
        ("Giới chức Iraq nói Thổ Nhĩ Kỳ đã không kích một ngôi làng ở Iraq.", "IRQ", "TUR"),
        ("Lebanon tuyên bố, quân đội Israel đã nã pháo vào lãnh thổ nước này.", "LBN", "ISR"),
        ('"Nga đã tấn công các cảng của Ukraine", Tổng thống Ukraine nói.', "UKR", "RUS"),
    ],
)
def test_an_attack_its_victim_reports_is_an_accusation(
    code: Code, keys: Keys, text: str, victim: str, attacker: str
) -> None:
    got = keys(code(text))
    assert ("ASSAULT", attacker, victim) in got
    assert ("ACCUSE", victim, attacker) in got


@pytest.mark.parametrize(
    "text",
    [
        # a third party reports it, the article states it, a casualty count, an arrest
        "Pháp cho biết Nga đã tấn công Ukraine bằng tên lửa.",
        "Nga đã tấn công Ukraine bằng tên lửa.",
        "Giới chức Syria cho biết 9 người thiệt mạng do các cuộc không kích của Israel.",
        "Trung Quốc cho biết Philippines đã bắt giữ 5 ngư dân Trung Quốc.",
    ],
)
def test_reports_that_are_no_accusation(code: Code, keys: Keys, text: str) -> None:
    assert not any(t == "ACCUSE" for t, _a, _r in keys(code(text)))


@pytest.mark.parametrize(
    ("text", "warner", "target"),
    [
        (
            "Trung Quốc cảnh báo rằng nước này sẽ áp thuế đối với hàng hóa của Australia.",
            "CHN",
            "AUS",
        ),
        ("Nga cảnh báo rằng họ sẽ trừng phạt Mỹ.", "RUS", "USA"),
    ],
)
def test_force_a_warner_says_it_will_use_is_a_threat(
    code: Code, keys: Keys, text: str, warner: str, target: str
) -> None:
    got = keys(code(text))
    assert ("THREATEN", warner, target) in got
    assert not any(t in ("SANCTION", "ASSAULT") for t, _a, _r in got)  # not done yet


def test_a_vow_to_answer_firmly_threatens_who_acted(code: Code, keys: Keys) -> None:
    got = keys(code("Mỹ áp thuế đối với Trung Quốc. Trung Quốc sẽ kiên quyết đáp trả."))
    assert ("THREATEN", "CHN", "USA") in got


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel đồng ý với kế hoạch do hai nước trung gian Qatar và Ai Cập đưa ra.", "ISR"),
        ("Hamas chấp nhận đề xuất ngừng bắn tại Gaza do Qatar và Ai Cập soạn thảo.", "HAMAS"),
    ],
)
def test_a_proposal_accepted_agrees_with_its_authors(
    code: Code, keys: Keys, text: str, actor: str
) -> None:
    agreed = {frozenset((a, r)) for t, a, r in keys(code(text)) if t == "AGREE"}
    assert {frozenset((actor, "QAT")), frozenset((actor, "EGY"))} <= agreed


def test_two_described_states_are_named_not_the_two_sides(code: Code, keys: Keys) -> None:
    got = keys(code("Hai nước láng giềng Ấn Độ và Bangladesh đã ký hiệp định thương mại."))
    assert ("AGREE", "BGD", "IND") in got or ("AGREE", "IND", "BGD") in got


@pytest.mark.parametrize(
    "text",
    [
        "Việc Nhật Bản xả nước thải ra biển đã gây ra sự phản đối của Hàn Quốc.",
        "Quyết định của Mỹ làm dấy lên sự chỉ trích của Hàn Quốc.",
    ],
)
def test_an_act_stirring_protest_is_judged_by_the_protester(
    code: Code, keys: Keys, text: str
) -> None:
    actor = "JPN" if "Nhật" in text else "USA"
    assert ("ACCUSE", "KOR", actor) in keys(code(text))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Chính phủ Anh trục xuất 3 nhà ngoại giao Nga vì liên quan đến hoạt động gián điệp.",
            "GBR",
            "RUS",
        ),
        ("Iran bắt giữ một công dân Pháp với cáo buộc làm gián điệp.", "IRN", "FRA"),
    ],
)
def test_a_sanction_with_its_charge_is_an_accusation(
    code: Code, keys: Keys, text: str, actor: str, recipient: str
) -> None:
    assert ("ACCUSE", actor, recipient) in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Triều Tiên lên án tập trận chung tên lửa đạn đạo Mỹ - Hàn.",
        "Triều Tiên chỉ trích các cuộc tập trận gần đây của lực lượng đặc nhiệm Mỹ và Hàn Quốc.",
    ],
)
def test_a_judged_joint_exercise_is_held_by_the_two_it_names(
    code: Code, keys: Keys, text: str
) -> None:
    got = keys(code(text))
    assert ("COOPERATE", "USA", "KOR") in got or ("COOPERATE", "KOR", "USA") in got
    assert not any(t == "COOPERATE" and "PRK" in (a, r) for t, a, r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Campuchia kêu gọi Liên Hợp Quốc xem xét vụ việc, cũng như yêu cầu Thái Lan rút quân.",
            {("REQUEST", "KHM", "UN"), ("REQUEST", "KHM", "THA")},
        ),
        (
            "Armenia đề nghị Nga thực hiện hiệp ước, cũng như kiến nghị lên Hội đồng Bảo an.",
            {("REQUEST", "ARM", "RUS"), ("REQUEST", "ARM", "UN")},
        ),
    ],
)
def test_a_second_verb_after_cung_nhu_keeps_the_subject_and_is_done(
    code: Code, keys: Keys, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= keys(code(text))


def test_a_demand_with_a_consequence_for_refusing_is_a_threat(code: Code, keys: Keys) -> None:
    got = keys(code("Nga yêu cầu Gruzia rút quân, nếu không sẽ phải chịu hậu quả."))
    assert {("REQUEST", "RUS", "GEO"), ("THREATEN", "RUS", "GEO")} <= got
    plain = keys(code("Mỹ yêu cầu Trung Quốc mở cửa thị trường."))
    assert not any(t == "THREATEN" for t, _a, _r in plain)


def test_an_envoy_of_theirs_recalled_is_a_sanction_and_an_accusation(
    code: Code, keys: Keys
) -> None:
    got = keys(code("Pháp triệu hồi các đại sứ của họ tại Mỹ và Australia."))
    assert {("SANCTION", "FRA", "USA"), ("ACCUSE", "FRA", "USA")} <= got
    assert {("SANCTION", "FRA", "AUS"), ("ACCUSE", "FRA", "AUS")} <= got


def test_to_is_a_headline_verb_of_accusation(code: Code, keys: Keys) -> None:
    assert ("ACCUSE", "IRN", "ISR") in keys(code("Iran tố Israel đứng sau vụ ám sát."))
    assert keys(code("Nhiều yếu tố khiến Iran và Israel căng thẳng.")) == set()

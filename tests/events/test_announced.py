"""Modality and direction of constructions that recur in news (sentences of our own): a
sanction its author announces ("tuyên bố sẽ áp thuế") is done; a reciprocal object ("đổ lỗi
cho nhau", "cáo buộc đối phương") makes a hostile act go both ways."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ Ngoại giao Canada cho biết sẽ áp đặt các biện pháp trừng phạt đối với 12 công ty"
            " của Iran.",
            {("SANCTION", "CAN", "IRN")},
        ),
        (
            "Chính phủ Hungary tuyên bố, sẽ trục xuất hai nhà ngoại giao Belarus.",
            {("SANCTION", "HUN", "BLR")},
        ),
        (
            "Tổng thống Brazil tuyên bố sẽ ra lệnh áp thuế 30% đối với hàng hóa nhập khẩu từ"
            " Argentina và Chile.",
            {("SANCTION", "BRA", "ARG"), ("SANCTION", "BRA", "CHL")},
        ),
        ("Úc thông báo rằng nước này sẽ trừng phạt Myanmar.", {("SANCTION", "AUS", "MMR")}),
    ],
)
def test_announced_sanction_is_done(code: Code, keys: Keys, text: str, expected: set) -> None:
    evs = code(text)
    assert expected <= keys(evs), text
    assert not {k for k in keys(evs) if k[0] == "THREATEN"}, text


def test_sanction_not_announced_stays_unasserted(code: Code, keys: Keys) -> None:
    # a possibility, a plan or a condition is no decision
    assert keys(code("Bộ Ngoại giao Canada cho biết có thể sẽ trừng phạt Iran.")) == set()
    assert keys(code("Canada dự kiến sẽ trừng phạt Iran vào tháng tới.")) == set()
    evs = code("Canada tuyên bố sẽ trừng phạt Iran nếu nước này tiếp tục làm giàu urani.")
    assert keys(evs) == {("THREATEN", "CAN", "IRN")}
    # a sworn sanction, or force announced, stays a threat
    assert keys(code("Chính phủ Hungary thề sẽ trục xuất các nhà ngoại giao Belarus.")) == {
        ("THREATEN", "HUN", "BLR")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ Peru và Ecuador đổ lỗi cho nhau về vụ đụng độ ở biên giới.",
        "Peru và Ecuador cáo buộc đối phương nổ súng trước.",
        "Peru và Ecuador chỉ trích lẫn nhau về vấn đề biên giới.",
        "Căng thẳng giữa Peru và Ecuador bùng lên ở biên giới. Quân đội hai bên sau đó đều cáo buộc"
        " đối phương nổ súng trước.",
    ],
)
def test_reciprocal_accusation_goes_both_ways(code: Code, keys: Keys, text: str) -> None:
    accused = {k for k in keys(code(text)) if k[0] == "ACCUSE"}
    assert accused == {("ACCUSE", "PER", "ECU"), ("ACCUSE", "ECU", "PER")}, text


def test_mutual_help_is_no_aid(code: Code, keys: Keys) -> None:
    # a friendly act "lẫn nhau" with no object stays uncoded (generic praise of ties)
    evs = code("Campuchia và Lào luôn giúp đỡ lẫn nhau vì lợi ích của hai nước.")
    assert not {k for k in keys(evs) if k[0] == "AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Ba Lan kêu gọi các nước đồng minh tăng cường viện trợ và siết chặt trừng phạt"
        " Belarus.",
        "Quốc hội Peru yêu cầu chính phủ đóng cửa biên giới với Bolivia, trục xuất đại sứ Chile.",
    ],
)
def test_later_verbs_of_a_request_are_asked(code: Code, keys: Keys, text: str) -> None:
    evs = code(text)
    assert not {k for k in keys(evs) if k[0] in ("SANCTION", "AID")}, text


def test_requesters_own_later_acts_stay_done(code: Code, keys: Keys) -> None:
    evs = code("Pháp yêu cầu Mỹ giải thích và đã trục xuất hai nhà ngoại giao Mỹ.")
    assert ("SANCTION", "FRA", "USA") in keys(evs)
    evs = code("Mỹ kêu gọi Iran kiềm chế và yêu cầu Nga rút quân khỏi Syria.")
    assert ("REQUEST", "USA", "RUS") in keys(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ Canada cấm các công ty nước này xuất khẩu linh kiện sang Iran.",
        "Hungary ngăn chặn khả năng Ukraine gia nhập Liên minh châu Âu.",
        "Ai Cập ngăn cản Israel tấn công Rafah.",
    ],
)
def test_a_prevented_act_is_denied(code: Code, keys: Keys, text: str) -> None:
    evs = code(text)
    assert not {k for k in keys(evs) if k[0] in ("COOPERATE", "AGREE", "ASSAULT")}, text


def test_a_ban_is_still_a_sanction(code: Code, keys: Keys) -> None:
    assert ("SANCTION", "CHN", "JPN") in keys(code("Trung Quốc cấm nhập khẩu hải sản từ Nhật Bản."))


def test_a_stance_noun_names_its_author(code: Code, keys: Keys) -> None:
    # "lập trường/quan điểm <judgement> của X": X judges, whoever is the sentence's subject
    evs = code("Ông Lee truyền đạt lập trường phản đối mạnh mẽ của Chính phủ Nhật Bản đối với Nga.")
    assert ("ACCUSE", "JPN", "RUS") in keys(evs)
    assert not {k for k in keys(evs) if k[1] == "RUS"}
    evs = code("Tuyên bố thể hiện quan điểm ủng hộ tuyệt đối của Ba Lan đối với Ukraine.")
    assert ("SUPPORT", "POL", "UKR") in keys(evs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chính phủ Hàn Quốc sẽ viện trợ cho Lào 30 triệu USD.", ("AID", "KOR", "LAO")),
        ("Thủ tướng Pháp đến Kiev, cam kết tiếp tục hỗ trợ Ukraine.", ("AID", "FRA", "UKR")),
    ],
)
def test_pledged_aid_is_coded(code: Code, keys: Keys, text: str, expected: tuple) -> None:
    assert expected in keys(code(text)), text


def test_aid_offered_or_conditional_stays_unasserted(code: Code, keys: Keys) -> None:
    for text in (
        "Hàn Quốc sẵn sàng viện trợ cho Lào.",
        "Hàn Quốc dự kiến sẽ viện trợ cho Lào.",
        "Hàn Quốc có thể sẽ viện trợ cho Lào.",
        "Hàn Quốc sẽ viện trợ cho Lào nếu lũ lụt tiếp diễn.",
    ):
        assert not {k for k in keys(code(text)) if k[0] == "AID"}, text


def test_later_verbs_of_an_agreement_are_agreed_to(code: Code, keys: Keys) -> None:
    text = (
        "Theo Tổng thống Mỹ, Peru đã đồng ý ngăn chặn dòng người di cư từ Peru sang Chile và"
        " đóng cửa biên giới với Chile."
    )
    assert ("SANCTION", "PER", "CHL") not in keys(code(text))
    assert ("SANCTION", "PER", "CHL") in keys(code(text), "planned")


def test_both_sides_as_subject_act_each_on_the_other(code: Code, keys: Keys) -> None:
    text = "Căng thẳng giữa Peru và Ecuador bùng lên. Hai nước đã hạ cấp quan hệ ngoại giao."
    assert {("SANCTION", "PER", "ECU"), ("SANCTION", "ECU", "PER")} <= keys(code(text))
    # a third party named as the object: no act between the two
    text = "Căng thẳng giữa Peru và Ecuador leo thang. Hai bên đều cáo buộc Mỹ can thiệp."
    assert ("ACCUSE", "ECU", "PER") not in keys(code(text))


def test_a_condemned_act_of_a_titled_actor_was_done(code: Code, keys: Keys) -> None:
    text = "Venezuela lên án việc Tổng thống Mỹ Donald Trump dọa tấn công các cảng của Venezuela."
    assert ("THREATEN", "USA", "VEN") in keys(code(text))


def test_drones_shot_down_are_an_attack_by_their_owner(code: Code, keys: Keys) -> None:
    evs = code("Lực lượng phòng không Israel đã bắn hạ ba máy bay không người lái của Iran.")
    assert ("ASSAULT", "IRN", "ISR") in keys(evs)
    assert ("ASSAULT", "ISR", "IRN") not in keys(evs)


def test_headline_short_threat(code: Code, keys: Keys) -> None:
    # "đe" is the headline form of "đe dọa": a threat, no sanction imposed
    assert keys(code("Mua S-400 của Nga, Mỹ đe trừng phạt Ấn Độ.")) == {("THREATEN", "USA", "IND")}

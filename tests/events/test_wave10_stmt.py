"""Wave 10 (stmt), events/grounds.py: the ground an actor states for its hostile act ("với lý do
…", "viện cớ …", "vì cho rằng …", "sau khi … bị cáo buộc …", "do những hành động …") is an
accusation of the target; a warning with no addressee of its own after a demand on Y
("yêu cầu Y …, đồng thời cảnh báo sẽ …") threatens Y; a charge its target denies ("…, một cáo buộc
mà Y bác bỏ") is Y's rejection of the accuser; a reporting verb's addressee before "rằng" ("nói với
các phóng viên rằng …") is no accuser and no prepositional object of the clause subject; a judging
verb with no subject ("…, đồng thời mô tả/gọi/coi … là …") is the first verb's subject's.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # a sanction, an expulsion, a suspension with its ground
    (
        "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật.",
        "ACCUSE",
        "RUS",
        "POL",
    ),
    (
        "Iran đã đình chỉ hợp tác với IAEA, viện cớ cơ quan này thiên vị.",
        "ACCUSE",
        "IRN",
        "IAEA",
    ),
    (
        "Chính phủ Mali trục xuất đại sứ Pháp, lấy cớ những bình luận thù địch của Paris.",
        "ACCUSE",
        "MLI",
        "FRA",
    ),
    (
        "Mỹ trục xuất hai nhà ngoại giao Cuba sau khi những người này bị cáo buộc làm gián điệp.",
        "ACCUSE",
        "USA",
        "CUB",
    ),
    (
        "Trung Quốc áp thuế chống bán phá giá lên rượu vang Australia vì cho rằng các nhà sản "
        "xuất nước này bán phá giá.",
        "ACCUSE",
        "CHN",
        "AUS",
    ),
    # a strike with its ground
    (
        "Quân đội Thổ Nhĩ Kỳ bắn hạ một máy bay của Nga vì cho rằng máy bay này xâm phạm "
        "không phận.",
        "ACCUSE",
        "TUR",
        "RUS",
    ),
    # an act noun as the ground: "do những hành động …", "vì các hành vi …"
    (
        "Mỹ đã thu hồi thị thực của Tổng thống Colombia do những hành động khiêu khích của ông.",
        "ACCUSE",
        "USA",
        "COL",
    ),
    (
        "Anh trừng phạt 5 quan chức Iran vì các hành vi đàn áp người biểu tình.",
        "ACCUSE",
        "GBR",
        "IRN",
    ),
    # the act itself stays coded
    (
        "Nga trục xuất hai nhà ngoại giao Ba Lan với lý do thu thập thông tin mật.",
        "SANCTION",
        "RUS",
        "POL",
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_grounds_of_hostile_acts(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


# (sentence, the accusation that must not be coded)
NEAR = [
    # a neutral ground names no wrong of the target
    ("Mỹ cấm nhập khẩu thiết bị của Trung Quốc với lý do an ninh quốc gia.", ("USA", "CHN")),
    # the article's hedge on the object, not the actor's ground
    (
        "Ba Lan bắn hạ các máy bay không người lái của Nga bị cho là đã xâm phạm không phận.",
        ("POL", "RUS"),
    ),
    # the actor itself is the one accused
    (
        "Venezuela cắt đứt quan hệ với Colombia trong vụ tranh cãi về việc Venezuela bị tố cáo "
        "ủng hộ phiến quân.",
        ("VEN", "COL"),
    ),
    # a turn to another clause: whoever accuses, it is not the act's ground
    (
        "Mỹ áp thuế đối với hàng hóa Trung Quốc, trong khi Trung Quốc bị cáo buộc bán phá giá.",
        ("USA", "CHN"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NEAR)
def test_no_accusation_without_a_stated_ground(
    code: Code, keys: Keys, text: str, pair: tuple[str, str]
) -> None:
    assert ("ACCUSE", *pair) not in keys(code(text))


# a warning with no addressee of its own, coordinated after a demand on Y
WARNINGS = [
    (
        "ECOWAS yêu cầu Niger khôi phục trật tự hiến pháp, cảnh báo có thể sử dụng biện pháp "
        "quân sự.",
        ("ECOWAS", "NER"),
    ),
    ("Mỹ kêu gọi Nga rút quân, đồng thời cảnh báo sẽ áp đặt thêm trừng phạt.", ("USA", "RUS")),
    ("Mỹ kêu gọi Nga rút quân và cảnh báo sẽ áp đặt thêm trừng phạt.", ("USA", "RUS")),
    (
        "Thủ tướng Anh yêu cầu Iran thả tàu chở dầu, đồng thời đe dọa sẽ có biện pháp cứng rắn.",
        ("GBR", "IRN"),
    ),
    ("Hàn Quốc hối thúc Triều Tiên quay lại đàm phán và cảnh báo sẽ trả đũa.", ("KOR", "PRK")),
]


@pytest.mark.parametrize(("text", "pair"), WARNINGS)
def test_a_warning_shares_the_addressee_of_a_demand(
    code: Code, keys: Keys, text: str, pair: tuple[str, str]
) -> None:
    assert ("THREATEN", *pair) in keys(code(text))


NO_WARNING = [
    # a forecast, not the warner's own act
    ("Mỹ kêu gọi Nga rút quân, đồng thời cảnh báo tình hình có thể xấu đi.", ("USA", "RUS")),
    # another subject warns
    ("Mỹ kêu gọi Nga rút quân, trong khi Anh cảnh báo sẽ trừng phạt.", ("USA", "RUS")),
]


@pytest.mark.parametrize(("text", "pair"), NO_WARNING)
def test_no_shared_warning(code: Code, keys: Keys, text: str, pair: tuple[str, str]) -> None:
    assert ("THREATEN", *pair) not in keys(code(text))


# an accusation and its denial named in one sentence
DENIED = [
    (
        "Ai Cập cho rằng con đập của Ethiopia vi phạm các hiệp ước quốc tế, một cáo buộc mà "
        "Ethiopia bác bỏ.",
        ("ETH", "EGY"),
    ),
    (
        "Ai Cập cho rằng con đập vi phạm các hiệp ước và có thể gây hạn hán, một cáo buộc mà "
        "Ethiopia luôn bác bỏ.",
        ("ETH", "EGY"),
    ),
    (
        "Pakistan cáo buộc Ấn Độ hậu thuẫn nhóm ly khai - cáo buộc mà Ấn Độ bác bỏ.",
        ("IND", "PAK"),
    ),
    (
        "Thái Lan cho rằng binh sĩ Campuchia nổ súng trước, điều mà Campuchia kiên quyết phủ nhận.",
        ("KHM", "THA"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), DENIED)
def test_a_charge_its_target_denies(
    code: Code, keys: Keys, text: str, pair: tuple[str, str]
) -> None:
    assert ("REJECT", *pair) in keys(code(text))


def test_a_denied_report_with_no_accuser(code: Code, keys: Keys) -> None:
    got = keys(code("Thông tin mà Nga bác bỏ được đăng trên một tờ báo Anh."))
    assert not {k for k in got if k[0] == "REJECT"}


# a reporting verb with its addressee before "rằng": the verb's subject says it
ADDRESSED = [
    (
        "Thủ tướng Iraq nói với các phóng viên rằng Mỹ đã vi phạm luật pháp quốc tế.",
        ("IRQ", "USA"),
    ),
    (
        "Thủ tướng Iraq khẳng định với Ngoại trưởng Mỹ rằng Mỹ đã vi phạm chủ quyền Iraq.",
        ("IRQ", "USA"),
    ),
    (
        "Thủ tướng Iraq đã nói với Ngoại trưởng Mỹ rằng, các hành động tấn công gần đây của Mỹ "
        "là sự xâm phạm không thể chấp nhận được.",
        ("IRQ", "USA"),
    ),
    (
        "Tổng thống Iran nhấn mạnh với người đồng cấp Pháp rằng Israel phải chịu trách nhiệm.",
        ("IRN", "ISR"),
    ),
    (
        "Ngoại trưởng Ukraine nói với báo giới rằng hành động của Nga là không thể chấp nhận được.",
        ("UKR", "RUS"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), ADDRESSED)
def test_a_judgement_told_to_an_addressee(
    code: Code, keys: Keys, text: str, pair: tuple[str, str]
) -> None:
    assert ("ACCUSE", *pair) in keys(code(text))


def test_the_addressee_is_no_accuser(code: Code, keys: Keys) -> None:
    got = keys(
        code("Thủ tướng Iraq khẳng định với Ngoại trưởng Mỹ rằng Mỹ đã vi phạm chủ quyền Iraq.")
    )
    assert ("ACCUSE", "USA", "USA") not in got and ("ACCUSE", "USA", "IRQ") not in got


# a judging verb with no subject of its own shares the subject of the first verb
CHAINED = [
    (
        "Thứ trưởng Ngoại giao Nga tuyên bố Mỹ là đối thủ, đồng thời mô tả việc triển khai của Mỹ "
        "ở Biển Đen là một hành động khiêu khích.",
        ("RUS", "USA"),
    ),
    (
        "Ngoại trưởng Nga phát biểu tại hội nghị và gọi hành động của Mỹ là vi phạm luật pháp "
        "quốc tế.",
        ("RUS", "USA"),
    ),
    (
        "Bộ Ngoại giao Nga ra tuyên bố, coi việc Mỹ triển khai tên lửa là hành động khiêu khích.",
        ("RUS", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), CHAINED)
def test_a_chained_judgement(code: Code, keys: Keys, text: str, pair: tuple[str, str]) -> None:
    assert ("ACCUSE", *pair) in keys(code(text))


def test_a_judgement_with_its_own_subject(code: Code, keys: Keys) -> None:
    got = keys(code("Tại Moskva, các nhà phân tích coi hành động của Mỹ là vi phạm."))
    assert not {k for k in got if k[0] == "ACCUSE"}


def test_a_new_verb_after_a_denial_is_asserted(code: Code, keys: Keys) -> None:
    got = keys(
        code(
            "Bộ Ngoại giao Nga phủ nhận liên quan, mô tả hành động của Đức là phi lý và cảnh báo "
            "Berlin sẽ phải chịu hậu quả."
        )
    )
    assert ("ACCUSE", "RUS", "DEU") in got


def test_acts_denied_together_stay_denied(code: Code, keys: Keys) -> None:
    got = keys(code("Nga phủ nhận việc tấn công Ukraine và đe dọa Ba Lan."))
    assert ("THREATEN", "RUS", "POL") not in got

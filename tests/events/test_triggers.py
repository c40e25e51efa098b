"""Trigger coverage: verbs, nominalisations and phrases of each PLOVER type, their spelling
variants, and the words around them that must not fire (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event
from sukien.events.lexicon import load_lexicon, norm, parse_constraints, tone_norm

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_old_and_new_tone_placement_spell_one_syllable() -> None:
    for old, new in (
        ("hoà đàm", "hòa đàm"),
        ("thoả thuận", "thỏa thuận"),
        ("đe doạ", "đe dọa"),
        ("thuỷ thủ", "thủy thủ"),
        ("uỷ ban", "ủy ban"),
        ("khoẻ", "khỏe"),
    ):
        assert tone_norm(old) == new
        assert len(tone_norm(old)) == len(old)
    for same in ("quý", "ngoài", "hoàng", "toàn", "quả", "hòa"):
        assert tone_norm(same) == same
    assert norm("Đe Doạ") == "đe dọa"
    assert tone_norm("đã kí kết, lí do, 5 tỉ usd, quí") == "đã ký kết, lý do, 5 tỷ usd, quý"
    assert tone_norm("kích, khi, lính") == "kích, khi, lính"


def test_old_tone_placement_in_the_text_still_triggers(code: Code, keys: Keys) -> None:
    assert keys(code("Nga đe doạ Ukraine.")) == {("THREATEN", "RUS", "UKR")}
    assert keys(code("Mỹ và Iran tiến hành hoà đàm tại Oman.")) == {("CONSULT", "USA", "IRN")}
    evs = code("Nhật Bản và Hàn Quốc đã ký thoả thuận hợp tác.")
    assert keys(evs) == {("AGREE", "JPN", "KOR")}
    evs = code("Nhật Bản và Hàn Quốc đã kí kết hiệp định thương mại.")
    assert keys(evs) == {("AGREE", "JPN", "KOR")}


def test_also_names_further_types() -> None:
    assert parse_constraints("need=obj;also=PROTEST", "x")["also"] == ("PROTEST",)
    with pytest.raises(ValueError):
        parse_constraints("also=protest", "x")
    lex = load_lexicon()
    assert lex.triggers["kháng nghị"].also == ("PROTEST",)
    assert "mutual" in lex.triggers["trao đổi tù nhân"].need


@pytest.mark.parametrize(
    "text",
    [
        "Hàn Quốc đã trao công hàm phản đối Nhật Bản về vụ việc.",
        "Bộ Ngoại giao Hàn Quốc phản đối mạnh mẽ Nhật Bản.",
        "Hàn Quốc đã kháng nghị Nhật Bản.",
        "Bộ Ngoại giao Hàn Quốc đã triệu tập đại sứ Nhật Bản.",
    ],
)
def test_formal_protest_is_accusation_and_protest(code: Code, keys: Keys, text: str) -> None:
    assert keys(code(text)) == {("ACCUSE", "KOR", "JPN"), ("PROTEST", "KOR", "JPN")}


def test_plain_criticism_is_no_protest(code: Code, keys: Keys) -> None:
    assert keys(code("Hàn Quốc chỉ trích Nhật Bản.")) == {("ACCUSE", "KOR", "JPN")}
    assert keys(code("Hàn Quốc lên án Nhật Bản.")) == {("ACCUSE", "KOR", "JPN")}


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Ukraine đã trao đổi tù nhân hôm qua.",
        "Ukraine đã trao đổi tù binh với Nga.",
        "Nga và Ukraine hoán đổi tù binh.",
        "Nga và Ukraine đã trao đổi 90 tù binh.",
    ],
)
def test_prisoner_exchange_is_release_both_ways(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    releases = {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")}
    assert releases <= got
    # "trao đổi tù nhân" is also the agreement behind it (triggers.tsv, recall2)
    assert got - releases <= {("AGREE", "RUS", "UKR"), ("AGREE", "UKR", "RUS")}


def test_easing_a_sanction_is_no_sanction(code: Code, keys: Keys) -> None:
    evs = code("Nga đã gỡ bỏ lệnh cấm nhập khẩu đối với Thổ Nhĩ Kỳ.")
    assert keys(evs) == {("CONCEDE", "RUS", "TUR")}
    evs = code("EU dỡ bỏ cấm vận vũ khí đối với Việt Nam.")
    assert keys(evs) == {("CONCEDE", "EU", "VNM")}
    assert keys(code("Mỹ áp lệnh cấm nhập khẩu đối với Nga.")) == {("SANCTION", "USA", "RUS")}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Montenegro đã chính thức gia nhập NATO.", ("AGREE", "MNE", "NATO")),
        (
            "Hai nước đã đạt được đồng thuận, Thủ tướng Nhật Bản và Tổng thống Hàn Quốc cho biết.",
            ("AGREE", "JPN", "KOR"),
        ),
        ("Thủ tướng Nhật Bản gửi điện chia buồn tới Thủ tướng Ấn Độ.", ("SUPPORT", "JPN", "IND")),
        ("Canada tán thành đề xuất của Pháp.", ("SUPPORT", "CAN", "FRA")),
        ("Mỹ và Nhật Bản chia sẻ thông tin tình báo.", ("COOPERATE", "USA", "JPN")),
        ("Đức đã chuyển giao xe tăng cho Ukraine.", ("AID", "DEU", "UKR")),
        ("Ngoại trưởng Pháp buộc tội Nga can thiệp bầu cử.", ("ACCUSE", "FRA", "RUS")),
        ("Philippines đã kiện Trung Quốc ra Tòa Trọng tài.", ("ACCUSE", "PHL", "CHN")),
        ("Mỹ khước từ đề nghị của Triều Tiên.", ("REJECT", "USA", "PRK")),
        ("Mỹ rút khỏi thỏa thuận hạt nhân với Iran.", ("RETREAT", "USA", "IRN")),
        ("Trung Quốc răn đe Đài Loan bằng cuộc tập trận.", ("THREATEN", "CHN", "TWN")),
        ("Nga đóng cửa không phận đối với máy bay Canada.", ("SANCTION", "RUS", "CAN")),
        ("Mỹ điều tàu sân bay tới gần Iran.", ("MOBILIZE", "USA", "IRN")),
        ("Nga huy động quân dọc biên giới với Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        ("Tàu Trung Quốc đã phun vòi rồng vào tàu Philippines.", ("COERCE", "CHN", "PHL")),
        ("Tàu Trung Quốc quấy rối tàu cá Việt Nam.", ("COERCE", "CHN", "VNM")),
        ("Lực lượng IS đã giết hại 25 binh sĩ Iraq.", ("ASSAULT", "ISIS", "IRQ")),
        ("Israel oanh kích Dải Gaza.", ("ASSAULT", "ISR", "PSE")),
        ("Nga nã tên lửa vào Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("NATO đã chính thức mời Montenegro tham gia vào khối.", ("AGREE", "NATO", "MNE")),
        ("Thổ Nhĩ Kỳ đang chiến đấu chống IS tại Syria.", ("ASSAULT", "TUR", "ISIS")),
        ("Quân đội Iraq đã diệt 75 tay súng IS.", ("ASSAULT", "IRQ", "ISIS")),
        ("Không quân Mỹ yểm trợ quân đội Iraq tại Fallujah.", ("AID", "USA", "IRQ")),
        ("Trung Quốc điều 30 máy bay quân sự áp sát Đài Loan.", ("MOBILIZE", "CHN", "TWN")),
        ("Tàu hải cảnh Trung Quốc áp sát tàu tiếp tế của Philippines.", ("MOBILIZE", "CHN", "PHL")),
        ("Đức xuất khẩu vũ khí sang Israel.", ("COOPERATE", "DEU", "ISR")),
        ("Nga đã giáng đòn tên lửa vào thành phố Kharkiv của Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Trung Quốc cử tàu hải cảnh xâm nhập vùng biển của Nhật Bản.", ("COERCE", "CHN", "JPN")),
        ("Tàu Trung Quốc đâm va tàu Philippines.", ("COERCE", "CHN", "PHL")),
        ("Iran đã hành quyết một công dân Anh.", ("ASSAULT", "IRN", "GBR")),
        ("Mỹ đưa Trung Quốc vào danh sách đen.", ("SANCTION", "USA", "CHN")),
        ("Ấn Độ mua dầu của Nga.", ("COOPERATE", "IND", "RUS")),
        ("Iran thề trả thù Israel.", ("THREATEN", "IRN", "ISR")),
        ("Đại sứ Việt Nam trình quốc thư lên Tổng thống Pháp.", ("CONSULT", "VNM", "FRA")),
        ("Nhật Bản bày tỏ tình đoàn kết với Thổ Nhĩ Kỳ.", ("SUPPORT", "JPN", "TUR")),
        ("Mỹ rút 500 binh sĩ khỏi Syria.", ("RETREAT", "USA", "SYR")),
        ("Mỹ gây sức ép đối với Israel.", ("REQUEST", "USA", "ISR")),
        ("Nga bác cáo buộc của Anh.", ("REJECT", "RUS", "GBR")),
        ("Trung Quốc áp lệnh cấm đối với hải sản Nhật Bản.", ("SANCTION", "CHN", "JPN")),
        ("Nga bắt 2 công dân Mỹ.", ("COERCE", "RUS", "USA")),
        ("Mỹ tăng cường hiện diện quân sự gần Trung Quốc.", ("MOBILIZE", "USA", "CHN")),
        ("Quân đội Israel khai hỏa vào người biểu tình Palestine.", ("ASSAULT", "ISR", "PSE")),
        ("Israel đánh trả Iran.", ("ASSAULT", "ISR", "IRN")),
        ("Quân đội Nga vây hãm thành phố Mariupol của Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("UAV Ukraine phá hủy hệ thống phòng không của Nga.", ("ASSAULT", "UKR", "RUS")),
        # light-verb and noun forms
        ("Mỹ đưa ra lời cảnh báo đối với Iran.", ("THREATEN", "USA", "IRN")),
        ("Nga đưa ra lời đe dọa đối với Ba Lan.", ("THREATEN", "RUS", "POL")),
        ("Tổng thống Mỹ đưa ra lời chỉ trích nhằm vào NATO.", ("ACCUSE", "USA", "NATO")),
        ("Tổng thống Pháp đã đưa ra lời kêu gọi Nga ngừng bắn.", ("REQUEST", "FRA", "RUS")),
        ("Trung Quốc đưa ra lời cáo buộc nhằm vào Mỹ.", ("ACCUSE", "CHN", "USA")),
        ("Nhật Bản đã gửi lời chúc mừng tới Tổng thống Pháp.", ("SUPPORT", "JPN", "FRA")),
        ("Thủ tướng Nhật Bản đã gửi điện mừng tới Tổng thống Pháp.", ("SUPPORT", "JPN", "FRA")),
        (
            "Quân đội Israel mở chiến dịch trên bộ tại Gaza nhằm vào Hamas.",
            ("ASSAULT", "ISR", "HAMAS"),
        ),
    ],
)
def test_broader_triggers(code: Code, keys: Keys, text: str, key: tuple[str, str, str]) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Điều kiện để Nga và Ukraine ngồi vào bàn đàm phán vẫn chưa có.",
        "Điều này khiến Mỹ và Trung Quốc lo ngại.",
        "Montenegro mong muốn gia nhập NATO.",
        "Quá trình gia nhập NATO của Montenegro kéo dài.",
        "Đội tuyển Việt Nam diễn tập phòng cháy tại Nhật Bản.",
        "Sự kiện Nga và Mỹ cùng tổ chức đã thu hút nhiều người.",
        "Giới chức Mỹ lo ngại về khả năng răn đe của Nhật Bản.",
        "Anh Tuấn bị hất ngã xuống đường ở Tokyo, Nhật Bản.",
        "Bộ Y tế đưa ra cảnh báo về dịch cúm tại Trung Quốc.",
        "Trước lời kêu gọi của EU, Nga vẫn không rút quân.",
        "Điều đáng chú ý là Nga và Trung Quốc cùng có mặt.",
        "UBND thành phố đã ban hành quyết định mới về hợp tác với Nhật Bản.",
        "Tình trạng xâm nhập mặn ở Campuchia và Việt Nam tăng.",
        "Bất ngờ Trường rút dao chém ông Quân ở Nhật Bản.",
        "Syria phá hủy kho vũ khí hóa học.",
        "Colombia đáp trả bằng cách dừng các thương vụ mua vũ khí từ Mỹ.",
        "Yếu tố Nga khiến Mỹ lo ngại.",
    ],
)
def test_common_words_do_not_fire(code: Code, keys: Keys, text: str) -> None:
    assert keys(code(text)) == set()


def test_a_call_named_as_a_noun_nests_what_it_asks(code: Code, keys: Keys) -> None:
    evs = code("Lời kêu gọi ngừng bắn của Liên Hợp Quốc đối với Israel không được đáp ứng.")
    assert not {k for k in keys(evs) if k[0] == "RETREAT"}  # what was asked, not done
    evs = code("Tổng thống Ukraine nhắc lại lời kêu gọi các đồng minh cho phép tấn công vào Nga.")
    assert ("REQUEST", "UKR", "RUS") not in keys(evs)  # the allies are asked, not Russia
    evs = code("Nga bác bỏ lời kêu gọi của Mỹ.")
    assert keys(evs) == {("REJECT", "RUS", "USA"), ("REQUEST", "USA", "RUS")}  # wave 11


def test_the_killed_are_no_killers(code: Code, keys: Keys) -> None:
    evs = code("Lực lượng IS tuyên bố đã giết hại 25 binh sĩ Iraq.")
    assert keys(evs) == {("ASSAULT", "ISIS", "IRQ")}
    assert keys(code("Nhiều binh sĩ Iraq bị giết hại ở Mosul.")) == set()


def test_a_one_way_return_is_no_exchange(code: Code, keys: Keys) -> None:
    evs = code("Hôm qua, Nga đã trao trả 50 tù binh cho Ukraine.")
    assert ("CONCEDE", "UKR", "RUS") not in keys(evs)


def test_a_ceasefire_agreed_is_an_agreement_not_a_ceasefire(code: Code, keys: Keys) -> None:
    evs = code("Liên Hợp Quốc hoan nghênh thỏa thuận ngừng bắn giữa Israel và Hamas.")
    assert not {k for k in keys(evs) if k[0] == "RETREAT"}
    assert ("SUPPORT", "UN", "ISR") in keys(evs)
    evs = code("Nga giáng đòn trừng phạt mới nhằm vào Mỹ.")
    assert keys(evs) == {("SANCTION", "RUS", "USA")}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Trung Quốc gọi chuyến thăm của Chủ tịch Hạ viện Mỹ là khiêu khích.", ("CHN", "USA")),
        ("Bộ Ngoại giao Nga cho biết Mỹ đã khiêu khích Nga.", ("RUS", "USA")),
        ("Iran coi việc Mỹ áp lệnh trừng phạt là hành động phi pháp.", ("IRN", "USA")),
        ("Hàn Quốc cho rằng Triều Tiên gây bất ổn khu vực.", ("KOR", "PRK")),
    ],
)
def test_a_wrong_said_of_another_is_an_accusation(
    code: Code, keys: Keys, text: str, key: tuple[str, str]
) -> None:
    assert ("ACCUSE", *key) in keys(code(text))


def test_a_wrong_the_article_states_accuses_nobody(code: Code, keys: Keys) -> None:
    assert keys(code("Mỹ khiêu khích Trung Quốc ở Biển Đông.")) == set()
    assert keys(code("Các hành động khiêu khích của Triều Tiên khiến Hàn Quốc lo ngại.")) == set()


def test_cutting_cooperation_is_a_sanction(code: Code, keys: Keys) -> None:
    evs = code("Đức đình chỉ hợp tác quân sự với Nga.")
    assert keys(evs) == {("SANCTION", "DEU", "RUS")}
    evs = code("Nga đã bắt đầu hợp tác với Trung Quốc.")
    assert keys(evs) == {("COOPERATE", "RUS", "CHN")}


def test_fighting_each_other_is_an_attack_both_ways(code: Code, keys: Keys) -> None:
    evs = code("Quân đội Thái Lan và Campuchia giao chiến tại biên giới.")
    assert keys(evs) == {("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA")}
    evs = code("Ấn Độ và Pakistan chạm súng tại Kashmir.")
    assert keys(evs) == {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")}

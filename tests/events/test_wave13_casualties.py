"""Wave 13: people of a state killed or wounded in an attack "của X" (events/sourced.py), and a
passive whose agent is what a party owns or commands ("bị tàu chiến của Hải quân X …",
events/coder.py).

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Ít nhất 12 người Palestine thiệt mạng trong các cuộc không kích của Israel.",
            ("ASSAULT", "ISR", "PSE"),
        ),
        (
            "Bốn dân thường Ukraine tử vong sau đợt tấn công bằng tên lửa của Nga.",
            ("ASSAULT", "RUS", "UKR"),
        ),
        ("Hai binh sĩ Mỹ bị thương trong vụ tập kích của Iran.", ("ASSAULT", "IRN", "USA")),
        (
            "Ba phóng viên Nga thiệt mạng do cuộc pháo kích của quân đội Ukraine.",
            ("ASSAULT", "UKR", "RUS"),
        ),
    ],
)
def test_casualties_in_an_attack_of_x(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # the attack is X's, the casualties are nobody's people: no party attacked
        "Cuộc không kích của Israel diễn ra trong đêm.",
        # criticised over an attack, not hurt by it
        "Hai binh sĩ Mỹ được khen thưởng sau vụ tập kích của Iran.",
    ],
)
def test_no_casualties_no_attack_on_them(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "ASSAULT" and k[2] == "USA"}


def test_an_attack_of_x_that_killed_people_is_no_accusation(code: Code, keys: Keys) -> None:
    found = keys(code("Năm người Liban thiệt mạng trong cuộc không kích của Israel."))
    assert ("ASSAULT", "ISR", "LBN") in found
    assert not {k for k in found if k[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Ba tàu cá Việt Nam bị các tàu chiến của Hải quân Indonesia bắt giữ hôm 11/1.",
            ("COERCE", "IDN", "VNM"),
        ),
        ("Tàu cá Việt Nam bị tàu hải cảnh của Trung Quốc đâm chìm.", ("ASSAULT", "CHN", "VNM")),
        (
            "Hai công dân Canada bị lực lượng an ninh của Trung Quốc bắt giữ.",
            ("COERCE", "CHN", "CAN"),
        ),
    ],
)
def test_passive_agent_named_by_what_it_owns(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mỹ yêu cầu Iran thả tàu chở dầu. Tehran đã từ chối.", ("REJECT", "IRN", "USA")),
        (
            "Liên minh châu Âu đề nghị Belarus mở cửa biên giới. Tuy nhiên, Minsk đã bác bỏ.",
            ("REJECT", "BLR", "EU"),
        ),
        (
            "Anh cáo buộc Nga đứng sau vụ đầu độc. Moskva phủ nhận mọi liên quan.",
            ("REJECT", "RUS", "GBR"),
        ),
        (
            "Trung Quốc đe dọa Đài Loan. Đài Bắc lên án những lời đe dọa đó.",
            ("ACCUSE", "TWN", "CHN"),
        ),
    ],
)
def test_a_response_answers_what_was_just_asked_or_charged(
    code: Code, keys: Keys, text: str, key: tuple
) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # what was done before was not aimed at the one who objects: nobody to answer
        "Mỹ viện trợ quân sự cho Ukraine. Nga phản đối.",
        # a company denying responsibility answers no state
        "Mỹ cáo buộc Nga can thiệp bầu cử. Công ty này phủ nhận bất kỳ trách nhiệm nào.",
    ],
)
def test_a_response_with_nothing_aimed_at_it_answers_no_one(
    code: Code, keys: Keys, text: str
) -> None:
    assert not {k for k in keys(code(text)) if k[0] in ("REJECT", "ACCUSE") and k[1] != "USA"}


@pytest.mark.parametrize(
    "text",
    [
        "Người phát ngôn Bộ Ngoại giao Ai Cập nói cáo buộc của Ethiopia là vô căn cứ.",
        "Ai Cập khẳng định các cáo buộc của Ethiopia là hoàn toàn sai sự thật.",
        "Ai Cập cho rằng cáo buộc của Ethiopia nhằm vào Cairo là hoàn toàn vô căn cứ.",
    ],
)
def test_a_charge_called_baseless_is_denied_and_was_made(code: Code, keys: Keys, text: str) -> None:
    found = keys(code(text))
    assert ("REJECT", "EGY", "ETH") in found
    assert ("ACCUSE", "ETH", "EGY") in found


def test_a_statement_called_untrue_is_rejected(code: Code, keys: Keys) -> None:
    found = keys(code("Bộ Ngoại giao Chile nói tuyên bố của Bolivia là sai sự thật."))
    assert ("REJECT", "CHL", "BOL") in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Theo Hàn Quốc, Triều Tiên đã vi phạm thỏa thuận quân sự.", ("ACCUSE", "KOR", "PRK")),
        (
            "Theo tuyên bố của Bộ Ngoại giao Serbia, Kosovo phải chịu trách nhiệm về căng thẳng.",
            ("ACCUSE", "SRB", "XKX"),
        ),
    ],
)
def test_according_to_x_x_accuses(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_according_to_a_news_agency_no_one_accuses(code: Code, keys: Keys) -> None:
    found = keys(code("Theo Reuters, Triều Tiên đã vi phạm thỏa thuận quân sự."))
    assert not {k for k in found if k[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Hàn Quốc bày tỏ quan ngại về việc Nhật Bản xả nước thải ra biển.",
            ("ACCUSE", "KOR", "JPN"),
        ),
        (
            "Pháp lên tiếng chỉ trích về các cuộc tập trận của Nga ở Belarus.",
            ("ACCUSE", "FRA", "RUS"),
        ),
        ("Canada quan ngại sâu sắc về hành động của Iran.", ("ACCUSE", "CAN", "IRN")),
    ],
)
def test_a_complaint_about_what_a_party_did(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hàn Quốc bày tỏ quan ngại về việc Nhật Bản bị động đất tàn phá.",
        "Hàn Quốc bày tỏ quan ngại về tình hình ở Nhật Bản.",
    ],
)
def test_concern_about_what_befell_a_party_accuses_no_one(
    code: Code, keys: Keys, text: str
) -> None:
    assert ("ACCUSE", "KOR", "JPN") not in keys(code(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ngoại trưởng Hàn Quốc: Triều Tiên đã vi phạm thỏa thuận.", ("ACCUSE", "KOR", "PRK")),
        ("Trung Quốc: Mỹ phải chịu trách nhiệm về căng thẳng.", ("ACCUSE", "CHN", "USA")),
    ],
)
def test_a_headline_speaker_before_a_colon(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_a_colon_after_no_speaker_accuses_no_one(code: Code, keys: Keys) -> None:
    found = keys(code("Tin mới nhất: Triều Tiên đã vi phạm thỏa thuận."))
    assert not {k for k in found if k[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Tổng thống Bolivia tuyên bố hủy quan hệ ngoại giao với Israel và yêu cầu các nhà "
            "ngoại giao nước này rời Bolivia.",
            ("SANCTION", "BOL", "ISR"),
        ),
        ("Ecuador chấm dứt quan hệ ngoại giao với Mexico.", ("SANCTION", "ECU", "MEX")),
    ],
)
def test_ties_severed(code: Code, keys: Keys, text: str, key: tuple) -> None:
    found = keys(code(text))
    assert key in found
    assert (key[0], key[2], key[1]) not in found


def test_drones_shot_down_named_without_cua(code: Code, keys: Keys) -> None:
    found = keys(code("Phòng không Nga bắn hạ 12 UAV Ukraine trên vùng Belgorod."))
    assert ("ASSAULT", "UKR", "RUS") in found
    assert ("ASSAULT", "RUS", "UKR") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ai Cập và Qatar đề nghị làm trung gian hòa giải giữa quân đội Sudan và RSF.",
        "Thổ Nhĩ Kỳ đề xuất đứng ra hòa giải giữa Nga và Ukraine.",
    ],
)
def test_an_offer_to_mediate_asks_nothing_of_the_sides(code: Code, keys: Keys, text: str) -> None:
    found = keys(code(text))
    assert not {k for k in found if k[0] in ("REQUEST", "CONSULT")}


def test_asking_another_to_mediate_is_a_request(code: Code, keys: Keys) -> None:
    assert ("REQUEST", "EGY", "QAT") in keys(code("Ai Cập đề nghị Qatar làm trung gian."))


def test_a_launch_to_warn_is_a_threat_not_an_attack(code: Code, keys: Keys) -> None:
    found = keys(code('Hàn Quốc và Mỹ phóng tên lửa "dằn mặt" Triều Tiên.'))
    assert ("THREATEN", "KOR", "PRK") in found
    assert not {k for k in found if k[0] == "ASSAULT"}


def test_a_foreign_city_makes_an_ambiguous_state_name_a_state(code: Code, keys: Keys) -> None:
    # "Nga" is also a given name; a known city of another state says this is world news
    assert ("ASSAULT", "RUS", "UKR") in keys(code("Nga phóng tên lửa vào Kharkiv."))


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Thương mại Mỹ đưa 7 công ty Trung Quốc vào danh sách đen.",
        "Mỹ đưa 12 doanh nghiệp của Trung Quốc vào danh sách thực thể.",
    ],
)
def test_firms_put_on_a_blacklist(code: Code, keys: Keys, text: str) -> None:
    assert ("SANCTION", "USA", "CHN") in keys(code(text))


def test_a_blacklist_named_alone_sanctions_no_one(code: Code, keys: Keys) -> None:
    assert not keys(code("Danh sách đen của Mỹ được cập nhật hôm qua."))


def test_a_place_framed_without_a_comma_ends_before_the_subject(code: Code, keys: Keys) -> None:
    found = keys(
        code(
            "Hôm nay tại Astana Tổng thống Kazakhstan đã hội đàm với Tổng thống Uzbekistan và "
            "Tổng thống Kyrgyzstan."
        )
    )
    assert ("CONSULT", "KAZ", "UZB") in found
    assert ("CONSULT", "KAZ", "KGZ") in found
    assert not {("CONSULT", "KGZ", "UZB"), ("CONSULT", "UZB", "KGZ")} & found


def test_a_place_of_a_state_stays_one_place(code: Code, keys: Keys) -> None:
    found = keys(
        code(
            "Ngày 24/10 tại thành phố Kazan của Nga, Tổng thống Azerbaijan và Thủ tướng Armenia "
            "đã có cuộc gặp song phương."
        )
    )
    assert {("CONSULT", "ARM", "AZE"), ("CONSULT", "AZE", "ARM")} & found
    assert not {k for k in found if "RUS" in k}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Hàn Quốc viện trợ 3 triệu USD cho người dân vùng lũ ở Bangladesh.",
            ("AID", "KOR", "BGD"),
        ),
        (
            "Ủy ban châu Âu quyết định viện trợ nhân đạo 1 triệu euro cho các nạn nhân bị ảnh "
            "hưởng bởi động đất tại Nepal.",
            ("AID", "EU", "NPL"),
        ),
    ],
)
def test_aid_to_the_people_of_a_state(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_help_for_ones_own_workers_abroad_is_no_aid_to_the_host(code: Code, keys: Keys) -> None:
    assert ("AID", "VNM", "JPN") not in keys(code("Việt Nam hỗ trợ người lao động tại Nhật Bản."))


def test_a_retaliatory_strike_hits_the_last_attacker(code: Code, keys: Keys) -> None:
    found = keys(code("Hezbollah bắn rocket vào Israel. Israel đã không kích để trả đũa."))
    assert ("ASSAULT", "ISR", "HEZBOLLAH") in found


def test_retaliation_for_a_sanction_is_no_attack_on_its_author(code: Code, keys: Keys) -> None:
    found = keys(code("Mỹ trừng phạt Iran. Iran tiến hành tập kích để trả đũa."))
    assert ("ASSAULT", "IRN", "USA") not in found


def test_what_an_act_caused_a_party_to_do_was_done(code: Code) -> None:
    evs = code("Syria pháo kích Thổ Nhĩ Kỳ, khiến Thổ Nhĩ Kỳ phải tiến hành không kích vào Syria.")
    done = {
        (e.type, e.actor.code, e.recipient.code)  # type: ignore[union-attr]
        for e in evs
        if e.modality == "asserted"
    }
    assert ("ASSAULT", "TUR", "SYR") in done


def test_an_obligation_is_not_yet_done(code: Code) -> None:
    evs = code("Thổ Nhĩ Kỳ phải tiến hành không kích vào Syria.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.modality == "asserted"]


def test_responsibility_for_an_incident_said_of_another(code: Code, keys: Keys) -> None:
    found = keys(code("Ba Lan cho rằng phía Belarus có trách nhiệm trong vụ xâm nhập biên giới."))
    assert ("ACCUSE", "POL", "BLR") in found

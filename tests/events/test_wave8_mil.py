"""Wave 8 (mil): attacks on a state's territory, "gần biên giới X", vows after an act
(TerritoryRules; sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_attack_on_a_states_territory(code: Code, keys: Keys) -> None:
    cases = [
        (
            "Ấn Độ đã tiến hành cuộc tấn công nhằm vào nhiều trại huấn luyện ở bên trong lãnh thổ"
            " Pakistan.",
            ("ASSAULT", "IND", "PAK"),
        ),
        (
            "Lực lượng Houthi tiến hành một đợt tấn công trên khu vực biên giới Saudi Arabia.",
            ("ASSAULT", "HOUTHI", "SAU"),
        ),
        ("Israel đã tấn công các mục tiêu nằm sâu trong lãnh thổ Iran.", ("ASSAULT", "ISR", "IRN")),
        (
            "Ukraine đã tấn công các kho đạn tại các tỉnh Belgorod, Kursk của Nga.",
            ("ASSAULT", "UKR", "RUS"),
        ),
    ]
    for text, key in cases:
        assert key in keys(code(text)), text


def test_places_of_a_state_need_only_names_between(code: Code, keys: Keys) -> None:
    # a border area with no state named, then another clause
    evs = keys(
        code("Hai bên đấu pháo dữ dội tại vùng biên giới, sau khi các nhà hoạt động Hàn Quốc đến.")
    )
    assert not any(k[0] == "ASSAULT" and k[2] == "KOR" for k in evs)


def test_near_a_border_is_where_not_whom(code: Code, keys: Keys) -> None:
    evs = keys(code("Chiếc trực thăng bị quân đội Ai Cập bắn hạ gần biên giới Libya."))
    assert ("ASSAULT", "EGY", "LBY") not in evs
    evs = keys(code("Máy bay Nga không kích các thị trấn của phiến quân gần biên giới với Jordan."))
    assert ("ASSAULT", "RUS", "JOR") not in evs
    evs = keys(
        code("Nga tiến hành các cuộc tập kích nhắm vào mục tiêu gần biên giới phía tây với Ba Lan.")
    )
    assert ("ASSAULT", "RUS", "POL") not in evs
    # the place before the border still counts
    evs = keys(code("Thổ Nhĩ Kỳ tấn công các tay súng người Kurd ở Syria gần biên giới Iraq."))
    assert ("ASSAULT", "TUR", "IRQ") not in evs
    assert ("ASSAULT", "TUR", "SYR") in evs


def test_vow_after_the_actors_own_act(code: Code, keys: Keys) -> None:
    evs = keys(
        code(
            "Bộ Ngoại giao Belarus đã triệu Đại sứ Litva để trao công hàm phản đối, đồng thời tuyên"
            " bố Belarus bảo lưu quyền trả đũa."
        )
    )
    assert ("THREATEN", "BLR", "LTU") in evs
    # no act of the actor before: no target guessed
    evs = keys(code("Belarus tuyên bố bảo lưu quyền trả đũa."))
    assert not any(k[0] == "THREATEN" for k in evs)


def test_rebels_of_a_country_are_not_its_state(code: Code, keys: Keys) -> None:
    evs = keys(code("Không quân Mỹ đã tấn công các tay súng Yemen thuộc nhóm Al-Qaeda."))
    assert ("ASSAULT", "USA", "YEM") not in evs
    evs = keys(code("Phiến quân Mali sát hại 12 binh sĩ Burkina Faso."))
    assert ("ASSAULT", "MLI", "BFA") not in evs
    # a named group, or the state itself, still counts
    assert ("ASSAULT", "HOUTHI", "USA") in keys(code("Phiến quân Houthi tấn công tàu của Mỹ."))
    assert ("ASSAULT", "USA", "YEM") in keys(code("Không quân Mỹ đã tấn công Yemen."))


def test_joint_drills(code: Code, keys: Keys) -> None:
    # "triển khai" is the light verb of the drill, not a deployment of its own
    evs = keys(code("Trung Quốc và Pakistan vừa bắt đầu triển khai cuộc tập trận quân sự chung."))
    assert ("COOPERATE", "CHN", "PAK") in evs or ("COOPERATE", "PAK", "CHN") in evs
    # the two subjects of a drill held with a third drill together too
    evs = keys(code("Ấn Độ và Australia đã bắt đầu cuộc tập trận chung với Nhật Bản."))
    assert {("COOPERATE", "IND", "JPN"), ("COOPERATE", "AUS", "JPN")} <= evs
    assert ("COOPERATE", "IND", "AUS") in evs or ("COOPERATE", "AUS", "IND") in evs
    # not for other joint acts
    evs = keys(code("Ấn Độ và Australia hợp tác với Nhật Bản."))
    assert ("COOPERATE", "IND", "AUS") not in evs and ("COOPERATE", "AUS", "IND") not in evs


def test_breadth_words(code: Code, keys: Keys) -> None:
    cases = [
        ("Máy bay Israel không tập vị trí của Hezbollah.", ("ASSAULT", "ISR", "HEZBOLLAH")),
        ("Triều Tiên phóng phi đạn về phía Nhật Bản.", ("ASSAULT", "PRK", "JPN")),
        ("Tàu hải cảnh Trung Quốc quấy nhiễu tàu cá Việt Nam.", ("COERCE", "CHN", "VNM")),
        ("Nga điều xe tăng áp sát biên giới Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        (
            "Hàn Quốc tuyên bố sẽ đưa ra phản ứng mạnh nếu Triều Tiên thử hạt nhân.",
            ("THREATEN", "KOR", "PRK"),
        ),
    ]
    for text, key in cases:
        assert key in keys(code(text)), text
    # "không tập trung": not an air raid
    assert not keys(code("Mỹ không tập trung vào Iran."))


def test_bans_and_frozen_accounts_are_sanctions(code: Code, keys: Keys) -> None:
    evs = keys(code("Nga cấm hoạt động đối với 20 công ty Anh."))
    assert ("SANCTION", "RUS", "GBR") in evs and ("COERCE", "RUS", "GBR") not in evs
    evs = keys(code("Canada đã phong tỏa tài khoản của 5 quan chức Iran."))
    assert ("SANCTION", "CAN", "IRN") in evs and ("COERCE", "CAN", "IRN") not in evs


def test_second_act_after_a_rejected_document(code: Code, keys: Keys) -> None:
    evs = keys(
        code(
            "Triều Tiên bác bỏ nghị quyết mới của Liên hợp quốc và cảnh báo sẽ có biện pháp"
            " đáp trả."
        )
    )
    assert ("REJECT", "PRK", "UN") in evs and ("THREATEN", "PRK", "UN") in evs
    evs = keys(code("Trung Quốc phản đối đề xuất của Mỹ và kêu gọi Nhật Bản kiềm chế."))
    assert ("REQUEST", "CHN", "JPN") in evs
    # what a vetoed draft says is still no act of the one who vetoes
    evs = keys(
        code("Nga phủ quyết một dự thảo nghị quyết của Mỹ lên án Syria và yêu cầu Syria rút quân.")
    )
    assert ("REQUEST", "RUS", "SYR") not in evs and ("ACCUSE", "RUS", "SYR") not in evs

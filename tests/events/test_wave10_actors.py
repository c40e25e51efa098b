"""Actor finding, wave 10 (sentences of our own): a hostile act named with its source "từ
(phía) X" is blamed on X by whoever reports, suffers or answers it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # the victim reports an attack "từ phía X"
            "Bộ Quốc phòng Armenia báo cáo rằng hai binh sĩ đã bị thương trong vụ tấn công từ"
            " phía Azerbaijan.",
            {("ACCUSE", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")},
            set(),
        ),
        (  # plain "từ X" after the attack noun and its modifiers; a place suffers it
            "Quân đội Armenia cho biết các làng biên giới hứng chịu các cuộc pháo kích bằng"
            " súng cối từ Azerbaijan.",
            {("ACCUSE", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")},
            set(),
        ),
        (  # the reporter after the clause
            "Một cuộc tấn công vô cớ từ Ấn Độ đã làm ba binh sĩ Pakistan thiệt mạng, quân đội"
            " Pakistan cho biết.",
            {("ACCUSE", "PAK", "IND"), ("ASSAULT", "IND", "PAK")},
            set(),
        ),
        (  # the subject answers the attacks
            "Thái Lan đã không kích các mục tiêu quân sự để đáp trả các đợt tập kích bằng"
            " rocket từ Campuchia.",
            {("ACCUSE", "THA", "KHM"), ("ASSAULT", "KHM", "THA")},
            set(),
        ),
        (  # a threat "từ phía X" answered: blamed, no attack
            "Ba Lan kêu gọi NATO tăng cường hiện diện quân sự để đối phó với mối đe dọa từ"
            " phía Nga.",
            {("ACCUSE", "POL", "RUS")},
            {("THREATEN", "RUS", "POL"), ("ASSAULT", "RUS", "POL")},
        ),
        (  # a provocation, an intrusion "từ phía X"
            "Hàn Quốc tuyên bố sẽ đáp trả mọi hành động khiêu khích từ phía Triều Tiên.",
            {("ACCUSE", "KOR", "PRK")},
            set(),
        ),
        (
            "Không quân Nhật Bản đã điều máy bay chiến đấu để ngăn chặn các vụ xâm phạm không"
            " phận từ phía Trung Quốc.",
            {("ACCUSE", "JPN", "CHN")},
            {("ASSAULT", "CHN", "JPN")},
        ),
        (  # "Theo X, …" tells who reports it
            "Theo Bộ Quốc phòng Nga, các cuộc tấn công bằng UAV từ phía Ukraine nhằm vào tỉnh"
            " Belgorod đã bị đánh chặn.",
            {("ACCUSE", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS")},
            set(),
        ),
        (  # "gây hấn" and a threat of reply
            "Seoul cho biết sẽ đáp trả mạnh mẽ mọi hành động gây hấn từ phía Bình Nhưỡng.",
            {("ACCUSE", "KOR", "PRK")},
            {("ASSAULT", "PRK", "KOR")},
        ),
        (  # others answer for the reporter: the reporter blames, nobody is said to be attacked
            "Tổng thống Ukraine nhấn mạnh Mỹ có đủ khả năng đáp trả các cuộc tấn công từ phía Nga.",
            {("ACCUSE", "UKR", "RUS")},
            {("ASSAULT", "RUS", "USA"), ("ACCUSE", "USA", "RUS")},
        ),
    ],
)
def test_hostile_act_from_a_side(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a launch site after "từ" is a place, not the author
        (
            "Ả Rập Xê Út cáo buộc Iran đứng sau các vụ phóng tên lửa từ Yemen.",
            {("ACCUSE", "SAU", "YEM"), ("ASSAULT", "YEM", "SAU")},
        ),
        # "của X" reports what happened: no claim
        (
            "Hàng chục người thiệt mạng do các cuộc không kích của Israel tại Gaza.",
            {("ACCUSE", "PSE", "ISR")},
        ),
        # a third party reports the attacks on someone else: the attack, no accusation by it
        (
            "Mỹ cho biết Ukraine tiếp tục hứng chịu các cuộc tấn công từ phía Nga.",
            {("ACCUSE", "USA", "RUS"), ("ASSAULT", "RUS", "USA")},
        ),
        # several parties drill against a threat: nobody speaks
        (
            "Mỹ và Nhật Bản bắt đầu cuộc tập trận chung với Hàn Quốc nhằm chống lại mối đe dọa"
            " tên lửa từ Triều Tiên.",
            {("ACCUSE", "USA", "PRK"), ("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")},
        ),
        # a hostile act only feared blames no one
        (
            "Mỹ duy trì lực lượng tại Hàn Quốc để đối phó với sự xâm lược tiềm tàng từ phía"
            " Triều Tiên.",
            {("ACCUSE", "USA", "PRK")},
        ),
        # a dateline is no subject
        (
            "HN - Theo hãng tin Yonhap, Hàn Quốc và Mỹ tập trận nhằm chống lại mối đe dọa từ"
            " Triều Tiên.",
            {("ACCUSE", "VNM", "PRK")},
        ),
        # a direction after "từ phía" names no one
        (
            "Nga có thể tấn công Ukraine từ phía Bắc.",
            {("ACCUSE", "UKR", "RUS")},
        ),
    ],
)
def test_hostile_act_not_blamed(code: Code, keys: Keys, text: str, wrong: set) -> None:
    got = keys(code(text), None)
    assert not wrong & got, text


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # the state left expels; the embassy names the diplomat's state
            "Bộ Ngoại giao Ba Lan thông báo hai nhà ngoại giao tại Đại sứ quán Belarus ở Warsaw"
            " phải rời khỏi Ba Lan trong vòng 72 giờ.",
            {("SANCTION", "POL", "BLR")},
            {("SANCTION", "BLR", "POL")},
        ),
        (  # "rời khỏi đất nước": the reporter's country
            "Ngoại trưởng Algeria tuyên bố toàn bộ nhân viên đại sứ quán của Morocco phải rời"
            " khỏi đất nước trong vòng 48 giờ.",
            {("SANCTION", "DZA", "MAR")},
            set(),
        ),
        (  # "bị buộc rời khỏi X"
            "Đại sứ Iran cho biết ba thành viên phái đoàn ngoại giao Iran vừa bị buộc rời khỏi"
            " Đức.",
            {("SANCTION", "DEU", "IRN")},
            set(),
        ),
    ],
)
def test_diplomats_made_to_leave(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


@pytest.mark.parametrize(
    "text",
    [
        "Các nhà ngoại giao Mỹ có thể phải rời khỏi Venezuela nếu căng thẳng leo thang.",
        "Đại sứ Pháp đã rời khỏi Niger sau khi kết thúc nhiệm kỳ.",
        "Các nhà ngoại giao Nhật Bản sẽ phải rời khỏi Nga trước cuối tháng.",
    ],
)
def test_leaving_without_expulsion(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "SANCTION"}, text

"""Wave 19 (g): third parties' reactions and the acts they react to (nineteenth session).

When X welcomes, condemns, discusses, warns about or refuses to condemn an act of others, X's
reaction is coded with its own parties and the embedded act only with its own: a prisoner
swap welcomed "giữa A và B" is A's and B's, an act a decision "của Y" names is Y's, a measure
discussed "đối với Y" makes no talks with Y, a sanction vetoed is not imposed, a refusal to
condemn condemns no one and rejects no one, and a warning that Y is preparing an attack is no
threat to Y. Found by coding batteries of sentences written for this purpose from general
knowledge of how Vietnamese outlets word world news. Each case naming events failed before
its fix; cases naming only absent events guard a fix from reaching too far. Every sentence is
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

REACTIONS: list[Case] = [
    # a swap welcomed "giữa A và B" is between A and B, not the one welcoming it
    (
        "Nhà Trắng hoan nghênh thỏa thuận trao đổi tù nhân giữa Nga và Ukraine.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        {("CONCEDE", "USA", "RUS"), ("AGREE", "USA", "RUS"), ("AGREE", "RUS", "USA")},
    ),
    (
        "Việt Nam hoan nghênh thỏa thuận trao đổi tù nhân giữa Mỹ và Iran.",
        {("CONCEDE", "USA", "IRN")},
        {("CONCEDE", "VNM", "USA"), ("AGREE", "VNM", "USA")},
    ),
    # ... and the two sides' own swap is still theirs
    (
        "Nga và Ukraine đã tiến hành trao đổi tù nhân.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        set(),
    ),
    # an act named by a decision "của Y" is Y's, not the welcomer's
    (
        "Ukraine hoan nghênh quyết định của EU trừng phạt thêm các công ty Nga.",
        {("SANCTION", "EU", "RUS")},
        {("SANCTION", "UKR", "RUS")},
    ),
    (
        "Mỹ hoan nghênh quyết định của Hàn Quốc gửi viện trợ nhân đạo cho Ukraine.",
        {("AID", "KOR", "UKR")},
        {("AID", "USA", "UKR")},
    ),
    # a measure discussed "đối với Y" makes no talks with Y
    (
        "EU đang thảo luận gói trừng phạt thứ 15 đối với Nga.",
        set(),
        {("CONSULT", "EU", "RUS"), ("CONSULT", "RUS", "EU")},
    ),
    (
        "Các bộ trưởng ngoại giao EU đã thảo luận về khả năng áp đặt thêm trừng phạt đối với Iran.",
        set(),
        {("CONSULT", "EU", "IRN"), ("CONSULT", "IRN", "EU"), ("SANCTION", "EU", "IRN")},
    ),
    # ... but a partner named after "với" is met
    (
        "Ngoại trưởng Pháp thảo luận với người đồng cấp Đức về lệnh trừng phạt đối với Iran.",
        {("CONSULT", "FRA", "DEU")},
        set(),
    ),
    # ... and two named sides who discuss one still meet
    (
        "Thủ tướng Anh và Tổng thống Pháp thảo luận về lệnh trừng phạt đối với Nga.",
        {("CONSULT", "GBR", "FRA")},
        {("CONSULT", "GBR", "RUS"), ("CONSULT", "FRA", "RUS")},
    ),
    # an act a decision criticised names was decided, so it is done
    (
        "Nga chỉ trích quyết định của Mỹ cung cấp tên lửa tầm xa cho Ukraine.",
        {("ACCUSE", "RUS", "USA"), ("AID", "USA", "UKR")},
        set(),
    ),
    # a sanctions package vetoed is not imposed
    (
        "Hungary sẽ phủ quyết gói trừng phạt mới của EU đối với Nga.",
        set(),
        {("SANCTION", "EU", "RUS")},
    ),
    # ... and the package vetoed is its author's, not its beneficiary's
    (
        "Hungary đã phủ quyết gói viện trợ của EU cho Ukraine.",
        {("REJECT", "HUN", "EU")},
        {("REJECT", "HUN", "UKR"), ("AID", "EU", "UKR")},
    ),
    # a refusal to condemn condemns no one and rejects no one
    (
        "Mỹ từ chối lên án Israel về vụ không kích.",
        set(),
        {("REJECT", "USA", "ISR"), ("ACCUSE", "USA", "ISR")},
    ),
    (
        "Ấn Độ từ chối chỉ trích Moskva tại Liên hợp quốc.",
        set(),
        {("REJECT", "IND", "RUS"), ("ACCUSE", "IND", "RUS")},
    ),
    # a warning that Y is preparing an attack is about Y, no threat to Y
    (
        "Tổng thống Zelensky cảnh báo Nga đang chuẩn bị tấn công quy mô lớn vào Kharkiv.",
        set(),
        {("THREATEN", "UKR", "RUS")},
    ),
    (
        "Ba Lan cảnh báo Nga có thể tấn công các nước NATO trong vòng vài năm tới.",
        set(),
        {("THREATEN", "POL", "RUS")},
    ),
    # ... and so is "phía Y", and any act Y is said to plot
    (
        "Tổng thống Ukraine Volodymyr Zelensky cho biết Nga đang tập trung quân gần Sumy. Ông "
        "cảnh báo phía Nga đang chuẩn bị một cuộc tấn công mới.",
        set(),
        {("THREATEN", "UKR", "RUS")},
    ),
    (
        "Tổng thống Pháp cảnh báo Nga đang tìm cách can thiệp bầu cử ở châu Âu.",
        set(),
        {("THREATEN", "FRA", "RUS")},
    ),
    # ... but a warning to Y of what Y will suffer still threatens Y
    ("Mỹ cảnh báo Nga sẽ phải trả giá đắt.", {("THREATEN", "USA", "RUS")}, set()),
    ("Mỹ cảnh báo Iran về hậu quả nghiêm trọng.", {("THREATEN", "USA", "IRN")}, set()),
    # a killing condemned by name: its victim is no one accused
    (
        "Thổ Nhĩ Kỳ lên án vụ ám sát nhà lãnh đạo Hamas tại Tehran.",
        set(),
        {("ACCUSE", "TUR", "HAMAS")},
    ),
    (
        "Đức lên án vụ sát hại nhà báo Ả Rập Saudi ở Istanbul.",
        set(),
        {("ACCUSE", "DEU", "SAU")},
    ),
    # ... but its author named "của" is
    (
        "Iran lên án vụ ám sát tướng Iran của Israel ở Syria.",
        {("ACCUSE", "IRN", "ISR")},
        set(),
    ),
    # a measure discussed with its target as the verb's object, or aid discussed "cho Y"
    (
        "Ngoại trưởng các nước G7 thảo luận biện pháp trừng phạt Iran.",
        set(),
        {("CONSULT", "G7", "IRN"), ("CONSULT", "IRN", "G7")},
    ),
    (
        "Các ngoại trưởng NATO thảo luận việc tăng cường viện trợ quân sự cho Ukraine.",
        set(),
        {("CONSULT", "NATO", "UKR"), ("CONSULT", "UKR", "NATO")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REACTIONS)
def test_reactions(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not (absent & got), (text, got)

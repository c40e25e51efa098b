"""Wave 18g: general constructions the first round of wave 18 noticed and left: a request
turned down in the next clause ("A đề nghị đàm phán, song B từ chối"), what a single party
agrees to do to another's property ("G7 nhất trí sử dụng tài sản … của Nga"), a state taken
off a list ("gỡ Cuba khỏi danh sách …"), a second verb joined to a reporter's own ("tuyên bố
kiên quyết phản đối và sẽ có biện pháp đáp trả …"), the parties asked named by the conflict
("kêu gọi các bên … căng thẳng giữa A và B"), a name ending in a word a trigger must not
follow ("Nhật Bản thỏa thuận"), and an objection of its own after an act told with no event
("… lãnh hải Philippines. Manila đã phản đối.").

Every sentence is written for these tests; each case naming events failed before its fix, the
others guard it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # a request with no addressee, turned down after "song/nhưng": each side named by the other
    (
        "Ba Lan đề nghị đàm phán, song Berlin từ chối.",
        {("REQUEST", "POL", "DEU"), ("REJECT", "DEU", "POL")},
        set(),
    ),
    (
        "Hàn Quốc đề nghị tổ chức hội đàm cấp cao, nhưng Bình Nhưỡng đã thẳng thừng từ chối.",
        {("REQUEST", "KOR", "PRK"), ("REJECT", "PRK", "KOR")},
        set(),
    ),
    (
        "Ukraine yêu cầu bồi thường, song Moskva bác bỏ.",
        {("REQUEST", "UKR", "RUS"), ("REJECT", "RUS", "UKR")},
        set(),
    ),
    # no refusal after the turn: nothing asked of anyone
    (
        "Thái Lan yêu cầu dẫn độ nghi phạm, song Campuchia chưa phản hồi.",
        set(),
        {("REQUEST", "THA", "KHM")},
    ),
    # one party agreeing to act on what another owns does not agree with it
    (
        "G7 nhất trí sử dụng tài sản bị phong tỏa của Nga để hỗ trợ Ukraine.",
        set(),
        {("AGREE", "G7", "RUS")},
    ),
    (
        "EU nhất trí gia hạn các biện pháp trừng phạt đối với Nga.",
        {("SANCTION", "EU", "RUS")},
        {("AGREE", "EU", "RUS")},
    ),
    (
        "EU đã nhất trí áp đặt lệnh cấm vận đối với các quan chức của Iran và Syria.",
        set(),
        {("AGREE", "EU", "IRN"), ("AGREE", "EU", "SYR")},
    ),
    # the partner after "với" stays
    (
        "Australia nhất trí ký thỏa thuận quốc phòng với Papua New Guinea.",
        {("AGREE", "AUS", "PNG")},
        set(),
    ),
    # a state taken off a list
    ("Mỹ đã gỡ Cuba khỏi danh sách các nước tài trợ khủng bố.", {("CONCEDE", "USA", "CUB")}, set()),
    (
        "Bộ Tài chính Mỹ xóa Nga khỏi danh sách theo dõi tiền tệ.",
        {("CONCEDE", "USA", "RUS")},
        set(),
    ),
    # the reporter's own verb, then a second joined to it: both the reporter's
    (
        "Bộ Ngoại giao Trung Quốc tuyên bố kiên quyết phản đối và sẽ có biện pháp đáp trả việc"
        " Mỹ bán vũ khí cho Đài Loan.",
        {("ACCUSE", "CHN", "USA"), ("THREATEN", "CHN", "USA")},
        set(),
    ),
    (
        "Bộ Ngoại giao Nga tuyên bố kiên quyết phản đối và sẽ có biện pháp đáp trả các lệnh trừng"
        " phạt mới của EU.",
        {("THREATEN", "RUS", "EU")},
        set(),
    ),
    # the parties asked, named by the conflict in the sentence
    (
        "Tổng thư ký Liên hợp quốc kêu gọi tất cả các bên kiềm chế trong bối cảnh căng thẳng giữa"
        " Israel và Iran leo thang.",
        {("REQUEST", "UN", "ISR"), ("REQUEST", "UN", "IRN")},
        set(),
    ),
    (
        '"Chúng tôi kêu gọi các bên kiềm chế tối đa", Ngoại trưởng Đức nói về căng thẳng giữa Ấn'
        " Độ và Pakistan.",
        {("REQUEST", "DEU", "IND"), ("REQUEST", "DEU", "PAK")},
        set(),
    ),
    # "Nhật Bản" ends in "bản", which no longer reads as "bản thỏa thuận"
    (
        "Philippines và Nhật Bản thỏa thuận chia sẻ thông tin tình báo quân sự.",
        {("AGREE", "PHL", "JPN")},
        set(),
    ),
    # an objection of its own after an act told with no event: against that act's subject
    (
        "Tàu Trung Quốc đi vào lãnh hải Philippines. Manila đã phản đối.",
        {("ACCUSE", "PHL", "CHN")},
        set(),
    ),
    (
        "Máy bay quân sự Nga xâm phạm không phận Nhật Bản. Tokyo đã phản đối mạnh mẽ.",
        {("ACCUSE", "JPN", "RUS")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_wave18g_cases(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"

"""Wave 19 (h): quotes, reported speech and conditions (nineteenth session, second round).

Found by coding a battery of sentences written for this purpose from general knowledge of how
Vietnamese outlets word world news: refusals bound to an exception asked of the other side
("trừ khi"), acts bound to a condition stated after them ("chỉ … khi"), a quoted label then its
speaker and the act it is said of (or split around the speaker), labels of statements, measures
and named drills, a speaker's "X: Chúng tôi …", claims called made up and regions pushed to the
brink of war. Each case naming events failed before its fix; cases naming only absent events
guard a fix from reaching too far. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CONDITIONS: list[Case] = [
    # a refusal bound to an exception: refused to the other side, and the exception asked of it
    (
        "Hamas từ chối thả con tin trừ khi Israel rút quân khỏi Gaza.",
        {("REJECT", "HAMAS", "ISR"), ("REQUEST", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Venezuela không chấp nhận đề nghị của Mỹ, trừ khi Washington dỡ bỏ cấm vận.",
        {("REJECT", "VEN", "USA"), ("REQUEST", "VEN", "USA")},
        set(),
    ),
    (
        "Iran từ chối nối lại thanh sát trừ khi phương Tây gỡ bỏ trừng phạt.",
        set(),
        {("REQUEST", "IRN", "IRN")},
    ),
    # ... and so is a vow not to act, "sẽ không <act> … trừ khi Y"
    (
        "Hamas cho biết sẽ không trao trả con tin trừ khi Israel chấm dứt chiến tranh.",
        {("REJECT", "HAMAS", "ISR"), ("REQUEST", "HAMAS", "ISR")},
        set(),
    ),
    # "chỉ … khi/nếu": an act bound to a condition after it is not done
    (
        "Iran chỉ nối lại đàm phán hạt nhân với Mỹ khi Washington dỡ bỏ toàn bộ lệnh trừng phạt.",
        set(),
        {("CONSULT", "IRN", "USA")},
    ),
    (
        "Triều Tiên chỉ đối thoại với Hàn Quốc nếu Seoul ngừng tập trận.",
        set(),
        {("CONSULT", "PRK", "KOR")},
    ),
    # ... nor is an act inside that condition
    (
        "Thổ Nhĩ Kỳ chỉ phê chuẩn đơn gia nhập NATO của Thụy Điển khi Stockholm đáp ứng các yêu "
        "cầu của Ankara.",
        set(),
        {("CONCEDE", "SWE", "TUR"), ("AGREE", "TUR", "SWE")},
    ),
    # ... while "chỉ" before a time ("chỉ 3 ngày sau khi") sets no condition
    (
        "Lima triệu hồi đại sứ chỉ hai ngày sau khi Mexico cắt đứt quan hệ ngoại giao với Peru.",
        {("SANCTION", "MEX", "PER")},
        set(),
    ),
    # ... but a condition with no "chỉ" before the act leaves a done act done
    (
        "Iran nối lại đàm phán hạt nhân với Mỹ khi căng thẳng trong khu vực giảm bớt.",
        {("CONSULT", "IRN", "USA")},
        set(),
    ),
]

QUOTES_LABELS: list[Case] = [
    # a quoted label first, then its speaker and the act it is said of ("nói về … của Y")
    (
        "“Đây là hành động khiêu khích nghiêm trọng”, Ngoại trưởng Nhật Bản nói về vụ phóng tên "
        "lửa của Triều Tiên.",
        {("ACCUSE", "JPN", "PRK")},
        set(),
    ),
    (
        '"Đây là sự can thiệp thô bạo vào công việc nội bộ của Trung Quốc", bà Mao Ninh nói về '
        "tuyên bố của G7.",
        {("ACCUSE", "CHN", "G7")},
        set(),
    ),
    # ... with no act named, the act just told, by its author
    (
        "Iran bắt giữ một tàu chở dầu của Hy Lạp ở vùng Vịnh. “Đây là hành vi cướp biển”, người "
        "phát ngôn Bộ Ngoại giao Mỹ nói.",
        {("ACCUSE", "USA", "IRN")},
        set(),
    ),
    # ... a praising quote accuses no one
    (
        "“Đây là bước đi quan trọng”, Ngoại trưởng Nhật Bản nói về quyết định của Hàn Quốc.",
        set(),
        {("ACCUSE", "JPN", "KOR")},
    ),
    # a quotation split around its speaker, the label in its second half
    (
        "“Các lệnh trừng phạt này”, Ngoại trưởng Lavrov nói, “là hành động thù địch của "
        "Washington”.",
        {("ACCUSE", "RUS", "USA")},
        set(),
    ),
    # a drill named with its parties, labelled hostile
    (
        "Triều Tiên gọi cuộc tập trận chung Mỹ - Hàn là hành động chuẩn bị chiến tranh xâm lược.",
        {("ACCUSE", "PRK", "USA"), ("ACCUSE", "PRK", "KOR")},
        set(),
    ),
    # a statement by a titled owner labelled as propaganda
    (
        "Ông Lavrov gọi tuyên bố của Ngoại trưởng Ba Lan là luận điệu tuyên truyền.",
        {("ACCUSE", "RUS", "POL")},
        set(),
    ),
]


SPEECH: list[Case] = [
    # a speaker, a colon and "we": the speaker acts
    (
        "Ngoại trưởng Anh: Chúng tôi sẽ tiếp tục ủng hộ Ukraine.",
        {("SUPPORT", "GBR", "UKR")},
        set(),
    ),
    # a claim called made up (a headline "X: …"): rejected, and the claim was made
    (
        "Iran: Cáo buộc của Israel là hoàn toàn bịa đặt.",
        {("REJECT", "IRN", "ISR")},
        set(),
    ),
    # a speaker saying Y pushes a region to the brink of war accuses Y
    (
        "Triều Tiên: Mỹ và Hàn Quốc đang đẩy bán đảo tới bờ vực chiến tranh.",
        {("ACCUSE", "PRK", "USA"), ("ACCUSE", "PRK", "KOR")},
        set(),
    ),
    # a measure of Y's labelled worthless
    ("Iran gọi lệnh trừng phạt mới của Mỹ là vô giá trị.", {("ACCUSE", "IRN", "USA")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), [*CONDITIONS, *QUOTES_LABELS, *SPEECH])
def test_wave19_h(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"

"""Wave 19 (a): accusations, condemnation and criticism in the wordings of ordinary news.

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese outlets word world news (headlines, long leads, quotes, nominal charges, fronted
passives), not from any annotated set. Each case naming events failed before its fix; cases
naming only absent events guard a fix from reaching too far. Every sentence is written for
these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # a weak state name ("Nga", "Mỹ") beside a foreign or international organisation is the
    # state: the organisation makes the text world news
    ("Nga tố NATO đẩy châu Âu tới bờ vực chiến tranh.", {("ACCUSE", "RUS", "NATO")}, set()),
    ("Mỹ đổ lỗi cho Hamas về việc đàm phán ngừng bắn đổ vỡ.", {("ACCUSE", "USA", "HAMAS")}, set()),
    ("Nga gọi lệnh trừng phạt mới của EU là bất hợp pháp.", {("ACCUSE", "RUS", "EU")}, set()),
    # ... and so it is beside a known foreign person (a headline "X: Y …")
    (
        "Ngoại trưởng Vương Nghị: Mỹ đang kích động xung đột ở châu Á.",
        {("ACCUSE", "CHN", "USA")},
        set(),
    ),
    # ... and one member of a bloc left unnamed is not the bloc; the bloc itself stays
    (
        "Nga cảnh báo quốc gia EU về hành vi khiêu khích trên biên giới.",
        set(),
        {("THREATEN", "RUS", "EU")},
    ),
    ("Nga cảnh báo các nước EU về hậu quả của lệnh cấm vận.", {("THREATEN", "RUS", "EU")}, set()),
    # "đồng loạt" (all at once) is an adverb, not a noun like "loạt"
    (
        "Nhật Bản và Hàn Quốc đồng loạt lên án vụ thử tên lửa đạn đạo của Triều Tiên.",
        {("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")},
        set(),
    ),
    # "bất kỳ cáo buộc nào": no charge was made
    (
        "Nga chưa đưa ra bất kỳ cáo buộc nào đối với Mỹ liên quan đến vụ việc.",
        set(),
        {("ACCUSE", "RUS", "USA")},
    ),
    # a charge named as a noun with its author and its target was made
    (
        "Cáo buộc của Moskva nhằm vào London được đưa ra sau khi hai nhà ngoại giao bị trục xuất.",
        {("ACCUSE", "RUS", "GBR")},
        set(),
    ),
    (
        "Những lời chỉ trích của Thổ Nhĩ Kỳ nhằm vào Thụy Điển khiến tiến trình phê chuẩn bị "
        "trì hoãn.",
        {("ACCUSE", "TUR", "SWE")},
        set(),
    ),
    (
        "Lời cáo buộc của Ukraine đối với Belarus chưa được kiểm chứng.",
        {("ACCUSE", "UKR", "BLR")},
        set(),
    ),
    # ... and one the sentence answers, fronted: the party after the comma is its target
    (
        "Trước những lời chỉ trích của Liên minh châu Âu, Hungary khẳng định sẽ không thay đổi "
        "lập trường.",
        {("ACCUSE", "EU", "HUN")},
        set(),
    ),
    # "nước này" is a state, never an organisation with a three-letter code
    (
        "Israel bác bỏ cáo buộc của Nam Phi tại Tòa án Công lý Quốc tế rằng nước này phạm tội "
        "diệt chủng ở Gaza.",
        {("REJECT", "ISR", "ZAF"), ("ACCUSE", "ZAF", "ISR")},
        {("ACCUSE", "ZAF", "ICJ")},
    ),
    # a court a charge is filed with hears it when the accused is named ...
    (
        "Nam Phi đã đệ đơn lên Tòa án Công lý Quốc tế, cáo buộc Israel vi phạm Công ước về "
        "diệt chủng.",
        {("ACCUSE", "ZAF", "ISR")},
        {("ACCUSE", "ZAF", "ICJ")},
    ),
    # ... a quote closed by "viết trên (mạng xã hội)" or "bình luận" is its speaker's
    (
        '"Chúng tôi lên án mạnh mẽ vụ tấn công của Nga nhằm vào lưới điện", Tổng thống Pháp '
        "viết trên mạng xã hội.",
        {("ACCUSE", "FRA", "RUS")},
        set(),
    ),
    (
        '"Nga đang vi phạm luật pháp quốc tế", Ngoại trưởng Anh bình luận.',
        {("ACCUSE", "GBR", "RUS")},
        set(),
    ),
    # criticism suffered "từ X" (as "từ phía X"): X is the critic, the sufferer its target
    (
        "Thủ tướng Hungary vấp phải chỉ trích từ Liên minh châu Âu sau chuyến thăm Moskva.",
        {("ACCUSE", "EU", "HUN")},
        {("ACCUSE", "HUN", "EU")},
    ),
    (
        "Israel hứng chịu chỉ trích gay gắt từ Mỹ sau vụ không kích.",
        {("ACCUSE", "USA", "ISR")},
        {("ACCUSE", "ISR", "USA")},
    ),
    # a fronted passive opening the sentence: "Bị X cáo buộc …, Y …" (Y is accused by X)
    (
        "Bị Mỹ cáo buộc gian lận thương mại, Trung Quốc phản pháo rằng Washington theo đuổi chủ "
        "nghĩa bảo hộ.",
        {("ACCUSE", "USA", "CHN")},
        set(),
    ),
    (
        "Bị Nga chỉ trích gay gắt, Phần Lan vẫn quyết định gia nhập NATO.",
        {("ACCUSE", "RUS", "FIN")},
        {("ACCUSE", "FIN", "RUS")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_wave19_accusations(
    code: Code,
    keys: Keys,
    text: str,
    present: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    got = keys(code(text))
    assert present <= got, (text, present - got)
    assert not (absent & got), (text, absent & got)

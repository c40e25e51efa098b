"""Wave 12 breadth (bracc): ACCUSE and PROTEST rows at the end of triggers.tsv.

Criticism, condemnation, blame, charges, complaints, lawsuits and formal protests in the
wording of Vietnamese news. Every sentence is written for these tests from general knowledge
of the language, none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        # criticism and allegations after a light verb and "lời"
        ("Bắc Kinh buông lời chỉ trích Mỹ về vấn đề Đài Loan.", "ACCUSE", "CHN", "USA"),
        # formal protests: ACCUSE and PROTEST
        ("Nhật Bản mạnh mẽ phản đối Trung Quốc về giàn khoan.", "PROTEST", "JPN", "CHN"),
        ("Philippines phản đối chính thức với Trung Quốc sau vụ va chạm.", "PROTEST", "PHL", "CHN"),
        ("Hàn Quốc bày tỏ sự phản đối mạnh mẽ đối với Nhật Bản.", "PROTEST", "KOR", "JPN"),
        ("Hàn Quốc phản đối qua kênh ngoại giao với Nhật Bản.", "PROTEST", "KOR", "JPN"),
        # blame shifted, counter-suits, complaints, investigations
        ("Nga đổ hết trách nhiệm cho Ukraine về vụ vỡ đập.", "ACCUSE", "RUS", "UKR"),
        ("Trung Quốc kiện ngược Mỹ lên WTO.", "ACCUSE", "CHN", "USA"),
        ("Mexico khiếu nại với Mỹ về thuế thép.", "ACCUSE", "MEX", "USA"),
        # headline verbs
        ("Trung Quốc lên lớp Mỹ về nhân quyền.", "ACCUSE", "CHN", "USA"),
        # what a speaker says another did (need=said)
        ("Ngoại trưởng Nga nói Mỹ đang đổ dầu vào lửa.", "ACCUSE", "RUS", "USA"),
        ("Tokyo nói Trung Quốc đơn phương thay đổi hiện trạng.", "ACCUSE", "JPN", "CHN"),
        ("Nga nói Mỹ vừa ăn cướp vừa la làng.", "ACCUSE", "RUS", "USA"),
        # crowds at an embassy, a flag burnt
        ("Hàng trăm người Serbia tập trung trước đại sứ quán Mỹ.", "PROTEST", "SRB", "USA"),
        ("Người biểu tình Iran đốt quốc kỳ Mỹ.", "PROTEST", "IRN", "USA"),
    ],
)
def test_wave12_bracc_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        # a film director, a class attended, a crime told by investigators: no accusation
        "Nhà đạo diễn Hàn Quốc thực hiện bộ phim tại Nhật Bản.",
        "Sinh viên Lào lên lớp học tiếng Việt tại Hà Nội.",
        "Cơ quan điều tra Thái Lan cho biết bị can chiếm đoạt hơn 10 tỷ đồng.",
    ],
)
def test_wave12_bracc_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text), None)
    assert not {k for k in evs if k[0] in {"ACCUSE", "PROTEST"}}, (text, evs)


def test_wave12_bracc_formal_protest_is_both(code: Code, keys: Keys) -> None:
    evs = keys(code("Trung Quốc kịch liệt phản đối Philippines về vụ việc ở bãi cạn."))
    assert {("ACCUSE", "CHN", "PHL"), ("PROTEST", "CHN", "PHL")} <= evs, evs

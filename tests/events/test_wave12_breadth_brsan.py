"""Wave 12 breadth (brsan): SANCTION and COERCE wording of the wave 12 block of triggers.tsv.

Tariffs, bans, export controls, asset freezes, visa bans, expulsions, seizures, detentions and
blockades. Every sentence is written for these tests from general knowledge of Vietnamese news
wording.
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
        # tariffs: a punitive duty named as a noun
        (
            "Ấn Độ công bố thuế chống bán phá giá đối với thép của Trung Quốc.",
            "SANCTION",
            "IND",
            "CHN",
        ),
        # bans and export controls
        ("Canada cấm máy bay Nga vào không phận.", "SANCTION", "CAN", "RUS"),
        ("Nhật Bản chặn xuất khẩu chất bán dẫn sang Hàn Quốc.", "SANCTION", "JPN", "KOR"),
        ("Mỹ hạn chế bán chip cho Trung Quốc.", "SANCTION", "USA", "CHN"),
        ("Trung Quốc ngưng giao thương với Litva.", "SANCTION", "CHN", "LTU"),
        ("Mỹ chỉ định Triều Tiên là nhà nước tài trợ khủng bố.", "SANCTION", "USA", "PRK"),
        # asset freezes, ties cut
        ("Mỹ đóng băng dự trữ ngoại hối của Afghanistan.", "SANCTION", "USA", "AFG"),
        ("Nicaragua đoạn giao với Đài Loan.", "SANCTION", "NIC", "TWN"),
        # visa bans
        ("Nga đình chỉ miễn thị thực cho công dân Nhật Bản.", "SANCTION", "RUS", "JPN"),
        ("Mỹ từ chối cấp thị thực cho phái đoàn Iran.", "SANCTION", "USA", "IRN"),
        # expulsions
        ("Canada tống xuất nhà ngoại giao Ấn Độ.", "SANCTION", "CAN", "IND"),
        ("Đức đuổi các nhà ngoại giao Nga.", "SANCTION", "DEU", "RUS"),
        # seizures, detentions, blockades
        ("Hải quân Iran giữ tàu chở dầu của Anh.", "COERCE", "IRN", "GBR"),
        ("Hàn Quốc bắt thêm hai công dân Triều Tiên.", "COERCE", "KOR", "PRK"),
        ("Nga cầm giữ thủy thủ Ukraine.", "COERCE", "RUS", "UKR"),
        ("Israel chặn đường tiếp tế vào Gaza.", "COERCE", "ISR", "PSE"),
    ],
)
def test_w12_brsan_rows_code_their_type(
    code: Code, keys: Keys, text: str, kind: str, a: str, b: str
) -> None:
    evs = keys(code(text))
    assert (kind, a, b) in evs, (text, evs)


@pytest.mark.parametrize(
    "text",
    [
        # "xếp" of "sắp xếp" is no listing; a court's travel ban on a suspect is no sanction
        "Công ty sắp xếp lại tàu hàng vào cảng.",
        "Tòa án ra lệnh cấm đi khỏi nơi cư trú đối với bị can.",
        # a duty investigated is not yet imposed
        "Nhật Bản điều tra thuế chống bán phá giá đối với thép Trung Quốc.",
        # an arrest with no actor object
        "Cảnh sát bắt thêm một đối tượng buôn ma túy.",
        # "đoạn giao" inside "gián đoạn giao thông"; a restriction lifted is no new sanction
        "Trung Quốc gây gián đoạn giao thông với Nga.",
        "Mỹ dỡ bỏ hạn chế đi lại đối với Cuba.",
    ],
)
def test_w12_brsan_rows_keep_out(code: Code, keys: Keys, text: str) -> None:
    evs = keys(code(text))
    assert not {k for k in evs if k[0] in {"SANCTION", "COERCE"}}, (text, evs)

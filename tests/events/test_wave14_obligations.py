"""Wave 14: what a speaker says another must do (events/obligations.py), who speaks a quotation
from an embassy abroad, and judgements of an act ("… là không thể chấp nhận được").

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
            "Ngoại trưởng Pháp hôm qua cho rằng Israel phải lập tức dừng không kích ở Lebanon.",
            ("REQUEST", "FRA", "ISR"),
        ),
        (
            "Trung Quốc nhấn mạnh rằng Ấn Độ phải rút quân khỏi khu vực biên giới.",
            ("REQUEST", "CHN", "IND"),
        ),
        ("Nga cho rằng Mỹ nên từ bỏ các lệnh trừng phạt.", ("REQUEST", "RUS", "USA")),
        ("Tổng thống Azerbaijan nói: “Iran phải xin lỗi chúng tôi”.", ("REQUEST", "AZE", "IRN")),
        ("“Iran phải xin lỗi Azerbaijan”, Tổng thống Azerbaijan nói.", ("REQUEST", "AZE", "IRN")),
        ("Nga tuyên bố Ukraine sẽ phải trả giá.", ("THREATEN", "RUS", "UKR")),
    ],
)
def test_what_another_must_do_is_a_demand(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Australia nhấn mạnh: “Indonesia và Australia phải trở thành đối tác tin cậy”.",
        "Nga cho biết Mỹ sẽ phải tăng chi tiêu quốc phòng trong năm tới.",
        "Nếu Iran phải nhượng bộ, Mỹ sẽ dỡ bỏ trừng phạt.",
    ],
)
def test_no_demand_without_a_speaker_asking(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "REQUEST"}


def test_a_departure_stays_an_expulsion(code: Code, keys: Keys) -> None:
    found = keys(
        code("Ngoại trưởng Nga nói các nhà ngoại giao Anh phải rời khỏi Nga trong một tuần.")
    )
    assert ("SANCTION", "RUS", "GBR") in found
    assert ("REQUEST", "RUS", "GBR") not in found


def test_an_embassy_abroad_speaks_for_its_state(code: Code, keys: Keys) -> None:
    text = (
        "Người phát ngôn Đại sứ quán Trung Quốc tại Ấn Độ cho biết hôm thứ Tư: “Chúng tôi kiên"
        " quyết phản đối việc phía Ấn Độ cấm các ứng dụng di động”."
    )
    found = keys(code(text))
    assert ("ACCUSE", "CHN", "IND") in found
    assert ("ACCUSE", "IND", "CHN") not in found


def test_an_aim_inside_the_act_judged_leaves_the_judgement_made(code: Code, keys: Keys) -> None:
    text = (
        "Ngoại trưởng Anh nói: “Những nỗ lực của Iran nhằm phá hoại an ninh khu vực là nguy hiểm"
        " và không thể chấp nhận được”."
    )
    assert ("ACCUSE", "GBR", "IRN") in keys(code(text))


def test_the_owner_of_the_act_judged_is_no_judge(code: Code, keys: Keys) -> None:
    text = (
        "Bắc Kinh phản đối danh sách hàng hóa bị áp thuế mà Washington vừa công bố, coi đây là"
        " hành động hoàn toàn không thể chấp nhận."
    )
    found = keys(code(text))
    assert ("ACCUSE", "CHN", "USA") in found
    assert ("ACCUSE", "USA", "CHN") not in found


def test_a_charge_against_the_speaker_is_the_speakers_accusation(code: Code, keys: Keys) -> None:
    text = (
        "Người phát ngôn Bộ Ngoại giao Trung Quốc nói rằng nghị sĩ Nhật Bản đã bôi nhọ Trung Quốc."
    )
    assert ("ACCUSE", "CHN", "JPN") in keys(code(text))


def test_a_speakers_own_vow_reports_nothing_about_the_other(code: Code, keys: Keys) -> None:
    text = (
        "Trung Quốc chỉ trích động thái của Mỹ là không thể chấp nhận, đồng thời khẳng định Bắc"
        " Kinh sẽ có biện pháp đáp trả."
    )
    found = keys(code(text))
    assert ("THREATEN", "CHN", "USA") in found
    assert ("ACCUSE", "USA", "CHN") not in found


def test_a_membership_aside_is_no_subject(code: Code, keys: Keys) -> None:
    text = (
        "Ngày 6/6, Mauritania, một thành viên Liên đoàn Arab (AL) cũng cắt đứt quan hệ với Qatar."
    )
    found = keys(code(text))
    assert ("SANCTION", "MRT", "QAT") in found
    assert ("SANCTION", "LAS", "QAT") not in found


def test_an_act_named_again_is_judged_against_each_author(code: Code, keys: Keys) -> None:
    text = (
        "EU và Anh áp đặt các lệnh trừng phạt mới đối với Iran. Người phát ngôn Bộ Ngoại giao Iran"
        " đã lên án mạnh mẽ các lệnh trừng phạt mới."
    )
    assert {("ACCUSE", "IRN", "EU"), ("ACCUSE", "IRN", "GBR")} <= keys(code(text))


def test_an_announcement_named_again_is_its_authors(code: Code, keys: Keys) -> None:
    text = "Thổ Nhĩ Kỳ thông báo sẽ khảo sát ở Đông Địa Trung Hải. Hy Lạp phản đối thông báo trên."
    assert ("ACCUSE", "GRC", "TUR") in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nga cho rằng quyết định của Estonia là vô lý.",
        "Bộ Ngoại giao Nga gọi quyết định của Estonia là “hành động vô lý và không thân thiện”.",
        "Nga cho rằng quyết định của Estonia là không công bằng.",
    ],
)
def test_an_act_called_unjust_is_an_accusation(code: Code, keys: Keys, text: str) -> None:
    assert ("ACCUSE", "RUS", "EST") in keys(code(text))


def test_a_long_title_after_a_quotation_speaks_it(code: Code, keys: Keys) -> None:
    text = (
        "“Chúng tôi yêu cầu Bình Nhưỡng chấm dứt hành động đó”, Hội đồng Tham mưu trưởng Liên quân"
        " Hàn Quốc (JCS) tuyên bố."
    )
    assert ("REQUEST", "KOR", "PRK") in keys(code(text))


def test_opposing_a_criticism_rejects_its_author(code: Code, keys: Keys) -> None:
    found = keys(code("Trung Quốc và Nga phản đối chỉ trích của Liên hợp quốc đối với Myanmar."))
    assert {("REJECT", "CHN", "UN"), ("REJECT", "RUS", "UN")} <= found
    assert not {k for k in found if "MMR" in k}  # the criticism is of Myanmar, not theirs
    assert ("ACCUSE", "UN", "CHN") not in found


def test_an_accusation_left_unlinked_is_about_the_next_party(code: Code, keys: Keys) -> None:
    text = (
        "Ngoại trưởng Nga cáo buộc việc Washington đặt câu hỏi về hành động của Moskva là đạo"
        " đức giả."
    )
    assert ("ACCUSE", "RUS", "USA") in keys(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam lên án mạnh mẽ vụ tấn công khủng bố và gửi lời chia buồn đến nhân dân Nga.",
        "Mỹ lên án cuộc phục kích nhằm vào đoàn xe của lực lượng gìn giữ hòa bình Liên hợp quốc.",
    ],
)
def test_a_victim_of_what_is_condemned_is_not_accused(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("EU kêu gọi Nga và Ukraine nối lại đàm phán.", "CONSULT"),
        ("Mỹ kêu gọi Israel và Hamas đạt thỏa thuận ngừng bắn.", "AGREE"),
    ],
)
def test_an_act_asked_of_two_parties_is_not_done(
    code: Code, keys: Keys, text: str, asked: str
) -> None:
    assert not {k for k in keys(code(text)) if k[0] == asked}

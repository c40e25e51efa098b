"""Wave 8 (stmt): accusations, protests and refusals in statements, and talks halted. A
speaker's judgement of a nominalised act ("X nói việc Y … / hành động của Y là …",
events/statements.py), judgements and broken trust in the ``# ===== stmt`` block of
triggers.tsv, "bên còn lại" as the other side, "từ chối bình luận" (no comment) as no refusal,
talks halted as a sanction. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # a judged act: "hành động của Y là …", "việc Y … đã vi phạm …"
    (
        "Ngoại trưởng Chile cho biết hành động của Argentina là một động thái thiếu thiện chí.",
        "ACCUSE",
        "CHL",
        "ARG",
    ),
    (
        "Người phát ngôn Bộ Ngoại giao Nhật Bản cho biết: Việc Triều Tiên phóng tên lửa hôm qua "
        "đã vi phạm nghiêm trọng các nghị quyết của Liên hợp quốc.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "Bộ Ngoại giao Ai Cập khẳng định các cuộc không kích gần đây của Israel vi phạm luật "
        "pháp quốc tế.",
        "ACCUSE",
        "EGY",
        "ISR",
    ),
    (
        "Ông Ahmed, Ngoại trưởng Jordan, nói: “Việc Israel mở rộng các khu định cư là trái với "
        "luật pháp quốc tế”.",
        "ACCUSE",
        "JOR",
        "ISR",
    ),
    # an act or a right named as a noun: its owner is judged, not the one it is done to
    ("Tổng thống Bolivia lên án sự ủng hộ của Mỹ với Israel.", "ACCUSE", "BOL", "USA"),
    ("Nga chỉ trích sự hiện diện quân sự của NATO ở Ba Lan.", "ACCUSE", "RUS", "NATO"),
    (
        "Nga lên tiếng chỉ trích sự can thiệp của Mỹ vào công việc nội bộ của Venezuela.",
        "ACCUSE",
        "RUS",
        "USA",
    ),
    # a diplomatic representative summoned
    (
        "Bộ Ngoại giao Bangladesh đã triệu tập đại diện ngoại giao Myanmar để phản đối vụ việc.",
        "PROTEST",
        "BGD",
        "MMR",
    ),
    ("Bộ Ngoại giao Trung Quốc triệu kiến tham tán Đại sứ quán Mỹ.", "ACCUSE", "CHN", "USA"),
    # harm a speaker says another's act does
    (
        "Hải quân Anh nhấn mạnh, việc Iran bắt giữ tàu chở dầu đã phá vỡ an ninh khu vực.",
        "ACCUSE",
        "GBR",
        "IRN",
    ),
    (
        "Bộ Thương mại Hàn Quốc nói: “Các hành động của Nhật Bản đã gây tổn hại nghiêm trọng đến "
        "lợi ích của doanh nghiệp”.",
        "ACCUSE",
        "KOR",
        "JPN",
    ),
    # a protest note received comes from the sender
    (
        "Đại biện Anh tại Tehran đã phải nhận công hàm phản đối từ Bộ Ngoại giao Iran.",
        "PROTEST",
        "IRN",
        "GBR",
    ),
    # talks halted with a party
    ("Iran hoãn vô thời hạn vòng đàm phán mới với Anh.", "SANCTION", "IRN", "GBR"),
    ("Nhật Bản ngưng vô thời hạn việc đối thoại an ninh với Nga.", "SANCTION", "JPN", "RUS"),
    ("Ấn Độ đình chỉ đối thoại với Pakistan sau vụ tấn công.", "SANCTION", "IND", "PAK"),
    # judgements of an act
    (
        "Người phát ngôn Điện Kremlin cho rằng phát ngôn của phía Anh là phi ngoại giao.",
        "ACCUSE",
        "RUS",
        "GBR",
    ),
    (
        "Bộ trưởng Thương mại Canada nói rằng quyết định của Mỹ là sai lầm.",
        "ACCUSE",
        "CAN",
        "USA",
    ),
    (
        "Tổng thống Pháp cho rằng Australia đã phá vỡ lòng tin giữa hai nước.",
        "ACCUSE",
        "FRA",
        "AUS",
    ),
    (
        "Ngoại trưởng Iran nói việc Anh bắt giữ tàu chở dầu là hành động liều lĩnh.",
        "ACCUSE",
        "IRN",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_judgements_of_an_act_are_accusations(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


def test_a_received_note_is_not_the_receivers(code: Code, keys: Keys) -> None:
    got = keys(
        code("Đại biện Anh tại Tehran đã phải nhận công hàm phản đối từ Bộ Ngoại giao Iran.")
    )
    assert ("PROTEST", "GBR", "IRN") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Ấn Độ và Pakistan đã cáo buộc bên còn lại vi phạm lệnh ngừng bắn.",
        "Armenia và Azerbaijan cáo buộc phía còn lại nổ súng trước.",
    ],
)
def test_each_accuses_the_other_side(code: Code, keys: Keys, text: str) -> None:
    """ "A và B cáo buộc bên còn lại …": each accuses the other, like "… cáo buộc nhau"."""
    got = {(a, r) for t, a, r in keys(code(text)) if t == "ACCUSE"}
    assert len(got) == 2 and all((r, a) in got for a, r in got)


def test_judges_together_judge_none_of_them(code: Code, keys: Keys) -> None:
    """Subjects that criticise a deal together are not each other's recipients, even when two of
    them were the two sides of the meeting before."""
    got = keys(
        code(
            "Ngoại trưởng Ai Cập và người đồng cấp Hy Lạp đã thảo luận về tình hình Libya. "
            "Ai Cập, Hy Lạp và Cyprus đã chỉ trích mạnh mẽ thỏa thuận."
        )
    )
    assert not any(t == "ACCUSE" for t, _a, _r in got), got


def test_the_first_owner_of_a_judged_act(code: Code, keys: Keys) -> None:
    """ "sự hỗ trợ của X trong … của Y": X gave the help."""
    got = keys(
        code(
            "Thủ tướng Pakistan cảm ơn sự hỗ trợ của Trung Quốc trong việc tái thiết của Pakistan."
        )
    )
    assert ("SUPPORT", "PAK", "CHN") in got
    got = keys(code("Tổng thống Bolivia lên án sự ủng hộ của Mỹ với Israel."))
    assert ("ACCUSE", "BOL", "ISR") not in got


@pytest.mark.parametrize(
    "text",
    [
        # no comment is no refusal
        "Bộ Quốc phòng Mỹ đã từ chối bình luận về vụ thử tên lửa của Iran.",
        "Đại sứ quán Nga từ chối trả lời câu hỏi về cuộc gặp với Ukraine.",
        # the article's own judgement has no accuser
        "Hành động của Israel là trái với luật pháp quốc tế.",
        # the "của" owner far from the head owns the object, not the act
        "Tổng thống Nga nói rằng vụ bắn hạ máy bay trực thăng quân sự của Syria là một hành động "
        "đâm sau lưng.",
        # the owner suffers the act
        "Ngoại trưởng Nga nói việc Syria bị tấn công là trái với luật pháp quốc tế.",
    ],
)
def test_no_statement_event(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert not any(t in ("REJECT", "ACCUSE") for t, _a, _r in got), got

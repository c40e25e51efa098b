"""Wave 8 (dipl): the parties of CONSULT, AGREE and COOPERATE (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]


def _dyads(events: list[Event], typ: str) -> set[frozenset[str]]:
    """The unordered dyads of the asserted events of one (symmetric) type."""
    return {
        frozenset((e.actor.code or "", e.recipient.code or ""))  # type: ignore[union-attr]
        for e in events
        if e.type == typ and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "typ", "pair"),
    [
        (
            "Thái Lan và Trung Quốc đã đồng ý tổ chức họp ba bên hằng tháng với Lào.",
            "AGREE",
            ("THA", "CHN"),
        ),
        ("Pháp và Đức đã nhất trí lên án vụ thử tên lửa của Triều Tiên.", "AGREE", ("FRA", "DEU")),
        ("Nga và Belarus tập trận quy mô lớn gần biên giới Ba Lan.", "COOPERATE", ("RUS", "BLR")),
        ("Mỹ, Hàn Quốc và Nhật Bản tập trận đối phó Triều Tiên.", "COOPERATE", ("USA", "JPN")),
    ],
)
def test_co_subjects_are_the_parties(
    code: Code, text: str, typ: str, pair: tuple[str, str]
) -> None:
    """The state named in the complement (what was agreed, where or against whom the exercise
    is) is no party of the agreement or the joint act."""
    dyads = _dyads(code(text), typ)
    assert frozenset(pair) in dyads
    assert all(d <= {"THA", "CHN", "FRA", "DEU", "RUS", "BLR", "USA", "KOR", "JPN"} for d in dyads)


def test_partner_after_the_trigger_stays_the_partner(code: Code) -> None:
    """'A, B và C khôi phục quan hệ với D': each restores ties with D, not with each other."""
    dyads = _dyads(
        code("Saudi Arabia, UAE và Ai Cập đã khôi phục quan hệ ngoại giao với Qatar."),
        "COOPERATE",
    )
    assert frozenset(("SAU", "QAT")) in dyads
    assert frozenset(("SAU", "EGY")) not in dyads


def test_agreeing_with_a_partner_right_after_the_verb(code: Code) -> None:
    dyads = _dyads(code("Mỹ và Nhật Bản nhất trí với Hàn Quốc về kế hoạch chung."), "AGREE")
    assert frozenset(("USA", "KOR")) in dyads


@pytest.mark.parametrize(
    ("text", "pair", "third"),
    [
        (
            "Một ngày sau Hội nghị thượng đỉnh Nga-Triều, Hàn Quốc đã lên án hiệp định mới.",
            ("RUS", "PRK"),
            "KOR",
        ),
        (
            "Ngoại trưởng Mỹ cảm ơn Việt Nam đã đăng cai cuộc gặp thượng đỉnh Hoa Kỳ - Triều Tiên.",
            ("USA", "PRK"),
            "VNM",
        ),
    ],
)
def test_meeting_named_by_its_parties(
    code: Code, text: str, pair: tuple[str, str], third: str
) -> None:
    """'Hội nghị thượng đỉnh A - B': A meets B; a third state in the sentence did not meet."""
    dyads = _dyads(code(text), "CONSULT")
    assert frozenset(pair) in dyads
    assert not any(third in d for d in dyads)


def test_paramilitary_is_no_sale(code: Code) -> None:
    """'bán quân sự' (paramilitary) is an adjective, not the verb 'bán' (sell)."""
    evs = code("RSF là tổ chức bán quân sự đang đối đầu với quân đội Sudan.")
    assert "COOPERATE" not in {e.type for e in evs}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mỹ đàm phán về thuế quan với Trung Quốc.", ("USA", "CHN")),
        ("Ngoại trưởng Ai Cập đã thảo luận về tình hình Gaza với Ngoại trưởng Mỹ.", ("EGY", "USA")),
        ("Thủ tướng Đức đã tiến hành đàm phán về thỏa thuận khí đốt với Qatar.", ("DEU", "QAT")),
    ],
)
def test_talk_partner_after_the_topic(code: Code, text: str, pair: tuple[str, str]) -> None:
    """'đàm phán về Z với X': X is the partner of the talks."""
    assert frozenset(pair) in _dyads(code(text), "CONSULT")


def test_relation_topic_names_no_partner(code: Code) -> None:
    """'thảo luận về quan hệ với X': X is what is talked about."""
    assert not _dyads(code("Nhật Bản thảo luận về quan hệ với Trung Quốc."), "CONSULT")


def test_agreeing_to_condemn_is_no_agreement_with_the_condemned(code: Code) -> None:
    evs = code(
        "Các nước thành viên Liên hợp quốc đã nhất trí lên án vụ thử tên lửa của Triều Tiên."
    )
    assert frozenset(("UN", "PRK")) not in _dyads(evs, "AGREE")
    evs = code(
        "Thủ tướng Nhật Bản và Tổng thống Philippines nhất trí phản đối mọi hành vi cưỡng ép."
    )
    assert frozenset(("JPN", "PHL")) in _dyads(evs, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Ai Cập, nhà trung gian hòa giải cho xung đột Israel - Hamas, đã yêu cầu Mỹ gây sức ép.",
        "Ông Michel Barnier, trưởng phái đoàn đàm phán của EU, tổ chức họp báo tại Pháp.",
    ],
)
def test_role_in_apposition_is_no_talks(code: Code, text: str) -> None:
    """A talk noun heading an appositive role says who someone is."""
    assert not _dyads(code(text), "CONSULT")


def test_negotiators_who_act_still_talk(code: Code) -> None:
    assert frozenset(("SDN", "EGY")) in _dyads(
        code("Chính phủ Sudan cử đoàn đàm phán tới Ai Cập."), "CONSULT"
    )


@pytest.mark.parametrize(
    ("text", "typ", "pair"),
    [
        (
            "Ngoại trưởng Việt Nam đã có cuộc trao đổi trực tuyến với Ngoại trưởng Malaysia.",
            "CONSULT",
            ("VNM", "MYS"),
        ),
        ("Tổng thống Mỹ đã có cuộc gọi video với Chủ tịch Trung Quốc.", "CONSULT", ("USA", "CHN")),
        ("Israel và Saudi Arabia đang tiến hành ngoại giao con thoi.", "CONSULT", ("ISR", "SAU")),
        ("Mỹ và Philippines cùng tập trận ở Biển Đông.", "COOPERATE", ("USA", "PHL")),
    ],
)
def test_wave8_breadth(code: Code, text: str, typ: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _dyads(code(text), typ)


def test_logistics_ship_is_no_reception(code: Code) -> None:
    """'tàu tiếp vận' (a supply ship) is no 'tiếp' (receiving a visitor)."""
    evs = code("Tàu hải cảnh Trung Quốc băng qua mũi tàu tiếp vận của Philippines.")
    assert not _dyads(evs, "CONSULT")

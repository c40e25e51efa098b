"""Who meets whom, wave 11 (sentences of our own): a list after a colon is the guests of the
verb before it; a meeting framed before the main clause is held by the main clause's parties;
an act counted by an anniversary is history (``events/meetings.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def _consult_pairs(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in found if t == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the guests after "với các vị khách:" did not meet one another
            'Tổng thống Mỹ viết: "Tôi đã có một cuộc gặp rất tốt đẹp với các vị khách: Tổng'
            " thống Pháp Emmanuel Macron, Thủ tướng Italy Giorgia Meloni và Thủ tướng Đức"
            ' Friedrich Merz tại Nhà Trắng, kết thúc bằng một cuộc họp tiếp theo".',
            {("FRA", "ITA"), ("FRA", "DEU"), ("ITA", "DEU")},
        ),
        (  # "gồm:" and a later verb
            "Ngoại trưởng Nhật Bản đã tiếp đoàn đại biểu gồm: Bộ trưởng Ngoại giao Australia,"
            " Bộ trưởng Ngoại giao Ấn Độ và Bộ trưởng Ngoại giao Philippines, sau đó chủ trì"
            " một buổi họp báo.",
            {("AUS", "IND"), ("AUS", "PHL"), ("IND", "PHL")},
        ),
    ],
)
def test_colon_guests_do_not_meet_each_other(
    code: Code, keys: Keys, text: str, wrong: set[tuple[str, str]]
) -> None:
    got = _consult_pairs(keys(code(text)))
    assert not got & {frozenset(p) for p in wrong}


def test_quoted_list_after_a_reporting_colon_keeps_its_meeting(code: Code, keys: Keys) -> None:
    # after "cho biết:" the list is the quotation's subject: they met
    got = _consult_pairs(keys(code("Ông Kallas cho biết: Pháp, Đức và Italy đã họp tại Brussels.")))
    assert {frozenset(("FRA", "DEU")), frozenset(("FRA", "ITA"))} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject meets the "với" partner of its verb
            "Trong cuộc điện đàm ngày 12/3, các nhà lãnh đạo Pháp, Anh và Đức đã nhất trí với"
            " Tổng thống Ba Lan rằng cần tăng cường phòng thủ chung.",
            {("FRA", "POL"), ("GBR", "POL"), ("DEU", "POL")},
        ),
        (  # a source before the frame; "cam kết với"
            "Theo hãng tin AFP, tại cuộc gặp hôm thứ Ba, Thủ tướng Canada, Thủ tướng Australia và"
            " Thủ tướng New Zealand đã cam kết với Tổng thống Ukraine sẽ tiếp tục viện trợ.",
            {("CAN", "UKR"), ("AUS", "UKR"), ("NZL", "UKR")},
        ),
        (  # no partner: the subject's members meet one another
            "Tại cuộc hội đàm, Tổng thống Indonesia, Thủ tướng Malaysia và Thủ tướng Singapore đã"
            " nhất trí tăng cường hợp tác biển.",
            {("IDN", "MYS"), ("IDN", "SGP"), ("MYS", "SGP")},
        ),
    ],
)
def test_framed_meeting_is_held_by_the_main_clause(
    code: Code, keys: Keys, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {frozenset(p) for p in expected} <= _consult_pairs(keys(code(text)))


def test_framed_meeting_with_a_partner_pairs_no_co_subjects(code: Code, keys: Keys) -> None:
    text = (
        "Trong cuộc điện đàm ngày 12/3, các nhà lãnh đạo Pháp, Anh và Đức đã nhất trí với"
        " Tổng thống Ba Lan rằng cần tăng cường phòng thủ chung."
    )
    assert frozenset(("FRA", "DEU")) not in _consult_pairs(keys(code(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Chuyến thăm diễn ra khi Việt Nam và Hàn Quốc kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
        "Năm nay, Việt Nam và Hungary kỷ niệm lần thứ 75 ngày thiết lập quan hệ ngoại giao.",
        "Nhân dịp tròn 50 năm ký Hiệp định, Pháp và Đức tổ chức một buổi lễ tại Paris.",
    ],
)
def test_anniversary_names_no_new_act(code: Code, keys: Keys, text: str) -> None:
    assert not {k for k in keys(code(text)) if k[0] in ("COOPERATE", "AGREE")}


def test_relations_established_now_still_count(code: Code, keys: Keys) -> None:
    text = "Việt Nam và Hungary đã chính thức thiết lập quan hệ ngoại giao vào hôm qua."
    assert {k[0] for k in keys(code(text))} & {"COOPERATE", "AGREE"}

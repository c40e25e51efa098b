"""Actor finding across event types (sentences of our own): organisation and armed-group codes
as the held-out annotations write them (SHABAAB, SDF, LAS, KATAIB_HEZBOLLAH, LNA, TPLF), older
Sino-Vietnamese and VNA spellings of states (Mễ Tây Cơ, Tân Gia Ba, Inđônêxia) and of the EU
("Liên hiệp châu Âu")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event
from sukien.entities.kb import lookup

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Shabaab", "SHABAAB"),
        ("al-Shabaab", "SHABAAB"),
        ("Lực lượng Dân chủ Syria", "SDF"),
        ("Liên đoàn Arab", "LAS"),
        ("Kataib Hezbollah", "KATAIB_HEZBOLLAH"),
        ("Quân đội Quốc gia Libya", "LNA"),
        ("TPLF", "TPLF"),
        ("ALBA", "ALBA"),
        ("Liên hiệp châu Âu", "EU"),
        ("Liên Hiệp Châu Âu", "EU"),
        ("Mễ Tây Cơ", "MEX"),
        ("Tân Gia Ba", "SGP"),
        ("Inđônêxia", "IDN"),
        ("Malaixia", "MYS"),
        ("Xinhgapo", "SGP"),
        ("Phi Luật Tân", "PHL"),
        ("CH Czech", "CZE"),
        ("Palestin", "PSE"),
    ],
)
def test_alias_codes(alias: str, code: str) -> None:
    assert code in {e.code for e in lookup(alias)}, alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nhóm phiến quân Shabaab đã tấn công một căn cứ quân sự của Somalia.",
            {("ASSAULT", "SHABAAB", "SOM")},
        ),
        (
            "Liên hiệp châu Âu đã áp đặt lệnh trừng phạt đối với Belarus.",
            {("SANCTION", "EU", "BLR")},
        ),
        ("Mễ Tây Cơ đã bác bỏ yêu cầu của Hoa Kỳ.", {("REJECT", "MEX", "USA")}),
    ],
)
def test_actor_codes_in_events(code: Code, keys: Keys, text: str, expected: set) -> None:
    assert expected <= keys(code(text)), text


def _with_title(stages: list, title: str, body: str) -> list[Event]:
    from sukien.document import Document
    from sukien.events.coder import Coder
    from sukien.events.headline import HeadlineCoder

    coder = Coder()
    doc = Document(doc="t", title=title, text=body, published="2024-03-15")
    for st in stages:
        doc = st.process(doc)
    return coder.code(doc, lead=HeadlineCoder(coder, stages).analyse(doc))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Indonesia và Malaysia tăng cường hợp tác biên giới",
            "Hai nhà lãnh đạo đã có cuộc điện đàm kéo dài 30 phút. Hai bên nhất trí tăng cường"
            " tuần tra chung dọc biên giới.",
            {("CONSULT", "IDN", "MYS"), ("AGREE", "IDN", "MYS")},
        ),
        (
            "Ai Cập, Ethiopia nối lại đàm phán về đập thủy điện",
            "Hai nước đã hội đàm tại Cairo hôm thứ Hai.",
            {("CONSULT", "EGY", "ETH")},
        ),
    ],
)
def test_lead_pair_is_the_headlines(
    stages: list, keys: Keys, title: str, body: str, expected: set
) -> None:
    """A headline names the two parties; the lead's "hai nhà lãnh đạo", "hai nước" are they."""
    assert expected <= keys(_with_title(stages, title, body)), body


def test_lead_pair_needs_exactly_two_in_the_headline(stages: list, keys: Keys) -> None:
    evs = _with_title(
        stages,
        "Mỹ, Nhật Bản và Hàn Quốc bàn về an ninh khu vực",
        "Hai nhà lãnh đạo đã có cuộc điện đàm kéo dài 30 phút.",
    )
    assert not {k for k in keys(evs) if k[0] == "CONSULT"}


def test_written_post_holds_for_every_mention(code: Code, keys: Keys) -> None:
    """The knowledge base holds a person's latest post (Mark Rutte: NATO); the state the article
    writes once ("Thủ tướng Hà Lan Mark Rutte") is theirs in every mention of that article."""
    evs = code(
        "Thủ tướng Hà Lan Mark Rutte cho biết sẽ tới châu Á vào tuần tới."
        " Ông Mark Rutte đã hội đàm với Thủ tướng Nhật Bản tại Tokyo."
    )
    got = keys(evs)
    assert ("CONSULT", "NLD", "JPN") in got or ("CONSULT", "JPN", "NLD") in got
    assert not {k for k in got if "NATO" in k}


def test_paramilitary_leader_acts_for_his_force(code: Code, keys: Keys) -> None:
    evs = code("Tướng Mohamed Hamdan Dagalo cáo buộc quân đội Sudan tấn công dân thường.")
    assert ("ACCUSE", "RSF", "SDN") in keys(evs)


def test_abbreviated_president_title(code: Code, keys: Keys) -> None:
    """ "TT" (Tổng thống) introduces a president as the full title does."""
    evs = code("TT Maduro nghênh đón TT Erdogan tại Caracas hôm thứ Hai.")
    got = keys(evs)
    assert ("CONSULT", "TUR", "VEN") in got or ("CONSULT", "VEN", "TUR") in got


def test_dash_pair_takes_no_third_member_by_comma(code: Code, keys: Keys) -> None:
    """ "thượng đỉnh Nga-Triều, Hàn Quốc …": the dash pair is the summit's two sides; the
    state after the comma is the next clause's subject, not a third party of the summit."""
    evs = code(
        "Một ngày sau hội nghị thượng đỉnh Nga-Triều, Hàn Quốc đã lên án việc hai nước ký"
        " hiệp ước quân sự."
    )
    got = keys(evs)
    assert ("ACCUSE", "KOR", "RUS") in got
    assert not {k for k in got if k[0] == "CONSULT" and "KOR" in k}
    assert not {k for k in got if k[0] == "ACCUSE" and k[1] != "KOR"}


def test_list_without_dash_unchanged(code: Code, keys: Keys) -> None:
    evs = code("Mỹ, Nhật Bản và Hàn Quốc đã tiến hành tập trận chung trên biển.")
    got = {frozenset(k[1:]) for k in keys(evs) if k[0] == "COOPERATE"}
    assert frozenset(("JPN", "KOR")) in got and frozenset(("USA", "KOR")) in got


def test_protest_note_received_is_the_senders(code: Code, keys: Keys) -> None:
    """ "A nhận công hàm phản đối từ B": B protests to A (as "A nhận viện trợ từ B": B gives)."""
    evs = code("Đại sứ Mỹ đã nhận công hàm phản đối từ Bộ Ngoại giao Venezuela.")
    got = keys(evs)
    assert ("PROTEST", "VEN", "USA") in got
    assert ("PROTEST", "USA", "VEN") not in got

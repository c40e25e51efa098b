"""Recall of required events on unseen news (``# ===== recall2`` block of triggers.tsv): displeasure
voiced, a resolution not voted through, funds withheld, an entry ban around its object, visas
issued again, a prisoner exchange agreed, a sanction its target reports; each coded in sentences
written for these tests, with the near misses that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

# (sentence, type, actor, recipient): one asserted event
CASES = [
    # ACCUSE (+ PROTEST): displeasure voiced at a state, an envoy summoned as "đại diện"
    ("Bộ Ngoại giao Ai Cập bày tỏ sự không hài lòng với Ethiopia.", "ACCUSE", "EGY", "ETH"),
    ("Bộ Ngoại giao Ai Cập bày tỏ sự không hài lòng với Ethiopia.", "PROTEST", "EGY", "ETH"),
    ("Chính phủ Chile tỏ ý không hài lòng với Argentina.", "ACCUSE", "CHL", "ARG"),
    ("Hy Lạp triệu đại diện Thổ Nhĩ Kỳ để phản đối.", "ACCUSE", "GRC", "TUR"),
    # REJECT: a resolution not voted through
    (
        "Ngày 5/3, Pháp đã không bỏ phiếu thông qua nghị quyết của Hội đồng Bảo an.",
        "REJECT",
        "FRA",
        "UN",
    ),
    # SANCTION: funds withheld, frozen aid, an entry ban with its object inside
    ("Nhật Bản quyết định không giải ngân khoản vay cho Myanmar.", "SANCTION", "JPN", "MMR"),
    ("Liên minh châu Âu đã phong tỏa khoản viện trợ dành cho Ba Lan.", "SANCTION", "EU", "POL"),
    ("Ukraine cấm 30 công dân Belarus nhập cảnh.", "SANCTION", "UKR", "BLR"),
    # CONCEDE: visas issued again
    ("Nhật Bản cấp lại thị thực du lịch cho công dân Hàn Quốc.", "CONCEDE", "JPN", "KOR"),
    ("Pakistan quyết định cấp lại visa cho công dân Ấn Độ.", "CONCEDE", "PAK", "IND"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_unseen_news_constructions_code_their_event(
    code: Code, keys: Keys, text: str, typ: str, actor: str, recipient: str
) -> None:
    assert (typ, actor, recipient) in keys(code(text))


def test_frozen_aid_is_a_sanction_not_a_blockade_or_aid(code: Code, keys: Keys) -> None:
    got = keys(code("Liên minh châu Âu đã phong tỏa khoản hỗ trợ dành cho Hungary."))
    assert ("SANCTION", "EU", "HUN") in got
    assert not {t for t, _a, _r in got} & {"COERCE", "AID", "COOPERATE"}


def test_not_voting_a_resolution_through_is_no_agreement(code: Code, keys: Keys) -> None:
    got = keys(code("Nga và Trung Quốc không bỏ phiếu thông qua nghị quyết của Liên hợp quốc."))
    assert {("REJECT", "RUS", "UN"), ("REJECT", "CHN", "UN")} <= got
    assert not any(t == "AGREE" for t, _a, _r in got)


@pytest.mark.parametrize(
    "text",
    [
        # displeasure of fans is no act of a state; a ban with no entry in it stays silent
        "Nhiều cổ động viên Anh không hài lòng với đội tuyển Pháp.",
        "Pháp cấm người dân Đức hút thuốc tại nơi công cộng.",
        # a visa issued for the first time is not a concession
        "Nhật Bản cấp thị thực cho 20 sinh viên Việt Nam.",
    ],
)
def test_near_misses_stay_silent(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert not any(t in ("ACCUSE", "SANCTION", "CONCEDE") for t, _a, _r in got), got


def test_a_sanction_its_target_reports_is_an_accusation(code: Code, keys: Keys) -> None:
    got = keys(code("Ngoại trưởng Iran cho biết chính quyền Mỹ đã siết chặt cấm vận Iran."))
    assert {("SANCTION", "USA", "IRN"), ("ACCUSE", "IRN", "USA")} <= got
    # reported by a third party, or an arrest reported by the detainee's state: no accusation
    third = keys(code("Ngoại trưởng Pháp cho biết chính quyền Mỹ đã siết chặt cấm vận Iran."))
    assert ("ACCUSE", "FRA", "USA") not in third and ("ACCUSE", "IRN", "USA") not in third
    arrest = keys(code("Chính phủ Nhật Bản cho biết Trung Quốc đã bắt giữ một công dân Nhật Bản."))
    assert ("ACCUSE", "JPN", "CHN") not in arrest


def test_a_prisoner_exchange_is_also_an_agreement(code: Code, keys: Keys) -> None:
    got = keys(code("Ngày 5/3, Armenia và Azerbaijan vừa có cuộc trao đổi tù nhân."))
    assert {("CONCEDE", "ARM", "AZE"), ("CONCEDE", "AZE", "ARM")} <= got
    assert ("AGREE", "ARM", "AZE") in got or ("AGREE", "AZE", "ARM") in got

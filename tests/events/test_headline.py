"""Events stated in the headline (titles and bodies written for these tests)."""

from __future__ import annotations

import pytest

from sukien.document import Document
from sukien.events.coder import Coder
from sukien.events.headline import HeadlineCoder, headline_text
from sukien.events.stage import EventStage
from sukien.pipeline import Stage


@pytest.fixture(scope="module")
def headline(stages: list[Stage]) -> HeadlineCoder:
    return HeadlineCoder(Coder(), stages)


def analysed(stages: list[Stage], title: str, body: str) -> Document:
    doc = Document(doc="h", title=title, text=body, published="2024-03-15")
    for st in stages:
        doc = st.process(doc)
    return doc


def test_headline_text_ends_as_a_sentence() -> None:
    assert headline_text("  Nga trục xuất hai nhà ngoại giao Đức ") == (
        "Nga trục xuất hai nhà ngoại giao Đức."
    )
    assert headline_text("Iran có đàm phán với Mỹ?") == "Iran có đàm phán với Mỹ?"
    assert headline_text(None) == ""


def test_event_only_in_the_headline(stages: list[Stage], headline: HeadlineCoder) -> None:
    doc = analysed(
        stages,
        "Nhật Bản kêu gọi Trung Quốc dỡ bỏ lệnh cấm nhập khẩu hải sản",
        "Thủ tướng cho biết chính phủ sẽ hỗ trợ ngư dân trong nước.",
    )
    evs = headline.code(doc)
    assert {(e.type, e.actor.code, e.recipient.code) for e in evs} == {  # type: ignore[union-attr]
        ("REQUEST", "JPN", "CHN")
    }
    ev = evs[0]
    assert ev.evidence.part == "title"
    assert ev.evidence.sentence == headline_text(doc.title)
    assert ev.evidence.sentence[ev.evidence.trigger.start : ev.evidence.trigger.end] == "kêu gọi"  # type: ignore[union-attr]


def test_event_the_body_states_is_left_to_the_body(stages: list[Stage]) -> None:
    doc = analysed(
        stages,
        "Thủ tướng Nhật Bản hội đàm với Tổng thống Philippines",
        "Ngày 12/3, Thủ tướng Nhật Bản đã hội đàm với Tổng thống Philippines tại Tokyo.",
    )
    out = EventStage().process(doc)
    assert [(e.type, e.evidence.part) for e in out.events] == [("CONSULT", "text")]


def test_planned_or_denied_headline_is_not_reported_as_done(stages: list[Stage]) -> None:
    stage = EventStage()
    planned = stage.process(
        analysed(stages, "Tổng thống Pháp sẽ thăm Việt Nam vào tháng tới", "Hai nước là đối tác.")
    )
    assert planned.events == []
    denied = stage.process(
        analysed(stages, "Iran không đàm phán với Mỹ về chương trình hạt nhân", "Không có gì.")
    )
    assert denied.events == []


def test_titles_can_be_left_out(stages: list[Stage]) -> None:
    doc = analysed(stages, "Nga trục xuất hai nhà ngoại giao Đức", "Không có gì mới.")
    assert EventStage(titles=False).process(doc).events == []
    evs = EventStage().process(doc).events
    assert {(e.type, e.actor.code, e.recipient.code) for e in evs} == {  # type: ignore[union-attr]
        ("SANCTION", "RUS", "DEU")  # expelling diplomats
    }


def test_a_planned_body_event_leaves_the_done_headline_event(stages: list[Stage]) -> None:
    doc = analysed(
        stages,
        "Trung Quốc lên án tập trận chung Mỹ - Nhật",
        "Mỹ và Nhật Bản dự kiến sẽ tập trận chung vào tháng tới.",
    )
    out = EventStage().process(doc)
    keys = {(e.type, e.actor.code, e.recipient.code, e.evidence.part) for e in out.events}  # type: ignore[union-attr]
    assert ("COOPERATE", "USA", "JPN", "title") in keys

"""Event dates and places taken from the rest of the article (``events.dating``,
``events.placing``), on articles written for these tests, through the real event stage."""

from __future__ import annotations

import pytest

from sukien.document import Document, Event
from sukien.events.placing import PlaceCueError, cue_re, read_cues
from sukien.events.stage import EventStage
from sukien.pipeline import Stage


@pytest.fixture(scope="module")
def events_stage() -> EventStage:
    return EventStage()


def coded(stages: list[Stage], stage: EventStage, title: str, body: str) -> list[Event]:
    doc = Document(doc="c", title=title, text=body, published=None)
    for st in [*stages, stage]:
        doc = st.process(doc)
    return doc.events


def one(events: list[Event], typ: str, part: str | None = None) -> Event:
    found = [e for e in events if e.type == typ and (part is None or e.evidence.part == part)]
    assert found, [(e.type, e.evidence.part) for e in events]
    return found[0]


def test_the_lead_dates_the_headline_and_later_sentences(
    stages: list[Stage], events_stage: EventStage
) -> None:
    evs = coded(
        stages,
        events_stage,
        "Nga trục xuất hai nhà ngoại giao Na Uy",
        "Ngày 14/5, Bộ Ngoại giao Nga thông báo đã triệu Đại sứ Na Uy lên để phản đối. "
        "Hai nhà ngoại giao Na Uy có 7 ngày để rời khỏi Nga. "
        "Ba Lan lên án Nga về quyết định này.",
    )
    summons = one(evs, "PROTEST")
    assert (summons.date, summons.date_source) == ("--05-14", "sentence")
    (condemned,) = [e for e in evs if e.actor and e.actor.code == "POL"]
    assert (condemned.date, condemned.date_source) == ("--05-14", "context")
    expelled = one(evs, "SANCTION", "title")
    assert (expelled.date, expelled.date_source) == ("--05-14", "context")


def test_same_event_told_again_takes_its_date(
    stages: list[Stage], events_stage: EventStage
) -> None:
    evs = coded(
        stages,
        events_stage,
        "Tin thế giới",
        "Thủ tướng Ấn Độ phát biểu tại quốc hội. "
        "Ngày 3/9, Ấn Độ và Bhutan đã ký thỏa thuận về thủy điện. "
        "Ấn Độ và Bhutan ký thỏa thuận trong bối cảnh hai nước thúc đẩy hợp tác năng lượng.",
    )
    agreements = [e for e in evs if e.type == "AGREE"]
    assert len(agreements) >= 2
    assert {e.date for e in agreements} == {"--09-03"}
    assert {e.date_source for e in agreements} == {"sentence", "context"}


def test_no_date_is_invented_and_deadlines_do_not_travel(
    stages: list[Stage], events_stage: EventStage
) -> None:
    undated = coded(
        stages, events_stage, "Tin thế giới", "Nga cáo buộc Na Uy có hành động thù địch."
    )
    assert one(undated, "ACCUSE").date is None
    deadline = coded(
        stages,
        events_stage,
        "Tin thế giới",
        "Các nhà ngoại giao phải rời đi trước ngày 20/5. Nga cáo buộc Na Uy có hành động thù địch.",
    )
    assert one(deadline, "ACCUSE").date is None


def test_planned_events_are_not_dated_by_the_news(stages: list[Stage]) -> None:
    stage = EventStage(modalities=("asserted", "planned"))
    evs = coded(
        stages,
        stage,
        "Tin thế giới",
        "Ngày 2/6, Pháp và Đức đã hội đàm tại Paris. Tổng thống Pháp sẽ thăm Italy.",
    )
    planned = [e for e in evs if e.modality == "planned"]
    assert planned and all(e.date is None for e in planned)


def test_places_a_cue_introduces(stages: list[Stage], events_stage: EventStage) -> None:
    visit = coded(
        stages,
        events_stage,
        "Tin thế giới",
        "Chiều 11/3, Chủ tịch nước Việt Nam đã tới thủ đô Maputo, bắt đầu chuyến thăm "
        "cấp Nhà nước Mozambique.",
    )
    assert one(visit, "CONSULT").location == "Maputo"
    strike = coded(
        stages,
        events_stage,
        "Tin thế giới",
        "Israel đã không kích vào thủ đô Beirut của Liban.",
    )
    assert one(strike, "ASSAULT").location == "Beirut"


def test_a_city_before_its_state(stages: list[Stage], events_stage: EventStage) -> None:
    evs = coded(
        stages,
        events_stage,
        "Tin thế giới",
        "Ngày 26/4, Việt Nam và Fiji đã ký thỏa thuận hợp tác nghề cá tại Fiji, ở thủ đô Suva.",
    )
    assert one(evs, "AGREE").location == "Suva"


def test_place_cue_file_format() -> None:
    assert read_cues("# c\ntại\tplace\nthủ đô\tnoun\n") == {"tại": "place", "thủ đô": "noun"}
    with pytest.raises(PlaceCueError, match="2"):
        read_cues("tại\tplace\nở\twhere\n")
    assert cue_re().search("Israel không kích vào thủ đô ")
    assert not cue_re().search("Israel không kích ")

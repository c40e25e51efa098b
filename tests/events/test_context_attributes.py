"""Event dates and places taken from the rest of the article (``events.dating``,
``events.placing``), on articles written for these tests, through the real event stage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Document, Event
from sukien.events.placing import PlaceCueError, cue_re, read_cues
from sukien.events.stage import EventStage
from sukien.pipeline import Stage

Coded = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def coded(stages: list[Stage]) -> Coded:
    """The events the real stages code in ``body`` (headline ``title``), through ``stage``."""
    default = EventStage()

    def run(body: str, title: str = "Tin thế giới", stage: EventStage | None = None) -> list[Event]:
        doc = Document(doc="c", title=title, text=body, published=None)
        for st in [*stages, stage or default]:
            doc = st.process(doc)
        return doc.events

    return run


def one(events: list[Event], typ: str, part: str | None = None) -> Event:
    found = [e for e in events if e.type == typ and (part is None or e.evidence.part == part)]
    assert found, [(e.type, e.evidence.part) for e in events]
    return found[0]


def test_the_lead_dates_the_headline_and_later_sentences(coded: Coded) -> None:
    evs = coded(
        "Ngày 14/5, Bộ Ngoại giao Nga thông báo đã triệu Đại sứ Na Uy lên để phản đối. "
        "Hai nhà ngoại giao Na Uy có 7 ngày để rời khỏi Nga. "
        "Ba Lan lên án Nga về quyết định này.",
        title="Nga trục xuất hai nhà ngoại giao Na Uy",
    )
    summons = one(evs, "PROTEST")
    assert (summons.date, summons.date_source) == ("--05-14", "sentence")
    (condemned,) = [e for e in evs if e.actor and e.actor.code == "POL"]
    assert (condemned.date, condemned.date_source) == ("--05-14", "context")
    expelled = one(evs, "SANCTION", "title")
    assert (expelled.date, expelled.date_source) == ("--05-14", "context")


def test_same_event_told_again_takes_its_date(coded: Coded) -> None:
    evs = coded(
        "Thủ tướng Ấn Độ phát biểu tại quốc hội. "
        "Ngày 3/9, Ấn Độ và Bhutan đã ký thỏa thuận về thủy điện. "
        "Ấn Độ và Bhutan ký thỏa thuận trong bối cảnh hai nước thúc đẩy hợp tác năng lượng.",
    )
    agreements = [e for e in evs if e.type == "AGREE"]
    assert len(agreements) >= 2
    assert {e.date for e in agreements} == {"--09-03"}
    assert {e.date_source for e in agreements} == {"sentence", "context"}


def test_no_date_is_invented_and_deadlines_do_not_travel(coded: Coded) -> None:
    undated = coded("Nga cáo buộc Na Uy có hành động thù địch.")
    assert one(undated, "ACCUSE").date is None
    deadline = coded(
        "Các nhà ngoại giao phải rời đi trước ngày 20/5. Nga cáo buộc Na Uy có hành động thù địch.",
    )
    assert one(deadline, "ACCUSE").date is None


def test_the_year_a_count_runs_from_is_not_the_acts_date(coded: Coded) -> None:
    evs = coded(
        "Ngày 11/1, Mỹ đã không kích lực lượng Houthi tại Yemen. "
        "Đây là lần đầu tiên Mỹ tấn công Houthi ở Yemen kể từ năm 2016.",
    )
    assert {e.date for e in evs if e.type == "ASSAULT"} == {"--01-11"}
    since = coded("Mỹ áp đặt trừng phạt đối với Iran từ năm 2018.")
    assert one(since, "SANCTION").date == "2018"


def test_planned_events_are_not_dated_by_the_news(coded: Coded) -> None:
    evs = coded(
        "Ngày 2/6, Pháp và Đức đã hội đàm tại Paris. Tổng thống Pháp sẽ thăm Italy.",
        stage=EventStage(modalities=("asserted", "planned")),
    )
    planned = [e for e in evs if e.modality == "planned"]
    assert planned and all(e.date is None for e in planned)


def test_places_a_cue_introduces(coded: Coded) -> None:
    visit = coded(
        "Chiều 11/3, Chủ tịch nước Việt Nam đã tới thủ đô Maputo, bắt đầu chuyến thăm "
        "cấp Nhà nước Mozambique.",
    )
    assert one(visit, "CONSULT").location == "Maputo"
    assert one(visit, "CONSULT").location_source == "sentence"
    strike = coded(
        "Israel đã không kích vào thủ đô Beirut của Liban.",
    )
    assert one(strike, "ASSAULT").location == "Beirut"


def test_a_city_before_its_state(coded: Coded) -> None:
    evs = coded(
        "Ngày 26/4, Việt Nam và Fiji đã ký thỏa thuận hợp tác nghề cá tại Fiji, ở thủ đô Suva.",
    )
    assert one(evs, "AGREE").location == "Suva"


def test_the_place_of_the_act_told_in_a_sentence_of_its_own(coded: Coded) -> None:
    evs = coded(
        "Ngày 5/7, Hàn Quốc và Australia đã ký thỏa thuận hợp tác quốc phòng. "
        "Lễ ký kết diễn ra tại thành phố Darwin.",
    )
    signed = one(evs, "AGREE")
    assert (signed.location, signed.location_source) == ("Darwin", "context")


def test_a_state_gives_way_to_a_place_inside_it(coded: Coded) -> None:
    visit = "Ngày 21/9, Chủ tịch Quốc hội Việt Nam tới Bangladesh, bắt đầu chuyến thăm chính thức. "
    assert one(coded(visit + "Lễ đón diễn ra tại thủ đô Dhaka."), "CONSULT").location == "Dhaka"
    elsewhere = coded(visit + "Lễ đón diễn ra tại thủ đô Seoul.")
    assert one(elsewhere, "CONSULT").location == "Bangladesh"


def test_no_place_from_another_pairs_act_or_a_whole_state(coded: Coded) -> None:
    other_pair = coded(
        "Hàn Quốc và Australia đã ký thỏa thuận hợp tác quốc phòng. "
        "Pháp và Đức cũng ký một thỏa thuận tại Berlin.",
    )
    ours = [
        e
        for e in other_pair
        if {getattr(x, "code", None) for x in (e.actor, e.recipient)} == {"KOR", "AUS"}
    ]
    assert [e.location for e in ours] == [None]
    whole_state = coded(
        "Hàn Quốc và Australia đã ký thỏa thuận hợp tác quốc phòng. "
        "Lễ ký kết diễn ra tại Australia.",
    )
    unplaced = one(whole_state, "AGREE")
    assert (unplaced.location, unplaced.location_source) == (None, None)


def test_place_cue_file_format() -> None:
    assert read_cues("# c\ntại\tplace\nthủ đô\tnoun\n") == {"tại": "place", "thủ đô": "noun"}
    with pytest.raises(PlaceCueError, match="2"):
        read_cues("tại\tplace\nở\twhere\n")
    assert cue_re().search("Israel không kích vào thủ đô ")
    assert not cue_re().search("Israel không kích ")

"""Planned, hoped-for, denied and hypothetical events are marked, not reported as done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Thủ tướng Ấn Độ sẽ thăm Nga vào tuần tới.", "planned"),
        ("Tổng thống Mỹ dự kiến gặp Chủ tịch Trung Quốc tại San Francisco.", "planned"),
        ("Phía Nga sẵn sàng cung cấp vũ khí cho Malaysia.", "planned"),
        ("Chính phủ Mỹ hy vọng Trung Quốc sẽ tham gia đàm phán với Nga.", "hoped"),
        ("Nhật Bản mong muốn hợp tác với Ấn Độ về công nghệ.", "hoped"),
        ("Quân đội Nga không tấn công Ukraine, Điện Kremlin khẳng định.", "denied"),
        ("Điện Kremlin phủ nhận việc quân đội Nga tấn công Ukraine.", "denied"),
        ("Trung Quốc cáo buộc Philippines tấn công tàu cá Việt Nam.", "hypothetical"),
        ("Trung Quốc chưa trừng phạt nước Mỹ.", "denied"),
        ("Nếu Iran tấn công Israel, Mỹ sẽ trả đũa.", "hypothetical"),
        ("Triều Tiên đe dọa sẽ tấn công Hàn Quốc.", "hypothetical"),
    ],
)
def test_modality(code: Code, text: str, modality: str) -> None:
    evs = [e for e in code(text) if e.type not in ("THREATEN", "ACCUSE")]
    assert evs, text
    assert {e.modality for e in evs} == {modality}, text


def test_asserted_past_event(code: Code) -> None:
    evs = code("Tổng thống Mỹ đã gặp Chủ tịch Trung Quốc tại San Francisco.")
    assert [e.modality for e in evs] == ["asserted"]


def test_stage_emits_only_asserted_events_by_default(code: Code) -> None:
    from sukien.document import Document
    from sukien.events.stage import EventStage
    from sukien.pipeline import load_stage

    doc = Document(doc="d", text="Thủ tướng Ấn Độ sẽ thăm Nga. Ấn Độ đã gặp Nga.", published=None)
    for name in ("nlp", "entities", "values"):
        doc = load_stage(name)().process(doc)
    kept = EventStage().process(doc).events
    assert [e.modality for e in kept] == ["asserted"]
    doc.events = []
    every = EventStage(modalities=("asserted", "planned")).process(doc).events
    assert sorted(e.modality for e in every) == ["asserted", "planned"]
    with pytest.raises(ValueError, match="unknown modalities"):
        EventStage(modalities=("rumoured",))


def test_a_coder_failure_keeps_the_document() -> None:
    from sukien.document import Document
    from sukien.events.stage import EventStage

    st = EventStage()
    doc = Document(doc="x", text="Nga gặp Mỹ.")
    doc.sentences = None  # type: ignore[assignment]  # what a broken earlier stage might leave
    assert st.process(doc) is doc and doc.events == [] and st.counts["errors"] == 1


def test_a_fronted_purpose_plans_nothing_after_its_comma(code: Code, keys: Keys) -> None:
    # "Để trả đũa, …": the retaliation is done; "đàm phán để giảm …, đổi lại Y giảm …" is not
    assert ("SANCTION", "RUS", "USA") in keys(
        code("Để trả đũa, Nga đã trục xuất 10 nhà ngoại giao Mỹ.")
    )
    assert ("SANCTION", "CHN", "AUS") in keys(
        code("Cũng để đáp lại động thái đó, Trung Quốc đã ngừng mua than của Australia.")
    )
    evs = code(
        "Canada đàm phán để giảm thuế với xe Nhật Bản, đổi lại Nhật Bản giảm thuế cho Canada."
    )
    assert not any(t == "CONCEDE" for t, _a, _r in keys(evs))

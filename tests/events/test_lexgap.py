"""Lexical and reference gaps of required events (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Document, Event
from sukien.events.stage import EventStage
from sukien.pipeline import Stage

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_a_list_referred_back_to_with_a_descriptor(code: Code, keys: Keys) -> None:
    # "ba nước châu Âu này", "các quốc gia vùng Vịnh này": the states listed before
    evs = code(
        "Pháp, Đức và Italy đã công nhận chính phủ mới. Nga đã chỉ trích ba nước châu Âu này."
    )
    assert {("ACCUSE", "RUS", c) for c in ("FRA", "DEU", "ITA")} <= keys(evs)
    evs = code(
        "Saudi Arabia, UAE và Bahrain cắt quan hệ với Qatar. "
        "Iran đã lên án các quốc gia vùng Vịnh này."
    )
    assert {("ACCUSE", "IRN", c) for c in ("SAU", "ARE", "BHR")} <= keys(evs)
    # nothing listed before: no event
    assert not keys(code("Iran đã chỉ trích các nước châu Âu này."))


def test_a_retaliation_announced_is_a_threat(code: Code, keys: Keys) -> None:
    for text in (
        "Bộ Ngoại giao Nga tuyên bố sẽ có các biện pháp đáp trả thích đáng đối với Anh.",
        "Trung Quốc khẳng định sẽ có phản ứng kiên quyết đối với Philippines.",
        "Iran cảnh báo sẽ có thêm các biện pháp đáp trả đối với IAEA.",
        "Bắc Kinh nói rằng nước này có quyền áp dụng các biện pháp đáp trả đối với Canberra.",
    ):
        evs = keys(code(text))
        assert any(k[0] == "THREATEN" for k in evs), text
    # a question about a reaction, or one ruled out, is no threat
    assert not keys(code("Chưa rõ Trung Quốc sẽ phản ứng thế nào trước động thái của Mỹ."))
    assert not keys(code("Nga cho biết sẽ không có biện pháp đáp trả đối với Phần Lan."))


def test_a_quotation_mark_inside_a_phrase(code: Code, keys: Keys) -> None:
    evs = code(
        'Một quan chức Israel nói nước này sẽ có "phản ứng đáng kể" đối với cuộc tấn công của Iran.'
    )
    assert ("THREATEN", "ISR", "IRN") in keys(evs)
    evs = code("Đại sứ quán Trung Quốc bày tỏ “sự bất bình” trước hành động của Philippines.")
    assert ("ACCUSE", "CHN", "PHL") in keys(evs)


def test_a_membership_suspended(code: Code, keys: Keys) -> None:
    for text in (
        "Liên minh châu Phi tuyên bố đình chỉ ngay lập tức tư cách thành viên của Niger.",
        "Khối ECOWAS đã tạm đình chỉ tư cách thành viên của Mali sau cuộc đảo chính.",
        "Hội đồng châu Âu đã khai trừ Nga khỏi tổ chức này.",
    ):
        evs = keys(code(text))
        assert any(k[0] == "SANCTION" for k in evs), text


def test_what_a_speaker_says_the_subject_does_to_peace_or_truth(code: Code, keys: Keys) -> None:
    evs = code('Nga cho rằng với vụ thử mới nhất, Triều Tiên đang "đe dọa hòa bình ở khu vực".')
    assert ("ACCUSE", "RUS", "PRK") in keys(evs)
    evs = code("Bộ Ngoại giao Trung Quốc cho biết Mỹ đang xuyên tạc sự thật về Biển Đông.")
    assert ("ACCUSE", "CHN", "USA") in keys(evs)
    evs = code("Ngoại trưởng Pháp nói Nga đang vũ khí hóa nguồn cung khí đốt cho châu Âu.")
    assert ("ACCUSE", "FRA", "RUS") in keys(evs)
    # the article's own statement accuses no one
    assert not keys(code("Các vụ thử tên lửa của Triều Tiên đe dọa hòa bình khu vực."))


def test_a_list_opening_the_sentence_needs_no_and(code: Code, keys: Keys) -> None:
    # three or more actors before the verb: a headline style list
    evs = keys(code("Mỹ, Anh, Pháp lên án vụ phóng tên lửa của Triều Tiên."))
    assert {("ACCUSE", c, "PRK") for c in ("USA", "GBR", "FRA")} <= evs
    # a run of commas elsewhere stays no list
    evs = keys(code("Hội nghị có đại diện của Mỹ, Anh, Pháp."))
    assert not any(k[1] == "GBR" for k in evs)


def test_a_list_in_the_headline_referred_back_to(stages: list[Stage]) -> None:
    doc = Document(
        doc="h",
        title="Ba Lan, Séc, Slovakia ủng hộ kế hoạch mới của EU",
        text="Động thái này khiến Hungary chỉ trích ba nước Trung Âu này.",
        published="2024-03-15",
    )
    for st in stages:
        doc = st.process(doc)
    evs = {(e.type, e.actor.code, e.recipient.code) for e in EventStage().process(doc).events}  # type: ignore[union-attr]
    assert {("ACCUSE", "HUN", c) for c in ("POL", "CZE", "SVK")} <= evs


def test_a_speaker_blaming_tension_on_another(code: Code, keys: Keys) -> None:
    evs = code("Người phát ngôn Bộ Ngoại giao Mỹ nói rằng Trung Quốc đang làm gia tăng căng thẳng.")
    assert ("ACCUSE", "USA", "CHN") in keys(evs)
    evs = code("Bộ Ngoại giao Trung Quốc cho rằng Mỹ đang đổ thêm dầu vào lửa ở eo biển Đài Loan.")
    assert ("ACCUSE", "CHN", "USA") in keys(evs)
    assert not keys(
        code("Các cuộc tập trận gần đây đã làm gia tăng căng thẳng giữa Mỹ và Trung Quốc.")
    )


def test_synonyms_of_covered_acts(code: Code, keys: Keys) -> None:
    for text, want in (
        ("Ngoại trưởng Mỹ khuyến cáo Israel kiềm chế.", ("REQUEST", "USA", "ISR")),
        ("Mỹ giục Trung Quốc hành động.", ("REQUEST", "USA", "CHN")),
        ("Ukraine cầu cứu NATO.", ("REQUEST", "UKR", "NATO")),
        ("Trung Quốc phê bình Nhật Bản về vấn đề lịch sử.", ("ACCUSE", "CHN", "JPN")),
        ("Nga vu khống Ukraine tấn công nhà máy điện.", ("ACCUSE", "RUS", "UKR")),
        ("Iran đổ tội cho Israel về vụ ám sát.", ("ACCUSE", "IRN", "ISR")),
        ("Pháp tán đồng đề xuất của Đức.", ("SUPPORT", "FRA", "DEU")),
        ("Triều Tiên hù dọa Hàn Quốc.", ("THREATEN", "PRK", "KOR")),
        ("Mỹ đang thương thuyết với Trung Quốc về thuế quan.", ("CONSULT", "USA", "CHN")),
    ):
        assert want in keys(code(text)), text
    # a noun, or a critic of films, is no act
    assert not keys(code("Các nhà phê bình Mỹ đánh giá cao bộ phim."))
    assert not keys(code("Đó là kết quả của những cuộc thương thuyết kéo dài của EU và ASEAN."))


def test_a_statement_speaks_for_its_issuer(code: Code, keys: Keys) -> None:
    evs = code(
        "Các ngoại trưởng ASEAN đã ra tuyên bố chung về tình hình khu vực. "
        "Tuyên bố chung cũng kêu gọi chính quyền Myanmar chấm dứt bạo lực."
    )
    assert ("REQUEST", "ASEAN", "MMR") in keys(evs)
    evs = code("Nhóm G7 đã công bố thông cáo chung. Thông cáo lên án Triều Tiên phóng tên lửa.")
    assert ("ACCUSE", "G7", "PRK") in keys(evs)
    # no issuer named before: no actor
    assert not keys(code("Tuyên bố chung kêu gọi Nga rút quân khỏi Ukraine."))


def test_the_two_sides_at_the_talks_are_the_talks_sides(code: Code, keys: Keys) -> None:
    # an aside between two other states does not become "hai nước" of the talks
    evs = code(
        "Tổng thống Hàn Quốc đã hội đàm với Chủ tịch Trung Quốc tại Seoul. "
        "Trung Quốc và Triều Tiên gần đây cũng đã tăng cường hợp tác kinh tế. "
        "Nhân hội đàm, hai nước đã ký kết biên bản ghi nhớ về thương mại."
    )
    agreed = {frozenset(k[1:]) for k in keys(evs) if k[0] == "AGREE"}
    assert frozenset({"KOR", "CHN"}) in agreed
    assert frozenset({"CHN", "PRK"}) not in agreed


def test_calls_and_consultations_in_other_words(code: Code, keys: Keys) -> None:
    for text, want in (
        ("Tổng thống Mỹ đã gọi điện thoại cho Thủ tướng Israel.", ("CONSULT", "USA", "ISR")),
        (
            "Thủ tướng Anh trò chuyện với Tổng thống Pháp bên lề hội nghị.",
            ("CONSULT", "GBR", "FRA"),
        ),
        ("Tổng thống Mỹ đã hỏi ý kiến Thủ tướng Nhật Bản về kế hoạch.", ("CONSULT", "USA", "JPN")),
    ):
        assert want in keys(code(text)), text


def test_a_working_session_held_with(code: Code, keys: Keys) -> None:
    evs = code("Thủ tướng Anh có buổi làm việc với Thủ tướng Pháp tại London.")
    assert ("CONSULT", "GBR", "FRA") in keys(evs)


def test_warplanes_intercepted(code: Code, keys: Keys) -> None:
    evs = code("NATO tuyên bố chặn 3 máy bay chiến đấu của Nga trên không phận Estonia.")
    assert ("COERCE", "NATO", "RUS") in keys(evs)
    evs = code("Nhật Bản điều chiến đấu cơ đánh chặn máy bay ném bom của Trung Quốc.")
    assert ("COERCE", "JPN", "CHN") in keys(evs)
    # drones shot at are air defence
    assert not keys(code("Ukraine đánh chặn 40 máy bay không người lái của Nga."))

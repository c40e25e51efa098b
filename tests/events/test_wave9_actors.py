"""Actor finding across event types, wave 9 (sentences of our own): "ông"/"bà" after a name in
its own sentence, the subject of a ", nơi …" relative clause, a visit "to this city"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # a later clause's "ông": the titled subject, not the organisation of the place
            "Tổng thống Brazil đã phát biểu tại kỳ họp của Đại hội đồng LHQ, ông thẳng thắn"
            " chỉ trích chính sách thương mại của Mỹ.",
            {("ACCUSE", "BRA", "USA")},
            {("ACCUSE", "UN", "USA")},
        ),
        (  # the person named first in the sentence, over the one named in the sentence before
            "Ông Scholz được Thủ tướng Ba Lan đón tại sân bay. Trước đó, Thủ tướng Đức Olaf"
            " Scholz đến Ba Lan từ Pháp, nơi ông đã gặp Tổng thống Pháp.",
            {("CONSULT", "DEU", "FRA")},
            {("CONSULT", "FRA", "POL")},
        ),
    ],
)
def test_pronoun_after_a_name_in_its_sentence(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


def test_owner_pronoun_is_the_last_person_named(code: Code, keys: Keys) -> None:
    """ "chuyến thăm của ông": whose visit — the person named last, not the sentence's first."""
    text = (
        "Thủ tướng Ấn Độ phát biểu chào mừng Tổng thống Pháp tại New Delhi trong chuyến thăm"
        " của ông đến thành phố này."
    )
    got = keys(code(text))
    assert ("CONSULT", "FRA", "IND") in got
    assert ("CONSULT", "IND", "IND") not in got


def test_relative_clause_subject(code: Code, keys: Keys) -> None:
    """ "X đến A từ B, nơi ông gặp C": ông, right after "nơi", meets C (not A)."""
    text = "Ngoại trưởng Nhật Bản đến Ba Lan từ Ấn Độ, nơi ông đã có cuộc gặp với Thủ tướng Ấn Độ."
    got = keys(code(text))
    assert {("CONSULT", "JPN", "IND"), ("CONSULT", "JPN", "POL")} <= got
    assert ("CONSULT", "POL", "IND") not in got and ("CONSULT", "IND", "POL") not in got


def test_pronoun_opening_its_sentence_keeps_the_sentence_before(code: Code, keys: Keys) -> None:
    """ "Ông" opening its sentence is still the subject of the sentence before."""
    got = keys(code("Tổng thống Hàn Quốc đã tới Tokyo. Ông cũng chỉ trích Triều Tiên."))
    assert ("ACCUSE", "KOR", "PRK") in got


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (  # the first state of the sentence, not the last of the sentences before
            "Nga phản đối quyết định này. Iran đã bắt giữ một tàu của Anh, chỉ một tuần sau khi"
            " hải quân Anh bắt giữ tàu của nước này ngoài khơi Gibraltar.",
            {("COERCE", "GBR", "IRN")},
            {("COERCE", "GBR", "RUS")},
        ),
        (  # not a state of the sentence before when this one names one
            "Trung Quốc chỉ trích Nga. Thủ tướng Đức đã ký thỏa thuận an ninh với Ukraine, đồng"
            " thời cam kết cung cấp thêm tên lửa phòng không cho nước này.",
            {("AGREE", "DEU", "UKR")},
            {("AID", "DEU", "RUS"), ("AID", "DEU", "CHN")},
        ),
    ],
)
def test_this_country_after_a_state_in_its_sentence(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


def test_this_country_as_destination_is_not_the_mover(code: Code, keys: Keys) -> None:
    """ "ông điều thêm binh sĩ tới nước này": where the troops go is not the sender's state."""
    text = (
        "Mỹ cam kết hỗ trợ Iraq chống IS. Tuy nhiên, Tổng thống Mỹ vẫn điều thêm binh sĩ tới"
        " nước này."
    )
    got = keys(code(text))
    assert ("MOBILIZE", "USA", "IRQ") in got


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Nga xác nhận tấn công các mục tiêu của Ukraine ở Kharkiv.",
            {("ASSAULT", "RUS", "UKR")},
            {("ASSAULT", "UKR", "RUS")},
        ),
        (
            "Quân đội Israel thừa nhận không kích các vị trí của Hezbollah ở miền nam Lebanon.",
            {("ASSAULT", "ISR", "HEZBOLLAH")},
            {("ASSAULT", "HEZBOLLAH", "ISR")},
        ),
    ],
)
def test_confirming_is_not_receiving(
    code: Code, keys: Keys, text: str, expected: set, wrong: set
) -> None:
    """ "xác nhận", "thừa nhận" end in "nhận" (receive) but receive nothing: the subject acts."""
    got = keys(code(text))
    assert expected <= got, text
    assert not wrong & got, text


def test_receiving_still_reverses(code: Code, keys: Keys) -> None:
    got = keys(code("Philippines nhận công hàm phản đối từ Trung Quốc."))
    assert ("PROTEST", "CHN", "PHL") in got

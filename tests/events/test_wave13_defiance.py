"""Wave 13: acts done in defiance of another ("bất chấp … của Y", events/defiance.py).

Every sentence is written for these tests from general knowledge of Vietnamese news wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Triều Tiên phóng tên lửa bất chấp lệnh cấm của Liên hợp quốc.", ("REJECT", "PRK", "UN")),
        (
            "Iran tiếp tục làm giàu urani bất chấp các lệnh trừng phạt của Mỹ.",
            ("REJECT", "IRN", "USA"),
        ),
        (
            "Bất chấp lời kêu gọi của Liên hợp quốc, Israel vẫn không kích Gaza.",
            ("REJECT", "ISR", "UN"),
        ),
    ],
)
def test_defiance_is_a_rejection(code: Code, keys: Keys, text: str, key: tuple) -> None:
    assert key in keys(code(text))


def test_the_defied_warning_is_the_owners(code: Code, keys: Keys) -> None:
    found = keys(code("Israel tiếp tục tấn công Rafah bất chấp cảnh báo của Mỹ."))
    assert ("REJECT", "ISR", "USA") in found
    assert ("THREATEN", "USA", "ISR") in found
    assert ("THREATEN", "ISR", "USA") not in found


def test_the_owner_of_a_ban_is_no_target(code: Code, keys: Keys) -> None:
    found = keys(code("Triều Tiên phóng tên lửa bất chấp lệnh cấm của Liên hợp quốc."))
    assert ("ASSAULT", "PRK", "UN") not in found


def test_defying_what_no_party_owns_rejects_no_one(code: Code, keys: Keys) -> None:
    found = keys(code("Quân đội Sudan và RSF vẫn giao tranh bất chấp lệnh ngừng bắn."))
    assert not {k for k in found if k[0] == "REJECT"}

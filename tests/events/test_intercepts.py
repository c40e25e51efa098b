"""What a shot-down craft says of who attacked whom (``reported.ReportedRules._intercepted``).

Missiles, and drones counted as a wave, shot down are their owner's attack on the one who shot
them down; one drone, a spy drone or a balloon shot down is the shooter's act against its owner.
Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

CASES: list[tuple[str, tuple[str, str, str], tuple[str, str, str]]] = [
    # one drone: the shooter attacks the owner
    (
        "Iran bắn rơi một máy bay không người lái của Mỹ trên eo biển Hormuz.",
        ("ASSAULT", "IRN", "USA"),
        ("ASSAULT", "USA", "IRN"),
    ),
    (
        "Lực lượng Houthi bắn hạ máy bay không người lái của Mỹ.",
        ("ASSAULT", "HOUTHI", "USA"),
        ("ASSAULT", "USA", "HOUTHI"),
    ),
    # a spy drone, however many
    (
        "Nga bắn hạ UAV trinh sát của Ukraine.",
        ("ASSAULT", "RUS", "UKR"),
        ("ASSAULT", "UKR", "RUS"),
    ),
    # a balloon attacks no one
    (
        "Mỹ bắn hạ khí cầu của Trung Quốc.",
        ("ASSAULT", "USA", "CHN"),
        ("ASSAULT", "CHN", "USA"),
    ),
    # missiles and waves of drones stay their owner's attack
    (
        "Syria bắn hạ 13 quả tên lửa của Mỹ.",
        ("ASSAULT", "USA", "SYR"),
        ("ASSAULT", "SYR", "USA"),
    ),
    (
        "Nga bắn hạ 20 UAV của Ukraine.",
        ("ASSAULT", "UKR", "RUS"),
        ("ASSAULT", "RUS", "UKR"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_shot_down(code: Code, keys: Keys, text: str, present: tuple, absent: tuple) -> None:
    got = keys(code(text))
    assert present in got, f"missing {present} in {got}"
    assert absent not in got

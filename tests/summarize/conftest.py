"""A cluster of three short articles about one invented story, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CLUSTER = Path(__file__).parent / "cluster_lua"


@pytest.fixture(scope="module")
def cluster_dir() -> Path:
    return CLUSTER


@pytest.fixture(scope="module")
def articles() -> list[str]:
    return [(CLUSTER / "docs" / f"{i}.txt").read_text(encoding="utf-8") for i in (1, 2, 3)]

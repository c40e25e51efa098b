"""Fixtures: the hand-written articles of ``story_articles`` as Documents."""

from __future__ import annotations

import pytest
from story_articles import RICE, RICE_ENTITIES, STORM, STORM_ENTITIES, make_doc

from sukien.document import Document


@pytest.fixture
def rice_docs() -> list[Document]:
    return [
        make_doc(f"lua-{i}", t, x, f"2025-03-1{2 + i}", RICE_ENTITIES, (("VNM", "LAO", "AGREE"),))
        for i, (t, x) in enumerate(RICE)
    ]


@pytest.fixture
def storm_docs() -> list[Document]:
    return [
        make_doc(f"bao-{i}", t, x, f"2025-03-1{3 + i}", STORM_ENTITIES)
        for i, (t, x) in enumerate(STORM)
    ]

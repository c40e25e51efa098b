"""A real nlp + entities + values chain (loaded once) to code sentences we write ourselves."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Document, Event
from sukien.events.coder import Coder
from sukien.pipeline import Stage, load_stage

Code = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def stages() -> list[Stage]:
    """The real nlp, entities and values stages, loaded once."""
    return [load_stage(n)() for n in ("nlp", "entities", "values")]


@pytest.fixture(scope="session")
def code(stages: list[Stage]) -> Code:
    coder = Coder()

    def run(text: str, published: str | None = "2024-03-15", doc_id: str = "t") -> list[Event]:
        doc = Document(doc=doc_id, text=text, published=published)
        for st in stages:
            doc = st.process(doc)
        return coder.code(doc)

    return run


def _keys(events: list[Event], modality: str | None = "asserted") -> set[tuple[str, str, str]]:
    """(type, actor code, recipient code) of the events of one modality (None: all)."""
    return {
        (e.type, e.actor.code or "", e.recipient.code or "")  # type: ignore[union-attr]
        for e in events
        if modality is None or e.modality == modality
    }


@pytest.fixture(scope="session")
def keys() -> Callable[..., set[tuple[str, str, str]]]:
    return _keys

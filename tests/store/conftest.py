"""Documents built directly (no other stage involved) for the store tests."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from sukien.document import Actor, Document, Entity, Event, Evidence, Sentence, Span


def build_doc(
    doc: str,
    text: str,
    *,
    title: str | None = None,
    source: str | None = "Báo Thử Nghiệm",
    published: str | None = "2024-05-20",
    entities: list[tuple[str, str, str, str | None]] = (),  # (surface, type, id, code)
    events: list[dict] = (),
) -> Document:
    """A Document whose sentences, entity offsets and event evidence are computed from text."""
    d = Document(doc=doc, title=title, source=source, published=published, text=text)
    d.path = f"/in/{doc}.txt"
    d.paragraphs = [Span(0, len(text))]
    d.sentences = [
        Sentence(m.group(), m.start(), m.end())
        for m in re.finditer(r"[^.!?]+[.!?]?", text)
        if m.group().strip()
    ]
    for surface, typ, eid, code in entities:
        for m in re.finditer(re.escape(surface), text):
            d.entities.append(
                Entity(surface, typ, m.start(), m.end(), id=eid, name=surface, code=code)
            )
    for ev in events:
        trig = ev["trigger"]
        t0 = text.index(trig)
        sent = next(s for s in d.sentences if s.start <= t0 < s.end)
        d.events.append(
            Event(
                type=ev["type"],
                mode=ev.get("mode"),
                actor=Actor(ev["actor"], ev.get("actor_name")),
                recipient=Actor(ev["recipient"], ev.get("recipient_name")),
                evidence=Evidence(doc, sent.text, sent.start, sent.end, Span(t0, t0 + len(trig))),
                date=ev.get("date"),
                location=ev.get("location"),
                quad_class=ev.get("quad_class", 1),
                score=ev.get("score", 3.0),
                trigger=trig,
                confidence=0.8,
            )
        )
    return d


MEETING = (
    "Tổng thống Nga hội đàm với Chủ tịch nước Việt Nam tại Đà Nẵng ngày 19/5. "
    "Hai bên nhất trí tăng cường hợp tác kinh tế."
)


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., Document]:
    return build_doc


@pytest.fixture
def meeting_doc() -> Document:
    return build_doc(
        "hop-mat",
        MEETING,
        title="Nga và Việt Nam hội đàm tại Đà Nẵng",
        entities=[("Nga", "GPE", "GPE:RUS", "RUS"), ("Việt Nam", "GPE", "GPE:VNM", "VNM"),
                  ("Đà Nẵng", "LOC", "LOC:da-nang", None)],
        events=[{"type": "CONSULT", "mode": "visit", "actor": "RUS", "recipient": "VNM",
                 "trigger": "hội đàm", "date": "2024-05-19", "location": "Đà Nẵng"}],
    )  # fmt: skip

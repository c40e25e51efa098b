"""Events stated in an article's headline, coded from the title as a one-sentence document.

A headline states the story's main event in one clause ("Nga trục xuất hai nhà ngoại giao
Đức"), and pages or feeds often give a body that begins after the lead paragraph, so that
event may be stated nowhere else. The title is analysed like a body (sentences, words,
entities, values) by stages of its own and coded by the same ``Coder``; its events carry
``Evidence.part == "title"`` with offsets into the title. An event the body also states
(same type and dyad, ``merge.candidate_key``, and modality) is left to the body, whose evidence
is richer.
"""

from __future__ import annotations

from collections.abc import Iterable

from sukien.document import Document, Event
from sukien.events.coder import Coder
from sukien.events.merge import candidate_key
from sukien.pipeline import Stage

_END = ".!?…"


def headline_text(title: str | None) -> str:
    """The title as a sentence: stripped, ending with a full stop when it has no end mark."""
    t = " ".join((title or "").split())
    if t and t[-1] not in _END:
        t += "."
    return t


class HeadlineCoder:
    """Codes a document's title with ``coder`` after running ``stages`` over it (built lazily:
    by default the nlp, entities and values stages)."""

    def __init__(self, coder: Coder, stages: Iterable[Stage] | None = None) -> None:
        self.coder = coder
        self._stages = list(stages) if stages is not None else None

    @property
    def stages(self) -> list[Stage]:
        if self._stages is None:
            from sukien.entities.stage import EntityStage
            from sukien.nlp.stage import NlpStage
            from sukien.values.stage import ValueStage

            self._stages = [NlpStage(), EntityStage(), ValueStage()]
        return self._stages

    def analyse(self, doc: Document) -> Document | None:
        """The title of ``doc`` as an analysed one-sentence document (None without a title)."""
        text = headline_text(doc.title)
        if not text:
            return None
        head: Document | None = Document(
            doc=doc.doc,
            path=doc.path,
            published=doc.published,
            text=text,
        )
        for stage in self.stages:
            if head is None:
                return None
            head = stage.process(head)
        return head

    def code(
        self, doc: Document, body: Iterable[Event] = (), head: Document | None = None
    ) -> list[Event]:
        """Events stated in the title of ``doc`` and not already among ``body``'s events;
        ``head``: the title already analysed (``analyse``)."""
        head = head if head is not None else self.analyse(doc)
        if head is None:
            return []
        # a body event blocks a title event of the same modality only: a planned exercise in
        # the body leaves the exercise the headline reports as done
        seen = {(candidate_key(e), e.modality) for e in body}
        out: list[Event] = []
        for ev in self.coder.code(head):
            key = (candidate_key(ev), ev.modality)
            if key in seen:
                continue
            seen.add(key)
            ev.evidence.part = "title"
            out.append(ev)
        return out

"""Builds the chain of stages from what each declares, runs it streaming, keeps counts.

A stage is a class with ``name``, ``requires`` and ``provides`` (attribute names of
``Document``) and a ``process(doc)`` method returning the document, or ``None`` to drop it
(after calling ``self.reject``). Building a pipeline whose chain is broken fails at once with
a sentence naming the missing step. Adding a stage = one module plus one line in ``STAGES``.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from sukien.document import Document, Rejected

# what ingestion fills in before any stage runs
INGEST_PROVIDES = frozenset({"doc", "raw", "path", "title", "source", "url", "published", "meta"})

# name -> "module:Class"; imported lazily so a stage's dependencies load only when it is used
STAGES: dict[str, str] = {
    "clean": "sukien.clean.stage:CleanStage",
    "dedup": "sukien.dedup.stage:DedupStage",
    "nlp": "sukien.nlp.stage:NlpStage",
    "entities": "sukien.entities.stage:EntityStage",
    "values": "sukien.values.stage:ValueStage",
    "events": "sukien.events.stage:EventStage",
}

DEFAULT_CHAIN = ("clean", "dedup", "nlp", "entities", "values", "events")


class PipelineError(ValueError):
    """The chain of stages cannot work as asked."""


class Stage:
    """Base class: declare ``name``, ``requires``, ``provides``; implement ``process``."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.rejected: list[Rejected] = []

    def process(self, doc: Document) -> Document | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def reject(self, doc: Document, reason: str) -> None:
        """Record why ``doc`` is dropped by this stage."""
        self.counts["rejected"] += 1
        self.rejected.append(Rejected(doc.path or doc.doc, reason, self.name))

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.counts["in"] += 1
            before = len(self.rejected)
            try:
                out = self.process(doc)
            except Exception as exc:  # a bad document never stops the run
                self.reject(doc, f"{type(exc).__name__}: {exc}")
                continue
            if out is None:
                if len(self.rejected) == before:
                    self.reject(doc, "dropped")
                continue
            self.counts["out"] += 1
            yield out


def load_stage(name: str) -> type[Stage]:
    """Import the class registered under ``name``."""
    try:
        target = STAGES[name]
    except KeyError:
        known = ", ".join(sorted(STAGES))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)


def check_chain(stages: Iterable[type[Stage] | Stage]) -> None:
    """Raise ``PipelineError`` if a stage requires what no earlier step provides."""
    have = set(INGEST_PROVIDES)
    for st in stages:
        missing = set(st.requires) - have
        if missing:
            providers = sorted(
                n for n in STAGES if n != st.name and set(load_stage(n).provides) & missing
            )
            hint = f"; add {', '.join(providers)} before it" if providers else ""
            raise PipelineError(
                f"stage {st.name!r} requires {', '.join(sorted(missing))}, "
                f"which no earlier stage provides{hint}"
            )
        have |= set(st.provides)


class Pipeline:
    """An ordered, checked chain of stage instances."""

    def __init__(self, stages: list[Stage]) -> None:
        check_chain(stages)
        self.stages = stages

    @classmethod
    def build(cls, names: Iterable[str] = DEFAULT_CHAIN, **options: object) -> Pipeline:
        """Instantiate the named stages (options go to stages whose ``__init__`` takes them)."""
        insts: list[Stage] = []
        for name in names:
            klass = load_stage(name)
            insts.append(_instantiate(klass, options))
        return cls(insts)

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream: Iterable[Document] = docs
        for st in self.stages:
            stream = st(stream)
        yield from stream

    def run(
        self, docs: Iterable[Document], sink: Callable[[Document], None] | None = None
    ) -> list[Document]:
        """Run to the end; pass each output to ``sink`` or collect them."""
        out: list[Document] = []
        for d in self(docs):
            if sink is None:
                out.append(d)
            else:
                sink(d)
        return out

    @property
    def counts(self) -> dict[str, dict[str, int]]:
        return {st.name: dict(st.counts) for st in self.stages}

    @property
    def rejected(self) -> list[Rejected]:
        return [r for st in self.stages for r in st.rejected]


def _instantiate(klass: type[Stage], options: dict[str, object]) -> Stage:
    import inspect

    params = inspect.signature(klass.__init__).parameters
    kwargs = {k: v for k, v in options.items() if k in params}
    return klass(**kwargs)

"""The models every stage shares: Document, Sentence, Token, Entity, Event.

A Document is created by ingestion from one article and flows through the pipeline; each
stage fills in the attributes it declares in ``provides`` (see ``sukien.pipeline``). All
character offsets (``start``/``end``) index ``Document.text``, the cleaned body, as Python
string indices of the NFC text; ``end`` is exclusive.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A half-open character range of ``Document.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A word (possibly several syllables, as underthesea segments it)."""

    text: str
    start: int
    end: int
    pos: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence of the cleaned body with its words."""

    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    """A mention of a named entity or a normalised value, linked to a canonical identity.

    ``type``: PER, ORG, LOC, GPE for named entities; DATE, MONEY, PERCENT for values (these live
    in ``Document.values``, not ``Document.entities``).
    ``kind``: finer class: state, territory, capital, city, region, organisation, government-body,
    armed-group, company, media (news agencies/outlets: typed ORG but never event actors), person.
    ``id``: canonical id shared by every mention of the same thing across documents
    (``GPE:RUS``, ``ORG:ASEAN``, ``PER:vladimir-putin``, ``LOC:sochi``).
    ``code``: ISO 3166-1 alpha-3 for states, documented upper-case code for organisations.
    ``country``: alpha-3 of the country a person, place or organisation belongs to.
    ``value``: the normalised value of DATE/MONEY/PERCENT mentions (ISO date, amount…).
    """

    text: str
    type: str
    start: int | None  # None: a mention from metadata only (no offsets in the text)
    end: int | None
    id: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    kind: str | None = None
    value: Any = None
    confidence: float = 1.0


@dataclass(slots=True)
class Actor:
    """An event participant at state / organisation level, with the mention it came from."""

    code: str | None
    name: str | None = None
    role: str | None = None
    entity_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Evidence:
    """Where an event is stated: the sentence and the offsets of the trigger and arguments."""

    doc: str
    sentence: str
    start: int
    end: int
    trigger: Span | None = None
    spans: dict[str, Span] = field(default_factory=dict)
    # the part of the article stating it: "text" (offsets into Document.text) or "title"
    # (the headline; offsets into the title)
    part: str = "text"


@dataclass(slots=True)
class Event:
    """One PLOVER event as reported in one document (a mention)."""

    type: str
    mode: str | None
    actor: Actor | None
    recipient: Actor | None
    evidence: Evidence
    date: str | None = None
    location: str | None = None
    topic: str | None = None
    modality: str = "asserted"
    quad_class: int | None = None
    score: float | None = None
    quantities: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.5
    trigger: str | None = None
    # "sentence": the evidence sentence states the date; "context": taken from the rest of the
    # article (sukien.events.dating); None: undated
    date_source: str | None = None
    # the same for ``location`` (sukien.events.placing): "sentence" or "context"; None: unplaced
    location_source: str | None = None


@dataclass(slots=True)
class Document:
    """One article and everything the pipeline learns about it."""

    doc: str
    raw: str = ""
    path: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    text: str = ""
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    values: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    duplicate_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        """Content hash of the cleaned title and body (the identity used for idempotency)."""
        h = hashlib.sha256()
        h.update((self.title or "").encode("utf-8"))
        h.update(b"\x00")
        h.update(self.text.encode("utf-8"))
        return h.hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """A plain-JSON view of the document (used by exports and the store)."""
        d = asdict(self)
        d["hash"] = self.hash
        return d


@dataclass(slots=True)
class Rejected:
    """An input that could not become a document, or a document a stage refused."""

    source: str
    reason: str
    stage: str = "ingest"

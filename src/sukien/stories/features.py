"""What story clustering compares: an article's terms, entities, event dyads and date.

Terms are syllable bigrams of the title (counted twice) and the opening of the body, without
bigrams made only of function syllables (``data/summarize/stopwords.txt``). Entities are the
canonical ids the entity stage linked (news outlets left out; states, which many unrelated
stories share, count half). Dyads are (actor, recipient, event type) of coded events.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from sukien.document import Document
from sukien.summarize.syllables import syllables

STOPWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "summarize" / "stopwords.txt"
BODY_SYLLABLES = 400  # the opening of the body says what the story is
STATE_WEIGHT = 0.5

Vector = dict[Hashable, float]


@cache
def stopwords() -> frozenset[str]:
    """Function syllables (lower case) from the data file."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def parse_date(value: str | None) -> date | None:
    """A full ISO date (``YYYY-MM-DD``); partial or missing dates give ``None``."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _normalise(counts: Counter) -> Vector:
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return {k: v / norm for k, v in counts.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two sparse vectors (``a`` normalised; ``b`` may be any scale)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    nb = math.sqrt(sum(v * v for v in b.values()))
    na = math.sqrt(sum(v * v for v in a.values()))
    return dot / (na * nb) if na and nb else 0.0


def norm(v: Vector) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


def dot(a: Vector, b: Vector, b_norm: float) -> float:
    """Cosine of a unit vector ``a`` with ``b`` whose norm is ``b_norm``."""
    if not b_norm:
        return 0.0
    return sum(v * b.get(k, 0.0) for k, v in a.items()) / b_norm


def term_counts(title: str | None, text: str) -> Counter:
    """Content bigrams of the title (twice) and the body's opening."""
    stop = stopwords()
    counts: Counter = Counter()
    for words, weight in (
        ([w.lower() for w in syllables(title or "")], 2),
        ([w.lower() for w in syllables(text)[:BODY_SYLLABLES]], 1),
    ):
        for a, b in zip(words, words[1:], strict=False):
            if (a in stop and b in stop) or a.isdigit() or b.isdigit():
                continue
            counts[(a, b)] += weight
    return counts


@dataclass(slots=True)
class ArticleFeatures:
    """One article as story clustering sees it."""

    key: Hashable
    title: str | None
    date: date | None
    terms: Vector
    entities: Vector
    dyads: frozenset[tuple[str, str, str]]
    entity_names: dict[str, str] = field(default_factory=dict)
    entity_counts: Counter = field(default_factory=Counter)


def entity_counts(doc: Document) -> tuple[Counter, dict[str, str]]:
    """Weighted counts of the linked entity ids of ``doc`` and their names."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for e in doc.entities:
        if not e.id or e.kind == "media" or e.type not in {"PER", "ORG", "GPE", "LOC"}:
            continue
        counts[e.id] += STATE_WEIGHT if e.kind == "state" or e.type == "GPE" else 1.0
        names.setdefault(e.id, e.name or e.text)
    return counts, names


def event_dyads(doc: Document) -> frozenset[tuple[str, str, str]]:
    """(actor code, recipient code, event type) of the coded events with both parties."""
    out = set()
    for ev in doc.events:
        a = ev.actor.code if ev.actor else None
        r = ev.recipient.code if ev.recipient else None
        if a and r and a != r:
            out.add((a, r, ev.type))
    return frozenset(out)


def article_features(doc: Document, key: Hashable | None = None) -> ArticleFeatures:
    """Features of one processed article (``entities``/``events`` used when present)."""
    ents, names = entity_counts(doc)
    return ArticleFeatures(
        key=doc.doc if key is None else key,
        title=doc.title,
        date=parse_date(doc.published),
        terms=_normalise(term_counts(doc.title, doc.text)),
        entities=_normalise(ents),
        dyads=event_dyads(doc),
        entity_names=names,
        entity_counts=ents,
    )


def add_into(total: dict, vec: Iterable[tuple[Hashable, float]]) -> None:
    for k, v in vec:
        total[k] = total.get(k, 0.0) + v

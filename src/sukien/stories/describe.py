"""What a story shows: a title, its top entities, its date range."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sukien.stories.assign import Story
from sukien.stories.features import cosine


def story_title(story: Story) -> str | None:
    """The title of the member closest to the story's term centroid (earliest on ties)."""
    best, best_v = None, -1.0
    for a in story.articles:
        if not a.title:
            continue
        v = cosine(a.terms, story.terms)
        if v > best_v:
            best, best_v = a.title, v
    return best


def top_entities(story: Story, n: int = 8) -> list[dict[str, Any]]:
    """The entities most mentioned across the members: ``[{"id", "name", "count"}]``."""
    counts: Counter = Counter()
    articles: Counter = Counter()
    names: dict[str, str] = {}
    for a in story.articles:
        for eid, c in a.entity_counts.items():
            counts[eid] += c
            articles[eid] += 1
        for eid, name in a.entity_names.items():
            names.setdefault(eid, name)
    ranked = sorted(counts, key=lambda e: (-articles[e], -counts[e], e))[:n]
    return [
        {"id": e, "name": names.get(e, e), "count": round(counts[e], 1), "articles": articles[e]}
        for e in ranked
    ]


def date_range(story: Story) -> tuple[str | None, str | None]:
    return (
        story.first.isoformat() if story.first else None,
        story.last.isoformat() if story.last else None,
    )

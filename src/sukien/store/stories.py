"""Writing stories (groups of articles) and their summaries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sukien.store.models import Article, Story, StoryArticle, utcnow


def save_story(
    session: Session,
    article_ids: Sequence[int],
    *,
    story_id: int | None = None,
    title: str | None = None,
    summary: str | None = None,
    summary_sentences: Sequence[dict[str, Any]] = (),
    top_entities: Sequence[dict[str, Any]] = (),
) -> int:
    """Create a story, or replace story ``story_id``'s fields and members; returns its id.

    ``start_date``/``end_date`` come from the members' publication dates; ``num_articles``
    from their number. Unknown article ids raise ``ValueError``.
    """
    ids = sorted(set(article_ids))
    found = dict(
        session.execute(select(Article.id, Article.published).where(Article.id.in_(ids))).all()
    )
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValueError(f"no stored article with id {', '.join(map(str, missing))}")
    story = session.get(Story, story_id) if story_id is not None else None
    if story_id is not None and story is None:
        raise ValueError(f"no story with id {story_id}")
    if story is None:
        story = Story()
        session.add(story)
    dates = sorted(d for d in found.values() if d)
    story.title = title
    story.summary = summary
    story.summary_sentences = [dict(s) for s in summary_sentences]
    story.top_entities = [dict(e) for e in top_entities]
    story.start_date = dates[0] if dates else None
    story.end_date = dates[-1] if dates else None
    story.num_articles = len(ids)
    story.updated_at = utcnow()
    session.flush()
    session.execute(delete(StoryArticle).where(StoryArticle.story_id == story.id))
    session.add_all(StoryArticle(story_id=story.id, article_id=i) for i in ids)
    session.flush()
    return story.id


def delete_story(session: Session, story_id: int) -> None:
    session.execute(delete(StoryArticle).where(StoryArticle.story_id == story_id))
    session.execute(delete(Story).where(Story.id == story_id))


def stories_of_articles(session: Session, article_ids: Sequence[int]) -> dict[int, list[int]]:
    """article id -> ids of the stories it belongs to."""
    out: dict[int, list[int]] = {}
    rows = session.execute(
        select(StoryArticle.article_id, StoryArticle.story_id)
        .where(StoryArticle.article_id.in_(list(article_ids)))
        .order_by(StoryArticle.story_id)
    )
    for aid, sid in rows:
        out.setdefault(aid, []).append(sid)
    return out

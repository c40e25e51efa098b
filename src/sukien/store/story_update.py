"""Stories in the store: group newly stored articles into stories, summarise, list them.

``update_stories(store)`` is what ``sukien run``/``sukien stories --update`` call after an
ingest: every stored article not yet in a story is assigned (in date order) to a stored story
within the time window or to a new one (``sukien.stories``); each story that changed gets a new
title, date range, top entities and summary (``sukien.summarize``), saved with
``sukien.store.stories.save_story``. Running it again with no new articles changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sukien.document import Document
from sukien.store.documents import load_documents
from sukien.store.models import Article, Story, StoryArticle
from sukien.store.stories import save_story
from sukien.stories import (
    DEFAULT,
    Settings,
    StoryClusterer,
    article_features,
    story_title,
    top_entities,
)
from sukien.stories import Story as StoryGroup
from sukien.stories.features import cosine

SUMMARY_WORDS = 120  # syllables of a story summary
SUMMARY_MAX_ARTICLES = 20  # the members closest to the story's centre are summarised
MAX_CANDIDATES = 500  # stored stories compared with new articles (the latest ones)
FEATURE_MEMBERS = 30  # a stored story is represented by its latest members


@dataclass
class StoryUpdate:
    """What ``update_stories`` did."""

    assigned: int = 0
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)


def _unassigned(s: Session) -> list[int]:
    in_story = select(StoryArticle.article_id)
    return list(
        s.scalars(select(Article.id).where(Article.id.not_in(in_story)).order_by(Article.id))
    )


def _candidates(s: Session, docs: Sequence[Document], window_days: int) -> list[Story]:
    """Stored stories whose dates reach the new articles' window (undated ones too), latest
    first, at most ``MAX_CANDIDATES``."""
    dates = sorted(d.published[:10] for d in docs if d.published and len(d.published) >= 10)
    stmt = select(Story).order_by(Story.updated_at.desc(), Story.id.desc()).limit(MAX_CANDIDATES)
    if dates and len(dates) == len(docs):
        since = (date.fromisoformat(dates[0]) - timedelta(days=window_days)).isoformat()
        stmt = stmt.where(or_(Story.end_date.is_(None), Story.end_date >= since))
    return list(s.scalars(stmt))


def _summary_docs(group: StoryGroup, docs: dict[int, Document]) -> list[Document]:
    members = [a for a in group.articles if a.key in docs]
    if len(members) > SUMMARY_MAX_ARTICLES:
        members.sort(key=lambda a: -cosine(a.terms, group.terms))
        members = members[:SUMMARY_MAX_ARTICLES]
    return [docs[a.key] for a in sorted(members, key=lambda a: a.key)]  # type: ignore[arg-type]


def describe(group: StoryGroup, docs: dict[int, Document], max_words: int) -> dict[str, Any]:
    """Title, top entities and summary (sentences citing ``doc`` and ``article_id``)."""
    from sukien.summarize import summarize_cluster

    chosen = _summary_docs(group, docs)
    summary = summarize_cluster(chosen, max_words)
    ids = {d.doc: d.meta["article_id"] for d in chosen}
    return {
        "title": story_title(group),
        "top_entities": top_entities(group),
        "summary": summary.text,
        "summary_sentences": [
            {"text": x.text, "doc": x.doc, "article_id": ids.get(x.doc)} for x in summary.sentences
        ],
    }


def update_stories_in(
    s: Session, settings: Settings = DEFAULT, max_words: int = SUMMARY_WORDS
) -> StoryUpdate:
    """``update_stories`` inside an open session (the caller commits)."""
    report = StoryUpdate()
    new_ids = _unassigned(s)
    if not new_ids:
        return report
    new_docs = list(load_documents(s, new_ids))
    stored = _candidates(s, new_docs, settings.window_days)
    member_ids = {st.id: sorted(m.article_id for m in st.articles) for st in stored}
    sample = {sid: ids[-FEATURE_MEMBERS:] for sid, ids in member_ids.items()}
    to_load = sorted({i for ids in sample.values() for i in ids})
    docs: dict[int, Document] = {d.meta["article_id"]: d for d in load_documents(s, to_load)}
    groups = []
    for st in stored:
        g = StoryGroup(id=st.id)
        for aid in sample[st.id]:
            if aid in docs:
                g.add(article_features(docs[aid], aid))
        groups.append(g)
    clusterer = StoryClusterer(groups, settings)
    touched: set[int] = set()
    feats = [article_features(d, d.meta["article_id"]) for d in new_docs]
    feats.sort(key=lambda a: (a.date is None, a.date.isoformat() if a.date else "", a.key))
    for d in new_docs:
        docs[d.meta["article_id"]] = d
    for a in feats:
        touched.add(clusterer.add(a))
        report.assigned += 1
    for i in sorted(touched):
        g = clusterer.stories[i]
        fields = describe(g, docs, max_words)
        members = set(member_ids.get(g.id, ())) | {int(k) for k in g.members}  # type: ignore[call-overload]
        sid = save_story(s, sorted(members), story_id=g.id, **fields)
        (report.updated if g.id is not None else report.created).append(sid)
        g.id = sid
    return report


def update_stories(
    store: Any, settings: Settings = DEFAULT, max_words: int = SUMMARY_WORDS
) -> StoryUpdate:
    """Assign unassigned stored articles to stories and refresh the stories that changed.

    ``store``: a ``Store`` (one transaction) or an open ``Session``.
    """
    if isinstance(store, Session):
        return update_stories_in(store, settings, max_words)
    with store.session() as s:
        return update_stories_in(s, settings, max_words)


def list_stories(
    s: Session, limit: int = 50, offset: int = 0, story_id: int | None = None
) -> list[dict[str, Any]]:
    """Stories, latest first: id, title, dates, article count, top entities, summary, members."""
    stmt = select(Story).order_by(Story.end_date.desc().nulls_last(), Story.id.desc())
    if story_id is not None:
        stmt = select(Story).where(Story.id == story_id)
    out = []
    for st in s.scalars(stmt.limit(limit).offset(offset)):
        rows = s.execute(
            select(Article.id, Article.doc, Article.title, Article.source, Article.published)
            .join(StoryArticle, StoryArticle.article_id == Article.id)
            .where(StoryArticle.story_id == st.id)
            .order_by(Article.published, Article.id)
        ).all()
        out.append(
            {
                "id": st.id,
                "title": st.title,
                "start_date": st.start_date,
                "end_date": st.end_date,
                "num_articles": st.num_articles,
                "top_entities": st.top_entities,
                "summary": st.summary,
                "summary_sentences": st.summary_sentences,
                "articles": [
                    {"id": r[0], "doc": r[1], "title": r[2], "source": r[3], "published": r[4]}
                    for r in rows
                ],
            }
        )
    return out

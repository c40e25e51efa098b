"""Stories: articles grouped by shared events, entities, words and time, incrementally.

Pure logic (no database): ``article_features(doc)`` → ``StoryClusterer.add`` / ``group``;
``story_title``/``top_entities`` describe a story. ``sukien.store.story_update`` persists them.
"""

from sukien.stories.assign import (
    DEFAULT,
    Settings,
    Story,
    StoryClusterer,
    best_story,
    group,
    similarity,
)
from sukien.stories.describe import date_range, story_title, top_entities
from sukien.stories.features import ArticleFeatures, article_features

__all__ = [
    "DEFAULT",
    "ArticleFeatures",
    "Settings",
    "Story",
    "StoryClusterer",
    "article_features",
    "best_story",
    "date_range",
    "group",
    "similarity",
    "story_title",
    "top_entities",
]

"""Story assignment: shared words, entities and dyads within a time window make one story."""

from __future__ import annotations

from story_articles import make_doc

from sukien.document import Document
from sukien.stories import (
    DEFAULT,
    Settings,
    StoryClusterer,
    article_features,
    date_range,
    group,
    similarity,
    story_title,
    top_entities,
)


def _groups(docs: list[Document], settings: Settings = DEFAULT) -> list[set[str]]:
    stories = group([article_features(d) for d in docs], settings)
    return [set(map(str, s.members)) for s in stories]


def test_two_stories_are_told_apart(rice_docs: list[Document], storm_docs: list[Document]) -> None:
    mixed = [rice_docs[0], storm_docs[0], rice_docs[1], storm_docs[1], rice_docs[2]]
    got = sorted(_groups(mixed), key=len)
    assert got == [{"bao-0", "bao-1"}, {"lua-0", "lua-1", "lua-2"}]


def test_same_words_far_apart_in_time_are_different_stories(storm_docs: list[Document]) -> None:
    late = make_doc("bao-sau", storm_docs[1].title or "", storm_docs[1].text, "2025-06-20")
    got = _groups([storm_docs[0], late])
    assert sorted(map(sorted, got)) == [["bao-0"], ["bao-sau"]]


def test_undated_articles_are_compared_on_content(storm_docs: list[Document]) -> None:
    for d in storm_docs:
        d.published = None
    assert _groups(storm_docs) == [{"bao-0", "bao-1"}]


def test_shared_entities_and_dyads_raise_similarity(rice_docs: list[Document]) -> None:
    a = article_features(rice_docs[0])
    bare = make_doc("x", rice_docs[1].title or "", rice_docs[1].text, rice_docs[1].published)
    c_with, c_without = StoryClusterer(), StoryClusterer()
    c_with.add(article_features(rice_docs[1]))
    c_without.add(article_features(bare))
    s = Settings()
    assert similarity(a, c_with.stories[0], s) > similarity(a, c_without.stories[0], s)


def test_a_shared_country_alone_does_not_make_a_story(rice_docs: list[Document]) -> None:
    other = make_doc(
        "khac",
        "Giá cà phê xuất khẩu tăng mạnh trong tháng ba",
        "Giá cà phê xuất khẩu của các doanh nghiệp tăng mạnh nhờ nhu cầu từ châu Âu phục hồi.",
        "2025-03-13",
        (("GPE:VNM", "GPE", "state"), ("GPE:LAO", "GPE", "state")),
    )
    assert len(_groups([rice_docs[0], other])) == 2


def test_incremental_add_to_existing_stories(rice_docs: list[Document], storm_docs) -> None:
    first = group([article_features(d) for d in rice_docs[:2] + storm_docs[:1]])
    c = StoryClusterer(first)
    i = c.add(article_features(rice_docs[2]))
    assert set(c.stories[i].members) == {"lua-0", "lua-1", "lua-2"}
    j = c.add(article_features(storm_docs[1]))
    assert set(c.stories[j].members) == {"bao-0", "bao-1"} and len(c.stories) == 2


def test_story_description(rice_docs: list[Document]) -> None:
    (story,) = group([article_features(d) for d in rice_docs])
    assert story_title(story) in {d.title for d in rice_docs}
    ents = top_entities(story)
    assert ents[0]["id"] == "LOC:vientiane"  # specific places before the states
    assert {e["id"] for e in ents} == {"GPE:VNM", "GPE:LAO", "LOC:vientiane"}
    assert date_range(story) == ("2025-03-12", "2025-03-14")

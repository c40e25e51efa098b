"""Merging mentions of one real-world event: dyad, type, date window, place, never text."""

from __future__ import annotations

from sukien.document import Actor, Event, Evidence
from sukien.events.merge import (
    Merger,
    candidate_key,
    dates_compatible,
    merge_events,
    places_compatible,
    same_event,
)


def ev(
    typ: str = "CONSULT",
    a: str = "RUS",
    b: str = "PHL",
    date: str | None = "2017-10-03",
    loc: str | None = None,
    doc: str = "d1",
    sentence: str = "Hai tổng thống hội đàm.",
    modality: str = "asserted",
    conf: float = 0.8,
) -> Event:
    return Event(
        typ,
        None,
        Actor(a),
        Actor(b),
        Evidence(doc, sentence, 0, len(sentence)),
        date=date,
        location=loc,
        modality=modality,
        confidence=conf,
    )


def test_key_is_unordered_for_symmetric_types_only() -> None:
    assert candidate_key(ev("CONSULT", "RUS", "PHL")) == candidate_key(ev("CONSULT", "PHL", "RUS"))
    assert candidate_key(ev("SANCTION", "USA", "RUS")) != candidate_key(
        ev("SANCTION", "RUS", "USA")
    )


def test_same_meeting_reported_twice_in_other_words() -> None:
    a = ev(doc="vnexpress", sentence="Ông Putin tiếp ông Duterte tại Sochi.", loc="Sochi")
    b = ev("CONSULT", "PHL", "RUS", "2017-10-04", "Sochi", "tuoitre", "Hai nhà lãnh đạo hội đàm.")
    assert same_event(a, b)


def test_same_words_different_events_stay_apart() -> None:
    text = "Ngoại trưởng hai nước đã hội đàm."
    assert not same_event(ev(sentence=text), ev(b="VNM", sentence=text))  # other dyad
    assert not same_event(ev(sentence=text), ev(date="2017-11-20", sentence=text))  # other month
    assert not same_event(ev(loc="Sochi"), ev(loc="Moscow"))  # other place
    assert not same_event(ev(), ev("AGREE"))  # other type
    assert not same_event(ev(), ev(modality="planned"))  # announced is not done
    assert not same_event(ev("SANCTION", "USA", "RUS"), ev("SANCTION", "RUS", "USA"))


def test_a_place_told_more_or_less_precisely_is_one_place() -> None:
    assert same_event(ev(loc="Tehran"), ev(loc="Iran"))  # a city and its state
    assert same_event(ev(loc="Kiev"), ev(loc="Kyiv"))  # two spellings of one city
    assert not same_event(ev(loc="Tehran"), ev(loc="Iraq"))
    assert not same_event(ev(loc="Tehran"), ev(loc="Baghdad"))
    assert places_compatible(None, "Sochi") and places_compatible("Nga", "Sochi")
    assert not places_compatible("Sochi", "Moscow")


def test_partial_and_week_dates() -> None:
    assert dates_compatible("--10-03", "2017-10-03")
    assert dates_compatible("2017-10", "2017-10-03")
    assert not dates_compatible("--10-03", "2017-10-09")
    assert dates_compatible("2024-W10", "2024-03-06")
    assert not dates_compatible("2024-W10", "2024-04-06")
    assert dates_compatible("--05", "2018-05-19")


def test_undated_mentions_use_publication_dates() -> None:
    a, b = ev(date=None, doc="a"), ev(date=None, doc="b")
    assert same_event(a, b, "2017-10-03", "2017-10-04")
    assert not same_event(a, b, "2017-10-03", "2017-12-04")
    assert not same_event(a, b)  # nothing to anchor two articles
    assert same_event(ev(date=None, doc="a"), ev(date=None, doc="a"))  # twice in one article
    assert same_event(ev(date="2017-10-03", doc="a"), b, None, "2017-10-05")
    assert not same_event(ev(date="2017-10-03", doc="a"), b, None, "2017-10-20")


def test_merger_counts_mentions_articles_and_sources() -> None:
    m = Merger()
    m.add(ev(doc="a1", date=None), "2017-10-03", "VNA")
    m.add(ev("CONSULT", "PHL", "RUS", "--10-03", doc="a2", conf=0.9), "2017-10-04", "VOV")
    m.add(ev(doc="a2", date=None), "2017-10-04", "VOV")  # twice in one article
    m.add(ev(doc="a3", date="2017-12-01"), "2017-12-01", "VNA")  # a later meeting
    events = m.events
    assert [e.num_mentions for e in events] == [3, 1]
    assert [e.num_articles for e in events] == [2, 1]
    assert [e.num_sources for e in events] == [2, 1]
    assert events[0].event.confidence == 0.9 and events[0].date == "--10-03"


def test_merge_events_helper_accepts_plain_events() -> None:
    merged = merge_events([ev(doc="x"), ev(doc="y"), ev("ASSAULT", "RUS", "UKR", doc="y")])
    assert sorted(e.num_mentions for e in merged) == [1, 2]

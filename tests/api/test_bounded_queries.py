"""Bounded search and event pages: capped totals, ranking among the newest matches, and the
newest-first event order (index walk on SQLite, dated + undated parts on PostgreSQL)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sukien.api.queries import EventFilters, list_events, ranked_page, search_articles
from sukien.store import open_store
from sukien.store.models import Event
from sukien.store.search import SearchFilters, search


def _all_matches(s, q: str, f: SearchFilters) -> dict[int, float]:  # noqa: ANN001
    ref = search(s, q, f, limit=1000)
    return {h.article_id: h.score for h in ref.hits}


@pytest.mark.parametrize(
    ("q", "filters"), [("tai", SearchFilters()), ("va", SearchFilters(date_from="2026-05"))]
)
def test_counting_stops_at_the_cap(store_url: str, q: str, filters: SearchFilters) -> None:
    with open_store(store_url) as store, store.Session() as s:
        n = len(_all_matches(s, q, filters))
        assert n >= 2
        exact = ranked_page(s, q, filters, 20, 0, count_cap=n)
        assert (exact.total, exact.capped) == (n, False)
        capped = ranked_page(s, q, filters, 20, 0, count_cap=n - 1)
        assert (capped.total, capped.capped) == (n - 1, True)
        assert [h.id for h in capped.hits] == [h.id for h in exact.hits]  # only the count is cut


@pytest.mark.parametrize("filters", [SearchFilters(), SearchFilters(date_from="2026-01")])
def test_ranking_is_among_the_newest_matches(store_url: str, filters: SearchFilters) -> None:
    with open_store(store_url) as store, store.Session() as s:
        every = _all_matches(s, "va", filters)
        assert len(every) >= 3
        newest = sorted(every, reverse=True)[:2]
        page = ranked_page(s, "va", filters, 2, 0, rank_cap=2)
        assert sorted(h.id for h in page.hits) == sorted(newest)
        for h in page.hits:  # same scores as the store's search
            assert h.score == pytest.approx(every[h.id], rel=1e-6)
        assert page.total == len(every) and not page.capped
        # a page past the candidates widens them: the whole ranking, as without caps
        full = ranked_page(s, "va", filters, len(every), 0, rank_cap=None, count_cap=None)
        wide = ranked_page(s, "va", filters, len(every), 0, rank_cap=1)
        assert [h.id for h in wide.hits] == [h.id for h in full.hits]


def test_listing_without_query_counts_and_orders(store_url: str) -> None:
    with open_store(store_url) as store, store.Session() as s:
        page = search_articles(s, "", limit=50)
        assert page.total == len(page.items) and not page.total_capped
        keys = [(h.published or "", h.id) for h in page.items]
        assert keys == sorted(keys, reverse=True)


def _expected_order(evs: list[Event]) -> list[int]:
    dated = sorted((e for e in evs if e.date is not None), key=lambda e: (e.date, e.id))
    undated = sorted((e for e in evs if e.date is None), key=lambda e: e.id)
    return [e.id for e in reversed(dated)] + [e.id for e in reversed(undated)]


@pytest.mark.parametrize(
    "f", [EventFilters(), EventFilters(actor="RUS"), EventFilters(quad_class=1)]
)
def test_event_pages_are_newest_first(store_url: str, f: EventFilters) -> None:
    with open_store(store_url) as store, store.Session() as s:
        ev = s.scalars(f.apply(select(Event))).all()
        assert ev
        want = _expected_order(list(ev))
        got: list[int] = []
        for off in range(0, len(want) + 2, 2):
            page = list_events(s, f, limit=2, offset=off)
            assert page.total == len(want) and not page.total_capped
            got += [e.id for e in page.items]
        assert got == want
        capped = list_events(s, f, limit=1, count_cap=len(want) - 1) if len(want) > 1 else None
        if capped is not None:
            assert capped.total == len(want) - 1 and capped.total_capped


def test_pages_say_whether_the_total_is_capped(client: TestClient) -> None:
    for path in ("/api/articles", "/api/events"):
        assert client.get(path).json()["total_capped"] is False
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    page = next(v for k, v in schema.items() if k.startswith("Page_EventOut"))
    assert "10,000" in page["properties"]["total_capped"]["description"]

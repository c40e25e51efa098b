"""The API's page-at-a-time search returns what the store's ``search`` returns (same hits,
order, scores, snippets and totals), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from sukien.api.queries import ranked_search
from sukien.store import open_store
from sukien.store.search import SearchFilters, search

CASES = [
    ("Nga", SearchFilters()),
    ("nga", SearchFilters(source="TTXVN")),
    ("hoi dam", SearchFilters()),
    ("hội đàm", SearchFilters(entity="ORG:ASEAN")),
    ('"Trung Quoc"', SearchFilters(date_from="2026-06-11")),
    ("asean sochi", SearchFilters(date_to="2026-05")),
    ("khong co tu nay", SearchFilters()),
]


@pytest.mark.parametrize(("q", "filters"), CASES)
def test_same_as_store_search(store_url: str, q: str, filters: SearchFilters) -> None:
    with open_store(store_url) as store, store.Session() as s:
        for limit, offset in ((20, 0), (1, 1)):
            ref = search(s, q, filters, limit=limit, offset=offset)
            total, hits = ranked_search(s, q, filters, limit, offset)
            assert total == ref.total
            assert [h.id for h in hits] == [h.article_id for h in ref.hits]
            assert [h.snippet for h in hits] == [h.snippet for h in ref.hits]
            assert [h.highlights for h in hits] == [h.highlights for h in ref.hits]
            for a, b in zip(hits, ref.hits, strict=True):
                assert a.score == pytest.approx(b.score, rel=1e-6)

"""Diacritic-insensitive search, the same on SQLite FTS5 and PostgreSQL tsvector."""

from __future__ import annotations

import pytest

from sukien.store import SearchFilters, Store, fold, open_store
from sukien.store.search import Query, snippet

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]

ARTICLES = [
    ("nga-viet", "Nga và Việt Nam thúc đẩy hợp tác năng lượng",
     "Phó Thủ tướng Nga đến Hà Nội. Hai bên bàn về dầu khí và điện hạt nhân.",
     "TTXVN", "2024-03-05", [("Nga", "GPE", "GPE:RUS", "RUS")]),
    ("da-nang", "Lễ hội pháo hoa quốc tế khai mạc",
     "Thành phố Đà Nẵng đón hàng chục nghìn du khách trong đêm khai mạc.",
     "VOV", "2024-06-01", []),
    ("nga-ba", "Tai nạn ở ngã ba",
     "Một xe tải gặp nạn tại ngã ba Huế, không ai bị thương.",
     "Báo Địa Phương", "2024-06-02", []),
    ("lao", "Lào và Campuchia ký biên bản ghi nhớ",
     "Bộ trưởng hai nước ký biên bản ghi nhớ về thương mại biên giới ở Viêng Chăn.",
     "VOV", "2023-11-20", []),
]  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, db_factory, make_doc) -> Store:
    st = open_store(db_factory.create(request.param))
    for doc, title, text, source, published, ents in ARTICLES:
        st.save_document(
            make_doc(doc, text, title=title, source=source, published=published, entities=ents)
        )
    yield st
    st.close()


def docs(results) -> list[str]:
    return sorted(h.doc for h in results.hits)


@pytest.mark.parametrize("q", ["Nga", "nga", "NGA"])
def test_case_insensitive(store: Store, q: str) -> None:
    # tone marks are folded too: "nga" also finds "ngã ba" (documented behaviour)
    assert docs(store.search(q)) == ["nga-ba", "nga-viet"]


def test_exact_tone_ranks_first(store: Store) -> None:
    assert store.search("Nga").hits[0].doc == "nga-viet"
    assert store.search("ngã").hits[0].doc == "nga-ba"


@pytest.mark.parametrize("q", ["Viet Nam", "viet nam", "Việt Nam", '"viet nam"'])
def test_without_diacritics(store: Store, q: str) -> None:
    assert docs(store.search(q)) == ["nga-viet"]


@pytest.mark.parametrize("q", ["da nang", "Đà Nẵng", "đà nẵng", "DA NANG"])
def test_d_bar_folds_to_d(store: Store, q: str) -> None:
    assert docs(store.search(q)) == ["da-nang"]


def test_all_terms_must_match_and_phrases_keep_order(store: Store) -> None:
    assert docs(store.search("nga dau khi")) == ["nga-viet"]
    assert store.search("nga campuchia").total == 0
    assert store.search('"nam viet"').total == 0
    assert docs(store.search("bien ban ghi nho")) == ["lao"]


def test_title_matches_count(store: Store) -> None:
    assert docs(store.search("phao hoa")) == ["da-nang"]


def test_filters(store: Store) -> None:
    assert docs(store.search("", SearchFilters(source="VOV"))) == ["da-nang", "lao"]
    assert docs(store.search("", SearchFilters(date_from="2024-06"))) == ["da-nang", "nga-ba"]
    assert docs(store.search("", SearchFilters(date_to="2024-03"))) == ["lao", "nga-viet"]
    assert docs(store.search("nga", SearchFilters(entity="GPE:RUS"))) == ["nga-viet"]
    assert store.search("nga", SearchFilters(source="VOV")).total == 0


def test_empty_query_lists_newest_first_with_paging(store: Store) -> None:
    page1 = store.search("", limit=2)
    page2 = store.search("", limit=2, offset=2)
    assert page1.total == 4
    assert [h.doc for h in page1.hits + page2.hits] == ["nga-ba", "da-nang", "nga-viet", "lao"]


def test_snippet_shows_original_text_with_highlights(store: Store) -> None:
    (hit,) = store.search("da nang").hits
    (s, e), *_ = hit.highlights
    assert hit.snippet[s:e] == "Đà Nẵng"


def test_no_match_and_punctuation_only_queries(store: Store) -> None:
    assert store.search("xyzzy").total == 0
    assert store.search('"*( ) OR AND NEAR(').total == 0  # FTS syntax is never passed through


def test_fold_keeps_length_and_offsets() -> None:
    s = "Đà Nẵng, Việt Nam; thuỷ điện — Hoà Bình"
    f = fold(s)
    assert len(f) == len(s)
    assert f == "da nang, viet nam; thuy dien — hoa binh"


def test_query_parsing() -> None:
    q = Query.parse('Việt Nam "Đà Nẵng" ;')
    assert q.terms == (("viet",), ("nam",), ("da", "nang"))
    assert q.fts5() == '"viet" "nam" "da nang"'
    assert q.tsquery() == "(viet) & (nam) & (da <-> nang)"
    assert not Query.parse(" ;;; ")


def test_snippet_window_is_cut_at_words() -> None:
    text = "Mở đầu. " + "chữ " * 100 + "Nhật Bản ký kết. " + "đuôi " * 100
    snip, marks = snippet(text, Query.parse("nhat ban"), width=80)
    assert snip.startswith("…") and snip.endswith("…") and len(snip) < 110
    assert [snip[s:e] for s, e in marks] == ["Nhật Bản"]

"""The server-rendered pages (HTML over HTTP, no browser): content, escaping, links, CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sukien.api.app import create_app

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def web(sample_db: str) -> Iterator[TestClient]:
    app = create_app(sample_db, token="")
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def _article_id(web: TestClient, q: str) -> int:
    return web.get("/api/articles", params={"q": q}).json()["items"][0]["id"]


def test_search_page_without_diacritics_and_facets(web: TestClient) -> None:
    r = web.get("/", params={"q": "viet nam"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Việt Nam và Nhật Bản ký thỏa thuận hợp tác năng lượng" in r.text
    assert '<mark class="trigger hit">Việt Nam</mark>' in r.text
    assert 'lang="vi"' in r.text and "Tìm kiếm" in r.text
    # facets link to filtered searches, and the filters work
    home = web.get("/").text
    assert "/?entity=ORG%3AASEAN" in home and "event_type=PROTEST" in home
    protest = web.get("/", params={"event_type": "PROTEST"}).text
    assert "Philippines phản đối tàu Trung Quốc" in protest and "Nhật Bản ký" not in protest


def test_article_page_escapes_markup_and_links_entities(web: TestClient) -> None:
    aid = _article_id(web, "an ninh mang")
    page = web.get(f"/articles/{aid}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page or (
        "&lt;script&gt;alert('xss')&lt;/script&gt;" in page
    )
    assert 'href="/entities/GPE:USA"' in page and 'href="/entities/GPE:CHN"' in page
    assert '<mark class="trigger"' in page and "chỉ trích" in page


def test_article_page_marks_dates_and_places_taken_from_context(web: TestClient) -> None:
    aid = _article_id(web, "thúc đẩy thương mại")
    page = web.get(f"/articles/{aid}").text
    # the agreement, dated and placed by the meeting's sentence: its date and its place
    assert page.count("(bài)</small>") == 2
    mentions = web.get(f"/api/articles/{aid}").json()["events"]
    sources = {m["type"]: (m["date_source"], m["location_source"]) for m in mentions}
    assert sources["AGREE"] == ("context", "context")
    assert sources["CONSULT"] == ("sentence", "sentence")


def test_entity_page_has_timeline_graph_and_events(web: TestClient) -> None:
    page = web.get("/entities/GPE:CHN").text
    assert "Trung Quốc" in page
    assert 'id="timeline"' in page and 'id="graph"' in page
    assert "/static/plotly.min.js" in page
    assert "PROTEST" in page and "REJECT" in page and "ACCUSE" in page
    assert web.get("/entities/GPE:NOPE", headers=HTML).status_code == 404


def test_events_csv_download_follows_filters(web: TestClient) -> None:
    r = web.get("/events.csv", params={"quad_class": 3})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert sorted(x["event_type"] for x in rows) == ["ACCUSE", "PROTEST", "REJECT"]
    prot = next(x for x in rows if x["event_type"] == "PROTEST")
    assert prot["actor1_code"] == "PHL" and prot["actor2_code"] == "CHN"
    assert prot["trigger"] == "phản đối" and prot["evidence_sentence"].startswith("Philippines")


def test_story_map_dyads_graph_pages(web: TestClient) -> None:
    stories = web.get("/stories").text
    assert "Nga và ASEAN hội đàm tại Sochi" in stories
    story = web.get("/stories/1").text
    assert 'class="cite"' in story and "Các bên bàn về an ninh năng lượng" in story
    m = web.get("/map").text
    assert 'id="map"' in m and "Sochi" in m and "43.6028" in m
    d = web.get("/dyads", params={"actor": "RUS", "recipient": "ASEAN"}).text
    assert 'id="dyad-RUS-ASEAN"' in d
    g = web.get("/graph").text
    assert 'id="network"' in g


def test_html_errors_for_people_json_for_programs(web: TestClient) -> None:
    r = web.get("/articles/424242", headers=HTML)
    assert r.status_code == 404 and "Lỗi 404" in r.text
    r = web.get("/api/articles/424242", headers=HTML)
    assert r.status_code == 404 and r.json()["error"] == "no article with id 424242"


def test_api_docs_page_needs_no_cdn(web: TestClient) -> None:
    page = web.get("/api-docs").text
    assert "GET /api/articles" in page and "GET /api/dyads" in page and "POST /api/ingest" in page
    assert "cdn" not in page.lower()
    assert web.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_place_page_lists_the_events_there(web: TestClient) -> None:
    page = web.get("/entities/LOC:sochi").text
    assert "Sự kiện tại đây" in page and "CONSULT" in page and "AGREE" in page
    assert 'id="timeline"' in page


def test_min_confidence_filter(web: TestClient) -> None:
    def n(**params: object) -> int:
        r = web.get("/events.csv", params=params)
        assert r.status_code == 200
        return len(list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff")))))

    everything = n()
    assert everything > 0 and n(min_confidence=0) == everything and n(min_confidence=1) == 0
    page = web.get("/events").text
    assert 'name="min_confidence"' in page and "Tin cậy <small>conf.</small>" in page
    bad = web.get("/events", params={"min_confidence": "high"}, headers=HTML)
    assert bad.status_code == 422 and "min_confidence" in bad.text
    assert web.get("/api/events", params={"min_confidence": 2}).status_code == 422
    confs = sorted(e["confidence"] for e in web.get("/api/events").json()["items"])
    mid = confs[len(confs) // 2]
    api = web.get("/api/events", params={"min_confidence": mid}).json()["items"]
    assert api and all(e["confidence"] >= mid for e in api)
    assert len(api) == sum(1 for c in confs if c >= mid)

"""The JSON API against a real database (SQLite file and PostgreSQL) holding the sample corpus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sukien.api.app import create_app


def _ids(page: dict) -> set[str]:
    return {it["doc"] for it in page["items"]}


def test_search_is_diacritic_insensitive(client: TestClient) -> None:
    for q in ("viet nam", "Việt Nam", "VIET NAM"):
        r = client.get("/api/articles", params={"q": q})
        assert r.status_code == 200
        assert _ids(r.json()) == {"viet-nam-nhat-ban"}, q
    hit = client.get("/api/articles", params={"q": "bien dong"}).json()["items"][0]
    assert hit["doc"] == "philippines-bien-dong"
    s, e = hit["highlights"][0]
    assert hit["snippet"][s:e] == "Biển Đông"


def test_search_filters(client: TestClient) -> None:
    by_source = client.get("/api/articles", params={"source": "Báo Quốc tế"}).json()
    assert _ids(by_source) == {"viet-nam-nhat-ban", "philippines-bien-dong"}
    by_date = client.get(
        "/api/articles", params={"date_from": "2026-06", "date_to": "2026-06-10"}
    ).json()
    assert _ids(by_date) == {"viet-nam-nhat-ban", "my-trung-an-ninh-mang"}
    by_entity = client.get("/api/articles", params={"entity": "ORG:ASEAN"}).json()
    assert _ids(by_entity) == {"nga-asean-sochi", "vov-putin-sochi"}
    both = client.get("/api/articles", params={"q": "hoi dam", "source": "VOV"}).json()
    assert _ids(both) == {"vov-putin-sochi"}


def test_pagination_is_stable(client: TestClient) -> None:
    seen = []
    for off in (0, 2, 4):
        page = client.get("/api/articles", params={"limit": 2, "offset": off}).json()
        assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == off
        seen += [it["id"] for it in page["items"]]
    assert len(seen) == len(set(seen)) == 5
    again = client.get("/api/articles", params={"limit": 2}).json()
    assert [it["id"] for it in again["items"]] == seen[:2]


def test_article_detail_offsets_index_the_text(client: TestClient) -> None:
    hit = client.get("/api/articles", params={"q": "Sochi", "source": "TTXVN"}).json()["items"][0]
    a = client.get(f"/api/articles/{hit['id']}").json()
    text = a["text"]
    assert {e["entity_id"] for e in a["entities"]} >= {"GPE:RUS", "ORG:ASEAN", "LOC:sochi"}
    for e in a["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    types = sorted(ev["type"] for ev in a["events"])
    assert types == ["AGREE", "AID", "CONSULT"]
    for ev in a["events"]:
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
        ts, te = ev["spans"]["trigger"]
        assert text[ts:te] == ev["trigger"]
    aid = next(ev for ev in a["events"] if ev["type"] == "AID")
    assert aid["modality"] == "planned"
    assert a["stories"] and a["stories"][0]["title"].startswith("Nga và ASEAN")


def test_entity_profile(client: TestClient) -> None:
    p = client.get("/api/entities/GPE:RUS").json()
    assert p["name"] == "Nga" and p["code"] == "RUS"
    assert {c["key"] for c in p["surface_forms"]} == {"Nga"}
    assert {c["key"] for c in p["cooccurring"]} >= {"ORG:ASEAN", "PER:vladimir-putin"}
    assert [x["code"] for x in p["partners"]] == ["ASEAN"]
    assert p["partners"][0]["conflict"] == 0 and p["partners"][0]["cooperation"] >= 3
    assert {e["type"] for e in p["events_as_actor"]} == {"CONSULT", "AGREE", "AID"}
    assert p["events_as_recipient"] == []
    chn = client.get("/api/entities/GPE:CHN").json()
    assert {e["type"] for e in chn["events_as_recipient"]} == {"ACCUSE", "PROTEST"}
    assert {e["type"] for e in chn["events_as_actor"]} == {"REJECT"}
    assert {x["code"] for x in chn["partners"]} == {"USA", "PHL"}
    listing = client.get("/api/entities", params={"type": "GPE", "q": "trung"}).json()
    assert [e["id"] for e in listing["items"]] == ["GPE:CHN"]


def test_event_filters(client: TestClient) -> None:
    def types(**params: object) -> list[str]:
        r = client.get("/api/events", params=params)
        assert r.status_code == 200, r.text
        return sorted(e["type"] for e in r.json()["items"])

    assert types(type="CONSULT") == ["CONSULT", "CONSULT"]
    assert types(quad_class=3) == ["ACCUSE", "PROTEST", "REJECT"]
    assert types(actor="CHN") == ["REJECT"]
    assert types(recipient="CHN") == ["ACCUSE", "PROTEST"]
    assert types(actor="RUS", recipient="ASEAN", date_from="2026-05-19") == ["AGREE", "CONSULT"]
    assert types(date_from="2026-06-05", date_to="2026-06-10") == ["ACCUSE"]
    assert types(place="Sochi") == ["AGREE", "CONSULT"]
    assert types(modality="planned") == ["AID"]


def test_merged_event_keeps_every_mention(client: TestClient) -> None:
    ev = client.get("/api/events", params={"type": "CONSULT", "actor": "RUS"}).json()["items"]
    assert len(ev) == 1 and ev[0]["num_sources"] == 2 and ev[0]["num_mentions"] == 2
    d = client.get(f"/api/events/{ev[0]['id']}").json()
    assert {m["source"] for m in d["mentions"]} == {"TTXVN", "VOV"}
    for m in d["mentions"]:
        assert "hội đàm" in m["sentence"] and m["article_title"]


def test_dyad_counts_and_score_over_time(client: TestClient) -> None:
    d = client.get("/api/dyads", params={"actor": "RUS", "recipient": "ASEAN"}).json()
    assert d["total"] == 3
    may = next(p for p in d["periods"] if p["period"] == "2026-05")
    assert may["count"] == 2 and may["mean_score"] == 2.0 and may["quad"] == {"1": 2}
    one_way = client.get(
        "/api/dyads", params={"actor": "PHL", "recipient": "CHN", "both": False}
    ).json()
    both = client.get("/api/dyads", params={"actor": "PHL", "recipient": "CHN"}).json()
    assert one_way["total"] == 1 and both["total"] == 2 and both["mean_score"] == -3.5
    top = client.get("/api/dyads/top").json()
    assert top[0] == {"actor_code": "RUS", "recipient_code": "ASEAN", "count": 3,
                      "mean_score": pytest.approx(3.67, abs=0.01)}  # fmt: skip


def test_stories_with_cited_summaries(client: TestClient) -> None:
    page = client.get("/api/stories").json()
    assert page["total"] == 1
    st = client.get(f"/api/stories/{page['items'][0]['id']}").json()
    assert {a["doc"] for a in st["articles"]} == {"nga-asean-sochi", "vov-putin-sochi"}
    ids = {a["id"] for a in st["articles"]}
    assert st["summary_sentences"] and all(x["article_id"] in ids for x in st["summary_sentences"])


def test_errors_are_json_with_a_message(client: TestClient) -> None:
    r = client.get("/api/articles/999999")
    assert r.status_code == 404
    assert r.json() == {"status": 404, "error": "no article with id 999999", "detail": None}
    r = client.get("/api/events", params={"date_from": "19/5/2026"})
    assert r.status_code == 422 and "date_from" in r.json()["error"]
    r = client.get("/api/dyads", params={"actor": "RUS"})
    assert r.status_code == 422 and "recipient" in r.json()["error"]
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"] == "no such path: /api/nothing-here"


def test_writes_refused_without_a_configured_token(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"articles": [{"text": "Nga gặp Lào."}]})
    assert r.status_code == 403 and "writes are disabled" in r.json()["error"]


def test_token_guards_ingest(store_url: str) -> None:
    app = create_app(store_url, token="s3cret")
    body = {"articles": [{"title": "Thử", "text": "Lào và Campuchia hội đàm tại Viêng Chăn."}]}
    with TestClient(app) as c:
        assert c.post("/api/ingest", json=body).status_code == 401
        r = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
        assert r.status_code == 403 and r.json()["error"] == "wrong token"
        r = c.post("/api/ingest", json={"articles": []}, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 422
    app.state.store.close()


def test_read_only_store_refuses_writes(store_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    app = create_app(store_url)  # no token: read-only
    store = app.state.store
    with pytest.raises(DBAPIError), store.Session() as s:
        s.execute(text("UPDATE articles SET title = 'x'"))
        s.commit()
    store.close()

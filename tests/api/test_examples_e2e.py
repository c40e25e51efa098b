"""End to end over examples/ with the real pipeline: ingest, API, token-gated ingest, report."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sukien.api.app import create_app
from sukien.events.headline import headline_text
from sukien.report import write_report
from sukien.store import open_store
from sukien.store.jobs import ingest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ missing")
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'sukien.db'}"
    with open_store(url) as store:
        rep = ingest([str(EXAMPLES)], store)
        assert rep.stored > 0
    return url


def test_api_over_the_examples(db: str) -> None:
    app = create_app(db, token="t0k")
    with TestClient(app) as c:
        stats = c.get("/api/stats").json()
        assert stats["articles"] >= 5 and stats["events"] > 0
        page = c.get("/api/articles", params={"q": "nhat ban", "limit": 50}).json()
        assert page["total"] >= 1
        for hit in page["items"]:
            a = c.get(f"/api/articles/{hit['id']}").json()
            for e in a["entities"]:
                if e["start"] is not None:
                    assert a["text"][e["start"] : e["end"]] == e["text"]
            for ev in a["events"]:
                if ev["part"] == "title":  # stated in the headline: offsets into it
                    assert ev["sentence"] == headline_text(a["title"])
                    continue
                assert a["text"][ev["start"] : ev["end"]] == ev["sentence"]
            assert c.get(f"/articles/{hit['id']}").status_code == 200
        ev = c.get("/api/events", params={"limit": 1}).json()["items"][0]
        assert c.get(f"/api/events/{ev['id']}").json()["mentions"]
        for path in ("/", "/events", "/entities", "/graph", "/map", "/dyads", "/stories"):
            assert c.get(path).status_code == 200, path

        body = {"articles": [{
            "title": "Lào và Campuchia thúc đẩy hợp tác thương mại",
            "text": "Thủ tướng Lào đã hội đàm với Thủ tướng Campuchia tại Viêng Chăn hôm 5/9. "
                    "Hai bên nhất trí thúc đẩy thương mại song phương và kết nối giao thông "
                    "giữa hai nước trong những năm tới.",
            "source": "Báo thử nghiệm", "published": "2026-09-06",
        }]}  # fmt: skip
        r = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer t0k"})
        assert r.status_code == 201, r.text
        assert r.json()["stored"] == 1
        found = c.get("/api/articles", params={"q": "vieng chan"}).json()
        assert [h["title"] for h in found["items"]] == [body["articles"][0]["title"]]
        again = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer t0k"})
        assert again.json()["unchanged"] == 1
    app.state.store.close()


def test_report_over_the_examples(db: str, tmp_path: Path) -> None:
    summary = write_report(db, tmp_path / "report")
    assert summary.articles >= 5
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="hit"') == summary.articles

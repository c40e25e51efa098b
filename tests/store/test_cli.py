"""End to end through the command line: `sukien run` on examples/, re-run, `sukien stats`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from sukien.cli import app
from sukien.store import open_store
from sukien.store.models import Article, Base, Entity, Event, Story

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def snapshot(url: str) -> dict[str, object]:
    """Row counts of every table but the run log, and the columns a write would touch."""
    with open_store(url) as store, store.session() as s:
        snap: dict[str, object] = {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
            if t.name != "runs"
        }
        snap["touched"] = (
            s.execute(select(Article.id, Article.ingested_at).order_by(Article.id)).all(),
            s.execute(
                select(Event.id, Event.last_seen, Event.num_mentions).order_by(Event.id)
            ).all(),
            s.execute(
                select(Story.id, Story.updated_at, Story.num_articles).order_by(Story.id)
            ).all(),
            s.execute(select(Entity.id, Entity.num_mentions).order_by(Entity.id)).all(),
        )
        return snap


@pytest.mark.slow
def test_run_examples_twice_then_stats(db_url: str, tmp_path: Path) -> None:
    if not EXAMPLES.is_dir() or not any(EXAMPLES.iterdir()):
        pytest.skip("examples/ is not there yet")
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"\x80\x81\xc3\x28 binary \xfe" * 20)
    report = tmp_path / "report"
    args = ["run", str(EXAMPLES), str(bad), "--db", db_url]
    if db_url.startswith("sqlite"):
        args += ["--report", str(report)]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    first = snapshot(db_url)
    assert first["articles"] >= 5 and first["rejections"] >= 1
    assert first["entity_mentions"] > 0 and first["event_mentions"] > 0

    st = json.loads(runner.invoke(app, ["stats", "--db", db_url, "--json"]).output)
    run = st["last_run"]
    # every input is stored or rejected with a reason
    assert run["read"] == run["stored"] + run["unchanged"] + run["rejected"]
    assert any(src.endswith("hong.txt") for src, _stage, _reason in st["rejections"])
    assert set(run["counts"]) >= {"ingest", "clean", "dedup", "nlp", "store"}
    if db_url.startswith("sqlite"):
        assert (report / "index.html").is_file()

    res = runner.invoke(app, ["run", str(EXAMPLES), str(bad), "--db", db_url, "-q"])
    assert res.exit_code == 0, res.output
    assert snapshot(db_url) == first
    st = json.loads(runner.invoke(app, ["stats", "--db", db_url, "--json"]).output)
    assert st["last_run"]["stored"] == 0 and st["last_run"]["unchanged"] == run["stored"]

    out = runner.invoke(app, ["stats", "--db", db_url]).output
    assert "articles" in out and "last run" in out


def test_ingest_and_stats_on_bad_input_only(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_text("", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(tmp_path), "--db", sqlite_url])
    assert res.exit_code == 0, res.output
    st = json.loads(runner.invoke(app, ["stats", "--db", sqlite_url, "--json"]).output)
    assert st["counts"]["articles"] == 0 and st["counts"]["rejections"] == 1
    ((stage, reason, n),) = st["rejections_by_reason"]
    assert stage == "ingest" and "empty" in reason and n == 1


def test_stats_without_a_store_says_so(tmp_path: Path) -> None:
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no store" in res.output
    assert not (tmp_path / "none.db").exists()

"""Exports open in the tools people use: pandas/pyarrow for tables, networkx for the graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sukien.api.sample import build_sample_store
from sukien.cli import app
from sukien.export import ExportError, export
from sukien.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('export') / 'sukien.db'}"
    build_sample_store(url).close()
    return url


def test_events_in_every_table_format(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        for fmt in ("jsonl", "csv", "parquet"):
            assert export(store, "events", fmt, tmp_path / f"ev.{fmt}") == 8
    frames = [
        pd.read_json(tmp_path / "ev.jsonl", lines=True),
        pd.read_csv(tmp_path / "ev.csv"),
        pq.read_table(tmp_path / "ev.parquet").to_pandas(),
    ]
    for df in frames:
        assert len(df) == 8
        consult = df[(df.event_type == "CONSULT") & (df.actor1_code == "RUS")].iloc[0]
        assert consult.actor2_code == "ASEAN" and consult.quad_class == 1
        assert consult.num_sources == 2 and consult.sqldate == 20260519
        assert consult.action_geo_name == "Sochi" and consult.action_geo_lat == pytest.approx(
            43.6, 0.01
        )
        assert "hội đàm" in consult.evidence_sentence and consult.trigger == "hội đàm"
        assert set(consult.mention_docs.split("|")) == {"nga-asean-sochi", "vov-putin-sochi"}


def test_mentions_entities_articles(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        assert export(store, "mentions", "parquet", tmp_path / "m.parquet") == 9
        assert export(store, "entities", "csv", tmp_path / "e.csv") == 11
        assert export(store, "articles", "parquet", tmp_path / "a.parquet") == 5
    m = pq.read_table(tmp_path / "m.parquet").to_pandas()
    row = m[m.event_type == "PROTEST"].iloc[0]
    spans = json.loads(row.spans)
    assert row.sentence[spans["trigger"][0] - row.start : spans["trigger"][1] - row.start] == (
        "phản đối"
    )
    e = pd.read_csv(tmp_path / "e.csv")
    assert e.set_index("id").loc["GPE:CHN", "num_articles"] == 2
    a = pq.read_table(tmp_path / "a.parquet").to_pandas()
    assert a.set_index("doc").loc["nga-asean-sochi", "num_events"] == 3
    assert "<script>" in a.set_index("doc").loc["my-trung-an-ninh-mang", "text"]


def test_graphml_opens_in_networkx(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        export(store, "graph", "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.is_directed()
    assert g.nodes["RUS"]["label"] == "Nga" and g.nodes["ASEAN"]["type"] == "ORG"
    edges = {(a, b, d["event_type"]): d for a, b, d in g.edges(data=True)}
    assert edges[("RUS", "ASEAN", "CONSULT")]["num_mentions"] == 2
    assert edges[("PHL", "CHN", "PROTEST")]["mean_score"] < 0


def test_bad_requests_are_refused_clearly(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        with pytest.raises(ExportError, match="graphml"):
            export(store, "events", "graphml", tmp_path / "x")
        with pytest.raises(ExportError, match="binary"):
            export(store, "events", "parquet", None)
        with pytest.raises(ExportError, match="unknown export"):
            export(store, "people", "csv", tmp_path / "x")


def test_cli(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--what", "entities", "--format", "jsonl", "--db", db])
    assert r.exit_code == 0, r.output
    ids = {json.loads(line)["id"] for line in r.stdout.splitlines() if line.startswith("{")}
    assert "ORG:ASEAN" in ids
    out = tmp_path / "graph.graphml"
    r = runner.invoke(app, ["export", "--what", "graph", "--db", db, "--out", str(out)])
    assert r.exit_code == 0 and nx.read_graphml(out).number_of_nodes() == 7
    r = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no database" in r.output

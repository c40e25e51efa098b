"""`sukien ingest --engine ray` stores what a local ingest stores (SQLite, a real Ray cluster)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from sukien.cli import app
from sukien.store import open_store
from sukien.store.models import Base


def _counts(url: str) -> dict[str, int]:
    with open_store(url) as store, store.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
            if t.name != "runs"
        }


@pytest.mark.ray
def test_ingest_on_ray_stores_the_same_rows(
    ray_cluster: None, corpus: Path, tmp_path: Path
) -> None:
    local, remote = f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'ray.db'}"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(corpus), "--db", local, "-q"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["ingest", str(corpus), "--db", remote, "--engine", "ray", "-q"])
    assert res.exit_code == 0, res.output
    got = _counts(remote)
    assert got == _counts(local)
    assert got["articles"] == 7 and got["rejections"] == 3
    st = json.loads(runner.invoke(app, ["stats", "--db", remote, "--json"]).output)
    run = st["last_run"]
    assert run["read"] == run["stored"] + run["unchanged"] + run["rejected"] == 10
    assert [d["doc"] for d in st["duplicates"]] == ["viet-nhat"]

"""The store's ingest job on Ray stores what a local ingest stores (SQLite, a real Ray cluster)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from sukien.cli import app
from sukien.scale import ray_process
from sukien.store import open_store
from sukien.store.jobs import ingest
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
    with open_store(local) as store:
        ingest([str(corpus)], store)
    # one actor per step (fewer processes to start): it reads every article in order, so even
    # with per-actor memory (exact=False) the result is the local one
    on_ray = functools.partial(ray_process, actors=1, exact=False)
    with open_store(remote) as store:
        report = ingest([str(corpus)], store, runner=on_ray)
    got = _counts(remote)
    assert got == _counts(local)
    assert got["articles"] == report.stored == 7 and got["rejections"] == 3
    assert report.read == report.stored + report.unchanged + len(report.rejected) == 10
    assert report.duplicates == 1


def test_the_engine_option_takes_local_or_ray(corpus: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    res = CliRunner().invoke(app, ["ingest", str(corpus), "--db", db, "--engine", "spark"])
    assert res.exit_code != 0 and "local or ray" in res.output

"""``sukien summarize``: the jsonl contract, the text form, bad folders named with the reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from sukien.cli import app
from sukien.summarize.syllables import count_syllables

runner = CliRunner()


def test_jsonl_one_line_per_cluster(cluster_dir: Path, tmp_path: Path) -> None:
    flat = tmp_path / "flat"  # one article per file, no docs/ folder
    shutil.copytree(cluster_dir / "docs", flat)
    res = runner.invoke(app, ["summarize", str(cluster_dir), str(flat), "--max-words", "50"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["cluster"] for x in lines] == ["cluster_lua", "flat"]
    for x in lines:
        assert 0 < count_syllables(x["summary"]) <= 50
        assert {s["doc"] for s in x["sentences"]} <= {"1", "2", "3"}
    assert lines[0]["summary"] == lines[1]["summary"]


def test_text_format_cites_articles(cluster_dir: Path) -> None:
    res = runner.invoke(app, ["summarize", str(cluster_dir), "--format", "text"])
    assert res.exit_code == 0, res.output
    head, *body = res.stdout.strip().splitlines()
    assert head.startswith("# cluster_lua") and "3 articles" in head
    assert body and all(line.endswith(("[1]", "[2]", "[3]")) for line in body)


def test_empty_folder_is_reported_and_the_run_goes_on(cluster_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["summarize", str(empty), str(cluster_dir)])
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0] == {"cluster": "empty", "summary": "", "sentences": []}
    assert lines[1]["summary"]
    assert "empty" in res.stderr and "no article files" in res.stderr


def test_all_clusters_failing_exits_non_zero(tmp_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(tmp_path / "missing")])
    assert res.exit_code == 1
    assert "not a folder" in res.stderr

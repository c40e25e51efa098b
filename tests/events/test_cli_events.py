"""``sukien events`` over a real SQLite store filled through the real pipeline."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sukien.cli import app
from sukien.document import Document
from sukien.pipeline import Stage, load_stage

TEXTS = {
    "a": (
        "2024-03-12",
        "Ngày 11/3, Thủ tướng Nhật Bản hội đàm với Tổng thống Philippines tại Tokyo.",
    ),
    "b": (
        "2024-03-13",
        "Tổng thống Philippines và Thủ tướng Nhật Bản đã hội đàm tại Tokyo hôm 11/3.",
    ),
    "c": ("2024-04-02", "Ba Lan trục xuất một nhà ngoại giao của Nga hôm 1/4."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, stages: list[Stage]) -> str:
    from sukien.store import open_store

    path = tmp_path_factory.mktemp("events") / "t.db"
    chain = [*stages, load_stage("events")()]
    with open_store(str(path)) as store:
        for name, (published, text) in TEXTS.items():
            doc = Document(doc=name, text=text, published=published, source=f"src-{name}")
            for st in chain:
                doc = st.process(doc)
            store.save_document(doc)
    return str(path)


def run(*args: str) -> str:
    res = CliRunner().invoke(app, ["events", *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_jsonl_merges_two_reports_of_one_meeting(db: str) -> None:
    rows = [json.loads(x) for x in run("--db", db, "--format", "jsonl").splitlines()]
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert len(consult) == 1
    assert {consult[0]["actor_code"], consult[0]["recipient_code"]} == {"JPN", "PHL"}
    assert consult[0]["num_mentions"] == 2 and consult[0]["num_articles"] == 2
    assert consult[0]["date"] == "2024-03-11" and consult[0]["location"] == "Tokyo"


def test_filters(db: str) -> None:
    out = run("--db", db, "--format", "csv", "--type", "sanction", "--actor", "POL")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["type"], r["actor_code"], r["recipient_code"]) for r in rows] == [
        ("SANCTION", "POL", "RUS")
    ]
    assert run("--db", db, "--format", "jsonl", "--recipient", "RUS", "--until", "2024-03") == ""
    got = run("--db", db, "--format", "jsonl", "--since", "2024-04-01")
    assert [json.loads(x)["type"] for x in got.splitlines()] == ["SANCTION"]


def test_party_and_place_filters(db: str) -> None:
    def types(*args: str) -> list[str]:
        got = run("--db", db, "--format", "jsonl", *args)
        return sorted(json.loads(x)["type"] for x in got.splitlines())

    assert types("--party", "rus") == ["SANCTION"]  # either side: Russia is the recipient
    assert types("--party", "JPN") == ["CONSULT"]
    assert types("--place", "Tô-ki-ô") == types("--place", "Tokyo") == ["CONSULT"]
    assert types("--place", "Manila") == []
    # a state takes in the places the KB puts in it: the talks in Tokyo were in Japan
    assert types("--place", "Nhật Bản") == types("--place", "Japan") == ["CONSULT"]
    assert types("--place", "Philippines") == []


def test_evidence_and_table(db: str) -> None:
    row = json.loads(run("--db", db, "-f", "jsonl", "--type", "SANCTION", "--evidence"))
    assert row["mentions"][0]["sentence"].startswith("Ba Lan trục xuất")
    assert "SANCTION" in run("--db", db)


def test_bad_options_are_named(db: str, tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["events", "--db", db, "--type", "HUG"])
    assert res.exit_code != 0 and "PLOVER" in res.output
    res = CliRunner().invoke(app, ["events", "--db", db, "--since", "March"])
    assert res.exit_code != 0 and "ISO" in res.output


def test_min_confidence(db: str) -> None:
    rows = [json.loads(x) for x in run("--db", db, "--format", "jsonl").splitlines()]
    confs = sorted(r["confidence"] for r in rows)
    assert all(0 < c < 1 for c in confs)
    top = confs[-1]
    kept = [
        json.loads(x)
        for x in run("--db", db, "-f", "jsonl", "--min-confidence", str(top)).splitlines()
    ]
    assert kept and all(r["confidence"] >= top for r in kept)
    assert len(kept) == sum(1 for c in confs if c >= top)
    assert run("--db", db, "-f", "jsonl", "--min-confidence", "1") == ""
    res = CliRunner().invoke(app, ["events", "--db", db, "--min-confidence", "1.5"])
    assert res.exit_code != 0

"""Documents as Arrow rows between workers, and the rows written to files (no Ray needed)."""

from __future__ import annotations

import json

from sukien.document import Document, Entity, Sentence, Token
from sukien.pipeline import Pipeline
from sukien.scale.rows import PARQUET_SCHEMA, doc_table, output_table, table_docs
from sukien.scale.workers import KeyedRunner
from sukien.serialize import document_json


def _doc(name: str) -> Document:
    text = "Nga và Việt Nam ký hiệp định."
    return Document(
        doc=name,
        text=text,
        title="Tin ngắn",
        sentences=[Sentence(text, 0, len(text), [Token("Nga", 0, 3)])],
        entities=[Entity("Nga", "GPE", 0, 3, id="GPE:RUS", code="RUS", kind="state")],
        meta={"minhash": [1, 2, 3]},
    )


def test_documents_travel_exactly_with_their_keys() -> None:
    rows = [((0, 0), _doc("a")), ((2, 5), _doc("b"))]
    back = table_docs(doc_table(rows))
    assert [k for k, _ in back] == [(0, 0), (2, 5)]
    assert [d for _, d in back] == [d for _, d in rows]


def test_output_rows_follow_the_extract_contract() -> None:
    d = _doc("a")
    line = output_table([d], "jsonl").column("json").to_pylist()[0]
    assert json.loads(line) == document_json(d)
    table = output_table([d], "parquet")
    assert table.schema == PARQUET_SCHEMA
    row = table.to_pylist()[0]
    assert row["doc"] == "a" and row["hash"] == d.hash
    assert json.loads(row["entities"]) == document_json(d)["entities"]


def test_keyed_runner_keeps_keys_rejections_and_count_deltas() -> None:
    runner = KeyedRunner(Pipeline.build(("clean",)))
    good = Document(doc="tot", raw="Hà Nội hôm nay trời nắng đẹp.\n\nNgười dân đi dạo phố.")
    bad = Document(doc="rong", raw="", path="/tmp/rong.txt")
    out, rejected = runner.run([((0, 0), good), ((1, 0), bad)])
    assert [k for k, _ in out] == [(0, 0)]
    assert [(k, src, st) for k, src, _, st in rejected] == [((1, 0), "/tmp/rong.txt", "clean")]
    first = runner.counts_delta()["clean"]
    assert first["in"] == 2 and first["out"] == 1 and first["rejected"] == 1
    assert runner.counts_delta()["clean"]["in"] == 0

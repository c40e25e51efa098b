"""What travels between Ray workers: documents as rows, and the rows written to files.

Between steps a document travels pickled (exact, whatever the stages put in it) with its key:
``file`` (index of the input file in the run) and ``item`` (index of the article in that file),
which is also the order a local run sees it in. Output files hold the JSON contract of
``sukien extract`` (see ``sukien.serialize``): JSONL lines exactly as ``extract`` prints them,
or Parquet with one column per top-level field and ``entities``/``values``/``events`` as JSON
strings, so every part file has the same schema.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

import pyarrow as pa

from sukien.document import Document, Rejected
from sukien.serialize import document_json

DOC_SCHEMA = pa.schema([("file", pa.int64()), ("item", pa.int64()), ("pickle", pa.binary())])
INPUT_SCHEMA = pa.schema([("file", pa.int64()), ("path", pa.string())])

SCALAR_FIELDS = (
    "doc",
    "title",
    "source",
    "url",
    "published",
    "dateline",
    "text",
    "hash",
    "duplicate_of",
)
NESTED_FIELDS = ("entities", "values", "events")
PARQUET_SCHEMA = pa.schema([(f, pa.string()) for f in SCALAR_FIELDS + NESTED_FIELDS])
JSONL_SCHEMA = pa.schema([("json", pa.string())])

Key = tuple[int, int]


def doc_table(rows: list[tuple[Key, Document]]) -> pa.Table:
    """Keyed documents as an Arrow table of ``DOC_SCHEMA``."""
    return pa.table(
        {
            "file": [k[0] for k, _ in rows],
            "item": [k[1] for k, _ in rows],
            "pickle": [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for _, d in rows],
        },
        schema=DOC_SCHEMA,
    )


def table_docs(table: pa.Table) -> list[tuple[Key, Document]]:
    """The keyed documents of a ``DOC_SCHEMA`` table."""
    files = table.column("file").to_pylist()
    items = table.column("item").to_pylist()
    blobs = table.column("pickle").to_pylist()
    return [((f, i), pickle.loads(b)) for f, i, b in zip(files, items, blobs, strict=True)]


def output_table(docs: list[Document], fmt: str) -> pa.Table:
    """Documents in the file format asked: ``"jsonl"`` or ``"parquet"``."""
    objs = [document_json(d) for d in docs]
    if fmt == "jsonl":
        lines = [json.dumps(o, ensure_ascii=False) for o in objs]
        return pa.table({"json": lines}, schema=JSONL_SCHEMA)
    cols: dict[str, list[Any]] = {f: [o[f] for o in objs] for f in SCALAR_FIELDS}
    for f in NESTED_FIELDS:
        cols[f] = [json.dumps(o[f], ensure_ascii=False) for o in objs]
    return pa.table(cols, schema=PARQUET_SCHEMA)


def rejected_row(key: Key, r: Rejected) -> tuple[Key, str, str, str]:
    """A rejection as a plain tuple that sorts by input order."""
    return key, r.source, r.reason, r.stage

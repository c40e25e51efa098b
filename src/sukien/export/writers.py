"""Writers for exported rows: JSON lines, CSV, Parquet (pyarrow), GraphML (networkx)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("jsonl", "csv", "parquet", "graphml")


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str]) -> int:
    w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow(r)
        n += 1
    return n


def write_parquet(rows: Iterable[dict[str, Any]], path: Path, columns: list[str]) -> int:
    """A Parquet file with one column per name; types inferred by pyarrow (all-null: string)."""
    data = list(rows)
    cols = {c: [r.get(c) for r in data] for c in columns}
    arrays = {}
    for c, vals in cols.items():
        arr = pa.array(vals)
        arrays[c] = arr.cast(pa.string()) if pa.types.is_null(arr.type) else arr
    pq.write_table(pa.table(arrays), path)
    return len(data)


def write_graphml(g: nx.Graph, path: Path | IO[bytes]) -> int:
    nx.write_graphml(g, path)
    return g.number_of_edges()

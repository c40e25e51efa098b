"""Exports of the store: events, mentions, entities, articles (JSONL/CSV/Parquet), the actor
graph (GraphML for Gephi). ``export(store, what, fmt, out)`` is what ``sukien export`` runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sukien.export import rows as R
from sukien.export.writers import FORMATS, write_csv, write_graphml, write_jsonl, write_parquet
from sukien.store import Store

WHAT = ("events", "mentions", "entities", "articles", "graph")
COLUMNS = {
    "events": R.EVENT_COLUMNS,
    "mentions": R.MENTION_COLUMNS,
    "entities": R.ENTITY_COLUMNS,
    "articles": R.ARTICLE_COLUMNS,
}


class ExportError(ValueError):
    """An export that cannot be done as asked."""


def export(store: Store, what: str, fmt: str, out: str | Path | None = None) -> int:
    """Write ``what`` in ``fmt`` to ``out`` (a path; ``None`` or ``-`` = stdout for text
    formats). Returns the number of rows (edges for the graph)."""
    if what not in WHAT:
        raise ExportError(f"unknown export {what!r}; choose one of {', '.join(WHAT)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if (what == "graph") != (fmt == "graphml"):
        raise ExportError(
            "the graph exports only as graphml, and graphml holds only the graph "
            "(use --what graph --format graphml)"
        )
    to_stdout = out is None or str(out) == "-"
    if fmt in ("parquet", "graphml") and to_stdout:
        raise ExportError(f"{fmt} is binary: give a file with --out")
    path = None if to_stdout else Path(out)  # type: ignore[arg-type]
    if path is not None and path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    with store.Session() as s:
        if what == "graph":
            return write_graphml(R.actor_graph(s), path)  # type: ignore[arg-type]
        rows = {
            "events": lambda: R.event_rows(s),
            "mentions": lambda: R.mention_rows(s),
            "entities": lambda: R.entity_rows(s),
            "articles": lambda: R.article_rows(s),
        }[what]()
        if fmt == "parquet":
            return write_parquet(rows, path, COLUMNS[what])  # type: ignore[arg-type]
        fh = sys.stdout if path is None else path.open("w", encoding="utf-8", newline="")
        try:
            if fmt == "jsonl":
                return write_jsonl(rows, fh)
            return write_csv(rows, fh, COLUMNS[what])
        finally:
            if path is not None:
                fh.close()

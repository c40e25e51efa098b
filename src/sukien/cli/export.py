"""``sukien export``: events, mentions, entities, articles or the actor graph to a file."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from sukien.cli.app import app, err


class What(str, Enum):
    events = "events"
    mentions = "mentions"
    entities = "entities"
    articles = "articles"
    graph = "graph"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


@app.command("export")
def export_cmd(
    what: Annotated[What, typer.Option("--what", help="What to export.")] = What.events,
    format: Annotated[Format, typer.Option("--format", "-f", help="File format.")] = Format.jsonl,
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL or SQLite file (default sukien.db).")
    ] = None,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")
    ] = None,
) -> None:
    """Export the store: events (GDELT-like columns, PLOVER fields, evidence), mentions,
    entities, articles as JSONL/CSV/Parquet, or the actor graph as GraphML (Gephi)."""
    from sukien.api.app import missing_sqlite_file
    from sukien.export import ExportError, export
    from sukien.store import normalize_url, open_store

    missing = missing_sqlite_file(normalize_url(db))
    if missing:
        err.print(f"[red]error[/] no database at {missing}: run `sukien run PATHS` first")
        raise typer.Exit(2)

    if what is What.graph and format is Format.jsonl:
        format = Format.graphml  # the graph has one format; do not make people type it
    try:
        with open_store(db) as store:
            n = export(store, what.value, format.value, out)
    except ExportError as exc:
        err.print(f"[red]error[/] {exc}")
        raise typer.Exit(2) from None
    unit = "edges" if what is What.graph else "rows"
    err.print(f"sukien: exported {n} {unit} of {what.value} as {format.value} to {out or 'stdout'}")

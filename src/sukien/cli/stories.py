"""``sukien stories``: group stored articles into stories (``--update``) and list them."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sukien.cli.app import app, err, stdout_write


class StoriesFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    text = "text"


@app.command()
def stories(
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Database URL or SQLite file (default: sukien.db, or $SUKIEN_DB)."
        ),
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="First group articles not yet in a story.")
    ] = False,
    story: Annotated[int | None, typer.Option("--id", help="Only this story.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    format: Annotated[StoriesFormat, typer.Option("--format", "-f")] = StoriesFormat.table,
) -> None:
    """Stories in the store (latest first): title, dates, articles, top entities, summary."""
    from sukien.store import open_store
    from sukien.store.db import sqlite_path
    from sukien.store.story_update import list_stories, update_stories

    path = sqlite_path(db)
    if path is not None and not path.exists():
        err.print(f"[red]no store at {path}[/]: run `sukien ingest PATH...` first (or give --db)")
        raise typer.Exit(1)
    with open_store(db) as store:
        if update:
            with err.status("grouping articles into stories…"):
                rep = update_stories(store)
            err.print(
                f"stories: {rep.assigned} articles assigned, {len(rep.created)} new stories, "
                f"{len(rep.updated)} updated"
            )
        with store.session() as s:
            rows = list_stories(s, limit=limit, story_id=story)
    if story is not None and not rows:
        err.print(f"[red]no story with id {story}[/]")
        raise typer.Exit(1)
    if format is StoriesFormat.jsonl:
        for r in rows:
            stdout_write(json.dumps(r, ensure_ascii=False))
    elif format is StoriesFormat.text:
        for r in rows:
            dates = " – ".join(dict.fromkeys(d for d in (r["start_date"], r["end_date"]) if d))
            lines = [f"# {r['id']}: {r['title'] or '(untitled)'}  [{dates or 'undated'}]"]
            lines.append(", ".join(e["name"] for e in r["top_entities"]))
            lines += [f"{x['text']} [{x['doc']}]" for x in r["summary_sentences"]]
            lines += [f"  - {a['doc']}: {a['title'] or ''}" for a in r["articles"]]
            stdout_write("\n".join(lines) + "\n")
    else:
        table = Table(title="sukien: stories")
        for col in ("id", "dates", "articles", "title", "top entities"):
            table.add_column(col)
        for r in rows:
            dates = " – ".join(dict.fromkeys(d for d in (r["start_date"], r["end_date"]) if d))
            ents = ", ".join(e["name"] for e in r["top_entities"][:4])
            table.add_row(str(r["id"]), dates, str(r["num_articles"]), r["title"] or "", ents)
        Console().print(table)

"""``sukien ingest``, ``sukien run``, ``sukien stats``: the store from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sukien.cli.app import app, err, print_report
from sukien.document import Document

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file (default: sukien.db, or $SUKIEN_DB)."),
]
Paths = Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No counts on stderr.")]
Engine = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local, or ray: the pipeline on a Ray cluster (local one, or $RAY_ADDRESS).",
    ),
]


def _ingest(  # noqa: ANN202
    paths: list[str], db: str | None, command: str, quiet: bool, engine: str = "local"
):
    from sukien.runner import process
    from sukien.store import open_store
    from sukien.store.jobs import ingest as ingest_job

    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"--engine must be local or ray, not {engine!r}")
    runner = process
    if engine == "ray":
        from sukien.scale import ray_process

        runner = ray_process

    store = open_store(db)
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[doc]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    ) as progress:
        task = progress.add_task("articles", total=None, doc="")

        def tick(doc: Document, status: str) -> None:
            progress.update(task, advance=1, doc=f"{doc.doc[:40]} ({status})")

        report = ingest_job(paths, store, command=command, on_document=tick, runner=runner)
    if not quiet:
        print_report(report)
        err.print(
            f"[bold]{report.stored}[/] new, {report.unchanged} unchanged, "
            f"{len(report.rejected)} rejected of {report.read} read; "
            f"{report.duplicates} near-duplicates; events {report.events_new} new, "
            f"{report.events_merged} merged into stored ones  → {store.url}"
        )
    return store, report


@app.command()
def ingest(
    paths: Paths, db: DbOption = None, quiet: Quiet = False, engine: Engine = "local"
) -> None:
    """Read, clean, de-duplicate and code articles; store them (idempotent by content)."""
    store, _ = _ingest(paths, db, "ingest", quiet, engine)
    store.close()


@app.command()
def run(
    paths: Paths,
    db: DbOption = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Also write the offline HTML report here.")
    ] = None,
    quiet: Quiet = False,
    engine: Engine = "local",
) -> None:
    """Ingest articles into the store, then write the HTML report (with --report)."""
    store, _ = _ingest(paths, db, "run", quiet, engine)
    try:
        from sukien.store.story_update import update_stories

        with err.status("grouping articles into stories…"):
            told = update_stories(store)
        if not quiet:
            err.print(f"stories: {len(told.created)} new, {len(told.updated)} updated")
        if report is not None:
            try:
                from sukien.report import write_report
            except ImportError as exc:
                err.print(f"[yellow]no report written[/]: the report module is missing ({exc})")
                return
            with err.status("writing the report…"):
                summary = write_report(store, report)
            if not quiet:
                pages = getattr(summary, "pages", None)
                err.print(
                    f"report: {report / 'index.html'}" + (f" ({pages} pages)" if pages else "")
                )
    finally:
        store.close()


@app.command()
def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """What the store holds: articles, duplicates, rejections, entities, events, stories."""
    from dataclasses import asdict

    from sukien.store import open_store
    from sukien.store.db import sqlite_path

    path = sqlite_path(db)
    if path is not None and not path.exists():
        err.print(f"[red]no store at {path}[/]: run `sukien ingest PATH...` first (or give --db)")
        raise typer.Exit(1)
    with open_store(db) as store:
        st = store.stats()
        if as_json:
            typer.echo(json.dumps(asdict(st), ensure_ascii=False, indent=2))
            return
        out = Console()
        out.print(f"[bold]sukien store[/] {store.url}")
    t = Table(title="contents")
    t.add_column("rows")
    t.add_column("count", justify="right")
    for k, v in st.counts.items():
        t.add_row(k, str(v))
    out.print(t)
    for title, data in (("entities by type", st.entities_by_type),
                        ("events by type", st.events_by_type),
                        ("articles by source", st.sources)):  # fmt: skip
        if data:
            out.print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in data.items()))
    if st.duplicates:
        t = Table(title="near-duplicates (article → the original it duplicates)")
        for c in ("article", "source", "duplicates", "original source"):
            t.add_column(c)
        for d in st.duplicates:
            t.add_row(d.doc, d.source or "", d.original, d.original_source or "")
        out.print(t)
    if st.rejections:
        t = Table(title="rejections")
        for c in ("input", "stage", "reason"):
            t.add_column(c)
        for src, stage, reason in st.rejections:
            t.add_row(src, stage, reason)
        out.print(t)
    if st.last_run:
        r = st.last_run
        t = Table(title=f"last run #{r['id']} ({r['command']}, {r['finished_at'] or 'unfinished'})")
        for c in ("stage", "in", "out", "rejected"):
            t.add_column(c, justify="left" if c == "stage" else "right")
        for stage, c in r["counts"].items():
            t.add_row(stage, *(str(c.get(k, 0)) for k in ("in", "out", "rejected")))
        out.print(t)
        out.print(
            f"read {r['read']}: {r['stored']} new, {r['unchanged']} unchanged, "
            f"{r['rejected']} rejected"
        )

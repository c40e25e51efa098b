"""The Typer application and the helpers every command shares."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from sukien.runner import RunReport

app = typer.Typer(
    name="sukien",
    help="Read Vietnamese news; code who does what with whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


def print_report(report: RunReport, console: Console = err) -> None:
    """Per-stage counts and every rejection with its reason (to stderr)."""
    table = Table(title="sukien: per-stage counts", show_lines=False)
    for col in ("stage", "in", "out", "rejected"):
        table.add_column(col, justify="right" if col != "stage" else "left")
    for stage, c in report.counts.items():
        table.add_row(stage, str(c.get("in", 0)), str(c.get("out", 0)), str(c.get("rejected", 0)))
    console.print(table)
    for r in report.rejected:
        console.print(f"[yellow]rejected[/] {r.source}: {r.reason} ({r.stage})")


def stdout_write(line: str) -> None:
    sys.stdout.write(line + "\n")

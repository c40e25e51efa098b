"""``sukien summarize``: an extractive summary of each cluster folder, citing its articles."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from sukien.cli.app import app, err, stdout_write


class SummaryFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


@app.command()
def summarize(
    clusters: Annotated[
        list[Path], typer.Argument(help="Cluster folders: one article per file, or a docs/ folder.")
    ],
    max_words: Annotated[
        int, typer.Option("--max-words", "-n", min=1, help="Budget in syllables.")
    ] = 200,
    format: Annotated[SummaryFormat, typer.Option("--format", "-f")] = SummaryFormat.jsonl,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No rejections on stderr.")] = False,
) -> None:
    """Summarise each cluster of articles about one story (one line or block per cluster)."""
    from sukien.summarize import read_cluster, summarize_cluster

    failed = 0
    for cdir in clusters:
        name = cdir.resolve().name
        docs, rejected = read_cluster(cdir)
        if not quiet:
            for r in rejected:
                err.print(f"[yellow]rejected[/] {r.source}: {r.reason} ({r.stage})")
        if not docs:
            failed += 1
        summary = summarize_cluster(docs, max_words)
        if format is SummaryFormat.jsonl:
            stdout_write(json.dumps(summary.to_json(name), ensure_ascii=False))
        else:
            lines = [f"# {name} ({summary.syllables} syllables, {len(docs)} articles)"]
            lines += [f"{s.text} [{s.doc}]" for s in summary.sentences]
            stdout_write("\n".join(lines) + "\n")
    if failed == len(clusters):
        raise typer.Exit(1)

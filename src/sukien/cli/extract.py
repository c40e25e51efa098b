"""``sukien extract``: run the pipeline over articles and print what it found."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from sukien.cli.app import app, print_report, stdout_write
from sukien.document import Document
from sukien.pipeline import Pipeline
from sukien.runner import process
from sukien.serialize import document_json


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No counts on stderr.")] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Drop events less likely than this to be coded by a careful coder "
            "(default: the confidence model's threshold; 0 keeps every asserted event).",
        ),
    ] = None,
) -> None:
    """Clean, segment and code articles; print one JSON object per article."""

    def sink(doc: Document) -> None:
        if format is ExtractFormat.jsonl:
            stdout_write(json.dumps(document_json(doc), ensure_ascii=False))
        else:
            stdout_write(f"# {doc.doc}: {doc.title or ''}\n{doc.text}\n")

    pipeline = None if min_confidence is None else Pipeline.build(min_confidence=min_confidence)
    report = process(paths, sink, pipeline=pipeline)
    if not quiet:
        print_report(report)

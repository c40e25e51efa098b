"""``sukien scale``: the extraction pipeline on a Ray cluster, results as part files."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from sukien.cli.app import app, err, print_report


class PartFormat(str, Enum):
    parquet = "parquet"
    jsonl = "jsonl"


@app.command()
def scale(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (seen by every node).")],
    out: Annotated[str, typer.Option("--out", "-o", help="New or empty folder for part files.")],
    format: Annotated[PartFormat, typer.Option("--format", "-f")] = PartFormat.parquet,
    address: Annotated[
        str | None,
        typer.Option(help="Running Ray cluster: auto, HOST:6379 or ray://HOST:10001 (else local)."),
    ] = None,
    num_cpus: Annotated[int | None, typer.Option(help="CPUs of the local cluster.")] = None,
    actors: Annotated[
        int | None, typer.Option(help="Pipeline actors per step (default: one per CPU).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per actor call.")] = 16,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact/--fast",
            help="--fast: entity linking remembers people per actor, not over the whole corpus "
            "(no serial step but dedup; a bare surname may not take the full name's id).",
        ),
    ] = True,
    progress: Annotated[bool, typer.Option(help="Ray Data progress bars.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No counts on stderr.")] = False,
) -> None:
    """Run the pipeline on Ray; write what `sukien extract` prints as JSONL or Parquet parts."""
    from sukien.pipeline import PipelineError
    from sukien.scale import ScaleError, run_on_ray

    try:
        report = run_on_ray(
            paths,
            out=out,
            format=format.value,
            address=address,
            num_cpus=num_cpus,
            actors=actors,
            batch_size=batch_size,
            exact=exact,
            progress=progress,
        )
    except (ScaleError, PipelineError) as exc:
        err.print(f"[red]error[/]: {exc}")
        raise typer.Exit(2) from None
    except Exception as exc:
        if not type(exc).__module__.startswith("ray"):
            raise
        # a worker failed outside any one article (a stage that cannot start, a lost node):
        # Ray has logged the stack; say what failed in one line
        first = next((x for x in str(exc).splitlines() if x.strip()), type(exc).__name__)
        err.print(f"[red]the Ray run failed[/]: {first}")
        raise typer.Exit(1) from None
    if not quiet:
        print_report(report)
        err.print(f"{report.out} articles written to {out} ({format.value} part files)")

"""The ``sukien`` command line: thin Typer commands over importable functions.

Each command group lives in its own module here and registers itself on ``app`` when imported;
adding a command = one module plus one import line below.
"""

from __future__ import annotations

from sukien.cli import (
    events,  # noqa: F401
    export,  # noqa: F401
    extract,  # noqa: F401  (registers commands)
    scale,  # noqa: F401
    serve,  # noqa: F401
    store,  # noqa: F401
    stories,  # noqa: F401
    summarize,  # noqa: F401
)
from sukien.cli.app import app


def main() -> None:
    app()

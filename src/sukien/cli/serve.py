"""``sukien serve``: the JSON API and the web pages over a store (read-only by default)."""

from __future__ import annotations

from typing import Annotated

import typer

from sukien.cli.app import app, err


@app.command()
def serve(
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL or SQLite file (default sukien.db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="SUKIEN_API_TOKEN",
            help="Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN'.",
        ),
    ] = None,
) -> None:
    """Serve the JSON API (/api, described at /api-docs and /openapi.json) and the pages (/)."""
    import uvicorn

    from sukien.api.app import create_app, missing_sqlite_file
    from sukien.store import normalize_url

    url = normalize_url(db)
    missing = missing_sqlite_file(url)
    if missing:
        err.print(f"[red]error[/] no database at {missing}: run `sukien run PATHS` first")
        raise typer.Exit(2)
    application = create_app(url, token=token)
    mode = "read-write (token set)" if token else "read-only"
    err.print(f"sukien: serving {url} ({mode}) on http://{host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")

"""``sukien events``: list and filter the stored (merged) events as a table, CSV or JSONL."""

from __future__ import annotations

import csv
import json
import re
import sys
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sukien.cli.app import app, err

FIELDS = (
    "id", "date", "type", "mode", "actor_code", "actor_name", "recipient_code",
    "recipient_name", "location", "topic", "modality", "quad_class", "score", "confidence",
    "num_mentions", "num_sources", "num_articles",
)  # fmt: skip
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
PAGE = 500


class EventFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def _check_date(value: str | None, option: str) -> str | None:
    if value is not None and not _ISO_PREFIX.fullmatch(value):
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                 param_hint=option)  # fmt: skip
    return value


def _check_type(value: str | None) -> str | None:
    if value is None:
        return None
    from sukien.events.lexicon import PLOVER_TYPES

    up = value.upper()
    if up not in PLOVER_TYPES:
        raise typer.BadParameter(
            f"{value!r} is not a PLOVER type; one of {', '.join(PLOVER_TYPES)}", param_hint="--type"
        )
    return up


def query_events(
    db: str | None,
    *,
    type: str | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    party: str | None = None,
    place: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
    min_confidence: float | None = None,
    limit: int | None = None,
    evidence: bool = False,
) -> list[dict[str, Any]]:
    """Stored events matching the filters, newest first, as plain dicts (the command's rows)."""
    from sukien.api.queries import EventFilters, get_event, list_events
    from sukien.store import open_store

    f = EventFilters(
        type=type, actor=actor.upper() if actor else None,
        recipient=recipient.upper() if recipient else None, date_from=since, date_to=until,
        entity=party.upper() if party else None, place=place, topic=topic, modality=modality,
        min_confidence=min_confidence,
    )  # fmt: skip
    rows: list[dict[str, Any]] = []
    with open_store(db) as store, store.session() as s:
        offset = 0
        while True:
            want = PAGE if limit is None else min(PAGE, limit - len(rows))
            if want <= 0:
                break
            page = list_events(s, f, limit=want, offset=offset)
            for item in page.items:
                row = item.model_dump()
                if evidence:
                    detail = get_event(s, item.id)
                    row["mentions"] = [m.model_dump() for m in detail.mentions] if detail else []
                rows.append(row)
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
    return rows


@app.command()
def events(
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Database URL or SQLite file (default: sukien.db, or $SUKIEN_DB)."
        ),
    ] = None,
    type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Actor code (RUS, ASEAN).")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Recipient code.")] = None,
    party: Annotated[
        str | None, typer.Option("--party", help="Code as actor or recipient (either side).")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(
            "--place", help="Place under any name the KB knows; a state takes in its cities."
        ),
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", help="Topic (economy, trade, defence…).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From date (ISO).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="To date (ISO, inclusive).")] = None,
    modality: Annotated[
        str | None, typer.Option("--modality", help="asserted, planned, hoped…")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Only events at least this likely (0-1) to be coded by a careful person.",
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most N events.")] = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="JSONL: add every mention with its sentence.")
    ] = False,
) -> None:
    """List stored events (mentions merged), filtered by type, parties, place, topic and dates."""
    typ = _check_type(type)
    _check_date(since, "--since")
    _check_date(until, "--until")
    try:
        rows = query_events(
            db, type=typ, actor=actor, recipient=recipient, party=party, place=place,
            topic=topic, since=since, until=until, modality=modality,
            min_confidence=min_confidence, limit=limit,
            evidence=evidence and format is EventFormat.jsonl,
        )  # fmt: skip
    except Exception as exc:  # a bad URL or an unreadable database: say which and why
        err.print(f"[red]cannot read events from {db or 'the default store'}[/]: {exc}")
        raise typer.Exit(2) from exc
    if format is EventFormat.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif format is EventFormat.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=FIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        t = Table(title=f"{len(rows)} events")
        cols = ("date", "type", "mode", "actor_code", "recipient_code", "location", "modality",
                "num_mentions", "num_sources")  # fmt: skip
        for c in cols:
            t.add_column(c.replace("_code", "").replace("num_", "#"))
        for r in rows:
            t.add_row(*("" if r.get(c) is None else str(r[c]) for c in cols))
        Console(width=160).print(t)

"""Coordinates of event places, from the knowledge base of places (``data/kb/*.tsv``).

Any KB table whose columns are ``name, country, kind, lat, lon, aliases`` (``|``-separated)
is read; names and aliases are matched diacritic-insensitively.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from sukien.store.search import fold

PLACE_FILES = ("cities.tsv", "places_vi.tsv")  # later files override earlier ones


def _rows(name: str) -> list[list[str]]:
    try:
        text = (resources.files("sukien") / "data" / "kb" / name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return []
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, float, float]]:
    """folded name or alias -> (canonical name, lat, lon)."""
    out: dict[str, tuple[str, float, float]] = {}
    for fname in PLACE_FILES:
        for row in _rows(fname):
            if len(row) < 5:
                continue
            try:
                lat, lon = float(row[3]), float(row[4])
            except ValueError:
                continue
            names = [row[0], *(row[5].split("|") if len(row) > 5 and row[5] else [])]
            for n in names:
                if n.strip():
                    out[fold(n.strip())] = (row[0], lat, lon)
    return out


def locate(place: str | None) -> tuple[str, float, float] | None:
    """(canonical name, lat, lon) of a place name, or None when the KB does not know it."""
    if not place:
        return None
    return gazetteer().get(fold(place.strip()))

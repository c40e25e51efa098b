"""Coordinates of event places, from the knowledge base of places (``data/kb/*.tsv``).

Any KB table whose columns are ``name, country, kind, lat, lon, aliases`` (``|``-separated)
is read; names and aliases are matched diacritic-insensitively.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from sukien.entities.kb import lookup
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
    return _load()[0]


@lru_cache(maxsize=1)
def _load() -> tuple[
    dict[str, tuple[str, float, float]], dict[str, list[str]], dict[str, list[str]]
]:
    """The gazetteer, every name of each canonical place, and the canonical places of each
    country (alpha-3)."""
    out: dict[str, tuple[str, float, float]] = {}
    names_of: dict[str, list[str]] = {}
    in_country: dict[str, list[str]] = {}
    for fname in PLACE_FILES:
        rows = _rows(fname)
        cols = ["name", "country", "kind", "lat", "lon", "aliases"]
        if rows and rows[0] and rows[0][0] == "name":  # a header line names the columns
            cols, rows = rows[0], rows[1:]
        col = {c: i for i, c in enumerate(cols)}
        if not {"name", "lat", "lon"} <= col.keys():
            continue
        for row in rows:
            try:
                lat, lon = float(row[col["lat"]]), float(row[col["lon"]])
            except (ValueError, IndexError):
                continue
            if "country" in col and len(row) > col["country"] and row[col["country"]]:
                in_country.setdefault(row[col["country"]], []).append(row[0])
            extra = row[col["aliases"]] if "aliases" in col and len(row) > col["aliases"] else ""
            names = [row[0], *(extra.split("|") if extra else [])]
            for n in names:
                if n.strip():
                    out[fold(n.strip())] = (row[0], lat, lon)
                    names_of.setdefault(row[0], []).append(n.strip())
    return out, names_of, in_country


def names(place: str) -> list[str]:
    """Every name the KB knows for ``place`` (canonical first), or [] when it is unknown."""
    loc = locate(place)
    if loc is None:
        return []
    return list(dict.fromkeys(_load()[1].get(loc[0], [loc[0]])))


def names_within(place: str) -> list[str]:
    """``names(place)``; for a state, also its own names and every name of each place the KB
    puts in it ("Nhật Bản": Nhật Bản, Japan, Tokyo, Tô-ki-ô, Osaka …), as events are placed at
    a state or at a city in it."""
    out = names(place)
    states = [e for e in lookup(place) if e.type == "GPE" and e.code and e.kind == "state"]
    if not states:
        return out
    _, names_of, in_country = _load()
    for st in states:
        out += [st.name, *st.aliases]
        for canonical in in_country.get(st.code or "", []):
            out += names_of.get(canonical, [canonical])
    return list(dict.fromkeys(out))


def locate(place: str | None) -> tuple[str, float, float] | None:
    """(canonical name, lat, lon) of a place name, or None when the KB does not know it."""
    if not place:
        return None
    return gazetteer().get(fold(place.strip()))


def all_coordinates() -> list[tuple[float, float]]:
    """(lat, lon) of every place the KB knows, once each."""
    return sorted({(lat, lon) for _, lat, lon in gazetteer().values()})

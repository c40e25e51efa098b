"""The cleaner's pattern files are readable TSV with valid, NFC, tone-normalised regexes."""

from __future__ import annotations

import re
import unicodedata

import pytest

from sukien.clean.normalize import normalize_tones
from sukien.clean.patterns import DATA_DIR, read_tsv, rules

FILES = {
    "tails.tsv": ["pattern", "note"],
    "lines.tsv": ["reason", "pattern", "note"],
    "credits.tsv": ["pattern", "note"],
    "outlets.tsv": ["name", "aliases", "kind"],
}
REASONS = {"separator", "share", "date-line", "photo", "link"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_tsv_shape(name: str) -> None:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    assert lines[0].split("\t") == FILES[name]
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(FILES[name]), f"{name}:{i}: {len(cells)} cells"
        assert all(c.strip() for c in cells), f"{name}:{i}: empty cell"
        assert unicodedata.normalize("NFC", line) == line, f"{name}:{i}: not NFC"
        assert normalize_tones(line) == line, f"{name}:{i}: tone marks not in hòa/thủy style"


@pytest.mark.parametrize("name", ["tails.tsv", "lines.tsv", "credits.tsv"])
def test_patterns_compile_and_are_unique(name: str) -> None:
    rows = read_tsv(name)
    pats = [r["pattern"] for r in rows]
    assert len(pats) == len(set(pats))
    for p in pats:
        re.compile(p)
        assert not re.fullmatch(p, "", re.IGNORECASE), f"{p!r} matches an empty line"


def test_line_reasons_are_known() -> None:
    assert {r["reason"] for r in read_tsv("lines.tsv")} <= REASONS


def test_outlets() -> None:
    rows = read_tsv("outlets.tsv")
    assert {r["kind"] for r in rows} <= {"agency", "outlet"}
    aliases = [a for r in rows for a in r["aliases"].split("|")]
    assert all(a.strip() == a and a for a in aliases)
    assert len(aliases) == len(set(aliases)), "an alias names two outlets"
    assert rules().outlet_names["TTXVN"] == "Thông tấn xã Việt Nam"
